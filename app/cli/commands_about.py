"""`fielddesk about`: the version, where the data lives, and the licences of FieldDesk and of everything it
includes (the same list as Help > About in the window)."""

from __future__ import annotations

from app import __version__
from app.cli.common import print_json, print_table, profile_dir


def register(sub) -> None:
    p = sub.add_parser("about", help="version, profile folder, and the licences of FieldDesk and what it includes")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_about)


def cmd_about(args) -> int:
    # imported here: start-up: the command line does not load licences
    from app.licences import components, licence_text

    listed = components()
    folder = profile_dir(args)
    if args.json:
        print_json({"version": __version__, "profile": str(folder),
                    "components": [{"name": c.name, "version": c.version, "licence": c.licence, "kind": c.kind,
                                    "url": c.url, "licence_text": bool(licence_text(c))} for c in listed]})
        return 0
    print(f"FieldDesk {__version__}, free software under the MIT licence.")
    print(f"Profile folder: {folder} (the data is kept there, never in the program's folder)")
    print()
    print_table([(c.name, c.version, c.licence or "see the text") for c in listed], ("component", "version", "licence"))
    print()
    print("The full licence texts are shown in the window: Help > About FieldDesk.")
    return 0
