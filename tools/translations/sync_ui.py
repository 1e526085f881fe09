"""Translations of the Sync page and the dashboard's synchronisation box (fr, es, ru, ar, zh)."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


# ---------------------------------------------------------------- BundlePreview
C = "BundlePreview"
add(C, "Import bundle", "Importer le lot", "Importar el paquete", "Импорт пакета", "استيراد الحزمة", "导入数据包")
add(C, "Bundle #%1 from %2 has been checked: it is signed by %2 and addressed to this office. Nothing has been "
       "changed yet.",
    "Le lot n° %1 de %2 a été vérifié : il est signé par %2 et adressé à ce bureau. Rien n'a encore été modifié.",
    "El paquete n.º %1 de %2 ha sido verificado: está firmado por %2 y dirigido a esta oficina. Todavía no se ha "
    "cambiado nada.",
    "Пакет № %1 от %2 проверен: он подписан %2 и адресован этому офису. Пока ничего не изменено.",
    "تم التحقق من الحزمة رقم %1 الواردة من %2: إنها موقّعة من %2 وموجّهة إلى هذا المكتب. لم يتغيّر أي شيء بعد.",
    "来自 %2 的第 %1 号数据包已通过检查：它由 %2 签名并发给本办事处。目前尚未做任何更改。")
add(C, "New records:", "Nouveaux enregistrements :", "Registros nuevos:", "Новые записи:", "سجلات جديدة:", "新记录：")
add(C, "Updated records:", "Enregistrements mis à jour :", "Registros actualizados:", "Обновлённые записи:",
    "سجلات محدّثة:", "更新的记录：")
add(C, "Already up to date:", "Déjà à jour :", "Ya actualizados:", "Уже актуальны:", "محدّثة أصلًا:", "已是最新：")
add(C, "%1 (both sides changed the same thing; you will review them on the Conflicts tab)",
    "%1 (les deux côtés ont modifié la même chose ; vous les examinerez dans l'onglet Conflits)",
    "%1 (ambas partes cambiaron lo mismo; los revisará en la pestaña Conflictos)",
    "%1 (обе стороны изменили одно и то же; вы рассмотрите их на вкладке «Конфликты»)",
    "%1 (غيّر الطرفان الشيء نفسه؛ ستراجعها في تبويب التعارضات)",
    "%1（双方修改了同一内容；您将在“冲突”选项卡中查看）")
add(C, "Conflicts:", "Conflits :", "Conflictos:", "Конфликты:", "التعارضات:", "冲突：")
add(C, "Waiting for a parent record:", "En attente d'un enregistrement parent :", "A la espera de un registro padre:",
    "Ожидают родительскую запись:", "بانتظار سجل أصلي:", "等待上级记录：")
add(C, "&Apply", "&Appliquer", "&Aplicar", "&Применить", "&تطبيق", "应用(&A)")

# ---------------------------------------------------------------- ConflictsTab
C = "ConflictsTab"
add(C, "Record", "Enregistrement", "Registro", "Запись", "السجل", "记录")
add(C, "Field", "Champ", "Campo", "Поле", "الحقل", "字段")
add(C, "Mine", "Le mien", "El mío", "Моё", "قيمتي", "我方")
add(C, "Theirs", "Le leur", "El suyo", "Их", "قيمتهم", "对方")
add(C, "In effect", "En vigueur", "Vigente", "Действует", "المعمول به", "当前生效")
add(C, "Detected", "Détecté", "Detectado", "Обнаружен", "تاريخ الاكتشاف", "发现时间")
add(C, "Conflicts", "Conflits", "Conflictos", "Конфликты", "التعارضات", "冲突")
add(C, "Show &resolved conflicts", "Afficher les conflits &résolus", "Mostrar conflictos &resueltos",
    "Показывать &решённые конфликты", "إظهار التعارضات &المحلولة", "显示已解决的冲突(&R)")
add(C, "Conflict", "Conflit", "Conflicto", "Конфликт", "التعارض", "冲突")
add(C, "This office's value", "Valeur de ce bureau", "Valor de esta oficina", "Значение этого офиса",
    "قيمة هذا المكتب", "本办事处的值")
add(C, "The other office's value", "Valeur de l'autre bureau", "Valor de la otra oficina", "Значение другого офиса",
    "قيمة المكتب الآخر", "另一办事处的值")
add(C, "Keep &mine", "Garder le &mien", "Conservar el &mío", "Оставить &моё", "الإبقاء على &قيمتي", "保留我方(&M)")
add(C, "Keep &theirs", "Garder le &leur", "Conservar el &suyo", "Оставить &их", "الإبقاء على قيمة&هم", "保留对方(&T)")
add(C, "&Open the record to edit it", "&Ouvrir l'enregistrement pour le modifier", "&Abrir el registro para editarlo",
    "&Открыть запись для правки", "&فتح السجل لتعديله", "打开记录进行编辑(&O)")
add(C, "mine", "le mien", "el mío", "моё", "قيمتي", "我方")
add(C, "theirs (%1)", "le leur (%1)", "el suyo (%1)", "их (%1)", "قيمتهم (%1)", "对方（%1）")
add(C, "No conflict selected. Conflicts appear here when this office and another changed the same thing between two "
       "syncs.",
    "Aucun conflit sélectionné. Les conflits apparaissent ici quand ce bureau et un autre ont modifié la même chose "
    "entre deux synchronisations.",
    "Ningún conflicto seleccionado. Los conflictos aparecen aquí cuando esta oficina y otra cambiaron lo mismo entre "
    "dos sincronizaciones.",
    "Конфликт не выбран. Конфликты появляются здесь, когда этот офис и другой изменили одно и то же между двумя "
    "синхронизациями.",
    "لم يُحدَّد أي تعارض. تظهر التعارضات هنا عندما يغيّر هذا المكتب ومكتب آخر الشيء نفسه بين مزامنتين.",
    "未选择冲突。当本办事处与另一办事处在两次同步之间修改了同一内容时，冲突会显示在这里。")
add(C, "(resolved: %1)", "(résolu : %1)", "(resuelto: %1)", "(решён: %1)", "(محلول: %1)", "（已解决：%1）")
add(C, "Value from %1", "Valeur de %1", "Valor de %1", "Значение от %1", "القيمة الواردة من %1", "来自 %1 的值")
add(C, "Resolving…", "Résolution…", "Resolviendo…", "Разрешение…", "جارٍ الحل…", "正在解决…")

# ---------------------------------------------------------------- ExchangeTab
C = "ExchangeTab"
add(C, "Send", "Envoyer", "Enviar", "Отправка", "الإرسال", "发送")
add(C, "Recipient", "Destinataire", "Destinatario", "Получатель", "المستلم", "接收方")
add(C, "&Recipient:", "&Destinataire :", "&Destinatario:", "&Получатель:", "&المستلم:", "接收方(&R)：")
add(C, "Send &everything, not only what the recipient has not confirmed",
    "&Tout envoyer, pas seulement ce que le destinataire n'a pas confirmé",
    "Enviar &todo, no solo lo que el destinatario no ha confirmado",
    "Отправить &всё, а не только то, что получатель не подтвердил",
    "إرسال &كل شيء، لا ما لم يؤكده المستلم فقط",
    "发送全部内容，而不仅是接收方尚未确认的部分(&E)")
add(C, "&Make bundle…", "&Créer le lot…", "&Crear el paquete…", "&Создать пакет…", "&إنشاء الحزمة…", "生成数据包(&M)…")
add(C, "Receive", "Recevoir", "Recibir", "Получение", "الاستلام", "接收")
add(C, "Drop bundle files here, or", "Déposez les fichiers de lot ici, ou", "Suelte aquí los archivos de paquete, o",
    "Перетащите файлы пакетов сюда или", "أفلِت ملفات الحزم هنا، أو", "将数据包文件拖放到此处，或")
add(C, "&Import bundles…", "&Importer des lots…", "&Importar paquetes…", "&Импортировать пакеты…", "&استيراد حزم…",
    "导入数据包(&I)…")
add(C, "No office is trusted yet. Exchange identity cards on the Keys tab first.",
    "Aucun bureau n'est encore approuvé. Échangez d'abord les cartes d'identité dans l'onglet Clés.",
    "Aún no se confía en ninguna oficina. Intercambie primero las tarjetas de identidad en la pestaña Claves.",
    "Доверенных офисов пока нет. Сначала обменяйтесь удостоверениями на вкладке «Ключи».",
    "لا يوجد بعدُ مكتب موثوق. تبادلوا بطاقات الهوية أولًا في تبويب المفاتيح.",
    "尚未信任任何办事处。请先在“密钥”选项卡中交换身份卡。")
add(C, "%1 change(s) that %2 has not confirmed yet, the oldest from %3.",
    "%1 modification(s) que %2 n'a pas encore confirmée(s), la plus ancienne du %3.",
    "%1 cambio(s) que %2 aún no ha confirmado; el más antiguo del %3.",
    "Изменений, ещё не подтверждённых %2: %1; самое раннее от %3.",
    "عدد التغييرات التي لم يؤكدها %2 بعد: %1، أقدمها بتاريخ %3.",
    "%2 尚未确认 %1 项更改，最早的一项来自 %3。")
add(C, "%1 has confirmed every change; a bundle now only carries the confirmation of what you received.",
    "%1 a confirmé toutes les modifications ; un lot ne porte maintenant que la confirmation de ce que vous avez reçu.",
    "%1 ha confirmado todos los cambios; ahora un paquete solo lleva la confirmación de lo que usted recibió.",
    "%1 подтвердил все изменения; пакет теперь несёт только подтверждение того, что вы получили.",
    "أكّد %1 كل التغييرات؛ لا تحمل الحزمة الآن إلا تأكيد ما استلمتموه.",
    "%1 已确认所有更改；现在的数据包只携带对您已接收内容的确认。")
add(C, "Save bundle", "Enregistrer le lot", "Guardar el paquete", "Сохранить пакет", "حفظ الحزمة", "保存数据包")
add(C, "FieldDesk bundles (*.fdb);;All files (*)", "Lots FieldDesk (*.fdb);;Tous les fichiers (*)",
    "Paquetes de FieldDesk (*.fdb);;Todos los archivos (*)", "Пакеты FieldDesk (*.fdb);;Все файлы (*)",
    "حزم FieldDesk (*.fdb);;كل الملفات (*)", "FieldDesk 数据包 (*.fdb);;所有文件 (*)")
add(C, "Bundle saved", "Lot enregistré", "Paquete guardado", "Пакет сохранён", "حُفظت الحزمة", "数据包已保存")
add(C, "Bundle #%1 for %2 was saved to %3 with %4 change(s) and %5 attachment(s). Carry it to %2 and import it there.",
    "Le lot n° %1 pour %2 a été enregistré dans %3 avec %4 modification(s) et %5 pièce(s) jointe(s). Apportez-le à "
    "%2 et importez-le là-bas.",
    "El paquete n.º %1 para %2 se guardó en %3 con %4 cambio(s) y %5 adjunto(s). Llévelo a %2 e impórtelo allí.",
    "Пакет № %1 для %2 сохранён в %3: изменений — %4, вложений — %5. Доставьте его в %2 и импортируйте там.",
    "حُفظت الحزمة رقم %1 الموجّهة إلى %2 في %3 وفيها %4 تغيير و%5 مرفق. انقلها إلى %2 واستوردها هناك.",
    "发给 %2 的第 %1 号数据包已保存到 %3，包含 %4 项更改和 %5 个附件。请将其带到 %2 并在那里导入。")
add(C, "Making the bundle…", "Création du lot…", "Creando el paquete…", "Создание пакета…", "جارٍ إنشاء الحزمة…",
    "正在生成数据包…")
add(C, "Import bundles", "Importer des lots", "Importar paquetes", "Импорт пакетов", "استيراد حزم", "导入数据包")
add(C, "Checking the bundle…", "Vérification du lot…", "Verificando el paquete…", "Проверка пакета…",
    "جارٍ التحقق من الحزمة…", "正在检查数据包…")
add(C, "Bundle not imported", "Lot non importé", "Paquete no importado", "Пакет не импортирован", "لم تُستورد الحزمة",
    "数据包未导入")
add(C, "Nothing to import", "Rien à importer", "Nada que importar", "Нечего импортировать", "لا شيء للاستيراد",
    "没有可导入的内容")
add(C, "Bundle imported", "Lot importé", "Paquete importado", "Пакет импортирован", "استُوردت الحزمة", "数据包已导入")
add(C, "Importing the bundle…", "Importation du lot…", "Importando el paquete…", "Импорт пакета…",
    "جارٍ استيراد الحزمة…", "正在导入数据包…")

# ---------------------------------------------------------- BundleHistoryTab
C = "BundleHistoryTab"
add(C, "When", "Date", "Fecha", "Когда", "التاريخ", "时间")
add(C, "Direction", "Sens", "Sentido", "Направление", "الاتجاه", "方向")
add(C, "Office", "Bureau", "Oficina", "Офис", "المكتب", "办事处")
add(C, "Bundle", "Lot", "Paquete", "Пакет", "الحزمة", "数据包")
add(C, "Changes", "Modifications", "Cambios", "Изменения", "التغييرات", "更改")
add(C, "Applied", "Appliquées", "Aplicados", "Применено", "المطبَّق", "已应用")
add(C, "Conflicts", "Conflits", "Conflictos", "Конфликты", "التعارضات", "冲突")
add(C, "Note", "Remarque", "Nota", "Примечание", "ملاحظة", "备注")
add(C, "Bundles sent and received", "Lots envoyés et reçus", "Paquetes enviados y recibidos",
    "Отправленные и полученные пакеты", "الحزم المرسلة والمستلمة", "已发送和已接收的数据包")
add(C, "Received from", "Reçu de", "Recibido de", "Получен от", "مستلمة من", "接收自")
add(C, "Sent to", "Envoyé à", "Enviado a", "Отправлен в", "مرسلة إلى", "发送至")
add(C, "missing before it: %1 (their changes came in later bundles)",
    "manquant avant celui-ci : %1 (leurs modifications sont arrivées dans des lots ultérieurs)",
    "faltan antes de este: %1 (sus cambios llegaron en paquetes posteriores)",
    "до него не пришли: %1 (их изменения пришли в более поздних пакетах)",
    "ناقصة قبلها: %1 (وصلت تغييراتها في حزم لاحقة)",
    "此前缺失：%1（其更改已包含在之后的数据包中）")
add(C, "everything", "tout", "todo", "всё", "كل شيء", "全部")

# ---------------------------------------------------------------- KeysTab
C = "KeysTab"
add(C, "This office", "Ce bureau", "Esta oficina", "Этот офис", "هذا المكتب", "本办事处")
add(C, "Fingerprint", "Empreinte", "Huella", "Отпечаток", "البصمة", "指纹")
add(C, "Office:", "Bureau :", "Oficina:", "Офис:", "المكتب:", "办事处：")
add(C, "Fingerprint:", "Empreinte :", "Huella:", "Отпечаток:", "البصمة:", "指纹：")
add(C, "&Save my identity card…", "&Enregistrer ma carte d'identité…", "&Guardar mi tarjeta de identidad…",
    "&Сохранить моё удостоверение…", "&حفظ بطاقة هويتي…", "保存我的身份卡(&S)…")
add(C, "Trusted offices", "Bureaux approuvés", "Oficinas de confianza", "Доверенные офисы", "المكاتب الموثوقة",
    "受信任的办事处")
add(C, "Office", "Bureau", "Oficina", "Офис", "المكتب", "办事处")
add(C, "Name", "Nom", "Nombre", "Название", "الاسم", "名称")
add(C, "Role", "Rôle", "Función", "Роль", "الدور", "角色")
add(C, "Trusted since", "Approuvé depuis", "De confianza desde", "Доверие с", "موثوق منذ", "信任起始时间")
add(C, "&Trust an identity card…", "&Approuver une carte d'identité…", "&Confiar en una tarjeta de identidad…",
    "&Доверять удостоверению…", "&الوثوق ببطاقة هوية…", "信任身份卡(&T)…")
add(C, "headquarters", "siège", "sede", "штаб-квартира", "المقر الرئيسي", "总部")
add(C, "field office", "bureau de terrain", "oficina sobre el terreno", "полевой офис", "مكتب ميداني", "外地办事处")
add(C, "Save identity card", "Enregistrer la carte d'identité", "Guardar la tarjeta de identidad",
    "Сохранить удостоверение", "حفظ بطاقة الهوية", "保存身份卡")
add(C, "Identity cards (*.fdcard);;All files (*)", "Cartes d'identité (*.fdcard);;Tous les fichiers (*)",
    "Tarjetas de identidad (*.fdcard);;Todos los archivos (*)", "Удостоверения (*.fdcard);;Все файлы (*)",
    "بطاقات الهوية (*.fdcard);;كل الملفات (*)", "身份卡 (*.fdcard);;所有文件 (*)")
add(C, "Identity card saved", "Carte d'identité enregistrée", "Tarjeta de identidad guardada",
    "Удостоверение сохранено", "حُفظت بطاقة الهوية", "身份卡已保存")
add(C, "The card of %1 was saved to %2. Give it to the other office; when they trust it, read them this fingerprint "
       "by phone: %3",
    "La carte de %1 a été enregistrée dans %2. Remettez-la à l'autre bureau ; quand il l'approuvera, lisez-lui cette "
    "empreinte par téléphone : %3",
    "La tarjeta de %1 se guardó en %2. Entréguela a la otra oficina; cuando confíen en ella, léales esta huella por "
    "teléfono: %3",
    "Удостоверение %1 сохранено в %2. Передайте его другому офису; когда они будут его принимать, прочитайте им по "
    "телефону этот отпечаток: %3",
    "حُفظت بطاقة %1 في %2. سلّمها إلى المكتب الآخر؛ وعندما يوثّقها اقرأ لهم هذه البصمة عبر الهاتف: %3",
    "%1 的身份卡已保存到 %2。请将其交给另一办事处；对方信任该卡时，请通过电话向其读出此指纹：%3")
add(C, "Trust an identity card", "Approuver une carte d'identité", "Confiar en una tarjeta de identidad",
    "Доверять удостоверению", "الوثوق ببطاقة هوية", "信任身份卡")
add(C, "Identity cards (*.fdcard *.card *.json);;All files (*)",
    "Cartes d'identité (*.fdcard *.card *.json);;Tous les fichiers (*)",
    "Tarjetas de identidad (*.fdcard *.card *.json);;Todos los archivos (*)",
    "Удостоверения (*.fdcard *.card *.json);;Все файлы (*)",
    "بطاقات الهوية (*.fdcard *.card *.json);;كل الملفات (*)",
    "身份卡 (*.fdcard *.card *.json);;所有文件 (*)")
add(C, "Trust this office?", "Approuver ce bureau ?", "¿Confiar en esta oficina?", "Доверять этому офису?",
    "الوثوق بهذا المكتب؟", "信任此办事处？")
add(C, "%1 – %2 (%3)\n\nFingerprint: %4\n\nCall the office and have them read their fingerprint to you. Trust the "
       "card only if every character matches.",
    "%1 – %2 (%3)\n\nEmpreinte : %4\n\nAppelez le bureau et faites-vous lire son empreinte. N'approuvez la carte que "
    "si chaque caractère correspond.",
    "%1 – %2 (%3)\n\nHuella: %4\n\nLlame a la oficina y pida que le lean su huella. Confíe en la tarjeta solo si "
    "coinciden todos los caracteres.",
    "%1 – %2 (%3)\n\nОтпечаток: %4\n\nПозвоните в офис и попросите прочитать вам их отпечаток. Доверяйте "
    "удостоверению, только если совпадает каждый символ.",
    "%1 – %2 (%3)\n\nالبصمة: %4\n\nاتصل بالمكتب واطلب منهم قراءة بصمتهم لك. لا تثق بالبطاقة إلا إذا تطابق كل حرف.",
    "%1 – %2（%3）\n\n指纹：%4\n\n请致电该办事处，让对方向您读出其指纹。只有每个字符都一致时才信任该卡。")
add(C, "Already trusted", "Déjà approuvé", "Ya es de confianza", "Уже доверенный", "موثوق أصلًا", "已受信任")
add(C, "%1 was already trusted with these keys.", "%1 était déjà approuvé avec ces clés.",
    "%1 ya era de confianza con estas claves.", "%1 уже был доверенным с этими ключами.",
    "كان %1 موثوقًا أصلًا بهذه المفاتيح.", "%1 已使用这些密钥受信任。")

# ---------------------------------------------------------------- OfficesTab
C = "OfficesTab"
add(C, "Office", "Bureau", "Oficina", "Офис", "المكتب", "办事处")
add(C, "Name", "Nom", "Nombre", "Название", "الاسم", "名称")
add(C, "Last bundle received", "Dernier lot reçu", "Último paquete recibido", "Последний полученный пакет",
    "آخر حزمة مستلمة", "最近收到的数据包")
add(C, "Bundles received", "Lots reçus", "Paquetes recibidos", "Получено пакетов", "الحزم المستلمة", "已收到的数据包")
add(C, "Missing bundles", "Lots manquants", "Paquetes faltantes", "Недостающие пакеты", "الحزم الناقصة", "缺失的数据包")
add(C, "Not yet confirmed by the office", "Pas encore confirmé par le bureau", "Aún no confirmado por la oficina",
    "Ещё не подтверждено офисом", "لم يؤكده المكتب بعد", "办事处尚未确认")
add(C, "Records", "Enregistrements", "Registros", "Записи", "السجلات", "记录")
add(C, "Status", "État", "Estado", "Состояние", "الحالة", "状态")
add(C, "Offices", "Bureaux", "Oficinas", "Офисы", "المكاتب", "办事处")
add(C, "Each office's data can be viewed on the list pages with the Office filter.",
    "Les données de chaque bureau peuvent être consultées dans les pages de liste avec le filtre Bureau.",
    "Los datos de cada oficina pueden verse en las páginas de listas con el filtro Oficina.",
    "Данные каждого офиса можно просмотреть на страницах списков с фильтром «Офис».",
    "يمكن عرض بيانات كل مكتب في صفحات القوائم باستخدام عامل تصفية المكتب.",
    "可在列表页面中使用“办事处”筛选器查看各办事处的数据。")
add(C, "never", "jamais", "nunca", "никогда", "أبدًا", "从未")
add(C, "silent for more than 30 days", "silencieux depuis plus de 30 jours", "sin noticias desde hace más de 30 días",
    "молчит более 30 дней", "صامت منذ أكثر من 30 يومًا", "超过 30 天无联系")
add(C, "in touch", "en contact", "en contacto", "на связи", "على تواصل", "保持联系")

# ---------------------------------------------------------------- SyncPage
C = "SyncPage"
add(C, "Send and receive", "Envoyer et recevoir", "Enviar y recibir", "Отправка и получение", "الإرسال والاستلام",
    "发送和接收")
add(C, "History", "Historique", "Historial", "История", "السجل", "历史")
add(C, "Conflicts", "Conflits", "Conflictos", "Конфликты", "التعارضات", "冲突")
add(C, "Offices", "Bureaux", "Oficinas", "Офисы", "المكاتب", "办事处")
add(C, "Keys", "Clés", "Claves", "Ключи", "المفاتيح", "密钥")
add(C, "Bundles carry changes between this office and %1 on a USB stick or by e-mail. They are signed and encrypted; "
       "a bundle is checked completely before anything is applied.",
    "Les lots transportent les modifications entre ce bureau et %1 sur une clé USB ou par courriel. Ils sont signés "
    "et chiffrés ; un lot est entièrement vérifié avant que quoi que ce soit ne soit appliqué.",
    "Los paquetes llevan los cambios entre esta oficina y %1 en una memoria USB o por correo electrónico. Están "
    "firmados y cifrados; un paquete se verifica por completo antes de aplicar nada.",
    "Пакеты переносят изменения между этим офисом и %1 на USB-накопителе или по электронной почте. Они подписаны и "
    "зашифрованы; пакет полностью проверяется, прежде чем что-либо применяется.",
    "تنقل الحزم التغييرات بين هذا المكتب و%1 على ذاكرة USB أو بالبريد الإلكتروني. وهي موقّعة ومشفّرة؛ وتُفحص الحزمة "
    "بالكامل قبل تطبيق أي شيء.",
    "数据包通过 U 盘或电子邮件在本办事处与%1之间传递更改。数据包经过签名和加密；在应用任何内容之前会完整检查数据包。")
add(C, "the field offices", "les bureaux de terrain", "las oficinas sobre el terreno", "полевыми офисами",
    "المكاتب الميدانية", "各外地办事处")
add(C, "headquarters", "le siège", "la sede", "штаб-квартирой", "المقر الرئيسي", "总部")

# ---------------------------------------------------------------- SyncStatusPanel
C = "SyncStatusPanel"
add(C, "Offices silent for more than 30 days: %1", "Bureaux silencieux depuis plus de 30 jours : %1",
    "Oficinas sin noticias desde hace más de 30 días: %1", "Офисы, молчащие более 30 дней: %1",
    "المكاتب الصامتة منذ أكثر من 30 يومًا: %1", "超过 30 天无联系的办事处：%1")
add(C, "Every office has sent a bundle in the last 30 days.",
    "Chaque bureau a envoyé un lot au cours des 30 derniers jours.",
    "Todas las oficinas han enviado un paquete en los últimos 30 días.",
    "Каждый офис прислал пакет за последние 30 дней.",
    "أرسل كل مكتب حزمة خلال الأيام الثلاثين الأخيرة.",
    "每个办事处在过去 30 天内都发送过数据包。")
add(C, "%1 change(s) not yet confirmed by headquarters, the oldest from %2.",
    "%1 modification(s) pas encore confirmée(s) par le siège, la plus ancienne du %2.",
    "%1 cambio(s) aún no confirmado(s) por la sede; el más antiguo del %2.",
    "Изменений, ещё не подтверждённых штаб-квартирой: %1; самое раннее от %2.",
    "عدد التغييرات التي لم يؤكدها المقر الرئيسي بعد: %1، أقدمها بتاريخ %2.",
    "总部尚未确认 %1 项更改，最早的一项来自 %2。")
add(C, "Headquarters has confirmed every change made here.",
    "Le siège a confirmé toutes les modifications faites ici.",
    "La sede ha confirmado todos los cambios hechos aquí.",
    "Штаб-квартира подтвердила все изменения, сделанные здесь.",
    "أكّد المقر الرئيسي كل التغييرات التي أُجريت هنا.",
    "总部已确认在此所做的所有更改。")
add(C, "never", "jamais", "nunca", "никогда", "أبدًا", "从未")
add(C, "%1: last bundle sent %2, last received %3", "%1 : dernier lot envoyé %2, dernier reçu %3",
    "%1: último paquete enviado %2, último recibido %3", "%1: последний пакет отправлен %2, последний получен %3",
    "%1: آخر حزمة مرسلة %2، وآخر حزمة مستلمة %3", "%1：最近发送数据包 %2，最近接收 %3")
add(C, "No office is trusted yet: exchange identity cards on the Sync page.",
    "Aucun bureau n'est encore approuvé : échangez les cartes d'identité dans la page Synchronisation.",
    "Aún no se confía en ninguna oficina: intercambie las tarjetas de identidad en la página Sincronización.",
    "Доверенных офисов пока нет: обменяйтесь удостоверениями на странице «Синхронизация».",
    "لا يوجد بعدُ مكتب موثوق: تبادلوا بطاقات الهوية في صفحة المزامنة.",
    "尚未信任任何办事处：请在“同步”页面交换身份卡。")

TEXTS = T
