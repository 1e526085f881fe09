"""The recommendations list's filters beyond its columns: what was done about them (no project, a project whose
indicators are off track; with national action plans, no plan action), the mechanism (a treaty body, a cycle of the
periodic review, a special procedure's mandate: one drop-down), the SDG goal or target (one drop-down), and the persons
concerned. The lists are read on the
worker once the page is made (``app/services/programme/recommendation_search.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.programme.recommendation_search import filter_choices
from app.services.programme.thread.follow_through import kinds
from app.ui.i18n.vocabulary import language
from app.ui.widgets.filter_bar import Filter

translate = QCoreApplication.translate
CONTEXT = "Thread"


def follow_through_label(kind: str) -> str:
    labels = {"no_project": translate(CONTEXT, "No project answers it"),
              "off_track": translate(CONTEXT, "A project's indicators are off track"),
              "no_action": translate(CONTEXT, "No plan action answers it")}
    return labels.get(kind, kind)


def mechanism_filters() -> list[Filter]:
    return [Filter("choices", "follow_through", translate(CONTEXT, "Follow-through")),
            Filter("choices", "mechanism", translate(CONTEXT, "Mechanism")),
            Filter("choices", "sdg", translate(CONTEXT, "SDG")),
            Filter("choices", "affected_group_ids", translate(CONTEXT, "Affected persons"))]


def mechanism_items(choices: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """Each treaty body, each cycle of the periodic review and each special procedure's mandate recorded."""
    items = [(f"treaty_body:{i}", label) for i, label in choices.get("treaty_body", [])]
    items += [(f"upr_cycle:{i}", translate(CONTEXT, "Universal periodic review: %1").replace("%1", label))
              for i, label in choices.get("upr_cycle", [])]
    items += [(f"mandate:{m}", translate(CONTEXT, "Special procedure: %1").replace("%1", m))
              for m, _ in choices.get("mandate", [])]
    return items


def sdg_items(choices: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """Each goal, followed by its targets ("Goal 16", "16.1 ...", "16.2 ...")."""
    items: list[tuple[str, str]] = []
    goal = ""
    for target_id, label in choices.get("sdg_target", []):
        code = label.split(" ", 1)[0]
        if code.split(".")[0] != goal:
            goal = code.split(".")[0]
            items.append((f"goal:{goal}", translate(CONTEXT, "Goal %1").replace("%1", goal)))
        items.append((f"target:{target_id}", label))
    return items


def fill_mechanism_filters(page) -> None:
    bar = page.panel.filter_bar
    bar.set_choices("follow_through", [(k, follow_through_label(k)) for k in kinds()])

    def read(fd):
        return filter_choices(fd, language())

    def show(choices: dict[str, list[tuple[str, str]]]) -> None:
        bar.set_choices("mechanism", mechanism_items(choices))
        bar.set_choices("sdg", sdg_items(choices))
        bar.set_choices("affected_group_ids", choices.get("affected_group", []))

    reads: set[str] = set()  # the tables the choices came from: a write to one of them reads them again
    page.ctx.read(read, show, owner=page, reads=reads)
    page.ctx.changed.connect(lambda tables: not reads.isdisjoint(tables)
                             and page.ctx.read(read, show, owner=page, reads=reads))
