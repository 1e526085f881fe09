"""Merge two versions of a Qt .ts catalogue (e.g. after a git merge conflict): every translation from either side is
kept; finished translations win over unfinished ones. Run `make translations-update` afterwards so lupdate drops what
the code no longer uses and restores its own layout.

Usage: python tools/ts_merge.py OURS THEIRS OUT
"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET


def _index(root):
    found = {}
    for context in root.iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            found[(name, message.find("source").text)] = (context, message)
    return found


def _finished(message) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete") and (
        bool(translation.text) or translation.find("numerusform") is not None)


def merge(ours_path: str, theirs_path: str, out_path: str) -> None:
    ours = ET.parse(ours_path)
    theirs = ET.parse(theirs_path)
    mine = _index(ours.getroot())
    contexts = {c.find("name").text: c for c in ours.getroot().iter("context")}
    for key, (_context, message) in _index(theirs.getroot()).items():
        if key in mine:
            _c, existing = mine[key]
            if not _finished(existing) and _finished(message):
                existing.remove(existing.find("translation"))
                existing.append(copy.deepcopy(message.find("translation")))
            continue
        name = key[0]
        if name not in contexts:
            context = ET.SubElement(ours.getroot(), "context")
            ET.SubElement(context, "name").text = name
            contexts[name] = context
        contexts[name].append(copy.deepcopy(message))
    ours.write(out_path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    merge(*sys.argv[1:4])
