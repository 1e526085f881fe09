"""Insert new entries into the .ts catalogues, with their finished translations, from a table of translations (a
Python module with ``T``: {(context, source): {lang: translation}}, like tools/translations/dates_ui.py, and
optionally ``NUMERUS``: {(context, source): {lang: [plural forms]}} for "%Ln" texts, every language's forms, English
too). Each entry goes at the end of its <context> (made when missing); an entry already there is left as it is. The
English catalogue gets a plain entry unfinished, as lupdate leaves it. Usage: python tools/ts_insert.py
tools/translations/NAME.py, then `make translations`. (``make translations-update`` would drop entries other branches
added: not needed here.)"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"


def load(path: Path) -> tuple[dict, dict]:
    """The table's texts and its plural texts."""
    spec = importlib.util.spec_from_file_location("texts", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.T, getattr(module, "NUMERUS", {})


def _xml(text: str) -> str:
    return escape(text, {"'": "&apos;", '"': "&quot;"})


def _message(lang: str, source: str, translation: str | None, forms: list[str] | None) -> str:
    if forms is not None:
        body = "".join(f"            <numerusform>{_xml(form)}</numerusform>\n" for form in forms)
        return (f"    <message numerus=\"yes\">\n        <source>{_xml(source)}</source>\n"
                f"        <translation>\n{body}        </translation>\n    </message>\n")
    return (f"    <message>\n        <source>{_xml(source)}</source>\n"
            + ("        <translation type=\"unfinished\"></translation>\n" if lang == "en" else
               f"        <translation>{_xml(translation)}</translation>\n")
            + "    </message>\n")


def insert(texts: dict, numerus: dict | None = None) -> int:
    entries = [*((key, translations, None) for key, translations in texts.items()),
               *((key, None, forms) for key, forms in (numerus or {}).items())]
    added = 0
    for ts in sorted(I18N.glob("fielddesk_*.ts")):
        lang = ts.stem.split("_")[1]
        content = ts.read_text(encoding="utf-8")
        # what the catalogue holds, read as XML: tools/ts_merge.py and ts_dedupe.py write contexts on one line
        # ("</context><context><name>...") and quotes unescaped, so the text itself is not compared
        known = {(c.findtext("name"), m.findtext("source")) for c in ET.fromstring(content).iter("context")
                 for m in c.iter("message")}
        for (context, source), translations, forms in entries:
            if (context, source) in known:
                continue
            message = _message(lang, source, translations and translations.get(lang),
                               forms[lang] if forms is not None else None)
            found = re.search(rf"<context>\s*<name>{re.escape(_xml(context))}</name>", content)
            if found is None:
                content = content.replace("</TS>", f"<context>\n    <name>{_xml(context)}</name>\n{message}</context>\n"
                                                   "</TS>")
            else:
                end = content.index("</context>", found.end())
                content = content[:end] + message + content[end:]
            known.add((context, source))
            added += 1
        ts.write_text(content, encoding="utf-8")
    return added


if __name__ == "__main__":
    total = sum(insert(*load(Path(p))) for p in sys.argv[1:])
    print(f"inserted {total} entries")
