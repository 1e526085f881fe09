"""Fill unfinished entries of the .ts catalogues from a table of translations (a Python module with ``TEXTS``:
{(context, source): {lang: translation}}). Usage: python tools/ts_fill.py tools/translations/NAME.py, then
`make translations-update` again to put the files back in lupdate's own layout."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"


def load(path: Path) -> dict:
    spec = importlib.util.spec_from_file_location("texts", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.TEXTS


def fill(texts: dict) -> int:
    filled = 0
    for ts in sorted(I18N.glob("fielddesk_*.ts")):
        lang = ts.stem.split("_")[1]
        tree = ET.parse(ts)
        for context in tree.getroot().iter("context"):
            name = context.find("name").text
            for message in context.iter("message"):
                source = message.find("source").text
                translation = message.find("translation")
                wanted = texts.get((name, source), {}).get(lang)
                if wanted is None or translation.get("type") not in ("unfinished", None):
                    continue
                if translation.get("type") is None and translation.text:
                    continue
                translation.text = wanted
                translation.attrib.pop("type", None)
                filled += 1
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        text = ts.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                                      '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
        ts.write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")
    return filled


if __name__ == "__main__":
    total = sum(fill(load(Path(p))) for p in sys.argv[1:])
    print(f"filled {total} translations")
