"""Sync commands: keys, bundle export/import/inspect, conflicts, sync status. Import exits 0 when applied or already
imported, 3 when a bundle is rejected (one line saying why), 1 on any other failure."""

from __future__ import annotations

import sys
from pathlib import Path

from app.cli import commands_keys
from app.cli.common import open_profile, print_json, print_table, say
from app.services.errors import message_of
from app.vocabulary.problems import problem


def register(sub) -> None:
    keys = sub.add_parser("keys", help="this profile's identity and the peers it trusts")
    ksub = keys.add_subparsers(title="keys commands", metavar="ACTION", required=True)
    p = ksub.add_parser("show", help="own office, role and fingerprint; trusted peers")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_keys_show)
    p = ksub.add_parser("export", help="write the public identity card to give to the other side")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_keys_export)
    p = ksub.add_parser("trust", help="pin a peer's identity card (compare its fingerprint by phone first)")
    p.add_argument("card", metavar="FILE")
    p.set_defaults(handler=cmd_keys_trust)
    p = ksub.add_parser("untrust", help="stop trusting a peer (before pinning its new keys)")
    p.add_argument("office", metavar="CODE")
    p.set_defaults(handler=cmd_keys_untrust)
    commands_keys.register(ksub)

    bundle = sub.add_parser("bundle", help="export, import or inspect sync bundles")
    bsub = bundle.add_subparsers(title="bundle commands", metavar="ACTION", required=True)
    p = bsub.add_parser("export", help="write a bundle for a peer")
    p.add_argument("--for", dest="recipient", required=True, metavar="CODE", help="the recipient's office code")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--full", action="store_true", help="send everything, not only what the peer has not confirmed")
    p.set_defaults(handler=cmd_bundle_export)
    p = bsub.add_parser("import", help="verify and apply bundles")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="verify and report what would change, without writing")
    p.add_argument("--json", action="store_true", help="print a JSON summary")
    p.set_defaults(handler=cmd_bundle_import)
    p = bsub.add_parser("accept", help="apply a quarantined bundle (stamped too far ahead) after checking the clocks")
    p.add_argument("bundle", metavar="FILE-OR-ID", help="the quarantined bundle's file or id (or its start)")
    p.add_argument("--dry-run", action="store_true", help="verify and report what would change, without writing")
    p.add_argument("--json", action="store_true", help="print a JSON summary")
    p.set_defaults(handler=cmd_bundle_accept)
    p = bsub.add_parser("quarantine", help="list the bundles kept in quarantine (stamped too far ahead)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_bundle_quarantine)
    p = bsub.add_parser("inspect", help="verify a bundle and show its manifest without applying it")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_bundle_inspect)

    conflicts = sub.add_parser("conflicts", help="list and resolve sync conflicts")
    csub = conflicts.add_subparsers(title="conflicts commands", metavar="ACTION", required=True)
    p = csub.add_parser("list", help="open conflicts, both values side by side")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="include resolved conflicts")
    p.set_defaults(handler=cmd_conflicts_list)
    p = csub.add_parser("resolve", help="keep this site's value (mine) or the other site's (theirs)")
    p.add_argument("id", metavar="ID")
    p.add_argument("--keep", required=True, choices=["mine", "theirs"])
    p.set_defaults(handler=cmd_conflicts_resolve)

    status = sub.add_parser("sync", help="sync status per peer")
    ssub = status.add_subparsers(title="sync commands", metavar="ACTION", required=True)
    p = ssub.add_parser("status", help="bundles sent and received, unacknowledged changes, gaps, silent offices")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sync_status)
    p = ssub.add_parser("review", help="incoming changes that were refused (no right to the record, or invalid "
                                       "values), kept for review")
    p.add_argument("--office", metavar="CODE", help="only those sent by this office")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sync_review)


def cmd_keys_show(args) -> int:
    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.keys import load_identity, peers

    # imported here: start-up: the command line does not load sync
    from app.sync.rotation import own_changes, retired_peer_keys

    with open_profile(args, name_plain_keys=True) as fd:
        card = load_identity(fd).card
        trusted = peers(fd)
        replaced = {p.site_id: retired_peer_keys(fd, p.site_id) for p in trusted}
        mine = own_changes(fd)
        # imported here: start-up: the command line does not load sync
        from app.sync.hq_users import own_statements, own_user

        user = own_user(fd)
        # imported here: start-up: the command line does not load sync
        from app.sync.hq_policy import users_required

        # imported here: start-up: the command line does not load sync
        from app.sync.hq_root import holds_root

        root_here = holds_root(fd)
        required = fd.site.is_hq and users_required(own_statements(fd))
    if args.json:
        print_json({"office": card.office, "name": card.name, "role": card.role, "site_id": card.site_id,
                    "fingerprint": card.fingerprint, "signing_user": user, "root_key_here": root_here,
                    "user_signatures_required": required,
                    "keys_replaced": [{"at": c.made_at, "revoked": c.revoked} for c in mine],
                    "peers": [{"office": p.office_code, "role": p.role, "fingerprint": p.fingerprint,
                               "trusted_at": p.trusted_at,
                               "keys_replaced": [{"at": r["replaced_at"], "revoked": r["revoked"]}
                                                 for r in replaced[p.site_id]]} for p in trusted]})
        return 0
    print(problem("keys.show_office", office=card.office, name=card.name, role=problem(f"keys.role.{card.role}")))
    print(problem("keys.show_fingerprint", fingerprint=card.fingerprint))
    if user:
        print(problem("keys.show_user", user=user))
    if card.role == "hq":
        print(problem("keys.show_root_here" if root_here else "keys.show_root_offline"))
        if required:
            print(problem("keys.show_users_required"))
    for change in mine:
        print(problem("keys.show_revoked" if change.revoked else "keys.show_replaced", date=change.made_at[:10]))
    if trusted:
        print(problem("keys.trusted_peers"))
        print_table([(p.office_code, problem(f"keys.role.{p.role}"), p.fingerprint, p.trusted_at[:10],
                      _replaced(replaced[p.site_id])) for p in trusted],
                    tuple(problem(f"keys.column.{c}") for c in ("office", "role", "fingerprint", "since", "old_keys")))
    else:
        print(problem("keys.no_peers"))
    return 0


def _replaced(entries: list[dict]) -> str:
    return ", ".join(problem("keys.old_key_revoked" if e["revoked"] else "keys.old_key_replaced",
                             date=e["replaced_at"][:10]) for e in entries) or "-"


def cmd_keys_export(args) -> int:
    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.keys import export_card

    with open_profile(args) as fd:
        card = export_card(fd, Path(args.out))
    print(problem("keys.card_written", office=card.office, path=args.out, fingerprint=card.fingerprint))
    return 0


def cmd_keys_trust(args) -> int:
    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.keys import read_card, trust_card

    with open_profile(args) as fd:
        card = read_card(Path(args.card))
        peer, new = trust_card(fd, card)
    if new:
        print(problem("keys.trusted", office=peer.office_code, role=problem(f"keys.role.{peer.role}"),
                      fingerprint=peer.fingerprint))
    else:
        print(problem("keys.already_trusted", office=peer.office_code))
    return 0


def cmd_keys_untrust(args) -> int:
    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.keys import untrust

    with open_profile(args) as fd:
        peer = untrust(fd, args.office)
    print(problem("keys.untrusted", office=peer.office_code, fingerprint=peer.fingerprint))
    return 0


def cmd_bundle_export(args) -> int:
    # imported here: start-up: the command line does not load sync
    from app.sync.export import export_bundle

    with open_profile(args) as fd:
        result = export_bundle(fd, args.recipient, Path(args.out), full=args.full)
    missing = problem("sync.missing_attachments", count=result.missing_attachments) \
        if result.missing_attachments else ""
    print(problem("sync.bundle_written", sequence=result.sequence, recipient=result.recipient, path=str(result.path),
                  changes=problem("sync.changes", count=result.changes),
                  attachments=problem("sync.attachments", count=result.attachments), missing=missing))
    for warning in result.warnings:
        print(f"  {say('cli.warning', text=warning)}", file=sys.stderr)
    return 0


def cmd_bundle_import(args) -> int:
    # imported here: start-up: the command line does not load sync
    from app.sync.importer import import_bundle

    results = []
    with open_profile(args) as fd:
        # import_bundle answers every file with a result (it never raises for a bundle), so a bad file is reported
        # on its line and the next one is still imported; the exit code is the worst of them.
        for name in args.files:
            # One backup before the batch is enough to undo it: made before the first bundle that is applied, not
            # before each (fifty bundles into a large profile would otherwise copy it fifty times).
            first = not any(r.status == "applied" for r in results)
            result = import_bundle(fd, Path(name), dry_run=args.dry_run, backup=first)
            results.append(result)
            if not args.json:
                _print_result(name, result)
    if args.json:
        print_json([r.to_json() for r in results] if len(results) > 1 else results[0].to_json())
    return max(r.exit_code for r in results)


def _print_result(name: str, result) -> None:
    stream = sys.stderr if result.exit_code else sys.stdout
    line = f"{Path(name).name}: {result.message}"
    if result.status == "quarantined":  # its message begins with "Quarantined:" and says how to accept it
        line = f"fielddesk: {line}"
    elif result.exit_code == 1:  # not the bundle's fault (a busy database...): the same file may go in later
        line = f"fielddesk: {say('cli.failed', text=line)}"
    elif result.exit_code:
        line = f"fielddesk: {say('cli.rejected', text=line)}"
    print(line, file=stream)
    for warning in result.warnings:
        print(f"  {say('cli.warning', text=warning)}", file=sys.stderr)


def cmd_bundle_accept(args) -> int:
    # imported here: start-up: the command line does not load sync
    from app.sync.quarantine import accept

    with open_profile(args) as fd:
        result = accept(fd, args.bundle, dry_run=args.dry_run)
    if args.json:
        print_json(result.to_json())
    else:
        _print_result(Path(result.file).name, result)
    return result.exit_code


def cmd_bundle_quarantine(args) -> int:
    # imported here: start-up: the command line does not load sync
    from app.sync.quarantine import quarantined

    with open_profile(args) as fd:
        notes = quarantined(fd)
    if args.json:
        print_json(notes)
        return 0
    if not notes:
        print(problem("sync.no_quarantine"))
        return 0
    for note in notes:
        print(problem("sync.quarantine_line", bundle=note["bundle_id"][:8], sequence=note["sequence"],
                      sender=note["sender"], file=note["file_name"], at=note["quarantined_at"][:16]))
        print(f"          {note['reason']}")
    return 0


def cmd_bundle_inspect(args) -> int:
    # imported here: start-up: the command line does not load sync
    from app.sync.container import summary

    # imported here: start-up: the command line does not load sync
    from app.sync.importer import inspect_bundle

    # imported here: start-up: the command line does not load sync
    from app.sync.skew import BundleQuarantined, check_not_ahead

    # Every check import makes, the merge included (rolled back, holding no lock others wait for): inspect never
    # passes a bundle that import would refuse.
    with open_profile(args) as fd:
        result, verified = inspect_bundle(fd, Path(args.file))
        made_by = _made_by(fd, verified) if verified is not None and not result.exit_code else {}
        clock_note = None
        if verified is not None and not result.exit_code:
            try:  # a bundle stamped too far ahead is shown all the same: people inspect it before accepting it
                check_not_ahead(fd, verified.opened.manifest, verified.changes, verified.sender)
            except BundleQuarantined as exc:
                clock_note = problem("sync.would_quarantine", reason=message_of(exc))
    if result.exit_code or verified is None:
        print(f"fielddesk: {say('cli.failed' if result.exit_code == 1 else 'cli.rejected', text=result.message)}",
              file=sys.stderr)
        return result.exit_code or 3
    info = summary(verified.opened.manifest)
    info["signed_by"] = verified.sender.office_code
    if verified.signer_user:
        info["signed_by_user"] = verified.signer_user  # a headquarters user's own certified key (sync/hq_users.py)
    if made_by:
        info["made_by"] = made_by  # at an office: headquarters' changes per user, as they will be recorded
    info["dry_run"] = result.to_json()
    if clock_note:
        info["clock_warning"] = clock_note
    if args.json:
        print_json(info)
        return 0
    if clock_note:
        print(say("cli.warning", text=clock_note), file=sys.stderr)
    m = verified.opened.manifest
    print(problem("sync.bundle_header", bundle_id=m.bundle_id, sequence=m.sequence, sender=m.sender.office,
                  recipient=m.recipient.office, made=m.created_at))
    by_user = problem("sync.signed_by_user", user=verified.signer_user) if verified.signer_user else ""
    print(problem("sync.bundle_signed", office=verified.sender.office_code, user=by_user,
                  fingerprint=verified.sender.fingerprint, version=m.app_version, schema=m.schema_version,
                  full=problem("sync.full") if m.full else ""))
    print(problem("sync.bundle_counts", changes=problem("sync.changes", count=m.change_count),
                  attachments=problem("sync.attachments", count=info["attachments"])))
    if made_by:
        print(problem("sync.made_by", users=", ".join(f"{user} ({problem('sync.changes', count=count)})"
                                                      for user, count in made_by.items())))
    print(result.message)
    for warning in result.warnings:
        print(f"  {say('cli.warning', text=warning)}")
    return 0


def _made_by(fd, verified) -> dict[str, int]:
    """At an office: how many of the changes a headquarters bundle made at headquarters each user made, as the
    import records them (app/sync/attribution.py), most first."""
    if verified.sender.role != "hq" or fd.site.is_hq:
        return {}
    from collections import Counter

    # imported here: start-up: the command line does not load sync
    from app.sync.attribution import as_made_by

    # imported here: start-up: the command line does not load sync
    from app.sync.hq_users import ROOT_AUTHOR, _seen

    changes = as_made_by(verified.changes, verified.sender.site_id, verified.signer_user or ROOT_AUTHOR,
                         _seen(fd) + verified.user_statements)
    return dict(Counter(c.author for c in changes if c.site == verified.sender.site_id).most_common())


def cmd_conflicts_list(args) -> int:
    # imported here: start-up: the command line does not load sync
    from app.sync.conflicts import list_conflicts

    with open_profile(args) as fd:
        found = list_conflicts(fd, include_closed=args.all)
    if args.json:
        print_json([{"id": c.id, "table": c.table, "record_id": c.record_id, "record": c.record_label,
                     "field": c.field, "kind": c.kind, "mine": c.mine, "theirs": c.theirs, "in_effect": c.winner,
                     "other_office": c.remote_office, "detected_at": c.detected_at, "open": c.open,
                     "resolution": c.resolution, "explanation": c.describe()} for c in found])
        return 0
    if not found:
        print(problem("sync.no_conflicts"))
        return 0
    for c in found:
        print(f"{c.id[:8]}  {c.record_label} — {c.field_label}")
        print(problem("sync.conflict_values", mine=repr(c.mine), office=c.remote_office, theirs=repr(c.theirs),
                      effect=problem("sync.mine" if c.winner == "local" else "sync.theirs")))
        print(f"          {c.describe()}")
    return 0


def cmd_conflicts_resolve(args) -> int:
    # imported here: start-up: the command line does not load sync
    from app.sync.conflicts import resolve_conflict

    with open_profile(args) as fd:
        conflict = resolve_conflict(fd, args.id, args.keep)
    print(problem("sync.resolved", keep=problem(f"sync.{args.keep}"), record=conflict.record_label,
                  field=conflict.field_label))
    return 0


def cmd_sync_status(args) -> int:
    # imported here: start-up: the command line does not load sync
    from app.sync.gaps import format_gaps

    # imported here: start-up: the command line does not load sync
    from app.sync.status import peer_status

    with open_profile(args) as fd:
        statuses = peer_status(fd)
    if args.json:
        from dataclasses import asdict

        print_json([asdict(s) for s in statuses])
        return 0
    if not statuses:
        print(problem("sync.no_peers"))
        return 0
    print_table([(s.office, s.role, s.sent, (s.last_sent_at or "-")[:16], s.received, (s.last_received_at or "-")[:16],
                  s.unacknowledged, format_gaps(s.missing_bundles) or "-",
                  problem("sync.silent") if s.silent else "") for s in statuses],
                (*(problem(f"sync.column.{c}") for c in ("office", "role", "sent", "last_sent", "received",
                                                          "last_received", "unacknowledged", "missing")), ""))
    for s in statuses:
        if s.refused_by_peer:
            print(problem("sync.peer_refused", office=s.office, count=len(s.refused_by_peer)))
            for note in s.refused_by_peer[:20]:
                print(f"  {note['table']} {note['record_id']}: {note['code']} ({note['at'][:16]})")
            if len(s.refused_by_peer) > 20:
                print(problem("sync.refused_more", count=len(s.refused_by_peer) - 20))
    # imported here: start-up: the command line does not load sync
    from app.sync.held import HELD_DAYS

    for s in statuses:
        if s.held:
            print(problem("sync.held", office=s.office, count=s.held, since=(s.held_since or "")[:10], days=HELD_DAYS))
        if s.held_expired:
            print(problem("sync.held_expired", office=s.office, count=s.held_expired, days=HELD_DAYS))
        if s.erasures_unacknowledged:
            print(problem("sync.erasures_unacknowledged", office=s.office, count=s.erasures_unacknowledged))
    return 0


def cmd_sync_review(args) -> int:
    # imported here: start-up: the command line does not load sync
    from app.sync.review import list_refusals

    # imported here: start-up: the command line does not load sync
    from app.sync.rights import CODES

    with open_profile(args) as fd:
        found = list_refusals(fd, args.office)
    if args.json:
        print_json([{"id": r.id, "received_at": r.received_at, "office": r.sender_office, "table": r.table,
                     "record_id": r.record_id, "op": r.op, "field": r.field, "code": r.code, "reason": r.reason}
                    for r in found])
        return 0
    if not found:
        print(problem("sync.no_refusals"))
        return 0
    for r in found:
        print(problem("sync.review_line", id=r.id[:8], at=r.received_at[:16], office=r.sender_office, op=r.op,
                      record=r.record_label))
        print(f"          {r.code} ({CODES[r.code]}): {r.reason}")
    return 0
