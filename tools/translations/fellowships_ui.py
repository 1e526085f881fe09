"""Translations of the Fellowships page, its editor and parts, the participant's Fellowships tab, the Reports page's
fellowship fields and the two report kinds (fr, es, ru, ar, zh). ``python tools/ts_insert.py
tools/translations/fellowships_ui.py`` inserts the plain entries and the plural ones (``NUMERUS``); then
`make translations`."""

from __future__ import annotations

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


W = {  # words several screens share
    "Fellowships": ("Bourses", "Becas", "Стипендии", "الزمالات", "研究金"),
    "Fellowship": ("Bourse", "Beca", "Стипендия", "الزمالة", "研究金"),
    "Fellow": ("Boursier", "Becario", "Стипендиат", "الزميل", "研究员"),
    "Cohort": ("Promotion", "Promoción", "Набор", "الدفعة", "批次"),
    "Status": ("Statut", "Estado", "Статус", "الحالة", "状态"),
    "Host": ("Accueil", "Acogida", "Принимающая сторона", "الجهة المضيفة", "接待方"),
    "Start": ("Début", "Inicio", "Начало", "البداية", "开始"),
    "End": ("Fin", "Fin", "Окончание", "النهاية", "结束"),
    "Country": ("Pays", "País", "Страна", "البلد", "国家"),
    "Final report": ("Rapport final", "Informe final", "Итоговый отчёт", "التقرير النهائي", "最终报告"),
    "Office": ("Bureau", "Oficina", "Отделение", "المكتب", "办事处"),
    "Placement": ("Stage", "Pasantía", "Стажировка", "فترة التدريب", "实习"),
    "Weeks": ("Semaines", "Semanas", "Недель", "الأسابيع", "周数"),
    "Learning objectives": ("Objectifs d'apprentissage", "Objetivos de aprendizaje", "Учебные цели", "أهداف التعلم",
                            "学习目标"),
    "Learning objective": ("Objectif d'apprentissage", "Objetivo de aprendizaje", "Учебная цель", "هدف التعلم",
                           "学习目标"),
    "Follow-up contacts": ("Contacts de suivi", "Contactos de seguimiento", "Последующие контакты", "اتصالات المتابعة",
                           "后续联系"),
    "Met": ("Atteint", "Cumplido", "Достигнута", "تحقق", "是否实现"),
    "Note": ("Note", "Nota", "Примечание", "ملاحظة", "备注"),
    "Notes": ("Notes", "Notas", "Примечания", "ملاحظات", "备注"),
    "Order": ("Ordre", "Orden", "Порядок", "الترتيب", "顺序"),
    "Date": ("Date", "Fecha", "Дата", "التاريخ", "日期"),
    "Channel": ("Moyen", "Medio", "Способ связи", "وسيلة الاتصال", "渠道"),
    "What they do now": ("Ce qu'il fait aujourd'hui", "Qué hace ahora", "Чем занимается сейчас", "ما يعمله الآن",
                         "现在的工作"),
    "Applies what they learned": ("Applique ce qu'il a appris", "Aplica lo aprendido", "Применяет полученные знания",
                                  "يطبق ما تعلمه", "运用所学"),
}


def words(context: str, *sources: str) -> None:
    for source in sources:
        add(context, source, *W[source])


add("Pages", "Fellowships", *W["Fellowships"])
C = "FellowshipsPage"
words(C, "Fellowships", "Fellow", "Cohort", "Status", "Host", "Start", "End", "Country", "Final report", "Office",
      "Placement")
add(C, "Delete this fellowship (%1) with its objectives and follow-up contacts?",
    "Supprimer cette bourse (%1) avec ses objectifs et ses contacts de suivi ?",
    "¿Eliminar esta beca (%1) con sus objetivos y contactos de seguimiento?",
    "Удалить эту стипендию (%1) вместе с её целями и последующими контактами?",
    "هل تريد حذف هذه الزمالة (%1) مع أهدافها واتصالات متابعتها؟",
    "删除此研究金（%1）及其目标和后续联系？")
C = "FellowshipEditor"
words(C, "Fellow", "Cohort", "Country", "Status", "Notes", "Learning objectives", "Follow-up contacts")
add(C, "Type part of the person's name and pick them from the list.",
    "Tapez une partie du nom de la personne et choisissez-la dans la liste.",
    "Escriba parte del nombre de la persona y elíjala en la lista.",
    "Введите часть имени и выберите человека из списка.",
    "اكتب جزءًا من اسم الشخص واختره من القائمة.",
    "输入此人姓名的一部分，然后从列表中选择。")
add(C, "For example \u201c2026 Indigenous Fellowship, English section\u201d.",
    "Par exemple « Bourse pour les autochtones 2026, section anglaise ».",
    "Por ejemplo «Beca para indígenas 2026, sección inglesa».",
    "Например, «Стипендия для коренных народов 2026, английская секция».",
    "مثلًا «زمالة الشعوب الأصلية 2026، القسم الإنكليزي».",
    "例如“2026 年土著研究金，英语组”。")
add(C, "Host office or institution", "Bureau ou institution d'accueil", "Oficina o institución de acogida",
    "Принимающее отделение или учреждение", "المكتب أو المؤسسة المضيفة", "接待办事处或机构")
add(C, "Placement start", "Début du stage", "Inicio de la pasantía", "Начало стажировки", "بداية فترة التدريب",
    "实习开始")
add(C, "Placement end", "Fin du stage", "Fin de la pasantía", "Окончание стажировки", "نهاية فترة التدريب", "实习结束")
add(C, "Final report received", "Rapport final reçu le", "Informe final recibido el", "Итоговый отчёт получен",
    "تاريخ استلام التقرير النهائي", "最终报告收到日期")
add(C, "Attach the report itself below.", "Joignez le rapport lui-même ci-dessous.", "Adjunte el informe abajo.",
    "Сам отчёт прикрепите ниже.", "أرفق التقرير نفسه أدناه.", "请在下方附上报告本身。")
words(C, "Placement", "Final report")  # the tabs
add(C, "On the Final report tab: %1", "Dans l'onglet Rapport final : %1", "En la pestaña Informe final: %1",
    "На вкладке «Итоговый отчёт»: %1", "في علامة التبويب التقرير النهائي: %1", "在“最终报告”选项卡中：%1")
add("FellowshipNote", "Fellowships are now recorded on the Fellowships page, with the placement, final report and "
    "follow-up. This form stays for the activities recorded before.",
    "Les bourses se saisissent désormais dans la page Bourses, avec le stage, le rapport final et le suivi. Cette "
    "forme reste pour les activités saisies auparavant.",
    "Las becas se registran ahora en la página Becas, con la pasantía, el informe final y el seguimiento. Esta forma "
    "se mantiene para las actividades registradas antes.",
    "Стипендии теперь ведутся на странице «Стипендии» — со стажировкой, итоговым отчётом и последующими контактами. "
    "Этот вид остаётся для мероприятий, записанных раньше.",
    "تُسجَّل الزمالات الآن في صفحة الزمالات، مع فترة التدريب والتقرير النهائي والمتابعة. ويبقى هذا النوع للأنشطة "
    "المسجلة من قبل.",
    "研究金现在在“研究金”页面记录，包括实习、最终报告和后续情况。此形式保留给以前记录的活动。")
add("MergeDialog", "Fellowships that move to the kept record: %1", "Bourses qui passent à la fiche gardée : %1",
    "Becas que pasan al registro conservado: %1", "Стипендии, переходящие к оставленной записи: %1",
    "الزمالات التي تنتقل إلى السجل المُبقى عليه: %1", "转到保留记录的研究金：%1")
add("ParticipantsPage",
    "Delete the participant \u201c%1\u201d? Their enrollments in activities and their fellowships are "
    "deleted with them.",
    "Supprimer le participant « %1 » ? Ses inscriptions aux activités et ses bourses seront supprimées aussi.",
    "¿Eliminar al participante «%1»? También se eliminarán sus inscripciones en actividades y sus becas.",
    "Удалить участника «%1»? Его записи на мероприятия и стипендии тоже будут удалены.",
    "هل تريد حذف المشارك «%1»؟ ستُحذف معه تسجيلاته في الأنشطة وزمالاته.",
    "要删除参与者“%1”吗？其活动登记和研究金也将一并删除。")
add("FinalReportTab", "The report's file, once the fellowship is saved",
    "Le fichier du rapport, une fois la bourse enregistrée", "El archivo del informe, una vez guardada la beca",
    "Файл отчёта — после сохранения стипендии", "ملف التقرير، بعد حفظ الزمالة", "报告文件（保存研究金后）")
add("FinalReportTab", "The report's file", "Le fichier du rapport", "El archivo del informe", "Файл отчёта",
    "ملف التقرير", "报告文件")
add(C, "Final report summary", "Résumé du rapport final", "Resumen del informe final",
    "Краткое содержание итогового отчёта", "ملخص التقرير النهائي", "最终报告摘要")
add(C, "New fellowship", "Nouvelle bourse", "Nueva beca", "Новая стипендия", "زمالة جديدة", "新研究金")
add(C, "Placement weeks: shown once both dates are known.",
    "Semaines de stage : affichées une fois les deux dates connues.",
    "Semanas de pasantía: se muestran cuando se conocen ambas fechas.",
    "Недели стажировки: будут показаны, когда известны обе даты.",
    "أسابيع فترة التدريب: تظهر عند معرفة التاريخين.",
    "实习周数：两个日期都填写后显示。")
add(C, "Placement weeks: %1 (days: %2).", "Semaines de stage : %1 (jours : %2).",
    "Semanas de pasantía: %1 (días: %2).", "Недель стажировки: %1 (дней: %2).",
    "أسابيع فترة التدريب: %1 (الأيام: %2).", "实习周数：%1（天数：%2）。")
C = "ObjectivesSection"
words(C, "Learning objective", "Met", "Note", "Order")
add(C, "learning objective", "objectif d'apprentissage", "objetivo de aprendizaje", "учебная цель", "هدف التعلم",
    "学习目标")
add(C, "What the fellow set out to learn, and whether it was met by the end of the placement.",
    "Ce que le boursier voulait acquérir, et si c'est atteint à la fin du stage.",
    "Lo que el becario quería aprender, y si se cumplió al final de la pasantía.",
    "Чему стипендиат хотел научиться и достигнута ли цель к концу стажировки.",
    "ما أراد الزميل تعلمه، وهل تحقق بنهاية فترة التدريب.",
    "研究员希望学到的内容，以及实习结束时是否实现。")
C = "ContactsSection"
words(C, "Date", "Channel", "What they do now", "Applies what they learned", "Note")
add(C, "follow-up contact", "contact de suivi", "contacto de seguimiento", "последующий контакт", "اتصال متابعة",
    "后续联系")
add(C, "After the placement: what the former fellow does now, and whether they apply what they learned.",
    "Après le stage : ce que l'ancien boursier fait aujourd'hui, et s'il applique ce qu'il a appris.",
    "Después de la pasantía: qué hace ahora el antiguo becario y si aplica lo aprendido.",
    "После стажировки: чем бывший стипендиат занимается сейчас и применяет ли полученные знания.",
    "بعد فترة التدريب: ما يعمله الزميل السابق الآن، وهل يطبق ما تعلمه.",
    "实习之后：前研究员现在的工作，以及是否运用所学。")
C = "FellowshipsOfPerson"
words(C, "Cohort", "Host", "Start", "End", "Weeks", "Status")
add(C, "Fellowships of this participant", "Bourses de ce participant", "Becas de este participante",
    "Стипендии этого участника", "زمالات هذا المشارك", "此参与者的研究金")
add(C, "Fellowships are recorded on the Fellowships page: Enter or a double click opens one there.",
    "Les bourses se saisissent dans la page Bourses : Entrée ou un double clic en ouvre une là-bas.",
    "Las becas se registran en la página Becas: Intro o un doble clic abre una allí.",
    "Стипендии записываются на странице «Стипендии»: Enter или двойной щелчок открывает стипендию там.",
    "تُسجَّل الزمالات في صفحة الزمالات: يفتح مفتاح Enter أو النقر المزدوج إحداها هناك.",
    "研究金在“研究金”页面中记录：按 Enter 或双击即可在该页面打开。")
add("ParticipantEditor", "Fellowships", *W["Fellowships"])
C = "ReportsPage"
words(C, "Fellowship", "Cohort")
add(C, "Type part of the cohort's name and pick the fellow from the list.",
    "Tapez une partie du nom de la promotion et choisissez le boursier dans la liste.",
    "Escriba parte del nombre de la promoción y elija al becario en la lista.",
    "Введите часть названия набора и выберите стипендиата из списка.",
    "اكتب جزءًا من اسم الدفعة واختر الزميل من القائمة.",
    "输入批次名称的一部分，然后从列表中选择研究员。")
add(C, "One cohort of fellows, by its name; empty for all.",
    "Une promotion de boursiers, par son nom ; vide pour toutes.",
    "Una promoción de becarios, por su nombre; vacío para todas.",
    "Один набор стипендиатов, по названию; пусто — все.",
    "دفعة واحدة من الزملاء باسمها؛ اتركه فارغًا للجميع.",
    "按名称选择一个研究员批次；留空表示全部。")
add(C, "Choose a fellowship first: type part of its cohort and pick the fellow from the list.",
    "Choisissez d'abord une bourse : tapez une partie de sa promotion et choisissez le boursier dans la liste.",
    "Elija primero una beca: escriba parte de su promoción y elija al becario en la lista.",
    "Сначала выберите стипендию: введите часть названия набора и выберите стипендиата из списка.",
    "اختر زمالة أولًا: اكتب جزءًا من دفعتها واختر الزميل من القائمة.",
    "请先选择研究金：输入其批次的一部分，然后从列表中选择研究员。")
C = "Reports"
add(C, "Fellowships", *W["Fellowships"])
add(C, "Fellows by cohort with their host, placement weeks, objectives met and final report, and what each did "
       "afterwards.",
    "Les boursiers par promotion, avec leur accueil, les semaines de stage, les objectifs atteints et le rapport "
    "final, et ce que chacun a fait ensuite.",
    "Los becarios por promoción, con su acogida, las semanas de pasantía, los objetivos cumplidos y el informe final, "
    "y qué hizo cada uno después.",
    "Стипендиаты по наборам: принимающая сторона, недели стажировки, достигнутые цели, итоговый отчёт и чем каждый "
    "занялся после.",
    "الزملاء حسب الدفعة مع الجهة المضيفة وأسابيع التدريب والأهداف المحققة والتقرير النهائي، وما فعله كل منهم بعد ذلك.",
    "按批次列出研究员及其接待方、实习周数、已实现目标和最终报告，以及每人之后的情况。")
add(C, "Fellowship certificate", "Certificat de bourse", "Certificado de beca", "Сертификат стипендиата",
    "شهادة زمالة", "研究金证书")
add(C, "The certificate of a completed fellowship, numbered like the certificates of participation.",
    "Le certificat d'une bourse terminée, numéroté comme les certificats de participation.",
    "El certificado de una beca completada, numerado como los certificados de participación.",
    "Сертификат завершённой стипендии с номером, как у сертификатов об участии.",
    "شهادة زمالة مكتملة، مرقمة مثل شهادات المشاركة.",
    "已完成研究金的证书，编号方式与参与证书相同。")

# plural entries: (context, source) -> {lang: forms} (en: one, other; ru: one, few, many; ar: its six; zh: one)
NUMERUS = {("FellowshipsPage", "%Ln fellowship(s)"): {
    "en": ["%Ln fellowship", "%Ln fellowships"],
    "fr": ["%Ln bourse", "%Ln bourses"],
    "es": ["%Ln beca", "%Ln becas"],
    "ru": ["%Ln стипендия", "%Ln стипендии", "%Ln стипендий"],
    "ar": ["%Ln زمالة", "زمالة واحدة", "زمالتان", "%Ln زمالات", "%Ln زمالة", "%Ln زمالة"],
    "zh": ["%Ln 项研究金"],
}}
