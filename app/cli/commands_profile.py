"""Profile commands: init, demo, info, check, export json (and export xlsx, handled in commands_reports)."""

from __future__ import annotations

import sys
from pathlib import Path

from app.cli.commands_reports import cmd_export_xlsx
from app.cli.common import open_profile, print_json, print_table, profile_dir
from app.invocation.errors import EXIT_FAILURE, UsageError
from app.vocabulary.plurals import english_count


def register(sub) -> None:
    p = sub.add_parser("init", help="create a profile for an office")
    p.add_argument("--office", required=True, metavar="CODE", help="office code, e.g. GT-01")
    p.add_argument("--name", required=True, metavar="NAME", help="office name, e.g. 'Guatemala office'")
    p.add_argument("--role", choices=["field", "hq"], default="field", help="field office (default) or headquarters")
    p.add_argument("--country", metavar="ISO", help="the office's country (ISO 3166 code, e.g. GT)")
    p.add_argument("--passphrase-file", dest="init_passphrase_file", metavar="FILE",
                   help="encrypt the profile with the passphrase in FILE (without it the profile is plain)")
    p.add_argument("--recovery-sheet", metavar="FILE.pdf", help="also write the recovery key as a printable PDF")
    p.add_argument("--plain", action="store_true",
                   help="headquarters without --db: make it plain anyway, its keys unencrypted (training only)")
    p.add_argument("--keys-from", metavar="PROFILE",
                   help="with --db: join a headquarters database another user made, with the keys of their profile")
    p.add_argument("--keys-passphrase-file", metavar="FILE",
                   help="with --keys-from: the passphrase of the profile the keys come from (default: asked)")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="fill an empty profile with realistic demo data")
    p.add_argument("--scale", choices=["small", "large"], default="small")
    p.add_argument("--seed", type=int, default=1998, metavar="N")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("info", help="profile folder, office, role, schema version, record counts")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_info)

    p = sub.add_parser("check", help="check the profile's integrity (exit 0 when sound, 1 otherwise)")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("export", help="export data (json: canonical dump of all shared records; xlsx: spreadsheet)")
    p.add_argument("format", choices=["json", "xlsx"], help="json or xlsx")
    p.add_argument("--out", required=True, metavar="FILE", help="file to write ('-' for standard output, json only)")
    p.add_argument("--table", metavar="NAME", help="xlsx: one table (e.g. participant); default: one sheet per table")
    p.add_argument("--lang", default="en", metavar="CODE", help="xlsx: language of the column titles and labels")
    p.set_defaults(handler=cmd_export)


def cmd_init(args) -> int:
    # imported here: start-up: the command line does not load services.core
    from app.services import FieldDesk

    code = args.office.strip()
    if not code or len(code) > 32 or not all(ch.isalnum() or ch in "-_" for ch in code):
        raise UsageError(f"'{args.office}' is not an office code: use letters, digits and '-', e.g. GT-01")
    if not args.name.strip():
        raise UsageError("the office name must not be empty")
    folder = profile_dir(args)
    # imported here: start-up: the command line does not load invocation.secrets
    from app.invocation.secrets import given_secret, read_secret_file

    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.keys import create_identity, load_identity

    passphrase = read_secret_file(args.init_passphrase_file) if args.init_passphrase_file else given_secret(args)
    if args.recovery_sheet and passphrase is None:
        raise UsageError("--recovery-sheet needs an encrypted profile (give --passphrase-file)")
    if args.plain and passphrase is not None:
        raise UsageError("--plain makes a profile without a passphrase: give one or the other")
    if args.plain and args.db:
        raise UsageError("a headquarters profile on PostgreSQL always keeps its keys encrypted: leave out --plain")
    if args.role == "hq" and not args.db and not args.keys_from and passphrase is None:
        if args.plain:
            print("Warning: this headquarters profile is plain (--plain): its records and its private keys lie "
                  "unencrypted in the folder, and whoever copies them can read every office's bundles and sign as "
                  "headquarters. Use it for training only; 'fielddesk encrypt' encrypts it later.", file=sys.stderr)
        else:
            passphrase = _hq_passphrase(args)
    if args.db:
        if not args.db.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
            raise UsageError(f"--db takes a PostgreSQL address such as postgresql://USER@HOST/DB, not {args.db!r}")
        if args.role != "hq":
            raise UsageError("a PostgreSQL database is for headquarters: add --role hq")
        if passphrase is None:
            passphrase = _hq_passphrase(args)
    if args.keys_from:
        if not args.db:
            raise UsageError("--keys-from joins a shared database: give it with --db")
        keys_secret = _keys_secret(args)
        # imported here: start-up: the command line does not load sync
        from app.sync.join import join_headquarters

        with join_headquarters(folder, database_url=args.db, office_code=code, keys_from=args.keys_from,
                               passphrase=passphrase, keys_secret=keys_secret) as fd:
            card = load_identity(fd).card
            recovery = fd.recovery_key
        print(f"Joined the headquarters database as {fd.site.office} in {folder}. Key fingerprint: "
              f"{card.fingerprint}")
        print("The headquarters keys are kept encrypted with your passphrase. Your recovery key (shown only now; "
              "write it down or print it, and keep it away from this computer):")
        print(f"    {recovery}")
        return 0
    with FieldDesk.create(folder, office_code=code, office_name=args.name.strip(), role=args.role,
                          country_code=args.country, passphrase=passphrase, database_url=args.db) as fd:
        create_identity(fd)
        card = load_identity(fd).card
        print(f"Created the profile of {fd.site.office} ({args.role}) in {folder}. Key fingerprint: {card.fingerprint}")
        if fd.recovery_key:
            what = "The headquarters keys in this profile folder are" if args.db else "The profile is"
            print(f"{what} encrypted. Its recovery key (shown only now; write it down or print it, and keep "
                  "it away from this computer):")
            print(f"    {fd.recovery_key}")
            if args.recovery_sheet:
                # imported here: start-up: the command line does not load reports.recovery_sheet
                from app.reports.recovery_sheet import write_recovery_sheet

                write_recovery_sheet(Path(args.recovery_sheet), office=fd.site.office, office_name=args.name.strip(),
                                     recovery_key=fd.recovery_key)
                print(f"The recovery sheet was written to {args.recovery_sheet}; print it, then delete the file.")
        if args.db:
            print("The data is kept in the PostgreSQL database; protect it with the server's access control and "
                  "back it up with the server's tools (pg_dump). The passphrase protects the headquarters keys in "
                  "this profile folder.")
        if not fd.recovery_key:
            print("This profile is NOT encrypted (no passphrase was given). Encrypt it with 'fielddesk encrypt' "
                  "before recording real names.")
            if args.role == "hq":
                print("Its headquarters keys lie unencrypted too: whoever copies them can read every office's "
                      "bundles and sign as headquarters.")
    return 0


def _hq_passphrase(args) -> str:
    """A headquarters profile keeps its private keys encrypted (on PostgreSQL, the keys; on SQLite, the whole
    profile): its passphrase is required, unless ``--plain`` asks for a training profile without one."""
    if args.db:
        what, why = "passphrase for this profile's keys", "on PostgreSQL keeps its private keys encrypted"
    else:
        what, why = "passphrase for this profile", "is encrypted, with the keys that speak for every office"
    if not sys.stdin.isatty():
        plain = "" if args.db else " (or --plain for a training profile, unencrypted)"
        raise UsageError(f"a headquarters profile {why}: give its passphrase with --passphrase-file FILE{plain}")
    # imported here: start-up: the command line does not load invocation.secrets
    from app.invocation.secrets import new_passphrase

    return new_passphrase(args, what)


def _keys_secret(args) -> str | None:
    """The passphrase of the profile the keys are copied from, when they are encrypted there."""
    # imported here: start-up: the command line does not load invocation.secrets
    from app.invocation.secrets import prompt_secret, read_secret_file

    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.keys import source_keys_encrypted

    if args.keys_passphrase_file:
        return read_secret_file(args.keys_passphrase_file)
    if not source_keys_encrypted(Path(args.keys_from)):
        return None
    if not sys.stdin.isatty():
        raise UsageError(f"the keys in {args.keys_from} are encrypted: give the passphrase of the profile they come "
                         "from with --keys-passphrase-file FILE")
    return prompt_secret(f"passphrase of the profile in {args.keys_from}")


def cmd_demo(args) -> int:
    # imported here: start-up: the command line does not load services.demo
    from app.services.demo import load_demo

    with open_profile(args) as fd:
        counts = load_demo(fd, args.scale, args.seed, progress=lambda m: print(m, file=sys.stderr))
    total = sum(counts.values())
    print(f"Added {total} demo records: " + ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in counts.items()) + ".")
    return 0


def cmd_info(args) -> int:
    with open_profile(args, name_plain_keys=True) as fd:
        counts = fd.stats.record_counts()
        office = fd.offices.rows([_office_id(fd.site.office)])
        info = {
            "profile": str(fd.folder.path),
            "office": fd.site.office,
            "office_name": office[0]["name"] if office else None,
            "role": fd.site.role,
            "site_id": fd.site.site_id,
            "schema_version": fd.schema_revision(),
            "database": "sqlite" if fd.db.is_sqlite else fd.db.dialect,
            "records": counts,
        }
    if args.json:
        print_json(info)
        return 0
    print(f"Profile:  {info['profile']}")
    print(f"Office:   {info['office']} ({info['office_name']}), role {info['role']}")
    print(f"Site id:  {info['site_id']}")
    print(f"Schema:   {info['schema_version']}")
    print_table([(t, n) for t, n in counts.items()], ("records", "count"))
    return 0


def _office_id(code: str) -> str:
    # imported here: start-up: the command line does not load models.ids
    from app.models.ids import reference_id

    return reference_id("office", code)


def cmd_check(args) -> int:
    # imported here: start-up: the command line does not load services.store
    from app.services.store.check import check_profile

    with open_profile(args) as fd:
        problems = check_profile(fd)
    if problems:
        for problem in problems:
            print(problem)
        print(f"fielddesk: the profile has {english_count(len(problems), 'problem', 'problems')}.", file=sys.stderr)
        return EXIT_FAILURE
    print("The profile is sound.")
    return 0


def cmd_export(args) -> int:
    from pathlib import Path

    if args.format == "xlsx":
        return cmd_export_xlsx(args)
    if args.table:
        raise UsageError("--table applies to xlsx exports only; the json export holds every table")

    # imported here: start-up: the command line does not load services.privacy.data_export
    from app.services.privacy.data_export import export_json, record_export

    # imported here: start-up: the command line does not load services.store
    from app.services.store.export import write_export

    with open_profile(args) as fd:
        if args.out == "-":
            write_export(fd, sys.stdout)
        else:
            export_json(fd, Path(args.out))
            print(f"Wrote {args.out}.", file=sys.stderr)
        record_export(fd, "standard output" if args.out == "-" else Path(args.out).name)
    return 0
