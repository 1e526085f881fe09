"""The ``fielddesk`` command line. With no command it opens the GUI.

Errors: one plain line on stderr; exit 2 for usage, 1 for failure; never a traceback (FIELDDESK_DEBUG=1 shows one).
"""

from __future__ import annotations

import os
import sys

from app.cli.parser import build_parser
from app.invocation.errors import EXIT_FAILURE, UsageError

GUI_VALUED = {"--profile", "--db", "--passphrase-file"}
GUI_FLAGS = {"--quit-when-idle", "--startup-times"}


def gui_arguments(argv: list[str]):
    """The arguments when they only open the window (no command): parsed without building the whole command-line
    parser, which would cost the window's start-up some 40 ms. None when there is a command or anything else."""
    from types import SimpleNamespace

    values = {"profile": None, "db": None, "passphrase_file": None, "quit_when_idle": False, "startup_times": False}
    items = iter(argv)
    for item in items:
        name, _, inline = item.partition("=")
        if name in GUI_VALUED:
            value = inline if inline else next(items, None)
            if value is None:
                return None
            values[name[2:].replace("-", "_")] = value
        elif item in GUI_FLAGS and not inline:
            values[item[2:].replace("-", "_")] = True
        else:
            return None
    return SimpleNamespace(**values, handler=None)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = gui_arguments(argv)
    if args is not None:
        return _run(args)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(f"fielddesk: {exc}", file=sys.stderr)
        return exc.code
    return _run(args)


def _run(args) -> int:
    handler = getattr(args, "handler", None)
    if handler is None:
        # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
        from app.cli.gui import run_gui_command

        handler = run_gui_command
    try:
        return int(handler(args) or 0)
    except UsageError as exc:
        print(f"fielddesk: {exc}", file=sys.stderr)
        return exc.code
    except BrokenPipeError:  # the output was piped into a program that stopped reading (head, less)
        return 0
    except KeyboardInterrupt:
        print("fielddesk: interrupted; nothing more was done.", file=sys.stderr)
        return 130
    except Exception as exc:
        # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
        from app.models.validation import ValidationFailed

        # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
        from app.services.errors import FieldDeskError

        if os.environ.get("FIELDDESK_DEBUG"):
            raise
        if isinstance(exc, (FieldDeskError, ValidationFailed)):
            print(f"fielddesk: {exc}", file=sys.stderr)
            return getattr(exc, "exit_code", EXIT_FAILURE)
        if isinstance(exc, OSError):
            # imported here: start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)
            from app.services.errors import file_in_error

            where = f" ({file_in_error(exc)})" if exc.filename else ""
            print(f"fielddesk: {exc.strerror or exc}{where}", file=sys.stderr)
            return EXIT_FAILURE
        print(f"fielddesk: unexpected error: {exc.__class__.__name__}: {exc} (run with FIELDDESK_DEBUG=1 for details)",
              file=sys.stderr)
        return EXIT_FAILURE
