"""National action plans on the command line: list them, write the actions' template, import a plan's actions from
Excel (a dry run first when asked).

fielddesk plans list [--country ISO] [--json]
fielddesk plans template FILE.xlsx [--lang CODE]
fielddesk plans import PLAN_ID FILE.xlsx [--dry-run] [--json]
"""

from __future__ import annotations

import sys

from app.cli.common import open_profile, print_json
from app.invocation.errors import EXIT_FAILURE
from app.vocabulary.plurals import english_count


def register(sub) -> None:
    p = sub.add_parser("plans", help="national human rights action plans and their actions")
    commands = p.add_subparsers(dest="plans_command", metavar="COMMAND", required=True)
    listing = commands.add_parser("list", help="the plans, with their actions and those overdue")
    listing.add_argument("--country", metavar="ISO", help="one country's plans (ISO 3166 code, e.g. MW)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=cmd_list)
    template = commands.add_parser("template", help="write the .xlsx template of a plan's actions")
    template.add_argument("file", metavar="FILE.xlsx")
    template.add_argument("--lang", default="en", choices=("en", "fr", "es", "ru", "ar", "zh"),
                          help="language of the column titles")
    template.set_defaults(handler=cmd_template)
    imp = commands.add_parser("import", help="import a plan's actions from an .xlsx sheet (the template's columns)")
    imp.add_argument("plan_id", metavar="PLAN_ID")
    imp.add_argument("file", metavar="FILE.xlsx")
    imp.add_argument("--dry-run", action="store_true", help="say what is new, already recorded or wrong; write nothing")
    imp.add_argument("--json", action="store_true", help="print JSON")
    imp.set_defaults(handler=cmd_import)


def cmd_list(args) -> int:
    # imported here: start-up: the command line does not load models.ids
    from app.models.ids import reference_id

    # imported here: start-up: the command line does not load services.programme
    from app.services.programme.action_plans import monitor

    # imported here: start-up: the command line does not load services.store
    from app.services.store.query import ListQuery

    with open_profile(args) as fd:
        filters = {"country_id": reference_id("country", args.country.strip().upper())} if args.country else {}
        rows = [monitor(fd, pid) for pid in fd.action_plans.ids(ListQuery(filters=filters))]
        codes = {r["id"]: r["code"] for r in fd.countries.rows(sorted({m.plan["country_id"] for m in rows}),
                                                               ["code"])}
    out = [{"id": m.plan["id"], "title": m.plan["title"], "country": codes.get(m.plan["country_id"], ""),
            "status": m.plan["status"], "office": m.plan["owner_office"], "actions": len(m.actions),
            "overdue": len(m.overdue), "unanswered_recommendations": len(m.unanswered)} for m in rows]
    if args.json:
        print_json(out)
        return 0
    for p in out:
        print(f"{p['id']}  {p['country']} {p['title']} ({p['status']}, {p['office']}): "
              f"{english_count(p['actions'], 'action', 'actions')}, {p['overdue']} overdue, "
              f"{english_count(p['unanswered_recommendations'], 'recommendation', 'recommendations')} with no action")
    return 0


def cmd_template(args) -> int:
    # imported here: start-up: the command line does not load spreadsheets.plans
    from app.spreadsheets.plans import write_template

    write_template(args.file, args.lang)
    print(f"Wrote {args.file}.")
    return 0


def cmd_import(args) -> int:
    # imported here: start-up: the command line does not load spreadsheets.plans
    from app.spreadsheets.plans import commit_actions_import, plan_actions_import

    with open_profile(args) as fd:
        planned = plan_actions_import(fd, args.plan_id, args.file)
        done = commit_actions_import(fd, planned) if planned.ok and not args.dry_run else None
    if args.json:
        print_json({**planned.to_dict(), "written": done})
    else:
        for line in planned.describe():
            print(line)
    if not planned.ok:
        print("fielddesk: nothing was imported.", file=sys.stderr)
        return EXIT_FAILURE
    if not args.json:
        print("Dry run: nothing was written." if done is None
              else f"Imported {english_count(done, 'action', 'actions')}.")
    return 0
