"""Translations of the retention settings in Preferences and of the daily sweep's failure (fr, es, ru, ar, zh)."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


C = "RetentionSection"
add(C, "Retention of personal data", "Conservation des données personnelles", "Conservación de los datos personales",
    "Хранение персональных данных", "الاحتفاظ بالبيانات الشخصية", "个人数据的保存")
add(C, "Headquarters sets how long personal data is kept; every office applies it in a daily sweep.",
    "Le siège fixe la durée de conservation des données personnelles ; chaque bureau l'applique lors d'un "
    "nettoyage quotidien.",
    "La sede fija cuánto tiempo se conservan los datos personales; cada oficina lo aplica en una depuración diaria.",
    "Штаб-квартира устанавливает сроки хранения персональных данных; каждое отделение применяет их при "
    "ежедневной очистке.",
    "يحدد المقر مدة الاحتفاظ بالبيانات الشخصية؛ ويطبقها كل مكتب في عملية تنظيف يومية.",
    "总部规定个人数据的保存期限；各办事处每天清理时执行。")
add(C, "Set by headquarters; applied here in a daily sweep.",
    "Fixé par le siège ; appliqué ici lors d'un nettoyage quotidien.",
    "Fijado por la sede; se aplica aquí en una depuración diaria.",
    "Устанавливается штаб-квартирой; применяется здесь при ежедневной очистке.",
    "يحدده المقر؛ ويُطبَّق هنا في عملية تنظيف يومية.",
    "由总部规定；本处每天清理时执行。")
add(C, "Contact &details, after the last activity:", "&Coordonnées, après la dernière activité :",
    "&Datos de contacto, tras la última actividad:", "&Контактные данные после последней активности:",
    "بيانات الا&تصال، بعد آخر نشاط:", "联系方式（最后一次活动后）(&D)：")
add(C, "Records of &erasures:", "Traces des &effacements :", "Registros de &supresiones:",
    "Записи об &удалениях:", "سجلات ال&محو:", "删除记录(&E)：")
add(C, "Backups made by &hand:", "Sauvegardes &manuelles :", "Copias de seguridad &manuales:",
    "&Резервные копии, сделанные вручную:", "النسخ الاحتياطية ال&يدوية:", "手动备份(&H)：")
add(C, " months", " mois", " meses", " мес.", " شهرًا", " 个月")
add(C, "Not in use.", "Non appliqué.", "No se aplica.", "Не применяется.", "غير مستخدم.", "未启用。")
add(C, "Participants whose contact details are removed at today's sweep: %1",
    "Participants dont les coordonnées sont supprimées au nettoyage d'aujourd'hui : %1",
    "Participantes cuyos datos de contacto se eliminan en la depuración de hoy: %1",
    "Участники, чьи контактные данные удаляются при сегодняшней очистке: %1",
    "المشاركون الذين تُحذف بيانات الاتصال الخاصة بهم في تنظيف اليوم: %1",
    "今天清理时删除联系方式的参与者：%1")
add(C, "Erasure records removed at today's sweep: %1",
    "Traces d'effacement supprimées au nettoyage d'aujourd'hui : %1",
    "Registros de supresión eliminados en la depuración de hoy: %1",
    "Записи об удалениях, удаляемые при сегодняшней очистке: %1",
    "سجلات المحو التي تُحذف في تنظيف اليوم: %1",
    "今天清理时删除的删除记录：%1")
add(C, "Manual backups proposed for deletion now: %1",
    "Sauvegardes manuelles proposées à la suppression maintenant : %1",
    "Copias de seguridad manuales propuestas para eliminar ahora: %1",
    "Резервные копии, сделанные вручную, предлагаемые к удалению сейчас: %1",
    "النسخ الاحتياطية اليدوية المقترح حذفها الآن: %1",
    "现在建议删除的手动备份：%1")
add(C, "Participants whose contact details will be removed on %1: %2",
    "Participants dont les coordonnées seront supprimées le %1 : %2",
    "Participantes cuyos datos de contacto se eliminarán el %1: %2",
    "Участники, чьи контактные данные будут удалены %1: %2",
    "المشاركون الذين ستُحذف بيانات الاتصال الخاصة بهم في %1: %2",
    "将于 %1 删除联系方式的参与者：%2")
add(C, "Erasure records that will be removed on %1: %2",
    "Traces d'effacement qui seront supprimées le %1 : %2",
    "Registros de supresión que se eliminarán el %1: %2",
    "Записи об удалениях, которые будут удалены %1: %2",
    "سجلات المحو التي ستُحذف في %1: %2",
    "将于 %1 删除的删除记录：%2")
add(C, "Manual backups proposed for deletion on %1: %2",
    "Sauvegardes manuelles proposées à la suppression le %1 : %2",
    "Copias de seguridad manuales propuestas para eliminar el %1: %2",
    "Резервные копии, сделанные вручную, предлагаемые к удалению %1: %2",
    "النسخ الاحتياطية اليدوية المقترح حذفها في %1: %2",
    "将于 %1 建议删除的手动备份：%2")
add(C, "Nothing in the next 90 days.", "Rien dans les 90 prochains jours.", "Nada en los próximos 90 días.",
    "Ничего в ближайшие 90 дней.", "لا شيء خلال الأيام التسعين القادمة.", "未来 90 天内没有。")
add("Startup", "The daily retention sweep could not be made",
    "Le nettoyage quotidien des données n'a pas pu être fait",
    "No se pudo hacer la depuración diaria de los datos",
    "Не удалось выполнить ежедневную очистку данных",
    "تعذّر إجراء التنظيف اليومي للبيانات",
    "无法完成每日数据清理")
