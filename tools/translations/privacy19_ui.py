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
