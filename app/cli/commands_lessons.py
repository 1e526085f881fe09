"""What the programme learned: mission findings, evaluations' findings and lessons, and follow-up notes, searched
together.

fielddesk lessons [TEXT] [--country ISO] [--theme CODE] [--year YYYY] [--json] [--csv FILE]
"""

from __future__ import annotations

from app.cli.common import open_profile, print_json
from app.invocation.errors import UsageError

KIND_LABEL = {"finding": "Mission finding", "evaluation": "Evaluation", "followup": "Follow-up note",
              "sustainability": "After the exit", "review": "Review finding"}


def register(sub) -> None:
    p = sub.add_parser("lessons", help="search mission findings, evaluation lessons and follow-up notes together")
    p.add_argument("text", nargs="?", default="", metavar="TEXT", help="words to find (each as a prefix)")
    p.add_argument("--country", metavar="ISO", help="only this country (ISO 3166 code, e.g. MW)")
    p.add_argument("--theme", metavar="CODE", help="only this thematic area (e.g. justice, nhri)")
    p.add_argument("--year", type=int, metavar="YYYY", help="only this year")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--csv", metavar="FILE", help="also write what was found to a CSV file (for a spreadsheet)")
    p.set_defaults(handler=cmd_lessons)


def cmd_lessons(args) -> int:
    # imported here: start-up: the command line does not load services.programme
    from app.services.programme.lessons import search_lessons

    # imported here: start-up: the command line does not load services.store
    from app.services.store.query import ListQuery

    # imported here: start-up: the command line does not load services.store
    from app.services.store.seed import country_id, theme_id

    with open_profile(args) as fd:
        country = theme = None
        if args.country:
            country = country_id(args.country.strip().upper())
            if not fd.countries.exists(country):
                raise UsageError(f"'{args.country}' is not an ISO 3166 country code (for example GT, MW, RU)")
        if args.theme:
            theme = theme_id(args.theme.strip().lower())
            if not fd.thematic_areas.exists(theme):
                known = ", ".join(r["code"] for r in fd.thematic_areas.matching_rows(ListQuery(), ["code"]))
                raise UsageError(f"there is no thematic area '{args.theme}'; known: {known}")
        found = search_lessons(fd, args.text, country_id=country, theme_id=theme, year=args.year)
        codes = {r["id"]: r["code"] for r in fd.countries.rows(sorted({x.country_id for x in found if x.country_id}),
                                                                ["code"])}
    if getattr(args, "csv", None):
        # imported here: start-up: the command line does not load cli.csv_out
        from app.cli.csv_out import write_csv

        write_csv(args.csv, ("date", "kind", "what", "country", "source", "text", "table", "record_id"),
                  [(x.day.isoformat() if x.day else "", x.kind, KIND_LABEL[x.kind], codes.get(x.country_id, ""),
                    x.source, x.text, x.table, x.record_id) for x in found])
    if args.json:
        print_json([{**x.as_dict(), "country": codes.get(x.country_id)} for x in found])
        return 0
    print(f"{len(found)} found.")
    for x in found:
        day = x.day.isoformat() if x.day else "----------"
        print(f"\n{day}  {KIND_LABEL[x.kind]}  {codes.get(x.country_id, '')}  {x.source}")
        print(f"  {' '.join(x.text.split())}")
    return 0
