"""The coordination register on the command line: import a partner matrix kept in Excel, and ask who else works
on a request, mission or project.

fielddesk coordination import FILE.xlsx [--dry-run]
fielddesk coordination others (request|mission|project) ID [--json]
"""

from __future__ import annotations

import sys

from app.cli.common import open_profile, print_json
from app.cli.parser import EXIT_FAILURE

TABLES = {"request": "assistance_request", "mission": "mission", "project": "project"}


def register(sub) -> None:
    p = sub.add_parser("coordination", help="the coordination register: who does what where")
    commands = p.add_subparsers(dest="coordination_command", metavar="COMMAND", required=True)
    imp = commands.add_parser("import", help="import partners' activities from an .xlsx sheet (a partner matrix)")
    imp.add_argument("file", metavar="FILE.xlsx")
    imp.add_argument("--dry-run", action="store_true", help="check the sheet and say what would be imported")
    imp.set_defaults(handler=cmd_import)
    others = commands.add_parser("others", help="partners' activities in a record's country and thematic areas")
    others.add_argument("kind", choices=sorted(TABLES))
    others.add_argument("record_id", metavar="ID")
    others.add_argument("--json", action="store_true", help="print JSON")
    others.set_defaults(handler=cmd_others)


def cmd_import(args) -> int:
    from app.reports.coordination_import import commit_register_import, plan_register_import

    with open_profile(args) as fd:
        plan = plan_register_import(fd, args.file)
        done = commit_register_import(fd, plan) if plan.ok and not args.dry_run else None
    for line in plan.describe():
        print(line)
    if not plan.ok:
        print("fielddesk: nothing was imported.", file=sys.stderr)
        return EXIT_FAILURE
    if done is None:
        print("Dry run: nothing was written. Run again without --dry-run to import.")
    else:
        print(f"Imported {done['partner']} partner(s) and {done['partner_activity']} activity(ies); "
              f"{done['existing']} already recorded.")
    return 0


def cmd_others(args) -> int:
    from app.services.coordination import others_working_on

    with open_profile(args) as fd:
        found = others_working_on(fd, TABLES[args.kind], args.record_id)
    if args.json:
        print_json([{"activity_id": o.activity_id, "partner": o.partner, "title": o.title, "stage": o.stage,
                     "start": o.start.isoformat() if o.start else None, "end": o.end.isoformat() if o.end else None}
                    for o in found])
        return 0
    print(f"{len(found)} found.")
    for o in found:
        period = " - ".join(d.isoformat() if d else "..." for d in (o.start, o.end))
        print(f"{o.partner}: {o.title} ({o.stage}, {period})")
    return 0
