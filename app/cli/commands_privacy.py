"""Privacy commands: ``participants erase`` (the right to be forgotten, carried to every site by the bundles),
``participants backups`` (the backups still holding a person; ``--purge`` after an erasure) and
``access list|export`` (who printed or exported whose data, for an audit)."""

from __future__ import annotations

from app.cli.commands_reports import check_out_suffix
from app.cli.common import open_profile, print_json, print_table
from app.invocation.errors import UsageError
from app.vocabulary.plurals import english_count


def add_participant_actions(psub) -> None:
    """``participants erase`` and ``participants report``, beside the other actions on participants
    (commands_participants.py makes the ``participants`` command)."""
    p = psub.add_parser("erase", help="replace a participant's name, contacts, organisation and position with a "
                                      "pseudonym everywhere (this site, then every site through the bundles); "
                                      "sex, stakeholder type and enrolments stay")
    p.add_argument("id", help="the participant's id")
    p.add_argument("--reason", default="", help="why (kept here, never sent; must not name the person)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_participants_erase)
    p = psub.add_parser("backups", help="the backups that still hold a participant, with when each goes; after "
                                        "an erasure, --purge rewrites them without the person")
    p.add_argument("id", help="the participant's id")
    p.add_argument("--purge", action="store_true", help="rewrite each backup holding the erased participant "
                                                        "(encrypted as before)")
    p.add_argument("--delete-older", action="store_true", help="with --purge: delete the backups of an older "
                                                               "schema, which cannot be rewritten")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_participants_backups)
    p = psub.add_parser("report", help="subject access report: every field, activity and recorded change of a "
                                       "participant, as a PDF")
    p.add_argument("id", help="the participant's id")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--lang", default="en", metavar="CODE", help="language of the report: en, fr, es, ru, ar, zh")
    p.add_argument("--paper", choices=["a4", "letter"], help="paper size (default: the office's)")
    p.set_defaults(handler=cmd_participants_report)


def register(sub) -> None:
    access = sub.add_parser("access", help="the access record: reports, exports and erasures made here")
    asub = access.add_subparsers(title="access commands", metavar="ACTION", required=True)
    for name, handler, text in (("list", cmd_access_list, "show the access record, newest first"),
                                ("export", cmd_access_export, "write the access record to a CSV file for an audit")):
        p = asub.add_parser(name, help=text)
        p.add_argument("--kind", choices=["report", "spreadsheet", "bundle", "subject_access", "erasure", "retention",
                                                "data_export"])
        p.add_argument("--by", metavar="USER", help="made by this user")
        p.add_argument("--since", metavar="YYYY-MM-DD")
        p.add_argument("--until", metavar="YYYY-MM-DD")
        p.add_argument("--text", help="in what was made or its file, office or record")
        if name == "export":
            p.add_argument("--out", required=True, metavar="FILE.csv")
        else:
            p.add_argument("--json", action="store_true")
        p.set_defaults(handler=handler)


def cmd_participants_erase(args) -> int:
    # imported here: start-up: the command line does not load services.privacy.backup_holding
    from app.services.privacy.backup_holding import holding, server_backups

    # imported here: start-up: the command line does not load services.privacy.erasure
    from app.services.privacy.erasure import erase_participant

    with open_profile(args) as fd:
        result = erase_participant(fd, args.id.strip(), args.reason)
        held, server = holding(fd, result.record_id), server_backups(fd, result.record_id)
    if args.json:
        print_json({"id": result.record_id, "pseudonym": result.pseudonym, "attachments": result.attachments,
                    "log_entries": result.log_entries, "erasure": result.erasure_id,
                    "backups_holding": [h.as_dict() for h in held],
                    "server_backups": server.as_dict() if server else None})
        return 0
    print(f"Erased: participant {result.record_id} is now \"{result.pseudonym}\". Name, contacts, organisation and "
          f"position were removed from the record, from {result.log_entries} change-log "
          f"entr{'y' if result.log_entries == 1 else 'ies'} and from the search index; "
          f"{english_count(result.attachments, 'attachment', 'attachments')} deleted. Sex, stakeholder type and "
          "enrolments are kept.")
    print("The erasure goes with the next bundle to every site that holds this participant "
          "('fielddesk sync status' shows it until acknowledged).")
    if held:
        print("These backups still hold the person:")
        _print_held(held)
        print(f"'fielddesk participants backups {result.record_id} --purge' rewrites them without the person.")
    _print_server(server)
    return 0


def _server_text(server) -> str:
    """Headquarters on PostgreSQL: the server's backups are not FieldDesk's to list or purge."""
    if server.erased_on:
        return ("The backups of the PostgreSQL database (pg_dump, the server's snapshots or archives) are made "
                "outside FieldDesk: those made before the erasure on " + server.erased_on + " still hold the "
                "person. The server's administrator must delete them or remove the person from them; a database "
                "restored from one must have the erasure applied again.")
    return ("The backups of the PostgreSQL database (pg_dump, the server's snapshots or archives) are made outside "
            "FieldDesk: each one made so far holds the person. After an erasure the server's administrator must "
            "delete or purge those made before its date.")


def _print_server(server) -> None:
    if server is not None:
        print(_server_text(server))


def _held_text(h) -> str:
    if h.state == "unreachable":
        return (f"copied to {h.folder}, out of reach now (a USB stick not plugged in?): it may hold the person; "
                "plug it in and look again")
    if h.state == "unreadable":
        return "cannot be opened with this profile's key (another passphrase or key): what it holds is unknown"
    if h.where == "moved":
        going = "the SQLite file kept by the move to PostgreSQL: kept until deleted"
        return going + ("" if h.current_schema else "; older schema: can be deleted, not rewritten")
    if h.where == "copy":
        going = f"copied to {h.folder}: kept there until deleted"
    elif h.automatic and not h.rotations_left:
        going = "kept until deleted (made before the data moved to PostgreSQL)"
    elif h.automatic:
        going = ("rotated out after "
                 f"{english_count(h.rotations_left, 'more automatic backup', 'more automatic backups')}"
                 " (one each day FieldDesk is used)")
    else:
        going = f"proposed for deletion on {h.goes_on}" if h.goes_on else "kept until deleted (made by hand)"
    return going + ("" if h.current_schema else "; older schema: can be deleted, not rewritten")


def _print_held(held) -> None:
    print_table([(h.created_at[:16].replace("T", " "), h.backup_id, _held_text(h)) for h in held],
                ("made", "backup", "holds the person until"))


def cmd_participants_backups(args) -> int:
    # imported here: start-up: the command line does not load services.privacy.backup_holding
    from app.services.privacy import backup_holding

    with open_profile(args) as fd:
        record_id = args.id.strip()
        if args.purge:
            result = backup_holding.purge(fd, record_id, delete_older=args.delete_older)
        else:
            if args.delete_older:
                raise UsageError("--delete-older goes with --purge")
            held = backup_holding.holding(fd, record_id)
        server = backup_holding.server_backups(fd, record_id)
    if args.purge:
        if args.json:
            print_json({"rewritten": result.rewritten, "deleted": result.deleted, "kept": result.kept,
                        "unreachable": result.unreachable})
            return 0
        print(f"Backups rewritten without the person: {len(result.rewritten)}; deleted: {len(result.deleted)}.")
        if result.kept:
            print("Kept (an older schema without --delete-older, or not readable with this profile's key): "
                  + ", ".join(result.kept))
        if result.unreachable:
            print("Not reached (copies in folders that cannot be reached now: plug the USB stick in and run this "
                  "again): " + ", ".join(result.unreachable))
        _print_server(server)
        return 0
    if args.json:
        print_json([h.as_dict() for h in held] if server is None else
                   {"backups": [h.as_dict() for h in held], "server_backups": server.as_dict()})
        return 0
    if not held:
        print("No backup in this profile's folder holds the person." if server else
              "No backup of this profile holds the person.")
    else:
        _print_held(held)
    _print_server(server)
    return 0


def cmd_participants_report(args) -> int:
    import sys

    # imported here: start-up: the command line does not load reports.build
    from app.reports import build_report

    # imported here: start-up: the command line does not load reports.i18n
    from app.reports.i18n import check_language

    lang = check_language(args.lang)
    check_out_suffix(args.out)
    with open_profile(args) as fd:
        result = build_report(fd, "subject_access", args.out, record_id=args.id.strip(), lang=lang,
                              confidential=True, paper=args.paper)
    print(f"Wrote {result.path} ({result.pages} page{'s' if result.pages != 1 else ''}).", file=sys.stderr)
    return 0


def _found(args, fd):
    from datetime import date

    # imported here: start-up: the command line does not load services.privacy.access_log
    from app.services.privacy.access_log import events

    for value in (args.since, args.until):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise UsageError(f"{value} is not a date (YYYY-MM-DD)") from None
    return events(fd, kind=args.kind, author=args.by, since=args.since, until=args.until, text=args.text)


def cmd_access_list(args) -> int:
    with open_profile(args) as fd:
        found = _found(args, fd)
    if args.json:
        from dataclasses import asdict

        print_json([asdict(e) for e in found])
        return 0
    if not found:
        print("Nothing recorded.")
        return 0
    print_table([(e.at[:16].replace("T", " "), e.author, e.kind, e.what, e.people, e.target) for e in found],
                ("when", "who", "kind", "what", "people", "file / office / record"))
    return 0


def cmd_access_export(args) -> int:
    # imported here: start-up: the command line does not load services.privacy.access_log
    from app.services.privacy.access_log import export_csv

    with open_profile(args) as fd:
        found = _found(args, fd)
    path = export_csv(found, args.out)
    print(f"Wrote {english_count(len(found), 'event', 'events')} to {path}.")
    return 0
