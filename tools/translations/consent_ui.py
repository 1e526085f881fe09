"""Translations of the participant's consent to share the name and its date (fr, es, ru, ar, zh)."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


C = "ParticipantEditor"
add(C, "Name shared", "Nom communiqué", "Nombre compartido", "Передача имени", "مشاركة الاسم", "姓名共享")
add(C, "Agrees that the name is shared with headquarters", "Accepte que son nom soit communiqué au siège",
    "Acepta que su nombre se comparta con la sede", "Согласен на передачу имени в штаб-квартиру",
    "يوافق على مشاركة اسمه مع المقر", "同意将姓名提供给总部")
add(C, "Without this, the name leaves the office only as a pseudonym (bundles to headquarters, exported "
       "spreadsheets).",
    "Sans cet accord, le nom ne quitte le bureau que sous un pseudonyme (paquets pour le siège, tableurs exportés).",
    "Sin este consentimiento, el nombre solo sale de la oficina como seudónimo (paquetes para la sede, hojas de "
    "cálculo exportadas).",
    "Без этого согласия имя покидает отделение только в виде псевдонима (пакеты для штаб-квартиры, "
    "экспортированные таблицы).",
    "من دون هذه الموافقة لا يغادر الاسم المكتب إلا باسم مستعار (الحزم المرسلة إلى المقر، وجداول البيانات المصدَّرة).",
    "未经同意，姓名离开本办事处时只以化名出现（发往总部的数据包、导出的电子表格）。")
add(C, "Consent given on", "Consentement donné le", "Consentimiento dado el", "Дата согласия", "تاريخ الموافقة",
    "同意日期")
add("AccessModel", "Retention sweep", "Nettoyage de conservation", "Depuración de conservación",
    "Очистка по срокам хранения", "تنظيف حسب مدة الاحتفاظ", "保存期限清理")
