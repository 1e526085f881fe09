"""Why the database refused a bundle's values, or why a bundle could not be applied at all (``app/sync/failures.py``),
shown on the Sync page and by ``fielddesk sync import``: catalogue entries inserted by `python tools/po_insert.py
tools/translations/sync_apply_po.py`."""

T = {
    "problem.sync.apply.required_empty": {
        "en": "a required field is empty", "fr": "un champ obligatoire est vide",
        "es": "un campo obligatorio está vacío",
        "ru": "обязательное поле пусто", "ar": "حقل مطلوب فارغ", "zh": "必填字段为空",
    },
    "problem.sync.apply.missing_reference": {
        "en": "it refers to a record that does not exist", "fr": "il renvoie à un enregistrement qui n’existe pas",
        "es": "remite a un registro que no existe", "ru": "она ссылается на несуществующую запись",
        "ar": "يشير إلى سجل غير موجود", "zh": "它引用了一条不存在的记录",
    },
    "problem.sync.apply.already_exists": {
        "en": "it would create a record that already exists (or the same record twice)",
        "fr": "il créerait un enregistrement qui existe déjà (ou deux fois le même)",
        "es": "crearía un registro que ya existe (o el mismo registro dos veces)",
        "ru": "она создала бы уже существующую запись (или одну и ту же запись дважды)",
        "ar": "سيُنشئ سجلًا موجودًا من قبل (أو السجل نفسه مرتين)",
        "zh": "它会创建一条已存在的记录（或把同一记录创建两次）",
    },
    "problem.sync.apply.breaks_rule": {
        "en": "a value breaks a rule of its field", "fr": "une valeur enfreint une règle de son champ",
        "es": "un valor incumple una regla de su campo", "ru": "значение нарушает правило своего поля",
        "ar": "قيمة تخالف قاعدة من قواعد حقلها", "zh": "某个值违反了其字段的规则",
    },
    "problem.sync.apply.text_too_long": {
        "en": "a text is longer than its field allows", "fr": "un texte est plus long que son champ ne le permet",
        "es": "un texto es más largo de lo que permite su campo", "ru": "текст длиннее, чем допускает его поле",
        "ar": "نص أطول مما يسمح به حقله", "zh": "某段文本超出了其字段允许的长度",
    },
    "problem.sync.apply.number_too_large": {
        "en": "a number is too large for its field", "fr": "un nombre est trop grand pour son champ",
        "es": "un número es demasiado grande para su campo", "ru": "число слишком велико для своего поля",
        "ar": "رقم أكبر مما يتسع له حقله", "zh": "某个数字对其字段而言过大",
    },
    "problem.sync.apply.wrong_type": {
        "en": "a value is not of its field's type", "fr": "une valeur n’est pas du type de son champ",
        "es": "un valor no es del tipo de su campo", "ru": "значение не того типа, что его поле",
        "ar": "قيمة ليست من نوع حقلها", "zh": "某个值与其字段的类型不符",
    },
    "problem.sync.apply.bad_date": {
        "en": "a date or time is not valid", "fr": "une date ou une heure n’est pas valide",
        "es": "una fecha u hora no es válida", "ru": "дата или время недопустимы",
        "ar": "تاريخ أو وقت غير صالح", "zh": "某个日期或时间无效",
    },
    "problem.sync.apply.date_out_of_range": {
        "en": "a date or time is out of range", "fr": "une date ou une heure est hors limites",
        "es": "una fecha u hora está fuera de rango", "ru": "дата или время вне допустимого диапазона",
        "ar": "تاريخ أو وقت خارج النطاق", "zh": "某个日期或时间超出范围",
    },
    "problem.sync.apply.too_large": {
        "en": "a value is too large to be stored", "fr": "une valeur est trop grande pour être enregistrée",
        "es": "un valor es demasiado grande para guardarse", "ru": "значение слишком велико для хранения",
        "ar": "قيمة أكبر من أن تُخزَّن", "zh": "某个值太大，无法存储",
    },
    "problem.sync.apply.not_valid": {
        "en": "a value is not valid for its field", "fr": "une valeur n’est pas valide pour son champ",
        "es": "un valor no es válido para su campo", "ru": "значение недопустимо для своего поля",
        "ar": "قيمة غير صالحة لحقلها", "zh": "某个值对其字段无效",
    },
    "problem.sync.apply.nul_character": {
        "en": "a text holds a NUL character, which no text field may hold",
        "fr": "un texte contient un caractère NUL, qu’aucun champ de texte ne peut contenir",
        "es": "un texto contiene un carácter NUL, que ningún campo de texto puede contener",
        "ru": "текст содержит символ NUL, который не допускается ни в одном текстовом поле",
        "ar": "نص يحتوي على حرف NUL، ولا يجوز أن يحتويه أي حقل نصي",
        "zh": "某段文本含有 NUL 字符，任何文本字段都不得包含该字符",
    },
    "problem.sync.apply.other": {
        "en": "it could not be applied ({kind})", "fr": "il n’a pas pu être appliqué ({kind})",
        "es": "no se ha podido aplicar ({kind})", "ru": "его не удалось применить ({kind})",
        "ar": "تعذّر تطبيقه ({kind})", "zh": "无法应用（{kind}）",
    },
    "problem.sync.apply.where": {
        "en": "{reason} ({where})", "fr": "{reason} ({where})", "es": "{reason} ({where})", "ru": "{reason} ({where})",
        "ar": "{reason} ({where})", "zh": "{reason}（{where}）",
    },
    "problem.sync.apply.os_error": {
        "en": "The bundle could not be imported: {error}. Nothing was applied; try again.",
        "fr": "Le paquet n’a pas pu être importé : {error}. Rien n’a été appliqué ; réessayez.",
        "es": "No se ha podido importar el paquete: {error}. No se ha aplicado nada; inténtelo de nuevo.",
        "ru": "Не удалось импортировать пакет: {error}. Ничего не применено; попробуйте ещё раз.",
        "ar": "تعذّر استيراد الحزمة: {error}. لم يُطبَّق شيء؛ حاول مرة أخرى.",
        "zh": "无法导入数据包：{error}。未应用任何内容；请重试。",
    },
    "problem.sync.apply.busy": {
        "en": "The bundle could not be imported: the database is busy. Nothing was applied; try again.",
        "fr": "Le paquet n’a pas pu être importé : la base de données est occupée. Rien n’a été appliqué ; réessayez.",
        "es": "No se ha podido importar el paquete: la base de datos está ocupada. No se ha aplicado nada; inténtelo "
              "de nuevo.",
        "ru": "Не удалось импортировать пакет: база данных занята. Ничего не применено; попробуйте ещё раз.",
        "ar": "تعذّر استيراد الحزمة: قاعدة البيانات مشغولة. لم يُطبَّق شيء؛ حاول مرة أخرى.",
        "zh": "无法导入数据包：数据库正忙。未应用任何内容；请重试。",
    },
    "problem.sync.apply.database_failed": {
        "en": "The bundle could not be imported: the database failed ({kind}). Nothing was applied; try again.",
        "fr": "Le paquet n’a pas pu être importé : la base de données a échoué ({kind}). Rien n’a été appliqué ; "
              "réessayez.",
        "es": "No se ha podido importar el paquete: la base de datos ha fallado ({kind}). No se ha aplicado nada; "
              "inténtelo de nuevo.",
        "ru": "Не удалось импортировать пакет: сбой базы данных ({kind}). Ничего не применено; попробуйте ещё раз.",
        "ar": "تعذّر استيراد الحزمة: أخفقت قاعدة البيانات ({kind}). لم يُطبَّق شيء؛ حاول مرة أخرى.",
        "zh": "无法导入数据包：数据库出错（{kind}）。未应用任何内容；请重试。",
    },
}
