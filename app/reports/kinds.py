"""Every report FieldDesk prints, in one place: its key, what it is about and which options it takes.

The command line (``app/cli/commands_reports.py``) makes one ``fielddesk report KIND`` command per entry, the GUI's
Reports page offers every entry with the fields its options name, and a record's editor offers the entries about its
record; ``build_report`` reads the module and orientation from here. ``tests/test_architecture.py`` checks that both
sides offer every kind with every option. Importing this module loads nothing else (the first screen imports it).

Every report takes a language, the Confidential marking and a paper size; the options below are the rest:

- ``period``: first and last day (both empty: every date);
- ``office``: one office (headquarters only; a field office reports on itself);
- ``country``: one country (ISO 3166 code; empty: every country, where the report allows it);
- ``theme``: one thematic area (its code, e.g. nhri; empty: every area);
- ``sdg``: one target of the Sustainable Development Goals (e.g. 16.3; empty: every target);
- ``cohort``: one cohort of fellows, by its name (empty: every cohort);
- ``blank_rows`` and ``all_days``: the attendance sheet's rows for walk-ins and a column for weekends too;
- ``docx``: an editable Word copy besides the PDF;
- ``year``: one year (empty: every year).
- ``overdue``: only what has something overdue (the grants report).

Labels and descriptions are English; the GUI translates them (context "Reports"), the command line shows them as
they are.
"""

from __future__ import annotations

from dataclasses import dataclass

COMMON_OPTIONS = ("language", "confidential", "paper")
OPTIONS = ("period", "office", "country", "theme", "sdg", "cohort", "blank_rows", "all_days", "docx", "year",
           "overdue")
DEFAULT_BLANK_ROWS = 3  # the attendance sheet's rows for participants not on the list
MAX_BLANK_ROWS = 100


@dataclass(frozen=True)
class ReportKind:
    key: str
    module: str  # in app.reports, with TITLE_KEY and build_story
    label: str  # its name in the interface (English)
    description: str  # one sentence: what it holds (English)
    record: str | None = None  # the table of the record it is about (the command takes its id), or None
    record_noun: str = ""  # "a mission": for the command line's help
    options: tuple[str, ...] = ()
    landscape: bool = False
    record_flag: str = ""  # the command line names the record with this flag (--session ID) instead of ID
    # "shared": may leave the office (people who did not consent shown under their pseudonym); "person": handed to
    # or signed by the people it names (app/reports/sharing.py; the table is in docs/DATA-SAFETY.md)
    audience: str = "shared"
    # the participants it names, as the access record counts them: "one" person, those "enrolled" in its training,
    # every fellow ("fellows"; a cohort's are fewer); "" none
    names: str = ""
    numbered: bool = False  # its first page carries a document number: its record's place in the office's year

    @property
    def needs_record(self) -> bool:
        return self.record is not None

    def takes(self, option: str) -> bool:
        return option in COMMON_OPTIONS or option in self.options


REPORT_KINDS: dict[str, ReportKind] = {kind.key: kind for kind in (
    ReportKind("mission", "mission", "Mission report",
               "Cover, terms of reference, stakeholders met, findings and recommendations.",
               record="mission", record_noun="a mission", options=("docx",), numbered=True),
    ReportKind("training", "training", "Training report",
               "Participants by sex, target group and organisation; attendance, tests, evaluations and cost.",
               record="training", record_noun="a training activity", options=("docx",), names="enrolled",
               numbered=True),
    ReportKind("attendance", "attendance", "Attendance sheet",
               "One row per participant and a signature box per day, to print and sign.",
               record="training", record_noun="a training activity", options=("blank_rows", "all_days"),
               landscape=True, audience="person", names="enrolled", numbered=True),  # as its training
    ReportKind("certificates", "certificates", "Certificates of participation",
               "One certificate of participation per enrolled participant.",
               record="training", record_noun="a training activity", landscape=True, audience="person",
               names="enrolled"),
    ReportKind("summary", "programme_summary", "Programme summary",
               "Missions, trainings, participants reached, projects and expenditure for a period.",
               options=("period", "office")),
    ReportKind("followup", "followup", "Recommendation follow-up",
               "Recommendations by status, each with its latest follow-up note.", options=("country",)),
    ReportKind("matrix", "matrix", "Implementation matrix",
               "Recommendations to one country by thematic area and mechanism, with the state's response, their "
               "follow-up and the projects that answer them.", options=("country", "theme", "sdg"), landscape=True),
    ReportKind("requests", "ranking", "Requests ranked by priority",
               "Open requests for assistance ranked by the priority criteria, each score explained.",
               options=("office",), landscape=True),
    ReportKind("request", "assessment", "Assessment of a request",
               "One request for assistance: the criteria, the evidence behind each score, and its history.",
               record="assistance_request", record_noun="a request for assistance", numbered=True),
    ReportKind("project", "project_progress", "Project progress report",
               "Results, indicators against their targets, budget execution, risks and the exit plan.",
               record="project", record_noun="a project", numbered=True),
    ReportKind("portfolio", "portfolio", "Portfolio overview",
               "Requests, projects, indicators, budget execution and exit plans of an office.",
               options=("office",)),
    ReportKind("coordination", "coordination", "Who does what where",
               "One country's thematic areas by actor: partners in the coordination register and the programme's "
               "own work, existing and planned.", options=("country",), landscape=True),
    ReportKind("board-pack", "board_pack", "Board pack",
               "For a session of the Board of Trustees: the Fund's position, the portfolio, the follow-up of the "
               "Board's earlier recommendations and the requests ranked, with a cover page and contents.",
               record="board_session", record_noun="a session of the Board of Trustees", record_flag="session"),
    ReportKind("grants", "grants", "Grants",
               "Grants of an office with their grantees, amounts paid, status and overdue tranches and reports.",
               options=("office", "overdue"), landscape=True),
    ReportKind("fellowships", "fellowships", "Fellowships",
               "Fellows by cohort with their host, placement weeks, objectives met and final report, and what each "
               "did afterwards.", options=("cohort", "office"), landscape=True, names="fellows"),
    ReportKind("fellowship_certificate", "fellowship_certificate", "Fellowship certificate",
               "The certificate of a completed fellowship, numbered like the certificates of participation.",
               record="fellowship", record_noun="a completed fellowship", landscape=True, audience="person",
               names="one"),
    ReportKind("review", "review_dossier", "Review dossier",
               "One country and one thematic area from the records: requests and decisions, missions, trainings with "
               "people reached, learning gain and cost, projects with indicators and budget, evaluations, lessons, "
               "checks after the exit and the follow-up of recommendations.", options=("period", "country", "theme")),
    # a person's right to see what is held about them (the participant's editor, `fielddesk participants report`)
    ReportKind("subject_access", "subject_access", "Everything held about this person",
               "Every field, activity, attendance, score and change recorded about one participant.",
               record="participant", record_noun="a participant", audience="person", names="one"),
    # National human rights institutions (nhri21)
    ReportKind("institution", "institution", "National human rights institution",
               "One institution: its profile, GANHRI accreditation history, Paris Principles concerns, regional "
               "offices and the projects, missions, trainings and recommendations concerning it, by year.",
               record="institution", record_noun="a national institution"),
    # The Voluntary Fund (fund22)
    ReportKind("fund", "fund", "The Voluntary Fund",
               "The Fund's position, contributions by donor, allocations by project and the regular budget against "
               "the Fund.", options=("year",)),
    # National action plans (plans21)
    ReportKind("plan", "plan_report", "National action plan",
               "One national action plan: its actions by status, the overdue ones, and the recommendations to its "
               "country that no action answers.", record="action_plan", record_noun="a national action plan",
               landscape=True),
)}

DOCX_KINDS = tuple(key for key, kind in REPORT_KINDS.items() if "docx" in kind.options)


def kinds_about(table: str) -> list[str]:
    """The reports on one record of ``table`` (what its editor offers), in catalogue order."""
    return [key for key, kind in REPORT_KINDS.items() if kind.record == table]
