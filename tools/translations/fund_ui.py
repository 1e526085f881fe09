"""Translations of the Voluntary Fund's screens (fr, es, ru, ar, zh): the Fund page (Donors, Contributions,
Allocations, Rates, Position), the project editor's allocations, the report's entry and its Year option.

``python tools/ts_insert.py tools/translations/fund_ui.py`` inserts ``T`` and the counted texts (``NUMERUS``: one
form per plural form of the language)."""

from __future__ import annotations

T: dict = {}
NUMERUS: dict = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


def same(contexts: tuple[str, ...], source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    for context in contexts:
        add(context, source, fr, es, ru, ar, zh)


def counted(context: str, source: str, **forms: list[str]) -> None:
    NUMERUS[(context, source)] = forms


LISTS = ("AllocationsList", "ContributionsList", "DonorsList", "RatesList")
EDITORS = ("AllocationEditor", "ContributionEditor", "DonorEditor", "RateEditor")
same(("AllocationEditor", "AllocationsList"), "Grant", "Subvention", "Subvención", "Грант", "المنحة", "赠款")
add("AllocationEditor",
    "When the money is for one of the project's grants: type part of the grantee's name and pick it.",
    "Lorsque l'argent est destiné à l'une des subventions du projet : tapez une partie du nom du bénéficiaire et "
    "choisissez-la.",
    "Cuando el dinero es para una de las subvenciones del proyecto: escriba parte del nombre del beneficiario y "
    "elíjala.",
    "Если деньги предназначены для одного из грантов проекта: введите часть имени получателя и выберите грант.",
    "عندما يكون المال لإحدى منح المشروع: اكتب جزءًا من اسم الجهة المستفيدة واخترها.",
    "当这笔资金用于项目的某项赠款时：键入受赠方名称的一部分并选择该赠款。")

same(("AllocationEditor", "AllocationsList", "ProjectAllocations"), "Allocated on", "Allouée le", "Asignada el",
     "Дата выделения", "تاريخ التخصيص", "拨款日期")
same(("AllocationEditor", "AllocationsList", "ProjectAllocations"), "Amount (USD)", "Montant (USD)", "Monto (USD)",
     "Сумма (долл. США)", "المبلغ (دولار أمريكي)", "金额（美元）")
same(("AllocationEditor", "AllocationsList"), "Contribution drawn on", "Contribution utilisée",
     "Contribución utilizada", "Использованный взнос", "المساهمة المستخدمة", "所动用的捐款")
same(("AllocationEditor", "AllocationsList"), "Project", "Projet", "Proyecto", "Проект", "المشروع", "项目")
same(("AllocationEditor", "ContributionEditor"), "Note", "Note", "Nota", "Примечание", "ملاحظة", "备注")
same(("AllocationEditor", "AllocationsList", "ContributionEditor", "ContributionsList", "PositionTab",
      "ProjectAllocations", "ReportsPage"), "Year", "Année", "Año", "Год", "السنة", "年份")
add("AllocationEditor", "New allocation", "Nouvelle allocation", "Nueva asignación", "Новое выделение",
    "تخصيص جديد", "新拨款")
add("AllocationsList", "Allocations", "Allocations", "Asignaciones", "Выделения", "المخصصات", "拨款")
add("AllocationsList", "Saved, with a warning: %1", "Enregistrée, avec un avertissement : %1",
    "Guardada, con una advertencia: %1", "Сохранено, с предупреждением: %1", "حُفظ، مع تنبيه: %1",
    "已保存，但有提醒：%1")

same(("ContributionEditor", "ContributionsList"), "Amount", "Montant", "Monto", "Сумма", "المبلغ", "金额")
same(("ContributionEditor", "ContributionsList", "RateEditor", "RatesList"), "Currency", "Monnaie", "Moneda",
     "Валюта", "العملة", "货币")
same(("ContributionEditor", "ContributionsList", "DonorEditor", "DonorsList"), "Donor", "Donateur", "Donante",
     "Донор", "الجهة المانحة", "捐助方")
same(("ContributionEditor", "ContributionsList"), "Earmark", "Affectation", "Asignación específica",
     "Целевое назначение", "التخصيص المحدد", "指定用途")
same(("ContributionEditor", "ContributionsList"), "Received on", "Reçue le", "Recibida el", "Дата получения",
     "تاريخ الاستلام", "收到日期")
same(("ContributionEditor", "ContributionsList"), "Status", "Statut", "Estado", "Статус", "الحالة", "状态")
add("ContributionEditor", "Earmarked country", "Pays d’affectation", "País de destino", "Страна назначения",
    "البلد المخصص له", "指定国家")
add("ContributionEditor", "Earmarked region", "Région d’affectation", "Región de destino", "Регион назначения",
    "المنطقة المخصص لها", "指定区域")
add("ContributionEditor", "Earmarked theme", "Thème d’affectation", "Tema de destino", "Тема назначения",
    "الموضوع المخصص له", "指定主题")
add("ContributionEditor", "New contribution", "Nouvelle contribution", "Nueva contribución", "Новый взнос",
    "مساهمة جديدة", "新捐款")
add("ContributionEditor", "Pledged on", "Annoncée le", "Prometida el", "Дата объявления", "تاريخ الإعلان",
    "认捐日期")
add("ContributionEditor", "The ISO 4217 code: EUR, CHF, NOK, USD…", "Le code ISO 4217 : EUR, CHF, NOK, USD…",
    "El código ISO 4217: EUR, CHF, NOK, USD…", "Код ISO 4217: EUR, CHF, NOK, USD…",
    "رمز ISO 4217: EUR وCHF وNOK وUSD…", "ISO 4217 代码：EUR、CHF、NOK、USD……")
add("ContributionsList", "Contributions", "Contributions", "Contribuciones", "Взносы", "المساهمات", "捐款")

same(("DonorEditor", "DonorsList", "PositionTab"), "Country", "Pays", "País", "Страна", "البلد", "国家")
add("DonorEditor", "A government donor is a state: its country.", "Un donateur gouvernemental est un État : son pays.",
    "Un donante gubernamental es un Estado: su país.", "Государственный донор — это государство: его страна.",
    "الجهة المانحة الحكومية دولة: بلدها.", "政府捐助方是一个国家：填写其国家。")
add("DonorEditor", "Kind of donor", "Type de donateur", "Tipo de donante", "Тип донора", "نوع الجهة المانحة",
    "捐助方类型")
add("DonorEditor", "New donor", "Nouveau donateur", "Nuevo donante", "Новый донор", "جهة مانحة جديدة", "新捐助方")
add("DonorEditor", "Notes", "Notes", "Notas", "Примечания", "ملاحظات", "备注")
add("DonorsList", "Donors", "Donateurs", "Donantes", "Доноры", "الجهات المانحة", "捐助方")
add("DonorsList", "Kind", "Type", "Tipo", "Тип", "النوع", "类型")

same(("FundPage", "Pages"), "Fund", "Fonds", "Fondo", "Фонд", "الصندوق", "基金")
add("FundPage", "Headquarters keeps the Voluntary Fund and sends it with its bundles: here you can read it, search "
    "it and export it to Excel, not change it. In Position, spent and the regular budget count this office's "
    "projects only.",
    "Le siège tient le Fonds de contributions volontaires et l’envoie avec ses paquets : ici, vous pouvez le "
    "consulter, y chercher et l’exporter vers Excel, mais pas le modifier. Dans Situation, les dépenses et le budget "
    "ordinaire ne comptent que les projets de ce bureau.",
    "La sede lleva el Fondo de Contribuciones Voluntarias y lo envía con sus paquetes: aquí puede consultarlo, buscar "
    "en él y exportarlo a Excel, pero no modificarlo. En Situación, lo gastado y el presupuesto ordinario cuentan "
    "solo los proyectos de esta oficina.",
    "Фонд добровольных взносов ведёт штаб-квартира и присылает его в своих пакетах: здесь его можно просматривать, "
    "искать в нём и экспортировать в Excel, но не изменять. В разделе «Положение» израсходованное и регулярный "
    "бюджет учитывают только проекты этого отделения.",
    "يتولى المقر صندوق التبرعات ويرسله مع حزمه: يمكنك هنا الاطلاع عليه والبحث فيه وتصديره إلى Excel، دون تعديله. "
    "في «الوضع»، لا يُحتسب المنفق والميزانية العادية إلا لمشاريع هذا المكتب.",
    "总部管理自愿基金，并随其数据包发送：您可以在此查看、搜索并导出到 Excel，但不能修改。在“状况”中，已支出和经常预算只"
    "计算本办事处的项目。")
add("FundPage", "Position", "Situation", "Situación", "Положение", "الوضع", "状况")

add("PositionTab", "Allocated", "Alloué", "Asignado", "Выделено", "المخصص", "已拨款")
add("PositionTab", "Balance", "Solde", "Saldo", "Остаток", "الرصيد", "余额")
add("PositionTab", "Not counted, for want of a rate of exchange: %1. Record the rates on the Rates tab.",
    "Non comptés, faute de taux de change : %1. Saisissez les taux dans l’onglet Taux.",
    "No contado, por falta de tipo de cambio: %1. Registre los tipos en la pestaña Tipos.",
    "Не учтено из-за отсутствия обменного курса: %1. Внесите курсы на вкладке «Курсы».",
    "غير محسوب لعدم وجود سعر صرف: %1. سجّل الأسعار في علامة التبويب «الأسعار».",
    "因缺少汇率未计入：%1。请在“汇率”选项卡中录入汇率。")
add("PositionTab", "Pledged", "Annoncé", "Prometido", "Объявлено", "المعلن", "已认捐")
add("PositionTab", "Received", "Reçu", "Recibido", "Получено", "المستلم", "已收到")
add("PositionTab", "Regular budget", "Budget ordinaire", "Presupuesto ordinario", "Регулярный бюджет",
    "الميزانية العادية", "经常预算")
add("PositionTab", "Regular budget against the Fund, by year and country",
    "Budget ordinaire et Fonds, par année et par pays",
    "Presupuesto ordinario frente al Fondo, por año y país", "Регулярный бюджет и Фонд по годам и странам",
    "الميزانية العادية مقابل الصندوق، حسب السنة والبلد", "经常预算与基金对比（按年份和国家）")
add("PositionTab", "Regular budget spent", "Budget ordinaire dépensé", "Presupuesto ordinario gastado",
    "Израсходовано из регулярного бюджета", "المنفق من الميزانية العادية", "经常预算支出")
add("PositionTab", "Spent", "Dépensé", "Gastado", "Израсходовано", "المنفق", "已支出")
add("PositionTab", "The Fund's position by year", "La situation du Fonds par année", "La situación del Fondo por año",
    "Положение Фонда по годам", "وضع الصندوق حسب السنة", "基金各年度状况")
add("PositionTab", "US dollars at the UN operational rates of exchange. The balance is what was received less what "
    "was allocated, up to the end of the year.",
    "Dollars des États-Unis aux taux de change opérationnels de l’ONU. Le solde est le reçu moins l’alloué, "
    "jusqu’à la fin de l’année.",
    "Dólares estadounidenses a los tipos de cambio operacionales de las Naciones Unidas. El saldo es lo recibido "
    "menos lo asignado hasta el fin del año.",
    "Доллары США по операционным обменным курсам ООН. Остаток — полученное минус выделенное на конец года.",
    "بدولارات الولايات المتحدة بأسعار الصرف التشغيلية للأمم المتحدة. الرصيد هو المستلم ناقص المخصص حتى نهاية السنة.",
    "按联合国业务汇率折算的美元。余额为截至年底的已收款减去已拨款。")
add("PositionTab", "Voluntary Fund budget", "Budget du Fonds de contributions volontaires",
    "Presupuesto del Fondo de Contribuciones Voluntarias", "Бюджет Фонда добровольных взносов",
    "ميزانية صندوق التبرعات", "自愿基金预算")
add("PositionTab", "Voluntary Fund spent", "Fonds de contributions volontaires dépensé",
    "Fondo de Contribuciones Voluntarias gastado", "Израсходовано из Фонда добровольных взносов",
    "المنفق من صندوق التبرعات", "自愿基金支出")

add("ProjectAllocations", "Allocations from the Voluntary Fund", "Allocations du Fonds de contributions volontaires",
    "Asignaciones del Fondo de Contribuciones Voluntarias", "Выделения из Фонда добровольных взносов",
    "المخصصات من صندوق التبرعات", "自愿基金拨款")
add("ProjectAllocations", "Drawn on", "Sur la contribution", "Con cargo a", "Из взноса", "من المساهمة", "动用捐款")

same(("RateEditor", "RatesList"), "In effect from", "En vigueur depuis le", "Vigente desde", "Действует с",
     "ساري المفعول من", "生效日期")
same(("RateEditor", "RatesList"), "Units per US dollar", "Unités par dollar des États-Unis",
     "Unidades por dólar estadounidense", "Единиц за доллар США", "وحدات لكل دولار أمريكي", "每美元单位数")
add("RateEditor", "New exchange rate", "Nouveau taux de change", "Nuevo tipo de cambio", "Новый обменный курс",
    "سعر صرف جديد", "新汇率")
add("RateEditor", "The ISO 4217 code: EUR, CHF, NOK…", "Le code ISO 4217 : EUR, CHF, NOK…",
    "El código ISO 4217: EUR, CHF, NOK…", "Код ISO 4217: EUR, CHF, NOK…", "رمز ISO 4217: EUR وCHF وNOK…",
    "ISO 4217 代码：EUR、CHF、NOK……")
add("RateEditor", "The UN operational rate of exchange, usually from the first of a month.",
    "Le taux de change opérationnel de l’ONU, d’ordinaire à partir du premier du mois.",
    "El tipo de cambio operacional de las Naciones Unidas, por lo general desde el primer día del mes.",
    "Операционный обменный курс ООН, обычно с первого числа месяца.",
    "سعر الصرف التشغيلي للأمم المتحدة، عادةً من أول الشهر.",
    "联合国业务汇率，通常自每月第一天起生效。")
add("RatesList", "Rates", "Taux", "Tipos", "Курсы", "الأسعار", "汇率")

add("ReportsPage", "One year, such as 2026; empty for every year.", "Une année, par exemple 2026 ; vide pour toutes.",
    "Un año, por ejemplo 2026; vacío para todos.", "Один год, например 2026; пусто — все годы.",
    "سنة واحدة، مثل 2026؛ فارغ لكل السنوات.", "某一年份，如 2026；留空表示所有年份。")
add("ReportsPage", "Write a year, such as 2026, or leave it empty for every year.",
    "Écrivez une année, par exemple 2026, ou laissez vide pour toutes les années.",
    "Escriba un año, por ejemplo 2026, o déjelo vacío para todos los años.",
    "Укажите год, например 2026, или оставьте пустым для всех лет.",
    "اكتب سنة، مثل 2026، أو اتركه فارغًا لكل السنوات.",
    "请填写年份，如 2026，或留空表示所有年份。")
add("Reports", "The Voluntary Fund", "Le Fonds de contributions volontaires", "El Fondo de Contribuciones Voluntarias",
    "Фонд добровольных взносов", "صندوق التبرعات", "自愿基金")
add("Reports", "The Fund's position, contributions by donor, allocations by project and the regular budget against "
    "the Fund.",
    "La situation du Fonds, les contributions par donateur, les allocations par projet et le budget ordinaire "
    "face au Fonds.",
    "La situación del Fondo, las contribuciones por donante, las asignaciones por proyecto y el presupuesto "
    "ordinario frente al Fondo.",
    "Положение Фонда, взносы по донорам, выделения по проектам и регулярный бюджет в сравнении с Фондом.",
    "وضع الصندوق، والمساهمات حسب الجهة المانحة، والمخصصات حسب المشروع، والميزانية العادية مقابل الصندوق.",
    "基金状况、按捐助方列出的捐款、按项目列出的拨款以及经常预算与基金的对比。")

counted("AllocationsList", "%Ln allocation(s)", en=["%Ln allocation", "%Ln allocations"],
        fr=["%Ln allocation", "%Ln allocations"], es=["%Ln asignación", "%Ln asignaciones"],
        ru=["%Ln выделение", "%Ln выделения", "%Ln выделений"],
        ar=["%Ln تخصيص", "تخصيص واحد", "تخصيصان", "%Ln تخصيصات", "%Ln تخصيصًا", "%Ln تخصيص"], zh=["%Ln 笔拨款"])
counted("ContributionsList", "%Ln contribution(s)", en=["%Ln contribution", "%Ln contributions"],
        fr=["%Ln contribution", "%Ln contributions"], es=["%Ln contribución", "%Ln contribuciones"],
        ru=["%Ln взнос", "%Ln взноса", "%Ln взносов"],
        ar=["%Ln مساهمة", "مساهمة واحدة", "مساهمتان", "%Ln مساهمات", "%Ln مساهمة", "%Ln مساهمة"], zh=["%Ln 笔捐款"])
counted("DonorsList", "%Ln donor(s)", en=["%Ln donor", "%Ln donors"], fr=["%Ln donateur", "%Ln donateurs"],
        es=["%Ln donante", "%Ln donantes"], ru=["%Ln донор", "%Ln донора", "%Ln доноров"],
        ar=["%Ln جهة مانحة", "جهة مانحة واحدة", "جهتان مانحتان", "%Ln جهات مانحة", "%Ln جهة مانحة",
            "%Ln جهة مانحة"], zh=["%Ln 个捐助方"])
counted("RatesList", "%Ln rate(s)", en=["%Ln rate", "%Ln rates"], fr=["%Ln taux", "%Ln taux"],
        es=["%Ln tipo", "%Ln tipos"], ru=["%Ln курс", "%Ln курса", "%Ln курсов"],
        ar=["%Ln سعر", "سعر واحد", "سعران", "%Ln أسعار", "%Ln سعرًا", "%Ln سعر"], zh=["%Ln 个汇率"])
