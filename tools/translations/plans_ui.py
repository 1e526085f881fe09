"""Translations of the Plans page (national action plans), its editor, the actions' tab and their spreadsheet import
(fr, es, ru, ar, zh)."""

T = {}
NUMERUS = {
    ("PlansPage", "%Ln plan(s)"): {"en": ["%Ln plan", "%Ln plans"], "fr": ["%Ln plan", "%Ln plans"],
                                   "es": ["%Ln plan", "%Ln planes"],
                                   "ru": ["%Ln план", "%Ln плана", "%Ln планов"],
                                   "ar": ["%Ln خطة", "خطة واحدة", "خطتان", "%Ln خطط", "%Ln خطة", "%Ln خطة"],
                                   "zh": ["%Ln 个计划"]},
}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


add("Pages", "Plans", "Plans", "Planes", "Планы", "الخطط", "计划")
add("ReportsPage", "Action plan", "Plan d'action", "Plan de acción", "План действий", "خطة العمل", "行动计划")
add("Reports", "National action plan", "Plan d'action national", "Plan de acción nacional",
    "Национальный план действий", "خطة العمل الوطنية", "国家行动计划")
add("Reports", "One national action plan: its actions by status, the overdue ones, and the recommendations to its "
    "country that no action answers.",
    "Un plan d'action national : ses actions par état, celles en retard, et les recommandations adressées à son pays "
    "auxquelles aucune action ne répond.",
    "Un plan de acción nacional: sus acciones por estado, las vencidas y las recomendaciones dirigidas a su país que "
    "ninguna acción atiende.",
    "Один национальный план действий: его меры по состоянию, просроченные меры и рекомендации стране, на которые не "
    "отвечает ни одна мера.",
    "خطة عمل وطنية واحدة: إجراءاتها حسب الحالة، والمتأخر منها، والتوصيات الموجهة إلى بلدها التي لا يستجيب لها أي "
    "إجراء.",
    "一项国家行动计划：按状态列出的行动、逾期行动，以及向该国提出但没有任何行动回应的建议。")

add("Due", "Plan action", "Action d'un plan", "Acción de un plan", "Мера плана", "إجراء خطة", "计划行动")

C = "PlansPage"
add(C, "National action plans", "Plans d'action nationaux", "Planes de acción nacionales",
    "Национальные планы действий", "خطط العمل الوطنية", "国家行动计划")
add(C, "Country", "Pays", "País", "Страна", "البلد", "国家")
add(C, "Title", "Titre", "Título", "Название", "العنوان", "标题")
add(C, "From", "Du", "Desde", "С", "من", "自")
add(C, "To", "Au", "Hasta", "По", "إلى", "至")
add(C, "Status", "État", "Estado", "Состояние", "الحالة", "状态")
add(C, "Coordinating body", "Organe de coordination", "Órgano coordinador", "Координирующий орган",
    "الهيئة المنسِّقة", "协调机构")
add(C, "Office", "Bureau", "Oficina", "Отделение", "المكتب", "办事处")
add(C, "Delete the plan \u201c%1\u201d with its actions?", "Supprimer le plan « %1 » avec ses actions ?",
    "¿Eliminar el plan «%1» con sus acciones?", "Удалить план «%1» вместе с его мерами?",
    "هل تريد حذف الخطة «%1» مع إجراءاتها؟", "删除计划“%1”及其行动？")

C = "PlanEditor"
add(C, "Plan", "Plan", "Plan", "План", "الخطة", "计划")
add(C, "Country", "Pays", "País", "Страна", "البلد", "国家")
add(C, "Title", "Titre", "Título", "Название", "العنوان", "标题")
add(C, "Period from", "Période du", "Período desde", "Период с", "الفترة من", "期间自")
add(C, "Period to", "Période au", "Período hasta", "Период по", "الفترة إلى", "期间至")
add(C, "Status", "État", "Estado", "Состояние", "الحالة", "状态")
add(C, "Coordinating body", "Organe de coordination", "Órgano coordinador", "Координирующий орган",
    "الهيئة المنسِّقة", "协调机构")
add(C, "The ministry, commission or interministerial committee that coordinates it.",
    "Le ministère, la commission ou le comité interministériel qui le coordonne.",
    "El ministerio, la comisión o el comité interministerial que lo coordina.",
    "Министерство, комиссия или межведомственный комитет, координирующие его.",
    "الوزارة أو اللجنة أو اللجنة المشتركة بين الوزارات التي تنسقها.",
    "负责协调的部委、委员会或部际委员会。")
add(C, "Adopted on", "Adopté le", "Aprobado el", "Дата принятия", "تاريخ الاعتماد", "通过日期")
add(C, "Note", "Note", "Nota", "Примечание", "ملاحظة", "备注")
add(C, "Actions", "Actions", "Acciones", "Меры", "الإجراءات", "行动")
add(C, "Action", "Action", "Acción", "Мера", "الإجراء", "行动")
add(C, "New national action plan", "Nouveau plan d'action national", "Nuevo plan de acción nacional",
    "Новый национальный план действий", "خطة عمل وطنية جديدة", "新的国家行动计划")

C = "ActionsSection"
add(C, "&Import from Excel\u2026", "&Importer depuis Excel…", "&Importar desde Excel…", "&Импорт из Excel…",
    "ا&ستيراد من Excel…", "从 Excel 导入(&I)…")
add(C, "Excel &template\u2026", "&Modèle Excel…", "&Plantilla de Excel…", "&Шаблон Excel…", "&قالب Excel…",
    "Excel 模板(&T)…")
add(C, "No.", "N°", "N.º", "№", "الرقم", "编号")
add(C, "Action", "Action", "Acción", "Мера", "الإجراء", "行动")
add(C, "Responsible institution", "Institution responsable", "Institución responsable", "Ответственное учреждение",
    "المؤسسة المسؤولة", "负责机构")
add(C, "Deadline", "Échéance", "Plazo", "Срок", "الموعد النهائي", "期限")
add(C, "Status", "État", "Estado", "Состояние", "الحالة", "状态")
add(C, "Recommendations", "Recommandations", "Recomendaciones", "Рекомендации", "التوصيات", "建议")
add(C, "To look at", "À examiner", "Por revisar", "Требует внимания", "للمراجعة", "需关注")
add(C, "Overdue.", "En retard.", "Vencida.", "Просрочена.", "متأخر.", "已逾期。")
add(C, "Indicator", "Indicateur", "Indicador", "Показатель", "المؤشر", "指标")
add(C, "Recommendations it answers", "Recommandations auxquelles elle répond", "Recomendaciones que atiende",
    "Рекомендации, на которые она отвечает", "التوصيات التي يستجيب لها", "所回应的建议")
add(C, "Type a symbol, paragraph or words to find one; Enter ticks it",
    "Tapez une cote, un paragraphe ou des mots pour la trouver ; Entrée la coche",
    "Escriba una signatura, un párrafo o palabras para encontrarla; Intro la marca",
    "Введите символ, пункт или слова, чтобы найти; Enter отмечает",
    "اكتب رمزًا أو فقرة أو كلمات للعثور عليها؛ يحددها مفتاح الإدخال",
    "输入文件编号、段落或词语查找；按 Enter 勾选")
add(C, "Projects that support it", "Projets qui la soutiennent", "Proyectos que la apoyan",
    "Проекты, которые её поддерживают", "المشاريع التي تدعمه", "支持它的项目")
add(C, "Type a code or title; Enter ticks it", "Tapez un code ou un titre ; Entrée le coche",
    "Escriba un código o un título; Intro lo marca", "Введите код или название; Enter отмечает",
    "اكتب رمزًا أو عنوانًا؛ يحدده مفتاح الإدخال", "输入代码或标题；按 Enter 勾选")
add(C, "action", "action", "acción", "мера", "إجراء", "行动")
add(C, "An action past its deadline that is neither done nor dropped is overdue.",
    "Une action dont l'échéance est passée et qui n'est ni réalisée ni abandonnée est en retard.",
    "Una acción cuyo plazo ha vencido y que no está cumplida ni abandonada está vencida.",
    "Мера, срок которой истёк и которая не выполнена и не отменена, просрочена.",
    "الإجراء الذي انقضى موعده النهائي ولم يُنجز ولم يُترك يُعدّ متأخرًا.",
    "已过期限、既未完成也未放弃的行动即为逾期。")

C = "Plans"
add(C, "plan-actions.xlsx", "actions-du-plan.xlsx", "acciones-del-plan.xlsx", "меры-плана.xlsx",
    "إجراءات-الخطة.xlsx", "计划行动.xlsx")
add(C, "Save the actions template", "Enregistrer le modèle des actions", "Guardar la plantilla de acciones",
    "Сохранить шаблон мер", "حفظ قالب الإجراءات", "保存行动模板")
add(C, "Excel workbooks (*.xlsx)", "Classeurs Excel (*.xlsx)", "Libros de Excel (*.xlsx)", "Книги Excel (*.xlsx)",
    "مصنفات Excel (*.xlsx)", "Excel 工作簿 (*.xlsx)")
add(C, "Template saved: %1", "Modèle enregistré : %1", "Plantilla guardada: %1", "Шаблон сохранён: %1",
    "تم حفظ القالب: %1", "模板已保存：%1")
add(C, "Import actions from Excel", "Importer des actions depuis Excel", "Importar acciones desde Excel",
    "Импорт мер из Excel", "استيراد الإجراءات من Excel", "从 Excel 导入行动")
add(C, "Reading\u2026", "Lecture…", "Leyendo…", "Чтение…", "جارٍ القراءة…", "正在读取…")
add(C, "Row %1, %2: %3", "Ligne %1, %2 : %3", "Fila %1, %2: %3", "Строка %1, %2: %3", "الصف %1، %2: %3",
    "第 %1 行，%2：%3")
add(C, "and %1 more", "et %1 de plus", "y %1 más", "и ещё %1", "و%1 أخرى", "另有 %1 个")
add(C, "%1: %2 new, %3 already recorded, %4 with problems.",
    "%1 : nouvelles : %2 ; déjà enregistrées : %3 ; avec des problèmes : %4.",
    "%1: nuevas: %2; ya registradas: %3; con problemas: %4.",
    "%1: новых: %2; уже записанных: %3; с ошибками: %4.",
    "%1: جديدة: %2؛ مسجلة من قبل: %3؛ بها مشكلات: %4.",
    "%1：新增 %2，已记录 %3，有问题 %4。")
add(C, "Nothing was imported: correct these rows in the sheet and import it again.",
    "Rien n'a été importé : corrigez ces lignes dans la feuille et importez-la de nouveau.",
    "No se importó nada: corrija estas filas en la hoja e impórtela de nuevo.",
    "Ничего не импортировано: исправьте эти строки в листе и импортируйте его снова.",
    "لم يُستورد شيء: صحّح هذه الصفوف في الورقة واستوردها مرة أخرى.",
    "未导入任何内容：请在工作表中更正这些行后重新导入。")
add(C, "There is nothing new to import.", "Il n'y a rien de nouveau à importer.", "No hay nada nuevo que importar.",
    "Нового для импорта нет.", "لا يوجد شيء جديد للاستيراد.", "没有可导入的新内容。")
add(C, "Import the new actions?", "Importer les nouvelles actions ?", "¿Importar las nuevas acciones?",
    "Импортировать новые меры?", "هل تريد استيراد الإجراءات الجديدة؟", "导入新的行动？")
add(C, "Actions imported: %1.", "Actions importées : %1.", "Acciones importadas: %1.", "Импортировано мер: %1.",
    "الإجراءات المستوردة: %1.", "已导入行动：%1。")
# the list's count of each plan's overdue actions
add("PlansPage", "Overdue actions", "Actions en retard", "Acciones atrasadas", "Просроченные действия",
    "الإجراءات المتأخرة", "逾期行动")
