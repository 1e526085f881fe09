"""Translations of the thread (fr, es, ru, ar, zh): a recommendation's "What was done" tab, a project's
"Recommendations" tab, the recommendations list's follow-through and mechanism filters, and the request ranking's
evidence naming the mechanism, document and paragraph."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


C = "Thread"
add(C, "Requests for assistance that cite it: %1", "Demandes d'assistance qui la citent : %1",
    "Solicitudes de asistencia que la citan: %1", "Запросы о помощи, ссылающиеся на неё: %1",
    "طلبات المساعدة التي تستشهد بها: %1", "引用该建议的援助请求：%1")
add(C, "Missions: %1", "Missions : %1", "Misiones: %1", "Миссии: %1", "البعثات: %1", "访问团：%1")
add(C, "Projects that answer it: %1", "Projets qui y répondent : %1", "Proyectos que la atienden: %1",
    "Проекты, отвечающие на неё: %1", "المشاريع التي تستجيب لها: %1", "回应该建议的项目：%1")
add(C, "Results and indicators of those projects: %1", "Résultats et indicateurs de ces projets : %1",
    "Resultados e indicadores de esos proyectos: %1", "Результаты и показатели этих проектов: %1",
    "نتائج تلك المشاريع ومؤشراتها: %1", "这些项目的成果和指标：%1")
add(C, "Follow-up notes: %1", "Notes de suivi : %1", "Notas de seguimiento: %1", "Записи о выполнении: %1",
    "ملاحظات المتابعة: %1", "后续记录：%1")
add(C, "No request for assistance cites this recommendation yet.",
    "Aucune demande d'assistance ne cite encore cette recommandation.",
    "Ninguna solicitud de asistencia cita todavía esta recomendación.",
    "Пока ни один запрос о помощи не ссылается на эту рекомендацию.",
    "لا يوجد بعد طلب مساعدة يستشهد بهذه التوصية.", "尚无援助请求引用该建议。")
add(C, "No mission is linked to this recommendation yet.", "Aucune mission n'est encore liée à cette recommandation.",
    "Ninguna misión está vinculada todavía a esta recomendación.",
    "С этой рекомендацией пока не связана ни одна миссия.",
    "لا توجد بعد بعثة مرتبطة بهذه التوصية.", "尚无访问团与该建议相关联。")
add(C, "No project answers this recommendation yet.", "Aucun projet ne répond encore à cette recommandation.",
    "Ningún proyecto atiende todavía esta recomendación.", "Пока ни один проект не отвечает на эту рекомендацию.",
    "لا يوجد بعد مشروع يستجيب لهذه التوصية.", "尚无项目回应该建议。")
add(C, "No indicator measures what those projects do yet.",
    "Aucun indicateur ne mesure encore ce que font ces projets.",
    "Ningún indicador mide todavía lo que hacen esos proyectos.",
    "Пока ни один показатель не измеряет работу этих проектов.",
    "لا يوجد بعد مؤشر يقيس ما تقوم به تلك المشاريع.", "尚无指标衡量这些项目的工作。")
add(C, "No follow-up note has been recorded yet.", "Aucune note de suivi n'a encore été enregistrée.",
    "Todavía no se ha registrado ninguna nota de seguimiento.", "Записей о выполнении пока нет.",
    "لم تُسجَّل بعد أي ملاحظة متابعة.", "尚未记录任何后续记录。")
add(C, "What was done about this recommendation, from the requests that cite it to the indicators of the projects "
       "that answer it. Enter or a double click opens a record.",
    "Ce qui a été fait pour cette recommandation, des demandes qui la citent aux indicateurs des projets qui y "
    "répondent. Entrée ou un double-clic ouvre un enregistrement.",
    "Lo que se ha hecho respecto de esta recomendación, desde las solicitudes que la citan hasta los indicadores de "
    "los proyectos que la atienden. Intro o un doble clic abre un registro.",
    "Что сделано по этой рекомендации: от запросов, ссылающихся на неё, до показателей проектов, отвечающих на неё. "
    "Enter или двойной щелчок открывает запись.",
    "ما الذي أُنجز بشأن هذه التوصية، من الطلبات التي تستشهد بها إلى مؤشرات المشاريع التي تستجيب لها. يفتح مفتاح "
    "الإدخال أو النقر المزدوج السجل.",
    "针对该建议所做的工作：从引用它的请求到回应它的项目的指标。按 Enter 键或双击可打开记录。")
add(C, "Record", "Enregistrement", "Registro", "Запись", "السجل", "记录")
add(C, "Detail", "Détail", "Detalle", "Подробности", "التفاصيل", "详情")
add(C, "Date", "Date", "Fecha", "Дата", "التاريخ", "日期")
add(C, "Status", "Statut", "Estado", "Статус", "الحالة", "状态")
add(C, "What was done", "Ce qui a été fait", "Lo que se ha hecho", "Что сделано", "ما الذي أُنجز", "已开展的工作")
add(C, "%1 of %2 %3", "%1 sur %2 %3", "%1 de %2 %3", "%1 из %2 %3", "%1 من %2 %3", "%1 / %2 %3")
add(C, "Recommendation", "Recommandation", "Recomendación", "Рекомендация", "التوصية", "建议")
add(C, "Source", "Source", "Fuente", "Источник", "المصدر", "来源")
add(C, "Document", "Document", "Documento", "Документ", "الوثيقة", "文件")
add(C, "Recommendations this project answers", "Recommandations auxquelles ce projet répond",
    "Recomendaciones que atiende este proyecto", "Рекомендации, на которые отвечает этот проект",
    "التوصيات التي يستجيب لها هذا المشروع", "本项目回应的建议")
add(C, "Once saved, the recommendations this project answers show here.",
    "Une fois le projet enregistré, les recommandations auxquelles il répond s'affichent ici.",
    "Una vez guardado, aquí se muestran las recomendaciones que atiende este proyecto.",
    "После сохранения здесь будут показаны рекомендации, на которые отвечает проект.",
    "بعد الحفظ، تظهر هنا التوصيات التي يستجيب لها هذا المشروع.", "保存后，此处显示本项目回应的建议。")
add(C, "Recommendations this project answers (linked to it, or through its mission or request): %1. Enter or a "
       "double click opens one.",
    "Recommandations auxquelles ce projet répond (liées à lui, ou par sa mission ou sa demande) : %1. Entrée ou un "
    "double-clic en ouvre une.",
    "Recomendaciones que atiende este proyecto (vinculadas a él, o a través de su misión o solicitud): %1. Intro o "
    "un doble clic abre una.",
    "Рекомендации, на которые отвечает проект (связанные с ним или через его миссию либо запрос): %1. Enter или "
    "двойной щелчок открывает рекомендацию.",
    "التوصيات التي يستجيب لها هذا المشروع (المرتبطة به أو عبر بعثته أو طلبه): %1. يفتح مفتاح الإدخال أو النقر "
    "المزدوج إحداها.",
    "本项目回应的建议（直接关联，或通过其访问团或请求关联）：%1。按 Enter 键或双击可打开。")
add(C, "This project answers no recommendation yet: link it on a recommendation (\u201cProjects that answer it\u201d).",
    "Ce projet ne répond encore à aucune recommandation : liez-le depuis une recommandation (« Projets qui y "
    "répondent »).",
    "Este proyecto no atiende todavía ninguna recomendación: vincúlelo desde una recomendación («Proyectos que la "
    "atienden»).",
    "Этот проект пока не отвечает ни на одну рекомендацию: свяжите его в рекомендации («Проекты, отвечающие на неё»).",
    "لا يستجيب هذا المشروع بعد لأي توصية: اربطه من التوصية («المشاريع التي تستجيب لها»).",
    "本项目尚未回应任何建议：请在建议中关联它（“回应该建议的项目”）。")
add(C, "No project answers it", "Aucun projet n'y répond", "Ningún proyecto la atiende", "Ни один проект не отвечает",
    "لا يستجيب لها أي مشروع", "无项目回应")
add(C, "A project's indicators are off track", "Indicateurs d'un projet en retard",
    "Indicadores de un proyecto con retraso", "Показатели проекта отстают", "مؤشرات مشروع متأخرة",
    "项目指标偏离进度")
add(C, "No plan action answers it", "Aucune action du plan n'y répond", "Ninguna acción del plan la atiende",
    "Ни одна мера плана не отвечает", "لا يستجيب لها أي إجراء من الخطة", "无计划行动回应")
add(C, "Follow-through", "Suites données", "Seguimiento dado", "Выполнение", "المتابعة الفعلية", "落实情况")
add(C, "Affected persons", "Personnes visées", "Afectados", "Группы лиц", "الأشخاص المعنيون",
    "受影响人群")  # short: a filter's label beside the date range
add(C, "Goal %1", "Objectif %1", "Objetivo %1", "Цель %1", "الهدف %1", "目标%1")

add("RecommendationEditor", "What was done", "Ce qui a été fait", "Lo que se ha hecho", "Что сделано",
    "ما الذي أُنجز", "已开展的工作")
add("ProjectEditor", "Recommendations", "Recommandations", "Recomendaciones", "Рекомендации", "التوصيات", "建议")

P = "Priority"
add(P, "Special procedure: %1", "Procédure spéciale : %1", "Procedimiento especial: %1", "Специальная процедура: %1",
    "إجراء خاص: %1", "特别程序：%1")
add(P, "Universal periodic review, cycle %1", "Examen périodique universel, cycle %1",
    "Examen periódico universal, ciclo %1", "Универсальный периодический обзор, цикл %1",
    "الاستعراض الدوري الشامل، الدورة %1", "普遍定期审议，第%1周期")
add(P, "para. %1", "par. %1", "párr. %1", "п. %1", "الفقرة %1", "第%1段")

add(C, "Mechanism", "Mécanisme", "Mecanismo", "Механизм", "الآلية", "机制")
add(C, "SDG", "ODD", "ODS", "ЦУР", "أهداف التنمية", "可持续发展目标")
add(C, "Universal periodic review: %1", "Examen périodique universel : %1", "Examen periódico universal: %1",
    "Универсальный периодический обзор: %1", "الاستعراض الدوري الشامل: %1", "普遍定期审议：%1")
add(C, "Special procedure: %1", "Procédure spéciale : %1", "Procedimiento especial: %1", "Специальная процедура: %1",
    "إجراء خاص: %1", "特别程序：%1")
# merged with national action plans: their actions in the thread
add(C, "Actions of national action plans that answer it: %1",
    "Actions de plans d'action nationaux qui y répondent : %1",
    "Acciones de planes de acción nacionales que la atienden: %1",
    "Действия национальных планов действий, отвечающие на неё: %1",
    "إجراءات خطط العمل الوطنية التي تستجيب لها: %1", "回应该建议的国家行动计划行动：%1")
add(C, "No action of a national action plan answers this recommendation yet.",
    "Aucune action d'un plan d'action national ne répond encore à cette recommandation.",
    "Ninguna acción de un plan de acción nacional atiende todavía esta recomendación.",
    "Пока ни одно действие национального плана действий не отвечает на эту рекомендацию.",
    "لا يوجد بعد إجراء في خطة عمل وطنية يستجيب لهذه التوصية.", "尚无国家行动计划的行动回应该建议。")
