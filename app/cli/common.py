"""Helpers shared by the commands: opening the profile, printing JSON and tables."""

from __future__ import annotations

import json
import sys
from typing import Any

from app.paths import resolve_profile_dir
from app.services.errors import FieldDeskError
from app.vocabulary.problems import problem


def profile_dir(args):
    return resolve_profile_dir(args.profile)


def open_profile(args, *, daily_backup: bool = True, clock_check: bool = True, name_plain_keys: bool = False,
                 retention_sweep: bool = True):
    """Open the profile named on the command line (unlocking it with the given passphrase), and make the day's
    backup and retention sweep on its first use today. A clock that seems far off is named on stderr at once
    (app/sync/skew.py)."""
    # imported here: start-up: the command line does not load invocation.secrets
    from app.invocation.secrets import given_secret

    # imported here: start-up: the command line does not load services.core
    from app.services import FieldDesk

    secret = given_secret(args)
    _protect_plain_server_keys(profile_dir(args), secret, name_plain_keys)
    fd = FieldDesk.open(profile_dir(args), secret=secret)
    if daily_backup:
        # imported here: start-up: the command line does not load services.profile
        from app.services.profile.backup import daily_backup_if_due

        try:
            daily_backup_if_due(fd)
            if retention_sweep:  # after the backup: what the sweep removes is still in the day's backup
                # imported here: start-up: the command line does not load services.privacy.retention
                from app.services.privacy.retention import sweep_if_due

                sweep_if_due(fd)
        except BaseException:
            fd.close()
            raise
    if clock_check:
        # imported here: start-up: the command line does not load sync
        from app.sync.skew import clock_health

        for problem in clock_health(fd):
            print(f"fielddesk: {say('cli.warning', text=problem)}", file=sys.stderr)
    return fd


def _protect_plain_server_keys(folder, secret: str | None, name_plain_keys: bool) -> None:
    """A headquarters profile on PostgreSQL made by an older FieldDesk keeps its private keys unencrypted: they are
    encrypted as soon as a passphrase is given (and until then the commands that show the profile say so)."""
    # imported here: start-up: the command line does not load services.profile
    from app.services.profile import ProfileFolder

    profile = ProfileFolder(folder)
    if profile.is_encrypted or not profile.keys_dir.is_dir() or not profile.exists():
        return
    try:
        if profile.database_url().startswith("sqlite"):
            return  # a laptop profile: 'fielddesk encrypt' covers its keys with the rest
        # imported here: start-up: the command line does not load services.profile
        from app.services.profile.encryption import encrypt_profile, plain_key_files

        if not plain_key_files(profile):
            return
    except (OSError, ValueError, FieldDeskError):
        return  # opening it says what is wrong
    if secret is None:
        if not name_plain_keys:
            return
        print("fielddesk: " + say("cli.warning", text=(
            f"this headquarters profile's private keys lie unencrypted in {profile.keys_dir}: whoever copies them can "
            "read every office's bundles and sign as headquarters. Encrypt them now: "
            f"fielddesk --profile {folder} encrypt")), file=sys.stderr)
        return
    recovery = encrypt_profile(profile.path, secret)
    print(f"fielddesk: this headquarters profile's private keys were unencrypted; they are now encrypted with the "
          f"passphrase given, which every later command and the window ask for. The recovery key (shown only now; "
          f"write it down and keep it away from this computer): {recovery}", file=sys.stderr)


def say(code: str, **params: Any) -> str:
    """A line of the catalogue (``problem.<code>``) in the command line's language. The command line speaks English,
    as its help does: a problem's ``str()`` is its English text, so what it prints comes from the one catalogue."""
    return str(problem(code, **params))


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False, sort_keys=True, default=str)
    sys.stdout.write("\n")


def print_table(rows: list[tuple], headers: tuple[str, ...]) -> None:
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    print("  ".join(str(h).ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
