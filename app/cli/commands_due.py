"""What is due: reports, reviews, indicator values, evaluations and decisions, from the records and headquarters'
rules.

fielddesk due [--json] [--ics FILE] [--csv FILE] [--days N]
fielddesk due rules [--json]
fielddesk due set CODE [--days N] [--period-months 3|6|12] [--in-use yes|no]     (headquarters only)
"""

from __future__ import annotations

import sys

from app.cli.commands_programme import _validation_failed, _yes_no
from app.cli.common import open_profile, print_json, print_table
from app.invocation.errors import UsageError

WHEN_TITLE = {"overdue": "Overdue", "this_week": "This week", "this_month": "This month"}


def _days(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of days") from None
    if not 0 <= value <= 3650:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 3650 days")
    return value


def register(sub) -> None:
    p = sub.add_parser("due", help="what is due: overdue, this week and this month (reports, follow-up reviews, "
                                   "indicator values, evaluations, decisions)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--ics", metavar="FILE", help="also write the items to an iCalendar file (.ics) for a calendar")
    p.add_argument("--csv", metavar="FILE", help="also write the items to a CSV file (for a spreadsheet)")
    p.add_argument("--days", type=_days, default=None, metavar="N", help="look N days ahead (default 30)")
    p.set_defaults(handler=cmd_due)
    actions = p.add_subparsers(title="actions", metavar="ACTION", dest="due_action")
    r = actions.add_parser("rules", help="headquarters' rules: how many days after what each item is due")
    r.add_argument("--json", action="store_true", help="print JSON")
    r.set_defaults(handler=cmd_rules)
    s = actions.add_parser("set", help="change a rule (headquarters only; it reaches every office in bundles)")
    s.add_argument("code", metavar="CODE", help="the rule's code (see 'fielddesk due rules')")
    s.add_argument("--days", type=_days, metavar="N")
    s.add_argument("--period-months", type=int, choices=(3, 6, 12), metavar="3|6|12",
                   help="indicator values: the reporting period")
    s.add_argument("--in-use", type=_yes_no, metavar="yes|no", help="whether the rule makes anything due")
    s.set_defaults(handler=cmd_set)


def cmd_due(args) -> int:
    # imported here: start-up: the command line does not load services.programme
    from app.services.programme.due import HORIZON_DAYS, KIND_LABEL, due_items, grouped, overdue_by_office, today_of

    with open_profile(args) as fd:
        today = today_of(fd)
        items = due_items(fd, today=today, horizon_days=HORIZON_DAYS if args.days is None else args.days)
        is_hq, office = fd.site.is_hq, fd.site.office
        countries = {r["id"]: r["code"] for r in fd.countries.rows(
            sorted({i.country_id for i in items if i.country_id}), ["code"])}
    if args.ics:
        # imported here: start-up: the command line does not load services.programme
        from app.services.programme.due_calendar import write_calendar

        path = write_calendar(args.ics, items, office)
        print(f"Wrote {len(items)} item{'s' if len(items) != 1 else ''} to {path}.", file=sys.stderr)
    if getattr(args, "csv", None):
        # imported here: start-up: the command line does not load cli.csv_out
        from app.cli.csv_out import write_csv

        write_csv(args.csv, ("due", "when", "days_late", "kind", "what", "country", "office", "record", "detail",
                             "table", "record_id"),
                  [(i.due.isoformat(), i.when(today), i.days_late(today), i.kind, KIND_LABEL[i.kind],
                    countries.get(i.country_id, ""), i.office, i.title, i.detail_text, i.table, i.record_id)
                   for i in items])
    groups = grouped(items, today)
    per_office = overdue_by_office(items, today) if is_hq else None
    if args.json:
        out = {"today": today.isoformat(), "office": office,
               "counts": {when: len(groups[when]) for when in WHEN_TITLE},
               "items": [{**i.as_dict(today), "country": countries.get(i.country_id)} for i in items]}
        if per_office is not None:
            out["overdue_by_office"] = per_office
        print_json(out)
        return 0
    print(f"{len(groups['overdue'])} overdue, {len(groups['this_week'])} this week, {len(groups['this_month'])} "
          f"this month (today is {today.isoformat()}).")
    for when, title in WHEN_TITLE.items():
        if not groups[when]:
            continue
        print(f"\n{title}")
        rows = [(i.due.isoformat(), KIND_LABEL[i.kind], countries.get(i.country_id, ""), i.office,
                 f"{i.title} {i.detail_text}".strip()) for i in groups[when]]
        print_table(rows, ("due", "what", "country", "office", "record"))
    if per_office:
        print("\nOverdue per office")
        print_table(list(per_office.items()), ("office", "overdue"))
    return 0


def cmd_rules(args) -> int:
    # imported here: start-up: the command line does not load services.store
    from app.services import ListQuery

    with open_profile(args) as fd:
        rows = fd.due_rules.matching_rows(ListQuery(sort=("sort_order", "code")),
                                          ["code", "name", "days", "period_months", "enabled"])
    if args.json:
        print_json([{k: r[k] for k in ("code", "name", "days", "period_months", "enabled")} for r in rows])
    else:
        print_table([(r["code"], r["days"], r["period_months"] or "", "yes" if r["enabled"] else "no", r["name"])
                     for r in rows], ("code", "days", "period (months)", "in use", "rule"))
    return 0


def cmd_set(args) -> int:
    # imported here: start-up: the command line does not load services.store
    from app.services import ListQuery

    changes = {k: v for k, v in (("days", args.days), ("period_months", args.period_months),
                                 ("enabled", args.in_use)) if v is not None}
    if not changes:
        raise UsageError("name what to change: --days, --period-months or --in-use")
    with open_profile(args) as fd:
        ids = fd.due_rules.ids(ListQuery(filters={"code": args.code}))
        if not ids:
            known = ", ".join(r["code"] for r in fd.due_rules.matching_rows(ListQuery(), ["code"]))
            raise UsageError(f"there is no rule '{args.code}'; known: {known}", 1)
        if "period_months" in changes and args.code != "indicator_value":
            raise UsageError("only the indicator_value rule has a reporting period", 1)
        try:
            changed = fd.due_rules.update(ids[0], changes)
        except _validation_failed() as exc:
            raise UsageError(str(exc), 1) from None
    print(f"Rule {args.code}: {'changed' if changed else 'already so; nothing changed'}.", file=sys.stderr)
    return 0
