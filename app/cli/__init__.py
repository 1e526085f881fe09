"""The ``fielddesk`` command line. With no command it opens the GUI.

Errors: one plain line on stderr; exit 2 for usage, 1 for failure; never a traceback (FIELDDESK_DEBUG=1 shows one).
"""

from __future__ import annotations

import os
import sys

from app.cli.parser import EXIT_FAILURE, UsageError, build_parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(f"fielddesk: {exc}", file=sys.stderr)
        return exc.code
    handler = getattr(args, "handler", None)
    if handler is None:
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
        from app.models.validation import ValidationFailed
        from app.services.errors import FieldDeskError

        if os.environ.get("FIELDDESK_DEBUG"):
            raise
        if isinstance(exc, (FieldDeskError, ValidationFailed)):
            print(f"fielddesk: {exc}", file=sys.stderr)
            return getattr(exc, "exit_code", EXIT_FAILURE)
        if isinstance(exc, OSError):
            where = f" ({exc.filename})" if exc.filename else ""
            print(f"fielddesk: {exc.strerror or exc}{where}", file=sys.stderr)
            return EXIT_FAILURE
        print(f"fielddesk: unexpected error: {exc.__class__.__name__}: {exc} (run with FIELDDESK_DEBUG=1 for details)",
              file=sys.stderr)
        return EXIT_FAILURE
