"""Headquarters' reference data for programme management: the priority criteria and their weights, and the facts
about a country that criteria rest on. A field office may read them; only headquarters changes them (they reach
every office in bundles).

fielddesk criteria [--json]
fielddesk criteria set CODE [--weight N] [--name TEXT] [--description TEXT]
fielddesk country-facts ISO [--least-developed yes|no] [--in-transition yes|no] [--as-of DATE] [--notes TEXT] [--json]
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from app.cli.common import open_profile, print_json, print_table
from app.invocation.errors import UsageError
from app.models.validation import ValidationFailed


def _yes_no(text: str) -> bool:
    value = text.strip().lower()
    if value in ("yes", "y", "true", "1"):
        return True
    if value in ("no", "n", "false", "0"):
        return False
    raise argparse.ArgumentTypeError(f"'{text}' is not yes or no")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: write it as YYYY-MM-DD") from None


def register(sub) -> None:
    p = sub.add_parser("criteria", help="the priority criteria requests are weighed against (list, or set one at "
                                        "headquarters)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_criteria)
    actions = p.add_subparsers(title="actions", metavar="ACTION", dest="criteria_action")
    s = actions.add_parser("set", help="change a criterion's weight, name or description (headquarters only)")
    s.add_argument("code", metavar="CODE", help="the criterion's code (see 'fielddesk criteria')")
    s.add_argument("--weight", type=int, metavar="N", help="0 (not counted) to 10")
    s.add_argument("--name", metavar="TEXT")
    s.add_argument("--description", metavar="TEXT")
    s.set_defaults(handler=cmd_criteria_set)

    p = sub.add_parser("country-facts", help="show, or set at headquarters, the facts about a country that priority "
                                             "criteria rest on")
    p.add_argument("country", metavar="ISO", help="ISO 3166 code, e.g. GT")
    p.add_argument("--least-developed", type=_yes_no, metavar="yes|no")
    p.add_argument("--in-transition", type=_yes_no, metavar="yes|no", help="in transition to democracy")
    p.add_argument("--as-of", type=_iso_date, metavar="DATE")
    p.add_argument("--notes", metavar="TEXT")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_country_facts)


def cmd_criteria(args) -> int:
    # imported here: start-up: the command line does not load services.programme
    from app.services.programme.priorities import live_criteria

    with open_profile(args) as fd:
        rows = live_criteria(fd)
    if args.json:
        print_json([{k: r[k] for k in ("code", "name", "weight", "evaluation", "description")} for r in rows])
    else:
        print_table([(r["code"], r["weight"], r["evaluation"], r["name"]) for r in rows],
                    ("code", "weight", "evaluated from", "name"))
    return 0


def cmd_criteria_set(args) -> int:
    # imported here: start-up: the command line does not load services.store
    from app.services import ListQuery

    changes = {k: v for k, v in (("weight", args.weight), ("name", args.name), ("description", args.description))
               if v is not None}
    if not changes:
        raise UsageError("name what to change: --weight, --name or --description")
    with open_profile(args) as fd:
        ids = fd.priority_criteria.ids(ListQuery(filters={"code": args.code}))
        if not ids:
            known = ", ".join(r["code"] for r in fd.priority_criteria.rows(fd.priority_criteria.ids(), ["code"]))
            raise UsageError(f"there is no criterion '{args.code}'; known: {known}", 1)
        try:
            changed = fd.priority_criteria.update(ids[0], changes)
        except _validation_failed() as exc:
            raise UsageError(str(exc), 1) from None
    print(f"Criterion {args.code}: {'changed' if changed else 'already so; nothing changed'}.", file=sys.stderr)
    return 0


def cmd_country_facts(args) -> int:
    # imported here: start-up: the command line does not load services.store
    from app.services.store.seed import country_id, country_profile_id

    code = args.country.strip().upper()
    changes = {k: v for k, v in (("least_developed", args.least_developed), ("in_transition", args.in_transition),
                                 ("as_of", args.as_of), ("notes", args.notes)) if v is not None}
    with open_profile(args) as fd:
        if not fd.countries.exists(country_id(code)):
            raise UsageError(f"'{args.country}' is not an ISO 3166 country code (for example GT, MW, RU)")
        record_id = country_profile_id(code)
        if changes:
            try:
                if fd.country_profiles.exists(record_id):
                    fd.country_profiles.update(record_id, changes)
                else:
                    fd.country_profiles.create({"id": record_id, "country_id": country_id(code), **changes})
            except _validation_failed() as exc:
                raise UsageError(str(exc), 1) from None
        row = fd.country_profiles.get_row(record_id) if fd.country_profiles.exists(record_id) else None
    facts = {"country": code, "least_developed": bool(row and row["least_developed"]),
             "in_transition": bool(row and row["in_transition"]), "as_of": row["as_of"] if row else None,
             "notes": row["notes"] if row else ""}
    if args.json:
        print_json(facts)
    else:
        yes = {True: "yes", False: "no"}
        print(f"{code}: least developed {yes[facts['least_developed']]}, in transition to democracy "
              f"{yes[facts['in_transition']]}" + (f" (as of {facts['as_of']})" if facts["as_of"] else "")
              + (f"; {facts['notes']}" if facts["notes"] else ""))
    return 0


def _validation_failed():
    return ValidationFailed
