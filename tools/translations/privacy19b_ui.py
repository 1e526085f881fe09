"""Translations of issue 19's backups in the Erase personal data dialog (fr, es, ru, ar, zh): the backups of a
headquarters on PostgreSQL (made outside FieldDesk, and what the profile folder kept from before the move) and the
copies written to other folders (a USB stick)."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


C = "EraseDialog"
add(C, "The data is kept on a PostgreSQL server. Its backups are made outside FieldDesk by the server's "
       "administrator: each one made so far holds the person, and after the erasure the administrator must delete "
       "them or remove the person from them.",
    "Les données sont conservées sur un serveur PostgreSQL. Ses sauvegardes sont faites hors de FieldDesk par "
    "l'administrateur du serveur : chacune de celles faites jusqu'ici garde la personne, et après l'effacement "
    "l'administrateur doit les supprimer ou en retirer la personne.",
    "Los datos se guardan en un servidor PostgreSQL. Sus copias de seguridad las hace fuera de FieldDesk el "
    "administrador del servidor: cada una de las hechas hasta ahora guarda a la persona y, tras el borrado, el "
    "administrador debe eliminarlas o quitar de ellas a la persona.",
    "Данные хранятся на сервере PostgreSQL. Его резервные копии делает вне FieldDesk администратор сервера: каждая "
    "из сделанных до сих пор содержит этого человека, и после удаления администратор должен удалить их или убрать "
    "из них этого человека.",
    "تُحفظ البيانات على خادم PostgreSQL. يُنشئ مسؤول الخادم نسخه الاحتياطية خارج FieldDesk: كل نسخة أُنشئت حتى "
    "الآن تحتفظ بالشخص، وبعد المحو يجب على المسؤول حذفها أو إزالة الشخص منها.",
    "数据保存在 PostgreSQL 服务器上。其备份由服务器管理员在 FieldDesk 之外创建：迄今创建的每个备份都保存有此人，"
    "删除后管理员必须删除这些备份或从中移除此人。")
add(C, "%1: copied to %2, out of reach now (a USB stick not plugged in?), so what it holds cannot be told",
    "%1 : copiée dans %2, hors d'atteinte pour l'instant (clé USB non branchée ?), on ne peut donc pas savoir ce "
    "qu'elle contient",
    "%1: copiada en %2, fuera de alcance ahora (¿memoria USB no conectada?), así que no se puede saber qué guarda",
    "%1: скопирована в %2, сейчас недоступна (USB-накопитель не подключён?), поэтому неизвестно, что в ней",
    "%1: نُسخت إلى %2، ولا يمكن الوصول إليها الآن (ذاكرة USB غير موصولة؟)، فلا يمكن معرفة ما تحتويه",
    "%1：已复制到 %2，目前无法访问（U 盘未插入？），因此无法得知其中的内容")
add(C, "%1: the SQLite file kept by the move to PostgreSQL, kept until deleted",
    "%1 : le fichier SQLite gardé lors du passage à PostgreSQL, conservé jusqu'à sa suppression",
    "%1: el archivo SQLite conservado al pasar a PostgreSQL, se conserva hasta que se elimine",
    "%1: файл SQLite, оставленный при переходе на PostgreSQL, хранится, пока его не удалят",
    "%1: ملف SQLite المحفوظ عند الانتقال إلى PostgreSQL، يُحفظ حتى يُحذف",
    "%1：迁移到 PostgreSQL 时保留的 SQLite 文件，保留至被删除")
add(C, "%1: copied to %2, kept there until deleted",
    "%1 : copiée dans %2, conservée là jusqu'à sa suppression",
    "%1: copiada en %2, se conserva allí hasta que se elimine",
    "%1: скопирована в %2, хранится там, пока её не удалят",
    "%1: نُسخت إلى %2، وتُحفظ هناك حتى تُحذف",
    "%1：已复制到 %2，在那里保留至被删除")
add(C, "%1: kept until deleted (made before the data moved to PostgreSQL)",
    "%1 : conservée jusqu'à sa suppression (faite avant le passage des données à PostgreSQL)",
    "%1: se conserva hasta que se elimine (hecha antes de que los datos pasaran a PostgreSQL)",
    "%1: хранится, пока её не удалят (сделана до перехода данных на PostgreSQL)",
    "%1: تُحفظ حتى تُحذف (أُنشئت قبل انتقال البيانات إلى PostgreSQL)",
    "%1：保留至被删除（在数据迁移到 PostgreSQL 之前创建）")
