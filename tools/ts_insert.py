"""Insert new messages into the .ts catalogues from a table of translations (a Python module with ``TEXTS``:
{(context, source): {lang: translation}}), as text, keeping lupdate's layout: a message goes at the end of its
context, a new context where lupdate would put it (in alphabetical order). Entries already there are left alone
(tools/ts_fill.py fills unfinished ones). English gets the entry unfinished, as lupdate writes it.
Usage: python tools/ts_insert.py tools/translations/NAME.py, then `make translations`."""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

from ts_fill import I18N, load


def message(source: str, translation: str | None) -> str:
    text = (f'        <translation>{escape(translation)}</translation>' if translation
            else '        <translation type="unfinished"></translation>')
    return f"    <message>\n        <source>{escape(source)}</source>\n{text}\n    </message>\n"


def insert(texts: dict) -> int:
    added = 0
    for ts in sorted(I18N.glob("fielddesk_*.ts")):
        lang = ts.stem.split("_")[1]
        content = ts.read_text(encoding="utf-8")
        for (context, source), translations in texts.items():
            if f"<source>{escape(source)}</source>" in _context_body(content, context):
                continue
            entry = message(source, None if lang == "en" else translations[lang])
            start = content.find(f"<context>\n    <name>{escape(context)}</name>\n")
            if start >= 0:
                end = content.index("</context>", start)
                content = content[:end] + entry + content[end:]
            else:
                block = f"<context>\n    <name>{escape(context)}</name>\n{entry}</context>\n"
                content = content[:_context_position(content, context)] + block + \
                    content[_context_position(content, context):]
            added += 1
        ts.write_text(content, encoding="utf-8")
    return added


def _context_body(content: str, context: str) -> str:
    start = content.find(f"<context>\n    <name>{escape(context)}</name>\n")
    return "" if start < 0 else content[start:content.index("</context>", start)]


def _context_position(content: str, context: str) -> int:
    """Where a new context goes: before the first context whose name sorts after it, else before </TS>."""
    position = 0
    while True:
        start = content.find("<context>\n    <name>", position)
        if start < 0:
            return content.rindex("</TS>")
        name = content[start + len("<context>\n    <name>"):content.index("</name>", start)]
        if name.lower() > context.lower():
            return start
        position = start + 1


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    print(f"{insert(load(Path(sys.argv[1])))} entries added")
