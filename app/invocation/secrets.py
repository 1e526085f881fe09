"""Where passphrases come from on the command line: --passphrase-file, $FIELDDESK_PASSPHRASE_FILE, or a prompt
when a person is at the terminal. Never from an argument (it would be in the shell history and the process list)."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from app.invocation.errors import UsageError

ENV = "FIELDDESK_PASSPHRASE_FILE"


def read_secret_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"the passphrase file {path} cannot be read ({exc.strerror})", 1) from None
    secret = text.rstrip("\r\n")
    if not secret:
        raise UsageError(f"the passphrase file {path} is empty", 1)
    return secret


def given_secret(args) -> str | None:
    """The passphrase (or recovery key) given for the profile, if any."""
    path = getattr(args, "passphrase_file", None) or os.environ.get(ENV)
    return read_secret_file(path) if path else None


def new_passphrase(args, what: str = "new passphrase") -> str:
    path = getattr(args, "new_passphrase_file", None)
    if path:
        return read_secret_file(path)
    if not sys.stdin.isatty():
        raise UsageError(f"give the {what} with --new-passphrase-file FILE")
    first = getpass.getpass(f"{what.capitalize()}: ")
    if first != getpass.getpass(f"{what.capitalize()} again: "):
        raise UsageError("the two passphrases differ; nothing was changed", 1)
    return first


def prompt_secret(what: str) -> str:
    if not sys.stdin.isatty():
        raise UsageError(f"give the {what} on the command line or in a file")
    return getpass.getpass(f"{what.capitalize()}: ")
