"""Translations of the date field (fr, es, ru, ar, zh): its placeholder, its calendar and what it says about a typed
text that is no date."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str, comment: str = "") -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}
    if comment:
        COMMENTS[(context, source)] = comment


COMMENTS: dict = {}

C = "DateInput"
# the placeholder's words, put in the order of the language's short date format (e.g. jj/mm/aaaa)
add(C, "dd", "jj", "dd", "дд", "يوم", "日", comment="day in a date format")
add(C, "mm", "mm", "mm", "мм", "شهر", "月", comment="month in a date format")
add(C, "yyyy", "aaaa", "aaaa", "гггг", "سنة", "年", comment="year in a date format")
add(C, "Type the date as %1 or as %2, or press Alt+Down for a calendar.",
    "Tapez la date sous la forme %1 ou %2, ou appuyez sur Alt+Bas pour un calendrier.",
    "Escriba la fecha como %1 o como %2, o pulse Alt+Abajo para ver un calendario.",
    "Введите дату в виде %1 или %2 либо нажмите Alt+Вниз, чтобы открыть календарь.",
    "اكتب التاريخ بالشكل %1 أو %2، أو اضغط Alt+السهم لأسفل لفتح التقويم.",
    "请按 %1 或 %2 的格式输入日期，或按 Alt+向下键打开日历。")
add(C, "Calendar (Alt+Down)", "Calendrier (Alt+Bas)", "Calendario (Alt+Abajo)", "Календарь (Alt+Вниз)",
    "التقويم (Alt+السهم لأسفل)", "日历（Alt+向下键）")
add(C, "Open the calendar", "Ouvrir le calendrier", "Abrir el calendario", "Открыть календарь", "فتح التقويم",
    "打开日历")
add(C, "\u201c%1\u201d is not a date. Type it as %2 or as %3.",
    "« %1 » n’est pas une date. Tapez-la sous la forme %2 ou %3.",
    "«%1» no es una fecha. Escríbala como %2 o como %3.",
    "«%1» — не дата. Введите её в виде %2 или %3.",
    "«%1» ليس تاريخًا. اكتبه بالشكل %2 أو %3.",
    "“%1”不是日期。请按 %2 或 %3 的格式输入。")
add(C, "\u201c%1\u201d: write the year in full, with four digits.",
    "« %1 » : écrivez l’année en entier, avec quatre chiffres.",
    "«%1»: escriba el año completo, con cuatro cifras.",
    "«%1»: укажите год полностью, четырьмя цифрами.",
    "«%1»: اكتب السنة كاملة بأربعة أرقام.",
    "“%1”：请写出完整的四位数年份。")
add(C, "\u201c%1\u201d is not a date: there is no month %2.",
    "« %1 » n’est pas une date : il n’y a pas de mois %2.",
    "«%1» no es una fecha: no existe el mes %2.",
    "«%1» — не дата: месяца %2 не существует.",
    "«%1» ليس تاريخًا: لا يوجد شهر رقم %2.",
    "“%1”不是日期：没有第 %2 个月。")
add(C, "\u201c%1\u201d is not a date: %2 %3 has %4 days.",
    "« %1 » n’est pas une date : %2 %3 a %4 jours.",
    "«%1» no es una fecha: %2 de %3 tiene %4 días.",
    "«%1» — не дата: в месяце %2 %3 года %4 дн.",
    "«%1» ليس تاريخًا: شهر %2 %3 فيه %4 يومًا.",
    "“%1”不是日期：%3年%2只有 %4 天。")
add(C, "\u201c%1\u201d is outside the dates this field accepts (%2 to %3).",
    "« %1 » est en dehors des dates que ce champ accepte (du %2 au %3).",
    "«%1» está fuera de las fechas que admite este campo (del %2 al %3).",
    "«%1» вне допустимых для этого поля дат (с %2 по %3).",
    "«%1» خارج نطاق التواريخ التي يقبلها هذا الحقل (من %2 إلى %3).",
    "“%1”超出了此字段接受的日期范围（%2 至 %3）。")

TEXTS = T
