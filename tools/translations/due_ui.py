"""Translations of what is due (fr, es, ru, ar, zh): the Due page, the dashboard's Due panel and the status bar's
count of overdue items."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


TEXTS = T

add("Pages", "Due", "Échéances", "Vencimientos", "Сроки", "المواعيد المستحقة", "到期事项")
C = "Due"
add(C, "Due", "Échéances", "Vencimientos", "Сроки", "المواعيد المستحقة", "到期事项")
add(C, "What is due", "Ce qui est dû", "Lo que vence", "Что пора сделать", "ما هو مستحق", "到期事项")
add(C, "Overdue", "En retard", "Atrasado", "Просрочено", "متأخر", "已逾期")
add(C, "This week", "Cette semaine", "Esta semana", "На этой неделе", "هذا الأسبوع", "本周")
add(C, "This month", "Ce mois-ci", "Este mes", "В этом месяце", "هذا الشهر", "本月")
add(C, "Mission report", "Rapport de mission", "Informe de misión", "Отчёт о миссии", "تقرير البعثة", "任务报告")
add(C, "Follow-up review", "Examen de suivi", "Revisión de seguimiento", "Проверка выполнения",
    "مراجعة المتابعة", "后续审查")
add(C, "Indicator value", "Valeur d’indicateur", "Valor del indicador", "Значение показателя", "قيمة المؤشر",
    "指标值")
add(C, "Final project report", "Rapport final du projet", "Informe final del proyecto", "Итоговый отчёт по проекту",
    "التقرير النهائي للمشروع", "项目最终报告")
add(C, "Mid-term evaluation", "Évaluation à mi-parcours", "Evaluación de medio término", "Среднесрочная оценка",
    "تقييم منتصف المدة", "中期评估")
add(C, "End-of-project evaluation", "Évaluation de fin de projet", "Evaluación final del proyecto",
    "Итоговая оценка проекта", "تقييم نهاية المشروع", "项目结束评估")
add(C, "Decision on a request", "Décision sur une demande", "Decisión sobre una solicitud", "Решение по запросу",
    "قرار بشأن طلب", "对请求的决定")
add(C, "Country", "Pays", "País", "Страна", "البلد", "国家")
add(C, "Office", "Bureau", "Oficina", "Отделение", "المكتب", "办事处")
add(C, "Record", "Fiche", "Registro", "Запись", "السجل", "记录")
add(C, "What", "Quoi", "Qué", "Что", "ماذا", "事项")
add(C, "Days late: %1", "Jours de retard : %1", "Días de retraso: %1", "Дней просрочки: %1", "أيام التأخير: %1",
    "逾期天数：%1")
add(C, "%1 overdue, %2 this week, %3 this month", "%1 en retard, %2 cette semaine, %3 ce mois-ci",
    "%1 atrasados, %2 esta semana, %3 este mes", "Просрочено: %1, на этой неделе: %2, в этом месяце: %3",
    "متأخرة: %1، هذا الأسبوع: %2، هذا الشهر: %3", "已逾期 %1 项，本周 %2 项，本月 %3 项")
add(C, "Overdue: %1", "En retard : %1", "Atrasados: %1", "Просрочено: %1", "متأخرة: %1", "已逾期：%1")
add(C, "Overdue per office: %1", "En retard par bureau : %1", "Atrasados por oficina: %1",
    "Просрочено по отделениям: %1", "المتأخرة حسب المكتب: %1", "各办事处逾期：%1")
add(C, "Most urgent items due", "Échéances les plus urgentes", "Vencimientos más urgentes", "Самые срочные сроки",
    "أكثر المواعيد إلحاحًا", "最紧急的到期事项")
add(C, "&All that is due\u2026", "&Toutes les échéances\u2026", "&Todos los vencimientos\u2026",
    "&Все сроки\u2026", "&كل المواعيد المستحقة\u2026", "全部到期事项(&A)\u2026")
add(C, "Finding what is due\u2026", "Recherche des échéances\u2026", "Buscando los vencimientos\u2026",
    "Поиск сроков\u2026", "جارٍ البحث عن المواعيد المستحقة\u2026", "正在查找到期事项\u2026")
add(C, "What is due: open the Due page", "Ce qui est dû : ouvrir la page Échéances",
    "Lo que vence: abrir la página Vencimientos", "Что пора сделать: открыть страницу «Сроки»",
    "ما هو مستحق: افتح صفحة المواعيد المستحقة", "到期事项：打开到期事项页面")
add(C, "&Rules\u2026", "&Règles\u2026", "&Reglas\u2026", "&Правила\u2026", "ال&قواعد\u2026", "规则(&R)\u2026")
add(C, "How many days after what each item is due", "Combien de jours après quoi chaque échéance tombe",
    "Cuántos días después de qué vence cada elemento", "Через сколько дней и после чего наступает каждый срок",
    "بعد كم يومًا ومن أي حدث يستحق كل بند", "每个事项在何事之后多少天到期")
C = "DueRules"
add(C, "Rules for what is due", "Règles des échéances", "Reglas de los vencimientos", "Правила сроков",
    "قواعد المواعيد المستحقة", "到期规则")
add(C, "Headquarters sets these rules; every office is held to them.",
    "Le siège fixe ces règles ; chaque bureau y est tenu.",
    "La sede fija estas reglas; todas las oficinas deben cumplirlas.",
    "Эти правила устанавливает штаб-квартира; их соблюдает каждое отделение.",
    "يضع المقر هذه القواعد؛ وتلتزم بها كل المكاتب.", "这些规则由总部制定；每个办事处都须遵守。")
add(C, "Set by headquarters; every office is held to them.", "Fixées par le siège ; chaque bureau y est tenu.",
    "Fijadas por la sede; todas las oficinas deben cumplirlas.",
    "Установлены штаб-квартирой; их соблюдает каждое отделение.",
    "يضعها المقر؛ وتلتزم بها كل المكاتب.", "由总部制定；每个办事处都须遵守。")
add(C, "What is due", "Ce qui est dû", "Lo que vence", "Что пора сделать", "ما هو مستحق", "到期事项")
add(C, "Days after", "Jours après", "Días después", "Дней после", "أيام بعد", "之后天数")
add(C, "Reporting period (months)", "Période de rapport (mois)", "Período de informe (meses)",
    "Отчётный период (мес.)", "فترة الإبلاغ (بالأشهر)", "报告期（月）")
add(C, "Reporting period", "Période de rapport", "Período de informe", "Отчётный период", "فترة الإبلاغ", "报告期")
add(C, "In use", "En vigueur", "En uso", "Действует", "مستخدمة", "启用")
add(C, "&Edit\u2026", "&Modifier\u2026", "&Editar\u2026", "&Изменить\u2026", "&تعديل\u2026", "编辑(&E)\u2026")
add(C, "Quarter", "Trimestre", "Trimestre", "Квартал", "ربع سنة", "季度")
add(C, "Half-year", "Semestre", "Semestre", "Полугодие", "نصف سنة", "半年")
add(C, "Year", "Année", "Año", "Год", "سنة", "年")
