"""``fielddesk letterhead show|set``: the office's letterhead and the other settings of its printed papers (weekend,
certificates' organisation and signatory, the people's names behind login names)."""

from __future__ import annotations

import sys

from app.cli.common import open_profile, print_json
from app.invocation.errors import UsageError

WEEKENDS = ("saturday-sunday", "friday-saturday")  # app.services.profile.site_settings.WEEKENDS, without importing it


def _pair(option: str):
    """``LANG=TEXT`` (or ``LOGIN=NAME``) -> (key, text); the text may be empty (to forget it)."""

    def parse(value: str) -> tuple[str, str]:
        key, sep, text = value.partition("=")
        if not sep or not key.strip():
            import argparse

            raise argparse.ArgumentTypeError(f"write {option} as KEY=TEXT, e.g. {option} fr='Bureau du Guatemala'")
        return key.strip(), text.replace("\\n", "\n")

    return parse


def register(sub) -> None:
    lh = sub.add_parser("letterhead", help="show or set the office's letterhead and the settings of printed reports")
    actions = lh.add_subparsers(title="actions", metavar="ACTION", dest="letterhead_action", required=True)
    p = actions.add_parser("show", help="the letterhead and report settings")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_show)

    p = actions.add_parser("set", help="change the parts given; the others stay as they are")
    p.add_argument("--name", action="append", type=_pair("--name"), default=[], metavar="LANG=TEXT",
                   help="the office's name in a report language (en, fr, es, ru, ar, zh); repeat for each language; "
                        "an empty TEXT forgets it")
    p.add_argument("--address", action="append", type=_pair("--address"), default=[], metavar="LANG=TEXT",
                   help="the office's address in a report language; '\\n' separates lines")
    p.add_argument("--default-lang", metavar="CODE",
                   help="the language whose name and address print when a report's own is not set")
    p.add_argument("--logo", metavar="FILE", help="a PNG or JPEG logo (at most 512 KB, 16 to 2400 pixels a side)")
    p.add_argument("--no-logo", action="store_true", help="print no logo")
    p.add_argument("--signatory-name", metavar="NAME", help="who signs the office's reports")
    p.add_argument("--signatory-title", metavar="TITLE", help="the signatory's title")
    p.add_argument("--symbol", metavar="PATTERN",
                   help="document symbol pattern with {office}, {year}, {kind} and {n}, "
                        "e.g. '{office}/{year}/{kind}/{n}'")
    p.add_argument("--paper", choices=["a4", "letter"],
                   help="the office's paper size (a report's --paper overrides it)")
    p.add_argument("--weekend", choices=WEEKENDS, help="the office's weekend (attendance sheets list working days)")
    p.add_argument("--organisation", metavar="NAME", help="the organisation named on certificates")
    p.add_argument("--certificate-signatory", metavar="'NAME, TITLE'",
                   help="who signs certificates (default: the letterhead's signatory)")
    p.add_argument("--author-name", action="append", type=_pair("--author-name"), default=[], metavar="LOGIN=NAME",
                   help="the person's name behind a login name in printed histories; an empty NAME forgets it")
    p.set_defaults(handler=cmd_set)


def settings_dict(fd) -> dict:
    # imported here: start-up: the command line does not load services.profile
    from app.services.profile import letterhead, site_settings

    return {**letterhead.letterhead(fd).to_dict(), "weekend": site_settings.weekend(fd),
            "organisation": site_settings.organisation_name(fd),
            "certificate_signatory": site_settings.certificate_signatory(fd),
            "author_names": site_settings.author_names(fd)}


def cmd_show(args) -> int:
    with open_profile(args, daily_backup=False) as fd:
        values = settings_dict(fd)
    if args.json:
        print_json(values)
        return 0
    rows = [("Paper", values["paper"].upper() if values["paper"] == "a4" else "US Letter"),
            ("Default language", values["default_lang"]),
            *[(f"Name ({lang})", name) for lang, name in sorted(values["names"].items())],
            *[(f"Address ({lang})", address.replace("\n", " / "))
              for lang, address in sorted(values["addresses"].items())],
            ("Logo", "yes" if values["has_logo"] else "none"),
            ("Signatory", ", ".join(v for v in (values["signatory_name"], values["signatory_title"]) if v) or "(none)"),
            ("Document symbol", values["symbol_pattern"]),
            ("Weekend", values["weekend"]),
            ("Certificates' organisation", values["organisation"] or "(the programme)"),
            ("Certificates' signatory", values["certificate_signatory"]
             or ("(the letterhead's)" if values["signatory_name"] else "(to be filled in by hand)")),
            *[(f"Author {login}", name) for login, name in sorted(values["author_names"].items())]]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label.ljust(width)}  {value}")
    return 0


def cmd_set(args) -> int:
    # imported here: start-up: the command line does not load services.profile
    from app.services.profile import letterhead, site_settings

    if args.logo and args.no_logo:
        raise UsageError("give --logo FILE or --no-logo, not both")
    logo = letterhead.read_logo(args.logo) if args.logo else None  # checked before the profile is opened
    changes = {}
    if args.name:
        changes["names"] = dict(args.name)
    if args.address:
        changes["addresses"] = dict(args.address)
    for option in ("default_lang", "signatory_name", "signatory_title", "paper"):
        if getattr(args, option) is not None:
            changes[option] = getattr(args, option)
    if args.symbol is not None:
        changes["symbol_pattern"] = args.symbol
    if args.logo or args.no_logo:
        changes["logo_bytes"] = logo
    others = [args.weekend, args.organisation, args.certificate_signatory, args.author_name or None]
    if not changes and all(v is None for v in others):
        raise UsageError("nothing to set: give at least one option (see 'fielddesk letterhead set --help')")
    with open_profile(args) as fd:
        if args.weekend is not None:
            site_settings.check_weekend(args.weekend)
        letterhead.update(fd, **changes)  # checks everything it is given before writing
        if args.weekend is not None:
            site_settings.set_weekend(fd, args.weekend)
        if args.organisation is not None:
            site_settings.set_organisation_name(fd, args.organisation)
        if args.certificate_signatory is not None:
            site_settings.set_signatory(fd, args.certificate_signatory)
        for login, name in args.author_name:
            site_settings.set_author_name(fd, name, login)
    print("Letterhead and report settings saved.", file=sys.stderr)
    return 0
