"""Translations of the grants (fr, es, ru, ar, zh): the project editor's Grants tab (grants, tranches, reports), the
Grants page, grant items in what is due, the history's headings and the grants report on the Reports page."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


TEXTS = T

GRANTS = ("Subventions", "Subvenciones", "Гранты", "المنح", "赠款")
for context in ("Pages", "ProjectEditor", "Reports"):
    add(context, "Grants", *GRANTS)
add("Reports", "Grants of an office with their grantees, amounts paid, status and overdue tranches and reports.",
    "Subventions d’un bureau : bénéficiaires, montants versés, statut, tranches et rapports en retard.",
    "Subvenciones de una oficina: beneficiarios, importes pagados, estado y tramos e informes vencidos.",
    "Гранты отделения: получатели, выплаченные суммы, статус, просроченные транши и отчёты.",
    "منح المكتب: الجهات المستفيدة والمبالغ المدفوعة والحالة والشرائح والتقارير المتأخرة.",
    "办事处的赠款：受赠方、已付金额、状态以及逾期的批次和报告。")
add("ReportsPage", "Overdue", "En retard", "Vencidos", "Просрочено", "المتأخرة", "逾期")
add("ReportsPage", "Only what has something overdue", "Seulement ce qui a un retard", "Solo lo que tiene algo vencido",
    "Только с просрочкой", "ما فيه تأخر فقط", "仅限有逾期事项的")

add("Due", "Grant tranche", "Tranche de subvention", "Tramo de subvención", "Транш гранта", "شريحة منحة",
    "赠款批次")
add("Due", "Grant report", "Rapport de subvention", "Informe de subvención", "Отчёт по гранту", "تقرير منحة",
    "赠款报告")
add("Due", "tranche %1", "tranche %1", "tramo %1", "транш %1", "الشريحة %1", "第%1批")
add("RecordEditor", "Grant", "Subvention", "Subvención", "Грант", "منحة", "赠款")
add("RecordEditor", "Grant tranche", "Tranche de subvention", "Tramo de subvención", "Транш гранта", "شريحة منحة",
    "赠款批次")
add("RecordEditor", "Grant report", "Rapport de subvention", "Informe de subvención", "Отчёт по гранту",
    "تقرير منحة", "赠款报告")

C = "Grants"  # the words the tab and the page share
add(C, "Grants", *GRANTS)
add(C, "Tranche %1", "Tranche %1", "Tramo %1", "Транш %1", "الشريحة %1", "第%1批")
add(C, "%1, due %2 (days late: %3)", "%1, dû le %2 (jours de retard : %3)", "%1, vencía el %2 (días de retraso: %3)",
    "%1, срок %2 (дней просрочки: %3)", "%1، مستحق في %2 (أيام التأخير: %3)", "%1，应于%2（逾期天数：%3）")
add(C, "%1 (days late: %2)", "%1 (jours de retard : %2)", "%1 (días de retraso: %2)", "%1 (дней просрочки: %2)",
    "%1 (أيام التأخير: %2)", "%1（逾期天数：%2）")
add(C, "Paid %1 of %2 %3.", "Versé : %1 sur %2 %3.", "Pagado: %1 de %2 %3.", "Выплачено %1 из %2 %3.",
    "المدفوع %1 من %2 %3.", "已付%2 %3中的%1。")
add(C, "Warning: the tranches add up to %1 %3, not the grant's %2 %3.",
    "Attention : les tranches totalisent %1 %3, et non les %2 %3 de la subvention.",
    "Atención: los tramos suman %1 %3, no los %2 %3 de la subvención.",
    "Внимание: сумма траншей %1 %3, а не %2 %3, как в гранте.",
    "تنبيه: مجموع الشرائح %1 %3، لا %2 %3 مبلغ المنحة.",
    "警告：各批次合计%1 %3，而非赠款金额%2 %3。")
add(C, "Overdue: %1.", "En retard : %1.", "Vencido: %1.", "Просрочено: %1.", "متأخر: %1.", "逾期：%1。")
add(C, "%1 overdue", "En retard : %1", "Vencidos: %1", "Просрочено: %1", "المتأخرة: %1", "逾期%1项")
add(C, "Overdue", "En retard", "Vencido", "Просрочено", "متأخر", "逾期")
add(C, "Due", "À venir", "Pendiente", "Ожидается", "مستحق لاحقًا", "未到期")
add(C, "Paid", "Versé", "Pagado", "Выплачено", "مدفوع", "已付")
add(C, "Accepted", "Accepté", "Aceptado", "Принят", "مقبول", "已接受")
add(C, "Received", "Reçu", "Recibido", "Получен", "مستلم", "已收到")
add(C, "All statuses", "Tous les statuts", "Todos los estados", "Все статусы", "كل الحالات", "所有状态")
add(C, "Status", "Statut", "Estado", "Статус", "الحالة", "状态")
add(C, "&Status", "&Statut", "E&stado", "&Статус", "ال&حالة", "状态(&S)")
add(C, "Only grants with something &overdue", "Seulement les subventions en &retard",
    "Solo subvenciones con algo &vencido", "Только гранты с &просрочкой", "المنح التي فيها &تأخر فقط",
    "仅限有逾期事项的赠款(&O)")
add(C, "Grantee", "Bénéficiaire", "Beneficiario", "Получатель", "الجهة المستفيدة", "受赠方")
add(C, "Project", "Projet", "Proyecto", "Проект", "المشروع", "项目")
add(C, "Country", "Pays", "País", "Страна", "البلد", "国家")
add(C, "Amount", "Montant", "Importe", "Сумма", "المبلغ", "金额")
add(C, "Office", "Bureau", "Oficina", "Отделение", "المكتب", "办事处")
add(C, "Grants shown: %1", "Subventions affichées : %1", "Subvenciones mostradas: %1", "Показано грантов: %1",
    "المنح المعروضة: %1", "显示的赠款：%1")

C = "GrantsTab"
add(C, "Tranches", "Tranches", "Tramos", "Транши", "الشرائح", "批次")
add(C, "Reports", "Rapports", "Informes", "Отчёты", "التقارير", "报告")
add(C, "Choose a grant to see its tranches and reports.",
    "Choisissez une subvention pour voir ses tranches et ses rapports.",
    "Elija una subvención para ver sus tramos e informes.",
    "Выберите грант, чтобы увидеть его транши и отчёты.",
    "اختر منحة لعرض شرائحها وتقاريرها.",
    "选择一项赠款以查看其批次和报告。")

C = "GrantsSection"
add(C, "Grantee", "Bénéficiaire", "Beneficiario", "Получатель", "الجهة المستفيدة", "受赠方")
add(C, "Kind", "Type", "Tipo", "Вид", "النوع", "类型")
add(C, "Amount", "Montant", "Importe", "Сумма", "المبلغ", "金额")
add(C, "Currency", "Devise", "Moneda", "Валюта", "العملة", "货币")
add(C, "Status", "Statut", "Estado", "Статус", "الحالة", "状态")
add(C, "Overdue", "En retard", "Vencido", "Просрочено", "متأخر", "逾期")
add(C, "The NGO or national institution that receives the grant.",
    "L’ONG ou l’institution nationale qui reçoit la subvention.",
    "La ONG o institución nacional que recibe la subvención.",
    "НПО или национальное учреждение, получающее грант.",
    "المنظمة غير الحكومية أو المؤسسة الوطنية التي تتلقى المنحة.",
    "接受赠款的非政府组织或国家机构。")
add(C, "Kind of grantee", "Type de bénéficiaire", "Tipo de beneficiario", "Вид получателя", "نوع الجهة المستفيدة",
    "受赠方类型")
add(C, "Grantee's country", "Pays du bénéficiaire", "País del beneficiario", "Страна получателя",
    "بلد الجهة المستفيدة", "受赠方国家")
add(C, "Three capital letters: USD, EUR, CHF.", "Trois majuscules : USD, EUR, CHF.",
    "Tres letras mayúsculas: USD, EUR, CHF.", "Три заглавные буквы: USD, EUR, CHF.",
    "ثلاثة أحرف كبيرة: USD وEUR وCHF.", "三个大写字母：USD、EUR、CHF。")
add(C, "Start date", "Date de début", "Fecha de inicio", "Дата начала", "تاريخ البدء", "开始日期")
add(C, "End date", "Date de fin", "Fecha de fin", "Дата окончания", "تاريخ الانتهاء", "结束日期")
add(C, "Purpose", "Objet", "Finalidad", "Назначение", "الغرض", "用途")
add(C, "Contact", "Contact", "Contacto", "Контакт", "جهة الاتصال", "联系人")
add(C, "grant", "subvention", "subvención", "грант", "منحة", "赠款")

C = "TranchesSection"
add(C, "Tranche", "Tranche", "Tramo", "Транш", "الشريحة", "批次")
add(C, "Amount", "Montant", "Importe", "Сумма", "المبلغ", "金额")
add(C, "Due date", "Échéance", "Vencimiento", "Срок", "تاريخ الاستحقاق", "到期日")
add(C, "Paid on", "Versée le", "Pagado el", "Дата выплаты", "تاريخ الدفع", "支付日期")
add(C, "State", "État", "Situación", "Состояние", "الوضع", "情况")
add(C, "Paid", "Versée", "Pagado", "Выплачен", "مدفوعة", "已付")
add(C, "Paid to the grantee", "Versée au bénéficiaire", "Pagado al beneficiario", "Выплачен получателю",
    "دُفعت للجهة المستفيدة", "已付给受赠方")
add(C, "Note", "Note", "Nota", "Примечание", "ملاحظة", "备注")
add(C, "tranche", "tranche", "tramo", "транш", "شريحة", "批次")

C = "GrantReportsSection"
add(C, "Report", "Rapport", "Informe", "Отчёт", "التقرير", "报告")
add(C, "Due date", "Échéance", "Vencimiento", "Срок", "تاريخ الاستحقاق", "到期日")
add(C, "Received on", "Reçu le", "Recibido el", "Дата получения", "تاريخ الاستلام", "收到日期")
add(C, "Accepted on", "Accepté le", "Aceptado el", "Дата принятия", "تاريخ القبول", "接受日期")
add(C, "State", "État", "Situación", "Состояние", "الوضع", "情况")
add(C, "A report is accepted once it has been received.", "Un rapport est accepté une fois reçu.",
    "Un informe se acepta una vez recibido.", "Отчёт принимается после получения.",
    "يُقبل التقرير بعد استلامه.", "报告须先收到才能接受。")
add(C, "Note", "Note", "Nota", "Примечание", "ملاحظة", "备注")
add(C, "grant report", "rapport de subvention", "informe de subvención", "отчёт по гранту", "تقرير منحة", "赠款报告")
