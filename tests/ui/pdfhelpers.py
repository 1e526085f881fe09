"""Finding a name in files, plain or inside a PDF (whose page text is compressed, so a byte search misses it)."""

from __future__ import annotations

import io
from pathlib import Path


def files_naming(places: list[Path], names: list[str]) -> list[Path]:
    """The files under ``places`` (folders or files) whose bytes, or whose text if they are PDFs, hold a name."""
    import pypdf

    found = []
    for place in places:
        files = [place] if place.is_file() else [p for p in place.rglob("*") if p.is_file()]
        for path in files:
            data = path.read_bytes()
            text = ""
            if data.startswith(b"%PDF"):
                text = " ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages)
            if any(name.encode() in data or name.encode("utf-16-le") in data or name in text for name in names):
                found.append(path)
    return found
