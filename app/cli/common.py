"""Helpers shared by the commands: opening the profile, printing JSON and tables."""

from __future__ import annotations

import json
import sys
from typing import Any

from app.paths import resolve_profile_dir


def profile_dir(args):
    return resolve_profile_dir(args.profile)


def open_profile(args, *, daily_backup: bool = True, clock_check: bool = True):
    """Open the profile named on the command line (unlocking it with the given passphrase), and make the day's
    backup on its first use today. A clock that seems far off is named on stderr at once (app/sync/skew.py)."""
    from app.cli.secrets import given_secret
    from app.services import FieldDesk

    fd = FieldDesk.open(profile_dir(args), secret=given_secret(args))
    if daily_backup:
        from app.services.backup import daily_backup_if_due

        try:
            daily_backup_if_due(fd)
        except BaseException:
            fd.close()
            raise
    if clock_check:
        from app.sync.skew import clock_health

        for problem in clock_health(fd):
            print(f"fielddesk: warning: {problem}", file=sys.stderr)
    return fd


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False, sort_keys=True, default=str)
    sys.stdout.write("\n")


def print_table(rows: list[tuple], headers: tuple[str, ...]) -> None:
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    print("  ".join(str(h).ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
