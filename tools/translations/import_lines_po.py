"""The import's lines for the command line, from the catalogue (issue 17): where a problem is ("row 3, column
'Country': ..."), and the action plan and coordination register summaries. Inserted by `python tools/po_insert.py
tools/translations/import_lines_po.py`."""

T = {
    "problem.import.at_row": {
        "en": "row {row}: {message}", "fr": "ligne {row} : {message}", "es": "fila {row}: {message}",
        "ru": "строка {row}: {message}", "ar": "الصف {row}: {message}", "zh": "第 {row} 行：{message}",
    },
    "problem.import.at_row_column": {
        "en": "row {row}, column '{column}': {message}", "fr": "ligne {row}, colonne « {column} » : {message}",
        "es": "fila {row}, columna «{column}»: {message}", "ru": "строка {row}, столбец «{column}»: {message}",
        "ar": "الصف {row}، العمود «{column}»: {message}", "zh": "第 {row} 行，“{column}”列：{message}",
    },
    "problem.import.actions_summary": {
        "en": "{new}, {existing} already recorded, {rows} with problems.",
        "fr": "{new}, déjà enregistrées : {existing}, avec des problèmes : {rows}.",
        "es": "{new}, ya registradas: {existing}, con problemas: {rows}.",
        "ru": "{new}, уже записанных: {existing}, с ошибками: {rows}.",
        "ar": "{new}، مسجلة من قبل: {existing}، فيها مشكلات: {rows}.",
        "zh": "{new}，已记录 {existing} 项，有问题的 {rows}。",
    },
    "problem.import.register_problems": {
        "en": "{problems}; nothing was imported.", "fr": "{problems} ; rien n’a été importé.",
        "es": "{problems}; no se ha importado nada.", "ru": "{problems}; ничего не импортировано.",
        "ar": "{problems}؛ لم يُستورد شيء.", "zh": "{problems}；未导入任何内容。",
    },
    "problem.import.register_summary": {
        "en": "{partners}, {activities}, {existing} already recorded.",
        "fr": "{partners}, {activities}, déjà enregistrées : {existing}.",
        "es": "{partners}, {activities}, ya registradas: {existing}.",
        "ru": "{partners}, {activities}, уже записанных: {existing}.",
        "ar": "{partners}، {activities}، مسجلة من قبل: {existing}.",
        "zh": "{partners}，{activities}，已记录 {existing} 项。",
    },
}

PLURAL = {
    "problem.import.new_actions": ("count", {
        "en": ["{count} new action", "{count} new actions"],
        "fr": ["{count} nouvelle action", "{count} de nouvelles actions", "{count} nouvelles actions"],
        "es": ["{count} acción nueva", "{count} de acciones nuevas", "{count} acciones nuevas"],
        "ru": ["{count} новое действие", "{count} новых действия", "{count} новых действий"],
        "ar": ["{count} إجراء جديد", "إجراء جديد واحد", "إجراءان جديدان", "{count} إجراءات جديدة",
               "{count} إجراءً جديدًا", "{count} إجراء جديد"],
        "zh": ["{count} 项新行动"],
    }),
    "problem.import.new_partners": ("count", {
        "en": ["{count} new partner", "{count} new partners"],
        "fr": ["{count} nouveau partenaire", "{count} de nouveaux partenaires", "{count} nouveaux partenaires"],
        "es": ["{count} socio nuevo", "{count} de socios nuevos", "{count} socios nuevos"],
        "ru": ["{count} новый партнёр", "{count} новых партнёра", "{count} новых партнёров"],
        "ar": ["{count} شريك جديد", "شريك جديد واحد", "شريكان جديدان", "{count} شركاء جدد", "{count} شريكًا جديدًا",
               "{count} شريك جديد"],
        "zh": ["{count} 个新伙伴"],
    }),
    "problem.import.new_activities": ("count", {
        "en": ["{count} new activity", "{count} new activities"],
        "fr": ["{count} nouvelle activité", "{count} de nouvelles activités", "{count} nouvelles activités"],
        "es": ["{count} actividad nueva", "{count} de actividades nuevas", "{count} actividades nuevas"],
        "ru": ["{count} новое мероприятие", "{count} новых мероприятия", "{count} новых мероприятий"],
        "ar": ["{count} نشاط جديد", "نشاط جديد واحد", "نشاطان جديدان", "{count} أنشطة جديدة", "{count} نشاطًا جديدًا",
               "{count} نشاط جديد"],
        "zh": ["{count} 项新活动"],
    }),
}
