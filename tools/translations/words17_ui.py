"""Counts on screen that said "change(s)" and "partner(s)": numerus forms in the six languages (Qt's plural rules:
English, French and Spanish two forms, Russian three, Arabic six (0, 1, 2, 3-10, 11-99, 100+), Chinese one), and
the sentences that now take the counted words whole."""

T = {}
NUMERUS = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


def forms(context: str, source: str, en: list[str], fr: list[str], es: list[str], ru: list[str], ar: list[str],
          zh: list[str]) -> None:
    NUMERUS[(context, source)] = {"en": en, "fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


forms("SyncStatusPanel", "%Ln change(s) not yet confirmed by headquarters, the oldest from %1.",
      ["%Ln change not yet confirmed by headquarters, from %1.",
       "%Ln changes not yet confirmed by headquarters, the oldest from %1."],
      ["%Ln modification pas encore confirmée par le siège, du %1.",
       "%Ln modifications pas encore confirmées par le siège, la plus ancienne du %1."],
      ["%Ln cambio aún no confirmado por la sede, del %1.",
       "%Ln cambios aún no confirmados por la sede; el más antiguo del %1."],
      ["%Ln изменение ещё не подтверждено штаб-квартирой, от %1.",
       "%Ln изменения ещё не подтверждены штаб-квартирой, самое раннее от %1.",
       "%Ln изменений ещё не подтверждены штаб-квартирой, самое раннее от %1."],
      ["%Ln تغيير لم يؤكدها المقر الرئيسي بعد، أقدمها بتاريخ %1.",
       "تغيير واحد لم يؤكده المقر الرئيسي بعد، بتاريخ %1.",
       "تغييران لم يؤكدهما المقر الرئيسي بعد، أقدمهما بتاريخ %1.",
       "%Ln تغييرات لم يؤكدها المقر الرئيسي بعد، أقدمها بتاريخ %1.",
       "%Ln تغييرًا لم يؤكدها المقر الرئيسي بعد، أقدمها بتاريخ %1.",
       "%Ln تغيير لم يؤكدها المقر الرئيسي بعد، أقدمها بتاريخ %1."],
      ["总部尚未确认 %Ln 项更改，最早的一项来自 %1。"])
forms("ExchangeTab", "%Ln change(s) that %1 has not confirmed yet, the oldest from %2.",
      ["%Ln change that %1 has not confirmed yet, from %2.",
       "%Ln changes that %1 has not confirmed yet, the oldest from %2."],
      ["%Ln modification que %1 n'a pas encore confirmée, du %2.",
       "%Ln modifications que %1 n'a pas encore confirmées, la plus ancienne du %2."],
      ["%Ln cambio que %1 aún no ha confirmado, del %2.",
       "%Ln cambios que %1 aún no ha confirmado; el más antiguo del %2."],
      ["%Ln изменение ещё не подтверждено %1, от %2.",
       "%Ln изменения ещё не подтверждены %1, самое раннее от %2.",
       "%Ln изменений ещё не подтверждены %1, самое раннее от %2."],
      ["%Ln تغيير لم يؤكدها %1 بعد، أقدمها بتاريخ %2.",
       "تغيير واحد لم يؤكده %1 بعد، بتاريخ %2.",
       "تغييران لم يؤكدهما %1 بعد، أقدمهما بتاريخ %2.",
       "%Ln تغييرات لم يؤكدها %1 بعد، أقدمها بتاريخ %2.",
       "%Ln تغييرًا لم يؤكدها %1 بعد، أقدمها بتاريخ %2.",
       "%Ln تغيير لم يؤكدها %1 بعد، أقدمها بتاريخ %2."],
      ["%1 尚未确认 %Ln 项更改，最早的一项来自 %2。"])
forms("ExchangeTab", "%Ln change(s)", ["%Ln change", "%Ln changes"], ["%Ln modification", "%Ln modifications"],
      ["%Ln cambio", "%Ln cambios"], ["%Ln изменение", "%Ln изменения", "%Ln изменений"],
      ["لا تغييرات", "تغيير واحد", "تغييران", "%Ln تغييرات", "%Ln تغييرًا", "%Ln تغيير"], ["%Ln 项更改"])
forms("ExchangeTab", "%Ln attachment(s)", ["%Ln attachment", "%Ln attachments"],
      ["%Ln pièce jointe", "%Ln pièces jointes"], ["%Ln adjunto", "%Ln adjuntos"],
      ["%Ln вложение", "%Ln вложения", "%Ln вложений"],
      ["لا مرفقات", "مرفق واحد", "مرفقان", "%Ln مرفقات", "%Ln مرفقًا", "%Ln مرفق"], ["%Ln 个附件"])
add("ExchangeTab", "Bundle #%1 for %2 was saved to %3 with %4 and %5. Carry it to %2 and import it there.",
    "Le lot n° %1 pour %2 a été enregistré dans %3 avec %4 et %5. Apportez-le à %2 et importez-le là-bas.",
    "El paquete n.º %1 para %2 se guardó en %3 con %4 y %5. Llévelo a %2 e impórtelo allí.",
    "Пакет № %1 для %2 сохранён в %3: %4, %5. Доставьте его в %2 и импортируйте там.",
    "حُفظت الحزمة رقم %1 الموجّهة إلى %2 في %3 وفيها %4 و%5. انقلها إلى %2 واستوردها هناك.",
    "发给 %2 的第 %1 号数据包已保存到 %3，包含 %4 和 %5。请将其带到 %2 并在那里导入。")
forms("Coordination", "%Ln new partner(s)", ["%Ln new partner", "%Ln new partners"],
      ["%Ln nouveau partenaire", "%Ln nouveaux partenaires"], ["%Ln asociado nuevo", "%Ln asociados nuevos"],
      ["%Ln новый партнёр", "%Ln новых партнёра", "%Ln новых партнёров"],
      ["لا شركاء جدد", "شريك جديد واحد", "شريكان جديدان", "%Ln شركاء جدد", "%Ln شريكًا جديدًا", "%Ln شريك جديد"],
      ["新伙伴 %Ln 个"])
forms("Coordination", "%Ln new activity(ies)", ["%Ln new activity", "%Ln new activities"],
      ["%Ln nouvelle activité", "%Ln nouvelles activités"], ["%Ln actividad nueva", "%Ln actividades nuevas"],
      ["%Ln новый вид деятельности", "%Ln новых вида деятельности", "%Ln новых видов деятельности"],
      ["لا أنشطة جديدة", "نشاط جديد واحد", "نشاطان جديدان", "%Ln أنشطة جديدة", "%Ln نشاطًا جديدًا", "%Ln نشاط جديد"],
      ["新活动 %Ln 项"])
forms("Coordination", "%Ln partner(s)", ["%Ln partner", "%Ln partners"], ["%Ln partenaire", "%Ln partenaires"],
      ["%Ln asociado", "%Ln asociados"], ["%Ln партнёр", "%Ln партнёра", "%Ln партнёров"],
      ["لا شركاء", "شريك واحد", "شريكان", "%Ln شركاء", "%Ln شريكًا", "%Ln شريك"], ["%Ln 个伙伴"])
forms("Coordination", "%Ln activity(ies)", ["%Ln activity", "%Ln activities"], ["%Ln activité", "%Ln activités"],
      ["%Ln actividad", "%Ln actividades"], ["%Ln вид деятельности", "%Ln вида деятельности", "%Ln видов деятельности"],
      ["لا أنشطة", "نشاط واحد", "نشاطان", "%Ln أنشطة", "%Ln نشاطًا", "%Ln نشاط"], ["%Ln 项活动"])
add("Coordination", "%1: %2, %3, %4 already recorded. Import them?",
    "%1 : %2, %3, déjà enregistrés : %4. Les importer ?",
    "%1: %2, %3, ya registrados: %4. ¿Importarlos?",
    "%1: %2, %3, уже записано — %4. Импортировать?",
    "%1: %2، %3، مسجلة بالفعل: %4. هل تريد استيرادها؟",
    "%1：%2，%3，已登记 %4 项。是否导入？")
add("Coordination", "Imported %1 and %2.", "Importé : %1 et %2.", "Se importaron %1 y %2.",
    "Импортировано: %1 и %2.", "تم استيراد %1 و%2.", "已导入 %1 和 %2。")

# amounts written whole, with their currency, by the reports' formatter (app.vocabulary.numerals.currency_text)
add("Grants", "Paid %1 of %2.", "Versé : %1 sur %2.", "Pagado: %1 de %2.", "Выплачено %1 из %2.",
    "المدفوع %1 من %2.", "已付%2中的%1。")
add("Grants", "Warning: the tranches add up to %1, not the grant's %2.",
    "Attention : les tranches totalisent %1, et non les %2 de la subvention.",
    "Atención: los tramos suman %1, no los %2 de la subvención.",
    "Внимание: сумма траншей %1, а не %2, как в гранте.",
    "تنبيه: مجموع الشرائح %1، لا %2 مبلغ المنحة.",
    "警告：各批次合计%1，而非赠款金额%2。")
add("BudgetSection", "Total budget %1; spent %2%3.", "Budget total %1 ; dépensé %2%3.",
    "Presupuesto total %1; gastado %2%3.", "Общий бюджет %1; израсходовано %2%3.",
    "مجموع الميزانية %1؛ المُنفَق %2%3.", "总预算 %1；已支出 %2%3。")
