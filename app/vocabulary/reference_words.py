"""The mechanism lists' names in the six languages, by code (issue 21): the treaty bodies, the cycles of the
Universal Periodic Review, the groups of persons a recommendation concerns and the 17 Sustainable Development Goals,
as the United Nations writes them in its official languages. ``words(lang)`` merges them into the catalogue; a
name headquarters gives an entry in a language (its ``names``) comes first (``reference_name``).

English comes from the seeded lists (``app/models/mechanism_lists.py``): the records hold it as their name."""

from __future__ import annotations

from app.models.mechanism_lists import SDG_GOALS

_CODES = {
    "treaty_body": ("CCPR", "CESCR", "CERD", "CEDAW", "CAT", "SPT", "CRC", "CMW", "CRPD", "CED"),
    "upr_cycle": ("1", "2", "3", "4"),
    "affected_group": ("general", "women", "children", "youth", "older_persons", "persons_with_disabilities",
                       "migrants", "refugees", "idps", "stateless", "indigenous", "minorities", "deprived_of_liberty",
                       "defenders", "journalists", "lgbti", "poverty", "hiv", "rural", "judges_lawyers",
                       "law_enforcement"),
    "sdg_goal": tuple(str(n) for n in range(1, 18)),
}

_NAMES = {
    "fr": {
        "treaty_body": (
            "Comité des droits de l'homme", "Comité des droits économiques, sociaux et culturels",
            "Comité pour l'élimination de la discrimination raciale",
            "Comité pour l'élimination de la discrimination à l'égard des femmes", "Comité contre la torture",
            "Sous-comité pour la prévention de la torture", "Comité des droits de l'enfant",
            "Comité des travailleurs migrants", "Comité des droits des personnes handicapées",
            "Comité des disparitions forcées"),
        "upr_cycle": ("Premier cycle (2008-2011)", "Deuxième cycle (2012-2016)", "Troisième cycle (2017-2022)",
                      "Quatrième cycle (2022-2027)"),
        "affected_group": (
            "Général", "Femmes et filles", "Enfants", "Jeunes", "Personnes âgées", "Personnes handicapées",
            "Migrants", "Réfugiés et demandeurs d'asile", "Personnes déplacées dans leur propre pays", "Apatrides",
            "Peuples autochtones", "Minorités", "Personnes privées de liberté", "Défenseurs des droits de l'homme",
            "Journalistes et professionnels des médias",
            "Personnes lesbiennes, gays, bisexuelles, transgenres et intersexes",
            "Personnes vivant dans la pauvreté", "Personnes vivant avec le VIH/sida", "Populations rurales",
            "Juges, avocats et procureurs", "Responsables de l'application des lois et personnel pénitentiaire"),
        "sdg_goal": (
            "Pas de pauvreté", "Faim « zéro »", "Bonne santé et bien-être", "Éducation de qualité",
            "Égalité entre les sexes", "Eau propre et assainissement", "Énergie propre et d'un coût abordable",
            "Travail décent et croissance économique", "Industrie, innovation et infrastructure",
            "Inégalités réduites", "Villes et communautés durables", "Consommation et production responsables",
            "Mesures relatives à la lutte contre les changements climatiques", "Vie aquatique", "Vie terrestre",
            "Paix, justice et institutions efficaces", "Partenariats pour la réalisation des objectifs"),
    },
    "es": {
        "treaty_body": (
            "Comité de Derechos Humanos", "Comité de Derechos Económicos, Sociales y Culturales",
            "Comité para la Eliminación de la Discriminación Racial",
            "Comité para la Eliminación de la Discriminación contra la Mujer", "Comité contra la Tortura",
            "Subcomité para la Prevención de la Tortura", "Comité de los Derechos del Niño",
            "Comité de Trabajadores Migratorios", "Comité sobre los Derechos de las Personas con Discapacidad",
            "Comité contra la Desaparición Forzada"),
        "upr_cycle": ("Primer ciclo (2008-2011)", "Segundo ciclo (2012-2016)", "Tercer ciclo (2017-2022)",
                      "Cuarto ciclo (2022-2027)"),
        "affected_group": (
            "General", "Mujeres y niñas", "Niños", "Jóvenes", "Personas de edad", "Personas con discapacidad",
            "Migrantes", "Refugiados y solicitantes de asilo", "Desplazados internos", "Apátridas",
            "Pueblos indígenas", "Minorías", "Personas privadas de libertad", "Defensores de los derechos humanos",
            "Periodistas y trabajadores de los medios de comunicación",
            "Personas lesbianas, gais, bisexuales, transgénero e intersexuales",
            "Personas que viven en la pobreza", "Personas que viven con el VIH/SIDA", "Poblaciones rurales",
            "Jueces, abogados y fiscales",
            "Funcionarios encargados de hacer cumplir la ley y personal penitenciario"),
        "sdg_goal": (
            "Fin de la pobreza", "Hambre cero", "Salud y bienestar", "Educación de calidad", "Igualdad de género",
            "Agua limpia y saneamiento", "Energía asequible y no contaminante",
            "Trabajo decente y crecimiento económico", "Industria, innovación e infraestructura",
            "Reducción de las desigualdades", "Ciudades y comunidades sostenibles",
            "Producción y consumo responsables", "Acción por el clima", "Vida submarina",
            "Vida de ecosistemas terrestres", "Paz, justicia e instituciones sólidas",
            "Alianzas para lograr los objetivos"),
    },
    "ru": {
        "treaty_body": (
            "Комитет по правам человека", "Комитет по экономическим, социальным и культурным правам",
            "Комитет по ликвидации расовой дискриминации", "Комитет по ликвидации дискриминации в отношении женщин",
            "Комитет против пыток", "Подкомитет по предупреждению пыток", "Комитет по правам ребенка",
            "Комитет по трудящимся-мигрантам", "Комитет по правам инвалидов",
            "Комитет по насильственным исчезновениям"),
        "upr_cycle": ("Первый цикл (2008–2011 годы)", "Второй цикл (2012–2016 годы)", "Третий цикл (2017–2022 годы)",
                      "Четвертый цикл (2022–2027 годы)"),
        "affected_group": (
            "Общие", "Женщины и девочки", "Дети", "Молодежь", "Пожилые люди", "Инвалиды", "Мигранты",
            "Беженцы и просители убежища", "Внутренне перемещенные лица", "Апатриды", "Коренные народы",
            "Меньшинства", "Лица, лишенные свободы", "Правозащитники",
            "Журналисты и работники средств массовой информации",
            "Лесбиянки, гей, бисексуалы, трансгендеры и интерсексы", "Люди, живущие в нищете",
            "Люди, живущие с ВИЧ/СПИДом", "Сельское население", "Судьи, адвокаты и прокуроры",
            "Сотрудники правоохранительных органов и пенитенциарных учреждений"),
        "sdg_goal": (
            "Ликвидация нищеты", "Ликвидация голода", "Хорошее здоровье и благополучие", "Качественное образование",
            "Гендерное равенство", "Чистая вода и санитария", "Недорогостоящая и чистая энергия",
            "Достойная работа и экономический рост", "Индустриализация, инновации и инфраструктура",
            "Уменьшение неравенства", "Устойчивые города и населенные пункты",
            "Ответственное потребление и производство", "Борьба с изменением климата",
            "Сохранение морских экосистем", "Сохранение экосистем суши", "Мир, правосудие и эффективные институты",
            "Партнерство в интересах устойчивого развития"),
    },
    "ar": {
        "treaty_body": (
            "اللجنة المعنية بحقوق الإنسان", "اللجنة المعنية بالحقوق الاقتصادية والاجتماعية والثقافية",
            "لجنة القضاء على التمييز العنصري", "اللجنة المعنية بالقضاء على التمييز ضد المرأة",
            "لجنة مناهضة التعذيب", "اللجنة الفرعية لمنع التعذيب", "لجنة حقوق الطفل",
            "اللجنة المعنية بالعمال المهاجرين", "اللجنة المعنية بحقوق الأشخاص ذوي الإعاقة",
            "اللجنة المعنية بحالات الاختفاء القسري"),
        "upr_cycle": ("الجولة الأولى (2008-2011)", "الجولة الثانية (2012-2016)", "الجولة الثالثة (2017-2022)",
                      "الجولة الرابعة (2022-2027)"),
        "affected_group": (
            "عام", "النساء والفتيات", "الأطفال", "الشباب", "كبار السن", "الأشخاص ذوو الإعاقة", "المهاجرون",
            "اللاجئون وملتمسو اللجوء", "المشردون داخلياً", "عديمو الجنسية", "الشعوب الأصلية", "الأقليات",
            "الأشخاص المحرومون من حريتهم", "المدافعون عن حقوق الإنسان", "الصحفيون والعاملون في وسائط الإعلام",
            "المثليات والمثليون ومزدوجو الميل الجنسي ومغايرو الهوية الجنسانية وحاملو صفات الجنسين",
            "الأشخاص الذين يعيشون في فقر", "الأشخاص المصابون بفيروس نقص المناعة البشرية/الإيدز", "سكان الريف",
            "القضاة والمحامون والمدعون العامون", "الموظفون المكلفون بإنفاذ القوانين وموظفو السجون"),
        "sdg_goal": (
            "القضاء على الفقر", "القضاء التام على الجوع", "الصحة الجيدة والرفاه", "التعليم الجيد",
            "المساواة بين الجنسين", "المياه النظيفة والنظافة الصحية", "طاقة نظيفة وبأسعار معقولة",
            "العمل اللائق ونمو الاقتصاد", "الصناعة والابتكار والهياكل الأساسية", "الحد من أوجه عدم المساواة",
            "مدن ومجتمعات محلية مستدامة", "الاستهلاك والإنتاج المسؤولان", "العمل المناخي", "الحياة تحت الماء",
            "الحياة في البر", "السلام والعدل والمؤسسات القوية", "عقد الشراكات لتحقيق الأهداف"),
    },
    "zh": {
        "treaty_body": (
            "人权事务委员会", "经济、社会及文化权利委员会", "消除种族歧视委员会", "消除对妇女歧视委员会",
            "禁止酷刑委员会", "防范酷刑小组委员会", "儿童权利委员会", "移徙工人问题委员会", "残疾人权利委员会",
            "强迫失踪问题委员会"),
        "upr_cycle": ("第一轮（2008-2011年）", "第二轮（2012-2016年）", "第三轮（2017-2022年）", "第四轮（2022-2027年）"),
        "affected_group": (
            "一般", "妇女和女童", "儿童", "青年", "老年人", "残疾人", "移民", "难民和寻求庇护者", "境内流离失所者",
            "无国籍人", "土著人民", "少数群体", "被剥夺自由者", "人权维护者", "记者和媒体工作者",
            "女同性恋、男同性恋、双性恋、跨性别者和间性者", "生活贫困者", "艾滋病毒感染者和艾滋病患者",
            "农村人口", "法官、律师和检察官", "执法人员和监狱工作人员"),
        "sdg_goal": (
            "无贫穷", "零饥饿", "良好健康与福祉", "优质教育", "性别平等", "清洁饮水和卫生设施",
            "经济适用的清洁能源", "体面工作和经济增长", "产业、创新和基础设施", "减少不平等", "可持续城市和社区",
            "负责任消费和生产", "气候行动", "水下生物", "陆地生物", "和平、正义与强大机构", "促进目标实现的伙伴关系"),
    },
}


def _catalogue(lang: str) -> dict[str, str]:
    names = _NAMES[lang]
    return {f"{prefix}.{code}": name for prefix, codes in _CODES.items()
            for code, name in zip(codes, names[prefix], strict=True)}


# The one problem of an entry's own (a code makes the entry's id and names it in exports and on the command line).
_CODE_FORMAT = {
    "en": "{title} may hold only letters, digits and . _ - (no spaces).",
    "fr": "{title} ne peut contenir que des lettres, des chiffres et . _ - (sans espace).",
    "es": "{title} solo puede contener letras, cifras y . _ - (sin espacios).",
    "ru": "{title}: допускаются только буквы, цифры и . _ - (без пробелов).",
    "ar": "{title} لا يحتوي إلا على حروف وأرقام و . _ - (دون مسافات).",
    "zh": "{title}只能包含字母、数字和 . _ -（不含空格）。",
}

REFERENCE_WORDS: dict[str, dict[str, str]] = {
    "en": {f"sdg_goal.{n}": name for n, name in enumerate(SDG_GOALS, start=1)},
    **{lang: _catalogue(lang) for lang in _NAMES},
}
# The titles of the two fields schema 0017 added (spreadsheets, exports).
_FIELDS = {
    "en": ("Names in other languages", "Retired"),
    "fr": ("Noms dans les autres langues", "Retiré"),
    "es": ("Nombres en otros idiomas", "Retirado"),
    "ru": ("Названия на других языках", "Выведено из употребления"),
    "ar": ("الأسماء باللغات الأخرى", "متوقف استخدامه"),
    "zh": ("其他语言名称", "已停用"),
}
for _lang, _text in _CODE_FORMAT.items():
    REFERENCE_WORDS[_lang]["problem.code_format"] = _text
    REFERENCE_WORDS[_lang]["field.names"], REFERENCE_WORDS[_lang]["field.retired"] = _FIELDS[_lang]
