"""Report and spreadsheet text of the reviews in the six languages, in one table: the review dossier
(``reports/review_dossier.py``), the programme summary's breakdown by thematic area, the review sheets and columns.
Each language's module adds its column (``MESSAGES.update(texts("fr"))``), so the six stay side by side here and
the language modules stay short."""

from __future__ import annotations

LANGS = ("en", "fr", "es", "ru", "ar", "zh")

# key: (en, fr, es, ru, ar, zh)
TEXTS: dict[str, tuple[str, str, str, str, str, str]] = {
    # the programme summary's breakdown by thematic area (reports/programme_summary.py)
    "summary.trainings_by_theme": ("Training activities by thematic area", "Activités de formation par domaine "
                                   "thématique", "Actividades de capacitación por área temática",
                                   "Учебные мероприятия по тематическим областям",
                                   "أنشطة التدريب حسب المجال المواضيعي", "按专题领域分列的培训活动"),
    "summary.theme": ("Thematic area", "Domaine thématique", "Área temática", "Тематическая область",
                      "المجال المواضيعي", "专题领域"),
    "summary.themes_note": ("An activity with several thematic areas is counted under each of them.",
                            "Une activité qui relève de plusieurs domaines thématiques est comptée dans chacun.",
                            "Una actividad con varias áreas temáticas se cuenta en cada una de ellas.",
                            "Мероприятие, относящееся к нескольким тематическим областям, учитывается в каждой.",
                            "يُحسب النشاط المتعلق بعدة مجالات مواضيعية ضمن كل مجال منها.",
                            "涉及多个专题领域的活动在每个领域中均计入。"),
    # spreadsheet sheets (export xlsx)
    "table.review": ("Reviews", "Examens", "Exámenes", "Обзоры", "الاستعراضات", "审查"),
    "table.review_member": ("Review teams", "Équipes d'examen", "Equipos de examen", "Группы обзора",
                            "أفرقة الاستعراض", "审查小组"),
    "table.review_interview": ("Review interviews", "Entretiens d'examen", "Entrevistas de examen",
                               "Интервью обзора", "مقابلات الاستعراض", "审查访谈"),
    "table.review_finding": ("Review findings", "Constatations d'examen", "Conclusiones de examen",
                             "Выводы обзора", "استنتاجات الاستعراض", "审查结论"),
    "dossier.title": ("Review dossier", "Dossier d'examen", "Expediente de examen", "Досье обзора", "ملف الاستعراض",
                      "审查卷宗"),
    "dossier.scope": ("{country} \u00d7 {theme}", "{country} \u00d7 {theme}", "{country} \u00d7 {theme}",
                      "{country} \u00d7 {theme}", "{country} \u00d7 {theme}", "{country} \u00d7 {theme}"),
    "dossier.requests": ("Requests for assistance", "Demandes d'assistance", "Solicitudes de asistencia",
                         "Просьбы о помощи", "طلبات المساعدة", "援助请求"),
    "dossier.missions": ("Missions", "Missions", "Misiones", "Миссии", "البعثات", "特派团"),
    "dossier.trainings": ("Training activities held", "Activités de formation tenues",
                          "Actividades de capacitación realizadas", "Проведённые учебные мероприятия",
                          "أنشطة التدريب المنفذة", "已举办的培训活动"),
    "dossier.reached": ("People reached", "Personnes atteintes", "Personas alcanzadas", "Охвачено человек",
                        "الأشخاص الذين تم الوصول إليهم", "受益人数"),
    "dossier.projects": ("Projects", "Projets", "Proyectos", "Проекты", "المشاريع", "项目"),
    "dossier.recommendations": ("Recommendations", "Recommandations", "Recomendaciones", "Рекомендации",
                                "التوصيات", "建议"),
    "dossier.reviews": ("Reviews recorded", "Examens enregistrés", "Exámenes registrados", "Записанные обзоры",
                        "الاستعراضات المسجلة", "已记录的审查"),
    "dossier.title_col": ("Title", "Titre", "Título", "Название", "العنوان", "标题"),
    "dossier.kind": ("Kind", "Type", "Tipo", "Вид", "النوع", "类型"),
    "dossier.period": ("Period", "Période", "Período", "Период", "الفترة", "期间"),
    "dossier.requests_heading": ("Requests and decisions", "Demandes et décisions", "Solicitudes y decisiones",
                                 "Просьбы и решения", "الطلبات والقرارات", "请求与决定"),
    "dossier.request": ("Request", "Demande", "Solicitud", "Просьба", "الطلب", "请求"),
    "dossier.received": ("Received", "Reçue", "Recibida", "Получена", "تاريخ الاستلام", "收到日期"),
    "dossier.decided": ("Decided", "Décidée", "Decidida", "Решение", "تاريخ القرار", "决定日期"),
    "dossier.reasons": ("Reasons", "Motifs", "Motivos", "Обоснование", "الأسباب", "理由"),
    "dossier.missions_heading": ("Needs assessment missions", "Missions d'évaluation des besoins",
                                 "Misiones de evaluación de necesidades", "Миссии по оценке потребностей",
                                 "بعثات تقييم الاحتياجات", "需求评估特派团"),
    "dossier.mission": ("Mission", "Mission", "Misión", "Миссия", "البعثة", "特派团"),
    "dossier.dates": ("Dates", "Dates", "Fechas", "Даты", "التواريخ", "日期"),
    "dossier.meetings": ("Meetings", "Réunions", "Reuniones", "Встречи", "الاجتماعات", "会议"),
    "dossier.findings": ("Findings", "Constatations", "Conclusiones", "Выводы", "الاستنتاجات", "调查结果"),
    "dossier.trainings_heading": ("Training activities", "Activités de formation", "Actividades de capacitación",
                                  "Учебные мероприятия", "أنشطة التدريب", "培训活动"),
    "dossier.training": ("Activity", "Activité", "Actividad", "Мероприятие", "النشاط", "活动"),
    "dossier.start": ("Start", "Début", "Inicio", "Начало", "البداية", "开始"),
    "dossier.per_participant": ("Cost per participant (US$)", "Coût par participant ($ É.-U.)",
                                "Costo por participante (US$)", "Стоимость на участника (долл. США)",
                                "التكلفة لكل مشارك (دولار)", "人均费用（美元）"),
    "dossier.no_cost": ("cost not recorded", "coût non enregistré", "costo no registrado", "стоимость не указана",
                        "التكلفة غير مسجلة", "未记录费用"),
    "dossier.reached_heading": ("People reached by target group and sex",
                                "Personnes atteintes par groupe cible et par sexe",
                                "Personas alcanzadas por grupo destinatario y sexo",
                                "Охваченные люди по целевым группам и полу",
                                "الأشخاص الذين تم الوصول إليهم حسب الفئة المستهدفة والجنس",
                                "按目标群体和性别分列的受益人"),
    "dossier.none_reached": ("No one is recorded as reached: no activity held has participants enrolled.",
                             "Personne n'est enregistré comme atteint : aucune activité tenue n'a de participants "
                             "inscrits.",
                             "No hay personas alcanzadas registradas: ninguna actividad realizada tiene "
                             "participantes inscritos.",
                             "Охваченных нет: ни в одном проведённом мероприятии не записаны участники.",
                             "لا يوجد أشخاص مسجلون: لا يوجد مشاركون مسجلون في أي نشاط منفذ.",
                             "没有记录受益人：已举办的活动均无登记的参与者。"),
    "dossier.group_unknown": ("Target group not recorded", "Groupe cible non enregistré",
                              "Grupo destinatario no registrado", "Целевая группа не указана",
                              "الفئة المستهدفة غير مسجلة", "未记录目标群体"),
    "dossier.learning": (
        "Learning gain: of {tested} participants tested before and after, the average score rose from {pre} to "
        "{post} ({gain} points).",
        "Acquis : pour {tested} participants évalués avant et après, la note moyenne est passée de {pre} à {post} "
        "({gain} points).",
        "Aprendizaje: de {tested} participantes evaluados antes y después, la puntuación media pasó de {pre} a "
        "{post} ({gain} puntos).",
        "Прирост знаний: у участников, прошедших тест до и после ({tested}), средний балл вырос с {pre} до {post} "
        "({gain} балла).",
        "مكسب التعلم: من بين {tested} مشاركًا اختُبروا قبل التدريب وبعده، ارتفع متوسط الدرجات من {pre} إلى {post} "
        "({gain} نقطة).",
        "学习收获：在前后测均参加的 {tested} 名参与者中，平均分由 {pre} 升至 {post}（{gain} 分）。"),
    "dossier.no_tests": ("Learning gain: no pre- and post-test scores are recorded for the activities held.",
                         "Acquis : aucune note de pré-test et de post-test n'est enregistrée pour les activités "
                         "tenues.",
                         "Aprendizaje: no hay puntuaciones de prueba previa y posterior registradas para las "
                         "actividades realizadas.",
                         "Прирост знаний: результаты входного и итогового тестов проведённых мероприятий не "
                         "записаны.",
                         "مكسب التعلم: لا توجد درجات اختبار قبلي وبعدي مسجلة للأنشطة المنفذة.",
                         "学习收获：已举办的活动均未记录前测和后测分数。"),
    "dossier.cost": (
        "Cost per participant: {cost} for {people} participants enrolled, {each} each (activities held whose cost "
        "is recorded).",
        "Coût par participant : {cost} pour {people} participants inscrits, soit {each} chacun (activités tenues "
        "dont le coût est enregistré).",
        "Costo por participante: {cost} para {people} participantes inscritos, {each} cada uno (actividades "
        "realizadas con costo registrado).",
        "Стоимость на участника: {cost} на зарегистрированных участников ({people}), по {each} на каждого "
        "(проведённые мероприятия с указанной стоимостью).",
        "التكلفة لكل مشارك: {cost} لـ {people} مشاركًا مسجلًا، أي {each} لكل مشارك (الأنشطة المنفذة المسجلة "
        "تكلفتها).",
        "人均费用：{people} 名登记参与者共 {cost}，人均 {each}（已记录费用的已举办活动）。"),
    "dossier.cost_unknown": (
        "Activities held whose cost is not recorded (no cost per participant): {n}.",
        "Activités tenues dont le coût n'est pas enregistré (pas de coût par participant) : {n}.",
        "Actividades realizadas sin costo registrado (sin costo por participante): {n}.",
        "Проведённые мероприятия без указанной стоимости (стоимость на участника не рассчитана): {n}.",
        "الأنشطة المنفذة غير المسجلة تكلفتها (بلا تكلفة لكل مشارك): {n}.",
        "未记录费用的已举办活动（无法计算人均费用）：{n}。"),
    "dossier.projects_heading": ("Projects, indicators and budget", "Projets, indicateurs et budget",
                                 "Proyectos, indicadores y presupuesto", "Проекты, показатели и бюджет",
                                 "المشاريع والمؤشرات والميزانية", "项目、指标和预算"),
    "dossier.project_line": ("{status}, {dates}.", "{status}, {dates}.", "{status}, {dates}.",
                             "{status}, {dates}.", "{status}، {dates}.", "{status}，{dates}。"),
    "dossier.indicator": ("Indicator", "Indicateur", "Indicador", "Показатель", "المؤشر", "指标"),
    "dossier.baseline": ("Baseline", "Référence", "Línea de base", "Исходное", "خط الأساس", "基线"),
    "dossier.target": ("Target", "Cible", "Meta", "Цель", "الهدف", "目标"),
    "dossier.latest": ("Latest", "Dernière", "Último", "Последнее", "الأحدث", "最新"),
    "dossier.no_indicators": ("No indicator is recorded for this project.",
                              "Aucun indicateur n'est enregistré pour ce projet.",
                              "No hay indicadores registrados para este proyecto.",
                              "Для этого проекта показатели не записаны.", "لا توجد مؤشرات مسجلة لهذا المشروع.",
                              "该项目未记录任何指标。"),
    "dossier.no_budget": ("No budget is recorded for this project.", "Aucun budget n'est enregistré pour ce projet.",
                          "No hay presupuesto registrado para este proyecto.", "Бюджет этого проекта не записан.",
                          "لا توجد ميزانية مسجلة لهذا المشروع.", "该项目未记录预算。"),
    "dossier.budget_heading": ("Budget of these projects by funding source",
                               "Budget de ces projets par source de financement",
                               "Presupuesto de estos proyectos por fuente de financiación",
                               "Бюджет этих проектов по источникам финансирования",
                               "ميزانية هذه المشاريع حسب مصدر التمويل", "这些项目按资金来源分列的预算"),
    "dossier.evaluations_heading": ("Evaluations, lessons and sustainability", "Évaluations, enseignements et "
                                    "durabilité", "Evaluaciones, lecciones y sostenibilidad",
                                    "Оценки, извлечённые уроки и устойчивость", "التقييمات والدروس والاستدامة",
                                    "评价、经验教训和可持续性"),
    "dossier.date": ("Date", "Date", "Fecha", "Дата", "التاريخ", "日期"),
    "dossier.lessons_col": ("Lessons", "Enseignements", "Lecciones", "Уроки", "الدروس", "经验教训"),
    "dossier.lessons_heading": ("Lessons recorded", "Enseignements enregistrés", "Lecciones registradas",
                                "Записанные уроки", "الدروس المسجلة", "已记录的经验教训"),
    "dossier.lesson.finding": ("Mission finding", "Constatation de mission", "Conclusión de misión",
                               "Вывод миссии", "استنتاج بعثة", "特派团调查结果"),
    "dossier.lesson.evaluation": ("Evaluation", "Évaluation", "Evaluación", "Оценка", "تقييم", "评价"),
    "dossier.lesson.followup": ("Follow-up note", "Note de suivi", "Nota de seguimiento", "Заметка о выполнении",
                                "ملاحظة متابعة", "后续说明"),
    "dossier.lesson.sustainability": ("After the exit", "Après la sortie", "Después de la salida",
                                      "После завершения", "بعد الخروج", "退出之后"),
    "dossier.lesson.review": ("Review finding", "Constatation d'examen", "Conclusión de examen", "Вывод обзора",
                              "نتيجة استعراض", "审查结果"),
    "dossier.source": ("Source", "Source", "Fuente", "Источник", "المصدر", "来源"),
    "dossier.lesson": ("Lesson", "Enseignement", "Lección", "Урок", "الدرس", "经验教训"),
    "dossier.no_checks": ("None recorded: no project in this dossier is closed.",
                          "Aucune : aucun projet de ce dossier n'est clôturé.",
                          "Ninguna: ningún proyecto de este expediente está cerrado.",
                          "Нет: ни один проект этого досье не закрыт.",
                          "لا شيء: لا يوجد مشروع مغلق في هذا الملف.", "无：本卷宗中没有已结束的项目。"),
    "dossier.followup_heading": ("Follow-up of recommendations", "Suivi des recommandations",
                                 "Seguimiento de las recomendaciones", "Выполнение рекомендаций",
                                 "متابعة التوصيات", "建议的后续行动"),
    "dossier.recommendation": ("Recommendation", "Recommandation", "Recomendación", "Рекомендация", "التوصية",
                               "建议"),
    "dossier.no_note": ("no follow-up recorded", "aucun suivi enregistré", "sin seguimiento registrado",
                        "выполнение не отмечено", "لا توجد متابعة مسجلة", "未记录后续行动"),
    "dossier.latest_note": ("Latest follow-up", "Dernier suivi", "Último seguimiento", "Последняя отметка",
                            "آخر متابعة", "最近的后续行动"),
}


def texts(lang: str) -> dict[str, str]:
    i = LANGS.index(lang)
    return {key: values[i] for key, values in TEXTS.items()}
