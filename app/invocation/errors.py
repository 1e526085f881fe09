"""The command line's usage error and exit codes, kept apart from its parser so that the window (which starts from
the same arguments) can name a usage error without importing the command line."""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class UsageError(Exception):
    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code
