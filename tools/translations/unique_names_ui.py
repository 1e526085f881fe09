"""Translations for widget classes renamed so that no two classes share a name (issue 17): a class's name is its
translation context, so each renamed class's texts are copied, with their finished translations, from the context
of the name it had (which the other class of that name keeps). Built from the source and the catalogues themselves:
running tools/ts_insert.py on this table again adds nothing."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "es", "ru", "ar", "zh")
# the renamed class: (its module, its new name, the name (context) its texts were translated under)
RENAMED = [("app/ui/reviews/parts.py", "ReviewTeamSection", "TeamSection"),
           ("app/ui/reviews/parts.py", "ReviewFindingsSection", "FindingsSection"),
           ("app/ui/sync/bundle_history.py", "BundleHistoryTab", "HistoryTab")]


def _texts_of(module: str, name: str) -> list[str]:
    """The texts the class gives to ``self.tr``."""
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    found = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name == name):
        for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
            func = call.func
            if isinstance(func, ast.Attribute) and func.attr == "tr" and call.args \
                    and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
                found.append(call.args[0].value)
    return found


def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    root = ET.parse(ROOT / "resources" / "i18n" / f"fielddesk_{lang}.ts").getroot()
    return {(c.findtext("name"), m.findtext("source")): m.findtext("translation") or ""
            for c in root.iter("context") for m in c.iter("message")}


def _table() -> dict:
    catalogues = {lang: _catalogue(lang) for lang in LANGUAGES}
    table = {}
    for module, new, old in RENAMED:
        for source in _texts_of(module, new):
            translations = {lang: catalogues[lang].get((old, source)) for lang in LANGUAGES}
            if all(translations.values()):
                table[(new, source)] = translations
    return table


T = _table()
