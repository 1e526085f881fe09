"""Issue 17's messages built outside the services' own sentences, made coded problems: a model's rules that raised
English (due rules, reference list names), pydantic's own English detail (said as "this value cannot be used"), and
the passphrase-strength refusal with zxcvbn's warnings said in the catalogue's words. Inserted by `python
tools/po_insert.py tools/translations/english_left2_po.py`."""

T = {
    "problem.due.period_months": {
        "en": "A reporting period is 3, 6 or 12 months.",
        "fr": "Une période de rapport dure 3, 6 ou 12 mois.",
        "es": "Un período de informe es de 3, 6 o 12 meses.",
        "ru": "Отчётный период — 3, 6 или 12 месяцев.",
        "ar": "فترة الإبلاغ 3 أو 6 أو 12 شهرًا.",
        "zh": "报告期为 3、6 或 12 个月。",
    },
    "problem.due.check_months": {
        "en": "Write whole months from 1 to 120, separated by commas (6, 12, 24).",
        "fr": "Écrivez des nombres entiers de mois de 1 à 120, séparés par des virgules (6, 12, 24).",
        "es": "Escriba meses enteros de 1 a 120, separados por comas (6, 12, 24).",
        "ru": "Укажите целые числа месяцев от 1 до 120 через запятую (6, 12, 24).",
        "ar": "اكتب أشهرًا كاملة من 1 إلى 120، مفصولة بفواصل (6, 12, 24).",
        "zh": "请填写 1 到 120 之间的整月数，用逗号分隔（6, 12, 24）。",
    },
    "problem.names.not_language": {
        "en": "{title}: '{language}' is not one of {languages}.",
        "fr": "{title} : « {language} » ne fait pas partie de {languages}.",
        "es": "{title}: «{language}» no es uno de {languages}.",
        "ru": "{title}: «{language}» нет среди {languages}.",
        "ar": "{title}: «{language}» ليست من بين {languages}.",
        "zh": "{title}：“{language}”不在 {languages} 之中。",
    },
    "problem.names.not_text": {
        "en": "{title}: the name in '{language}' is not text.",
        "fr": "{title} : le nom en « {language} » n’est pas du texte.",
        "es": "{title}: el nombre en «{language}» no es texto.",
        "ru": "{title}: название на языке «{language}» — не текст.",
        "ar": "{title}: الاسم بلغة «{language}» ليس نصًا.",
        "zh": "{title}：“{language}”的名称不是文本。",
    },
    "problem.reference.code_kept": {
        "en": "{title}: an entry keeps its code; records and translations point to it.",
        "fr": "{title} : une entrée garde son code ; les enregistrements et les traductions y renvoient.",
        "es": "{title}: una entrada conserva su código; los registros y las traducciones remiten a él.",
        "ru": "{title}: у записи код не меняется; на него ссылаются записи и переводы.",
        "ar": "{title}: يحتفظ البند برمزه؛ فالسجلات والترجمات تشير إليه.",
        "zh": "{title}：条目保留其代码；记录和译文都指向该代码。",
    },
    "problem.invalid_value": {
        "en": "{title}: this value cannot be used.",
        "fr": "{title} : cette valeur ne peut pas être utilisée.",
        "es": "{title}: este valor no se puede usar.",
        "ru": "{title}: это значение нельзя использовать.",
        "ar": "{title}: لا يمكن استخدام هذه القيمة.",
        "zh": "{title}：此值无法使用。",
    },
    "problem.passphrase.too_short": {
        "en": "The passphrase must have at least {min} characters; a few unrelated words are easier to remember and "
              "harder to guess.",
        "fr": "La phrase secrète doit compter au moins {min} caractères ; quelques mots sans rapport entre eux sont "
              "plus faciles à retenir et plus difficiles à deviner.",
        "es": "La frase de contraseña debe tener al menos {min} caracteres; unas cuantas palabras sin relación entre "
              "sí son más fáciles de recordar y más difíciles de adivinar.",
        "ru": "Парольная фраза должна содержать не менее {min} символов; несколько не связанных между собой слов "
              "легче запомнить и труднее угадать.",
        "ar": "يجب أن تتكون عبارة المرور من {min} أحرف على الأقل؛ فبضع كلمات لا صلة بينها أسهل في التذكر وأصعب في "
              "التخمين.",
        "zh": "口令至少须有 {min} 个字符；几个互不相关的词更容易记住，也更难猜到。",
    },
    "problem.passphrase.too_easy": {
        "en": "The passphrase is too easy to guess: a computer would find it among about 10^{power} tries. Use three "
              "or four unrelated words, or a longer sentence of your own; avoid names, dates, keyboard patterns and "
              "well-known phrases.",
        "fr": "La phrase secrète est trop facile à deviner : un ordinateur la trouverait en environ 10^{power} essais. "
              "Utilisez trois ou quatre mots sans rapport entre eux, ou une phrase plus longue de votre cru ; évitez "
              "les noms, les dates, les suites de touches et les expressions connues.",
        "es": "La frase de contraseña es demasiado fácil de adivinar: un ordenador la encontraría en unos 10^{power} "
              "intentos. Use tres o cuatro palabras sin relación entre sí, o una frase propia más larga; evite "
              "nombres, fechas, secuencias de teclas y expresiones conocidas.",
        "ru": "Парольную фразу слишком легко угадать: компьютер нашёл бы её примерно за 10^{power} попыток. "
              "Используйте три-четыре не связанных между собой слова или более длинное собственное предложение; "
              "избегайте имён, дат, последовательностей клавиш и известных выражений.",
        "ar": "عبارة المرور سهلة التخمين جدًا: سيعثر عليها الحاسوب في نحو 10^{power} محاولة. استخدم ثلاث كلمات أو "
              "أربعًا لا صلة بينها، أو جملة أطول من تأليفك؛ وتجنب الأسماء والتواريخ وأنماط لوحة المفاتيح والعبارات "
              "المعروفة.",
        "zh": "口令太容易被猜到：计算机大约尝试 10^{power} 次就能找到它。请使用三四个互不相关的词，或您自己的一个较长"
              "的句子；避免姓名、日期、键盘上的连续按键和常见短语。",
    },
    "problem.passphrase.too_easy_because": {
        "en": "The passphrase is too easy to guess ({why}): a computer would find it among about 10^{power} tries. "
              "Use three or four unrelated words, or a longer sentence of your own; avoid names, dates, keyboard "
              "patterns and well-known phrases.",
        "fr": "La phrase secrète est trop facile à deviner ({why}) : un ordinateur la trouverait en environ "
              "10^{power} essais. Utilisez trois ou quatre mots sans rapport entre eux, ou une phrase plus longue de "
              "votre cru ; évitez les noms, les dates, les suites de touches et les expressions connues.",
        "es": "La frase de contraseña es demasiado fácil de adivinar ({why}): un ordenador la encontraría en unos "
              "10^{power} intentos. Use tres o cuatro palabras sin relación entre sí, o una frase propia más larga; "
              "evite nombres, fechas, secuencias de teclas y expresiones conocidas.",
        "ru": "Парольную фразу слишком легко угадать ({why}): компьютер нашёл бы её примерно за 10^{power} попыток. "
              "Используйте три-четыре не связанных между собой слова или более длинное собственное предложение; "
              "избегайте имён, дат, последовательностей клавиш и известных выражений.",
        "ar": "عبارة المرور سهلة التخمين جدًا ({why}): سيعثر عليها الحاسوب في نحو 10^{power} محاولة. استخدم ثلاث "
              "كلمات أو أربعًا لا صلة بينها، أو جملة أطول من تأليفك؛ وتجنب الأسماء والتواريخ وأنماط لوحة المفاتيح "
              "والعبارات المعروفة.",
        "zh": "口令太容易被猜到（{why}）：计算机大约尝试 10^{power} 次就能找到它。请使用三四个互不相关的词，或您自己"
              "的一个较长的句子；避免姓名、日期、键盘上的连续按键和常见短语。",
    },
    "problem.passphrase.refused": {
        "en": "{reason} Nothing was changed.",
        "fr": "{reason} Rien n’a été modifié.",
        "es": "{reason} No se ha cambiado nada.",
        "ru": "{reason} Ничего не изменено.",
        "ar": "{reason} لم يتغير شيء.",
        "zh": "{reason}未做任何更改。",
    },
    "problem.passphrase.why.keyboard_row": {
        "en": "Straight rows of keys are easy to guess",
        "fr": "les rangées de touches sont faciles à deviner",
        "es": "las filas seguidas de teclas son fáciles de adivinar",
        "ru": "ряды клавиш подряд легко угадать",
        "ar": "صفوف المفاتيح المتتالية سهلة التخمين",
        "zh": "键盘上成排的按键很容易被猜到",
    },
    "problem.passphrase.why.keyboard_pattern": {
        "en": "Short keyboard patterns are easy to guess",
        "fr": "les courts motifs de clavier sont faciles à deviner",
        "es": "los patrones de teclado cortos son fáciles de adivinar",
        "ru": "короткие сочетания клавиш легко угадать",
        "ar": "أنماط لوحة المفاتيح القصيرة سهلة التخمين",
        "zh": "简短的键盘模式很容易被猜到",
    },
    "problem.passphrase.why.repeated_character": {
        "en": "Repeats like \"aaa\" are easy to guess",
        "fr": "les répétitions comme « aaa » sont faciles à deviner",
        "es": "las repeticiones como «aaa» son fáciles de adivinar",
        "ru": "повторы вроде «aaa» легко угадать",
        "ar": "التكرارات مثل «aaa» سهلة التخمين",
        "zh": "像“aaa”这样的重复很容易被猜到",
    },
    "problem.passphrase.why.repeated_group": {
        "en": "Repeats like \"abcabcabc\" are only slightly harder to guess than \"abc\"",
        "fr": "les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc »",
        "es": "las repeticiones como «abcabcabc» son apenas más difíciles de adivinar que «abc»",
        "ru": "повторы вроде «abcabcabc» угадать лишь чуть труднее, чем «abc»",
        "ar": "التكرارات مثل «abcabcabc» أصعب تخمينًا من «abc» بقليل فقط",
        "zh": "像“abcabcabc”这样的重复只比“abc”稍难猜一点",
    },
    "problem.passphrase.why.sequence": {
        "en": "Sequences like \"abc\" or \"6543\" are easy to guess",
        "fr": "les suites comme « abc » ou « 6543 » sont faciles à deviner",
        "es": "las secuencias como «abc» o «6543» son fáciles de adivinar",
        "ru": "последовательности вроде «abc» или «6543» легко угадать",
        "ar": "التسلسلات مثل «abc» أو «6543» سهلة التخمين",
        "zh": "像“abc”或“6543”这样的序列很容易被猜到",
    },
    "problem.passphrase.why.recent_year": {
        "en": "Recent years are easy to guess",
        "fr": "les années récentes sont faciles à deviner",
        "es": "los años recientes son fáciles de adivinar",
        "ru": "недавние годы легко угадать",
        "ar": "السنوات الأخيرة سهلة التخمين",
        "zh": "最近的年份很容易被猜到",
    },
    "problem.passphrase.why.date": {
        "en": "Dates are often easy to guess",
        "fr": "les dates sont souvent faciles à deviner",
        "es": "las fechas suelen ser fáciles de adivinar",
        "ru": "даты часто легко угадать",
        "ar": "التواريخ سهلة التخمين غالبًا",
        "zh": "日期通常很容易被猜到",
    },
    "problem.passphrase.why.top_10": {
        "en": "This is a top-10 common password",
        "fr": "c’est l’un des 10 mots de passe les plus courants",
        "es": "es una de las 10 contraseñas más comunes",
        "ru": "это один из 10 самых распространённых паролей",
        "ar": "هذه من أكثر 10 كلمات مرور شيوعًا",
        "zh": "这是最常见的 10 个密码之一",
    },
    "problem.passphrase.why.top_100": {
        "en": "This is a top-100 common password",
        "fr": "c’est l’un des 100 mots de passe les plus courants",
        "es": "es una de las 100 contraseñas más comunes",
        "ru": "это один из 100 самых распространённых паролей",
        "ar": "هذه من أكثر 100 كلمة مرور شيوعًا",
        "zh": "这是最常见的 100 个密码之一",
    },
    "problem.passphrase.why.very_common": {
        "en": "This is a very common password",
        "fr": "c’est un mot de passe très courant",
        "es": "es una contraseña muy común",
        "ru": "это очень распространённый пароль",
        "ar": "هذه كلمة مرور شائعة جدًا",
        "zh": "这是一个非常常见的密码",
    },
    "problem.passphrase.why.like_common": {
        "en": "This is similar to a commonly used password",
        "fr": "elle ressemble à un mot de passe couramment utilisé",
        "es": "se parece a una contraseña de uso común",
        "ru": "это похоже на часто используемый пароль",
        "ar": "هذه تشبه كلمة مرور شائعة الاستخدام",
        "zh": "这与一个常用密码相似",
    },
    "problem.passphrase.why.single_word": {
        "en": "A word by itself is easy to guess",
        "fr": "un mot seul est facile à deviner",
        "es": "una palabra sola es fácil de adivinar",
        "ru": "одно слово само по себе легко угадать",
        "ar": "الكلمة المفردة سهلة التخمين",
        "zh": "单独一个词很容易被猜到",
    },
    "problem.passphrase.why.name_alone": {
        "en": "Names and surnames by themselves are easy to guess",
        "fr": "les prénoms et noms seuls sont faciles à deviner",
        "es": "los nombres y apellidos solos son fáciles de adivinar",
        "ru": "имена и фамилии сами по себе легко угадать",
        "ar": "الأسماء وأسماء العائلة وحدها سهلة التخمين",
        "zh": "单独的名字和姓氏很容易被猜到",
    },
    "problem.passphrase.why.common_name": {
        "en": "Common names and surnames are easy to guess",
        "fr": "les prénoms et noms courants sont faciles à deviner",
        "es": "los nombres y apellidos comunes son fáciles de adivinar",
        "ru": "распространённые имена и фамилии легко угадать",
        "ar": "الأسماء وأسماء العائلة الشائعة سهلة التخمين",
        "zh": "常见的名字和姓氏很容易被猜到",
    },
}
