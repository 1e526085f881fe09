"""The coordination register on the command line: import a partner matrix kept in Excel, and ask who else works
on a request, mission or project.

fielddesk coordination import FILE.xlsx [--dry-run]
fielddesk coordination others (request|mission|project) ID [--json]: ID is the record's id, or a request's
    reference, a project's code
fielddesk coordination others country ISO [--json]: every partner's activity in one country
"""

from __future__ import annotations

import sys

from app.cli.common import open_profile, print_json
from app.invocation.errors import EXIT_FAILURE, UsageError
from app.vocabulary import enum_label
from app.vocabulary.plurals import english_count

TABLES = {"request": "assistance_request", "mission": "mission", "project": "project"}


def register(sub) -> None:
    p = sub.add_parser("coordination", help="the coordination register: who does what where")
    commands = p.add_subparsers(dest="coordination_command", metavar="COMMAND", required=True)
    imp = commands.add_parser("import", help="import partners' activities from an .xlsx sheet (a partner matrix)")
    imp.add_argument("file", metavar="FILE.xlsx")
    imp.add_argument("--dry-run", action="store_true", help="check the sheet and say what would be imported")
    imp.set_defaults(handler=cmd_import)
    others = commands.add_parser("others", help="partners' activities in a record's country and thematic areas")
    others.add_argument("kind", choices=[*sorted(TABLES), "country"])
    others.add_argument("record_id", metavar="ID", help="the record's id, or a request's reference, a project's code; "
                                                        "for country, its ISO 3166 code (e.g. GT)")
    others.add_argument("--json", action="store_true", help="print JSON")
    others.set_defaults(handler=cmd_others)


def cmd_import(args) -> int:
    # imported here: start-up: the command line does not load spreadsheets.coordination
    from app.spreadsheets.coordination import commit_register_import, plan_register_import

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
        print(f"Imported {english_count(done['partner'], 'partner', 'partners')} and "
              f"{english_count(done['partner_activity'], 'activity', 'activities')}; "
              f"{done['existing']} already recorded.")
    return 0


# The column that holds a record's visible reference, accepted in place of its id.
VISIBLE = {"assistance_request": "reference", "project": "code"}


def _record_named(fd, table: str, text: str) -> str:
    # imported here: start-up: the command line does not load services.store
    from app.services.store.query import ListQuery

    text = text.strip()
    service = fd.service(table)
    if service.exists(text):
        return text
    column = VISIBLE.get(table)
    if column:
        rows = [r for r in service.matching_rows(ListQuery(), ["id", column])
                if (r[column] or "").strip().casefold() == text.casefold()]
        if len(rows) == 1:
            return rows[0]["id"]
        if len(rows) > 1:
            raise UsageError(f"{len(rows)} records have the {column} '{text}': name one by its id", EXIT_FAILURE)
    what = {"assistance_request": "request", "project": "project"}.get(table, table)
    known = f" or {VISIBLE[table]}" if table in VISIBLE else ""
    raise UsageError(f"there is no {what} with the id{known} '{text}'", EXIT_FAILURE)


def cmd_others(args) -> int:
    # imported here: start-up: the command line does not load models.enums
    from app.models.enums import PlanStage

    # imported here: start-up: the command line does not load services.programme
    from app.services.programme.coordination import others_working_on, overlaps_for

    # imported here: start-up: the command line does not load services.store
    from app.services.store.seed import country_id

    with open_profile(args) as fd:
        if args.kind == "country":
            country = country_id(args.record_id.strip().upper())
            if not fd.countries.exists(country):
                raise UsageError(f"'{args.record_id}' is not an ISO 3166 country code (for example GT, MW, RU)")
            found = overlaps_for(fd, country_id=country, theme_ids=())
        else:
            table = TABLES[args.kind]
            found = others_working_on(fd, table, _record_named(fd, table, args.record_id))
    if args.json:
        print_json([{"activity_id": o.activity_id, "partner": o.partner, "title": o.title, "stage": o.stage,
                     "start": o.start.isoformat() if o.start else None, "end": o.end.isoformat() if o.end else None}
                    for o in found])
        return 0
    print(f"{len(found)} found.")
    for o in found:
        period = " - ".join(d.isoformat() if d else "..." for d in (o.start, o.end))
        print(f"{o.partner}: {o.title} ({enum_label(PlanStage, o.stage, 'en')}, {period})")
    return 0
