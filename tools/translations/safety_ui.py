"""Translations of data safety in the GUI: the passphrase dialog, the lock, the wizard's passphrase and recovery-key
pages, Preferences, backups (fr, es, ru, ar, zh)."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


def same(contexts: list[str], source: str, *texts: str) -> None:
    for context in contexts:
        add(context, source, *texts)


# ---------------------------------------------------------------- shared phrases
WRONG = ("La phrase secrète n'est pas la bonne. Rien n'a été modifié.",
         "La frase de contraseña no es correcta. No se ha cambiado nada.",
         "Неверная парольная фраза. Ничего не изменено.",
         "عبارة المرور غير صحيحة. لم يتغيّر أي شيء.",
         "密码短语不正确。未做任何更改。")
WAIT = ("Plusieurs essais erronés : le prochain sera possible dans %1 s.",
        "Varios intentos erróneos: el próximo será posible dentro de %1 s.",
        "Несколько неверных попыток: следующая будет возможна через %1 с.",
        "عدة محاولات خاطئة: ستكون المحاولة التالية ممكنة بعد %1 ث.",
        "多次输入错误：%1 秒后才能再次尝试。")
RECOVERY_KEY = ("Clé de récupération", "Clave de recuperación", "Ключ восстановления", "مفتاح الاسترداد", "恢复密钥")
SHOWN_ONCE = ("La clé de récupération n'est affichée que maintenant. Sans elle, une phrase secrète oubliée signifie "
              "que les données ne peuvent plus être ouvertes. ",
              "La clave de recuperación solo se muestra ahora. Sin ella, si se olvida la frase de contraseña, los "
              "datos ya no podrán abrirse. ",
              "Ключ восстановления показывается только сейчас. Без него забытая парольная фраза означает, что данные "
              "больше не открыть. ",
              "يُعرض مفتاح الاسترداد الآن فقط. ومن دونه، يعني نسيان عبارة المرور أنه لا يمكن فتح البيانات. ",
              "恢复密钥只在此时显示。没有它，一旦忘记密码短语，数据将无法打开。")
BACKUPS = ("Sauvegardes", "Copias de seguridad", "Резервные копии", "النسخ الاحتياطية", "备份")
BACKING_UP = ("Sauvegarde en cours…", "Haciendo la copia de seguridad…", "Создание резервной копии…",
              "جارٍ النسخ الاحتياطي…", "正在备份…")

# ---------------------------------------------------------------- UnlockDialog
C = "UnlockDialog"
add(C, "FieldDesk is locked", "FieldDesk est verrouillé", "FieldDesk está bloqueado", "FieldDesk заблокирован",
    "FieldDesk مقفل", "FieldDesk 已锁定")
add(C, "FieldDesk was locked because it was not used for a while. Type the passphrase to go on; nothing you were "
       "doing is lost.",
    "FieldDesk a été verrouillé après un moment sans utilisation. Saisissez la phrase secrète pour continuer ; rien "
    "de ce que vous faisiez n'est perdu.",
    "FieldDesk se bloqueó porque no se usó durante un rato. Escriba la frase de contraseña para continuar; no se "
    "pierde nada de lo que estaba haciendo.",
    "FieldDesk заблокирован, так как им некоторое время не пользовались. Введите парольную фразу, чтобы "
    "продолжить; ничего из того, что вы делали, не потеряно.",
    "قُفل FieldDesk لأنه لم يُستخدم لبعض الوقت. اكتب عبارة المرور للمتابعة؛ لن يضيع شيء مما كنت تفعله.",
    "FieldDesk 因一段时间未使用而已锁定。请输入密码短语以继续；您正在进行的工作不会丢失。")
add(C, "Open FieldDesk", "Ouvrir FieldDesk", "Abrir FieldDesk", "Открыть FieldDesk", "فتح FieldDesk", "打开 FieldDesk")
add(C, "The profile in %1 is encrypted. Type its passphrase to open it.",
    "Le profil situé dans %1 est chiffré. Saisissez sa phrase secrète pour l'ouvrir.",
    "El perfil de %1 está cifrado. Escriba su frase de contraseña para abrirlo.",
    "Профиль в %1 зашифрован. Введите его парольную фразу, чтобы открыть его.",
    "الملف الشخصي في %1 مشفّر. اكتب عبارة المرور الخاصة به لفتحه.",
    "%1 中的配置文件已加密。请输入其密码短语以打开。")
add(C, "Passphrase", "Phrase secrète", "Frase de contraseña", "Парольная фраза", "عبارة المرور", "密码短语")
add(C, "&Passphrase:", "&Phrase secrète :", "&Frase de contraseña:", "&Парольная фраза:", "&عبارة المرور:",
    "密码短语(&P)：")
add(C, "Use the &recovery key instead", "Utiliser plutôt la clé de &récupération",
    "Usar la clave de &recuperación", "Использовать &ключ восстановления", "استخدام مفتاح الا&سترداد بدلًا منها",
    "改用恢复密钥(&R)")
add(C, "The recovery key is on the sheet kept when the profile was made: FDRK and 40 letters and digits. Dashes and "
       "spaces do not matter. You will then choose a new passphrase.",
    "La clé de récupération figure sur la feuille conservée lors de la création du profil : FDRK puis 40 lettres "
    "et chiffres. Les tirets et les espaces ne comptent pas. Vous choisirez ensuite une nouvelle phrase secrète.",
    "La clave de recuperación está en la hoja guardada al crear el perfil: FDRK y 40 letras y cifras. Los guiones "
    "y los espacios no importan. Después elegirá una nueva frase de contraseña.",
    "Ключ восстановления записан на листе, сохранённом при создании профиля: FDRK и 40 букв и цифр. Дефисы и "
    "пробелы не важны. Затем вы выберете новую парольную фразу.",
    "مفتاح الاسترداد مدوّن في الورقة المحفوظة عند إنشاء الملف الشخصي: FDRK ثم 40 حرفًا ورقمًا. لا أهمية للشرطات "
    "والمسافات. ستختار بعد ذلك عبارة مرور جديدة.",
    "恢复密钥写在创建配置文件时保存的纸上：FDRK 加 40 个字母和数字。连字符和空格无关紧要。之后您将设置新的密码短语。")
add(C, "&Unlock", "&Déverrouiller", "&Desbloquear", "&Разблокировать", "&فتح القفل", "解锁(&U)")
add(C, "&Quit", "&Quitter", "&Salir", "&Выход", "&خروج", "退出(&Q)")
add(C, "&Recovery key:", "Clé de &récupération :", "Clave de &recuperación:", "&Ключ восстановления:",
    "مفتاح الا&سترداد:", "恢复密钥(&R)：")
add(C, "Recovery key", *RECOVERY_KEY)
add(C, "Several wrong tries: the next one is possible in %1 s.", *WAIT)
add(C, "This is not a recovery key: it starts with FDRK, followed by 40 letters and digits.",
    "Ce n'est pas une clé de récupération : elle commence par FDRK, suivi de 40 lettres et chiffres.",
    "No es una clave de recuperación: empieza por FDRK, seguida de 40 letras y cifras.",
    "Это не ключ восстановления: он начинается с FDRK, за которым следуют 40 букв и цифр.",
    "هذا ليس مفتاح استرداد: يبدأ المفتاح بـ FDRK يليه 40 حرفًا ورقمًا.",
    "这不是恢复密钥：恢复密钥以 FDRK 开头，后跟 40 个字母和数字。")
add(C, "Checking…", "Vérification…", "Comprobando…", "Проверка…", "جارٍ التحقق…", "正在检查…")
add(C, "This recovery key does not open the profile. Check it against the sheet (letters and digits only; dashes do "
       "not matter). Nothing was changed.",
    "Cette clé de récupération n'ouvre pas le profil. Comparez-la avec la feuille (seuls les lettres et chiffres "
    "comptent, pas les tirets). Rien n'a été modifié.",
    "Esta clave de recuperación no abre el perfil. Compárela con la hoja (solo cuentan letras y cifras; los guiones "
    "no importan). No se ha cambiado nada.",
    "Этот ключ восстановления не открывает профиль. Сверьте его с листом (важны только буквы и цифры, дефисы — "
    "нет). Ничего не изменено.",
    "مفتاح الاسترداد هذا لا يفتح الملف الشخصي. قارنه بالورقة (الحروف والأرقام فقط؛ لا أهمية للشرطات). لم يتغيّر أي "
    "شيء.",
    "此恢复密钥无法打开配置文件。请与纸上的密钥核对（只看字母和数字；连字符无关紧要）。未做任何更改。")
add(C, "The passphrase is not right. Nothing was changed.", *WRONG)

# ---------------------------------------------------------------- SecretField, NewPassphraseForm
C = "SecretField"
add(C, "Show what is typed in: %1", "Afficher la saisie : %1", "Mostrar lo escrito en: %1",
    "Показать введённое в поле: %1", "إظهار ما كُتب في: %1", "显示输入内容：%1")
add(C, "Hide", "Masquer", "Ocultar", "Скрыть", "إخفاء", "隐藏")
add(C, "Show", "Afficher", "Mostrar", "Показать", "إظهار", "显示")

C = "NewPassphraseForm"
add(C, "Current passphrase", "Phrase secrète actuelle", "Frase de contraseña actual", "Текущая парольная фраза",
    "عبارة المرور الحالية", "当前密码短语")
add(C, "C&urrent passphrase:", "Phrase secrète &actuelle :", "Frase de contraseña a&ctual:",
    "&Текущая парольная фраза:", "عبارة المرور ال&حالية:", "当前密码短语(&U)：")
add(C, "New passphrase", "Nouvelle phrase secrète", "Nueva frase de contraseña", "Новая парольная фраза",
    "عبارة المرور الجديدة", "新密码短语")
add(C, "New passphrase again", "Nouvelle phrase secrète, à nouveau", "Nueva frase de contraseña, otra vez",
    "Новая парольная фраза ещё раз", "عبارة المرور الجديدة مرة أخرى", "再次输入新密码短语")
add(C, "&New passphrase:", "&Nouvelle phrase secrète :", "&Nueva frase de contraseña:", "&Новая парольная фраза:",
    "عبارة المرور ال&جديدة:", "新密码短语(&N)：")
add(C, "&Again:", "À n&ouveau :", "&Otra vez:", "&Ещё раз:", "&مرة أخرى:", "再次输入(&A)：")
add(C, "At least 8 characters. A few unrelated words are easier to remember and harder to guess than a short "
       "password with symbols. Without the passphrase, only the recovery key opens the profile.",
    "Au moins 8 caractères. Quelques mots sans rapport entre eux sont plus faciles à retenir et plus difficiles à "
    "deviner qu'un mot de passe court avec des symboles. Sans la phrase secrète, seule la clé de récupération ouvre "
    "le profil.",
    "Al menos 8 caracteres. Unas cuantas palabras sin relación entre sí son más fáciles de recordar y más difíciles "
    "de adivinar que una contraseña corta con símbolos. Sin la frase de contraseña, solo la clave de recuperación "
    "abre el perfil.",
    "Не менее 8 символов. Несколько не связанных между собой слов легче запомнить и труднее угадать, чем короткий "
    "пароль с символами. Без парольной фразы профиль открывает только ключ восстановления.",
    "8 أحرف على الأقل. بضع كلمات لا رابط بينها أسهل في التذكّر وأصعب في التخمين من كلمة مرور قصيرة برموز. ومن دون "
    "عبارة المرور، لا يفتح الملف الشخصي إلا مفتاح الاسترداد.",
    "至少 8 个字符。几个互不相关的词比带符号的短密码更容易记住，也更难猜到。没有密码短语，只有恢复密钥能打开配置文件。")
add(C, "Too short: at least 8 characters (%1 so far).", "Trop courte : au moins 8 caractères (%1 pour l'instant).",
    "Demasiado corta: al menos 8 caracteres (%1 por ahora).", "Слишком коротко: не менее 8 символов (пока %1).",
    "قصيرة جدًا: 8 أحرف على الأقل (%1 حتى الآن).", "太短：至少需要 8 个字符（目前 %1 个）。")
add(C, "The passphrase starts or ends with a space; remove it, it is easily forgotten.",
    "La phrase secrète commence ou finit par une espace ; retirez-la, on l'oublie facilement.",
    "La frase de contraseña empieza o termina con un espacio; quítelo, se olvida fácilmente.",
    "Парольная фраза начинается или заканчивается пробелом; уберите его — его легко забыть.",
    "تبدأ عبارة المرور أو تنتهي بمسافة؛ احذفها، فمن السهل نسيانها.",
    "密码短语以空格开头或结尾；请删除它，空格很容易被忘记。")
add(C, "Type the same passphrase again below.", "Saisissez la même phrase secrète ci-dessous.",
    "Escriba la misma frase de contraseña abajo.", "Введите ту же парольную фразу ниже ещё раз.",
    "اكتب عبارة المرور نفسها مرة أخرى أدناه.", "请在下方再次输入相同的密码短语。")
add(C, "The two passphrases differ.", "Les deux phrases secrètes diffèrent.",
    "Las dos frases de contraseña no coinciden.", "Две парольные фразы не совпадают.", "عبارتا المرور مختلفتان.",
    "两次输入的密码短语不一致。")
add(C, "Type the current passphrase too.", "Saisissez aussi la phrase secrète actuelle.",
    "Escriba también la frase de contraseña actual.", "Введите также текущую парольную фразу.",
    "اكتب عبارة المرور الحالية أيضًا.", "请同时输入当前密码短语。")
add(C, "The passphrases match. Accepted, but a longer one (12 characters or more) is harder to guess.",
    "Les phrases secrètes concordent. Acceptée, mais une plus longue (12 caractères ou plus) est plus difficile à "
    "deviner.",
    "Las frases de contraseña coinciden. Aceptada, pero una más larga (12 caracteres o más) es más difícil de "
    "adivinar.",
    "Парольные фразы совпадают. Принято, но более длинную (12 символов и больше) труднее угадать.",
    "عبارتا المرور متطابقتان. مقبولة، لكن العبارة الأطول (12 حرفًا أو أكثر) أصعب في التخمين.",
    "两次输入一致。可以接受，但更长的密码短语（12 个字符或以上）更难猜到。")
add(C, "The passphrases match, and the length is good.", "Les phrases secrètes concordent, et la longueur est bonne.",
    "Las frases de contraseña coinciden y la longitud es buena.", "Парольные фразы совпадают, длина хорошая.",
    "عبارتا المرور متطابقتان، والطول جيد.", "两次输入一致，长度合适。")

# ---------------------------------------------------------------- NewPassphraseDialog
C = "NewPassphraseDialog"
add(C, "Working… this can take a moment; please wait.", "Traitement… cela peut prendre un moment ; patientez.",
    "Trabajando… puede tardar un momento; espere, por favor.", "Выполняется… это может занять некоторое время; "
    "подождите.", "جارٍ العمل… قد يستغرق ذلك لحظة؛ يُرجى الانتظار.", "正在处理……可能需要一点时间，请稍候。")
add(C, "Several wrong tries: the next one is possible in %1 s.", *WAIT)
add(C, "The current passphrase is not right. Nothing was changed.",
    "La phrase secrète actuelle n'est pas la bonne. Rien n'a été modifié.",
    "La frase de contraseña actual no es correcta. No se ha cambiado nada.",
    "Текущая парольная фраза неверна. Ничего не изменено.",
    "عبارة المرور الحالية غير صحيحة. لم يتغيّر أي شيء.", "当前密码短语不正确。未做任何更改。")

# ---------------------------------------------------------------- Recovery key
C = "RecoveryKeyPanel"
add(C, "If the passphrase is forgotten, this recovery key is the only way to open the profile. It is shown only "
       "now. Write it down or print it, and keep it locked away, apart from this computer: anyone who has both can "
       "read the profile.",
    "Si la phrase secrète est oubliée, cette clé de récupération est le seul moyen d'ouvrir le profil. Elle n'est "
    "affichée que maintenant. Notez-la ou imprimez-la, et gardez-la sous clé, loin de cet ordinateur : quiconque "
    "possède les deux peut lire le profil.",
    "Si se olvida la frase de contraseña, esta clave de recuperación es la única forma de abrir el perfil. Solo se "
    "muestra ahora. Anótela o imprímala y guárdela bajo llave, lejos de este ordenador: quien tenga ambos puede leer "
    "el perfil.",
    "Если парольная фраза забыта, этот ключ восстановления — единственный способ открыть профиль. Он показывается "
    "только сейчас. Запишите или распечатайте его и храните под замком отдельно от этого компьютера: любой, у кого "
    "есть и то и другое, может прочитать профиль.",
    "إذا نُسيت عبارة المرور، فمفتاح الاسترداد هذا هو السبيل الوحيد لفتح الملف الشخصي. يُعرض الآن فقط. دوّنه أو "
    "اطبعه واحفظه في مكان مقفل بعيدًا عن هذا الحاسوب: من يملك الاثنين معًا يستطيع قراءة الملف الشخصي.",
    "如果忘记了密码短语，此恢复密钥是打开配置文件的唯一途径。它只在此时显示。请抄下或打印出来，锁好保存，并与这台电脑分"
    "开存放："
    "同时拥有两者的人都能读取配置文件。")
add(C, "Recovery key", *RECOVERY_KEY)
add(C, "&Save printable sheet (PDF)…", "&Enregistrer une feuille à imprimer (PDF)…",
    "&Guardar hoja para imprimir (PDF)…", "&Сохранить лист для печати (PDF)…", "&حفظ ورقة للطباعة (PDF)…",
    "保存可打印的纸页 (PDF)(&S)…")
add(C, "I have &written down or printed the recovery key", "J'ai &noté ou imprimé la clé de récupération",
    "He &anotado o impreso la clave de recuperación", "Я &записал(а) или распечатал(а) ключ восстановления",
    "لقد &دوّنت مفتاح الاسترداد أو طبعته", "我已抄下或打印恢复密钥(&W)")
add(C, "Save the recovery sheet", "Enregistrer la feuille de récupération", "Guardar la hoja de recuperación",
    "Сохранить лист восстановления", "حفظ ورقة الاسترداد", "保存恢复密钥纸页")
add(C, "PDF files (*.pdf)", "Fichiers PDF (*.pdf)", "Archivos PDF (*.pdf)", "Файлы PDF (*.pdf)", "ملفات PDF (*.pdf)",
    "PDF 文件 (*.pdf)")
add(C, "The sheet was saved as %1. Print it, then delete the file: a copy left on this computer defeats its purpose.",
    "La feuille a été enregistrée sous %1. Imprimez-la, puis supprimez le fichier : une copie laissée sur cet "
    "ordinateur lui ôte toute utilité.",
    "La hoja se guardó como %1. Imprímala y después borre el archivo: una copia en este ordenador anula su "
    "propósito.",
    "Лист сохранён как %1. Распечатайте его, затем удалите файл: копия, оставленная на этом компьютере, сводит "
    "его смысл на нет.",
    "حُفظت الورقة باسم %1. اطبعها ثم احذف الملف: فبقاء نسخة على هذا الحاسوب يُبطل الغرض منها.",
    "纸页已保存为 %1。请打印后删除该文件：在这台电脑上留下副本会失去其意义。")

C = "RecoveryKeyDialog"
add(C, "Recovery key", *RECOVERY_KEY)
add(C, "The recovery key is shown only now. Without it, a forgotten passphrase means the data cannot be opened. "
       "Close without keeping it?",
    *(a + b for a, b in zip(SHOWN_ONCE, ("Fermer sans la conserver ?", "¿Cerrar sin guardarla?",
                                         "Закрыть, не сохранив его?", "هل تريد الإغلاق دون الاحتفاظ به؟",
                                         "不保存就关闭吗？"), strict=True)))

C = "RecoveryPage"
add(C, "Recovery key", *RECOVERY_KEY)
add(C, "The profile is made and encrypted. Keep its recovery key before you go on.",
    "Le profil est créé et chiffré. Conservez sa clé de récupération avant de continuer.",
    "El perfil está creado y cifrado. Guarde su clave de recuperación antes de continuar.",
    "Профиль создан и зашифрован. Сохраните его ключ восстановления, прежде чем продолжить.",
    "أُنشئ الملف الشخصي وشُفّر. احتفظ بمفتاح الاسترداد الخاص به قبل المتابعة.",
    "配置文件已创建并加密。请先保存其恢复密钥再继续。")

C = "FirstStartWizard"
add(C, "Recovery key", *RECOVERY_KEY)
add(C, "The recovery key is shown only now. Without it, a forgotten passphrase means the data cannot be opened. Go "
       "on without keeping it?",
    *(a + b for a, b in zip(SHOWN_ONCE, ("Continuer sans la conserver ?", "¿Continuar sin guardarla?",
                                         "Продолжить, не сохранив его?", "هل تريد المتابعة دون الاحتفاظ به؟",
                                         "不保存就继续吗？"), strict=True)))

C = "PassphrasePage"
add(C, "Passphrase", "Phrase secrète", "Frase de contraseña", "Парольная фраза", "عبارة المرور", "密码短语")
add(C, "The profile is encrypted with this passphrase: without it, nobody can read the data, even with this computer "
       "in hand.",
    "Le profil est chiffré avec cette phrase secrète : sans elle, personne ne peut lire les données, même avec cet "
    "ordinateur entre les mains.",
    "El perfil se cifra con esta frase de contraseña: sin ella, nadie puede leer los datos, ni siquiera con este "
    "ordenador en la mano.",
    "Профиль шифруется этой парольной фразой: без неё никто не сможет прочитать данные, даже имея этот компьютер "
    "в руках.",
    "يُشفَّر الملف الشخصي بعبارة المرور هذه: من دونها لا يستطيع أحد قراءة البيانات، حتى لو كان هذا الحاسوب بين يديه.",
    "配置文件用此密码短语加密：没有它，即使拿到这台电脑，也无人能读取数据。")
add(C, "&Do not encrypt (training or demo use only)", "&Ne pas chiffrer (formation ou démonstration uniquement)",
    "&No cifrar (solo para formación o demostración)", "&Не шифровать (только для обучения или демонстрации)",
    "&عدم التشفير (للتدريب أو العرض التوضيحي فقط)", "不加密（仅用于培训或演示）(&D)")
add(C, "Without encryption, anyone who has this computer, or its disk, can read every name and finding in the "
       "profile. Use this only for training or demonstrations; the profile can be encrypted later from Preferences.",
    "Sans chiffrement, quiconque a cet ordinateur, ou son disque, peut lire chaque nom et chaque constat du profil. "
    "Réservez ce choix à la formation ou aux démonstrations ; le profil peut être chiffré plus tard depuis les "
    "Préférences.",
    "Sin cifrado, cualquiera que tenga este ordenador, o su disco, puede leer cada nombre y cada constatación del "
    "perfil. Úselo solo para formación o demostraciones; el perfil puede cifrarse más tarde desde Preferencias.",
    "Без шифрования любой, у кого окажется этот компьютер или его диск, сможет прочитать все имена и выводы в "
    "профиле. Используйте это только для обучения или демонстраций; профиль можно зашифровать позже в настройках.",
    "من دون تشفير، يستطيع كل من يحوز هذا الحاسوب أو قرصه قراءة كل اسم وكل استنتاج في الملف الشخصي. لا تستخدم هذا "
    "إلا للتدريب أو العروض التوضيحية؛ ويمكن تشفير الملف الشخصي لاحقًا من التفضيلات.",
    "不加密时，任何拿到这台电脑或其硬盘的人都能读取配置文件中的每个姓名和每项调查结果。仅在培训或演示时使用此选项；"
    "以后可在首选项中加密配置文件。")
add(C, "&Create the profile", "&Créer le profil", "&Crear el perfil", "&Создать профиль", "&إنشاء الملف الشخصي",
    "创建配置文件(&C)")

C = "DemoPage"
add(C, "The demo holds invented missions, trainings and participants in five countries, recorded by a Guatemala "
       "office. Use it to try FieldDesk, not for real work: for real work, start again with a new profile folder. As "
       "it holds nothing real, the demo profile is not encrypted.",
    "La démonstration contient des missions, formations et participants fictifs dans cinq pays, saisis par un "
    "bureau du Guatemala. Utilisez-la pour essayer FieldDesk, pas pour un travail réel : pour cela, recommencez avec "
    "un nouveau dossier de profil. Comme il ne contient rien de réel, le profil de démonstration n'est pas chiffré.",
    "La demostración contiene misiones, capacitaciones y participantes ficticios en cinco países, registrados por "
    "una oficina de Guatemala. Úsela para probar FieldDesk, no para trabajo real: para eso, empiece de nuevo con "
    "una carpeta de perfil nueva. Como no contiene nada real, el perfil de demostración no está cifrado.",
    "Демонстрационные данные — это вымышленные миссии, учебные мероприятия и участники в пяти странах, записанные "
    "отделением в Гватемале. Используйте их, чтобы опробовать FieldDesk, а не для настоящей работы: для неё начните "
    "заново с новой папкой профиля. Поскольку в нём нет ничего настоящего, демонстрационный профиль не "
    "зашифрован.",
    "تتضمن البيانات التوضيحية بعثات وأنشطة تدريبية ومشاركين من نسج الخيال في خمسة بلدان، سجّلها مكتب في غواتيمالا. "
    "استخدمها لتجربة FieldDesk لا للعمل الفعلي؛ وللعمل الفعلي ابدأ من جديد بمجلد ملف شخصي جديد. ولأنه لا يحتوي على "
    "أي شيء حقيقي، فإن الملف الشخصي التوضيحي غير مشفّر.",
    "演示数据包含五个国家的虚构特派团、培训和参与者，由危地马拉办事处录入。请用它来试用 FieldDesk，不要用于实际工作；"
    "实际工作请使用新的配置文件夹重新开始。由于其中没有真实内容，演示配置文件不加密。")

# ---------------------------------------------------------------- the lock
C = "Cover"
add(C, "FieldDesk is locked", "FieldDesk est verrouillé", "FieldDesk está bloqueado", "FieldDesk заблокирован",
    "FieldDesk مقفل", "FieldDesk 已锁定")
add(C, "Office %1. Type the passphrase to go on: the windows come back as they were.",
    "Bureau %1. Saisissez la phrase secrète pour continuer : les fenêtres reviennent telles quelles.",
    "Oficina %1. Escriba la frase de contraseña para continuar: las ventanas vuelven tal como estaban.",
    "Отделение %1. Введите парольную фразу, чтобы продолжить: окна вернутся в прежнем виде.",
    "المكتب %1. اكتب عبارة المرور للمتابعة: ستعود النوافذ كما كانت.",
    "办事处 %1。请输入密码短语以继续：窗口将恢复原样。")

# ---------------------------------------------------------------- flows (Preferences)
C = "SafetyFlows"
add(C, "New passphrase", "Nouvelle phrase secrète", "Nueva frase de contraseña", "Новая парольная фраза",
    "عبارة مرور جديدة", "新密码短语")
add(C, "You opened the profile with the recovery key. Choose a new passphrase now; the recovery key keeps working.",
    "Vous avez ouvert le profil avec la clé de récupération. Choisissez maintenant une nouvelle phrase secrète ; la "
    "clé de récupération reste valable.",
    "Ha abierto el perfil con la clave de recuperación. Elija ahora una nueva frase de contraseña; la clave de "
    "recuperación sigue funcionando.",
    "Вы открыли профиль ключом восстановления. Выберите сейчас новую парольную фразу; ключ восстановления "
    "продолжит действовать.",
    "فتحت الملف الشخصي بمفتاح الاسترداد. اختر الآن عبارة مرور جديدة؛ ويظل مفتاح الاسترداد صالحًا.",
    "您是用恢复密钥打开配置文件的。请现在设置新的密码短语；恢复密钥仍然有效。")
add(C, "&Set the passphrase", "&Définir la phrase secrète", "&Establecer la frase de contraseña",
    "&Задать парольную фразу", "&تعيين عبارة المرور", "设置密码短语(&S)")
add(C, "The new passphrase is set. The recovery key still works.",
    "La nouvelle phrase secrète est définie. La clé de récupération reste valable.",
    "La nueva frase de contraseña está establecida. La clave de recuperación sigue funcionando.",
    "Новая парольная фраза задана. Ключ восстановления по-прежнему действует.",
    "عُيّنت عبارة المرور الجديدة. ولا يزال مفتاح الاسترداد صالحًا.", "新密码短语已设置。恢复密钥仍然有效。")
add(C, "Change the passphrase", "Changer la phrase secrète", "Cambiar la frase de contraseña",
    "Сменить парольную фразу", "تغيير عبارة المرور", "更改密码短语")
add(C, "The data stays as it is; only the passphrase that opens it changes. Backups open with the new passphrase "
       "too. The recovery key is unchanged.",
    "Les données restent telles quelles ; seule la phrase secrète qui les ouvre change. Les sauvegardes s'ouvrent "
    "aussi avec la nouvelle phrase secrète. La clé de récupération ne change pas.",
    "Los datos no cambian; solo cambia la frase de contraseña que los abre. Las copias de seguridad también se abren "
    "con la nueva frase. La clave de recuperación no cambia.",
    "Данные остаются прежними; меняется только парольная фраза, которая их открывает. Резервные копии тоже "
    "открываются новой парольной фразой. Ключ восстановления не меняется.",
    "تبقى البيانات كما هي؛ ولا يتغيّر إلا عبارة المرور التي تفتحها. وتُفتح النسخ الاحتياطية أيضًا بعبارة المرور "
    "الجديدة. ولا يتغيّر مفتاح الاسترداد.",
    "数据保持不变；只更改打开数据的密码短语。备份也可用新密码短语打开。恢复密钥不变。")
add(C, "&Change", "&Changer", "&Cambiar", "&Сменить", "&تغيير", "更改(&C)")
add(C, "The passphrase was changed. The recovery key is unchanged.",
    "La phrase secrète a été changée. La clé de récupération ne change pas.",
    "Se ha cambiado la frase de contraseña. La clave de recuperación no cambia.",
    "Парольная фраза изменена. Ключ восстановления не изменился.",
    "تم تغيير عبارة المرور. ولم يتغيّر مفتاح الاسترداد.", "密码短语已更改。恢复密钥未变。")
add(C, "New recovery key", "Nouvelle clé de récupération", "Nueva clave de recuperación", "Новый ключ восстановления",
    "مفتاح استرداد جديد", "新的恢复密钥")
add(C, "A new recovery key replaces the current one, which stops opening this profile (copies of backups made "
       "earlier keep the key file they were made with). Type the passphrase to go on.",
    "Une nouvelle clé de récupération remplace l'actuelle, qui n'ouvrira plus ce profil (les copies de sauvegardes "
    "faites auparavant gardent le fichier de clés avec lequel elles ont été faites). Saisissez la phrase secrète "
    "pour continuer.",
    "Una nueva clave de recuperación sustituye a la actual, que deja de abrir este perfil (las copias de seguridad "
    "hechas antes conservan el archivo de claves con que se hicieron). Escriba la frase de contraseña para "
    "continuar.",
    "Новый ключ восстановления заменит текущий, который перестанет открывать этот профиль (копии резервных копий, "
    "сделанные ранее, сохраняют файл ключей, с которым они были сделаны). Введите парольную фразу, чтобы "
    "продолжить.",
    "يحل مفتاح استرداد جديد محل المفتاح الحالي، الذي لن يفتح هذا الملف الشخصي بعد ذلك (تحتفظ نسخ النسخ الاحتياطية "
    "المأخوذة سابقًا بملف المفاتيح الذي أُنشئت به). اكتب عبارة المرور للمتابعة.",
    "新的恢复密钥将取代当前密钥，当前密钥将不再能打开此配置文件（此前复制的备份保留其制作时的密钥文件）。请输入密码短语"
    "以继续。")
add(C, "&Make a new key", "&Créer une nouvelle clé", "&Crear una clave nueva", "&Создать новый ключ",
    "&إنشاء مفتاح جديد", "生成新密钥(&M)")
add(C, "Cancel", "Annuler", "Cancelar", "Отмена", "إلغاء", "取消")
add(C, "The new recovery key. The old one no longer opens the profile.",
    "La nouvelle clé de récupération. L'ancienne n'ouvre plus le profil.",
    "La nueva clave de recuperación. La anterior ya no abre el perfil.",
    "Новый ключ восстановления. Старый больше не открывает профиль.",
    "مفتاح الاسترداد الجديد. لم يعد المفتاح القديم يفتح الملف الشخصي.", "新的恢复密钥。旧密钥已不能打开配置文件。")
add(C, "Encrypt this profile", "Chiffrer ce profil", "Cifrar este perfil", "Зашифровать этот профиль",
    "تشفير هذا الملف الشخصي", "加密此配置文件")
add(C, "Once encrypted, the profile's database, backups, attachments and keys cannot be read without the passphrase "
       "or the recovery key. A backup is made first. It takes a moment (longer for a big profile).",
    "Une fois chiffrés, la base de données, les sauvegardes, les pièces jointes et les clés du profil ne peuvent "
    "plus être lus sans la phrase secrète ou la clé de récupération. Une sauvegarde est faite d'abord. Cela prend "
    "un moment (plus pour un gros profil).",
    "Una vez cifrados, la base de datos, las copias de seguridad, los adjuntos y las claves del perfil no pueden "
    "leerse sin la frase de contraseña o la clave de recuperación. Primero se hace una copia de seguridad. Tarda un "
    "momento (más en un perfil grande).",
    "После шифрования базу данных, резервные копии, вложения и ключи профиля нельзя прочитать без парольной фразы "
    "или ключа восстановления. Сначала делается резервная копия. Это занимает некоторое время (больше для большого "
    "профиля).",
    "بعد التشفير، لا يمكن قراءة قاعدة بيانات الملف الشخصي ونسخه الاحتياطية ومرفقاته ومفاتيحه من دون عبارة المرور أو "
    "مفتاح الاسترداد. تُؤخذ نسخة احتياطية أولًا. يستغرق ذلك لحظة (وأطول للملف الشخصي الكبير).",
    "加密后，没有密码短语或恢复密钥，就无法读取配置文件的数据库、备份、附件和密钥。会先进行备份。这需要一点时间"
    "（配置文件较大时更久）。")
add(C, "&Encrypt", "&Chiffrer", "&Cifrar", "&Зашифровать", "&تشفير", "加密(&E)")
add(C, "The profile is now encrypted. A backup was made first, and is encrypted too.",
    "Le profil est désormais chiffré. Une sauvegarde a été faite d'abord, et elle est chiffrée elle aussi.",
    "El perfil ya está cifrado. Primero se hizo una copia de seguridad, que también está cifrada.",
    "Профиль теперь зашифрован. Сначала была сделана резервная копия — она тоже зашифрована.",
    "أصبح الملف الشخصي مشفّرًا. أُخذت نسخة احتياطية أولًا، وهي مشفّرة أيضًا.",
    "配置文件现已加密。事先做了一份备份，它也已加密。")

C = "SafetySection"
add(C, "Data safety", "Sécurité des données", "Seguridad de los datos", "Безопасность данных", "أمان البيانات",
    "数据安全")
add(C, " min", " min", " min", " мин", " دقيقة", " 分钟")
add(C, "Never", "Jamais", "Nunca", "Никогда", "أبدًا", "从不")
add(C, "Lock the window after minutes without use", "Verrouiller la fenêtre après ces minutes sans utilisation",
    "Bloquear la ventana tras estos minutos sin uso", "Блокировать окно через столько минут бездействия",
    "قفل النافذة بعد هذه الدقائق من عدم الاستخدام", "闲置多少分钟后锁定窗口")
add(C, "Loc&k the window after:", "&Verrouiller la fenêtre après :", "&Bloquear la ventana tras:",
    "&Блокировать окно через:", "&قفل النافذة بعد:", "窗口锁定时间(&K)：")
add(C, "&Encrypt this profile…", "&Chiffrer ce profil…", "&Cifrar este perfil…", "&Зашифровать этот профиль…",
    "&تشفير هذا الملف الشخصي…", "加密此配置文件(&E)…")
add(C, "C&hange passphrase…", "C&hanger la phrase secrète…", "Cam&biar la frase de contraseña…",
    "С&менить парольную фразу…", "&تغيير عبارة المرور…", "更改密码短语(&H)…")
add(C, "New reco&very key…", "Nouvelle clé de ré&cupération…", "Nueva clave de recu&peración…",
    "Новый &ключ восстановления…", "مفتاح ا&سترداد جديد…", "新的恢复密钥(&V)…")
add(C, "This profile is encrypted: its database, backups, attachments and keys cannot be read without the "
       "passphrase or the recovery key.",
    "Ce profil est chiffré : sa base de données, ses sauvegardes, ses pièces jointes et ses clés ne peuvent pas "
    "être lues sans la phrase secrète ou la clé de récupération.",
    "Este perfil está cifrado: su base de datos, sus copias de seguridad, sus adjuntos y sus claves no pueden "
    "leerse sin la frase de contraseña o la clave de recuperación.",
    "Этот профиль зашифрован: его базу данных, резервные копии, вложения и ключи нельзя прочитать без парольной "
    "фразы или ключа восстановления.",
    "هذا الملف الشخصي مشفّر: لا يمكن قراءة قاعدة بياناته ونسخه الاحتياطية ومرفقاته ومفاتيحه من دون عبارة المرور أو "
    "مفتاح الاسترداد.",
    "此配置文件已加密：没有密码短语或恢复密钥，无法读取其数据库、备份、附件和密钥。")
add(C, "Locking hides every window until the passphrase is typed again; nothing is closed or lost.",
    "Le verrouillage masque toutes les fenêtres jusqu'à ce que la phrase secrète soit saisie à nouveau ; rien "
    "n'est fermé ni perdu.",
    "El bloqueo oculta todas las ventanas hasta que se vuelva a escribir la frase de contraseña; no se cierra ni se "
    "pierde nada.",
    "Блокировка скрывает все окна, пока парольная фраза не будет введена снова; ничего не закрывается и не "
    "теряется.",
    "يُخفي القفل كل النوافذ إلى أن تُكتب عبارة المرور من جديد؛ ولا يُغلق شيء ولا يضيع.",
    "锁定会隐藏所有窗口，直到再次输入密码短语；不会关闭或丢失任何内容。")
add(C, "This profile is not encrypted: anyone who has this computer, or its disk, can read it. Encrypt it for real "
       "work.",
    "Ce profil n'est pas chiffré : quiconque a cet ordinateur, ou son disque, peut le lire. Chiffrez-le pour un "
    "travail réel.",
    "Este perfil no está cifrado: cualquiera que tenga este ordenador, o su disco, puede leerlo. Cífrelo para el "
    "trabajo real.",
    "Этот профиль не зашифрован: любой, у кого окажется этот компьютер или его диск, может его прочитать. "
    "Зашифруйте его для настоящей работы.",
    "هذا الملف الشخصي غير مشفّر: يستطيع كل من يحوز هذا الحاسوب أو قرصه قراءته. شفّره للعمل الفعلي.",
    "此配置文件未加密：任何拿到这台电脑或其硬盘的人都能读取它。用于实际工作时请加密。")
add(C, "Only an encrypted profile locks (a plain one has no passphrase to ask for).",
    "Seul un profil chiffré se verrouille (un profil non chiffré n'a pas de phrase secrète à demander).",
    "Solo se bloquea un perfil cifrado (uno sin cifrar no tiene frase de contraseña que pedir).",
    "Блокируется только зашифрованный профиль (у незашифрованного нет парольной фразы, которую можно спросить).",
    "لا يُقفل إلا الملف الشخصي المشفّر (فغير المشفّر لا عبارة مرور له تُطلب).",
    "只有加密的配置文件才会锁定（未加密的配置文件没有可询问的密码短语）。")

# ---------------------------------------------------------------- backups
C = "BackupsDialog"
add(C, "Backups", *BACKUPS)
add(C, "FieldDesk backs up this profile once a day when it is first used, and before every bundle import, database "
       "upgrade and restore. It keeps the last 10 automatic backups and every backup made by hand. Backups are "
       "encrypted like the profile.",
    "FieldDesk sauvegarde ce profil une fois par jour à la première utilisation, et avant chaque import de lot, "
    "mise à niveau de la base de données et restauration. Il garde les 10 dernières sauvegardes automatiques et "
    "toutes celles faites à la main. Les sauvegardes sont chiffrées comme le profil.",
    "FieldDesk hace una copia de seguridad de este perfil una vez al día, la primera vez que se usa, y antes de cada "
    "importación de paquete, actualización de la base de datos y restauración. Conserva las 10 últimas copias "
    "automáticas y todas las hechas a mano. Las copias están cifradas como el perfil.",
    "FieldDesk делает резервную копию этого профиля раз в день при первом использовании, а также перед каждым "
    "импортом пакета, обновлением базы данных и восстановлением. Хранятся 10 последних автоматических копий и все "
    "копии, сделанные вручную. Резервные копии зашифрованы так же, как профиль.",
    "يأخذ FieldDesk نسخة احتياطية من هذا الملف الشخصي مرة يوميًا عند أول استخدام، وقبل كل استيراد لحزمة وكل ترقية "
    "لقاعدة البيانات وكل استعادة. ويحتفظ بآخر 10 نسخ تلقائية وبكل نسخة أُخذت يدويًا. النسخ الاحتياطية مشفّرة مثل "
    "الملف الشخصي.",
    "FieldDesk 每天首次使用时备份此配置文件一次，并在每次导入数据包、升级数据库和恢复之前进行备份。它保留最近 10 份自动"
    "备份以及所有手动备份。备份与配置文件一样加密。")
add(C, "&Back up now", "&Sauvegarder maintenant", "&Hacer copia ahora", "&Сделать копию сейчас",
    "&نسخ احتياطي الآن", "立即备份(&B)")
add(C, "Back up to a &folder…", "Sauvegarder dans un &dossier…", "Copia en una &carpeta…", "Копия в &папку…",
    "نسخ احتياطي إلى &مجلد…", "备份到文件夹(&F)…")
add(C, "Back up now and copy the backup to a folder, for example on a USB stick, with the key file that opens it",
    "Sauvegarder maintenant et copier la sauvegarde dans un dossier, par exemple sur une clé USB, avec le fichier "
    "de clés qui l'ouvre",
    "Hacer una copia ahora y copiarla en una carpeta, por ejemplo en una memoria USB, con el archivo de claves que "
    "la abre",
    "Сделать резервную копию сейчас и скопировать её в папку, например на USB-накопитель, вместе с файлом ключей, "
    "который её открывает",
    "أخذ نسخة احتياطية الآن ونسخها إلى مجلد، على وحدة USB مثلًا، مع ملف المفاتيح الذي يفتحها",
    "立即备份，并将备份连同打开它的密钥文件复制到一个文件夹，例如 U 盘")
add(C, "&Restore…", "&Restaurer…", "&Restaurar…", "&Восстановить…", "ا&ستعادة…", "恢复(&R)…")
add(C, "Changes made here that headquarters has not yet acknowledged: %1 (the oldest from %2). Restoring a backup "
       "would replace them.",
    "Modifications faites ici dont le siège n'a pas encore accusé réception : %1 (la plus ancienne du %2). "
    "Restaurer une sauvegarde les remplacerait.",
    "Cambios hechos aquí cuya recepción la sede aún no ha confirmado: %1 (el más antiguo del %2). Restaurar una "
    "copia los reemplazaría.",
    "Изменения, сделанные здесь, получение которых штаб-квартира ещё не подтвердила: %1 (самое раннее от %2). "
    "Восстановление резервной копии заменит их.",
    "تغييرات أُجريت هنا لم يؤكد المقر استلامها بعد: %1 (أقدمها بتاريخ %2). واستعادة نسخة احتياطية ستستبدلها.",
    "此处所做、总部尚未确认收到的更改：%1 项（最早的在 %2）。恢复备份将替换这些更改。")
add(C, "Backing up…", *BACKING_UP)
add(C, "Copy the backup to a folder", "Copier la sauvegarde dans un dossier", "Copiar la copia en una carpeta",
    "Скопировать резервную копию в папку", "نسخ النسخة الاحتياطية إلى مجلد", "将备份复制到文件夹")
add(C, "Backed up (%1).", "Sauvegarde faite (%1).", "Copia hecha (%1).", "Резервная копия сделана (%1).",
    "تم النسخ الاحتياطي (%1).", "已备份（%1）。")
add(C, "Backed up and copied to %1, with the key file that opens it (the passphrase or the recovery key is still "
       "needed).",
    "Sauvegarde faite et copiée dans %1, avec le fichier de clés qui l'ouvre (la phrase secrète ou la clé de "
    "récupération reste nécessaire).",
    "Copia hecha y copiada en %1, con el archivo de claves que la abre (sigue haciendo falta la frase de contraseña "
    "o la clave de recuperación).",
    "Резервная копия сделана и скопирована в %1 вместе с файлом ключей, который её открывает (парольная фраза или "
    "ключ восстановления всё равно нужны).",
    "تم النسخ الاحتياطي والنسخ إلى %1، مع ملف المفاتيح الذي يفتحها (لا تزال عبارة المرور أو مفتاح الاسترداد "
    "لازمة).",
    "已备份并复制到 %1，同时附上打开它的密钥文件（仍需要密码短语或恢复密钥）。")
add(C, "Backed up and copied to %1. This profile is not encrypted: anyone who has the copy can read it.",
    "Sauvegarde faite et copiée dans %1. Ce profil n'est pas chiffré : quiconque a la copie peut la lire.",
    "Copia hecha y copiada en %1. Este perfil no está cifrado: cualquiera que tenga la copia puede leerla.",
    "Резервная копия сделана и скопирована в %1. Этот профиль не зашифрован: любой, у кого есть копия, может её "
    "прочитать.",
    "تم النسخ الاحتياطي والنسخ إلى %1. هذا الملف الشخصي غير مشفّر: يستطيع كل من يحوز النسخة قراءتها.",
    "已备份并复制到 %1。此配置文件未加密：任何拿到副本的人都能读取。")
add(C, "Restore a backup", "Restaurer une sauvegarde", "Restaurar una copia de seguridad",
    "Восстановить из резервной копии", "استعادة نسخة احتياطية", "恢复备份")
add(C, "Replace the profile's data with the backup made %1? Everything recorded since then is replaced. The current "
       "data is backed up first, so restoring that backup undoes this.",
    "Remplacer les données du profil par la sauvegarde faite le %1 ? Tout ce qui a été saisi depuis est remplacé. "
    "Les données actuelles sont d'abord sauvegardées : restaurer cette sauvegarde annule l'opération.",
    "¿Reemplazar los datos del perfil por la copia hecha el %1? Todo lo registrado desde entonces se reemplaza. Los "
    "datos actuales se copian primero, así que restaurar esa copia deshace esto.",
    "Заменить данные профиля резервной копией от %1? Всё, что записано с тех пор, будет заменено. Текущие данные "
    "сначала копируются, так что восстановление этой копии отменит операцию.",
    "هل تريد استبدال بيانات الملف الشخصي بالنسخة الاحتياطية المأخوذة في %1؟ سيُستبدل كل ما سُجّل منذ ذلك الحين. "
    "تُنسخ البيانات الحالية أولًا، فاستعادة تلك النسخة تُلغي هذه العملية.",
    "用 %1 制作的备份替换配置文件中的数据吗？此后记录的所有内容都将被替换。当前数据会先备份，恢复那份备份即可撤销此操作"
    "。")
add(C, "Restoring…", "Restauration…", "Restaurando…", "Восстановление…", "جارٍ الاستعادة…", "正在恢复…")
add(C, "Changes not yet at headquarters", "Modifications pas encore au siège", "Cambios que aún no están en la sede",
    "Изменения ещё не в штаб-квартире", "تغييرات لم تصل إلى المقر بعد", "尚未送达总部的更改")
add(C, "Changes made here that headquarters has not acknowledged: %1 (the oldest from %2). Restoring replaces them; "
       "they stay in the backup made before the restore. Sending a bundle to headquarters first is safer.\n\n"
       "Restore anyway?",
    "Modifications faites ici dont le siège n'a pas accusé réception : %1 (la plus ancienne du %2). La restauration "
    "les remplace ; elles restent dans la sauvegarde faite avant la restauration. Il est plus sûr d'envoyer d'abord "
    "un lot au siège.\n\nRestaurer quand même ?",
    "Cambios hechos aquí cuya recepción la sede no ha confirmado: %1 (el más antiguo del %2). La restauración los "
    "reemplaza; quedan en la copia hecha antes de restaurar. Es más seguro enviar antes un paquete a la sede.\n\n"
    "¿Restaurar de todos modos?",
    "Изменения, сделанные здесь, получение которых штаб-квартира не подтвердила: %1 (самое раннее от %2). "
    "Восстановление заменит их; они останутся в резервной копии, сделанной перед восстановлением. Надёжнее сначала "
    "отправить пакет в штаб-квартиру.\n\nВсё равно восстановить?",
    "تغييرات أُجريت هنا لم يؤكد المقر استلامها: %1 (أقدمها بتاريخ %2). الاستعادة تستبدلها؛ وتبقى في النسخة "
    "الاحتياطية المأخوذة قبل الاستعادة. والأسلم إرسال حزمة إلى المقر أولًا.\n\nهل تريد الاستعادة على أي حال؟",
    "此处所做、总部尚未确认收到的更改：%1 项（最早的在 %2）。恢复将替换这些更改；它们会保留在恢复前制作的备份中。"
    "更稳妥的做法是先向总部发送数据包。\n\n仍要恢复吗？")
add(C, "Nothing was restored.", "Rien n'a été restauré.", "No se ha restaurado nada.", "Ничего не восстановлено.",
    "لم تُستعد أي بيانات.", "未恢复任何内容。")

C = "BackupsModel"
add(C, "Daily, on first use", "Quotidienne, à la première utilisation", "Diaria, al primer uso",
    "Ежедневная, при первом использовании", "يومية، عند أول استخدام", "每日，首次使用时")
add(C, "Made by hand", "Faite à la main", "Hecha a mano", "Сделана вручную", "أُخذت يدويًا", "手动制作")
add(C, "Before a restore", "Avant une restauration", "Antes de una restauración", "Перед восстановлением",
    "قبل استعادة", "恢复之前")
add(C, "Before encrypting", "Avant le chiffrement", "Antes de cifrar", "Перед шифрованием", "قبل التشفير", "加密之前")
add(C, "Before a database upgrade", "Avant une mise à niveau de la base de données",
    "Antes de una actualización de la base de datos", "Перед обновлением базы данных", "قبل ترقية قاعدة البيانات",
    "数据库升级之前")
add(C, "Before importing bundle #%1 from %2", "Avant l'import du lot n° %1 de %2",
    "Antes de importar el paquete n.º %1 de %2", "Перед импортом пакета № %1 от %2",
    "قبل استيراد الحزمة رقم %1 من %2", "导入来自 %2 的第 %1 号数据包之前")
add(C, "%1 MB", "%1 Mo", "%1 MB", "%1 МБ", "%1 م.ب", "%1 MB")
add(C, "%1 KB", "%1 Ko", "%1 KB", "%1 КБ", "%1 ك.ب", "%1 KB")
add(C, "Made", "Faite le", "Hecha", "Создана", "التاريخ", "制作时间")
add(C, "Kind", "Type", "Tipo", "Вид", "النوع", "类型")
add(C, "Reason", "Motif", "Motivo", "Причина", "السبب", "原因")
add(C, "Size", "Taille", "Tamaño", "Размер", "الحجم", "大小")
add(C, "Automatic", "Automatique", "Automática", "Автоматическая", "تلقائية", "自动")
add(C, "By hand", "À la main", "A mano", "Вручную", "يدوية", "手动")

C = "MainWindow"
add(C, "&Backups…", "&Sauvegardes…", "&Copias de seguridad…", "&Резервные копии…", "ال&نسخ الاحتياطية…", "备份(&B)…")
add(C, "Back up the profile, copy a backup to a folder, or restore one",
    "Sauvegarder le profil, copier une sauvegarde dans un dossier ou en restaurer une",
    "Hacer una copia del perfil, copiarla en una carpeta o restaurar una",
    "Сделать резервную копию профиля, скопировать её в папку или восстановить из копии",
    "أخذ نسخة احتياطية من الملف الشخصي أو نسخها إلى مجلد أو استعادة نسخة",
    "备份配置文件、将备份复制到文件夹或恢复备份")

C = "Shell"
add(C, "Backups", *BACKUPS)
add(C, "The backup was restored. The data as it was just before is kept as the backup of %1.",
    "La sauvegarde a été restaurée. Les données telles qu'elles étaient juste avant sont conservées dans la "
    "sauvegarde du %1.",
    "Se ha restaurado la copia. Los datos tal como estaban justo antes se conservan en la copia del %1.",
    "Резервная копия восстановлена. Данные в том виде, какими они были непосредственно перед этим, сохранены в "
    "резервной копии от %1.",
    "تمت استعادة النسخة الاحتياطية. والبيانات كما كانت قبل ذلك مباشرةً محفوظة في النسخة الاحتياطية بتاريخ %1.",
    "备份已恢复。恢复前一刻的数据保存为 %1 的备份。")

C = "Startup"
add(C, "Encrypting the profile, interrupted earlier, is now finished. This is its recovery key.",
    "Le chiffrement du profil, interrompu auparavant, est maintenant terminé. Voici sa clé de récupération.",
    "El cifrado del perfil, interrumpido antes, ha terminado. Esta es su clave de recuperación.",
    "Шифрование профиля, прерванное ранее, завершено. Вот его ключ восстановления.",
    "اكتمل الآن تشفير الملف الشخصي الذي انقطع سابقًا. هذا هو مفتاح الاسترداد الخاص به.",
    "先前中断的配置文件加密现已完成。这是它的恢复密钥。")
add(C, "The daily backup could not be made", "La sauvegarde quotidienne n'a pas pu être faite",
    "No se pudo hacer la copia de seguridad diaria", "Не удалось сделать ежедневную резервную копию",
    "تعذّر أخذ النسخة الاحتياطية اليومية", "无法完成每日备份")
add(C, "Backing up…", *BACKING_UP)

TEXTS = T
