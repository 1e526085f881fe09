"""Translations of the privacy screens (fr, es, ru, ar, zh): erasing a participant's personal data, the subject
access report's name, and File > Access record. Run this file to insert the entries that the .ts catalogues lack
into their context (``make translations-update`` would drop entries other people have not merged yet):

    .venv/bin/python tools/translations/privacy_ui.py && make translations
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

T: dict = {}
PLURALS: dict = {}  # (context, source) -> {lang: [forms]} for %n messages
LANGS = ("fr", "es", "ru", "ar", "zh")


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = dict(zip(LANGS, (fr, es, ru, ar, zh), strict=True))


def plural(context: str, source: str, **forms: list[str]) -> None:
    PLURALS[(context, source)] = forms


C = "EraseDialog"
add(C, "Erase personal data", "Effacer les données personnelles", "Borrar los datos personales",
    "Удалить персональные данные", "محو البيانات الشخصية", "删除个人数据")
add(C, "Erase the personal data of \u201c%1\u201d?\n\n"
       "Their name, e-mail, phone, organisation and position are replaced by a pseudonym here, in the history "
       "of changes and in the search index, and their attachments are deleted. Sex, stakeholder type, country "
       "and their activities with attendance and scores are kept, so statistics do not change.\n\n"
       "The erasure goes with the next bundle to every site that holds this participant, and is applied there "
       "too. It cannot be undone. Backups made before the erasure keep the data until they are rotated out.",
    "Effacer les données personnelles de « %1 » ?\n\n"
    "Son nom, son courriel, son téléphone, son organisation et sa fonction sont remplacés par un pseudonyme ici, "
    "dans l’historique des modifications et dans l’index de recherche, et ses pièces jointes sont supprimées. Le "
    "sexe, le type de partie prenante, le pays et ses activités avec présence et notes sont conservés : les "
    "statistiques ne changent pas.\n\n"
    "L’effacement part avec le prochain paquet vers chaque site qui détient ce participant et y est appliqué "
    "aussi. Il est irréversible. Les sauvegardes faites avant l’effacement gardent les données jusqu’à leur "
    "rotation.",
    "¿Borrar los datos personales de «%1»?\n\n"
    "Su nombre, correo electrónico, teléfono, organización y cargo se sustituyen por un seudónimo aquí, en el "
    "historial de cambios y en el índice de búsqueda, y sus archivos adjuntos se eliminan. Se conservan el sexo, "
    "el tipo de actor, el país y sus actividades con asistencia y puntuaciones, así que las estadísticas no "
    "cambian.\n\n"
    "El borrado viaja con el próximo paquete a cada sede que tenga a este participante y se aplica allí también. "
    "No se puede deshacer. Las copias de seguridad hechas antes del borrado conservan los datos hasta que se "
    "renuevan.",
    "Удалить персональные данные «%1»?\n\n"
    "Имя, эл. почта, телефон, организация и должность заменяются псевдонимом здесь, в истории изменений и в "
    "поисковом индексе, а прикреплённые файлы удаляются. Пол, тип заинтересованной стороны, страна и мероприятия "
    "с посещаемостью и оценками сохраняются, поэтому статистика не меняется.\n\n"
    "Удаление уйдёт со следующим пакетом на все площадки, где есть этот участник, и будет применено и там. "
    "Отменить его нельзя. Резервные копии, сделанные до удаления, хранят данные, пока не будут заменены.",
    "هل تريد محو البيانات الشخصية لـ «%1»؟\n\n"
    "يُستبدل اسمه وبريده الإلكتروني وهاتفه ومنظمته ومنصبه باسم مستعار هنا وفي سجل التغييرات وفهرس البحث، "
    "وتُحذف مرفقاته. ويُحتفظ بالجنس ونوع الجهة المعنية والبلد وأنشطته مع الحضور والدرجات، فلا تتغير الإحصاءات.\n\n"
    "يُرسل المحو مع الحزمة التالية إلى كل موقع يحتفظ بهذا المشارك ويُطبَّق هناك أيضًا. ولا يمكن التراجع عنه. "
    "وتحتفظ النسخ الاحتياطية المأخوذة قبل المحو بالبيانات إلى أن تُستبدل.",
    "删除“%1”的个人数据？\n\n"
    "其姓名、电子邮件、电话、组织和职务将在此处、更改历史和搜索索引中替换为化名，其附件将被删除。性别、利益攸关方类型、"
    "国家以及其活动（含出勤和成绩）将保留，因此统计数据不变。\n\n"
    "删除操作将随下一个数据包发送到保存该参与者的每个站点，并在那里同样执行。此操作无法撤销。删除前制作的备份在轮换淘汰前"
    "仍保留这些数据。")
add(C, "Why (kept here; do not name the person)", "Pourquoi (conservé ici ; ne nommez pas la personne)",
    "Por qué (se guarda aquí; no nombre a la persona)", "Причина (хранится здесь; не называйте человека)",
    "السبب (يُحفظ هنا؛ لا تذكر اسم الشخص)", "原因（保存在本地；请勿写出此人姓名）")
add(C, "Reason for the erasure", "Motif de l’effacement", "Motivo del borrado", "Причина удаления", "سبب المحو",
    "删除原因")
add(C, "Reason:", "Motif :", "Motivo:", "Причина:", "السبب:", "原因：")
add(C, "Erasing personal data", "Effacement des données personnelles", "Borrando los datos personales",
    "Удаление персональных данных", "جارٍ محو البيانات الشخصية", "正在删除个人数据")

C = "ParticipantEditor"
add(C, "Erase personal data\u2026", "Effacer les données personnelles\u2026", "Borrar los datos personales\u2026",
    "Удалить персональные данные\u2026", "محو البيانات الشخصية\u2026", "删除个人数据\u2026")
add(C, "The person asked to be forgotten: replace their name and contacts with a pseudonym here and at every site",
    "La personne a demandé à être oubliée : remplacer son nom et ses coordonnées par un pseudonyme ici et sur "
    "chaque site",
    "La persona pidió ser olvidada: sustituir su nombre y sus datos de contacto por un seudónimo aquí y en todas "
    "las sedes",
    "Человек попросил забыть его: заменить имя и контакты псевдонимом здесь и на всех площадках",
    "طلب الشخص أن يُنسى: استبدال اسمه وبيانات اتصاله باسم مستعار هنا وفي كل موقع",
    "此人要求被遗忘：在此处及所有站点将其姓名和联系方式替换为化名")

add("Reports", "Everything held about this person", "Tout ce qui est conservé sur cette personne",
    "Todo lo que se guarda sobre esta persona", "Все данные об этом человеке", "كل ما يُحتفظ به عن هذا الشخص",
    "保存的此人全部信息")

C = "AccessModel"
add(C, "When (UTC)", "Quand (UTC)", "Cuándo (UTC)", "Когда (UTC)", "متى (UTC)", "时间（UTC）")
add(C, "Who", "Qui", "Quién", "Кто", "من", "人员")
add(C, "Kind", "Type", "Tipo", "Вид", "النوع", "类型")
add(C, "What", "Quoi", "Qué", "Что", "ماذا", "内容")
add(C, "People", "Personnes", "Personas", "Людей", "الأشخاص", "人数")
add(C, "File, office or record", "Fichier, bureau ou fiche", "Archivo, oficina o ficha", "Файл, отделение или запись",
    "الملف أو المكتب أو السجل", "文件、办事处或记录")
add(C, "Report", "Rapport", "Informe", "Отчёт", "تقرير", "报告")
add(C, "Spreadsheet", "Tableur", "Hoja de cálculo", "Таблица", "جدول بيانات", "电子表格")
add(C, "Bundle", "Paquet", "Paquete", "Пакет", "حزمة", "数据包")
add(C, "Subject access report", "Rapport d’accès de la personne", "Informe de acceso de la persona",
    "Отчёт для субъекта данных", "تقرير اطلاع صاحب البيانات", "数据主体查阅报告")
add(C, "Erasure", "Effacement", "Borrado", "Удаление", "محو", "删除")

C = "AccessRecordDialog"
add(C, "Access record", "Registre des accès", "Registro de accesos", "Журнал доступа", "سجل الاطلاع", "访问记录")
add(C, "Kind", "Type", "Tipo", "Вид", "النوع", "类型")
add(C, "Everything", "Tout", "Todo", "Всё", "الكل", "全部")
add(C, "Search what was made, its file, office or record", "Chercher ce qui a été fait, son fichier, bureau ou fiche",
    "Buscar lo que se hizo, su archivo, oficina o ficha", "Поиск по действию, файлу, отделению или записи",
    "ابحث فيما أُنجز أو ملفه أو مكتبه أو سجله", "搜索操作内容、文件、办事处或记录")
add(C, "Search the access record", "Chercher dans le registre des accès", "Buscar en el registro de accesos",
    "Поиск в журнале доступа", "البحث في سجل الاطلاع", "搜索访问记录")
add(C, "Export for an audit\u2026", "Exporter pour un audit\u2026", "Exportar para una auditoría\u2026",
    "Экспорт для проверки\u2026", "تصدير للتدقيق\u2026", "导出以供审计\u2026")
add(C, "&Kind:", "&Type :", "&Tipo:", "&Вид:", "ال&نوع:", "类型(&K)：")
add(C, "Every report, spreadsheet, bundle, subject access report and erasure made here: who, when, what and for "
       "how many people. It never holds the personal data itself.",
    "Chaque rapport, tableur, paquet, rapport d’accès et effacement fait ici : qui, quand, quoi et pour combien "
    "de personnes. Il ne contient jamais les données personnelles elles-mêmes.",
    "Cada informe, hoja de cálculo, paquete, informe de acceso y borrado hecho aquí: quién, cuándo, qué y para "
    "cuántas personas. Nunca contiene los datos personales en sí.",
    "Каждый отчёт, таблица, пакет, отчёт для субъекта данных и удаление, сделанные здесь: кто, когда, что и для "
    "скольких людей. Сами персональные данные здесь не хранятся.",
    "كل تقرير وجدول بيانات وحزمة وتقرير اطلاع ومحو أُجري هنا: من ومتى وماذا ولكم شخص. ولا يحتوي أبدًا على "
    "البيانات الشخصية نفسها.",
    "此处生成的每份报告、电子表格、数据包、数据主体查阅报告和删除操作：由谁、何时、做了什么、涉及多少人。其中从不包含个人"
    "数据本身。")
add(C, "Export the access record", "Exporter le registre des accès", "Exportar el registro de accesos",
    "Экспорт журнала доступа", "تصدير سجل الاطلاع", "导出访问记录")
add(C, "CSV files (*.csv)", "Fichiers CSV (*.csv)", "Archivos CSV (*.csv)", "Файлы CSV (*.csv)",
    "ملفات CSV (*.csv)", "CSV 文件 (*.csv)")
plural(C, "%n event(s)", en=["%n event", "%n events"], fr=["%n événement", "%n événements"],
       es=["%n evento", "%n eventos"], ru=["%n запись", "%n записи", "%n записей"],
       ar=["لا أحداث", "حدث واحد", "حدثان", "%n أحداث", "%n حدثًا", "%n حدث"], zh=["%n 个事件"])
plural(C, "%n event(s) written to %1.", en=["%n event written to %1.", "%n events written to %1."],
       fr=["%n événement écrit dans %1.", "%n événements écrits dans %1."],
       es=["%n evento escrito en %1.", "%n eventos escritos en %1."],
       ru=["%n запись записана в %1.", "%n записи записаны в %1.", "%n записей записано в %1."],
       ar=["لم يُكتب أي حدث في %1.", "كُتب حدث واحد في %1.", "كُتب حدثان في %1.", "كُتبت %n أحداث في %1.",
           "كُتب %n حدثًا في %1.", "كُتب %n حدث في %1."],
       zh=["已将 %n 个事件写入 %1。"])

C = "MainWindow"
add(C, "A&ccess record\u2026", "Registre des a&ccès\u2026", "Registro de a&ccesos\u2026", "Журнал д&оступа\u2026",
    "سجل الا&طلاع\u2026", "访问记录(&C)\u2026")
add(C, "Who printed or exported whose data here, for an audit",
    "Qui a imprimé ou exporté les données de qui ici, pour un audit",
    "Quién imprimió o exportó los datos de quién aquí, para una auditoría",
    "Кто распечатал или выгрузил чьи данные здесь — для проверки",
    "من طبع أو صدّر بيانات من هنا، للتدقيق", "谁在此处打印或导出了谁的数据，供审计使用")

add("OfficesTab", "Erasures not yet confirmed", "Effacements non encore confirmés", "Borrados aún sin confirmar",
    "Неподтверждённые удаления", "عمليات محو لم تُؤكَّد بعد", "尚未确认的删除")

TEXTS = T
I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def _xml(text: str) -> str:
    """Escaped the way lupdate writes it."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
            .replace('"', "&quot;"))


def _message(lang: str, context: str, source: str, forms: dict | None) -> str:
    lines = ["    <message numerus=\"yes\">" if forms else "    <message>",
             f"        <source>{_xml(source)}</source>"]
    if forms:
        lines.append("        <translation>")
        lines += [f"            <numerusform>{_xml(form)}</numerusform>" for form in forms[lang]]
        lines.append("        </translation>")
    elif lang == "en":
        lines.append("        <translation type=\"unfinished\"></translation>")  # English is the source text
    else:
        lines.append(f"        <translation>{_xml(T[(context, source)][lang])}</translation>")
    lines.append("    </message>")
    return "\n".join(lines) + "\n"


def insert() -> int:
    """Adds each message its catalogue lacks at the end of its context (a new context before </TS>), leaving every
    other byte of the file as it was."""
    added = 0
    for ts in sorted(I18N.glob("fielddesk_*.ts")):
        lang = ts.stem.split("_")[1]
        text = ts.read_text(encoding="utf-8")
        known = {(c.find("name").text, m.find("source").text)
                 for c in ET.fromstring(text).iter("context") for m in c.iter("message")}
        for (context, source), forms in [*((k, None) for k in T), *PLURALS.items()]:
            if (context, source) in known:
                continue
            block = _message(lang, context, source, forms)
            head = f"<context>\n    <name>{context}</name>\n"
            at = text.find(head)
            if at < 0:
                end = text.rindex("</TS>")
                text = text[:end] + head + block + "</context>\n" + text[end:]
            else:
                end = text.index("</context>", at)
                text = text[:end] + block + text[end:]
            known.add((context, source))
            added += 1
        ts.write_text(text, encoding="utf-8")
    return added


if __name__ == "__main__":
    print(f"inserted {insert()} messages")
    sys.exit(0)
