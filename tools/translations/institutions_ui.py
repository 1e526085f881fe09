"""Translations of the national institutions' screens (fr, es, ru, ar, zh): the Institutions page, its editor and
parts, the institution picker of projects, missions, trainings and recommendations, the report's name."""

T = {}
NUMERUS = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


def common(contexts, source, *translations) -> None:
    for context in contexts:
        add(context, source, *translations)


PAGE, EDITOR, ACC, CON, OFF, WORK = ("InstitutionsPage", "InstitutionEditor", "AccreditationSection",
                                     "ConcernsSection", "OfficesSection", "WorkTab")

add("Pages", "Institutions", "Institutions", "Instituciones", "Учреждения", "المؤسسات", "机构")
add(PAGE, "National institutions", "Institutions nationales", "Instituciones nacionales", "Национальные учреждения",
    "المؤسسات الوطنية", "国家机构")
NUMERUS[(PAGE, "%Ln institution(s)")] = {
    "en": ["%Ln institution", "%Ln institutions"],
    "fr": ["%Ln institution", "%Ln institutions"],
    "es": ["%Ln institución", "%Ln instituciones"],
    "ru": ["%Ln учреждение", "%Ln учреждения", "%Ln учреждений"],
    "ar": ["%Ln مؤسسة", "مؤسسة واحدة", "مؤسستان", "%Ln مؤسسات", "%Ln مؤسسة", "%Ln مؤسسة"],
    "zh": ["%Ln 个机构"],
}
common((PAGE, EDITOR), "Name", "Nom", "Nombre", "Название", "الاسم", "名称")
common((PAGE, EDITOR), "Acronym", "Sigle", "Sigla", "Сокращение", "الاسم المختصر", "简称")
common((PAGE, EDITOR), "Country", "Pays", "País", "Страна", "البلد", "国家")
common((PAGE, EDITOR), "Type", "Type", "Tipo", "Тип", "النوع", "类型")
common((PAGE, EDITOR), "Established", "Création", "Creación", "Создано", "تاريخ الإنشاء", "成立日期")
common((PAGE, EDITOR), "Accreditation", "Accréditation", "Acreditación", "Аккредитация", "الاعتماد", "认证")
add(PAGE, "Office", "Bureau", "Oficina", "Отделение", "المكتب", "办事处")
add(PAGE, "Delete the institution \u201c%1\u201d with its accreditation reviews, concerns and regional offices? The "
    "records linked to it keep their own data.",
    "Supprimer l’institution « %1 » avec ses examens d’accréditation, ses préoccupations et ses bureaux régionaux ? "
    "Les fiches qui lui sont liées gardent leurs propres données.",
    "¿Eliminar la institución «%1» con sus exámenes de acreditación, preocupaciones y oficinas regionales? Los "
    "registros vinculados a ella conservan sus propios datos.",
    "Удалить учреждение «%1» вместе с рассмотрениями аккредитации, замечаниями и региональными отделениями? "
    "Связанные с ним записи сохранят свои данные.",
    "هل تحذف المؤسسة «%1» مع استعراضات اعتمادها وشواغلها ومكاتبها الإقليمية؟ تحتفظ السجلات المرتبطة بها ببياناتها.",
    "删除机构“%1”及其认证审查、关切和地区办事处？与其关联的记录保留各自的数据。")

add(EDITOR, "New national institution", "Nouvelle institution nationale", "Nueva institución nacional",
    "Новое национальное учреждение", "مؤسسة وطنية جديدة", "新建国家机构")
add(EDITOR, "Profile", "Profil", "Perfil", "Профиль", "الملف", "概况")
add(EDITOR, "Legal basis", "Fondement juridique", "Fundamento jurídico", "Правовая основа", "الأساس القانوني",
    "法律依据")
add(EDITOR, "Website", "Site web", "Sitio web", "Веб-сайт", "الموقع الشبكي", "网站")
add(EDITOR, "Contact", "Contact", "Contacto", "Контакты", "الاتصال", "联系方式")
add(EDITOR, "Notes", "Notes", "Notas", "Примечания", "ملاحظات", "备注")
add(EDITOR, "Regional offices", "Bureaux régionaux", "Oficinas regionales", "Региональные отделения",
    "المكاتب الإقليمية", "地区办事处")
add(EDITOR, "Concerns", "Préoccupations", "Preocupaciones", "Замечания", "الشواغل", "关切")
add(EDITOR, "Work", "Travaux", "Trabajo", "Работа", "العمل", "工作")
add(EDITOR, "The constitution or law that establishes it, with its reference (article, law number).",
    "La constitution ou la loi qui l’établit, avec sa référence (article, numéro de loi).",
    "La constitución o la ley que la establece, con su referencia (artículo, número de ley).",
    "Конституция или закон, которым оно учреждено, с реквизитами (статья, номер закона).",
    "الدستور أو القانون الذي أنشأها، مع مرجعه (المادة، رقم القانون).",
    "设立该机构的宪法或法律及其出处（条款、法律编号）。")

add(ACC, "accreditation review", "examen d’accréditation", "examen de acreditación", "рассмотрение аккредитации",
    "استعراض الاعتماد", "认证审查")
add(ACC, "Reviews by GANHRI's Sub-Committee on Accreditation, latest first, recorded by headquarters. The current "
    "status is the latest review's.",
    "Examens du Sous-comité d’accréditation de la GANHRI, le plus récent en premier, enregistrés par le siège. Le "
    "statut actuel est celui du dernier examen.",
    "Exámenes del Subcomité de Acreditación de la GANHRI, el más reciente primero, registrados por la sede. La "
    "categoría actual es la del último examen.",
    "Рассмотрения Подкомитета по аккредитации ГАНПЧУ, начиная с последнего, записанные штаб-квартирой. Текущий "
    "статус — статус последнего рассмотрения.",
    "استعراضات اللجنة الفرعية المعنية بالاعتماد التابعة للتحالف العالمي، الأحدث أولاً، يسجلها المقر. المركز الحالي "
    "هو مركز آخر استعراض.",
    "全球联盟认证小组委员会的审查，最新的在前，由总部记录。当前等级为最近一次审查的等级。")
add(ACC, "Reviews by GANHRI's Sub-Committee on Accreditation, latest first. The current status is the latest "
    "review's.",
    "Examens du Sous-comité d’accréditation de la GANHRI, le plus récent en premier. Le statut actuel est celui du "
    "dernier examen.",
    "Exámenes del Subcomité de Acreditación de la GANHRI, el más reciente primero. La categoría actual es la del "
    "último examen.",
    "Рассмотрения Подкомитета по аккредитации ГАНПЧУ, начиная с последнего. Текущий статус — статус последнего "
    "рассмотрения.",
    "استعراضات اللجنة الفرعية المعنية بالاعتماد التابعة للتحالف العالمي، الأحدث أولاً. المركز الحالي هو مركز آخر "
    "استعراض.",
    "全球联盟认证小组委员会的审查，最新的在前。当前等级为最近一次审查的等级。")
add(ACC, "Review date", "Date de l’examen", "Fecha del examen", "Дата рассмотрения", "تاريخ الاستعراض", "审查日期")
add(ACC, "Status", "Statut", "Categoría", "Статус", "المركز", "等级")
add(ACC, "Next review", "Prochain examen", "Próximo examen", "Следующее рассмотрение", "الاستعراض التالي",
    "下次审查")
add(ACC, "Concerns raised", "Préoccupations soulevées", "Preocupaciones planteadas", "Высказано замечаний",
    "الشواغل المثارة", "提出的关切")
common((ACC, OFF), "Note", "Note", "Nota", "Примечание", "ملاحظة", "备注")
add(ACC, "Current status: not reviewed.", "Statut actuel : non examinée.", "Categoría actual: no examinada.",
    "Текущий статус: не рассматривалось.", "المركز الحالي: لم تُستعرض.", "当前等级：未经审查。")
add(ACC, "Current status: %1, since the review of %2.", "Statut actuel : %1, depuis l’examen du %2.",
    "Categoría actual: %1, desde el examen del %2.", "Текущий статус: %1, с рассмотрения от %2.",
    "المركز الحالي: %1، منذ استعراض %2.", "当前等级：%1，自 %2 的审查起。")
add(ACC, "The Sub-Committee's concerns are recorded on the Concerns tab, naming this review.",
    "Les préoccupations du Sous-comité s’enregistrent dans l’onglet Préoccupations, en nommant cet examen.",
    "Las preocupaciones del Subcomité se registran en la pestaña Preocupaciones, indicando este examen.",
    "Замечания Подкомитета записываются на вкладке «Замечания» со ссылкой на это рассмотрение.",
    "تُسجَّل شواغل اللجنة الفرعية في علامة التبويب «الشواغل» مع ذكر هذا الاستعراض.",
    "小组委员会的关切记录在“关切”选项卡中，并注明本次审查。")

add(CON, "concern", "préoccupation", "preocupación", "замечание", "شاغل", "关切")
add(CON, "Paris Principles concerns, recorded as findings about the institution: raised by an accreditation review, "
    "by a mission, or by the office's own assessment.",
    "Préoccupations au regard des Principes de Paris, enregistrées comme constatations sur l’institution : "
    "soulevées par un examen d’accréditation, par une mission ou par l’évaluation du bureau.",
    "Preocupaciones respecto de los Principios de París, registradas como constataciones sobre la institución: "
    "planteadas por un examen de acreditación, por una misión o por la evaluación de la oficina.",
    "Замечания в отношении Парижских принципов, записанные как выводы об учреждении: высказанные при рассмотрении "
    "аккредитации, миссией или по собственной оценке отделения.",
    "الشواغل المتعلقة بمبادئ باريس، مسجلة كاستنتاجات بشأن المؤسسة: أثارها استعراض للاعتماد أو بعثة أو تقييم المكتب "
    "نفسه.",
    "有关《巴黎原则》的关切，作为对该机构的调查结论记录：由认证审查、特派团或办事处自身的评估提出。")
add(CON, "Concern", "Préoccupation", "Preocupación", "Замечание", "الشاغل", "关切")
add(CON, "Raised by", "Soulevée par", "Planteada por", "Кем высказано", "أثاره", "提出方")
add(CON, "Raised", "Soulevée le", "Planteada el", "Высказано", "تاريخ إثارته", "提出日期")
add(CON, "Addressed", "Résolue le", "Atendida el", "Устранено", "تاريخ معالجته", "解决日期")
add(CON, "How it was addressed", "Comment elle a été résolue", "Cómo se atendió", "Как устранено",
    "كيف عولج", "解决方式")
add(CON, "Raised by the accreditation review", "Soulevée par l’examen d’accréditation",
    "Planteada por el examen de acreditación", "Высказано при рассмотрении аккредитации", "أثاره استعراض الاعتماد",
    "提出关切的认证审查")
add(CON, "Accreditation review of %1", "Examen d’accréditation du %1", "Examen de acreditación del %1",
    "Рассмотрение аккредитации от %1", "استعراض الاعتماد في %1", "%1 的认证审查")
add(CON, "Raised by the mission", "Soulevée par la mission", "Planteada por la misión", "Высказано миссией",
    "أثارته البعثة", "提出关切的特派团")
add(CON, "Against the Paris Principles: mandate, independence, pluralism, resources, appointment, cooperation.",
    "Au regard des Principes de Paris : mandat, indépendance, pluralisme, ressources, nomination, coopération.",
    "Respecto de los Principios de París: mandato, independencia, pluralismo, recursos, nombramiento, cooperación.",
    "В отношении Парижских принципов: мандат, независимость, плюрализм, ресурсы, назначение, сотрудничество.",
    "فيما يتعلق بمبادئ باريس: الولاية، الاستقلال، التعددية، الموارد، التعيين، التعاون.",
    "对照《巴黎原则》：任务、独立性、多元化、资源、任命、合作。")

add(OFF, "regional office", "bureau régional", "oficina regional", "региональное отделение", "مكتب إقليمي",
    "地区办事处")
add(OFF, "Place", "Lieu", "Lugar", "Место", "المكان", "地点")
add(OFF, "Opened", "Ouverture", "Apertura", "Открыто", "تاريخ الافتتاح", "开设日期")

add(WORK, "Work linked to this institution", "Travaux liés à cette institution", "Trabajo vinculado a esta "
    "institución", "Работа, связанная с этим учреждением", "العمل المرتبط بهذه المؤسسة", "与该机构相关的工作")
add(WORK, "Projects, missions, training activities and recommendations that name this institution (chosen in their "
    "own editors). Enter or a double click opens one.",
    "Projets, missions, activités de formation et recommandations qui nomment cette institution (choisie dans leur "
    "propre éditeur). Entrée ou un double-clic en ouvre un.",
    "Proyectos, misiones, actividades de capacitación y recomendaciones que nombran esta institución (elegida en su "
    "propio editor). Intro o un doble clic abre uno.",
    "Проекты, миссии, учебные мероприятия и рекомендации, в которых указано это учреждение (выбирается в их "
    "редакторах). Enter или двойной щелчок открывает запись.",
    "المشاريع والبعثات وأنشطة التدريب والتوصيات التي تذكر هذه المؤسسة (تُختار في محرر كل منها). يفتح Enter أو النقر "
    "المزدوج أحدها.",
    "提及该机构的项目、特派团、培训活动和建议（在各自的编辑器中选择）。按 Enter 或双击可打开。")
add(WORK, "Kind", "Nature", "Tipo", "Вид", "النوع", "类别")
add(WORK, "Reference", "Référence", "Referencia", "Номер", "المرجع", "编号")
add(WORK, "Title", "Intitulé", "Título", "Название", "العنوان", "标题")
add(WORK, "Date", "Date", "Fecha", "Дата", "التاريخ", "日期")
add(WORK, "Status", "Statut", "Estado", "Статус", "الحالة", "状态")
add(WORK, "Projects: %1. Missions: %2. Training activities: %3. Recommendations: %4.",
    "Projets : %1. Missions : %2. Activités de formation : %3. Recommandations : %4.",
    "Proyectos: %1. Misiones: %2. Actividades de capacitación: %3. Recomendaciones: %4.",
    "Проекты: %1. Миссии: %2. Учебные мероприятия: %3. Рекомендации: %4.",
    "المشاريع: %1. البعثات: %2. أنشطة التدريب: %3. التوصيات: %4.",
    "项目：%1。特派团：%2。培训活动：%3。建议：%4。")

INST = "Institutions"
add(INST, "Project", "Projet", "Proyecto", "Проект", "مشروع", "项目")
add(INST, "Mission", "Mission", "Misión", "Миссия", "بعثة", "特派团")
add(INST, "Training activity", "Activité de formation", "Actividad de capacitación", "Учебное мероприятие",
    "نشاط تدريبي", "培训活动")
add(INST, "Recommendation", "Recommandation", "Recomendación", "Рекомендация", "توصية", "建议")
add(INST, "National institution", "Institution nationale", "Institución nacional", "Национальное учреждение",
    "المؤسسة الوطنية", "国家机构")
add(INST, "An institution of another country", "Une institution d’un autre pays", "Una institución de otro país",
    "Учреждение другой страны", "مؤسسة من بلد آخر", "另一国家的机构")
add(INST, "The national human rights institution this concerns: one of the record's country.",
    "L’institution nationale des droits de l’homme concernée : une institution du pays de la fiche.",
    "La institución nacional de derechos humanos de que se trata: una del país del registro.",
    "Национальное правозащитное учреждение, которого это касается: учреждение страны записи.",
    "المؤسسة الوطنية لحقوق الإنسان المعنية: مؤسسة من بلد السجل.",
    "所涉国家人权机构：须为本记录所在国家的机构。")

add("RecordEditor", "Accreditation review", "Examen d’accréditation", "Examen de acreditación",
    "Рассмотрение аккредитации", "استعراض الاعتماد", "认证审查")
add("RecordEditor", "Concern", "Préoccupation", "Preocupación", "Замечание", "الشاغل", "关切")
add("RecordEditor", "Regional office", "Bureau régional", "Oficina regional", "Региональное отделение",
    "المكتب الإقليمي", "地区办事处")

add("Reports", "National human rights institution", "Institution nationale des droits de l’homme",
    "Institución nacional de derechos humanos", "Национальное правозащитное учреждение",
    "مؤسسة وطنية لحقوق الإنسان", "国家人权机构")
add("Reports", "One institution: its profile, GANHRI accreditation history, Paris Principles concerns, regional "
    "offices and the projects, missions, trainings and recommendations concerning it, by year.",
    "Une institution : son profil, l’historique de son accréditation par la GANHRI, les préoccupations au regard des "
    "Principes de Paris, ses bureaux régionaux et les projets, missions, formations et recommandations qui la "
    "concernent, par année.",
    "Una institución: su perfil, su historial de acreditación ante la GANHRI, las preocupaciones respecto de los "
    "Principios de París, sus oficinas regionales y los proyectos, misiones, capacitaciones y recomendaciones que la "
    "conciernen, por año.",
    "Одно учреждение: профиль, история аккредитации в ГАНПЧУ, замечания в отношении Парижских принципов, "
    "региональные отделения и касающиеся его проекты, миссии, обучение и рекомендации по годам.",
    "مؤسسة واحدة: ملفها، وسجل اعتمادها لدى التحالف العالمي، والشواغل المتعلقة بمبادئ باريس، ومكاتبها الإقليمية، "
    "والمشاريع والبعثات والتدريبات والتوصيات المتعلقة بها، حسب السنة.",
    "一个机构：其概况、全球联盟认证记录、有关《巴黎原则》的关切、地区办事处，以及涉及该机构的项目、特派团、培训和"
    "建议（按年份）。")
add("ReportsPage", "National institution", "Institution nationale", "Institución nacional",
    "Национальное учреждение", "المؤسسة الوطنية", "国家机构")
add("ReportsPage", "Type part of its name or acronym and pick it from the list.",
    "Tapez une partie de son nom ou de son sigle et choisissez-la dans la liste.",
    "Escriba parte de su nombre o sigla y elíjala de la lista.",
    "Введите часть названия или сокращения и выберите учреждение из списка.",
    "اكتب جزءًا من اسمها أو اسمها المختصر واخترها من القائمة.",
    "输入其名称或简称的一部分，然后从列表中选择。")
add("ReportsPage", "Choose a national institution first: type part of its name or acronym and pick it from the list.",
    "Choisissez d’abord une institution nationale : tapez une partie de son nom ou de son sigle et choisissez-la "
    "dans la liste.",
    "Elija primero una institución nacional: escriba parte de su nombre o sigla y elíjala de la lista.",
    "Сначала выберите национальное учреждение: введите часть названия или сокращения и выберите его из списка.",
    "اختر مؤسسة وطنية أولاً: اكتب جزءًا من اسمها أو اسمها المختصر واخترها من القائمة.",
    "请先选择一个国家机构：输入其名称或简称的一部分，然后从列表中选择。")
