"""Translations of issue 19's leftovers in Preferences (fr, es, ru, ar, zh): headquarters' policy that keeps
participants' names in the offices, and erasure records kept until every office has acknowledged them."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


C = "RetentionSection"
add(C, "Erasure records past this period, kept until every office that must apply them has acknowledged them: %1",
    "Traces d'effacements au-delà de ce délai, conservées jusqu'à ce que chaque bureau qui doit les appliquer en "
    "ait accusé réception : %1",
    "Registros de supresiones que superan este plazo, conservados hasta que cada oficina que debe aplicarlos acuse "
    "recibo: %1",
    "Записи об удалениях старше этого срока, сохраняемые, пока каждое бюро, которое должно их применить, не "
    "подтвердит получение: %1",
    "سجلات المحو التي تجاوزت هذه المدة، وتُحفظ إلى أن يؤكد استلامها كل مكتب يجب أن يطبقها: %1",
    "超过此期限、但在每个须执行的办事处确认之前仍保留的删除记录：%1")
add(C, "Participants' &names never leave the offices",
    "Les &noms des participants ne quittent jamais les bureaux",
    "Los &nombres de los participantes nunca salen de las oficinas",
    "&Имена участников никогда не покидают бюро",
    "لا تغادر أ&سماء المشاركين المكاتب أبدًا",
    "参与者姓名永不离开办事处(&N)")
add(C, "Every participant is sent to headquarters under a pseudonym, whatever their consent; the offices' reports "
       "for sharing and spreadsheets show the pseudonyms too. Names stay in the offices.",
    "Chaque participant est envoyé au siège sous un pseudonyme, quel que soit son consentement ; les rapports à "
    "diffuser et les tableurs des bureaux montrent aussi les pseudonymes. Les noms restent dans les bureaux.",
    "Cada participante se envía a la sede con un seudónimo, sea cual sea su consentimiento; los informes para "
    "compartir y las hojas de cálculo de las oficinas también muestran los seudónimos. Los nombres se quedan en las "
    "oficinas.",
    "Каждый участник передаётся в штаб-квартиру под псевдонимом независимо от его согласия; отчёты для передачи и "
    "электронные таблицы бюро тоже показывают псевдонимы. Имена остаются в бюро.",
    "يُرسَل كل مشارك إلى المقر باسم مستعار أيًا كانت موافقته؛ وتُظهر تقارير المكاتب المعدّة للمشاركة وجداول "
    "بياناتها الأسماء المستعارة أيضًا. تبقى الأسماء في المكاتب.",
    "无论是否同意，每位参与者都以化名发送给总部；办事处用于共享的报告和电子表格也显示化名。姓名留在办事处。")
add(C, "A participant's name is sent to headquarters unless they did not consent to share it.",
    "Le nom d'un participant est envoyé au siège, sauf s'il n'a pas consenti à le communiquer.",
    "El nombre de un participante se envía a la sede, salvo que no haya aceptado compartirlo.",
    "Имя участника передаётся в штаб-квартиру, если он не отказался от его передачи.",
    "يُرسَل اسم المشارك إلى المقر ما لم يرفض مشاركته.",
    "除非参与者不同意共享，其姓名会发送给总部。")
add(C, "When you press OK, the names of the offices' participants held here are replaced by their pseudonyms.",
    "Quand vous appuierez sur OK, les noms des participants des bureaux conservés ici seront remplacés par leurs "
    "pseudonymes.",
    "Al pulsar Aceptar, los nombres de los participantes de las oficinas guardados aquí se sustituirán por sus "
    "seudónimos.",
    "После нажатия OK имена участников бюро, хранящиеся здесь, будут заменены их псевдонимами.",
    "عند الضغط على موافق، تُستبدل بأسماء مشاركي المكاتب المحفوظة هنا أسماؤهم المستعارة.",
    "按“确定”后，此处保存的各办事处参与者姓名将被替换为其化名。")
add(C, "Set by headquarters.", "Fixé par le siège.", "Fijado por la sede.", "Устанавливается штаб-квартирой.",
    "يحدده المقر.", "由总部设定。")

C = "EraseDialog"
add(C, "Also &remove the person from these backups",
    "&Retirer aussi la personne de ces sauvegardes",
    "&Quitar también a la persona de estas copias de seguridad",
    "&Удалить человека и из этих резервных копий",
    "إ&زالة الشخص من هذه النسخ الاحتياطية أيضًا",
    "同时从这些备份中删除此人(&R)")
add(C, "Each is rewritten, encrypted as before; a backup made by an older version is deleted.",
    "Chacune est réécrite, chiffrée comme avant ; une sauvegarde faite par une version antérieure est supprimée.",
    "Cada una se reescribe, cifrada como antes; una copia hecha por una versión anterior se elimina.",
    "Каждая перезаписывается и шифруется, как прежде; копия, сделанная более старой версией, удаляется.",
    "تُعاد كتابة كل نسخة مشفّرة كما كانت؛ وتُحذف النسخة التي أنشأها إصدار أقدم.",
    "每个备份都会重写，并像以前一样加密；旧版本创建的备份将被删除。")
add(C, "No backup of this profile holds the person.",
    "Aucune sauvegarde de ce profil ne contient la personne.",
    "Ninguna copia de seguridad de este perfil contiene a la persona.",
    "Ни одна резервная копия этого профиля не содержит данных этого человека.",
    "لا تحتوي أي نسخة احتياطية من هذا الملف الشخصي على بيانات الشخص.",
    "此配置文件的备份中没有此人的数据。")
add(C, "These backups still hold the person:",
    "Ces sauvegardes contiennent encore la personne :",
    "Estas copias de seguridad aún contienen a la persona:",
    "Эти резервные копии всё ещё содержат данные этого человека:",
    "لا تزال هذه النسخ الاحتياطية تحتوي على بيانات الشخص:",
    "这些备份仍含有此人的数据：")
add(C, "%1: cannot be opened with this profile's key (made under another passphrase or key), so what it holds "
       "cannot be told",
    "%1 : ne s'ouvre pas avec la clé de ce profil (faite avec une autre phrase secrète ou clé) ; on ne peut donc "
    "pas dire ce qu'elle contient",
    "%1: no se abre con la clave de este perfil (hecha con otra frase de contraseña o clave), así que no se puede "
    "saber lo que contiene",
    "%1: не открывается ключом этого профиля (создана с другой парольной фразой или ключом), поэтому неизвестно, "
    "что в ней",
    "%1: لا تُفتح بمفتاح هذا الملف الشخصي (أُنشئت بعبارة مرور أو مفتاح آخر)، فلا يمكن معرفة ما تحتويه",
    "%1：无法用此配置文件的密钥打开（使用其他密码短语或密钥创建），因此无法得知其内容")
add(C, "%1: rotated out after %2 more automatic backups (one each day FieldDesk is used)",
    "%1 : remplacée après %2 nouvelles sauvegardes automatiques (une par jour d'utilisation de FieldDesk)",
    "%1: se descarta tras %2 copias automáticas más (una cada día que se usa FieldDesk)",
    "%1: будет удалена после ещё %2 автоматических копий (по одной в каждый день работы FieldDesk)",
    "%1: تُستبدل بعد %2 نسخ احتياطية تلقائية أخرى (نسخة في كل يوم يُستخدم فيه FieldDesk)",
    "%1：再进行 %2 次自动备份后轮换删除（每个使用 FieldDesk 的日子一次）")
add(C, "%1: proposed for deletion on %2",
    "%1 : suppression proposée le %2",
    "%1: se propondrá eliminarla el %2",
    "%1: будет предложена к удалению %2",
    "%1: يُقترح حذفها في %2",
    "%1：将于 %2 建议删除")
add(C, "%1: kept until deleted (made by hand)",
    "%1 : conservée jusqu'à sa suppression (faite à la main)",
    "%1: se conserva hasta que se elimine (hecha a mano)",
    "%1: хранится, пока её не удалят (сделана вручную)",
    "%1: تُحفظ حتى تُحذف (أُنشئت يدويًا)",
    "%1：保留至被删除（手动创建）")
add(C, "The data is kept on a database server: its backups are its administrator's.",
    "Les données sont conservées sur un serveur de base de données : ses sauvegardes relèvent de son administrateur.",
    "Los datos se guardan en un servidor de bases de datos: sus copias de seguridad corresponden a su administrador.",
    "Данные хранятся на сервере баз данных: его резервные копии находятся в ведении его администратора.",
    "تُحفظ البيانات على خادم قاعدة بيانات: نسخه الاحتياطية من شأن مسؤوله.",
    "数据保存在数据库服务器上：其备份由服务器管理员负责。")
