"""Checks over a PDF's text as laid out on its pages: words broken across lines and fonts not embedded."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
HAN = re.compile(r"[\u3400-\u9fff]")
ARABIC = re.compile(r"[\u0600-\u06ff]")


def layout_lines(path: Path) -> list[str]:
    """The text of every page, line by line, columns kept apart by spaces: poppler's pdftotext -layout where it is
    installed, else pypdf's layout mode (the same idea, so the check runs on any machine)."""
    tool = shutil.which("pdftotext")
    if tool:
        done = subprocess.run([tool, "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
        return done.stdout.decode("utf-8").splitlines()
    lines = []
    for page in PdfReader(str(path)).pages:
        lines += page.extract_text(extraction_mode="layout").splitlines()
    return lines


def vocabulary(*texts) -> set[str]:
    """The words of ``texts``; a catalogue entry with plural forms (a dict of them) gives the words of each form."""
    words = set()
    for text in texts:
        for form in (text.values() if isinstance(text, dict) else [text]):
            words.update(w.casefold() for w in WORD.findall(form or ""))
    return words


def _tokens(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in WORD.finditer(line)]


def broken_words(lines: list[str], words: set[str]) -> list[str]:
    """Words split across two lines: a fragment that is no word, at the end of a line's run of text, whose
    continuation (the first word of the same column on the next line, or of the next line) makes a known word.
    Checking against the words that went into the report (the records, the catalogue) rather than a shape of the
    text ("ends in letters, next starts in lowercase") keeps wrapped sentences in narrow columns from counting."""
    found = []
    for i, line in enumerate(lines[:-1]):
        below = _tokens(lines[i + 1])
        if not below:
            continue
        for start, token in _tokens(line):
            if token.casefold() in words or HAN.search(token) or len(token) < 2:
                continue
            if ARABIC.search(token) and token[::-1] in words:
                continue  # a known Arabic word as pdftotext prints it, in display order (right to left)
            end = start + len(token)
            if end < len(line) and not line[end:end + 2].isspace() and line[end:end + 1] not in ("", " "):
                continue  # not at the end of a run of text
            same_column = [t for s, t in below if abs(s - start) <= 3]
            for rest in [*same_column, below[0][1]]:
                if (token + rest).casefold() in words:
                    found.append(f"{token}|{rest} (line {i + 1}: {line.strip()[:60]!r})")
                    break
    return found


def fonts_not_embedded(path: Path) -> list[str]:
    missing = set()
    for page in PdfReader(str(path)).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None or not any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2",
                                                                                   "/FontFile3")):
                missing.add(str(font["/BaseFont"]))
    return sorted(missing)
