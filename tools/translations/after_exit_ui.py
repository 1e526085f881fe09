"""Translations of the "After the exit" tab, the sustainability checks in what is due, its rule, the lessons and the
dashboard's tile (fr, es, ru, ar, zh)."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


TEXTS = T

AFTER = ("Après la sortie", "Después de la salida", "После завершения", "بعد الخروج", "退出之后")
for context in ("ProjectEditor", "RecordEditor", "Lessons"):
    add(context, "After the exit", *AFTER)
C = "AfterExitSection"
add(C, "Months after the exit", "Mois après la sortie", "Meses después de la salida", "Мес. после завершения",
    "الأشهر بعد الخروج", "退出后月数")
add(C, "Checked on", "Vérifié le", "Verificado el", "Дата проверки", "تاريخ التحقق", "核查日期")
add(C, "Partner still running it", "Le partenaire le poursuit", "El socio lo mantiene", "Партнёр продолжает",
    "الشريك ما زال يديره", "伙伴仍在运行")
add(C, "National budget line", "Ligne budgétaire nationale", "Partida presupuestaria nacional",
    "Статья бюджета", "بند في الميزانية الوطنية", "国家预算项目")
add(C, "Trained staff in post", "Personnel formé en poste", "Personal capacitado en su puesto",
    "Персонал на местах", "الموظفون المدربون في مناصبهم", "受训人员在岗")
add(C, "Notes", "Notes", "Notas", "Примечания", "ملاحظات", "备注")
add(C, "National partner still running it", "Le partenaire national le poursuit", "El socio nacional lo mantiene",
    "Национальный партнёр продолжает работу", "الشريك الوطني ما زال يديره", "国家伙伴仍在运行")
add(C, "Budget", "Budget", "Presupuesto", "Бюджет", "الميزانية", "预算")
add(C, "A national budget line", "Une ligne budgétaire nationale", "Una partida presupuestaria nacional",
    "Есть статья национального бюджета", "يوجد بند في الميزانية الوطنية", "有国家预算项目")
add(C, "Staff", "Personnel", "Personal", "Персонал", "الموظفون", "人员")
add(C, "Trained staff still in post", "Personnel formé toujours en poste", "Personal capacitado aún en su puesto",
    "Обученный персонал на своих местах", "الموظفون المدربون ما زالوا في مناصبهم", "受训人员仍在岗")
add(C, "Evidence", "Preuves", "Evidencia", "Подтверждения", "الأدلة", "证据")
add(C, "What was seen: a budget law, a payroll, a visit (attach files on the project).",
    "Ce qui a été constaté : une loi de finances, une liste de paie, une visite (joindre les fichiers au projet).",
    "Lo que se constató: una ley de presupuesto, una nómina, una visita (adjunte los archivos al proyecto).",
    "Что было установлено: закон о бюджете, ведомость, посещение (файлы прикрепите к проекту).",
    "ما تمت ملاحظته: قانون ميزانية، كشف رواتب، زيارة (أرفق الملفات بالمشروع).",
    "所见证据：预算法、工资单、实地访问（文件请附在项目上）。")
add(C, "sustainability check", "vérification de durabilité", "verificación de sostenibilidad", "проверка устойчивости",
    "تحقق من الاستدامة", "可持续性核查")
add(C, "When a project closes, whether what it set in motion lasted is checked some months after its exit; each "
       "check is due until it is recorded here.",
    "Quand un projet est clôturé, on vérifie quelques mois après sa sortie si ce qu'il a lancé a duré ; chaque "
    "vérification reste due tant qu'elle n'est pas enregistrée ici.",
    "Cuando un proyecto se cierra, se verifica unos meses después de su salida si lo que puso en marcha perdura; cada "
    "verificación vence hasta que se registra aquí.",
    "Когда проект закрыт, через несколько месяцев после завершения проверяют, продолжается ли начатое им; каждая "
    "проверка считается причитающейся, пока она не записана здесь.",
    "عند إغلاق المشروع، يُتحقق بعد بضعة أشهر من خروجه مما إذا كان ما أطلقه قد استمر؛ ويبقى كل تحقق مستحقًا إلى أن "
    "يُسجَّل هنا.",
    "项目关闭后，在退出数月后核查其启动的工作是否得以延续；每次核查在此记录之前均为待办。")
add(C, "Checks are scheduled once the project is closed.",
    "Les vérifications sont programmées une fois le projet clôturé.",
    "Las verificaciones se programan una vez cerrado el proyecto.", "Проверки назначаются, когда проект закрыт.",
    "تُجدول عمليات التحقق عند إغلاق المشروع.", "项目关闭后即安排核查。")
add(C, "Closed without an exit or end date: give one to schedule the checks.",
    "Clôturé sans date de sortie ni de fin : indiquez-en une pour programmer les vérifications.",
    "Cerrado sin fecha de salida ni de fin: indique una para programar las verificaciones.",
    "Закрыт без даты завершения или окончания: укажите её, чтобы назначить проверки.",
    "أُغلق دون تاريخ خروج أو انتهاء: أدخل تاريخًا لجدولة عمليات التحقق.",
    "已关闭但无退出或结束日期：请填写日期以安排核查。")
add(C, "recorded", "enregistrée", "registrada", "записана", "مسجَّل", "已记录")
add(C, "due %1", "échéance %1", "vence el %1", "срок %1", "الموعد %1", "截止%1")
add(C, "%1 months (%2, %3)", "%1 mois (%2, %3)", "%1 meses (%2, %3)", "%1 мес. (%2, %3)", "%1 شهرًا (%2، %3)",
    "%1个月（%2，%3）")
add(C, "Exit on %1. Checks: %2.", "Sortie le %1. Vérifications : %2.", "Salida el %1. Verificaciones: %2.",
    "Завершение %1. Проверки: %2.", "الخروج في %1. عمليات التحقق: %2.", "退出日期%1。核查：%2。")
add("Due", "Sustainability check", "Vérification de durabilité", "Verificación de sostenibilidad",
    "Проверка устойчивости", "التحقق من الاستدامة", "可持续性核查")
add("Due", "%1 months after the exit", "%1 mois après la sortie", "%1 meses después de la salida",
    "%1 мес. после завершения", "%1 شهرًا بعد الخروج", "退出后%1个月")
add("DueRules", "Months after the exit", "Mois après la sortie", "Meses después de la salida",
    "Месяцев после завершения", "الأشهر بعد الخروج", "退出后月数")
add("DueRules", "When the checks fall after a project's exit, e.g. 6, 12, 24.",
    "Quand tombent les vérifications après la sortie d'un projet, p. ex. 6, 12, 24.",
    "Cuándo caen las verificaciones tras la salida de un proyecto, p. ej. 6, 12, 24.",
    "Когда проводятся проверки после завершения проекта, например 6, 12, 24.",
    "متى تحين عمليات التحقق بعد خروج المشروع، مثلًا 6، 12، 24.",
    "项目退出后何时核查，例如 6, 12, 24。")
add("DashboardPage", "closed projects sustained at 12 months", "projets clôturés durables à 12 mois",
    "proyectos cerrados sostenidos a los 12 meses", "закрытых проектов продолжаются через 12 мес.",
    "مشاريع مغلقة مستدامة بعد 12 شهرًا", "12个月时仍持续的已关闭项目")
add("DashboardPage", "%1 of %2", "%1 sur %2", "%1 de %2", "%1 из %2", "%1 من %2", "%2个中的%1个")
