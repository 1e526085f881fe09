"""Translations (fr, es, ru, ar, zh) of a recommendation's mechanism in the window (its editor, list and vocabulary)
and of the implementation matrix on the Reports page, and the import of the Universal Human Rights Index's export."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


C = "RecommendationEditor"
add(C, "Treaty body", "Organe conventionnel", "Órgano de tratado", "Договорный орган", "هيئة المعاهدة", "条约机构")
add(C, "When the source is a treaty body.", "Lorsque la source est un organe conventionnel.",
    "Cuando la fuente es un órgano de tratado.", "Если источник — договорный орган.",
    "عندما يكون المصدر هيئة معاهدة.", "来源为条约机构时填写。")
add(C, "Special procedure mandate", "Mandat de procédure spéciale", "Mandato de procedimiento especial",
    "Мандат специальной процедуры", "ولاية الإجراء الخاص", "特别程序任务")
add(C, "UPR cycle", "Cycle de l’EPU", "Ciclo del EPU", "Цикл УПО", "دورة الاستعراض الدوري الشامل", "普遍定期审议周期")
add(C, "Recommending state", "État recommandant", "Estado recomendante", "Рекомендующее государство",
    "الدولة المقدِّمة للتوصية", "提出建议的国家")
add(C, "The state that made it in the periodic review.", "L’État qui l’a formulée lors de l’examen périodique.",
    "El Estado que la formuló en el examen periódico.", "Государство, сделавшее её в ходе периодического обзора.",
    "الدولة التي قدّمتها في الاستعراض الدوري.", "在定期审议中提出该建议的国家。")
add(C, "Document symbol", "Symbole du document", "Signatura del documento", "Условное обозначение документа",
    "رمز الوثيقة", "文件编号")
add(C, "Paragraph", "Paragraphe", "Párrafo", "Пункт", "الفقرة", "段落")
add(C, "State's response", "Réponse de l’État", "Respuesta del Estado", "Ответ государства", "رد الدولة",
    "国家的答复")
add(C, "Response comment", "Commentaire sur la réponse", "Comentario sobre la respuesta", "Комментарий к ответу",
    "تعليق على الرد", "答复评论")
add(C, "Affected persons", "Personnes concernées", "Personas afectadas", "Затрагиваемые лица", "الأشخاص المتأثرون",
    "受影响者")
add(C, "SDG targets", "Cibles des ODD", "Metas de los ODS", "Задачи ЦУР", "غايات أهداف التنمية المستدامة",
    "可持续发展目标具体目标")
add(C, "Projects that answer it", "Projets qui y répondent", "Proyectos que la atienden",
    "Проекты, отвечающие на неё", "المشاريع التي تستجيب لها", "回应该建议的项目")

C = "RecommendationsPage"
add(C, "Symbol", "Symbole", "Signatura", "Условное обозначение", "الرمز", "文件编号")
add(C, "Paragraph", "Paragraphe", "Párrafo", "Пункт", "الفقرة", "段落")
add(C, "Response", "Réponse", "Respuesta", "Ответ", "الرد", "答复")

C = "RecommendationSource"
add(C, "Other mechanism", "Autre mécanisme", "Otro mecanismo", "Другой механизм", "آلية أخرى", "其他机制")

C = "StateResponse"
add(C, "No response recorded", "Aucune réponse enregistrée", "Sin respuesta registrada", "Ответ не записан",
    "لم يُسجَّل رد", "未记录答复")
add(C, "Supported", "Acceptée", "Aceptada", "Поддержана", "مؤيَّدة", "支持")
add(C, "Noted", "Notée", "Tomada en cuenta", "Принята к сведению", "أُحيط بها علماً", "注意到")
add(C, "Under consideration", "À l’examen", "En examen", "На рассмотрении", "قيد النظر", "正在审议")

C = "ReportsPage"
add(C, "Thematic area", "Domaine thématique", "Área temática", "Тематическая область", "المجال المواضيعي", "专题领域")
add(C, "All thematic areas", "Tous les domaines thématiques", "Todas las áreas temáticas", "Все тематические области",
    "جميع المجالات المواضيعية", "所有专题领域")
add(C, "SDG target", "Cible des ODD", "Meta de los ODS", "Задача ЦУР", "غاية أهداف التنمية المستدامة",
    "可持续发展目标具体目标")
add(C, "A target of the Sustainable Development Goals, such as 16.3; empty for all.",
    "Une cible des objectifs de développement durable, par exemple 16.3 ; vide pour toutes.",
    "Una meta de los Objetivos de Desarrollo Sostenible, como 16.3; vacío para todas.",
    "Задача целей устойчивого развития, например 16.3; пусто — все задачи.",
    "غاية من غايات أهداف التنمية المستدامة، مثل 16.3؛ اتركه فارغاً لجميع الغايات.",
    "可持续发展目标的一个具体目标，例如 16.3；留空表示全部。")

C = "Reports"
add(C, "Implementation matrix", "Matrice de mise en œuvre", "Matriz de implementación", "Матрица выполнения",
    "مصفوفة التنفيذ", "落实矩阵")
add(C, "Recommendations to one country by thematic area and mechanism, with the state's response, their follow-up "
       "and the projects that answer them.",
    "Les recommandations adressées à un pays, par domaine thématique et par mécanisme, avec la réponse de l’État, "
    "leur suivi et les projets qui y répondent.",
    "Las recomendaciones dirigidas a un país, por área temática y mecanismo, con la respuesta del Estado, su "
    "seguimiento y los proyectos que las atienden.",
    "Рекомендации одной стране по тематическим областям и механизмам, с ответом государства, последующими мерами и "
    "проектами, которые на них отвечают.",
    "التوصيات الموجهة إلى بلد واحد حسب المجال المواضيعي والآلية، مع رد الدولة ومتابعتها والمشاريع التي تستجيب لها.",
    "向一个国家提出的建议，按专题领域和机制分列，附国家的答复、后续行动及回应这些建议的项目。")

C = "IndexImportDialog"
add(C, "Import recommendations from the Universal Human Rights Index",
    "Importer des recommandations de l’Index universel des droits de l’homme",
    "Importar recomendaciones del Índice Universal de Derechos Humanos",
    "Импорт рекомендаций из Универсального индекса прав человека",
    "استيراد التوصيات من الفهرس العالمي لحقوق الإنسان", "从世界人权索引导入建议")
add(C, "Export the recommendations from uhri.ohchr.org as CSV or Excel, then choose the file here. Nothing is written "
       "until you press Import; recommendations already recorded (same document symbol and paragraph) are left as "
       "they are.",
    "Exportez les recommandations depuis uhri.ohchr.org au format CSV ou Excel, puis choisissez le fichier ici. Rien "
    "n’est enregistré avant que vous appuyiez sur Importer ; les recommandations déjà enregistrées (même symbole de "
    "document et même paragraphe) restent telles quelles.",
    "Exporte las recomendaciones desde uhri.ohchr.org en CSV o Excel y elija aquí el archivo. No se guarda nada hasta "
    "que pulse Importar; las recomendaciones ya registradas (misma signatura y mismo párrafo) se dejan como están.",
    "Экспортируйте рекомендации с uhri.ohchr.org в формате CSV или Excel и выберите файл здесь. Ничего не "
    "записывается, пока вы не нажмёте «Импортировать»; уже записанные рекомендации (то же обозначение документа и "
    "пункт) остаются без изменений.",
    "صدِّر التوصيات من uhri.ohchr.org بصيغة CSV أو Excel، ثم اختر الملف هنا. لا يُكتب شيء حتى تضغط على استيراد؛ "
    "وتبقى التوصيات المسجلة من قبل (بنفس رمز الوثيقة والفقرة) كما هي.",
    "从 uhri.ohchr.org 将建议导出为 CSV 或 Excel 文件，然后在此选择该文件。在您按“导入”之前不会写入任何内容；"
    "已记录的建议（文件编号和段落相同）保持不变。")
add(C, "Type the file's path, or Browse", "Tapez le chemin du fichier, ou Parcourir",
    "Escriba la ruta del archivo, o Examinar", "Введите путь к файлу или нажмите «Обзор»",
    "اكتب مسار الملف، أو استعرض", "输入文件路径，或点击“浏览”")
add(C, "&Browse\u2026", "&Parcourir\u2026", "&Examinar\u2026", "&Обзор\u2026", "&استعراض\u2026", "浏览(&B)\u2026")
add(C, "As the file says", "Comme l’indique le fichier", "Según el archivo", "Как указано в файле",
    "كما يذكر الملف", "按文件所示")
add(C, "&File", "&Fichier", "&Archivo", "&Файл", "&الملف", "文件(&F)")
add(C, "&Country", "P&ays", "&País", "&Страна", "ال&بلد", "国家(&C)")
add(C, "C&heck", "&Vérifier", "&Comprobar", "П&роверить", "ت&حقق", "检查(&H)")
add(C, "&Import", "&Importer", "&Importar", "&Импортировать", "ا&ستيراد", "导入(&I)")
add(C, "Index exports (*.csv *.xlsx);;All files (*)", "Exports de l’Index (*.csv *.xlsx);;Tous les fichiers (*)",
    "Exportaciones del Índice (*.csv *.xlsx);;Todos los archivos (*)",
    "Выгрузки Индекса (*.csv *.xlsx);;Все файлы (*)", "ملفات الفهرس المصدَّرة (*.csv *.xlsx);;جميع الملفات (*)",
    "索引导出文件 (*.csv *.xlsx);;所有文件 (*)")
add(C, "Checking\u2026", "Vérification\u2026", "Comprobando\u2026", "Проверка\u2026", "جارٍ التحقق\u2026",
    "正在检查\u2026")
add(C, "New: %1. Already recorded: %2. For another country (left out): %3.",
    "Nouvelles : %1. Déjà enregistrées : %2. Pour un autre pays (laissées de côté) : %3.",
    "Nuevas: %1. Ya registradas: %2. De otro país (omitidas): %3.",
    "Новые: %1. Уже записаны: %2. Для другой страны (пропущены): %3.",
    "جديدة: %1. مسجلة من قبل: %2. لبلد آخر (مستبعدة): %3.",
    "新建议：%1。已记录：%2。属于其他国家（略过）：%3。")
add(C, "Problems: %1. Correct the file and check it again; nothing will be imported until then.",
    "Problèmes : %1. Corrigez le fichier et vérifiez-le à nouveau ; rien ne sera importé d’ici là.",
    "Problemas: %1. Corrija el archivo y vuelva a comprobarlo; no se importará nada hasta entonces.",
    "Проблем: %1. Исправьте файл и проверьте его снова; до тех пор ничего не будет импортировано.",
    "المشكلات: %1. صحِّح الملف وتحقق منه مجدداً؛ لن يُستورد شيء قبل ذلك.",
    "问题：%1。请更正文件后重新检查；在此之前不会导入任何内容。")
add(C, "Recommendations imported: %1.", "Recommandations importées : %1.", "Recomendaciones importadas: %1.",
    "Импортировано рекомендаций: %1.", "التوصيات المستوردة: %1.", "已导入建议：%1。")
