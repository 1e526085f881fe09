"""Translations of what the Sync page's keys tab says about keys replaced (keys rotate) or revoked (keys revoke), here
and by trusted offices (fr, es, ru, ar, zh). ``python tools/translations/keys_ui.py`` adds the entries missing from
the catalogues."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

T: dict = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


C = "KeysTab"
add(C, "Earlier keys:", "Clés précédentes :", "Claves anteriores:", "Прежние ключи:", "المفاتيح السابقة:", "以前的密钥：")
add(C, "Earlier keys", "Clés précédentes", "Claves anteriores", "Прежние ключи", "المفاتيح السابقة", "以前的密钥")
add(C, "none (these are the first keys)", "aucune (ce sont les premières clés)", "ninguna (son las primeras claves)",
    "нет (это первые ключи)", "لا توجد (هذه هي المفاتيح الأولى)", "无（这是最初的密钥）")
add(C, "replaced %1", "remplacées le %1", "sustituidas el %1", "заменены %1", "استُبدلت في %1", "已于 %1 更换")
add(C, "revoked %1", "révoquées le %1", "revocadas el %1", "отозваны %1", "أُلغيت في %1", "已于 %1 吊销")


def insert(folder: Path) -> None:
    for lang in ("en", "fr", "es", "ru", "ar", "zh"):
        path = folder / f"fielddesk_{lang}.ts"
        text = path.read_text(encoding="utf-8")
        for (context, source), texts in T.items():
            start = text.index(f"<name>{context}</name>")
            end = text.index("</context>", start)
            escaped = html.escape(source, quote=False)
            if re.search(f"<source>{re.escape(escaped)}</source>", text[start:end]):
                continue
            translation = ('<translation type="unfinished"></translation>' if lang == "en"
                           else f"<translation>{html.escape(texts[lang], quote=False)}</translation>")
            entry = f"    <message>\n        <source>{escaped}</source>\n        {translation}\n    </message>\n"
            text = text[:end] + entry + text[end:]
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    insert(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "resources" / "i18n")
