"""Translations of the duplicate hint's choices and the merge dialog (fr, es, ru, ar, zh).

Run ``python tools/translations/merge_ui.py`` to add these messages to resources/i18n/fielddesk_*.ts (each into
its context, made when missing; a message already there is left alone), then ``make translations``."""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

T: dict = {}
LANGS = ("fr", "es", "ru", "ar", "zh")


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = dict(zip(LANGS, (fr, es, ru, ar, zh), strict=True))


C = "DuplicateHint"
add(C, "&Not the same person", "&Pas la même personne", "&No es la misma persona", "&Это другой человек",
    "&ليس الشخص نفسه", "不是同一个人(&N)")
add(C, "Record a new person and do not offer these records as duplicates again",
    "Enregistrer une nouvelle personne et ne plus proposer ces fiches comme doublons",
    "Registrar a una persona nueva y no volver a proponer estos registros como duplicados",
    "Записать нового человека и больше не предлагать эти записи как дубликаты",
    "تسجيل شخص جديد وعدم اقتراح هذه السجلات كتكرار مرة أخرى",
    "登记为新的人员，并且不再将这些记录提示为重复")
add(C, "Possible duplicate: this person may be recorded already. Use the existing record, or say that this is not "
       "the same person.",
    "Doublon possible : cette personne est peut-être déjà enregistrée. Utilisez la fiche existante, ou indiquez "
    "qu’il ne s’agit pas de la même personne.",
    "Posible duplicado: esta persona quizá ya esté registrada. Use el registro existente o indique que no es la "
    "misma persona.",
    "Возможный дубликат: этот человек, возможно, уже записан. Используйте существующую запись или укажите, что "
    "это другой человек.",
    "تكرار محتمل: ربما سُجّل هذا الشخص من قبل. استخدم السجل الموجود، أو بيّن أنه ليس الشخص نفسه.",
    "可能重复：此人可能已有记录。请使用现有记录，或说明这不是同一个人。")
add(C, "&Use this person", "&Utiliser cette personne", "&Usar esta persona", "&Использовать эту запись",
    "ا&ستخدام هذا الشخص", "使用此人(&U)")
add(C, "Use this person", "Utiliser cette personne", "Usar esta persona", "Использовать эту запись",
    "استخدام هذا الشخص", "使用此人")

C = "ParticipantEditor"
add(C, "Merg&e\u2026", "&Fusionner\u2026", "&Fusionar\u2026", "&Объединить\u2026", "&دمج\u2026", "合并(&M)\u2026")
add(C, "Merge this record with another record of the same person",
    "Fusionner cette fiche avec une autre fiche de la même personne",
    "Fusionar este registro con otro registro de la misma persona",
    "Объединить эту запись с другой записью того же человека",
    "دمج هذا السجل مع سجل آخر للشخص نفسه",
    "将此记录与同一人的另一条记录合并")

C = "MergeDialog"
add(C, "Merge participants", "Fusionner des participants", "Fusionar participantes", "Объединение участников",
    "دمج المشاركين", "合并参与者")
add(C, "The other record of this person", "L’autre fiche de cette personne", "El otro registro de esta persona",
    "Другая запись этого человека", "السجل الآخر لهذا الشخص", "此人的另一条记录")
add(C, "Merge &with:", "Fusionner &avec :", "Fusionar &con:", "Объединить &с:", "الدمج &مع:", "合并对象(&W)：")
add(C, "&Swap: keep the other record", "&Inverser : garder l’autre fiche", "&Invertir: conservar el otro registro",
    "&Поменять: оставить другую запись", "&تبديل: الإبقاء على السجل الآخر", "互换：保留另一条记录(&S)")
add(C, "Choose, for each field, the value the person keeps. The other record's enrolments move to the kept one; an "
       "activity where both are enrolled keeps one enrolment with the better attendance and scores. The other "
       "record is then kept only as a pointer to the kept one.",
    "Choisissez, pour chaque champ, la valeur que la personne garde. Les inscriptions de l’autre fiche passent à "
    "la fiche gardée ; une activité où les deux sont inscrites garde une seule inscription, avec la meilleure "
    "présence et les meilleurs résultats. L’autre fiche ne reste ensuite qu’un renvoi vers la fiche gardée.",
    "Elija, para cada campo, el valor que conserva la persona. Las inscripciones del otro registro pasan al "
    "conservado; una actividad en la que ambos están inscritos conserva una sola inscripción, con la mejor "
    "asistencia y las mejores puntuaciones. El otro registro queda solo como referencia al conservado.",
    "Выберите для каждого поля значение, которое останется. Регистрации другой записи переходят к оставленной; в "
    "мероприятии, где зарегистрированы обе, остаётся одна регистрация с лучшей посещаемостью и баллами. Другая "
    "запись затем остаётся лишь ссылкой на оставленную.",
    "اختر لكل حقل القيمة التي يحتفظ بها الشخص. تنتقل تسجيلات السجل الآخر إلى السجل المُبقى عليه؛ والنشاط المسجَّل "
    "فيه كلاهما يحتفظ بتسجيل واحد بأفضل حضور ودرجات. ثم يبقى السجل الآخر مجرد إحالة إلى السجل المُبقى عليه.",
    "请为每个字段选择此人保留的值。另一条记录的登记将转到保留的记录；两者都登记的活动只保留一条登记，取较好的出勤和"
    "成绩。另一条记录此后仅作为指向保留记录的引用。")
add(C, "&Merge", "&Fusionner", "&Fusionar", "&Объединить", "&دمج", "合并(&M)")
add(C, "Kept: %1", "Gardée : %1", "Se conserva: %1", "Остаётся: %1", "يُبقى عليه: %1", "保留：%1")
add(C, "Merged into it: %1", "Fusionnée avec elle : %1", "Se fusiona con él: %1", "Объединяется с ней: %1",
    "يُدمج فيه: %1", "并入其中：%1")
add(C, "%1: both are enrolled; one enrolment is kept, with the better attendance and scores",
    "%1 : les deux sont inscrites ; une inscription est gardée, avec la meilleure présence et les meilleurs résultats",
    "%1: ambos están inscritos; se conserva una inscripción, con la mejor asistencia y las mejores puntuaciones",
    "%1: зарегистрированы обе; остаётся одна регистрация с лучшей посещаемостью и баллами",
    "%1: كلاهما مسجَّل؛ يُحتفظ بتسجيل واحد بأفضل حضور ودرجات",
    "%1：两者都已登记；保留一条登记，取较好的出勤和成绩")
add(C, "%1: the enrolment moves to the kept record", "%1 : l’inscription passe à la fiche gardée",
    "%1: la inscripción pasa al registro conservado", "%1: регистрация переходит к оставленной записи",
    "%1: ينتقل التسجيل إلى السجل المُبقى عليه", "%1：登记转到保留的记录")
add(C, "Attachments that move to the kept record: %1", "Pièces jointes qui passent à la fiche gardée : %1",
    "Adjuntos que pasan al registro conservado: %1", "Вложения, переходящие к оставленной записи: %1",
    "المرفقات التي تنتقل إلى السجل المُبقى عليه: %1", "转到保留记录的附件：%1")
add(C, "The merged record is enrolled in no activity.", "La fiche fusionnée n’est inscrite à aucune activité.",
    "El registro fusionado no está inscrito en ninguna actividad.",
    "Объединяемая запись не зарегистрирована ни в одном мероприятии.",
    "السجل المدموج غير مسجَّل في أي نشاط.", "被合并的记录未登记任何活动。")
for source, fr, es, ru, ar, zh in [
    ("Full name", "Nom complet", "Nombre completo", "Полное имя", "الاسم الكامل", "全名"),
    ("Sex", "Sexe", "Sexo", "Пол", "الجنس", "性别"),
    ("Organisation", "Organisation", "Organización", "Организация", "المنظمة", "组织"),
    ("Position", "Fonction", "Cargo", "Должность", "المنصب", "职务"),
    ("Stakeholder type", "Type de partie prenante", "Tipo de actor", "Тип заинтересованной стороны",
     "نوع الجهة المعنية", "利益相关方类型"),
    ("Country", "Pays", "País", "Страна", "البلد", "国家"),
    ("Consent", "Consentement", "Consentimiento", "Согласие", "الموافقة", "同意"),
    ("E-mail", "Courriel", "Correo electrónico", "Эл. почта", "البريد الإلكتروني", "电子邮件"),
    ("Phone", "Téléphone", "Teléfono", "Телефон", "الهاتف", "电话"),
    ("Yes", "Oui", "Sí", "Да", "نعم", "是"),
    ("No", "Non", "No", "Нет", "لا", "否"),
]:
    add(C, source, fr, es, ru, ar, zh)

TEXTS = T


def _message(source: str, translation: str | None) -> str:
    text = (f"<translation>{escape(translation)}</translation>" if translation
            else '<translation type="unfinished"></translation>')
    return f"    <message>\n        <source>{escape(source)}</source>\n        {text}\n    </message>\n"


def apply(folder: Path) -> None:
    for path in sorted(folder.glob("fielddesk_*.ts")):
        lang = path.stem.split("_", 1)[1]
        ts = path.read_text(encoding="utf-8")
        for (context, source), translations in T.items():
            head = f"<context>\n    <name>{context}</name>\n"
            if head not in ts:
                ts = ts.replace("</TS>", f"{head}</context>\n</TS>")
            start = ts.index(head)
            end = ts.index("</context>", start)
            if f"<source>{escape(source)}</source>" in ts[start:end]:
                continue
            ts = ts[:end] + _message(source, translations.get(lang)) + ts[end:]
        path.write_text(ts, encoding="utf-8")


if __name__ == "__main__":
    apply(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "resources" / "i18n")
