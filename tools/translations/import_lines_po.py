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
    "problem.import.sheet_header": {
        "en": "{file}, sheet '{sheet}': {rows} of {kind}.",
        "fr": "{file}, feuille « {sheet} » : {rows} ({kind}).",
        "es": "{file}, hoja «{sheet}»: {rows} ({kind}).",
        "ru": "{file}, лист «{sheet}»: {rows} ({kind}).",
        "ar": "{file}، الورقة «{sheet}»: {rows} ({kind}).",
        "zh": "{file}，工作表“{sheet}”：{rows}（{kind}）。",
    },
    "problem.import.index_header": {
        "en": "{file}: {rows} of recommendations.",
        "fr": "{file} : {rows} de recommandations.",
        "es": "{file}: {rows} de recomendaciones.",
        "ru": "{file}: {rows} с рекомендациями.",
        "ar": "{file}: {rows} من التوصيات.",
        "zh": "{file}：{rows}建议。",
    },
    "problem.import.row_recorded": {
        "en": "row {row}: {label}: already recorded ({id}).",
        "fr": "ligne {row} : {label} : déjà enregistré ({id}).",
        "es": "fila {row}: {label}: ya registrado ({id}).",
        "ru": "строка {row}: {label}: уже записано ({id}).",
        "ar": "الصف {row}: {label}: مسجل من قبل ({id}).",
        "zh": "第 {row} 行：{label}：已记录（{id}）。",
    },
    "problem.import.same_as_row": {
        "en": "row {row}: {label}: already in row {same} of this file.",
        "fr": "ligne {row} : {label} : déjà à la ligne {same} de ce fichier.",
        "es": "fila {row}: {label}: ya está en la fila {same} de este archivo.",
        "ru": "строка {row}: {label}: уже есть в строке {same} этого файла.",
        "ar": "الصف {row}: {label}: موجود من قبل في الصف {same} من هذا الملف.",
        "zh": "第 {row} 行：{label}：已在本文件第 {same} 行中。",
    },
    "problem.import.offered": {
        "en": "{name} ({organisation}, {id}, similarity {score})",
        "fr": "{name} ({organisation}, {id}, similarité {score})",
        "es": "{name} ({organisation}, {id}, similitud {score})",
        "ru": "{name} ({organisation}, {id}, сходство {score})",
        "ar": "{name} ({organisation}، {id}، التشابه {score})",
        "zh": "{name}（{organisation}，{id}，相似度 {score}）",
    },
    "problem.import.row_same_person": {
        "en": "row {row}: {label}: the same person as {id} (offered: {offered}).",
        "fr": "ligne {row} : {label} : la même personne que {id} (proposés : {offered}).",
        "es": "fila {row}: {label}: la misma persona que {id} (propuestos: {offered}).",
        "ru": "строка {row}: {label}: тот же человек, что {id} (предложены: {offered}).",
        "ar": "الصف {row}: {label}: الشخص نفسه مثل {id} (المقترحون: {offered}).",
        "zh": "第 {row} 行：{label}：与 {id} 为同一人（建议：{offered}）。",
    },
    "problem.import.row_new_probably": {
        "en": "row {row}: {label}: new, but probably already recorded as: {offered}.",
        "fr": "ligne {row} : {label} : nouveau, mais probablement déjà enregistré comme : {offered}.",
        "es": "fila {row}: {label}: nuevo, pero probablemente ya registrado como: {offered}.",
        "ru": "строка {row}: {label}: новый, но, вероятно, уже записан как: {offered}.",
        "ar": "الصف {row}: {label}: جديد، لكنه على الأرجح مسجل من قبل باسم: {offered}.",
        "zh": "第 {row} 行：{label}：新记录，但可能已记录为：{offered}。",
    },
    "problem.import.row_not_same_probably": {
        "en": "row {row}: {label}: not the same person (decision recorded), but probably already recorded as: "
              "{offered}.",
        "fr": "ligne {row} : {label} : pas la même personne (décision enregistrée), mais probablement déjà enregistré "
              "comme : {offered}.",
        "es": "fila {row}: {label}: no es la misma persona (decisión registrada), pero probablemente ya registrado "
              "como: {offered}.",
        "ru": "строка {row}: {label}: не тот же человек (решение записано), но, вероятно, уже записан как: "
              "{offered}.",
        "ar": "الصف {row}: {label}: ليس الشخص نفسه (سُجّل القرار)، لكنه على الأرجح مسجل من قبل باسم: {offered}.",
        "zh": "第 {row} 行：{label}：不是同一人（已记录该决定），但可能已记录为：{offered}。",
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
