"""Reads say what they read (issue 17): the database layer notes the tables a read took rows from, so a summary view
is read again when a write touches one of them, and no screen lists tables by hand."""

from __future__ import annotations

from app.services.store.op_reads import reading, tables_read


def test_the_tables_of_a_statement_are_those_it_takes_rows_from():
    assert tables_read('SELECT a.id FROM mission AS a JOIN "order" ON 1 LEFT OUTER JOIN project p ON p.id = a.x '
                       "WHERE a.id IN (SELECT mission_id FROM followup_note WHERE y = 1)") == {
        "mission", "order", "project", "followup_note"}
    assert tables_read("SELECT * FROM grant_award, grant_tranche AS t, main.grant_report WHERE 1") == {
        "grant_award", "grant_tranche", "grant_report"}
    assert tables_read("SELECT count(*) FROM (SELECT id FROM review) AS anon_1") == {"review"}
    assert tables_read("UPDATE mission SET title = 'x' WHERE id = 1") == set()


def test_each_summary_reads_at_least_the_tables_its_view_once_named_by_hand(demo):
    """The hand lists the views kept before (``WATCHED``) are met by what their services really read, and the
    recording stops with its block."""
    from app.services.programme.due import due_summary
    from app.services.programme.fund import fund_position, regular_budget_against_fund
    from app.services.programme.grants import grants_list
    from app.services.programme.lessons import search_lessons
    from app.services.programme.recommendation_search import filter_choices
    from app.services.store.query import ListQuery

    once_named = {
        "due": ({"mission", "recommendation", "followup_note", "project", "project_result", "result_indicator",
                 "indicator_value", "project_evaluation", "assistance_request", "due_rule", "sustainability_check",
                 "grant_award", "grant_tranche", "grant_report", "review", "action_plan", "plan_action"},
                lambda: due_summary(demo)),
        "lessons": ({"mission", "mission_finding", "project", "project_evaluation", "recommendation", "followup_note",
                     "sustainability_check", "review", "review_finding"}, lambda: search_lessons(demo, "")),
        "grants": ({"grant_award", "grant_tranche", "grant_report", "project"},
                   lambda: grants_list(demo, office=None, status=None, overdue_only=False)),
        "fund": ({"contribution", "exchange_rate", "fund_allocation", "project_budget", "project"},
                 lambda: (fund_position(demo), regular_budget_against_fund(demo))),
        "filters": ({"recommendation", "treaty_body", "upr_cycle", "sdg_target", "affected_group"},
                    lambda: filter_choices(demo, "en")),
    }
    for name, (tables, read) in once_named.items():
        with reading() as reads:
            read()
        assert tables <= reads.tables, (name, tables - reads.tables)
    demo.service("participant").count(ListQuery())  # after the block: not recorded
    assert "participant" not in reads.tables
    with reading() as outer, reading() as inner:
        demo.service("participant").count(ListQuery())
    assert "participant" in outer.tables & inner.tables
