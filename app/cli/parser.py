"""Argument parsing: one parser, with each command group registering its own sub-commands."""

from __future__ import annotations

import argparse

from app import __version__
from app.cli import gui
from app.invocation.errors import UsageError


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing usage and exiting, so the error is one plain line."""

    def error(self, message: str):
        raise UsageError(f"{message} (see '{self.prog} --help')")

    def exit(self, status: int = 0, message: str | None = None):
        if status:
            raise UsageError((message or "").strip() or "invalid arguments", status)
        if message:
            self._print_message(message)
        raise SystemExit(0)


# Each module has ``register(subparsers)``; the commands import their heavy dependencies only when they run.
COMMAND_MODULES = ["commands_profile", "commands_sync", "commands_reports", "commands_safety",
                   "commands_about", "commands_hq", "commands_programme", "commands_clock",
                   "commands_letterhead", "commands_certificates", "commands_participants",
                   "commands_privacy", "commands_due", "commands_lessons", "commands_retention",
                   "commands_coordination", "commands_fellowships", "commands_recommendation_list",
                   "commands_plans"]


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = _Parser(prog="fielddesk",
                     description="FieldDesk: missions, trainings, reports and sync for field offices.")
    parser.add_argument("--version", action="version", version=f"FieldDesk {__version__}")
    parser.add_argument("--profile", metavar="DIR", help="profile folder (default: $FIELDDESK_PROFILE, then the "
                                                          "user data folder)")
    parser.add_argument("--db", metavar="URL",
                        help="with init: keep the data in this PostgreSQL database (postgresql://USER@HOST/DB), "
                             "remembered in the profile")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="file holding the passphrase (or recovery key) of an encrypted profile "
                             "(default: $FIELDDESK_PASSPHRASE_FILE)")
    gui.add_gui_options(parser)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"app.cli.{name}").register(sub)
    return parser
