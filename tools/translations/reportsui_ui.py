"""Translations of issue 16's report entry points and user guide window (fr, es, ru, ar, zh): the report kinds of the
catalogue (app/reports/kinds.py) and their descriptions, the paper, the attendance sheet's options, Save as Word
(now shared by the Reports page and a record's report window), and Help > User guide. Inserted with
``python tools/ts_insert.py tools/translations/reportsui_ui.py``."""

T: dict = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


# copied from the entries the same words had in another context
add('Reports', 'Cover, terms of reference, stakeholders met, findings and recommendations.',
    'Couverture, mandat, interlocuteurs rencontrés, constatations et recommandations.',
    'Portada, términos de referencia, interlocutores entrevistados, conclusiones y recomendaciones.',
    'Титульная страница, круг ведения, встречи с заинтересованными сторонами, выводы и рекомендации.',
    'الغلاف والاختصاصات والجهات المعنية التي جرى لقاؤها والاستنتاجات والتوصيات.',
    '封面、职权范围、会见的利益相关方、调查结果和建议。')
add('Reports', 'Participants by sex, target group and organisation; attendance, tests, evaluations and cost.',
    'Participants par sexe, groupe cible et organisation ; présence, tests, évaluations et coût.',
    'Participantes por sexo, grupo destinatario y organización; asistencia, pruebas, evaluaciones y costo.',
    'Участники по полу, целевой группе и организации; посещаемость, тесты, оценки и стоимость.',
    'المشاركون حسب الجنس والفئة المستهدفة والمنظمة؛ الحضور والاختبارات والتقييمات والتكلفة.',
    '按性别、目标群体和组织分列的参与者；出勤、测试、评估和费用。')
add('Reports', 'One row per participant and a signature box per day, to print and sign.',
    'Une ligne par participant et une case de signature par jour, à imprimer et à signer.',
    'Una fila por participante y una casilla de firma por día, para imprimir y firmar.',
    'Одна строка на участника и поле для подписи на каждый день — распечатать и подписать.',
    'صفّ لكل مشارك وخانة توقيع لكل يوم، للطباعة والتوقيع.',
    '每位参与者一行，每天一个签名格，供打印和签名。')
add('Reports', 'One certificate of participation per enrolled participant.',
    'Un certificat de participation par participant inscrit.',
    'Un certificado de participación por cada participante inscrito.',
    'Сертификат об участии для каждого записанного участника.',
    'شهادة مشاركة لكل مشارك مسجّل.',
    '每位已登记的参与者一份参与证书。')
add('Reports', 'Missions, trainings, participants reached, projects and expenditure for a period.',
    'Missions, formations, participants touchés, projets et dépenses sur une période.',
    'Misiones, capacitaciones, participantes alcanzados, proyectos y gastos de un período.',
    'Миссии, обучение, охваченные участники, проекты и расходы за период.',
    'البعثات والتدريب والمشاركون الذين جرى الوصول إليهم والمشاريع والنفقات خلال فترة.',
    '某一期间的特派团、培训、覆盖的参与者、项目和支出。')
add('Reports', 'Recommendations by status, each with its latest follow-up note.',
    'Recommandations par état, chacune avec sa dernière note de suivi.',
    'Recomendaciones por estado, cada una con su última nota de seguimiento.',
    'Рекомендации по статусу, каждая с последней отметкой о выполнении.',
    'التوصيات حسب الحالة، مع آخر ملاحظة متابعة لكل منها.',
    '按状态分列的建议，每项附最新的后续记录。')
add('WordCopy', 'Save as &Word…',
    'Enregistrer en &Word…',
    'Guardar como &Word…',
    'Сохранить в &Word…',
    'حفظ بصيغة &Word…',
    '另存为Word(&W)…')
add('WordCopy', 'Save an editable copy (.docx) with the same text and letterhead',
    'Enregistrer une copie modifiable (.docx) avec le même texte et le même en-tête',
    'Guardar una copia editable (.docx) con el mismo texto y membrete',
    'Сохранить редактируемую копию (.docx) с тем же текстом и бланком',
    'حفظ نسخة قابلة للتحرير (.docx) بالنص والترويسة نفسيهما',
    '保存可编辑副本（.docx），文字和信头相同')
add('WordCopy', 'Save an editable copy',
    'Enregistrer une copie modifiable',
    'Guardar una copia editable',
    'Сохранить редактируемую копию',
    'حفظ نسخة قابلة للتحرير',
    '保存可编辑副本')
add('WordCopy', 'Word documents (*.docx)',
    'Documents Word (*.docx)',
    'Documentos de Word (*.docx)',
    'Документы Word (*.docx)',
    'مستندات Word (*.docx)',
    'Word文档 (*.docx)')
add('WordCopy', 'Saving an editable copy',
    "Enregistrement d'une copie modifiable",
    'Guardando una copia editable',
    'Сохранение редактируемой копии',
    'جارٍ حفظ نسخة قابلة للتحرير',
    '正在保存可编辑副本')
add('WordCopy', 'Saved %1.',
    '%1 enregistré.',
    'Guardado: %1.',
    'Сохранено: %1.',
    'حُفظ: %1.',
    '已保存：%1。')

C = "Reports"  # the catalogue's kinds and descriptions (runner.report_label, report_description), the paper
add(C, "Requests ranked by priority", "Demandes classées par priorité", "Solicitudes ordenadas por prioridad",
    "Просьбы в порядке приоритетности", "الطلبات مرتبة حسب الأولوية", "按优先顺序排列的请求")
add(C, "Assessment of a request", "Évaluation d'une demande", "Evaluación de una solicitud", "Оценка просьбы",
    "تقييم طلب", "请求评估")
add(C, "Project progress report", "Rapport d'avancement du projet", "Informe de avance del proyecto",
    "Отчёт о ходе проекта", "تقرير سير المشروع", "项目进展报告")
add(C, "Portfolio overview", "Vue d'ensemble du portefeuille", "Panorama de la cartera", "Обзор портфеля",
    "نظرة عامة على الحافظة", "项目组合概览")
add(C, "Open requests for assistance ranked by the priority criteria, each score explained.",
    "Les demandes d'assistance en cours classées selon les critères de priorité, chaque note expliquée.",
    "Las solicitudes de asistencia abiertas ordenadas según los criterios de prioridad, con cada puntuación "
    "explicada.",
    "Открытые просьбы о помощи в порядке приоритетности по критериям, с пояснением каждой оценки.",
    "طلبات المساعدة المفتوحة مرتبة حسب معايير الأولوية، مع شرح كل درجة.",
    "按优先标准排列的未结援助请求，并解释每项得分。")
add(C, "One request for assistance: the criteria, the evidence behind each score, and its history.",
    "Une demande d'assistance : les critères, les éléments qui fondent chaque note, et son historique.",
    "Una solicitud de asistencia: los criterios, los datos en que se basa cada puntuación y su historial.",
    "Одна просьба о помощи: критерии, основания каждой оценки и её история.",
    "طلب مساعدة واحد: المعايير، والأدلة التي تستند إليها كل درجة، وتاريخه.",
    "单个援助请求：各项标准、每项得分的依据及其历史。")
add(C, "Results, indicators against their targets, budget execution, risks and the exit plan.",
    "Résultats, indicateurs au regard de leurs cibles, exécution du budget, risques et plan de sortie.",
    "Resultados, indicadores frente a sus metas, ejecución del presupuesto, riesgos y plan de salida.",
    "Результаты, показатели в сравнении с целевыми значениями, исполнение бюджета, риски и план выхода.",
    "النتائج، والمؤشرات مقارنة بأهدافها، وتنفيذ الميزانية، والمخاطر، وخطة الخروج.",
    "成果、指标与目标的对比、预算执行情况、风险以及退出计划。")
add(C, "Requests, projects, indicators, budget execution and exit plans of an office.",
    "Demandes, projets, indicateurs, exécution du budget et plans de sortie d'un bureau.",
    "Solicitudes, proyectos, indicadores, ejecución del presupuesto y planes de salida de una oficina.",
    "Просьбы, проекты, показатели, исполнение бюджета и планы выхода отделения.",
    "الطلبات والمشاريع والمؤشرات وتنفيذ الميزانية وخطط الخروج لمكتب ما.",
    "某一办事处的请求、项目、指标、预算执行情况和退出计划。")
add(C, "The office's paper", "Le papier du bureau", "El papel de la oficina", "Бумага отделения", "ورق المكتب",
    "办事处的纸张")
add(C, "A4", "A4", "A4", "A4", "A4", "A4")
add(C, "US Letter", "Lettre US", "Carta (EE. UU.)", "Letter (США)", "Letter الأمريكي", "美国 Letter 纸")

C = "ReportsPage"
add(C, "Request for assistance", "Demande d'assistance", "Solicitud de asistencia", "Просьба о помощи",
    "طلب المساعدة", "援助请求")
add(C, "Project", "Projet", "Proyecto", "Проект", "المشروع", "项目")
add(C, "Blank rows", "Lignes vides", "Filas en blanco", "Пустые строки", "صفوف فارغة", "空白行")
add(C, "Rows at the end for participants not on the list.",
    "Lignes à la fin pour les participants absents de la liste.",
    "Filas al final para los participantes que no están en la lista.",
    "Строки в конце для участников, которых нет в списке.",
    "صفوف في النهاية للمشاركين غير الموجودين في القائمة.",
    "末尾留给名单之外参与者的行。")
add(C, "Days", "Jours", "Días", "Дни", "الأيام", "日期")
add(C, "A column for every day, weekends too", "Une colonne pour chaque jour, week-ends compris",
    "Una columna para cada día, también los fines de semana", "Столбец на каждый день, включая выходные",
    "عمود لكل يوم، بما في ذلك عطلات نهاية الأسبوع", "每天一栏，包括周末")
add(C, "Paper", "Papier", "Papel", "Бумага", "الورق", "纸张")
add(C, "Choose a request for assistance first: type part of its title and pick it from the list.",
    "Choisissez d'abord une demande d'assistance : tapez une partie de son titre et choisissez-la dans la liste.",
    "Elija primero una solicitud de asistencia: escriba parte de su título y elíjala en la lista.",
    "Сначала выберите просьбу о помощи: введите часть её названия и выберите её из списка.",
    "اختر طلب مساعدة أولًا: اكتب جزءًا من عنوانه واختره من القائمة.",
    "请先选择一个援助请求：输入其标题的一部分，然后从列表中选择。")
add(C, "Choose a project first: type part of its title or code and pick it from the list.",
    "Choisissez d'abord un projet : tapez une partie de son titre ou de son code et choisissez-le dans la liste.",
    "Elija primero un proyecto: escriba parte de su título o de su código y elíjalo en la lista.",
    "Сначала выберите проект: введите часть его названия или кода и выберите его из списка.",
    "اختر مشروعًا أولًا: اكتب جزءًا من عنوانه أو رمزه واختره من القائمة.",
    "请先选择一个项目：输入其标题或代码的一部分，然后从列表中选择。")

C = "RecordReportDialog"
add(C, "Paper", "Papier", "Papel", "Бумага", "الورق", "纸张")
add(C, "&Paper:", "&Papier :", "&Papel:", "&Бумага:", "ال&ورق:", "纸张(&P)：")
add(C, "Blank rows", "Lignes vides", "Filas en blanco", "Пустые строки", "صفوف فارغة", "空白行")
add(C, "&Blank rows for walk-ins:", "Lignes &vides pour les participants non inscrits :",
    "Filas en &blanco para quienes no se inscribieron:", "&Пустые строки для незаписанных:",
    "صفوف &فارغة لغير المسجلين:", "为未登记者留的空白行(&B)：")
add(C, "A column for &every day, weekends too", "Une colonne pour chaque &jour, week-ends compris",
    "Una columna para cada &día, también los fines de semana", "Столбец на &каждый день, включая выходные",
    "عمود لكل &يوم، بما في ذلك عطلات نهاية الأسبوع", "每天一栏，包括周末(&E)")

C = "HelpWindow"
add(C, "FieldDesk user guide", "Guide de l'utilisateur de FieldDesk", "Guía del usuario de FieldDesk",
    "Руководство пользователя FieldDesk", "دليل مستخدم FieldDesk", "FieldDesk 用户指南")
add(C, "Contents", "Sommaire", "Contenido", "Содержание", "المحتويات", "目录")
add(C, "User guide", "Guide de l'utilisateur", "Guía del usuario", "Руководство пользователя", "دليل المستخدم",
    "用户指南")

C = "WindowActions"
add(C, "&User guide", "&Guide de l'utilisateur", "&Guía del usuario", "&Руководство пользователя",
    "&دليل المستخدم", "用户指南(&U)")
add(C, "The user guide, at the part about this page", "Le guide de l'utilisateur, à la partie sur cette page",
    "La guía del usuario, en la parte sobre esta página", "Руководство пользователя, раздел об этой странице",
    "دليل المستخدم، عند الجزء الخاص بهذه الصفحة", "用户指南中关于本页面的部分")
