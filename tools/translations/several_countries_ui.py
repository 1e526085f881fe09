"""Translations of several countries in the editors (scope, regions, the countries picker; fr, es, ru, ar, zh)."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


TEXTS = T

C = "Coverage"
add(C, "Scope", "Portée", "Alcance", "Охват", "النطاق", "范围")
add(C, "Regions", "Régions", "Regiones", "Регионы", "الأقاليم", "区域")
add(C, "Countries covered", "Pays couverts", "Países abarcados", "Охваченные страны", "البلدان المشمولة",
    "涵盖的国家")
add(C, "Type a country, Enter adds it", "Tapez un pays, Entrée l’ajoute", "Escriba un país; Intro lo añade",
    "Введите страну, Enter добавит её", "اكتب اسم بلد، ويضيفه مفتاح الإدخال", "输入国家名称，按回车添加")
add(C, "Listed: %1. Delete removes the chosen country.", "Pays listés : %1. Suppr retire le pays choisi.",
    "En la lista: %1. Supr quita el país elegido.", "В списке: %1. Delete удаляет выбранную страну.",
    "المدرجة: %1. يزيل مفتاح الحذف البلد المختار.", "已列出：%1。按 Delete 删除所选国家。")
add(C, "No country is called \u201c%1\u201d.", "Aucun pays ne s’appelle « %1 ».", "Ningún país se llama «%1».",
    "Нет страны с названием «%1».", "لا يوجد بلد اسمه \u201c%1\u201d.", "没有名为\u201c%1\u201d的国家。")
add(C, "Press Enter to add the country, or clear the field.",
    "Appuyez sur Entrée pour ajouter le pays, ou videz le champ.",
    "Pulse Intro para añadir el país, o vacíe el campo.",
    "Нажмите Enter, чтобы добавить страну, или очистите поле.",
    "اضغط مفتاح الإدخال لإضافة البلد، أو امسح الحقل.",
    "按回车添加该国家，或清空此栏。")
