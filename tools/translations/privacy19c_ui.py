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
