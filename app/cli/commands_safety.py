"""Data-safety commands: encrypt, passphrase change, unlock with the recovery key, backups and restore."""

from __future__ import annotations

import sys
from pathlib import Path

from app.cli.common import open_profile, print_json, print_table, profile_dir
from app.invocation.errors import UsageError
from app.services.errors import message_of
from app.vocabulary.problems import problem


def register(sub) -> None:
    p = sub.add_parser("encrypt", help="encrypt a plain profile (a backup is made first)")
    p.add_argument("--new-passphrase-file", metavar="FILE", help="the passphrase to set (default: asked twice)")
    p.add_argument("--recovery-sheet", metavar="FILE.pdf", help="also write the recovery key as a printable PDF")
    p.set_defaults(handler=cmd_encrypt)

    p = sub.add_parser("passphrase", help="change the passphrase of an encrypted profile")
    psub = p.add_subparsers(title="passphrase commands", metavar="ACTION", required=True)
    c = psub.add_parser("change", help="set a new passphrase (the current one from --passphrase-file)")
    c.add_argument("--new-passphrase-file", metavar="FILE", help="the new passphrase (default: asked twice)")
    c.set_defaults(handler=cmd_passphrase_change)

    p = sub.add_parser("rekey", help="give an encrypted profile a new data key (database, backups, attachments and "
                                      "keys encrypted again) and a new recovery key; the passphrase stays")
    p.add_argument("--recovery-sheet", metavar="FILE.pdf", help="also write the new recovery key as a printable PDF")
    p.set_defaults(handler=cmd_rekey)

    p = sub.add_parser("unlock", help="open an encrypted profile with its recovery key and set a new passphrase")
    p.add_argument("--recovery-key", nargs="?", const="", required=True, metavar="KEY",
                   help="the recovery key (asked for when not given)")
    p.add_argument("--new-passphrase-file", metavar="FILE", help="the new passphrase (default: asked twice)")
    p.set_defaults(handler=cmd_unlock)

    p = sub.add_parser("backup", help="create, list and restore backups")
    bsub = p.add_subparsers(title="backup commands", metavar="ACTION", required=True)
    c = bsub.add_parser("create", help="back up the profile now (kept until deleted by hand)")
    c.add_argument("--to", metavar="FOLDER", help="also copy the backup to FOLDER (e.g. a USB stick), with a key "
                                                   "file that opens it with the recovery key only")
    c.add_argument("--with-keyring", action="store_true",
                   help="with --to: copy the whole key file, so that today's passphrase opens the copy too")
    c.set_defaults(handler=cmd_backup_create)
    c = bsub.add_parser("list", help="the backups of this profile, newest first")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_backup_list)
    c = bsub.add_parser("restore", help="replace the profile's data by a backup (the current state is backed up)")
    c.add_argument("backup", metavar="ID|FILE")
    c.add_argument("--yes", action="store_true",
                   help="confirm even though headquarters has not acknowledged every change")
    c.set_defaults(handler=cmd_backup_restore)


PLAIN_COPIES = (
    "The plain files were overwritten before they were removed. That is not a guarantee: an SSD writes the zeros "
    "elsewhere, and journaling or copy-on-write file systems and snapshots may keep older blocks. Nor does it reach "
    "plain copies made before today, which stay readable wherever they are: backups copied to other folders or USB "
    "sticks ('backup create --to'), spreadsheets and reports exported or saved, and e-mailed files. Delete those "
    "copies, and use full-disk encryption (BitLocker, FileVault, LUKS) on this computer and on USB sticks.")


def _print_recovery(recovery: str, args, office: str, name: str) -> None:
    print("The recovery key (shown only now; write it down or print it, and keep it away from this computer):")
    print(f"    {recovery}")
    if getattr(args, "recovery_sheet", None):
        # imported here: start-up: the command line does not load reports.recovery_sheet
        from app.reports.recovery_sheet import write_recovery_sheet

        write_recovery_sheet(Path(args.recovery_sheet), office=office, office_name=name, recovery_key=recovery)
        print(f"The recovery sheet was written to {args.recovery_sheet}; print it, then delete the file.")


def cmd_encrypt(args) -> int:
    # imported here: start-up: the command line does not load invocation.secrets
    from app.invocation.secrets import new_passphrase

    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.encryption import encrypt_profile

    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.vault import Keyring

    folder = profile_dir(args)
    resuming = Keyring(folder).exists()
    if resuming and not _interrupted(folder):
        print("The profile is already encrypted.")
        return 0
    office = name = ""
    if not resuming:
        with open_profile(args, daily_backup=False) as fd:  # a profile that opens, before anything is changed
            office, name = fd.site.office, _office_name(fd)
    # imported here: start-up: the command line does not load services.profile
    from app.services.profile import ProfileFolder

    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.encryption import on_server

    recovery = encrypt_profile(folder, new_passphrase(args, "passphrase"))
    if on_server(ProfileFolder(folder)):
        print(f"The private keys of the profile in {folder} are now encrypted; the passphrase is asked for each time "
              "the profile opens. The data stays on the PostgreSQL server, protected by its access control.")
    else:
        print(f"The profile in {folder} is now encrypted; a backup was made first (and encrypted with it).")
        print(PLAIN_COPIES)
    if recovery:
        _print_recovery(recovery, args, office, name)
    return 0


def _interrupted(folder: Path) -> bool:
    db = folder / "fielddesk.db"
    # imported here: start-up: the command line does not load services.profile
    from app.services.profile import ProfileFolder, is_plain_sqlite

    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.encryption import plain_key_files

    return (db.exists() and is_plain_sqlite(db)) or bool(plain_key_files(ProfileFolder(folder)))


def _office_name(fd) -> str:
    # imported here: start-up: the command line does not load models.ids
    from app.models.ids import reference_id

    rows = fd.offices.rows([reference_id("office", fd.site.office)], ["name"])
    return rows[0]["name"] if rows else fd.site.office


def cmd_passphrase_change(args) -> int:
    # imported here: start-up: the command line does not load invocation.secrets
    from app.invocation.secrets import given_secret, new_passphrase

    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.encryption import change_passphrase

    secret = given_secret(args)
    if secret is None:
        # imported here: start-up: the command line does not load invocation.secrets
        from app.invocation.secrets import prompt_secret

        secret = prompt_secret("current passphrase")
    new = new_passphrase(args)
    change_passphrase(profile_dir(args), secret, new)
    print("The passphrase was changed. The recovery key is unchanged.")
    return 0


def cmd_rekey(args) -> int:
    # imported here: start-up: the command line does not load invocation.secrets
    from app.invocation.secrets import given_secret, prompt_secret

    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.rekey import rekey_profile

    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.vault import is_recovery_key

    secret = given_secret(args) or prompt_secret("passphrase")
    if is_recovery_key(secret):
        raise UsageError(problem("rekey.recovery_key_given"), 1)
    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.vault import Keyring

    folder = profile_dir(args)
    office = name = ""
    keyring = Keyring(folder)
    if keyring.exists() and "previous" not in keyring.read():  # not an interrupted rekey, which does not open
        with open_profile(args, daily_backup=False) as fd:  # it opens with this passphrase before anything changes
            office, name = fd.site.office, _office_name(fd)
    recovery = rekey_profile(folder, secret)
    print(f"The profile in {folder} has a new data key: its database, backups, attachments and keys are encrypted "
          "with it. Key files copied earlier (with backups on USB sticks) no longer open today's data, and the old "
          "recovery key stops working.")
    _print_recovery(recovery, args, office, name)
    return 0


def cmd_unlock(args) -> int:
    # imported here: start-up: the command line does not load invocation.secrets
    from app.invocation.secrets import new_passphrase, prompt_secret

    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.encryption import change_passphrase

    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.vault import is_recovery_key

    if args.recovery_key:
        raise UsageError(problem("unlock.recovery_key_on_command_line"))
    # imported here: start-up: the command line does not load invocation.secrets
    from app.invocation.secrets import given_secret

    given = given_secret(args)
    recovery = given if given and is_recovery_key(given) else prompt_secret("recovery key")
    if not is_recovery_key(recovery):
        raise UsageError(problem("unlock.not_recovery_key"), 1)
    new = new_passphrase(args)
    change_passphrase(profile_dir(args), recovery, new)
    print("Unlocked with the recovery key; the new passphrase is set. The recovery key still works.")
    return 0


def cmd_backup_create(args) -> int:
    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.backup import create_backup

    with open_profile(args, daily_backup=False) as fd:
        info = create_backup(fd, to=Path(args.to) if args.to else None, with_keyring=args.with_keyring)
    print(f"Backup {info.id} made ({info.size // 1024} KB{', encrypted' if info.encrypted else ''}).")
    if args.to:
        key = ""
        if info.encrypted:
            key = (" and the key file (today's passphrase opens the copy too)" if args.with_keyring else
                   " and a key file that opens it with the recovery key only")
        print(f"Copied to {args.to} with its description{key}.")
    return 0


def cmd_backup_list(args) -> int:
    # imported here: start-up: the command line does not load services.profile
    from app.services.profile import ProfileFolder

    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.backup import list_backups

    folder = ProfileFolder(profile_dir(args))
    folder.read_meta()
    found = list_backups(folder)
    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.backup_copies import copies

    copied: dict[str, list[str]] = {}
    for copy in copies(folder):  # the folders each was copied to (backup create --to)
        copied.setdefault(copy.backup_id, []).append(copy.folder)
    if args.json:
        print_json([{**b.to_json(), "copied_to": sorted(copied.get(b.id, []))} for b in found])
        return 0
    if not found:
        print("No backups yet ('fielddesk backup create').")
        return 0
    rows = [(b.id, b.created_at[:16].replace("T", " "), "automatic" if b.automatic else "by hand", b.reason,
             f"{b.size // 1024} KB", ", ".join(sorted(copied.get(b.id, [])))) for b in found]
    headers = ("id", "made", "kind", "reason", "size", "copied to")
    if not copied:
        rows, headers = [r[:-1] for r in rows], headers[:-1]
    print_table(rows, headers)
    return 0


def cmd_backup_restore(args) -> int:
    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.backup import RestoreNeedsConfirmation, restore_backup

    fd = open_profile(args, daily_backup=False)
    try:
        before = restore_backup(fd, args.backup, confirmed=args.yes)
    except RestoreNeedsConfirmation as exc:
        raise RestoreNeedsConfirmation(problem("restore.add_yes", reason=message_of(exc))) from None
    finally:
        fd.close()
    print(f"Restored {args.backup}. The state before the restore was backed up as {before.id}.",
          file=sys.stdout)
    for line in before.restore_sync.describe() if before.restore_sync else []:
        print(line, file=sys.stdout)
    return 0


__all__ = ["register", "print_table", "print_json"]
