"""Merge the contexts of a Qt .ts catalogue that appear twice (as a merge of two branches may leave them) and drop
repeated messages, keeping a finished translation over an unfinished one. Usage: python tools/ts_dedupe.py FILE.ts..."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _finished(message) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") is None and bool(translation.text)


def dedupe(path: str) -> int:
    tree = ET.parse(path)
    root = tree.getroot()
    first: dict[str, ET.Element] = {}
    seen: dict[tuple[str, str], ET.Element] = {}
    dropped = 0
    for context in list(root.iter("context")):
        name = context.find("name").text
        keeper = first.setdefault(name, context)
        for message in list(context.iter("message")):
            key = (name, message.find("source").text)
            if key in seen:
                if _finished(message) and not _finished(seen[key]):
                    seen[key].remove(seen[key].find("translation"))
                    seen[key].append(message.find("translation"))
                context.remove(message)
                dropped += 1
                continue
            seen[key] = message
            if keeper is not context:
                context.remove(message)
                keeper.append(message)
        if keeper is not context:
            root.remove(context)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    file = Path(path)
    text = file.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                                    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    file.write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")
    return dropped


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(name, dedupe(name), "repeated messages dropped")
