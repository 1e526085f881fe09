"""Insert new entries into the .ts catalogues, with their finished translations, from a table of translations (a
Python module with ``T``: {(context, source): {lang: translation}}, like tools/translations/dates_ui.py). Each entry
goes at the end of its <context> (made when missing); an entry already there is left as it is. The English catalogue
gets the entry unfinished, as lupdate leaves it. Usage: python tools/ts_insert.py tools/translations/NAME.py, then
`make translations`. (``make translations-update`` would drop entries other branches added: not needed here.)"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"


def load(path: Path) -> dict:
    spec = importlib.util.spec_from_file_location("texts", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.T


def _xml(text: str) -> str:
    return escape(text, {"'": "&apos;", '"': "&quot;"})


def insert(texts: dict) -> int:
    added = 0
    for ts in sorted(I18N.glob("fielddesk_*.ts")):
        lang = ts.stem.split("_")[1]
        content = ts.read_text(encoding="utf-8")
        for (context, source), translations in texts.items():
            message = (f"    <message>\n        <source>{_xml(source)}</source>\n"
                       + ("        <translation type=\"unfinished\"></translation>\n" if lang == "en" else
                          f"        <translation>{_xml(translations[lang])}</translation>\n")
                       + "    </message>\n")
            found = re.search(rf"<context>\n    <name>{re.escape(_xml(context))}</name>\n(.*?)</context>\n", content,
                              re.S)
            if found is None:
                content = content.replace("</TS>", f"<context>\n    <name>{_xml(context)}</name>\n{message}</context>\n"
                                                   "</TS>")
            elif f"<source>{_xml(source)}</source>" in found.group(1):
                continue
            else:
                content = content[:found.end(1)] + message + content[found.end(1):]
            added += 1
        ts.write_text(content, encoding="utf-8")
    return added


if __name__ == "__main__":
    total = sum(insert(load(Path(p))) for p in sys.argv[1:])
    print(f"inserted {total} entries")
