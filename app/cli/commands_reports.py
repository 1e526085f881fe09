"""Report and spreadsheet commands: report, template, import xlsx (``export xlsx`` is in commands_profile's export).

fielddesk report KIND [ID] [options] --out FILE.pdf [--lang CODE] [--confidential] [--paper a4|letter]
    one command per kind in app.reports.kinds (the catalogue the GUI reads too), with the options it names
fielddesk template participants|trainings|missions --out FILE [--lang CODE]
fielddesk import xlsx FILE [--into-training ID] [--dry-run] [--json]
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from app.cli.common import open_profile, print_json
from app.invocation.errors import EXIT_FAILURE, UsageError
from app.reports.kinds import DEFAULT_BLANK_ROWS, MAX_BLANK_ROWS, REPORT_KINDS, ReportKind
from app.spreadsheets.importable import IMPORTABLE
from app.vocabulary.plurals import english_count


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31") from None


def _blank_rows(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = -1
    if not 0 <= n <= MAX_BLANK_ROWS:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of blank rows: write 0 to {MAX_BLANK_ROWS}")
    return n


def check_out_suffix(out: str, fmt: str = "pdf") -> None:
    """One rule for every report command: the --out file's suffix names the format it gets (a PDF is never
    written under a .txt name). Refused with a plain line and exit code 2; nothing is written."""
    from pathlib import Path

    wanted = f".{fmt}"
    if Path(out).suffix.lower() != wanted:
        raise UsageError(f"--out {out}: a {fmt.upper()} report's file name ends in {wanted} "
                         f"(e.g. --out {Path(out).stem or 'report'}{wanted})")


def _common_report_options(p) -> None:
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    p.add_argument("--lang", default="en", metavar="CODE", help="language of the report: en, fr, es, ru, ar, zh")
    p.add_argument("--confidential", action="store_true", help="mark every page Confidential")
    p.add_argument("--paper", choices=["a4", "letter"], help="paper size (default: the office's, see 'letterhead')")


def register(sub) -> None:
    report = sub.add_parser("report", help=f"print a PDF report ({', '.join(REPORT_KINDS)})")
    kinds = report.add_subparsers(title="reports", metavar="REPORT", dest="report_kind", required=True)
    for kind in REPORT_KINDS.values():  # one command per kind in the catalogue, with the options it names
        _register_kind(kinds, kind)

    p = sub.add_parser("template", help="write an empty .xlsx to fill in and import")
    p.add_argument("kind", choices=list(IMPORTABLE))
    p.add_argument("--out", required=True, metavar="FILE", help="the .xlsx file to write")
    p.add_argument("--lang", default="en", metavar="CODE", help="language of the column titles")
    p.set_defaults(handler=cmd_template)

    p = sub.add_parser("import", help="import participants, trainings or missions from an .xlsx file, or "
                                      "recommendations from an export of the Universal Human Rights Index")
    p.add_argument("format", choices=["xlsx", "recommendations"],
                   help="xlsx, or recommendations (the Index's CSV or .xlsx export)")
    p.add_argument("file", metavar="FILE",
                   help="the .xlsx file (a FieldDesk template or export), or the Index's export")
    p.add_argument("--into-training", metavar="ID", help="enroll the imported participants in this training activity")
    p.add_argument("--country", metavar="ISO", help="recommendations: the country they are addressed to (rows for "
                                                    "other countries are left out)")
    p.add_argument("--dry-run", action="store_true", help="check the file and show what would happen; write nothing")
    p.add_argument("--json", action="store_true", help="print the preview as JSON")
    p.add_argument("--duplicates", choices=["use", "new", "stop"],
                   help="participants who are probably recorded already: use the existing person, add someone new "
                        "and record that they are not the same person, or stop and import nothing (default: add "
                        "them as new without recording a decision)")
    p.set_defaults(handler=cmd_import)


OFFICE_HELP = "one office (headquarters only; default: all offices at headquarters, this office elsewhere)"


def _register_kind(kinds, kind: ReportKind) -> None:
    what = kind.description[0].lower() + kind.description[1:].rstrip(".")
    p = kinds.add_parser(kind.key, help=what, description=f"{kind.label}. {kind.description}")
    if kind.record_flag:
        p.add_argument(f"--{kind.record_flag}", dest="record_id", required=True, metavar="ID",
                       help=f"the id of {kind.record_noun}"
                       + (" (or its number)" if kind.record_flag == "session" else ""))
    elif kind.needs_record:
        p.add_argument("record_id", metavar="ID", help=f"the id of {kind.record_noun}")
    if kind.takes("period"):
        p.add_argument("--from", dest="date_from", type=_iso_date, metavar="DATE",
                       help="first day (YYYY-MM-DD; default: from the first record)")
        p.add_argument("--to", dest="date_to", type=_iso_date, metavar="DATE",
                       help="last day (YYYY-MM-DD; default: to the last record)")
    if kind.takes("office"):
        p.add_argument("--office", metavar="CODE", help=OFFICE_HELP)
    if kind.takes("country"):
        needed = kind.key in ("matrix", "review")
        p.add_argument("--country", metavar="ISO", required=needed,
                       help="one country (ISO 3166 code, e.g. GT)" + ("" if needed else "; default: all"))
    if kind.takes("theme"):
        needed = kind.key == "review"
        p.add_argument("--theme", metavar="CODE", required=needed,
                       help="one thematic area (its code, e.g. justice, nhri)" + ("" if needed else "; default: all"))
    if kind.takes("sdg"):
        p.add_argument("--sdg", metavar="TARGET", help="one SDG target (e.g. 16.3); default: all")
    if kind.takes("year"):
        p.add_argument("--year", type=int, metavar="YEAR", help="one year (e.g. 2026); default: every year")
    if kind.takes("cohort"):
        p.add_argument("--cohort", metavar="TEXT", help="one cohort of fellows, by its name; default: all")
    _common_report_options(p)
    if kind.takes("docx"):
        p.add_argument("--format", dest="fmt", choices=["pdf", "docx"], default="pdf",
                       help="pdf (default) or docx: an editable copy with the same content and letterhead")
    if kind.takes("blank_rows"):
        p.add_argument("--blank-rows", type=_blank_rows, default=None, metavar="N",
                       help=f"blank rows at the end for participants not on the list (default "
                            f"{DEFAULT_BLANK_ROWS}, at most {MAX_BLANK_ROWS})")
    if kind.takes("all_days"):
        p.add_argument("--all-days", action="store_true",
                       help="a column for every day, weekends too (default: the office's working days)")
    if kind.takes("overdue"):
        p.add_argument("--overdue", action="store_true", help="only the grants with something overdue")
    p.set_defaults(handler=cmd_report)


def cmd_report(args) -> int:
    # imported here: start-up: the command line does not load reports.build
    from app.reports import build_report

    # imported here: start-up: the command line does not load reports.i18n
    from app.reports.i18n import check_language

    lang = check_language(args.lang)
    kind = args.report_kind
    check_out_suffix(args.out, getattr(args, "fmt", "pdf"))
    if getattr(args, "date_from", None) and args.date_from and args.date_to and args.date_to < args.date_from:
        raise UsageError(f"--to {args.date_to} is before --from {args.date_from}")
    with open_profile(args) as fd:
        record_id = getattr(args, "record_id", None)
        if REPORT_KINDS[kind].record_flag == "session":  # a Board session by its id or its number
            # imported here: start-up: the command line does not load services.programme
            from app.services.programme.board import session_named

            record_id = session_named(fd, record_id)
        result = build_report(
            fd, kind, args.out, record_id=record_id, lang=lang, confidential=args.confidential,
            date_from=getattr(args, "date_from", None), date_to=getattr(args, "date_to", None),
            office=getattr(args, "office", None), country=getattr(args, "country", None),
            blank_rows=getattr(args, "blank_rows", None), all_days=getattr(args, "all_days", False),
            paper=args.paper, fmt=getattr(args, "fmt", "pdf"), theme=getattr(args, "theme", None),
            sdg=getattr(args, "sdg", None), year=getattr(args, "year", None),
            overdue=getattr(args, "overdue", False),
            cohort=getattr(args, "cohort", None),
        )
    if getattr(args, "fmt", "pdf") == "docx":  # Word lays out the pages when the document opens
        print(f"Wrote {result.path}.", file=sys.stderr)
    else:
        print(f"Wrote {result.path} ({result.pages} page{'s' if result.pages != 1 else ''}).", file=sys.stderr)
    return 0


def cmd_export_xlsx(args) -> int:
    """``fielddesk export xlsx --out FILE [--table NAME]`` (registered with ``export`` in commands_profile)."""
    # imported here: start-up: the command line does not load reports.i18n
    from app.reports.i18n import check_language

    # imported here: start-up: the command line does not load spreadsheets.export
    from app.spreadsheets.export import export_database, export_table

    lang = check_language(getattr(args, "lang", "en") or "en")
    if args.out == "-":
        raise UsageError("an .xlsx file cannot go to standard output; name a file with --out")
    with open_profile(args) as fd:
        if args.table:
            rows = export_table(fd, args.table, args.out, lang=lang)
            print(f"Wrote {args.out} ({rows} rows).", file=sys.stderr)
        else:
            counts = export_database(fd, args.out, lang=lang)
            print(f"Wrote {args.out} ({len(counts)} sheets, {sum(counts.values())} rows).", file=sys.stderr)
    return 0


def cmd_template(args) -> int:
    # imported here: start-up: the command line does not load reports.i18n
    from app.reports.i18n import check_language

    # imported here: start-up: the command line does not load spreadsheets.importer
    from app.spreadsheets.importer import write_template

    write_template(args.kind, args.out, lang=check_language(args.lang))
    print(f"Wrote {args.out}.", file=sys.stderr)
    return 0


def cmd_import(args) -> int:
    # imported here: start-up: the command line does not load spreadsheets.importer
    from app.spreadsheets.importer import commit_import, plan_import

    if args.format == "recommendations":
        # imported here: start-up: the command line does not load cli.commands_recommendations
        from app.cli.commands_recommendations import cmd_import_recommendations

        return cmd_import_recommendations(args)
    if args.country:
        raise UsageError("--country applies to 'import recommendations'")

    with open_profile(args) as fd:
        plan = plan_import(fd, args.file, into_training=args.into_training)
        duplicates = getattr(args, "duplicates", None)
        if duplicates:
            plan.decide_duplicates(duplicates)
        stopped = plan.ok and duplicates == "stop" and bool(plan.undecided)
        done = None
        if not args.dry_run and plan.ok and not stopped:
            done = commit_import(fd, plan)
    if args.json:
        print_json({**plan.to_dict(), "written": done is not None, "created": done.created if done else {}})
    else:
        for line in plan.describe():
            print(line)
    if not plan.ok:
        print(f"fielddesk: {plan.summary_line()} Nothing was imported.", file=sys.stderr)
        return EXIT_FAILURE
    if stopped:
        rows = ", ".join(str(r.row) for r in plan.undecided)
        print(f"fielddesk: {english_count(len(plan.undecided), 'row', 'rows')} ({rows}) "
              f"{'is probably a person' if len(plan.undecided) == 1 else 'are probably people'} already recorded; "
              "nothing was "
              "imported. Run again with --duplicates use (the existing person) or --duplicates new (someone new), "
              "or settle each row in the window's Import from Excel.", file=sys.stderr)
        return EXIT_FAILURE
    if args.json:
        return 0  # standard output holds the JSON only
    if done is not None:
        print(done.summary_line())
    else:
        print("Dry run: nothing was written. Run again without --dry-run to import.")
    return 0
