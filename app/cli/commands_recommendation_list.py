"""The recommendations, filtered by what was done about them (the list's follow-through filter, at an office or at
headquarters).

fielddesk recommendations list [--country ISO] [--without project|action] [--off-track] [--search TEXT] [--json]
"""

from __future__ import annotations

from app.cli.common import open_profile, print_json
from app.invocation.errors import UsageError
from app.vocabulary.plurals import english_count


def register(sub) -> None:
    top = sub.add_parser("recommendations", help="list recommendations by what was done about them")
    inner = top.add_subparsers(title="actions", metavar="ACTION")
    p = inner.add_parser("list", help="recommendations with no project, no plan action, or a project off track")
    p.add_argument("--country", metavar="ISO", help="only this country (ISO 3166 code, e.g. MW)")
    p.add_argument("--without", choices=["project", "action"],
                   help="only those no project (or no national action plan's action) answers")
    p.add_argument("--off-track", action="store_true",
                   help="only those answered by a project with an indicator off track")
    p.add_argument("--search", metavar="TEXT", default="",
                   help="words to find in the text, symbol, paragraph, mandate or SDG target code")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_recommendations_list)
    top.set_defaults(handler=lambda _args: _usage(top))


def _usage(parser) -> int:
    raise UsageError("name an action: 'fielddesk recommendations list' (see 'fielddesk recommendations --help')")


def cmd_recommendations_list(args) -> int:
    # imported here: start-up: the command line does not load services.programme
    from app.services.programme.thread.follow_through import follow_through_ids

    # imported here: start-up: the command line does not load services.store
    from app.services.store.query import ListQuery

    # imported here: start-up: the command line does not load services.store
    from app.services.store.seed import country_id

    if args.without and args.off_track:
        raise UsageError("choose either --without or --off-track")
    with open_profile(args) as fd:
        filters: dict = {}
        if args.country:
            filters["country_id"] = country_id(args.country.strip().upper())
            if not fd.countries.exists(filters["country_id"]):
                raise UsageError(f"'{args.country}' is not an ISO 3166 country code (for example GT, MW, RU)")
        kind = {"project": "no_project", "action": "no_action"}.get(args.without or "", "")
        if args.off_track:
            kind = "off_track"
        if kind:
            filters["id"] = follow_through_ids(fd, kind, dict(filters))
        recs = fd.recommendations
        ids = recs.ids(ListQuery(search=args.search.strip(), filters=filters, sort=("document_symbol", "paragraph")))
        rows = recs.rows(ids, ["text", "source", "document_symbol", "paragraph", "status", "country_id",
                               "issued_date", "owner_office"])
        codes = {r["id"]: r["code"] for r in fd.countries.rows(sorted({r["country_id"] for r in rows}), ["code"])}
    out = [{"id": r["id"], "country": codes.get(r["country_id"]), "source": r["source"],
            "document_symbol": r["document_symbol"], "paragraph": r["paragraph"], "status": r["status"],
            "issued_date": r["issued_date"].isoformat() if r["issued_date"] else None, "office": r["owner_office"],
            "text": r["text"]} for r in rows]
    if args.json:
        print_json(out)
        return 0
    print(f"{english_count(len(out), 'recommendation', 'recommendations')}.")
    for r in out:
        where = r["document_symbol"] + (f" para. {r['paragraph']}" if r["paragraph"] else "")
        print(f"\n{r['country'] or '--'}  {r['source']}  {where or '-'}  {r['status']}")
        text = " ".join(r["text"].split())
        print(f"  {text if len(text) <= 160 else text[:159] + '…'}")
    return 0
