"""Writing a command's rows to a CSV file (UTF-8 with a byte-order mark, so a spreadsheet opens the accents right):
``fielddesk due --csv`` and ``fielddesk lessons --csv``."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from app.invocation.errors import UsageError


def write_csv(path_text: str, header: Sequence[str], rows: Iterable[Sequence]) -> Path:
    """Write ``rows`` under ``header`` to ``path_text``; a folder that does not exist, or a file that cannot be
    written, is refused in words."""
    path = Path(path_text).expanduser()
    if not path.parent.is_dir():
        raise UsageError(f"cannot write {path}: the folder {path.parent} does not exist", 1)
    rows = list(rows)
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(header)
            writer.writerows(rows)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}", 1) from None
    print(f"Wrote {len(rows)} row{'s' if len(rows) != 1 else ''} to {path}.", file=sys.stderr)
    return path
