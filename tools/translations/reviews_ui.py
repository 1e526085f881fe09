"""Translations of the Reviews page (list, editor, team, interviews, findings, recommendations, synthesis, Dossier…),
the review's due kind and the dashboard's chart by thematic area (fr, es, ru, ar, zh). Insert the entries the .ts
catalogues lack (``NUMERUS``: the counted ones) with tools/ts_insert.py (``make translations-update`` would drop
entries other people have not merged yet):

    .venv/bin/python tools/ts_insert.py tools/translations/reviews_ui.py && make translations
"""

from __future__ import annotations

T: dict = {}
NUMERUS: dict = {}  # (context, source) -> {lang: [forms]} for %Ln messages
LANGS = ("fr", "es", "ru", "ar", "zh")


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = dict(zip(LANGS, (fr, es, ru, ar, zh), strict=True))


def plural(context: str, source: str, **forms: list[str]) -> None:
    NUMERUS[(context, source)] = forms


add("Pages", "Reviews", "Examens", "Exámenes", "Обзоры", "الاستعراضات", "审查")
add("Due", "Synthesis of a review", "Synthèse d’un examen", "Síntesis de un examen", "Итоги обзора",
    "خلاصة استعراض", "审查综述")
add("DashboardPage", "Activities by thematic area", "Activités par domaine thématique",
    "Actividades por área temática", "Мероприятия по тематическим областям", "الأنشطة حسب المجال المواضيعي",
    "按专题领域分列的活动")

add("Lessons", "Review finding", "Constatation d’examen", "Conclusión de examen", "Вывод обзора", "نتيجة استعراض",
    "审查结果")

add("ReportsPage", "Choose a country and a thematic area: a review dossier is about one of each.",
    "Choisissez un pays et un domaine thématique : un dossier d’examen porte sur un de chaque.",
    "Elija un país y un área temática: un expediente de examen trata de uno de cada uno.",
    "Выберите страну и тематическую область: досье обзора составляется по одной стране и одной области.",
    "اختر بلدًا ومجالًا مواضيعيًا: يتناول ملف الاستعراض بلدًا واحدًا ومجالًا واحدًا.",
    "请选择一个国家和一个专题领域：审查档案针对一个国家和一个专题领域。")

add("Reports", "Review dossier", "Dossier d’examen", "Expediente de examen", "Досье обзора", "ملف الاستعراض",
    "审查卷宗")
add("Reports", "One country and one thematic area from the records: requests and decisions, missions, trainings with "
               "people reached, learning gain and cost, projects with indicators and budget, evaluations, lessons, "
               "checks after the exit and the follow-up of recommendations.",
    "Un pays et un domaine thématique, d’après les enregistrements : demandes et décisions, missions, formations "
    "avec les personnes touchées, progression des acquis et coût, projets avec indicateurs et budget, évaluations, "
    "enseignements, vérifications après la sortie et suivi des recommandations.",
    "Un país y un área temática, a partir de los registros: solicitudes y decisiones, misiones, capacitaciones con "
    "las personas alcanzadas, avance del aprendizaje y costo, proyectos con indicadores y presupuesto, evaluaciones, "
    "lecciones, verificaciones después de la salida y seguimiento de las recomendaciones.",
    "Одна страна и одна тематическая область по записям: просьбы и решения, миссии, обучение с охватом людей, "
    "приростом знаний и стоимостью, проекты с показателями и бюджетом, оценки, уроки, проверки после завершения и "
    "выполнение рекомендаций.",
    "بلد واحد ومجال مواضيعي واحد من السجلات: الطلبات والقرارات، والبعثات، والتدريبات مع الأشخاص الذين تم الوصول "
    "إليهم ومكسب التعلم والتكلفة، والمشاريع مع المؤشرات والميزانية، والتقييمات، والدروس، والتحقق بعد الخروج، "
    "ومتابعة التوصيات.",
    "根据记录汇编一个国家和一个专题领域：请求与决定、特派团、培训及受益人数、学习成效和费用、项目及其指标和预算、"
    "评价、经验教训、退出后核查以及建议的后续行动。")

C = "ReviewsPage"
add(C, "Reviews", "Examens", "Exámenes", "Обзоры", "الاستعراضات", "审查")
add(C, "Title", "Titre", "Título", "Название", "العنوان", "标题")
add(C, "Kind", "Type", "Tipo", "Вид", "النوع", "类型")
add(C, "From", "Du", "Desde", "С", "من", "自")
add(C, "To", "Au", "Hasta", "По", "إلى", "至")
add(C, "Status", "Statut", "Estado", "Статус", "الحالة", "状态")
add(C, "Countries", "Pays", "Países", "Страны", "البلدان", "国家")
add(C, "Thematic areas", "Domaines thématiques", "Áreas temáticas", "Тематические области", "المجالات المواضيعية",
    "专题领域")
add(C, "Office", "Bureau", "Oficina", "Офис", "المكتب", "办事处")
add(C, "Country", "Pays", "País", "Страна", "البلد", "国家")
add(C, "Thematic area", "Domaine thématique", "Área temática", "Тематическая область", "المجال المواضيعي",
    "专题领域")
add(C, "Dates", "Dates", "Fechas", "Даты", "التواريخ", "日期")
add(C, "Delete the review \u201c%1\u201d with its team, interviews and findings?",
    "Supprimer l’examen « %1 » avec son équipe, ses entretiens et ses constatations ?",
    "¿Eliminar el examen «%1» con su equipo, sus entrevistas y sus conclusiones?",
    "Удалить обзор «%1» вместе с группой, интервью и выводами?",
    "حذف الاستعراض «%1» مع فريقه ومقابلاته ونتائجه؟",
    "删除审查“%1”及其小组、访谈和调查结果？")
plural(C, "%Ln review(s)", en=["%Ln review", "%Ln reviews"], fr=["%Ln examen", "%Ln examens"],
       es=["%Ln examen", "%Ln exámenes"], ru=["%Ln обзор", "%Ln обзора", "%Ln обзоров"],
       ar=["لا استعراضات", "استعراض واحد", "استعراضان", "%Ln استعراضات", "%Ln استعراضًا", "%Ln استعراض"],
       zh=["%Ln 项审查"])

C = "ReviewEditor"
add(C, "Terms", "Mandat", "Términos", "Задание", "الاختصاصات", "职权")
add(C, "Scope", "Portée", "Alcance", "Охват", "النطاق", "范围")
add(C, "Title", "Titre", "Título", "Название", "العنوان", "标题")
add(C, "Kind of review", "Type d’examen", "Tipo de examen", "Вид обзора", "نوع الاستعراض", "审查类型")
add(C, "Status", "Statut", "Estado", "Статус", "الحالة", "状态")
add(C, "Period from", "Période du", "Período desde", "Период с", "الفترة من", "期间自")
add(C, "Period to", "Période au", "Período hasta", "Период по", "الفترة إلى", "期间至")
add(C, "Terms of reference", "Termes de référence", "Términos de referencia", "Техническое задание",
    "الاختصاصات", "职权范围")
add(C, "The terms as text; attach the signed document on the Attachments tab.",
    "Les termes en texte ; joignez le document signé dans l’onglet Pièces jointes.",
    "Los términos en texto; adjunte el documento firmado en la pestaña Adjuntos.",
    "Задание текстом; подписанный документ приложите на вкладке «Вложения».",
    "الاختصاصات نصًا؛ أرفق الوثيقة الموقعة في علامة تبويب المرفقات.",
    "以文字填写职权范围；已签署的文件请在“附件”选项卡中附上。")
add(C, "Countries", "Pays", "Países", "Страны", "البلدان", "国家")
add(C, "Thematic areas", "Domaines thématiques", "Áreas temáticas", "Тематические области", "المجالات المواضيعية",
    "专题领域")
add(C, "Team", "Équipe", "Equipo", "Группа", "الفريق", "小组")
add(C, "Interviews", "Entretiens", "Entrevistas", "Интервью", "المقابلات", "访谈")
add(C, "Findings", "Constatations", "Conclusiones", "Выводы", "النتائج", "调查结果")
add(C, "Recommendations", "Recommandations", "Recomendaciones", "Рекомендации", "التوصيات", "建议")
add(C, "Synthesis", "Synthèse", "Síntesis", "Итоги", "الخلاصة", "综述")
add(C, "New review", "Nouvel examen", "Nuevo examen", "Новый обзор", "استعراض جديد", "新审查")

add("DossierButton", "&Dossier\u2026", "&Dossier…", "&Expediente…", "&Досье…", "&ملف…", "档案(&D)…")
add("DossierButton", "Save the review with a country and a thematic area first.",
    "Enregistrez d’abord l’examen avec un pays et un domaine thématique.",
    "Guarde primero el examen con un país y un área temática.",
    "Сначала сохраните обзор со страной и тематической областью.",
    "احفظ الاستعراض أولًا مع بلد ومجال مواضيعي.",
    "请先保存含有国家和专题领域的审查。")

C = "DossierDialog"
add(C, "Country", "Pays", "País", "Страна", "البلد", "国家")
add(C, "Thematic area", "Domaine thématique", "Área temática", "Тематическая область", "المجال المواضيعي",
    "专题领域")
add(C, "Co&untry:", "Pa&ys :", "Pa&ís:", "Стра&на:", "ال&بلد:", "国家(&U):")
add(C, "&Thematic area:", "Domaine &thématique :", "Área &temática:", "&Тематическая область:",
    "المجال ال&مواضيعي:", "专题领域(&T):")

add("ReviewTeamSection", "Name", "Nom", "Nombre", "Имя", "الاسم", "姓名")

C = "InterviewsSection"
add(C, "Date", "Date", "Fecha", "Дата", "التاريخ", "日期")
add(C, "Stakeholder meeting", "Rencontre avec une partie prenante", "Reunión con actores",
    "Встреча с заинтересованной стороной", "اجتماع مع جهة معنية", "利益攸关方会议")
add(C, "Who", "Qui", "Quién", "Кто", "من", "受访者")
add(C, "Organisation", "Organisation", "Organización", "Организация", "المنظمة", "组织")
add(C, "Stakeholder type", "Type de partie prenante", "Tipo de actor", "Тип заинтересованной стороны",
    "نوع الجهة المعنية", "利益攸关方类型")
add(C, "Notes", "Notes", "Notas", "Примечания", "ملاحظات", "备注")
add(C, "A meeting already recorded on a mission (type its organisation), or fill in the interview below.",
    "Une rencontre déjà saisie sur une mission (tapez son organisation), ou remplissez l’entretien ci-dessous.",
    "Una reunión ya registrada en una misión (escriba su organización), o complete la entrevista abajo.",
    "Встреча, уже записанная в миссии (введите организацию), или заполните интервью ниже.",
    "اجتماع مسجل بالفعل في بعثة (اكتب اسم منظمته)، أو املأ بيانات المقابلة أدناه.",
    "已在某次任务中记录的会议（输入其组织），或在下方填写访谈。")
add(C, "interview", "entretien", "entrevista", "интервью", "مقابلة", "访谈")

C = "ReviewFindingsSection"
add(C, "No.", "N°", "N.º", "№", "رقم", "序号")
add(C, "Order", "Ordre", "Orden", "Порядок", "الترتيب", "顺序")

C = "RecommendationsSection"
add(C, "Recommendation", "Recommandation", "Recomendación", "Рекомендация", "التوصية", "建议")
add(C, "Country", "Pays", "País", "Страна", "البلد", "国家")
add(C, "Thematic area", "Domaine thématique", "Área temática", "Тематическая область", "المجال المواضيعي",
    "专题领域")
add(C, "Priority", "Priorité", "Prioridad", "Приоритет", "الأولوية", "优先级")
add(C, "Status", "Statut", "Estado", "Статус", "الحالة", "状态")
add(C, "Target institution", "Institution visée", "Institución destinataria", "Адресат", "المؤسسة المستهدفة",
    "对象机构")
add(C, "Date issued", "Date d’émission", "Fecha de emisión", "Дата выдачи", "تاريخ الإصدار", "发布日期")
add(C, "Remove", "Retirer", "Quitar", "Убрать", "إزالة", "移除")
add(C, "Remove the selected line (%1)?", "Retirer la ligne sélectionnée (%1) ?",
    "¿Quitar la línea seleccionada (%1)?", "Убрать выбранную строку (%1)?", "إزالة السطر المحدد (%1)؟",
    "移除所选行（%1）？")
add(C, "recommendation", "recommandation", "recomendación", "рекомендация", "توصية", "建议")
add(C, "Follow each recommendation up on the Recommendations page.",
    "Suivez chaque recommandation sur la page Recommandations.",
    "Haga el seguimiento de cada recomendación en la página Recomendaciones.",
    "Выполнение каждой рекомендации отслеживайте на странице «Рекомендации».",
    "تابع كل توصية في صفحة التوصيات.",
    "请在“建议”页面跟进每项建议。")

C = "SynthesisTab"
add(C, "The synthesis of the review: its main findings, conclusions and recommendations, as adopted.",
    "La synthèse de l’examen : ses principales constatations, conclusions et recommandations, telles qu’adoptées.",
    "La síntesis del examen: sus principales conclusiones y recomendaciones, tal como se aprobaron.",
    "Итоги обзора: основные выводы, заключения и рекомендации в утверждённом виде.",
    "خلاصة الاستعراض: أهم نتائجه واستنتاجاته وتوصياته كما اعتُمدت.",
    "审查综述：经通过的主要调查结果、结论和建议。")
add(C, "Synthesis", "Synthèse", "Síntesis", "Итоги", "الخلاصة", "综述")
add(C, "Save s&ynthesis", "Enregistrer la s&ynthèse", "Guardar la sínt&esis", "Сохранить &итоги",
    "حفظ ال&خلاصة", "保存综述(&Y)")
add(C, "Save and mark &final", "Enregistrer comme dé&finitif", "Guardar como de&finitivo",
    "Сохранить как &окончательный", "حفظ ووضع علامة &نهائي", "保存并标为定稿(&F)")
add(C, "Not saved yet.", "Pas encore enregistré.", "Aún no guardado.", "Ещё не сохранено.", "لم يُحفظ بعد.",
    "尚未保存。")
