"""Translations of what the Sync page's keys tab says about keys replaced (keys rotate) or revoked (keys revoke), here
and by trusted offices, and of the passphrase form's strength note (fr, es, ru, ar, zh).
``python tools/translations/keys_ui.py`` adds the entries missing from the catalogues."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

T: dict = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


C = "KeysTab"
add(C, "Earlier keys:", "Clés précédentes :", "Claves anteriores:", "Прежние ключи:", "المفاتيح السابقة:",
    "以前的密钥：")
add(C, "Earlier keys", "Clés précédentes", "Claves anteriores", "Прежние ключи", "المفاتيح السابقة", "以前的密钥")
add(C, "none (these are the first keys)", "aucune (ce sont les premières clés)", "ninguna (son las primeras claves)",
    "нет (это первые ключи)", "لا توجد (هذه هي المفاتيح الأولى)", "无（这是最初的密钥）")
add(C, "replaced %1", "remplacées le %1", "sustituidas el %1", "заменены %1", "استُبدلت في %1", "已于 %1 更换")
add(C, "revoked %1", "révoquées le %1", "revocadas el %1", "отозваны %1", "أُلغيت في %1", "已于 %1 吊销")
add(C, "This headquarters profile's private keys lie unencrypted in its folder: whoever copies them can read every "
       "office's bundles and sign as headquarters. Encrypt them with 'fielddesk encrypt' (the window then asks for "
       "the passphrase when it starts).",
    "Les clés privées de ce profil du siège sont en clair dans son dossier : quiconque les copie peut lire les "
    "paquets de tous les bureaux et signer au nom du siège. Chiffrez-les avec « fielddesk encrypt » (la fenêtre "
    "demandera alors la phrase secrète au démarrage).",
    "Las claves privadas de este perfil de la sede están sin cifrar en su carpeta: quien las copie puede leer los "
    "paquetes de todas las oficinas y firmar como la sede. Cífrelas con «fielddesk encrypt» (la ventana pedirá "
    "entonces la frase de contraseña al iniciarse).",
    "Закрытые ключи этого профиля штаб-квартиры хранятся в его папке незашифрованными: тот, кто их скопирует, "
    "сможет читать пакеты всех отделений и подписывать от имени штаб-квартиры. Зашифруйте их командой «fielddesk "
    "encrypt» (после этого окно будет запрашивать парольную фразу при запуске).",
    "المفاتيح الخاصة لملف المقر هذا محفوظة دون تشفير في مجلده: من ينسخها يستطيع قراءة حزم جميع المكاتب والتوقيع "
    "باسم المقر. شفّرها بالأمر «fielddesk encrypt» (وستطلب النافذة عندئذ عبارة المرور عند بدء التشغيل).",
    "此总部配置文件的私钥以明文保存在其文件夹中：任何复制它们的人都能读取所有办事处的数据包并以总部名义签名。"
    "请用“fielddesk encrypt”加密它们（之后窗口在启动时会要求输入口令）。")


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
    "太容易被猜到：常用词、人名、日期、键盘上的连续按键和重复字符都会被优先尝试。请使用三四个互不相关的词，或一句你自己"
    "的话。")

C = "BackupsDialog"
add(C, "Back up now and copy the backup to a folder, for example on a USB stick, with a key file that opens it with "
       "the recovery key",
    "Sauvegarder maintenant et copier la sauvegarde dans un dossier, par exemple sur une clé USB, avec un fichier de "
    "clé qui l’ouvre avec la clé de récupération",
    "Hacer ahora una copia de seguridad y copiarla en una carpeta, por ejemplo en una memoria USB, con un archivo de "
    "clave que la abre con la clave de recuperación",
    "Создать резервную копию сейчас и скопировать её в папку, например на USB-накопитель, вместе с файлом ключа, "
    "который открывает её ключом восстановления",
    "إنشاء نسخة احتياطية الآن ونسخها إلى مجلد، على ذاكرة USB مثلًا، مع ملف مفتاح يفتحها بمفتاح الاسترداد",
    "立即备份并将备份复制到某个文件夹（例如 U 盘），同时附上可用恢复密钥打开它的密钥文件")
add(C, "Backed up and copied to %1, with a key file that opens it with the recovery key only (not with the "
       "passphrase: an old copy never opens with an old passphrase).",
    "Sauvegardé et copié dans %1, avec un fichier de clé qui l’ouvre avec la clé de récupération seulement (pas avec "
    "la phrase secrète : une ancienne copie ne s’ouvre jamais avec une ancienne phrase secrète).",
    "Copia de seguridad hecha y copiada en %1, con un archivo de clave que la abre solo con la clave de recuperación "
    "(no con la frase de contraseña: una copia antigua nunca se abre con una frase antigua).",
    "Резервная копия создана и скопирована в %1 вместе с файлом ключа, который открывает её только ключом "
    "восстановления (не парольной фразой: старая копия никогда не откроется старой фразой).",
    "تم النسخ الاحتياطي والنسخ إلى %1، مع ملف مفتاح يفتحها بمفتاح الاسترداد فقط (لا بعبارة المرور: النسخة القديمة "
    "لا تُفتح أبدًا بعبارة مرور قديمة).",
    "已备份并复制到 %1，附带的密钥文件只能用恢复密钥打开它（不能用口令：旧副本绝不会被旧口令打开）。")


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
