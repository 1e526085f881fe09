"""Translations of the Board page (the Board of Trustees' sessions, members, adopted recommendations and decisions on
projects), the project editor's Board tab and the Board pack on the Reports page (fr, es, ru, ar, zh). Insert the
entries the .ts catalogues lack (``NUMERUS``: the counted ones, their plural forms) with tools/ts_insert.py
(``make translations-update`` would drop entries other people have not merged yet):

    .venv/bin/python tools/ts_insert.py tools/translations/board_ui.py && make translations
"""

from __future__ import annotations

T: dict = {}
NUMERUS: dict = {}  # (context, source) -> {lang: [forms]} for %n messages
LANGS = ("fr", "es", "ru", "ar", "zh")


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = dict(zip(LANGS, (fr, es, ru, ar, zh), strict=True))


def plural(context: str, source: str, **forms: list[str]) -> None:
    NUMERUS[(context, source)] = forms


SESSION = ("Session", "Período de sesiones", "Сессия", "الدورة", "届会")
START = ("Date de début", "Fecha de inicio", "Дата начала", "تاريخ البدء", "开始日期")
END = ("Date de fin", "Fecha de finalización", "Дата окончания", "تاريخ الانتهاء", "结束日期")
PLACE = ("Lieu", "Lugar", "Место", "المكان", "地点")
DECISION = ("Décision", "Decisión", "Решение", "القرار", "决定")
AMOUNT = ("Montant recommandé", "Importe recomendado", "Рекомендованная сумма", "المبلغ الموصى به", "建议金额")
NOTE = ("Note", "Nota", "Примечание", "ملاحظة", "备注")
PROJECT = ("Projet", "Proyecto", "Проект", "المشروع", "项目")
A_DECISION = ("décision", "decisión", "решение", "قرار", "决定")

add("Pages", "Board", "Conseil", "Junta", "Совет", "المجلس", "董事会")
add("ProjectEditor", "Board", "Conseil", "Junta", "Совет", "المجلس", "董事会")

C = "RecordEditor"  # the headings of the Board's parts in a session's, recommendation's or project's history
add(C, "Board member", "Membre du Conseil", "Miembro de la Junta", "Член Совета", "عضو المجلس", "董事会成员")
add(C, "Adopted by the Board", "Adoptée par le Conseil", "Aprobada por la Junta", "Принята Советом",
    "اعتمدها المجلس", "董事会通过")
add(C, "Board decision", "Décision du Conseil", "Decisión de la Junta", "Решение Совета", "قرار المجلس",
    "董事会决定")

C = "BoardPage"
add(C, "Board of Trustees", "Conseil d'administration", "Junta de Síndicos", "Совет попечителей", "مجلس الأمناء",
    "董事会")
add(C, "No.", "N°", "N.º", "№", "الرقم", "届次")
add(C, "Session", *SESSION)
add(C, "Start date", *START)
add(C, "End date", *END)
add(C, "Place", *PLACE)
plural(C, "%Ln session(s)", en=["%Ln session", "%Ln sessions"], fr=["%Ln session", "%Ln sessions"],
       es=["%Ln período de sesiones", "%Ln períodos de sesiones"],
       ru=["%Ln сессия", "%Ln сессии", "%Ln сессий"],
       ar=["لا دورات", "دورة واحدة", "دورتان", "%Ln دورات", "%Ln دورة", "%Ln دورة"], zh=["%Ln 届会议"])

C = "BoardSessionEditor"
add(C, "Session number", "Numéro de la session", "Número del período de sesiones", "Номер сессии", "رقم الدورة",
    "届次")
add(C, "Title", "Titre", "Título", "Название", "العنوان", "标题")
add(C, "As the Board names it, for example: Forty-first session.",
    "Comme le Conseil la nomme, par exemple : Quarante et unième session.",
    "Como la llama la Junta, por ejemplo: 41.º período de sesiones.",
    "Как её называет Совет, например: Сорок первая сессия.",
    "كما يسمّيها المجلس، مثلًا: الدورة الحادية والأربعون.",
    "按董事会的称呼，例如：第四十一届会议。")
add(C, "Start date", *START)
add(C, "End date", *END)
add(C, "Place", *PLACE)
add(C, "Agenda", "Ordre du jour", "Programa", "Повестка дня", "جدول الأعمال", "议程")
add(C, "Members", "Membres", "Miembros", "Члены", "الأعضاء", "成员")
add(C, "Adopted recommendations", "Recommandations adoptées", "Recomendaciones aprobadas", "Принятые рекомендации",
    "التوصيات المعتمدة", "通过的建议")
add(C, "Decisions on projects", "Décisions sur les projets", "Decisiones sobre proyectos", "Решения по проектам",
    "القرارات بشأن المشاريع", "关于项目的决定")
add(C, "New Board session", "Nouvelle session du Conseil", "Nuevo período de sesiones de la Junta",
    "Новая сессия Совета", "دورة جديدة للمجلس", "新的董事会会议")

C = "MembersSection"
add(C, "Name", "Nom", "Nombre", "Имя", "الاسم", "姓名")
add(C, "Proposed by", "Proposé par", "Propuesto por", "Кем предложен", "اقترحه", "提名国")
add(C, "Role", "Rôle", "Función", "Роль", "الصفة", "职务")
add(C, "member", "membre", "miembro", "член Совета", "عضو", "成员")

C = "AdoptedSection"
add(C, "Recommendation", "Recommandation", "Recomendación", "Рекомендация", "التوصية", "建议")
add(C, "Country", "Pays", "País", "Страна", "البلد", "国家")
add(C, "Follow-up status", "État du suivi", "Estado del seguimiento", "Статус выполнения", "حالة المتابعة",
    "后续状态")
add(C, "Recommendations whose source is the Board of Trustees, not yet linked to a session. Record a new one on the "
       "Recommendations page first.",
    "Recommandations dont la source est le Conseil d'administration, pas encore liées à une session. Enregistrez "
    "d'abord une nouvelle recommandation sur la page Recommandations.",
    "Recomendaciones cuya fuente es la Junta de Síndicos, aún no vinculadas a un período de sesiones. Registre antes "
    "una nueva en la página Recomendaciones.",
    "Рекомендации Совета попечителей, ещё не связанные с сессией. Новую рекомендацию сначала запишите на странице "
    "«Рекомендации».",
    "توصيات مصدرها مجلس الأمناء ولم تُربط بعد بدورة. سجّل توصية جديدة في صفحة التوصيات أولًا.",
    "来源为董事会、尚未与届会关联的建议。新的建议请先在“建议”页记录。")
add(C, "adopted recommendation", "recommandation adoptée", "recomendación aprobada", "принятая рекомендация",
    "توصية معتمدة", "通过的建议")
add(C, "The recommendations of the Board of Trustees adopted at this session; their follow-up is recorded on the "
       "Recommendations page.",
    "Les recommandations du Conseil d'administration adoptées à cette session ; leur suivi s'enregistre sur la page "
    "Recommandations.",
    "Las recomendaciones de la Junta de Síndicos aprobadas en este período de sesiones; su seguimiento se registra en "
    "la página Recomendaciones.",
    "Рекомендации Совета попечителей, принятые на этой сессии; ход их выполнения записывается на странице "
    "«Рекомендации».",
    "توصيات مجلس الأمناء المعتمدة في هذه الدورة؛ وتُسجَّل متابعتها في صفحة التوصيات.",
    "本届会议通过的董事会建议；其后续情况在“建议”页记录。")

C = "DecisionsSection"
add(C, "Project code", "Code du projet", "Código del proyecto", "Код проекта", "رمز المشروع", "项目代码")
add(C, "Project", *PROJECT)
add(C, "Decision", *DECISION)
add(C, "Amount recommended", *AMOUNT)
add(C, "Note", *NOTE)
add(C, "decision", *A_DECISION)

C = "ProjectDecisionsSection"
add(C, "Session", *SESSION)
add(C, "Date", "Date", "Fecha", "Дата", "التاريخ", "日期")
add(C, "Decision", *DECISION)
add(C, "Amount recommended", *AMOUNT)
add(C, "Note", *NOTE)
add(C, "decision", *A_DECISION)
add(C, "Decisions of the Board of Trustees on this project, recorded on the Board page.",
    "Décisions du Conseil d'administration sur ce projet, enregistrées sur la page Conseil.",
    "Decisiones de la Junta de Síndicos sobre este proyecto, registradas en la página Junta.",
    "Решения Совета попечителей по этому проекту; они записываются на странице «Совет».",
    "قرارات مجلس الأمناء بشأن هذا المشروع، المسجلة في صفحة المجلس.",
    "董事会关于本项目的决定，在“董事会”页记录。")

C = "ReportsPage"
add(C, "Board session", "Session du Conseil", "Período de sesiones de la Junta", "Сессия Совета", "دورة المجلس",
    "董事会会议")
add(C, "Choose a Board session first: type part of its title or place and pick it from the list.",
    "Choisissez d'abord une session du Conseil : tapez une partie de son titre ou de son lieu et choisissez-la dans "
    "la liste.",
    "Elija primero un período de sesiones de la Junta: escriba parte de su título o lugar y elíjalo en la lista.",
    "Сначала выберите сессию Совета: введите часть её названия или места и выберите её в списке.",
    "اختر دورة للمجلس أولًا: اكتب جزءًا من عنوانها أو مكانها واخترها من القائمة.",
    "请先选择董事会会议：输入其标题或地点的一部分，然后从列表中选择。")

C = "Reports"
add(C, "Board pack", "Dossier du Conseil", "Documentación para la Junta", "Материалы для Совета",
    "ملف مجلس الأمناء", "董事会文件")
add(C, "For a session of the Board of Trustees: the Fund's position, the portfolio, the follow-up of the Board's "
       "earlier recommendations and the requests ranked, with a cover page and contents.",
    "Pour une session du Conseil d'administration : la situation du Fonds, le portefeuille, le suivi des "
    "recommandations antérieures du Conseil et les demandes classées, avec page de couverture et sommaire.",
    "Para un período de sesiones de la Junta de Síndicos: la situación del Fondo, la cartera, el seguimiento de las "
    "recomendaciones anteriores de la Junta y las solicitudes clasificadas, con portada e índice.",
    "К сессии Совета попечителей: положение Фонда, портфель проектов, выполнение прежних рекомендаций Совета и "
    "ранжированные запросы, с титульной страницей и оглавлением.",
    "لدورة من دورات مجلس الأمناء: وضع الصندوق، والحافظة، ومتابعة توصيات المجلس السابقة، والطلبات مرتّبة، مع صفحة "
    "غلاف وفهرس.",
    "供董事会某届会议使用：基金状况、项目组合、董事会以往建议的后续情况以及请求排序，附封面和目录。")
