"""Insert new entries into the .ts catalogues from a table of translations (a module with ``TEXTS``: {(context,
source): {lang: translation}}, and optionally ``CORRECTIONS`` of the same shape, which replace a finished
translation). An entry a catalogue lacks is added at the end of its context (made when missing); an unfinished one is
filled; English keeps an unfinished entry, as lupdate writes it. The files are edited as text, so nothing else in
them changes (unlike `make translations-update`). Usage: python tools/ts_insert.py tools/translations/NAME.py, then
`make translations`."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"


def load(path: Path):
    spec = importlib.util.spec_from_file_location("texts", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.TEXTS, getattr(module, "CORRECTIONS", {})


def escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
            .replace('"', "&quot;"))


def translation_element(wanted: str | None) -> str:
    return '<translation type="unfinished"></translation>' if wanted is None else \
        f"<translation>{escape(wanted)}</translation>"


def put(text: str, context: str, source: str, wanted: str | None, overwrite: bool) -> tuple[str, bool]:
    name = f"<name>{escape(context)}</name>"
    at = text.find(name)
    if at < 0:
        block = f"<context>\n    {name}\n</context>\n"
        end = text.rindex("</TS>")
        text = text[:end] + block + text[end:]
        at = text.find(name)
    end = text.index("</context>", at)
    found = text.find(f"<source>{escape(source)}</source>", at, end)
    if found < 0:
        message = (f"    <message>\n        <source>{escape(source)}</source>\n        "
                   f"{translation_element(wanted)}\n    </message>\n")
        return text[:end] + message + text[end:], wanted is not None
    match = re.compile(r"<translation[^>]*?(/>|>.*?</translation>)", re.S).search(text, found)
    old = match.group(0)
    if wanted is None or not (overwrite or 'type="unfinished"' in old or old.endswith("/>")
                              or old == "<translation></translation>"):
        return text, False
    return text[:match.start()] + translation_element(wanted) + text[match.end():], True


def insert(texts: dict, corrections: dict) -> int:
    changed = 0
    for ts in sorted(I18N.glob("fielddesk_*.ts")):
        lang = ts.stem.split("_")[1]
        text = ts.read_text(encoding="utf-8")
        for table, overwrite in ((texts, False), (corrections, True)):
            for (context, source), by_lang in table.items():
                if overwrite and lang not in by_lang:
                    continue
                text, done = put(text, context, source, by_lang.get(lang), overwrite)
                changed += done
        ts.write_text(text, encoding="utf-8")
    return changed


if __name__ == "__main__":
    total = sum(insert(*load(Path(p))) for p in sys.argv[1:])
    print(f"inserted or filled {total} translations")
