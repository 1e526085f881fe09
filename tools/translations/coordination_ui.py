"""Translations of the Coordination page, its editors and import, the "Partners" tab (others working on this) of
requests, missions and projects, and the ranking's column (fr, es, ru, ar, zh). ``NUMERUS`` holds the counted texts
(plural forms per language). ``python tools/ts_insert.py tools/translations/coordination_ui.py`` inserts both."""

from __future__ import annotations

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}



W = {  # words used in several contexts
    "Partner": ("Partenaire", "Asociado", "Партнёр", "الشريك", "伙伴"),
    "Partners": ("Partenaires", "Asociados", "Партнёры", "الشركاء", "伙伴"),
    "Activity": ("Activité", "Actividad", "Деятельность", "النشاط", "活动"),
    "Activities": ("Activités", "Actividades", "Деятельность", "الأنشطة", "活动"),
    "Country": ("Pays", "País", "Страна", "البلد", "国家"),
    "Existing or planned": ("En cours ou prévue", "En curso o prevista", "Текущая или планируемая",
                            "قائم أو مخطط", "现有或计划中"),
    "Start": ("Début", "Inicio", "Начало", "البداية", "开始"),
    "End": ("Fin", "Fin", "Окончание", "النهاية", "结束"),
    "Thematic areas": ("Domaines thématiques", "Áreas temáticas", "Тематические области", "المجالات المواضيعية",
                       "专题领域"),
    "Thematic area": ("Domaine thématique", "Área temática", "Тематическая область", "المجال المواضيعي",
                      "专题领域"),
    "Target groups": ("Groupes cibles", "Grupos destinatarios", "Целевые группы", "الفئات المستهدفة", "目标群体"),
    "Amount": ("Montant", "Monto", "Сумма", "المبلغ", "金额"),
    "Currency": ("Monnaie", "Moneda", "Валюта", "العملة", "币种"),
    "Office": ("Bureau", "Oficina", "Отделение", "المكتب", "办事处"),
    "Name": ("Nom", "Nombre", "Название", "الاسم", "名称"),
    "Acronym": ("Sigle", "Sigla", "Аббревиатура", "الاختصار", "简称"),
    "Kind": ("Type", "Tipo", "Тип", "النوع", "类型"),
    "Kind of partner": ("Type de partenaire", "Tipo de asociado", "Тип партнёра", "نوع الشريك", "伙伴类型"),
    "Website": ("Site web", "Sitio web", "Веб-сайт", "الموقع الإلكتروني", "网站"),
    "Contact": ("Contact", "Contacto", "Контакт", "جهة الاتصال", "联系方式"),
    "Notes": ("Notes", "Notas", "Примечания", "ملاحظات", "备注"),
    "Start date": ("Date de début", "Fecha de inicio", "Дата начала", "تاريخ البدء", "开始日期"),
    "End date": ("Date de fin", "Fecha de finalización", "Дата окончания", "تاريخ الانتهاء", "结束日期"),
    "Contact person": ("Personne de contact", "Persona de contacto", "Контактное лицо",
                       "الشخص المسؤول عن الاتصال", "联系人"),
    "Cooperation framework outcome": ("Effet du plan-cadre de coopération", "Efecto del marco de cooperación",
                                      "Результат рамочной программы сотрудничества", "نتيجة إطار التعاون",
                                      "合作框架成果"),
    "Source of the information": ("Source de l'information", "Fuente de la información", "Источник информации",
                                  "مصدر المعلومات", "信息来源"),
    "Information as of": ("Information à la date du", "Información al", "Информация на дату", "المعلومات بتاريخ",
                          "信息截至"),
    "Period": ("Période", "Período", "Период", "الفترة", "期间"),
    "Others working on this": ("Autres acteurs sur ce terrain", "Otros que trabajan en esto",
                               "Кто ещё работает в этой области", "جهات أخرى تعمل على هذا", "其他在此开展工作的方"),
    "Import the register from Excel": ("Importer le registre depuis Excel", "Importar el registro desde Excel",
                                       "Импорт реестра из Excel", "استيراد السجل من Excel", "从 Excel 导入登记册"),
}


def words(context: str, *sources: str) -> None:
    for source in sources:
        add(context, source, *W[source])


words("ActivitiesPage", "Activities", "Partner", "Activity", "Country", "Existing or planned", "Start", "End",
      "Thematic areas", "Target groups", "Amount", "Currency", "Office", "Thematic area")
words("PartnersPage", "Partners", "Acronym", "Name", "Kind", "Country", "Website", "Office")
words("PartnerEditor", "Name", "Acronym", "Kind of partner", "Country", "Website", "Contact", "Notes")
add("PartnerEditor", "For a national partner (a ministry, a national NGO); empty for an agency or donor working in "
    "many countries.",
    "Pour un partenaire national (un ministère, une ONG nationale) ; vide pour un organisme ou un donateur présent "
    "dans de nombreux pays.",
    "Para un asociado nacional (un ministerio, una ONG nacional); vacío para un organismo o donante que trabaja en "
    "muchos países.",
    "Для национального партнёра (министерство, национальная НПО); пусто для учреждения или донора, работающего во "
    "многих странах.",
    "للشريك الوطني (وزارة، منظمة غير حكومية وطنية)؛ فارغ للوكالة أو الجهة المانحة العاملة في بلدان كثيرة.",
    "用于国家伙伴（部委、国家非政府组织）；在多国工作的机构或捐助方留空。")
add("PartnerEditor", "New partner", "Nouveau partenaire", "Nuevo asociado", "Новый партнёр", "شريك جديد", "新伙伴")
add("PartnerEditor", "Already in the register, perhaps the same partner: %1. Use it rather than recording it again.",
    "Déjà au registre, peut-être le même partenaire : %1. Utilisez-le plutôt que de l'enregistrer à nouveau.",
    "Ya está en el registro, quizá el mismo asociado: %1. Úselo en lugar de registrarlo de nuevo.",
    "Уже есть в реестре, возможно, тот же партнёр: %1. Используйте его, а не записывайте снова.",
    "موجود بالفعل في السجل، وربما هو الشريك نفسه: %1. استخدمه بدلاً من تسجيله مرة أخرى.",
    "登记册中已有，可能是同一伙伴：%1。请使用它，不要重复登记。")
words("PartnerActivityEditor", "Partner", "Activity", "Country", "Existing or planned", "Thematic areas",
      "Target groups", "Start date", "End date", "Amount", "Currency", "Contact person",
      "Cooperation framework outcome", "Source of the information", "Information as of", "Notes")
add("PartnerActivityEditor", "When known; empty when not.", "Si connu ; vide sinon.", "Si se conoce; vacío si no.",
    "Если известна; иначе пусто.", "إن كان معروفًا؛ وإلا فاتركه فارغًا.", "已知时填写；未知则留空。")
add("PartnerActivityEditor", "The ISO 4217 code: USD, EUR, GTQ\u2026", "Le code ISO 4217 : USD, EUR, GTQ\u2026",
    "El código ISO 4217: USD, EUR, GTQ\u2026", "Код ISO 4217: USD, EUR, GTQ\u2026",
    "رمز ISO 4217: \u200fUSD، EUR، GTQ\u2026", "ISO 4217 代码：USD、EUR、GTQ\u2026")
add("PartnerActivityEditor", "The outcome of the UN sustainable development cooperation framework it serves.",
    "L'effet du plan-cadre de coopération des Nations Unies pour le développement durable auquel elle contribue.",
    "El efecto del marco de cooperación de las Naciones Unidas para el desarrollo sostenible al que contribuye.",
    "Результат рамочной программы ООН по сотрудничеству в области устойчивого развития, которому она служит.",
    "نتيجة إطار الأمم المتحدة للتعاون من أجل التنمية المستدامة التي يخدمها.",
    "其服务的联合国可持续发展合作框架成果。")
add("PartnerActivityEditor", "New partner activity", "Nouvelle activité de partenaire", "Nueva actividad de asociado",
    "Новая деятельность партнёра", "نشاط جديد لشريك", "新伙伴活动")
add("OptionalAmountInput", "Write the amount in figures, for example 1200000 (or leave it empty when unknown).",
    "Écrivez le montant en chiffres, par exemple 1200000 (ou laissez vide s'il est inconnu).",
    "Escriba el monto en cifras, por ejemplo 1200000 (o déjelo vacío si se desconoce).",
    "Запишите сумму цифрами, например 1200000 (или оставьте пустым, если она неизвестна).",
    "اكتب المبلغ بالأرقام، مثلاً 1200000 (أو اتركه فارغًا إن كان غير معروف).",
    "请用数字填写金额，例如 1200000（未知则留空）。")
add("OptionalAmountInput", "An amount cannot be negative.", "Un montant ne peut pas être négatif.",
    "Un monto no puede ser negativo.", "Сумма не может быть отрицательной.", "لا يمكن أن يكون المبلغ سالبًا.",
    "金额不能为负数。")
add("CoordinationPage", "Coordination", "Coordination", "Coordinación", "Координация", "التنسيق", "协调")
add("CoordinationPage", "&Activities", "&Activités", "&Actividades", "&Деятельность", "الأ&نشطة", "活动(&A)")
add("CoordinationPage", "&Partners", "&Partenaires", "A&sociados", "&Партнёры", "ال&شركاء", "伙伴(&P)")
add("Pages", "Coordination", "Coordination", "Coordinación", "Координация", "التنسيق", "协调")
add("RankingView", "Others working on this", *W["Others working on this"])
add("Priority", "%1 (%2, coordination register)", "%1 (%2, registre de coordination)",
    "%1 (%2, registro de coordinación)", "%1 (%2, реестр координации)", "%1 (%2، سجل التنسيق)", "%1（%2，协调登记册）")
words("Coordination", "Partners", "Partner", "Activity", "Existing or planned", "Period", "Others working on this",
      "Import the register from Excel")
add("Coordination", "Thematic areas in common", "Domaines thématiques en commun", "Áreas temáticas en común",
    "Общие тематические области", "المجالات المواضيعية المشتركة", "共同的专题领域")
add("Coordination", "Once saved, the partners working in the same country and thematic areas show here.",
    "Une fois l'enregistrement fait, les partenaires actifs dans le même pays et les mêmes domaines s'affichent ici.",
    "Una vez guardado, aquí aparecen los asociados que trabajan en el mismo país y las mismas áreas temáticas.",
    "После сохранения здесь появятся партнёры, работающие в той же стране и тех же тематических областях.",
    "بعد الحفظ، يظهر هنا الشركاء العاملون في البلد نفسه والمجالات المواضيعية نفسها.",
    "保存后，此处显示在同一国家和专题领域工作的伙伴。")
add("Coordination", "Others working on this (the coordination register: the same country and thematic areas, in the "
    "same period or planned): %1",
    "Autres acteurs sur ce terrain (registre de coordination : même pays et mêmes domaines thématiques, sur la même "
    "période ou prévus) : %1",
    "Otros que trabajan en esto (registro de coordinación: el mismo país y las mismas áreas temáticas, en el mismo "
    "período o previstos): %1",
    "Кто ещё работает в этой области (реестр координации: та же страна и те же тематические области, в тот же "
    "период или в планах): %1",
    "جهات أخرى تعمل على هذا (سجل التنسيق: البلد نفسه والمجالات المواضيعية نفسها، في الفترة نفسها أو مخطط لها): %1",
    "其他在此开展工作的方（协调登记册：同一国家和专题领域，同一期间或计划中）：%1")
add("Coordination", "Excel workbooks (*.xlsx)", "Classeurs Excel (*.xlsx)", "Libros de Excel (*.xlsx)",
    "Книги Excel (*.xlsx)", "مصنفات Excel ‏(*.xlsx)", "Excel 工作簿 (*.xlsx)")
add("Coordination", "Reading\u2026", "Lecture\u2026", "Leyendo\u2026", "Чтение\u2026", "جارٍ القراءة\u2026",
    "正在读取\u2026")
add("Coordination", "Row %1, %2: %3", "Ligne %1, %2 : %3", "Fila %1, %2: %3", "Строка %1, %2: %3",
    "الصف %1، %2: %3", "第 %1 行，%2：%3")
add("Coordination", "and %1 more", "et %1 de plus", "y %1 más", "и ещё %1", "و%1 أخرى", "另有 %1 项")
add("Coordination", "%1 has problems; nothing was imported. Correct them in the sheet and import it again.\n\n%2",
    "%1 contient des erreurs ; rien n'a été importé. Corrigez-les dans la feuille et importez-la à nouveau.\n\n%2",
    "%1 tiene problemas; no se importó nada. Corríjalos en la hoja e impórtela de nuevo.\n\n%2",
    "В %1 есть ошибки; ничего не импортировано. Исправьте их в таблице и импортируйте снова.\n\n%2",
    "في %1 مشكلات؛ لم يُستورد شيء. صحّحها في الورقة ثم استوردها مرة أخرى.\n\n%2",
    "%1 有问题；未导入任何内容。请在工作表中更正后重新导入。\n\n%2")
add("Coordination", "%1: %2 new partner(s), %3 new activity(ies), %4 already recorded. Import them?",
    "%1 : %2 nouveau(x) partenaire(s), %3 nouvelle(s) activité(s), %4 déjà enregistrée(s). Les importer ?",
    "%1: %2 asociado(s) nuevo(s), %3 actividad(es) nueva(s), %4 ya registrada(s). ¿Importarlos?",
    "%1: новых партнёров — %2, новых видов деятельности — %3, уже записано — %4. Импортировать?",
    "%1: شركاء جدد: %2، أنشطة جديدة: %3، مسجلة بالفعل: %4. هل تريد استيرادها؟",
    "%1：新伙伴 %2 个，新活动 %3 项，已登记 %4 项。是否导入？")
add("Coordination", "Everything in %1 is already recorded.", "Tout le contenu de %1 est déjà enregistré.",
    "Todo lo que contiene %1 ya está registrado.", "Всё из %1 уже записано.", "كل ما في %1 مسجَّل بالفعل.",
    "%1 中的所有内容均已登记。")
add("Coordination", "Imported %1 partner(s) and %2 activity(ies).",
    "%1 partenaire(s) et %2 activité(s) importé(s).", "Se importaron %1 asociado(s) y %2 actividad(es).",
    "Импортировано партнёров: %1, видов деятельности: %2.", "تم استيراد %1 من الشركاء و%2 من الأنشطة.",
    "已导入 %1 个伙伴和 %2 项活动。")

# (context, source) -> {lang: plural forms}, as many as the language has (en 2, fr 2, es 2, ru 3, ar 6, zh 1)
NUMERUS = {
    ("ActivitiesPage", "%Ln activity(ies)"): {
        "en": ["%Ln activity", "%Ln activities"], "fr": ["%Ln activité", "%Ln activités"],
        "es": ["%Ln actividad", "%Ln actividades"], "ru": ["%Ln вид деятельности", "%Ln вида деятельности",
                                                           "%Ln видов деятельности"],
        "ar": ["%Ln نشاط", "نشاط واحد", "نشاطان", "%Ln أنشطة", "%Ln نشاطًا", "%Ln نشاط"], "zh": ["%Ln 项活动"]},
    ("PartnersPage", "%Ln partner(s)"): {
        "en": ["%Ln partner", "%Ln partners"], "fr": ["%Ln partenaire", "%Ln partenaires"],
        "es": ["%Ln asociado", "%Ln asociados"], "ru": ["%Ln партнёр", "%Ln партнёра", "%Ln партнёров"],
        "ar": ["%Ln شريك", "شريك واحد", "شريكان", "%Ln شركاء", "%Ln شريكًا", "%Ln شريك"], "zh": ["%Ln 个伙伴"]},
}
