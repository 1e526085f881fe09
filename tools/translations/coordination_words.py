"""The coordination register's data words (enum labels, field titles, problems) in the six languages: appended once,
as one block, to app/vocabulary/<lang>.py by running this script (kept so the table stays reviewable)."""

from __future__ import annotations

import sys
from pathlib import Path

# key -> (en, fr, es, ru, ar, zh)
WORDS = {
    "enum.PartnerKind.un_agency": ("UN agency", "Organisme des Nations Unies", "Organismo de las Naciones Unidas",
                                   "Учреждение ООН", "وكالة تابعة للأمم المتحدة", "联合国机构"),
    "enum.PartnerKind.donor": ("Donor", "Donateur", "Donante", "Донор", "جهة مانحة", "捐助方"),
    "enum.PartnerKind.ngo": ("NGO", "ONG", "ONG", "НПО", "منظمة غير حكومية", "非政府组织"),
    "enum.PartnerKind.government": ("Government body", "Organe gouvernemental", "Órgano gubernamental",
                                    "Государственный орган", "هيئة حكومية", "政府机构"),
    "enum.PartnerKind.nhri": ("National human rights institution", "Institution nationale des droits de l'homme",
                              "Institución nacional de derechos humanos", "Национальное правозащитное учреждение",
                              "مؤسسة وطنية لحقوق الإنسان", "国家人权机构"),
    "enum.PartnerKind.other": ("Other", "Autre", "Otro", "Другое", "أخرى", "其他"),
    "enum.PlanStage.existing": ("Existing", "En cours", "En curso", "Текущая", "قائم", "现有"),
    "enum.PlanStage.planned": ("Planned", "Prévue", "Prevista", "Планируемая", "مخطط", "计划中"),
    "field.partner.name": ("Name", "Nom", "Nombre", "Название", "الاسم", "名称"),
    "field.acronym": ("Acronym", "Sigle", "Sigla", "Аббревиатура", "الاختصار", "简称"),
    "field.partner.kind": ("Kind of partner", "Type de partenaire", "Tipo de asociado", "Тип партнёра",
                           "نوع الشريك", "伙伴类型"),
    "field.website": ("Website", "Site web", "Sitio web", "Веб-сайт", "الموقع الإلكتروني", "网站"),
    "field.contact": ("Contact", "Contact", "Contacto", "Контакт", "جهة الاتصال", "联系方式"),
    "field.partner_id": ("Partner", "Partenaire", "Asociado", "Партнёр", "الشريك", "伙伴"),
    "field.partner_activity.theme_ids": ("Thematic areas", "Domaines thématiques", "Áreas temáticas",
                                         "Тематические области", "المجالات المواضيعية", "专题领域"),
    "field.partner_activity.target_group_ids": ("Target groups", "Groupes cibles", "Grupos destinatarios",
                                                "Целевые группы", "الفئات المستهدفة", "目标群体"),
    "field.stage": ("Existing or planned", "En cours ou prévue", "En curso o prevista", "Текущая или планируемая",
                    "قائم أو مخطط", "现有或计划中"),
    "field.amount": ("Amount", "Montant", "Monto", "Сумма", "المبلغ", "金额"),
    "field.currency": ("Currency", "Monnaie", "Moneda", "Валюта", "العملة", "币种"),
    "field.contact_person": ("Contact person", "Personne de contact", "Persona de contacto", "Контактное лицо",
                             "الشخص المسؤول عن الاتصال", "联系人"),
    "field.framework_outcome": ("Cooperation framework outcome", "Effet du plan-cadre de coopération",
                                "Efecto del marco de cooperación", "Результат рамочной программы сотрудничества",
                                "نتيجة إطار التعاون", "合作框架成果"),
    "field.info_source": ("Source of the information", "Source de l'information", "Fuente de la información",
                          "Источник информации", "مصدر المعلومات", "信息来源"),
    "field.info_date": ("Information as of", "Information à la date du", "Información al", "Информация на дату",
                        "المعلومات بتاريخ", "信息截至"),
    "problem.currency_needed": (
        "Give the currency of the amount (an ISO 4217 code: USD, EUR, GTQ…).",
        "Indiquez la monnaie du montant (un code ISO 4217 : USD, EUR, GTQ…).",
        "Indique la moneda del monto (un código ISO 4217: USD, EUR, GTQ…).",
        "Укажите валюту суммы (код ISO 4217: USD, EUR, GTQ…).",
        "اذكر عملة المبلغ (رمز ISO 4217: ‏USD، EUR، GTQ…).",
        "请注明金额的币种（ISO 4217 代码：USD、EUR、GTQ…）。"),
    "problem.unknown_currency": (
        "“{input}” is not a currency code (ISO 4217: USD, EUR, GTQ…).",
        "« {input} » n'est pas un code de monnaie (ISO 4217 : USD, EUR, GTQ…).",
        "«{input}» no es un código de moneda (ISO 4217: USD, EUR, GTQ…).",
        "«{input}» — не код валюты (ISO 4217: USD, EUR, GTQ…).",
        "‏«{input}» ليس رمز عملة (ISO 4217: ‏USD، EUR، GTQ…).",
        "“{input}”不是币种代码（ISO 4217：USD、EUR、GTQ…）。"),
    "problem.import_similar_partner": (
        '“{input}” is not in the register but looks like {similar}, which is: write it as recorded, or record the new partner on the Coordination page first.',
        "« {input} » ne figure pas au registre mais ressemble à {similar}, qui y figure : écrivez-le comme il est enregistré, ou enregistrez d'abord le nouveau partenaire dans la page Coordination.",
        '«{input}» no está en el registro pero se parece a {similar}, que sí está: escríbalo como está registrado, o registre primero el nuevo asociado en la página Coordinación.',
        '«{input}» нет в реестре, но это похоже на {similar}, который там есть: напишите его так, как он записан, или сначала запишите нового партнёра на странице «Координация».',
        '\u200f«{input}» غير موجود في السجل لكنه يشبه {similar} الموجود فيه: اكتبه كما هو مسجَّل، أو سجِّل الشريك الجديد أولاً في صفحة التنسيق.',
        '“{input}”不在登记册中，但与已登记的{similar}相似：请按登记的写法填写，或先在“协调”页面登记新伙伴。'),
}
LANGS = ("en", "fr", "es", "ru", "ar", "zh")
MARK = "# coordination register (tools/translations/coordination_words.py)"


def main() -> None:
    root = Path(__file__).resolve().parents[2]
    for n, lang in enumerate(LANGS):
        path = root / "app" / "vocabulary" / f"{lang}.py"
        text = path.read_text(encoding="utf-8")
        if MARK in text:
            print(f"{path.name}: already there", file=sys.stderr)
            continue
        lines = [f"\n{MARK}\nWORDS.update({{"]
        lines += [f"    {key!r}: {values[n]!r}," for key, values in WORDS.items()]
        lines.append("})\n")
        path.write_text(text.rstrip("\n") + "\n" + "\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
