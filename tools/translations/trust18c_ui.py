"""Translations of the Keys tab's "require user-signed bundles" box and its dialog (app/ui/sync/user_signatures.py),
fr, es, ru, ar, zh. Inserted with tools/ts_insert.py."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


B = "UserSignaturesBox"
add(B, "Bundles signed by headquarters' root key alone",
    "Lots signés par la seule clé racine du siège",
    "Lotes firmados solo con la clave raíz de la sede",
    "Пакеты, подписанные только корневым ключом штаб-квартиры",
    "الحزم الموقّعة بالمفتاح الجذري للمقر وحده",
    "仅由总部根密钥签名的数据包")
add(B, "Required: offices refuse a headquarters bundle signed by the root key alone; every bundle must be signed by "
       "a certified user's own key.",
    "Exigé : les bureaux refusent un lot du siège signé par la seule clé racine ; chaque lot doit être signé par la "
    "clé propre d’un utilisateur certifié.",
    "Obligatorio: las oficinas rechazan un lote de la sede firmado solo con la clave raíz; cada lote debe firmarse "
    "con la clave propia de un usuario certificado.",
    "Обязательно: отделения отклоняют пакет штаб-квартиры, подписанный только корневым ключом; каждый пакет должен "
    "быть подписан собственным ключом заверенного пользователя.",
    "مطلوب: ترفض المكاتب أي حزمة من المقر موقّعة بالمفتاح الجذري وحده؛ ويجب أن تُوقَّع كل حزمة بالمفتاح الخاص "
    "بمستخدم معتمَد.",
    "已要求：各办事处拒绝仅由根密钥签名的总部数据包；每个数据包都必须由认证用户自己的密钥签名。")
add(B, "Required: this office refuses a headquarters bundle signed by the root key alone; every bundle must be signed "
       "by a certified headquarters user's own key.",
    "Exigé : ce bureau refuse un lot du siège signé par la seule clé racine ; chaque lot doit être signé par la clé "
    "propre d’un utilisateur certifié du siège.",
    "Obligatorio: esta oficina rechaza un lote de la sede firmado solo con la clave raíz; cada lote debe firmarse con "
    "la clave propia de un usuario certificado de la sede.",
    "Обязательно: это отделение отклоняет пакет штаб-квартиры, подписанный только корневым ключом; каждый пакет "
    "должен быть подписан собственным ключом заверенного пользователя штаб-квартиры.",
    "مطلوب: يرفض هذا المكتب أي حزمة من المقر موقّعة بالمفتاح الجذري وحده؛ ويجب أن تُوقَّع كل حزمة بالمفتاح الخاص "
    "بمستخدم معتمَد من المقر.",
    "已要求：本办事处拒绝仅由根密钥签名的总部数据包；每个数据包都必须由总部认证用户自己的密钥签名。")
add(B, "Headquarters decides this with its root key; the setting reaches each office with the next bundle sent to it.",
    "Le siège en décide avec sa clé racine ; le réglage parvient à chaque bureau avec le prochain lot qui lui est "
    "envoyé.",
    "La sede lo decide con su clave raíz; el ajuste llega a cada oficina con el próximo lote que se le envíe.",
    "Это решает штаб-квартира своим корневым ключом; настройка доходит до каждого отделения со следующим "
    "отправленным ему пакетом.",
    "يقرّر المقر ذلك بمفتاحه الجذري؛ ويصل الإعداد إلى كل مكتب مع الحزمة التالية المرسلة إليه.",
    "由总部用其根密钥决定；该设置随下一个发往各办事处的数据包送达。")
add(B, "Headquarters decides this setting, and it reaches this office with headquarters' bundles; it cannot be "
       "changed here.",
    "Le siège décide de ce réglage, qui parvient à ce bureau avec les lots du siège ; il ne peut pas être modifié ici.",
    "La sede decide este ajuste, que llega a esta oficina con los lotes de la sede; no puede cambiarse aquí.",
    "Эту настройку определяет штаб-квартира, и она приходит в это отделение с пакетами штаб-квартиры; изменить её "
    "здесь нельзя.",
    "يقرّر المقر هذا الإعداد، ويصل إلى هذا المكتب مع حزم المقر؛ ولا يمكن تغييره هنا.",
    "此设置由总部决定，随总部的数据包送达本办事处；无法在此更改。")
add(B, "Saved. Offices refuse bundles signed by the root key alone from the next bundle each receives.",
    "Enregistré. Les bureaux refusent les lots signés par la seule clé racine dès le prochain lot que chacun reçoit.",
    "Guardado. Las oficinas rechazan los lotes firmados solo con la clave raíz desde el próximo lote que reciba cada "
    "una.",
    "Сохранено. Отделения отклоняют пакеты, подписанные только корневым ключом, начиная со следующего пакета, "
    "который получит каждое из них.",
    "تم الحفظ. ترفض المكاتب الحزم الموقّعة بالمفتاح الجذري وحده بدءًا من الحزمة التالية التي يتلقاها كل منها.",
    "已保存。各办事处从各自收到的下一个数据包起，拒绝仅由根密钥签名的数据包。")
add(B, "Saved. Offices accept bundles signed by the root key alone again from the next bundle each receives.",
    "Enregistré. Les bureaux acceptent de nouveau les lots signés par la seule clé racine dès le prochain lot que "
    "chacun reçoit.",
    "Guardado. Las oficinas vuelven a aceptar los lotes firmados solo con la clave raíz desde el próximo lote que "
    "reciba cada una.",
    "Сохранено. Отделения снова принимают пакеты, подписанные только корневым ключом, начиная со следующего пакета, "
    "который получит каждое из них.",
    "تم الحفظ. تقبل المكاتب مجددًا الحزم الموقّعة بالمفتاح الجذري وحده بدءًا من الحزمة التالية التي يتلقاها كل منها.",
    "已保存。各办事处从各自收到的下一个数据包起，重新接受仅由根密钥签名的数据包。")
add(B, "Not required: offices accept headquarters bundles signed by the root key alone.",
    "Non exigé : les bureaux acceptent les lots du siège signés par la seule clé racine.",
    "No obligatorio: las oficinas aceptan los lotes de la sede firmados solo con la clave raíz.",
    "Не обязательно: отделения принимают пакеты штаб-квартиры, подписанные только корневым ключом.",
    "غير مطلوب: تقبل المكاتب حزم المقر الموقّعة بالمفتاح الجذري وحده.",
    "未要求：各办事处接受仅由根密钥签名的总部数据包。")
add(B, "Not required: this office accepts headquarters bundles signed by the root key alone.",
    "Non exigé : ce bureau accepte les lots du siège signés par la seule clé racine.",
    "No obligatorio: esta oficina acepta los lotes de la sede firmados solo con la clave raíz.",
    "Не обязательно: это отделение принимает пакеты штаб-квартиры, подписанные только корневым ключом.",
    "غير مطلوب: يقبل هذا المكتب حزم المقر الموقّعة بالمفتاح الجذري وحده.",
    "未要求：本办事处接受仅由根密钥签名的总部数据包。")
add(B, "&Accept root-signed bundles again\u2026",
    "A&ccepter de nouveau les lots signés par la clé racine\u2026",
    "Acep&tar de nuevo los lotes firmados con la clave raíz\u2026",
    "Снова прин&имать пакеты с подписью корневого ключа\u2026",
    "&قبول الحزم الموقّعة بالمفتاح الجذري مجددًا\u2026",
    "重新接受根密钥签名的数据包(&A)\u2026")
add(B, "Re&quire user-signed bundles\u2026",
    "E&xiger des lots signés par un utilisateur\u2026",
    "&Exigir lotes firmados por un usuario\u2026",
    "&Требовать пакеты с подписью пользователя\u2026",
    "ا&شتراط حزم موقّعة من مستخدم\u2026",
    "要求用户签名的数据包(&Q)\u2026")
add(B, "(since %1)", "(depuis le %1)", "(desde el %1)", "(с %1)", "(منذ %1)", "（自 %1 起）")

D = "UserSignaturesDialog"
add(D, "Offices will refuse any headquarters bundle signed by the root key alone, from the next bundle each "
       "receives: every bundle must then be signed by a certified user's own key.",
    "Les bureaux refuseront tout lot du siège signé par la seule clé racine, dès le prochain lot que chacun reçoit : "
    "chaque lot devra alors être signé par la clé propre d’un utilisateur certifié.",
    "Las oficinas rechazarán cualquier lote de la sede firmado solo con la clave raíz, desde el próximo lote que "
    "reciba cada una: cada lote deberá firmarse entonces con la clave propia de un usuario certificado.",
    "Отделения будут отклонять любой пакет штаб-квартиры, подписанный только корневым ключом, начиная со "
    "следующего пакета, который получит каждое из них: тогда каждый пакет должен быть подписан собственным ключом "
    "заверенного пользователя.",
    "سترفض المكاتب أي حزمة من المقر موقّعة بالمفتاح الجذري وحده، بدءًا من الحزمة التالية التي يتلقاها كل منها: "
    "ويجب عندئذ أن تُوقَّع كل حزمة بالمفتاح الخاص بمستخدم معتمَد.",
    "从各办事处收到的下一个数据包起，它们将拒绝任何仅由根密钥签名的总部数据包：此后每个数据包都必须由认证用户"
    "自己的密钥签名。")
add(D, "Offices will accept headquarters bundles signed by the root key alone again, from the next bundle each "
       "receives.",
    "Les bureaux accepteront de nouveau les lots du siège signés par la seule clé racine, dès le prochain lot que "
    "chacun reçoit.",
    "Las oficinas volverán a aceptar los lotes de la sede firmados solo con la clave raíz, desde el próximo lote que "
    "reciba cada una.",
    "Отделения снова будут принимать пакеты штаб-квартиры, подписанные только корневым ключом, начиная со "
    "следующего пакета, который получит каждое из них.",
    "ستقبل المكاتب مجددًا حزم المقر الموقّعة بالمفتاح الجذري وحده، بدءًا من الحزمة التالية التي يتلقاها كل منها.",
    "从各办事处收到的下一个数据包起，它们将重新接受仅由根密钥签名的总部数据包。")
add(D, "Headquarters' root key file", "Fichier de la clé racine du siège", "Archivo de la clave raíz de la sede",
    "Файл корневого ключа штаб-квартиры", "ملف المفتاح الجذري للمقر", "总部根密钥文件")
add(D, "All files (*)", "Tous les fichiers (*)", "Todos los archivos (*)", "Все файлы (*)", "كل الملفات (*)",
    "所有文件 (*)")
add(D, "Require user-signed bundles", "Exiger des lots signés par un utilisateur",
    "Exigir lotes firmados por un usuario", "Требовать пакеты с подписью пользователя",
    "اشتراط حزم موقّعة من مستخدم", "要求用户签名的数据包")
add(D, "Accept root-signed bundles again", "Accepter de nouveau les lots signés par la clé racine",
    "Aceptar de nuevo los lotes firmados con la clave raíz", "Снова принимать пакеты с подписью корневого ключа",
    "قبول الحزم الموقّعة بالمفتاح الجذري مجددًا", "重新接受根密钥签名的数据包")
add(D, "Headquarters' root key is kept offline. Give the file 'fielddesk keys root export' wrote and its passphrase: "
       "the key is used for this change only and is not kept in this profile folder.",
    "La clé racine du siège est gardée hors ligne. Indiquez le fichier écrit par 'fielddesk keys root export' et sa "
    "phrase secrète : la clé ne sert qu’à cette modification et n’est pas conservée dans ce dossier de profil.",
    "La clave raíz de la sede se guarda fuera de línea. Indique el archivo que escribió 'fielddesk keys root export' "
    "y su frase de contraseña: la clave se usa solo para este cambio y no se guarda en esta carpeta de perfil.",
    "Корневой ключ штаб-квартиры хранится вне сети. Укажите файл, записанный командой 'fielddesk keys root export', "
    "и его парольную фразу: ключ используется только для этого изменения и не сохраняется в этой папке профиля.",
    "يُحفَظ المفتاح الجذري للمقر خارج الشبكة. حدّد الملف الذي كتبه الأمر 'fielddesk keys root export' وعبارة مروره: "
    "يُستخدم المفتاح لهذا التغيير فقط ولا يُحفَظ في مجلد الملف الشخصي هذا.",
    "总部根密钥离线保存。请提供 'fielddesk keys root export' 写出的文件及其口令：该密钥仅用于此次更改，不会保存在"
    "此配置文件夹中。")
add(D, "Root key file", "Fichier de la clé racine", "Archivo de la clave raíz", "Файл корневого ключа",
    "ملف المفتاح الجذري", "根密钥文件")
add(D, "&Browse\u2026", "&Parcourir\u2026", "E&xaminar\u2026", "&Обзор\u2026", "ت&صفّح\u2026", "浏览(&B)\u2026")
add(D, "Root key &file:", "&Fichier de la clé racine :", "&Archivo de la clave raíz:", "&Файл корневого ключа:",
    "&ملف المفتاح الجذري:", "根密钥文件(&F)：")
add(D, "Passphrase of the root key file", "Phrase secrète du fichier de la clé racine",
    "Frase de contraseña del archivo de la clave raíz", "Парольная фраза файла корневого ключа",
    "عبارة مرور ملف المفتاح الجذري", "根密钥文件的口令")
add(D, "&Passphrase:", "P&hrase secrète :", "&Frase de contraseña:", "&Парольная фраза:", "&عبارة المرور:",
    "口令(&P)：")
add(D, "Headquarters' root key in this profile folder signs the change.",
    "La clé racine du siège présente dans ce dossier de profil signe la modification.",
    "La clave raíz de la sede que está en esta carpeta de perfil firma el cambio.",
    "Изменение подписывает корневой ключ штаб-квартиры, хранящийся в этой папке профиля.",
    "يوقّع التغييرَ المفتاحُ الجذري للمقر الموجود في مجلد الملف الشخصي هذا.",
    "由此配置文件夹中的总部根密钥签署此更改。")
add(D, "&Require user-signed bundles", "E&xiger des lots signés par un utilisateur",
    "&Exigir lotes firmados por un usuario", "&Требовать пакеты с подписью пользователя",
    "ا&شتراط حزم موقّعة من مستخدم", "要求用户签名的数据包(&R)")
add(D, "&Accept root-signed bundles", "A&ccepter les lots signés par la clé racine",
    "A&ceptar los lotes firmados con la clave raíz", "П&ринимать пакеты с подписью корневого ключа",
    "&قبول الحزم الموقّعة بالمفتاح الجذري", "接受根密钥签名的数据包(&A)")
add(D, "Give the root key file (written by 'fielddesk keys root export'). Nothing was changed.",
    "Indiquez le fichier de la clé racine (écrit par 'fielddesk keys root export'). Rien n’a été modifié.",
    "Indique el archivo de la clave raíz (escrito por 'fielddesk keys root export'). No se ha cambiado nada.",
    "Укажите файл корневого ключа (записанный командой 'fielddesk keys root export'). Ничего не изменено.",
    "حدّد ملف المفتاح الجذري (الذي كتبه الأمر 'fielddesk keys root export'). لم يُغيَّر شيء.",
    "请提供根密钥文件（由 'fielddesk keys root export' 写出）。未作任何更改。")
add(D, "Type the passphrase of the root key file. Nothing was changed.",
    "Tapez la phrase secrète du fichier de la clé racine. Rien n’a été modifié.",
    "Escriba la frase de contraseña del archivo de la clave raíz. No se ha cambiado nada.",
    "Введите парольную фразу файла корневого ключа. Ничего не изменено.",
    "اكتب عبارة مرور ملف المفتاح الجذري. لم يُغيَّر شيء.",
    "请输入根密钥文件的口令。未作任何更改。")
add(D, "Signing the setting with the root key", "Signature du réglage avec la clé racine",
    "Firmando el ajuste con la clave raíz", "Подпись настройки корневым ключом", "توقيع الإعداد بالمفتاح الجذري",
    "正在用根密钥签署设置")
add(D, "This profile folder holds no certified user key: it will make no bundle until one is certified for it "
       "('fielddesk keys user add NAME').",
    "Ce dossier de profil ne contient aucune clé d’utilisateur certifiée : il ne créera aucun lot tant qu’une clé "
    "n’y aura pas été certifiée ('fielddesk keys user add NOM').",
    "Esta carpeta de perfil no contiene ninguna clave de usuario certificada: no creará ningún lote hasta que se "
    "certifique una para ella ('fielddesk keys user add NOMBRE').",
    "В этой папке профиля нет заверенного ключа пользователя: пакеты из неё не будут создаваться, пока для неё не "
    "заверят ключ ('fielddesk keys user add ИМЯ').",
    "لا يحتوي مجلد الملف الشخصي هذا على مفتاح مستخدم معتمَد: لن يُنشئ أي حزمة إلى أن يُعتمَد مفتاح له "
    "('fielddesk keys user add NAME').",
    "此配置文件夹中没有认证用户密钥：在为其认证一个密钥之前，不会生成任何数据包（'fielddesk keys user add 姓名'）。")

add("HistoryModel", "headquarters (root key)", "siège (clé racine)", "sede (clave raíz)",
    "штаб-квартира (корневой ключ)", "المقر (المفتاح الجذري)", "总部（根密钥）")
