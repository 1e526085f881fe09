"""Vocabulary for the demo profile: the five countries of the 2003 global review, with people's names in each
country's own script, the institutions a field office works with, and typical findings and recommendations."""

from __future__ import annotations

# country code -> (female given names, male given names, family names (female form, male form) or single form)
NAMES = {
    "BA": (
        ["Amra", "Lejla", "Selma", "Jasmina", "Mirela", "Ivana", "Dragana", "Snježana", "Emina", "Aida", "Marija",
         "Željka"],
        ["Haris", "Emir", "Adnan", "Dženan", "Mirza", "Goran", "Dragan", "Željko", "Nikola", "Tarik", "Edin", "Zoran"],
        ["Hodžić", "Kovačević", "Begović", "Delić", "Šarić", "Jurić", "Petrović", "Mehmedović", "Babić", "Čolić",
         "Hadžić", "Kurtović", "Marić", "Đurić", "Alić"],
    ),
    "GT": (
        ["María José", "Ana Lucía", "Rosa Elvira", "Lucía", "Marta Julia", "Sofía", "Ixchel", "Juana", "Claudia",
         "Andrea", "Dolores", "Inés"],
        ["José Luis", "Juan Carlos", "Óscar", "Andrés", "Héctor", "Tomás", "Ramón", "Julián", "Édgar", "Iván",
         "Jesús", "Martín"],
        ["Pérez", "Hernández", "García", "López", "Gómez", "Chávez", "Ixcoy", "Tzul", "Velásquez", "Morales", "Cúmez",
         "Sánchez", "Ramírez", "Túm", "Batzín"],
    ),
    "MW": (
        ["Chikondi", "Thokozani", "Chimwemwe", "Tiwonge", "Grace", "Mphatso", "Tamanda", "Alinafe", "Dalitso",
         "Faith", "Chifundo", "Lusungu"],
        ["Blessings", "Kondwani", "Madalitso", "Yamikani", "Chisomo", "Limbani", "Mavuto", "Wongani", "Gift",
         "Peter", "Tadala", "Mayeso"],
        ["Banda", "Phiri", "Mwale", "Chirwa", "Kumwenda", "Nkhoma", "Gondwe", "Mbewe", "Tembo", "Msiska", "Kamanga",
         "Mhango", "Jere", "Kaunda", "Nyirenda"],
    ),
    "MN": (
        ["Оюунчимэг", "Сарантуяа", "Наранцэцэг", "Батцэцэг", "Энхжаргал", "Солонго", "Уранчимэг", "Мөнхзул",
         "Алтанцэцэг", "Болормаа", "Цэцэгмаа", "Отгонтуяа"],
        ["Батбаяр", "Ганбаатар", "Энхбаяр", "Төмөрбаатар", "Болд", "Мөнх-Эрдэнэ", "Баяраа", "Сүхбаатар", "Даваадорж",
         "Нямдорж", "Ганзориг", "Батжаргал"],
        ["Дорж", "Батсүх", "Ганбат", "Цэрэн", "Нямаа", "Пүрэв", "Жамсран", "Лхагва", "Гомбо", "Дамдин", "Очир",
         "Равдан", "Содном", "Цэвээн", "Балдан"],
    ),
    "RU": (
        ["Анна", "Елена", "Ольга", "Наталья", "Татьяна", "Мария", "Ирина", "Светлана", "Екатерина", "Юлия", "Дарья",
         "Ксения"],
        ["Алексей", "Дмитрий", "Сергей", "Андрей", "Иван", "Михаил", "Николай", "Владимир", "Павел", "Артём",
         "Григорий", "Фёдор"],
        ["Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов", "Волков",
         "Фёдоров", "Орлов", "Егоров", "Павлов", "Семёнов"],
    ),
}

# Mongolian names are written patronymic first; Russian family names take a feminine ending.
NAME_ORDER_FAMILY_FIRST = {"MN"}
FEMININE_SURNAME = {"RU"}

# country -> [(organisation, stakeholder type code)]
ORGANISATIONS = {
    "BA": [
        ("Ministarstvo pravde Bosne i Hercegovine", "government"),
        ("Ministarstvo za ljudska prava i izbjeglice", "government"),
        ("Parlamentarna skupština Bosne i Hercegovine", "parliament"),
        ("Sud Bosne i Hercegovine", "judiciary"),
        ("Ustavni sud Bosne i Hercegovine", "judiciary"),
        ("Institucija ombudsmena za ljudska prava BiH", "nhri"),
        ("Državna agencija za istrage i zaštitu", "police"),
        ("Kazneno-popravni zavod Zenica", "prison"),
        ("Udruženje „Vaša prava“", "ngo"),
        ("Pravni fakultet Univerziteta u Sarajevu", "academia"),
    ],
    "GT": [
        ("Organismo Judicial", "judiciary"),
        ("Ministerio Público", "government"),
        ("Procuraduría de los Derechos Humanos", "nhri"),
        ("Policía Nacional Civil", "police"),
        ("Sistema Penitenciario", "prison"),
        ("Congreso de la República", "parliament"),
        ("Comisión Presidencial de Derechos Humanos", "government"),
        ("Defensoría de la Mujer Indígena", "government"),
        ("Fundación Myrna Mack", "ngo"),
        ("Universidad de San Carlos de Guatemala", "academia"),
    ],
    "MW": [
        ("Malawi Human Rights Commission", "nhri"),
        ("Ministry of Justice and Constitutional Affairs", "government"),
        ("High Court of Malawi", "judiciary"),
        ("Malawi Police Service", "police"),
        ("Malawi Prisons Service", "prison"),
        ("Parliament of Malawi", "parliament"),
        ("Malawi Defence Force", "military"),
        ("Centre for Human Rights and Rehabilitation", "ngo"),
        ("Chancellor College, Faculty of Law", "academia"),
        ("Law Commission of Malawi", "government"),
    ],
    "MN": [
        ("Хүний эрхийн үндэсний комисс", "nhri"),
        ("Хууль зүй, дотоод хэргийн яам", "government"),
        ("Улсын Их Хурал", "parliament"),
        ("Улсын Дээд шүүх", "judiciary"),
        ("Цагдаагийн ерөнхий газар", "police"),
        ("Шүүхийн шийдвэр гүйцэтгэх ерөнхий газар", "prison"),
        ("Зэвсэгт хүчний жанжин штаб", "military"),
        ("Глоб Интернэшнл төв", "ngo"),
        ("МУИС-ийн Хууль зүйн сургууль", "academia"),
        ("Боловсролын яам", "government"),
    ],
    "RU": [
        ("Министерство юстиции Российской Федерации", "government"),
        ("Уполномоченный по правам человека в Российской Федерации", "nhri"),
        ("Государственная Дума", "parliament"),
        ("Верховный Суд Российской Федерации", "judiciary"),
        ("Министерство внутренних дел", "police"),
        ("Федеральная служба исполнения наказаний", "prison"),
        ("Московская Хельсинкская группа", "ngo"),
        ("Российский университет дружбы народов", "academia"),
        ("Министерство просвещения", "government"),
        ("Московская городская педагогическая школа", "academia"),
    ],
}

CITIES = {
    "BA": ["Sarajevo", "Banja Luka", "Mostar", "Tuzla", "Zenica"],
    "GT": ["Ciudad de Guatemala", "Quetzaltenango", "Cobán", "Huehuetenango", "Antigua Guatemala"],
    "MW": ["Lilongwe", "Blantyre", "Zomba", "Mzuzu", "Mangochi"],
    "MN": ["Улаанбаатар", "Дархан", "Эрдэнэт", "Чойбалсан", "Мөрөн"],
    "RU": ["Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Екатеринбург"],
}

LANGUAGE = {"BA": "bs", "GT": "es", "MW": "en", "MN": "mn", "RU": "ru"}

COUNTRY_THEMES = {
    "BA": ["nhri", "action_plans", "education", "justice"],
    "GT": ["nhri", "action_plans", "education", "justice", "victims_compensation"],
    "MW": ["nhri", "action_plans", "education", "justice"],
    "MN": ["nhri", "action_plans", "education", "justice"],
    "RU": ["education"],
}

THEME_TITLES = {
    "nhri": "the national human rights institution",
    "action_plans": "a national human rights action plan",
    "education": "human rights education",
    "justice": "the administration of justice",
    "constitutional_reform": "constitutional and legislative reform",
    "elections": "elections",
    "treaty_reporting": "treaty body reporting",
    "escr_development": "economic, social and cultural rights",
    "victims_compensation": "compensation of victims",
    "civil_society": "support to civil society",
}

FINDINGS = {
    "nhri": [
        "The institution's founding law does not yet guarantee its financial independence as the Paris Principles "
        "require.",
        "Complaints handling is centralised in the capital; regional offices lack trained staff.",
        "The institution has no standing procedure for visits to places of detention.",
    ],
    "action_plans": [
        "Ministries were consulted late in drafting the plan and few have named focal points.",
        "The draft plan lists activities but no indicators, baselines or budget.",
    ],
    "education": [
        "Human rights are taught in secondary schools only as part of civic education, with no trained teachers.",
        "Training of police cadets covers the use of force but not the rights of detainees.",
        "Teaching materials exist in the national language only; minority-language materials are missing.",
    ],
    "justice": [
        "Pre-trial detention often exceeds the legal limits; case files are tracked on paper.",
        "Legal aid is available in the capital but rarely in rural districts.",
        "Judges have had no training on applying international human rights treaties in domestic courts.",
    ],
    "victims_compensation": [
        "A reparations programme exists but registration of victims is slow and uneven across regions.",
    ],
}

RECOMMENDATIONS = {
    "nhri": [
        ("Amend the founding law of the national human rights institution to secure its budgetary independence "
         "in line with the Paris Principles.", "Parliament"),
        ("Open regional complaint offices and train their staff in complaint handling.",
         "National human rights institution"),
    ],
    "action_plans": [
        ("Adopt the national human rights action plan with indicators, baselines and a costed budget.", "Government"),
        ("Name a focal point for the action plan in every ministry.", "Government"),
    ],
    "education": [
        ("Integrate human rights into the curriculum of the police academy, including the rights of detainees.",
         "Police academy"),
        ("Train secondary-school teachers to teach human rights and provide materials in minority languages.",
         "Ministry of Education"),
    ],
    "justice": [
        ("Ensure that every detainee is brought before a judge within 48 hours and that detention is reviewed "
         "regularly.",
         "Judiciary"),
        ("Extend state-funded legal aid to rural districts.", "Ministry of Justice"),
        ("Train judges on applying international human rights treaties in domestic proceedings.",
         "Judicial training centre"),
    ],
    "victims_compensation": [
        ("Simplify and decentralise the registration of victims for the reparations programme.", "Government"),
    ],
}

TRAINING_TITLES = {
    "training_course": "Training course on {topic} for {group}",
    "workshop": "Workshop on {topic} with {group}",
    "seminar": "National seminar on {topic}",
    "fellowship": "Fellowship programme on {topic}",
    "advisory_service": "Advisory support on {topic}",
    "expert_consultation": "Expert consultation on {topic}",
}

GROUP_TITLES = {
    "judiciary": "judges",
    "police": "police officers",
    "prison": "prison officials",
    "parliament": "parliamentarians",
    "ngo": "NGO representatives",
    "nhri": "national institution staff",
    "government": "government officials",
    "military": "military officers",
    "academia": "university teachers",
}

EXPERTS = [
    ("Dr. Amina Diallo", "Dakar Bar Association", ["justice", "nhri"], ["fr", "en"]),
    ("Prof. Javier Morales Aguirre", "Universidad Nacional Autónoma de México", ["education", "action_plans"],
     ["es", "en"]),
    ("Ms. Ingrid Haugen", "Norwegian Centre for Human Rights", ["nhri", "action_plans"], ["en", "no"]),
    ("Mr. Sergei Pavlenko", "Independent consultant", ["justice", "education"], ["ru", "en"]),
    ("Dr. Priya Raman", "Asia Pacific Forum", ["nhri"], ["en"]),
    ("Judge Marguerite Lefèvre", "Cour de cassation (retired)", ["justice"], ["fr", "en"]),
    ("Ms. Tsetsegmaa Bat-Erdene", "Independent consultant", ["education", "civil_society"], ["mn", "ru", "en"]),
    ("Mr. Kwame Mensah", "African Commission secretariat", ["treaty_reporting", "justice"], ["en"]),
    ("Dr. Lucía Ferrández", "Instituto Interamericano de Derechos Humanos", ["victims_compensation", "justice"],
     ["es"]),
    ("Mr. Tomasz Wójcik", "OSCE ODIHR roster", ["elections", "constitutional_reform"], ["pl", "en", "ru"]),
    ("Ms. Nadia Haddad", "Independent consultant", ["escr_development", "action_plans"], ["ar", "fr", "en"]),
    ("Prof. Chen Wei", "Wuhan University", ["education"], ["zh", "en"]),
]
