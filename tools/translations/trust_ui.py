"""Translations of the Sync page's keys tab (fr, es, ru, ar, zh): whose key signs the bundles made at headquarters
(a user's own certified key, app/sync/hq_users.py)."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


C = "KeysTab"
add(C, "Bundles signed by:", "Lots signés par :", "Paquetes firmados por:", "Пакеты подписывает:",
    "الحزم موقّعة بـ:", "数据包签名：")
add(C, "%1's own key, certified by headquarters' key",
    "la clé personnelle de %1, certifiée par la clé du siège",
    "la clave propia de %1, certificada por la clave de la sede",
    "собственный ключ пользователя %1, заверенный ключом штаб-квартиры",
    "المفتاح الخاص بـ %1، المصادق عليه بمفتاح المقر",
    "%1 的个人密钥，经总部密钥认证")
add(C, "headquarters' key (no key of your own: 'fielddesk keys user add NAME')",
    "la clé du siège (pas de clé personnelle : « fielddesk keys user add NOM »)",
    "la clave de la sede (sin clave propia: «fielddesk keys user add NOMBRE»)",
    "ключ штаб-квартиры (своего ключа нет: «fielddesk keys user add ИМЯ»)",
    "مفتاح المقر (لا مفتاح خاص بك: «fielddesk keys user add NAME»)",
    "总部密钥（您没有个人密钥：“fielddesk keys user add 姓名”）")
