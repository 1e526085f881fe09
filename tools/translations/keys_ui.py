"""Translations of what the Sync page's keys tab says about keys replaced (keys rotate) or revoked (keys revoke), here
and by trusted offices, and of the passphrase form's strength note (fr, es, ru, ar, zh). ``python tools/translations/keys_ui.py`` adds the entries missing from
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

C = "NewPassphraseForm"
add(C, "Too easy to guess: common words, names, dates, keyboard patterns and repeats are tried first. Use three or "
       "four unrelated words, or a sentence of your own.",
    "Trop facile à deviner : les mots courants, les noms, les dates, les suites de touches et les répétitions sont "
    "essayés en premier. Choisissez trois ou quatre mots sans rapport entre eux, ou une phrase à vous.",
    "Demasiado fácil de adivinar: las palabras comunes, los nombres, las fechas, las secuencias del teclado y las "
    "repeticiones se prueban primero. Use tres o cuatro palabras sin relación entre sí, o una frase propia.",
    "Слишком легко угадать: обычные слова, имена, даты, последовательности клавиш и повторы перебирают в первую "
    "очередь. Возьмите три-четыре не связанных между собой слова или собственную фразу.",
    "من السهل جدًا تخمينها: الكلمات الشائعة والأسماء والتواريخ وتسلسلات لوحة المفاتيح والتكرار تُجرَّب أولًا. استخدم "
    "ثلاث أو أربع كلمات لا رابط بينها، أو جملة من تأليفك.",
    "太容易被猜到：常用词、人名、日期、键盘上的连续按键和重复字符都会被优先尝试。请使用三四个互不相关的词，或一句你自己的话。")


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
