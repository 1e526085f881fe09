"""Translations of the import window's duplicate choices (fr, es, ru, ar, zh): the words of the participant form's
hint, "Use this person" and "Not the same person", with the candidate's whole name and organisation."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


C = "ImportPreview"
add(C, "Not the same person: add them", "Pas la même personne : l'ajouter", "No es la misma persona: añadirla",
    "Другой человек: добавить", "ليس الشخص نفسه: أضفه", "不是同一人：添加此人")
add(C, "Use this person: %1 (%2)", "Utiliser cette personne : %1 (%2)", "Usar esta persona: %1 (%2)",
    "Использовать этого человека: %1 (%2)", "استخدم هذا الشخص: %1 (%2)", "使用此人：%1（%2）")
add(C, "To decide: the same person, or someone new?", "À décider : la même personne, ou quelqu'un d'autre ?",
    "Por decidir: ¿la misma persona o alguien nuevo?", "Решите: тот же человек или кто-то новый?",
    "للبت فيه: الشخص نفسه أم شخص جديد؟", "待决定：同一人还是新的人？")
