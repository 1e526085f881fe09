"""Translations of the Reference lists page (fr, es, ru, ar, zh): headquarters' lists of thematic areas, stakeholder
types and target groups, and the mechanism lists, with their names in six languages."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


add("Pages", "Lists", "Listes", "Listas", "Списки", "القوائم", "列表")

C = "ReferenceLists"
add(C, "Reference lists", "Listes de référence", "Listas de referencia", "Справочные списки", "القوائم المرجعية",
    "参考列表")
add(C, "Reference list", "Liste de référence", "Lista de referencia", "Справочный список", "القائمة المرجعية",
    "参考列表")
add(C, "&List", "&Liste", "&Lista", "&Список", "ال&قائمة", "列表(&L)")
add(C, "&New entry\u2026", "&Nouvelle entrée\u2026", "&Nueva entrada\u2026", "&Новая запись\u2026",
    "إدخال &جديد\u2026", "新建条目(&N)\u2026")
add(C, "Thematic areas", "Domaines thématiques", "Áreas temáticas", "Тематические области", "المجالات المواضيعية",
    "专题领域")
add(C, "Stakeholder types and target groups", "Types d'acteurs et groupes cibles",
    "Tipos de actores y grupos destinatarios", "Типы участников и целевые группы",
    "أنواع الجهات المعنية والفئات المستهدفة", "利益攸关方类型和目标群体")
add(C, "Affected persons", "Personnes concernées", "Personas afectadas", "Затрагиваемые лица", "الأشخاص المتأثرون",
    "受影响者")
add(C, "Treaty bodies", "Organes conventionnels", "Órganos de tratados", "Договорные органы", "هيئات المعاهدات",
    "条约机构")
add(C, "UPR cycles", "Cycles de l'EPU", "Ciclos del EPU", "Циклы УПО", "جولات الاستعراض الدوري الشامل",
    "普遍定期审议周期")
add(C, "Type in a cell to rename or translate an entry; Enter or Tab saves it and moves on. An empty name shows "
       "FieldDesk's own word in grey. Retire an entry instead of deleting it: records that use it keep its name. "
       "Every office receives the lists with its next bundle.",
    "Tapez dans une cellule pour renommer ou traduire une entrée ; Entrée ou Tab l'enregistre et passe à la "
    "suivante. Un nom vide montre en gris le mot de FieldDesk. Retirez une entrée au lieu de la supprimer : les "
    "fiches qui l'utilisent gardent son nom. Chaque bureau reçoit les listes avec son prochain paquet.",
    "Escriba en una celda para cambiar el nombre de una entrada o traducirla; Intro o Tab la guarda y pasa a la "
    "siguiente. Un nombre vacío muestra en gris la palabra de FieldDesk. Retire una entrada en lugar de eliminarla: "
    "los registros que la usan conservan su nombre. Cada oficina recibe las listas con su próximo paquete.",
    "Введите текст в ячейку, чтобы переименовать или перевести запись; Enter или Tab сохраняет её и переходит "
    "дальше. Пустое название показывает серым слово FieldDesk. Выводите запись из употребления вместо удаления: "
    "записи, которые её используют, сохраняют её название. Каждое отделение получает списки со следующим пакетом.",
    "اكتب في خلية لإعادة تسمية إدخال أو ترجمته؛ يحفظه Enter أو Tab وينتقل إلى التالي. يُظهر الاسم الفارغ كلمة "
    "FieldDesk باللون الرمادي. أوقف استخدام الإدخال بدلًا من حذفه: تحتفظ السجلات التي تستخدمه باسمه. يتلقى كل مكتب "
    "القوائم مع حزمته التالية.",
    "在单元格中输入即可重命名或翻译条目；按 Enter 或 Tab 保存并移到下一项。名称为空时以灰色显示 FieldDesk 自带的词语。"
    "请停用条目而不是删除它：使用它的记录保留其名称。每个办事处会随下一个数据包收到这些列表。")
add(C, "Kept by headquarters: new entries and names arrive with the next bundle and are used at once.",
    "Tenues par le siège : les nouvelles entrées et les noms arrivent avec le prochain paquet et servent aussitôt.",
    "Las mantiene la sede: las nuevas entradas y los nombres llegan con el próximo paquete y se usan de inmediato.",
    "Ведутся штаб-квартирой: новые записи и названия приходят со следующим пакетом и сразу используются.",
    "يحتفظ بها المقر: تصل الإدخالات والأسماء الجديدة مع الحزمة التالية وتُستخدم فورًا.",
    "由总部维护：新条目和名称随下一个数据包到达，并立即使用。")
add(C, "Entries", "Entrées", "Entradas", "Записи", "الإدخالات", "条目")
add(C, "Code", "Code", "Código", "Код", "الرمز", "代码")
add(C, "Order", "Ordre", "Orden", "Порядок", "الترتيب", "顺序")
add(C, "Retired", "Retirée", "Retirada", "Выведена", "متوقفة", "已停用")
add(C, "Names", "Noms", "Nombres", "Названия", "الأسماء", "名称")
add(C, "Shipped with FieldDesk; type to write headquarters' own name.",
    "Fourni avec FieldDesk ; tapez pour écrire le nom propre au siège.",
    "Incluido en FieldDesk; escriba para poner el nombre propio de la sede.",
    "Поставляется с FieldDesk; введите текст, чтобы задать название штаб-квартиры.",
    "مرفق مع FieldDesk؛ اكتب لتضع اسم المقر الخاص.",
    "FieldDesk 自带；输入即可写入总部自己的名称。")
add(C, "An entry needs its English name: records and reports fall back to it.",
    "Une entrée doit avoir son nom anglais : les fiches et les rapports s'y rabattent.",
    "Una entrada necesita su nombre en inglés: los registros y los informes recurren a él.",
    "У записи должно быть английское название: записи и отчеты используют его по умолчанию.",
    "يحتاج الإدخال إلى اسمه بالإنكليزية: تعود إليه السجلات والتقارير.",
    "条目需要英文名称：记录和报告会退而使用它。")
add(C, "A name has at most %1 characters.", "Un nom compte au plus %1 caractères.",
    "Un nombre tiene como máximo %1 caracteres.", "Название содержит не более %1 символов.",
    "لا يتجاوز الاسم %1 حرفًا.", "名称最多 %1 个字符。")
add(C, "New entry: %1", "Nouvelle entrée : %1", "Nueva entrada: %1", "Новая запись: %1", "إدخال جديد: %1",
    "新建条目：%1")
add(C, "English name", "Nom anglais", "Nombre en inglés", "Английское название", "الاسم بالإنكليزية", "英文名称")
add(C, "&Code", "&Code", "&Código", "&Код", "ال&رمز", "代码(&C)")
add(C, "&English name", "Nom &anglais", "Nombre en &inglés", "&Английское название", "الاسم بالإن&كليزية",
    "英文名称(&E)")
add(C, "The code is kept for good: records point to it, so renaming the entry later changes no record and no "
       "report. Letters, digits and . _ - only.",
    "Le code est définitif : les fiches le désignent, si bien que renommer l'entrée plus tard ne change aucune "
    "fiche ni aucun rapport. Lettres, chiffres et . _ - seulement.",
    "El código es definitivo: los registros apuntan a él, así que cambiar el nombre de la entrada más adelante no "
    "altera ningún registro ni informe. Solo letras, cifras y . _ -.",
    "Код сохраняется навсегда: записи ссылаются на него, поэтому последующее переименование не меняет ни одной "
    "записи и ни одного отчета. Только буквы, цифры и . _ -.",
    "يبقى الرمز نهائيًا: تشير إليه السجلات، فلا تغيّر إعادة تسمية الإدخال لاحقًا أي سجل أو تقرير. حروف وأرقام و . _ - "
    "فقط.",
    "代码一经确定便不再更改：记录指向代码，因此以后重命名条目不会改变任何记录或报告。仅限字母、数字和 . _ -。")
add(C, "%1 is required.", "%1 est obligatoire.", "%1 es obligatorio.", "Поле «%1» обязательно.",
    "%1 مطلوب.", "%1为必填项。")
add(C, "The change could not be saved: %1", "La modification n'a pas pu être enregistrée : %1",
    "No se pudo guardar el cambio: %1", "Не удалось сохранить изменение: %1", "تعذّر حفظ التغيير: %1",
    "无法保存更改：%1")
