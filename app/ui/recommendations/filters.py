"""The recommendations list's filters beyond its columns: what was done about them (no project, a project whose
indicators are off track; with national action plans, no plan action), the mechanism (treaty body, special
procedure's mandate, UPR cycle), the SDG goal and target, and the persons concerned. The lists are read on the
worker once the page is made (``app/services/recommendation_search.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.widgets.filter_bar import Filter

translate = QCoreApplication.translate
CONTEXT = "Thread"
WATCHED = {"recommendation", "treaty_body", "upr_cycle", "sdg_target", "affected_group"}


def follow_through_label(kind: str) -> str:
    labels = {"no_project": translate(CONTEXT, "No project answers it"),
              "off_track": translate(CONTEXT, "A project's indicators are off track"),
              "no_action": translate(CONTEXT, "No plan action answers it")}
    return labels.get(kind, kind)


def mechanism_filters() -> list[Filter]:
    return [Filter("choices", "follow_through", translate(CONTEXT, "Follow-through")),
            Filter("choices", "treaty_body_id", translate(CONTEXT, "Treaty body")),
            Filter("choices", "mandate", translate(CONTEXT, "Mandate")),
            Filter("choices", "upr_cycle_id", translate(CONTEXT, "UPR cycle")),
            Filter("choices", "sdg_goal", translate(CONTEXT, "SDG goal")),
            Filter("choices", "sdg_target_ids", translate(CONTEXT, "SDG target")),
            Filter("choices", "affected_group_ids", translate(CONTEXT, "Affected persons"))]


def fill_mechanism_filters(page) -> None:
    from app.services.thread.follow_through import kinds

    bar = page.panel.filter_bar
    bar.set_choices("follow_through", [(k, follow_through_label(k)) for k in kinds()])
    bar.set_choices("sdg_goal", [(n, translate(CONTEXT, "Goal %1").replace("%1", str(n))) for n in range(1, 18)])

    def read(fd):
        from app.services.recommendation_search import filter_choices
        from app.ui.i18n.vocabulary import language

        return filter_choices(fd, language())

    def show(choices: dict[str, list[tuple[str, str]]]) -> None:
        for key, table in (("treaty_body_id", "treaty_body"), ("mandate", "mandate"), ("upr_cycle_id", "upr_cycle"),
                           ("sdg_target_ids", "sdg_target"), ("affected_group_ids", "affected_group")):
            bar.set_choices(key, choices.get(table, []))

    page.ctx.read(read, show, owner=page)
    page.ctx.changed.connect(lambda tables: bool(WATCHED & set(tables)) and page.ctx.read(read, show, owner=page))
