"""Translations of an office's own setting to send every participant to headquarters under a pseudonym (fr, es, ru,
ar, zh): Preferences, retention tab."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


C = "RetentionSection"
add(C, "This office sends every participant to headquarters under a &pseudonym",
    "Ce bureau envoie chaque participant au siège sous un &pseudonyme",
    "Esta oficina envía a cada participante a la sede con un &pseudónimo",
    "Это бюро отправляет каждого участника в штаб-квартиру под &псевдонимом",
    "يرسل هذا المكتب كل مشارك إلى المقر ب&اسم مستعار",
    "本办事处以化名将所有参与者发送至总部(&P)")
add(C, "Whatever their consent, participants reach headquarters under the pseudonym only, without contacts, "
       "organisation, position or files.",
    "Quel que soit leur consentement, les participants parviennent au siège sous leur seul pseudonyme, sans "
    "coordonnées, organisation, fonction ni fichiers.",
    "Sea cual sea su consentimiento, los participantes llegan a la sede solo con su seudónimo, sin datos de "
    "contacto, organización, cargo ni archivos.",
    "Независимо от их согласия участники поступают в штаб-квартиру только под псевдонимом, без контактных данных, "
    "организации, должности и файлов.",
    "أيًّا كانت موافقتهم، يصل المشاركون إلى المقر بأسمائهم المستعارة فقط، دون بيانات الاتصال أو المنظمة أو المنصب "
    "أو الملفات.",
    "无论是否同意，参与者仅以化名送达总部，不含联系方式、组织、职务或文件。")
add(C, "Participants who consent to share their name reach headquarters by name, with their files; the others under "
       "the pseudonym.",
    "Les participants qui consentent au partage de leur nom parviennent au siège sous leur nom, avec leurs fichiers ; "
    "les autres sous leur pseudonyme.",
    "Los participantes que consienten en compartir su nombre llegan a la sede con su nombre y sus archivos; los demás, "
    "con su seudónimo.",
    "Участники, согласившиеся передавать своё имя, поступают в штаб-квартиру под именем и со своими файлами, "
    "остальные — под псевдонимом.",
    "يصل المشاركون الذين وافقوا على مشاركة أسمائهم إلى المقر بأسمائهم ومع ملفاتهم؛ ويصل الآخرون بأسمائهم المستعارة.",
    "同意共享姓名的参与者以姓名送达总部，并附其文件；其他人以化名送达。")
add(C, "When you press OK, every participant of this office is sent again with the next bundle, and headquarters "
       "replaces the names and removes the files it holds.",
    "Lorsque vous appuyez sur OK, chaque participant de ce bureau est envoyé de nouveau avec le prochain paquet, et le "
    "siège remplace les noms et supprime les fichiers qu'il détient.",
    "Al pulsar Aceptar, cada participante de esta oficina se envía de nuevo con el próximo paquete, y la sede "
    "sustituye los nombres y elimina los archivos que guarda.",
    "После нажатия OK каждый участник этого бюро будет отправлен заново со следующим пакетом, а штаб-квартира "
    "заменит хранящиеся у неё имена и удалит файлы.",
    "عند الضغط على «موافق»، يُرسَل كل مشارك في هذا المكتب من جديد مع الحزمة التالية، ويستبدل المقر الأسماء التي "
    "يحفظها ويحذف الملفات.",
    "按“确定”后，本办事处的每位参与者将随下一个数据包重新发送，总部将替换其保存的姓名并删除文件。")
add(C, "When you press OK, every participant of this office is sent again with the next bundle, by name where they "
       "consent.",
    "Lorsque vous appuyez sur OK, chaque participant de ce bureau est envoyé de nouveau avec le prochain paquet, sous "
    "son nom s'il y consent.",
    "Al pulsar Aceptar, cada participante de esta oficina se envía de nuevo con el próximo paquete, con su nombre si "
    "lo consiente.",
    "После нажатия OK каждый участник этого бюро будет отправлен заново со следующим пакетом — под именем, если он "
    "согласен.",
    "عند الضغط على «موافق»، يُرسَل كل مشارك في هذا المكتب من جديد مع الحزمة التالية، باسمه إن وافق على ذلك.",
    "按“确定”后，本办事处的每位参与者将随下一个数据包重新发送，同意者以姓名发送。")
