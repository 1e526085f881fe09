"""The last English messages of issue 17 made coded problems (moving to PostgreSQL, the office's pseudonym setting,
the PostgreSQL address, the attachments' name key, purging backups, restoring, a profile too new or missing, the
sheet and Index imports' summaries): their catalogue entries, inserted by `python tools/po_insert.py
tools/translations/english_left_po.py`. Plural forms follow each language's Plural-Forms (en 2, fr 3, es 3, ru 3,
ar 6, zh 1)."""

T = {
    "problem.move.not_sqlite": {
        "en": "This profile's data is not in SQLite; there is nothing to move.",
        "fr": "Les données de ce profil ne sont pas dans SQLite ; il n’y a rien à déplacer.",
        "es": "Los datos de este perfil no están en SQLite; no hay nada que trasladar.",
        "ru": "Данные этого профиля хранятся не в SQLite; переносить нечего.",
        "ar": "بيانات هذا الملف الشخصي ليست في SQLite؛ لا يوجد ما يُنقل.",
        "zh": "此配置文件的数据不在 SQLite 中；没有可迁移的内容。",
    },
    "problem.move.not_hq": {
        "en": "Only a headquarters profile moves to PostgreSQL; a field office keeps its laptop database.",
        "fr": "Seul un profil du siège passe à PostgreSQL ; un bureau de terrain garde la base de données de son "
              "ordinateur portable.",
        "es": "Solo un perfil de la sede se traslada a PostgreSQL; una oficina sobre el terreno conserva la base de "
              "datos de su portátil.",
        "ru": "В PostgreSQL переносится только профиль штаб-квартиры; полевой офис сохраняет базу данных на своём "
              "ноутбуке.",
        "ar": "لا يُنقل إلى PostgreSQL إلا ملف المقر الرئيسي؛ أما المكتب الميداني فيحتفظ بقاعدة بيانات حاسوبه المحمول.",
        "zh": "只有总部的配置文件才迁移到 PostgreSQL；外地办事处保留其笔记本电脑上的数据库。",
    },
    "problem.move.not_postgres": {
        "en": "{url} is not a PostgreSQL address (postgresql://USER@HOST/DB).",
        "fr": "{url} n’est pas une adresse PostgreSQL (postgresql://UTILISATEUR@HÔTE/BASE).",
        "es": "{url} no es una dirección de PostgreSQL (postgresql://USUARIO@SERVIDOR/BASE).",
        "ru": "{url} — не адрес PostgreSQL (postgresql://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР/БАЗА).",
        "ar": "{url} ليس عنوان PostgreSQL ‏(postgresql://USER@HOST/DB).",
        "zh": "{url} 不是 PostgreSQL 地址（postgresql://用户@主机/数据库）。",
    },
    "problem.move.not_empty": {
        "en": "The PostgreSQL database is not empty; give an empty database (createdb NAME). Nothing was changed.",
        "fr": "La base de données PostgreSQL n’est pas vide ; indiquez une base vide (createdb NOM). Rien n’a été "
              "modifié.",
        "es": "La base de datos PostgreSQL no está vacía; indique una base vacía (createdb NOMBRE). No se ha cambiado "
              "nada.",
        "ru": "База данных PostgreSQL не пуста; укажите пустую базу (createdb ИМЯ). Ничего не изменено.",
        "ar": "قاعدة بيانات PostgreSQL ليست فارغة؛ حدِّد قاعدة بيانات فارغة (createdb NAME). لم يتغير شيء.",
        "zh": "PostgreSQL 数据库不是空的；请指定一个空数据库（createdb 名称）。未做任何更改。",
    },
    "problem.move.copy_differs": {
        "en": "The copy in PostgreSQL differs from the SQLite data; the profile still uses SQLite. Drop and re-create "
              "the PostgreSQL database before trying again.",
        "fr": "La copie dans PostgreSQL diffère des données SQLite ; le profil utilise toujours SQLite. Supprimez et "
              "recréez la base PostgreSQL avant de réessayer.",
        "es": "La copia en PostgreSQL difiere de los datos de SQLite; el perfil sigue usando SQLite. Elimine y vuelva "
              "a crear la base de datos PostgreSQL antes de intentarlo de nuevo.",
        "ru": "Копия в PostgreSQL отличается от данных SQLite; профиль по-прежнему использует SQLite. Удалите и "
              "создайте заново базу PostgreSQL, прежде чем повторить попытку.",
        "ar": "النسخة في PostgreSQL تختلف عن بيانات SQLite؛ وما زال الملف الشخصي يستخدم SQLite. احذف قاعدة بيانات "
              "PostgreSQL وأعد إنشاءها قبل المحاولة مرة أخرى.",
        "zh": "PostgreSQL 中的副本与 SQLite 数据不一致；配置文件仍使用 SQLite。"
              "请删除并重新创建 PostgreSQL 数据库后再试。",
    },
    "problem.pseudonyms.office_setting": {
        "en": "Headquarters sends no bundle to headquarters: this setting is an office's. Headquarters' own policy is "
              "names_stay_in_offices ('fielddesk retention set').",
        "fr": "Le siège n’envoie aucun paquet au siège : ce réglage est celui d’un bureau. La règle propre au siège "
              "est names_stay_in_offices (« fielddesk retention set »).",
        "es": "La sede no envía paquetes a la sede: este ajuste es de una oficina. La política propia de la sede es "
              "names_stay_in_offices («fielddesk retention set»).",
        "ru": "Штаб-квартира не отправляет пакеты штаб-квартире: это настройка офиса. Собственное правило "
              "штаб-квартиры — names_stay_in_offices («fielddesk retention set»).",
        "ar": "لا يرسل المقر الرئيسي حزمًا إلى المقر الرئيسي: هذا الإعداد خاص بالمكاتب. أما سياسة المقر الرئيسي نفسه "
              "فهي names_stay_in_offices ‏(«fielddesk retention set»).",
        "zh": "总部不会向总部发送数据包：此设置属于办事处。"
              "总部自己的政策是 names_stay_in_offices（“fielddesk retention set”）。",
    },
    "problem.pg.password_in_address": {
        "en": "The PostgreSQL address must not hold the password (it would be kept in the profile and seen by other "
              "programs); put it in the PostgreSQL password file (~/.pgpass, or %APPDATA%\\postgresql\\pgpass.conf "
              "on Windows; one line host:port:database:user:password, readable by you only). Nothing was changed.",
        "fr": "L’adresse PostgreSQL ne doit pas contenir le mot de passe (il serait conservé dans le profil et vu par "
              "d’autres programmes) ; mettez-le dans le fichier de mots de passe de PostgreSQL (~/.pgpass, ou "
              "%APPDATA%\\postgresql\\pgpass.conf sous Windows ; une ligne hôte:port:base:utilisateur:mot_de_passe, "
              "lisible par vous seul). Rien n’a été modifié.",
        "es": "La dirección de PostgreSQL no debe contener la contraseña (quedaría guardada en el perfil y otros "
              "programas la verían); póngala en el archivo de contraseñas de PostgreSQL (~/.pgpass, o "
              "%APPDATA%\\postgresql\\pgpass.conf en Windows; una línea servidor:puerto:base:usuario:contraseña, que "
              "solo usted pueda leer). No se ha cambiado nada.",
        "ru": "Адрес PostgreSQL не должен содержать пароль (он сохранился бы в профиле и был бы виден другим "
              "программам); запишите его в файл паролей PostgreSQL (~/.pgpass или %APPDATA%\\postgresql\\pgpass.conf "
              "в Windows; одна строка сервер:порт:база:пользователь:пароль, доступная для чтения только вам). "
              "Ничего не изменено.",
        "ar": "يجب ألا يتضمن عنوان PostgreSQL كلمة المرور (فستُحفظ في الملف الشخصي وتراها برامج أخرى)؛ ضعها في ملف "
              "كلمات مرور PostgreSQL ‏(~/.pgpass، أو %APPDATA%\\postgresql\\pgpass.conf على Windows؛ سطر واحد "
              "host:port:database:user:password لا يقرؤه غيرك). لم يتغير شيء.",
        "zh": "PostgreSQL 地址中不得包含密码（否则密码会保存在配置文件中并被其他程序看到）；请将其写入 PostgreSQL "
              "密码文件（~/.pgpass，Windows 上为 %APPDATA%\\postgresql\\pgpass.conf；一行 "
              "主机:端口:数据库:用户:密码，仅限您本人可读）。未做任何更改。",
    },
    "problem.attachments.names_key": {
        "en": "The key that names the attachments in the headquarters database cannot be opened with this profile's "
              "keys: the attachments cannot be found. Copy the current keys from another headquarters user (init "
              "--keys-from).",
        "fr": "La clé qui nomme les pièces jointes dans la base de données du siège ne peut pas être ouverte avec les "
              "clés de ce profil : les pièces jointes sont introuvables. Copiez les clés actuelles d’un autre "
              "utilisateur du siège (init --keys-from).",
        "es": "La clave que da nombre a los adjuntos en la base de datos de la sede no se puede abrir con las claves "
              "de este perfil: no se encuentran los adjuntos. Copie las claves actuales de otro usuario de la sede "
              "(init --keys-from).",
        "ru": "Ключ, которым названы вложения в базе данных штаб-квартиры, не открывается ключами этого профиля: "
              "вложения не найти. Скопируйте текущие ключи у другого пользователя штаб-квартиры (init --keys-from).",
        "ar": "لا يمكن فتح المفتاح الذي يسمّي المرفقات في قاعدة بيانات المقر الرئيسي بمفاتيح هذا الملف الشخصي: "
              "لا يمكن العثور على المرفقات. انسخ المفاتيح الحالية من مستخدم آخر في المقر الرئيسي (init --keys-from).",
        "zh": "无法用此配置文件的密钥打开总部数据库中为附件命名的密钥：找不到附件。请从另一位总部用户处复制当前密钥"
              "（init --keys-from）。",
    },
    "problem.purge.not_erased": {
        "en": "Only the backups of an erased participant can be purged: erase the participant first. Nothing was "
              "changed.",
        "fr": "Seules les sauvegardes d’un participant effacé peuvent être purgées : effacez d’abord le participant. "
              "Rien n’a été modifié.",
        "es": "Solo se pueden depurar las copias de seguridad de un participante borrado: borre primero al "
              "participante. No se ha cambiado nada.",
        "ru": "Очистить можно только резервные копии удалённого участника: сначала удалите участника. Ничего не "
              "изменено.",
        "ar": "لا يمكن تطهير إلا النسخ الاحتياطية لمشارك ممحوّ: امحُ المشارك أولًا. لم يتغير شيء.",
        "zh": "只能清除已抹除参与者的备份：请先抹除该参与者。未做任何更改。",
    },
    "problem.restore.add_yes": {
        "en": "{reason} (add --yes)",
        "fr": "{reason} (ajoutez --yes)",
        "es": "{reason} (añada --yes)",
        "ru": "{reason} (добавьте --yes)",
        "ar": "{reason} (أضف ‎--yes)",
        "zh": "{reason}（请加上 --yes）",
    },
    "problem.schema.too_new": {
        "en": "This profile was written by FieldDesk {written_by} (schema {revision}); this is FieldDesk {version}, "
              "which knows schemas up to {head}. Update FieldDesk to {written_by} or later to open it. Nothing was "
              "changed.",
        "fr": "Ce profil a été écrit par FieldDesk {written_by} (schéma {revision}) ; ceci est FieldDesk {version}, "
              "qui connaît les schémas jusqu’à {head}. Mettez FieldDesk à jour en version {written_by} ou ultérieure "
              "pour l’ouvrir. Rien n’a été modifié.",
        "es": "Este perfil lo escribió FieldDesk {written_by} (esquema {revision}); esta es FieldDesk {version}, que "
              "conoce los esquemas hasta {head}. Actualice FieldDesk a la versión {written_by} o posterior para "
              "abrirlo. No se ha cambiado nada.",
        "ru": "Этот профиль записан FieldDesk {written_by} (схема {revision}); это FieldDesk {version}, которая знает "
              "схемы до {head}. Обновите FieldDesk до версии {written_by} или новее, чтобы открыть его. Ничего не "
              "изменено.",
        "ar": "كتب هذا الملفَ الشخصي FieldDesk {written_by} ‏(المخطط {revision})؛ وهذا FieldDesk {version}، الذي يعرف "
              "المخططات حتى {head}. حدِّث FieldDesk إلى الإصدار {written_by} أو أحدث لفتحه. لم يتغير شيء.",
        "zh": "此配置文件由 FieldDesk {written_by} 写入（架构 {revision}）；当前为 FieldDesk {version}，只认识 {head} "
              "及以前的架构。请将 FieldDesk 更新到 {written_by} 或更高版本后再打开。未做任何更改。",
    },
    "problem.schema.too_new_unknown": {
        "en": "This profile was written by a newer FieldDesk (schema {revision}); this is FieldDesk {version}, which "
              "knows schemas up to {head}. Update FieldDesk to a newer version to open it. Nothing was changed.",
        "fr": "Ce profil a été écrit par un FieldDesk plus récent (schéma {revision}) ; ceci est FieldDesk {version}, "
              "qui connaît les schémas jusqu’à {head}. Mettez FieldDesk à jour vers une version plus récente pour "
              "l’ouvrir. Rien n’a été modifié.",
        "es": "Este perfil lo escribió una versión más reciente de FieldDesk (esquema {revision}); esta es FieldDesk "
              "{version}, que conoce los esquemas hasta {head}. Actualice FieldDesk a una versión más reciente para "
              "abrirlo. No se ha cambiado nada.",
        "ru": "Этот профиль записан более новой версией FieldDesk (схема {revision}); это FieldDesk {version}, которая "
              "знает схемы до {head}. Обновите FieldDesk до более новой версии, чтобы открыть его. Ничего не "
              "изменено.",
        "ar": "كتب هذا الملفَ الشخصي إصدارٌ أحدث من FieldDesk ‏(المخطط {revision})؛ وهذا FieldDesk {version}، الذي "
              "يعرف المخططات حتى {head}. حدِّث FieldDesk إلى إصدار أحدث لفتحه. لم يتغير شيء.",
        "zh": "此配置文件由更新版本的 FieldDesk 写入（架构 {revision}）；当前为 FieldDesk {version}，只认识 {head} "
              "及以前的架构。请将 FieldDesk 更新到更新的版本后再打开。未做任何更改。",
    },
    "problem.profile.none": {
        "en": "There is no FieldDesk profile in {path}. Create one with 'fielddesk --profile {path} init --office "
              "CODE --name NAME'.",
        "fr": "Il n’y a pas de profil FieldDesk dans {path}. Créez-en un avec « fielddesk --profile {path} init "
              "--office CODE --name NOM ».",
        "es": "No hay ningún perfil de FieldDesk en {path}. Cree uno con «fielddesk --profile {path} init --office "
              "CÓDIGO --name NOMBRE».",
        "ru": "В {path} нет профиля FieldDesk. Создайте его командой «fielddesk --profile {path} init --office КОД "
              "--name НАЗВАНИЕ».",
        "ar": "لا يوجد ملف شخصي لـ FieldDesk في {path}. أنشئ واحدًا بالأمر «fielddesk --profile {path} init "
              "--office CODE --name NAME».",
        "zh": "{path} 中没有 FieldDesk 配置文件。"
              "请用“fielddesk --profile {path} init --office 代码 --name 名称”创建一个。",
    },
    "problem.import.has_problems": {
        "en": "The import has problems; nothing was written. {summary}",
        "fr": "L’importation comporte des problèmes ; rien n’a été écrit. {summary}",
        "es": "La importación tiene problemas; no se ha escrito nada. {summary}",
        "ru": "В импорте есть ошибки; ничего не записано. {summary}",
        "ar": "في الاستيراد مشكلات؛ لم يُكتب شيء. {summary}",
        "zh": "导入存在问题；未写入任何内容。{summary}",
    },
    "problem.import.not_imported": {
        "en": "Nothing was imported: {reason}",
        "fr": "Rien n’a été importé : {reason}",
        "es": "No se ha importado nada: {reason}",
        "ru": "Ничего не импортировано: {reason}",
        "ar": "لم يُستورد شيء: {reason}",
        "zh": "未导入任何内容：{reason}",
    },
    "problem.import.problems_in_file": {
        "en": "{problems} in {rows} of {file}.",
        "fr": "{problems} dans {rows} de {file}.",
        "es": "{problems} en {rows} de {file}.",
        "ru": "{problems} в файле {file} (строк: {rows}).",
        "ar": "{problems} في {rows} من {file}.",
        "zh": "{file} 中有 {problems}，涉及 {rows}。",
    },
    "problem.import.index_counts": {
        "en": "{new} new, {existing} already recorded",
        "fr": "nouvelles : {new}, déjà enregistrées : {existing}",
        "es": "nuevas: {new}, ya registradas: {existing}",
        "ru": "новых: {new}, уже записанных: {existing}",
        "ar": "جديدة: {new}، مسجلة من قبل: {existing}",
        "zh": "新增 {new} 条，已记录 {existing} 条",
    },
    "problem.import.index_counts_other": {
        "en": "{new} new, {existing} already recorded, {other} for another country (left out)",
        "fr": "nouvelles : {new}, déjà enregistrées : {existing}, pour un autre pays (laissées de côté) : {other}",
        "es": "nuevas: {new}, ya registradas: {existing}, de otro país (omitidas): {other}",
        "ru": "новых: {new}, уже записанных: {existing}, для другой страны (пропущено): {other}",
        "ar": "جديدة: {new}، مسجلة من قبل: {existing}، لبلد آخر (مستبعدة): {other}",
        "zh": "新增 {new} 条，已记录 {existing} 条，属于其他国家（略过）{other} 条",
    },
    "problem.import.index_summary": {
        "en": "{counts}.",
        "fr": "{counts}.",
        "es": "{counts}.",
        "ru": "{counts}.",
        "ar": "{counts}.",
        "zh": "{counts}。",
    },
    "problem.import.index_summary_problems": {
        "en": "{counts}; {problems}",
        "fr": "{counts} ; {problems}",
        "es": "{counts}; {problems}",
        "ru": "{counts}; {problems}",
        "ar": "{counts}؛ {problems}",
        "zh": "{counts}；{problems}",
    },
    "problem.import.index_not_imported": {
        "en": "{summary} Nothing was imported.",
        "fr": "{summary} Rien n’a été importé.",
        "es": "{summary} No se ha importado nada.",
        "ru": "{summary} Ничего не импортировано.",
        "ar": "{summary} لم يُستورد شيء.",
        "zh": "{summary}未导入任何内容。",
    },
    "problem.import.done": {
        "en": "Imported: {made}; {existing}.",
        "fr": "Importé : {made} ; {existing}.",
        "es": "Importado: {made}; {existing}.",
        "ru": "Импортировано: {made}; {existing}.",
        "ar": "تم الاستيراد: {made}؛ {existing}.",
        "zh": "已导入：{made}；{existing}。",
    },
    "problem.import.done_enrolled": {
        "en": "Imported: {made} and {enrolled}; {existing}.",
        "fr": "Importé : {made} et {enrolled} ; {existing}.",
        "es": "Importado: {made} y {enrolled}; {existing}.",
        "ru": "Импортировано: {made} и {enrolled}; {existing}.",
        "ar": "تم الاستيراد: {made} و{enrolled}؛ {existing}.",
        "zh": "已导入：{made}和{enrolled}；{existing}。",
    },
    "problem.import.done_nothing": {
        "en": "Imported: nothing new; {existing}.",
        "fr": "Importé : rien de nouveau ; {existing}.",
        "es": "Importado: nada nuevo; {existing}.",
        "ru": "Импортировано: ничего нового; {existing}.",
        "ar": "تم الاستيراد: لا شيء جديد؛ {existing}.",
        "zh": "已导入：没有新内容；{existing}。",
    },
    "problem.import.not_offered": {
        "en": "{participant} is not one of the participants offered for row {row}.",
        "fr": "{participant} ne fait pas partie des participants proposés pour la ligne {row}.",
        "es": "{participant} no es uno de los participantes propuestos para la fila {row}.",
        "ru": "{participant} нет среди участников, предложенных для строки {row}.",
        "ar": "{participant} ليس من المشاركين المقترحين للصف {row}.",
        "zh": "{participant} 不是为第 {row} 行建议的参与者之一。",
    },
    "problem.import.no_participant_row": {
        "en": "Row {row} holds no participant of this import.",
        "fr": "La ligne {row} ne contient aucun participant de cette importation.",
        "es": "La fila {row} no contiene ningún participante de esta importación.",
        "ru": "В строке {row} нет участника этого импорта.",
        "ar": "لا يحتوي الصف {row} على أي مشارك من هذا الاستيراد.",
        "zh": "第 {row} 行不包含此次导入的参与者。",
    },
    "problem.import.duplicates_choice": {
        "en": "--duplicates takes use, new or stop, not '{given}'.",
        "fr": "--duplicates accepte use, new ou stop, pas « {given} ».",
        "es": "--duplicates admite use, new o stop, no «{given}».",
        "ru": "--duplicates принимает use, new или stop, а не «{given}».",
        "ar": "يقبل ‎--duplicates القيم use أو new أو stop، لا «{given}».",
        "zh": "--duplicates 只接受 use、new 或 stop，而不是“{given}”。",
    },
    "problem.rekey.recovery_key_given": {
        "en": "rekey keeps the passphrase: give the passphrase, not the recovery key (to replace a forgotten "
              "passphrase, use 'fielddesk unlock --recovery-key' first)",
        "fr": "rekey conserve la phrase secrète : donnez la phrase secrète, pas la clé de récupération (pour remplacer "
              "une phrase secrète oubliée, utilisez d’abord « fielddesk unlock --recovery-key »)",
        "es": "rekey conserva la frase de contraseña: indique la frase de contraseña, no la clave de recuperación "
              "(para sustituir una frase olvidada, use antes «fielddesk unlock --recovery-key»)",
        "ru": "rekey сохраняет парольную фразу: укажите парольную фразу, а не ключ восстановления (чтобы заменить "
              "забытую фразу, сначала выполните «fielddesk unlock --recovery-key»)",
        "ar": "يحتفظ rekey بعبارة المرور: أعطِ عبارة المرور لا مفتاح الاسترداد (لاستبدال عبارة مرور منسية، استخدم "
              "«fielddesk unlock --recovery-key» أولًا)",
        "zh": "rekey 保留口令：请提供口令，而不是恢复密钥（要替换忘记的口令，请先使用“fielddesk unlock "
              "--recovery-key”）",
    },
    "problem.unlock.recovery_key_on_command_line": {
        "en": "the recovery key must not be written on the command line (other programs and the shell history see "
              "it): give --recovery-key alone to be asked for it, or put it in a file and give --passphrase-file "
              "FILE; nothing was changed",
        "fr": "la clé de récupération ne doit pas être écrite sur la ligne de commande (d’autres programmes et "
              "l’historique du shell la voient) : donnez --recovery-key seul pour qu’elle vous soit demandée, ou "
              "mettez-la dans un fichier et donnez --passphrase-file FICHIER ; rien n’a été modifié",
        "es": "la clave de recuperación no debe escribirse en la línea de órdenes (otros programas y el historial del "
              "shell la ven): indique solo --recovery-key para que se le pida, o póngala en un archivo e indique "
              "--passphrase-file ARCHIVO; no se ha cambiado nada",
        "ru": "ключ восстановления нельзя писать в командной строке (его видят другие программы и история "
              "оболочки): укажите только --recovery-key, чтобы его запросили, или запишите его в файл и укажите "
              "--passphrase-file ФАЙЛ; ничего не изменено",
        "ar": "يجب ألا يُكتب مفتاح الاسترداد في سطر الأوامر (تراه برامج أخرى وسجل الصدفة): أعطِ ‎--recovery-key "
              "وحده ليُطلب منك، أو ضعه في ملف وأعطِ ‎--passphrase-file FILE؛ لم يتغير شيء",
        "zh": "恢复密钥不得写在命令行上（其他程序和 shell 历史记录都能看到）：只给出 --recovery-key 以便提示输入，"
              "或将其写入文件并给出 --passphrase-file 文件；未做任何更改",
    },
    "problem.unlock.not_recovery_key": {
        "en": "that is not a recovery key: it starts with FDRK and has 40 more letters and digits",
        "fr": "ce n’est pas une clé de récupération : elle commence par FDRK, suivi de 40 lettres et chiffres",
        "es": "eso no es una clave de recuperación: empieza por FDRK y tiene 40 letras y cifras más",
        "ru": "это не ключ восстановления: он начинается с FDRK, за которым следуют ещё 40 букв и цифр",
        "ar": "هذا ليس مفتاح استرداد: فهو يبدأ بـ FDRK ويليه 40 حرفًا ورقمًا",
        "zh": "这不是恢复密钥：恢复密钥以 FDRK 开头，后面还有 40 个字母和数字",
    },
}

# Order of the forms: en one/other; fr and es one/many/other; ru one/few/many; ar zero/one/two/few/many/other; zh one.
PLURAL = {
    "problem.schema.foreign_keys_broken": ("count", {
        "en": ["The schema upgrade broke {count} foreign key; it was rolled back.",
               "The schema upgrade broke {count} foreign keys; it was rolled back."],
        "fr": ["La mise à niveau du schéma a rompu {count} clé étrangère ; elle a été annulée.",
               "La mise à niveau du schéma a rompu {count} de clés étrangères ; elle a été annulée.",
               "La mise à niveau du schéma a rompu {count} clés étrangères ; elle a été annulée."],
        "es": ["La actualización del esquema rompió {count} clave externa; se ha deshecho.",
               "La actualización del esquema rompió {count} de claves externas; se ha deshecho.",
               "La actualización del esquema rompió {count} claves externas; se ha deshecho."],
        "ru": ["Обновление схемы нарушило {count} внешний ключ; оно отменено.",
               "Обновление схемы нарушило {count} внешних ключа; оно отменено.",
               "Обновление схемы нарушило {count} внешних ключей; оно отменено."],
        "ar": ["أخلّ تحديث المخطط بـ {count} مفتاح خارجي؛ وقد أُلغي.", "أخلّ تحديث المخطط بمفتاح خارجي واحد؛ وقد أُلغي.",
               "أخلّ تحديث المخطط بمفتاحين خارجيين؛ وقد أُلغي.", "أخلّ تحديث المخطط بـ {count} مفاتيح خارجية؛ وقد أُلغي.",
               "أخلّ تحديث المخطط بـ {count} مفتاحًا خارجيًا؛ وقد أُلغي.",
               "أخلّ تحديث المخطط بـ {count} مفتاح خارجي؛ وقد أُلغي."],
        "zh": ["架构升级破坏了 {count} 个外键；已回滚。"],
    }),
    "problem.import.n_problems": ("count", {
        "en": ["{count} problem", "{count} problems"],
        "fr": ["{count} problème", "{count} de problèmes", "{count} problèmes"],
        "es": ["{count} problema", "{count} de problemas", "{count} problemas"],
        "ru": ["{count} ошибка", "{count} ошибки", "{count} ошибок"],
        "ar": ["{count} مشكلة", "مشكلة واحدة", "مشكلتان", "{count} مشكلات", "{count} مشكلة", "{count} مشكلة"],
        "zh": ["{count} 个问题"],
    }),
    "problem.import.n_rows": ("count", {
        "en": ["{count} row", "{count} rows"],
        "fr": ["{count} ligne", "{count} de lignes", "{count} lignes"],
        "es": ["{count} fila", "{count} de filas", "{count} filas"],
        "ru": ["{count} строка", "{count} строки", "{count} строк"],
        "ar": ["{count} صف", "صف واحد", "صفّان", "{count} صفوف", "{count} صفًا", "{count} صف"],
        "zh": ["{count} 行"],
    }),
    "problem.import.plan_summary": ("existing", {
        "en": ["{new}, {existing} already recorded.", "{new}, {existing} already recorded."],
        "fr": ["{new}, {existing} déjà enregistré.", "{new}, {existing} déjà enregistrés.",
               "{new}, {existing} déjà enregistrés."],
        "es": ["{new}, {existing} ya registrado.", "{new}, {existing} ya registrados.",
               "{new}, {existing} ya registrados."],
        "ru": ["{new}, {existing} уже записан.", "{new}, {existing} уже записаны.", "{new}, {existing} уже записаны."],
        "ar": ["{new}، و{existing} مسجلة من قبل.", "{new}، وواحد مسجل من قبل.", "{new}، واثنان مسجلان من قبل.",
               "{new}، و{existing} مسجلة من قبل.", "{new}، و{existing} مسجلًا من قبل.",
               "{new}، و{existing} مسجلة من قبل."],
        "zh": ["{new}，已记录 {existing} 条。"],
    }),
    "problem.import.plan_summary_enrol": ("existing", {
        "en": ["{new}, {existing} already recorded, {enrol} to enroll.",
               "{new}, {existing} already recorded, {enrol} to enroll."],
        "fr": ["{new}, {existing} déjà enregistré, à inscrire : {enrol}.",
               "{new}, {existing} déjà enregistrés, à inscrire : {enrol}.",
               "{new}, {existing} déjà enregistrés, à inscrire : {enrol}."],
        "es": ["{new}, {existing} ya registrado, por inscribir: {enrol}.",
               "{new}, {existing} ya registrados, por inscribir: {enrol}.",
               "{new}, {existing} ya registrados, por inscribir: {enrol}."],
        "ru": ["{new}, {existing} уже записан, к зачислению: {enrol}.",
               "{new}, {existing} уже записаны, к зачислению: {enrol}.",
               "{new}, {existing} уже записаны, к зачислению: {enrol}."],
        "ar": ["{new}، و{existing} مسجلة من قبل، وللتسجيل: {enrol}.", "{new}، وواحد مسجل من قبل، وللتسجيل: {enrol}.",
               "{new}، واثنان مسجلان من قبل، وللتسجيل: {enrol}.", "{new}، و{existing} مسجلة من قبل، وللتسجيل: {enrol}.",
               "{new}، و{existing} مسجلًا من قبل، وللتسجيل: {enrol}.",
               "{new}، و{existing} مسجلة من قبل، وللتسجيل: {enrol}."],
        "zh": ["{new}，已记录 {existing} 条，待登记 {enrol} 人。"],
    }),
    "problem.import.new.participant": ("count", {
        "en": ["{count} new participant", "{count} new participants"],
        "fr": ["{count} nouveau participant", "{count} de nouveaux participants", "{count} nouveaux participants"],
        "es": ["{count} participante nuevo", "{count} de participantes nuevos", "{count} participantes nuevos"],
        "ru": ["{count} новый участник", "{count} новых участника", "{count} новых участников"],
        "ar": ["{count} مشارك جديد", "مشارك جديد واحد", "مشاركان جديدان", "{count} مشاركين جدد", "{count} مشاركًا جديدًا",
               "{count} مشارك جديد"],
        "zh": ["{count} 名新参与者"],
    }),
    "problem.import.new.training": ("count", {
        "en": ["{count} new training activity", "{count} new training activities"],
        "fr": ["{count} nouvelle activité de formation", "{count} de nouvelles activités de formation",
               "{count} nouvelles activités de formation"],
        "es": ["{count} actividad de formación nueva", "{count} de actividades de formación nuevas",
               "{count} actividades de formación nuevas"],
        "ru": ["{count} новое учебное мероприятие", "{count} новых учебных мероприятия",
               "{count} новых учебных мероприятий"],
        "ar": ["{count} نشاط تدريبي جديد", "نشاط تدريبي جديد واحد", "نشاطان تدريبيان جديدان",
               "{count} أنشطة تدريبية جديدة", "{count} نشاطًا تدريبيًا جديدًا", "{count} نشاط تدريبي جديد"],
        "zh": ["{count} 项新培训活动"],
    }),
    "problem.import.new.mission": ("count", {
        "en": ["{count} new mission", "{count} new missions"],
        "fr": ["{count} nouvelle mission", "{count} de nouvelles missions", "{count} nouvelles missions"],
        "es": ["{count} misión nueva", "{count} de misiones nuevas", "{count} misiones nuevas"],
        "ru": ["{count} новая миссия", "{count} новые миссии", "{count} новых миссий"],
        "ar": ["{count} بعثة جديدة", "بعثة جديدة واحدة", "بعثتان جديدتان", "{count} بعثات جديدة", "{count} بعثة جديدة",
               "{count} بعثة جديدة"],
        "zh": ["{count} 项新任务"],
    }),
    "problem.import.created.participant": ("count", {
        "en": ["{count} participant", "{count} participants"],
        "fr": ["{count} participant", "{count} de participants", "{count} participants"],
        "es": ["{count} participante", "{count} de participantes", "{count} participantes"],
        "ru": ["{count} участник", "{count} участника", "{count} участников"],
        "ar": ["{count} مشارك", "مشارك واحد", "مشاركان", "{count} مشاركين", "{count} مشاركًا", "{count} مشارك"],
        "zh": ["{count} 名参与者"],
    }),
    "problem.import.created.training": ("count", {
        "en": ["{count} training activity", "{count} training activities"],
        "fr": ["{count} activité de formation", "{count} d’activités de formation", "{count} activités de formation"],
        "es": ["{count} actividad de formación", "{count} de actividades de formación",
               "{count} actividades de formación"],
        "ru": ["{count} учебное мероприятие", "{count} учебных мероприятия", "{count} учебных мероприятий"],
        "ar": ["{count} نشاط تدريبي", "نشاط تدريبي واحد", "نشاطان تدريبيان", "{count} أنشطة تدريبية",
               "{count} نشاطًا تدريبيًا", "{count} نشاط تدريبي"],
        "zh": ["{count} 项培训活动"],
    }),
    "problem.import.created.mission": ("count", {
        "en": ["{count} mission", "{count} missions"],
        "fr": ["{count} mission", "{count} de missions", "{count} missions"],
        "es": ["{count} misión", "{count} de misiones", "{count} misiones"],
        "ru": ["{count} миссия", "{count} миссии", "{count} миссий"],
        "ar": ["{count} بعثة", "بعثة واحدة", "بعثتان", "{count} بعثات", "{count} بعثة", "{count} بعثة"],
        "zh": ["{count} 项任务"],
    }),
    "problem.import.created.enrollment": ("count", {
        "en": ["{count} enrollment", "{count} enrollments"],
        "fr": ["{count} inscription", "{count} d’inscriptions", "{count} inscriptions"],
        "es": ["{count} inscripción", "{count} de inscripciones", "{count} inscripciones"],
        "ru": ["{count} зачисление", "{count} зачисления", "{count} зачислений"],
        "ar": ["{count} تسجيل", "تسجيل واحد", "تسجيلان", "{count} تسجيلات", "{count} تسجيلًا", "{count} تسجيل"],
        "zh": ["{count} 项登记"],
    }),
    "problem.import.rows_were_recorded": ("count", {
        "en": ["{count} row was already recorded", "{count} rows were already recorded"],
        "fr": ["{count} ligne était déjà enregistrée", "{count} de lignes étaient déjà enregistrées",
               "{count} lignes étaient déjà enregistrées"],
        "es": ["{count} fila ya estaba registrada", "{count} de filas ya estaban registradas",
               "{count} filas ya estaban registradas"],
        "ru": ["{count} строка уже была записана", "{count} строки уже были записаны",
               "{count} строк уже были записаны"],
        "ar": ["{count} صف كان مسجلًا من قبل", "صف واحد كان مسجلًا من قبل", "صفّان كانا مسجلين من قبل",
               "{count} صفوف كانت مسجلة من قبل", "{count} صفًا كانت مسجلة من قبل", "{count} صف كانت مسجلة من قبل"],
        "zh": ["{count} 行已记录过"],
    }),
}
