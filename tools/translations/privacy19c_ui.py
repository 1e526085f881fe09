"""Translations (fr, es, ru, ar, zh) of what Preferences > Retention says of an office's own pseudonym setting: it
covers the office's reports for sharing and spreadsheets too (issue 19)."""

T = {}
COMMENTS: dict = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


add("RetentionSection", "This office's reports for sharing and spreadsheets show the pseudonyms too.",
    "Les rapports à partager et les tableurs de ce bureau montrent aussi les pseudonymes.",
    "Los informes para compartir y las hojas de cálculo de esta oficina también muestran los seudónimos.",
    "Отчёты этого отделения для передачи и электронные таблицы тоже показывают псевдонимы.",
    "تعرض تقارير هذا المكتب المعدّة للمشاركة وجداول البيانات الأسماء المستعارة أيضًا.",
    "本办事处供共享的报告和电子表格也显示化名。")
add("ParticipantEditor", "Headquarters holds this participant under their office's pseudonym and cannot tell who "
    "they are: their office, which holds the name, erases them.",
    "Le siège détient ce participant sous le pseudonyme de son bureau et ne peut pas savoir qui il est : son bureau, "
    "qui détient le nom, l'efface.",
    "La sede guarda a este participante bajo el seudónimo de su oficina y no puede saber quién es: su oficina, que "
    "guarda el nombre, lo borra.",
    "Штаб-квартира хранит этого участника под псевдонимом его отделения и не может знать, кто это: стирает его "
    "отделение, у которого есть имя.",
    "يحفظ المقر هذا المشارك باسم مستعار خاص بمكتبه ولا يستطيع معرفة هويته: مكتبه، الذي يحفظ الاسم، هو من يمحوه.",
    "总部以其办事处的化名保存该参与者，无法知道其身份：由保存其姓名的办事处将其删除。")
add("AccessModel", "Data export (JSON)", "Exportation des données (JSON)", "Exportación de datos (JSON)",
    "Экспорт данных (JSON)", "تصدير البيانات (JSON)", "数据导出（JSON）")
