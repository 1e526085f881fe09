"""The texts of problems (``problem.<code>`` in app/vocabulary/<lang>.py), in the six languages.

Those the screen translated before (the Qt catalogues' "Problems" and "ImportProblems" contexts) were taken from
there; the rest are written here. Run ``.venv/bin/python tools/vocabulary/problem_texts.py`` after changing this
table: it rewrites the ``problem.*`` entries of app/vocabulary/<lang>.py and leaves every other word alone."""

import pprint
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANGS = ["en", "fr", "es", "ru", "ar", "zh"]

# code: [en, fr, es, ru, ar, zh]. {title} is the field as the reader sees it; dates and numbers come written the
# reader's way.
TEXTS = {
    "required": ["{title} is required.", "{title} : ce champ est obligatoire.", "{title}: este campo es obligatorio.",
                 "{title}: обязательное поле.", "{title}: هذا الحقل مطلوب.", "{title}：此项为必填项。"],
    "too_long": ["{title} must have at most {max} characters.", "{title} : {max} caractères au plus.",
                 "{title}: como máximo {max} caracteres.", "{title}: не более {max} символов.",
                 "{title}: {max} حرفًا على الأكثر.", "{title}：最多 {max} 个字符。"],
    "too_short": ["{title} must have at least {min} characters.", "{title} : {min} caractères au moins.",
                  "{title}: como mínimo {min} caracteres.", "{title}: не менее {min} символов.",
                  "{title}: {min} أحرف على الأقل.", "{title}：至少 {min} 个字符。"],
    "between": ["{title} must be between {low} and {high}.",
                "{title} : la valeur doit être comprise entre {low} et {high}.",
                "{title}: el valor debe estar entre {low} y {high}.",
                "{title}: значение должно быть от {low} до {high}.",
                "{title}: يجب أن تكون القيمة بين {low} و{high}.", "{title}：数值必须介于 {low} 和 {high} 之间。"],
    "at_least": ["{title} must be at least {low}.", "{title} : la valeur doit être au moins {low}.",
                 "{title}: el valor debe ser como mínimo {low}.", "{title}: значение должно быть не меньше {low}.",
                 "{title}: يجب ألا تقل القيمة عن {low}.", "{title}：数值不得小于 {low}。"],
    "at_most": ["{title} must be at most {high}.", "{title} : la valeur doit être au plus {high}.",
                "{title}: el valor debe ser como máximo {high}.", "{title}: значение должно быть не больше {high}.",
                "{title}: يجب ألا تزيد القيمة على {high}.", "{title}：数值不得大于 {high}。"],
    "not_known_value": ["{title}: \u201c{input}\u201d is not one of the known values.",
                        "{title} : « {input} » ne fait pas partie des valeurs connues.",
                        "{title}: «{input}» no es uno de los valores conocidos.",
                        "{title}: «{input}» не входит в число известных значений.",
                        "{title}: «{input}» ليست من القيم المعروفة.", "{title}：“{input}”不是已知的值。"],
    "not_a_date": ["{title}: \u201c{input}\u201d is not a date.", "{title} : « {input} » n’est pas une date.",
                   "{title}: «{input}» no es una fecha.", "{title}: «{input}» — не дата.",
                   "{title}: «{input}» ليس تاريخًا.", "{title}：“{input}”不是日期。"],
    "not_a_number": ["{title}: \u201c{input}\u201d is not a number.", "{title} : « {input} » n’est pas un nombre.",
                     "{title}: «{input}» no es un número.", "{title}: «{input}» — не число.",
                     "{title}: «{input}» ليس رقمًا.", "{title}：“{input}”不是数字。"],
    "not_yes_no": ["{title}: \u201c{input}\u201d is not yes or no.", "{title} : « {input} » n’est ni oui ni non.",
                   "{title}: «{input}» no es sí ni no.", "{title}: «{input}» — не «да» и не «нет».",
                   "{title}: «{input}» ليست نعم ولا لا.", "{title}：“{input}”既不是“是”也不是“否”。"],
    "invalid": ["{title}: {detail}."] + [None] * 5,
    "forbidden_character": [
        "{title} contains a character that is not allowed: {char}. Remove it.",
        "{title} contient un caractère interdit : {char}. Supprimez-le.",
        "{title} contiene un carácter no permitido: {char}. Elimínelo.",
        "{title} содержит недопустимый символ: {char}. Удалите его.",
        "يحتوي {title} على حرف غير مسموح به: {char}. احذفه.", "{title}包含不允许的字符：{char}。请将其删除。"],
    "date_order": ["The end date {end} is before the start date {start}.",
                   "La date de fin ({end}) précède la date de début ({start}).",
                   "La fecha de fin ({end}) es anterior a la fecha de inicio ({start}).",
                   "Дата окончания ({end}) раньше даты начала ({start}).",
                   "تاريخ الانتهاء ({end}) يسبق تاريخ البدء ({start}).", "结束日期（{end}）早于开始日期（{start}）。"],
    "activity_too_long": ["An activity can last at most {days} days.", "Une activité peut durer au plus {days} jours.",
                          "Una actividad puede durar como máximo {days} días.",
                          "Мероприятие может длиться не более {days} дней.",
                          "لا يمكن أن يتجاوز النشاط {days} يومًا.", "一项活动最多可持续 {days} 天。"],
    "already_used": ["{title} \u201c{value}\u201d is already used by another record.",
                     "{title} « {value} » est déjà utilisé par une autre fiche.",
                     "{title} «{value}» ya se utiliza en otro registro.",
                     "{title} «{value}» уже используется в другой записи.",
                     "{title} «{value}» مستخدم بالفعل في سجل آخر.", "{title}“{value}”已被另一条记录使用。"],
    "appears_twice": ["{title} \u201c{value}\u201d appears twice.", "{title} « {value} » figure deux fois.",
                      "{title} «{value}» aparece dos veces.", "{title} «{value}» встречается дважды.",
                      "{title} «{value}» مكرر.", "{title}“{value}”出现了两次。"],
    "mission_before_request": [
        "The mission cannot start before the request was received.",
        "La mission ne peut pas commencer avant la réception de la demande.",
        "La misión no puede comenzar antes de que se reciba la solicitud.",
        "Миссия не может начаться до получения запроса.",
        "لا يمكن أن تبدأ البعثة قبل استلام الطلب.", "特派团不能在收到请求之前开始。"],
    "staff_or_expert": [
        "Name a staff member or choose an expert from the roster.",
        "Indiquez un membre du personnel ou choisissez un expert du fichier.",
        "Indique un miembro del personal o elija un experto de la lista.",
        "Укажите сотрудника или выберите эксперта из реестра.",
        "اذكر اسم موظف أو اختر خبيرًا من القائمة.", "请填写一名工作人员，或从名册中选择一名专家。"],
    "exit_before_start": [
        "The exit date cannot come before the project starts.",
        "La date de sortie ne peut pas précéder le début du projet.",
        "La fecha de salida no puede ser anterior al inicio del proyecto.",
        "Дата выхода не может быть раньше начала проекта.",
        "لا يمكن أن يسبق تاريخ الخروج بدء المشروع.", "退出日期不能早于项目开始日期。"],
    "decision_before_received": [
        "The decision cannot come before the request was received.",
        "La décision ne peut pas précéder la réception de la demande.",
        "La decisión no puede ser anterior a la recepción de la solicitud.",
        "Решение не может быть принято до получения запроса.",
        "لا يمكن أن يسبق القرار استلام الطلب.", "决定不能早于收到请求的日期。"],
    "decision_reasons": [
        "Give the reasons for the decision: approved and declined requests are explained.",
        "Indiquez les motifs de la décision : les demandes approuvées et refusées sont motivées.",
        "Indique los motivos de la decisión: las solicitudes aprobadas y rechazadas se justifican.",
        "Укажите причины решения: одобренные и отклонённые запросы обосновываются.",
        "اذكر أسباب القرار: تُعلَّل الطلبات الموافق عليها والمرفوضة.", "请说明决定的理由：批准和拒绝的请求均须说明理由。"],
    "target_is_baseline": [
        "The target must differ from the baseline, or progress cannot be measured.",
        "La cible doit différer de la valeur de référence, sinon les progrès ne peuvent pas être mesurés.",
        "La meta debe ser distinta del valor de referencia; de lo contrario, no se puede medir el avance.",
        "Целевое значение должно отличаться от исходного, иначе прогресс нельзя измерить.",
        "يجب أن تختلف القيمة المستهدفة عن خط الأساس، وإلا تعذر قياس التقدم.", "目标值必须不同于基线值，否则无法衡量进展。"],
    "consent_needed": [
        "Contact details may be kept only with the participant's consent.",
        "Les coordonnées ne peuvent être conservées qu’avec le consentement du participant.",
        "Los datos de contacto solo pueden conservarse con el consentimiento del participante.",
        "Контактные данные можно хранить только с согласия участника.",
        "لا يجوز الاحتفاظ ببيانات الاتصال إلا بموافقة المشارك.", "只有在参与者同意的情况下才能保存联系方式。"],
    "not_an_email": [
        "This is not an e-mail address (name@example.org).",
        "Ce n’est pas une adresse électronique (nom@exemple.org).",
        "No es una dirección de correo electrónico (nombre@ejemplo.org).",
        "Это не адрес электронной почты (name@example.org).",
        "هذا ليس عنوان بريد إلكتروني (name@example.org).", "这不是电子邮件地址（name@example.org）。"],
    "already_enrolled": [
        "This participant is already enrolled in this activity.",
        "Ce participant est déjà inscrit à cette activité.",
        "Este participante ya está inscrito en esta actividad.",
        "Этот участник уже зарегистрирован на это мероприятие.",
        "هذا المشارك مسجل بالفعل في هذا النشاط.", "该参与者已登记参加此活动。"],
    "attendance_too_long": [
        "Attendance lists {listed} days but the activity lasts {days}.",
        "La présence porte sur {listed} jours, mais l’activité en dure {days}.",
        "La asistencia abarca {listed} días, pero la actividad dura {days}.",
        "Посещаемость указана за {listed} дн., а мероприятие длится {days} дн.",
        "يشمل الحضور {listed} يومًا بينما يستمر النشاط {days} يومًا.", "出勤记录了 {listed} 天，但活动只持续 {days} 天。"],
    "before_last_change": [
        "The date {date} is before the {noun}'s last status change ({last}).",
        "La date ({date}) précède le dernier changement d’état ({last}).",
        "La fecha ({date}) es anterior al último cambio de estado ({last}).",
        "Дата ({date}) раньше последнего изменения статуса ({last}).",
        "التاريخ ({date}) يسبق آخر تغيير في الحالة ({last}).", "日期（{date}）早于上一次状态变更（{last}）。"],
    # the spreadsheet import, by cell
    "import_missing": ["A value is required here.", "Une valeur est obligatoire ici.",
                       "Aquí se requiere un valor.", "Здесь требуется значение.", "يلزم إدخال قيمة هنا.",
                       "此处必须填写值。"],
    "import_duplicate_row": ["The same as row {row}.", "Identique à la ligne {row}.", "Igual que la fila {row}.",
                             "Совпадает со строкой {row}.", "مطابق للصف {row}.", "与第 {row} 行相同。"],
    "import_not_a_date": [
        "\u201c{input}\u201d is not a date: write it as a date, or as YYYY-MM-DD or DD.MM.YYYY.",
        "« {input} » n’est pas une date : saisissez une date, ou écrivez AAAA-MM-JJ ou JJ.MM.AAAA.",
        "«{input}» no es una fecha: escríbala como fecha, o como AAAA-MM-DD o DD.MM.AAAA.",
        "«{input}» — не дата: введите дату или запишите её как ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.",
        "«{input}» ليس تاريخًا: اكتبه كتاريخ، أو بالصيغة YYYY-MM-DD أو DD.MM.YYYY.",
        "“{input}”不是日期：请填写日期，或写成 YYYY-MM-DD 或 DD.MM.YYYY。"],
    "import_unknown_country": [
        "\u201c{input}\u201d is not a known country: write its ISO 3166 code (GT, MW, RU\u2026).",
        "« {input} » n’est pas un pays connu : écrivez son code ISO 3166 (GT, MW, RU…).",
        "«{input}» no es un país conocido: escriba su código ISO 3166 (GT, MW, RU…).",
        "«{input}» — неизвестная страна: укажите её код ISO 3166 (GT, MW, RU…).",
        "«{input}» ليس بلدًا معروفًا: اكتب رمزه وفق ISO 3166 (GT، MW، RU…).",
        "“{input}”不是已知的国家：请填写其 ISO 3166 代码（GT、MW、RU……）。"],
    "import_not_allowed": [
        "\u201c{input}\u201d is not one of the allowed values ({allowed}).",
        "« {input} » ne fait pas partie des valeurs autorisées ({allowed}).",
        "«{input}» no es uno de los valores permitidos ({allowed}).",
        "«{input}» не входит в число допустимых значений ({allowed}).",
        "«{input}» ليست من القيم المسموح بها ({allowed}).", "“{input}”不是允许的值之一（{allowed}）。"],
    "import_not_whole": ["\u201c{input}\u201d is not a whole number.", "« {input} » n’est pas un nombre entier.",
                         "«{input}» no es un número entero.", "«{input}» — не целое число.",
                         "«{input}» ليس عددًا صحيحًا.", "“{input}”不是整数。"],
    "import_not_a_number": ["\u201c{input}\u201d is not a number.", "« {input} » n’est pas un nombre.",
                            "«{input}» no es un número.", "«{input}» — не число.", "«{input}» ليس رقمًا.",
                            "“{input}”不是数字。"],
    "import_not_yes_no": ["\u201c{input}\u201d is not yes or no.", "« {input} » n’est ni oui ni non.",
                          "«{input}» no es sí ni no.", "«{input}» — не «да» и не «нет».",
                          "«{input}» ليست نعم ولا لا.", "“{input}”既不是“是”也不是“否”。"],
    "import_no_project": ["There is no project with the code \u201c{input}\u201d.",
                          "Aucun projet n’a le code « {input} ».", "No hay ningún proyecto con el código «{input}».",
                          "Нет проекта с кодом «{input}».", "لا يوجد مشروع بالرمز «{input}».",
                          "没有代码为“{input}”的项目。"],
    "import_unknown_theme": ["\u201c{input}\u201d is not a known thematic area.",
                             "« {input} » n’est pas un domaine thématique connu.",
                             "«{input}» no es un área temática conocida.",
                             "«{input}» — неизвестная тематическая область.",
                             "«{input}» ليس مجالًا مواضيعيًا معروفًا.", "“{input}”不是已知的专题领域。"],
    "import_unknown_stakeholder": ["\u201c{input}\u201d is not a known stakeholder type.",
                                   "« {input} » n’est pas un type de partie prenante connu.",
                                   "«{input}» no es un tipo de parte interesada conocido.",
                                   "«{input}» — неизвестный тип заинтересованной стороны.",
                                   "«{input}» ليس نوعًا معروفًا من أصحاب المصلحة.", "“{input}”不是已知的利益攸关方类型。"],
    # what the services refuse that a form does not let happen (English wherever shown)
    "unknown_field": ["{entity} has no field '{name}'."] + [None] * 5,
    "system_field": ["'{name}' is kept by FieldDesk and cannot be set directly."] + [None] * 5,
    "no_such_record": ["{title}: there is no {entity} with id {id}."] + [None] * 5,
    "record_deleted": ["{title}: the {entity} {id} was deleted."] + [None] * 5,
    "not_a_kind_of_record": ["'{table}' is not a kind of record."] + [None] * 5,
    "no_parent": ["There is no {entity} with id {id}."] + [None] * 5,
    "parent_deleted": ["The {entity} {id} was deleted."] + [None] * 5,
    "duplicate": ["There is already a {entity} for {key}."] + [None] * 5,
    "status_closed": ["A {noun} that is {old} is closed: its status no longer changes (not to {new})."] + [None] * 5,
    "status_jump": ["A {noun} cannot go from {old} to {new}; from {old} it can go to: {allowed}."] + [None] * 5,
    "not_a_status": ["'{value}' is not a status of a {noun}; known: {allowed}."] + [None] * 5,
}


def main() -> None:
    for i, lang in enumerate(LANGS):
        path = ROOT / f"app/vocabulary/{lang}.py"
        words = {k: v for k, v in runpy.run_path(str(path))["WORDS"].items() if not k.startswith("problem.")}
        words.update({f"problem.{code}": texts[i] for code, texts in TEXTS.items() if texts[i] is not None})
        head = path.read_text(encoding="utf-8").split("WORDS = ", 1)[0]
        body = pprint.pformat(dict(sorted(words.items())), width=118, sort_dicts=False)
        path.write_text(f"{head}WORDS = {body}\n", encoding="utf-8")


if __name__ == "__main__":
    assert all(len(t) == len(LANGS) for t in TEXTS.values()), "six texts a problem"
    sys.exit(main())
