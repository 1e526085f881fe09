"""Translations of what the keys tab says when headquarters' root key is kept offline (fr, es, ru, ar, zh)."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


add("KeysTab",
    "nobody: no key of your own here, and headquarters' root key is kept offline (ask its holder: 'fielddesk keys "
    "user add NAME --root FILE')",
    "personne : aucune clé à vous ici, et la clé racine du siège est conservée hors ligne (demandez à son détenteur : "
    "'fielddesk keys user add NOM --root FICHIER')",
    "nadie: aquí no hay ninguna clave suya, y la clave raíz de la sede se guarda fuera de línea (pídalo a quien la "
    "custodia: 'fielddesk keys user add NOMBRE --root ARCHIVO')",
    "никто: здесь нет вашего собственного ключа, а корневой ключ штаб-квартиры хранится вне сети (обратитесь к его "
    "хранителю: 'fielddesk keys user add ИМЯ --root ФАЙЛ')",
    "لا أحد: لا يوجد هنا مفتاح خاص بك، والمفتاح الجذري للمقر محفوظ خارج الشبكة (اطلب من حافظه: "
    "'fielddesk keys user add NAME --root FILE')",
    "无：此处没有您自己的密钥，且总部根密钥离线保存（请联系其保管人：'fielddesk keys user add 姓名 --root 文件'）")
