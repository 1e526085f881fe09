"""Data words for reviews (schema 0017) in the six languages: appended to app/vocabulary/<lang>.py by running this
file once (it adds only the keys a catalogue lacks)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

WORDS = {
    "enum.ReviewKind.programme": {"fr": "Examen du programme", "es": "Examen del programa", "ru": "Обзор программы",
                                  "ar": "استعراض البرنامج", "zh": "方案审查"},
    "enum.ReviewKind.country": {"fr": "Examen de pays", "es": "Examen de país", "ru": "Страновой обзор",
                                "ar": "استعراض قُطري", "zh": "国别审查"},
    "enum.ReviewKind.thematic": {"fr": "Examen thématique", "es": "Examen temático", "ru": "Тематический обзор",
                                 "ar": "استعراض مواضيعي", "zh": "专题审查"},
    "enum.ReviewStatus.planned": {"fr": "Prévu", "es": "Previsto", "ru": "Запланирован", "ar": "مخطط",
                                  "zh": "已计划"},
    "enum.ReviewStatus.in_progress": {"fr": "En cours", "es": "En curso", "ru": "Идёт", "ar": "جارٍ",
                                      "zh": "进行中"},
    "enum.ReviewStatus.final": {"fr": "Définitif", "es": "Definitivo", "ru": "Завершён", "ar": "نهائي",
                                "zh": "定稿"},
    "enum.RecommendationSource.review": {"fr": "Examen du programme", "es": "Examen del programa",
                                         "ru": "Обзор программы", "ar": "استعراض البرنامج", "zh": "方案审查"},
    "field.period_from": {"fr": "Période du", "es": "Período desde", "ru": "Период с", "ar": "الفترة من",
                          "zh": "期间自"},
    "field.period_to": {"fr": "Période au", "es": "Período hasta", "ru": "Период по", "ar": "الفترة إلى",
                        "zh": "期间至"},
    "field.review.kind": {"fr": "Type d’examen", "es": "Tipo de examen", "ru": "Вид обзора", "ar": "نوع الاستعراض",
                          "zh": "审查类型"},
    "field.review_finding.text": {"fr": "Constatation", "es": "Conclusión", "ru": "Вывод", "ar": "النتيجة",
                                  "zh": "调查结果"},
    "field.country_ids": {"fr": "Pays", "es": "Países", "ru": "Страны", "ar": "البلدان", "zh": "国家"},
    "field.recommendation_ids": {"fr": "Recommandations", "es": "Recomendaciones", "ru": "Рекомендации",
                                 "ar": "التوصيات", "zh": "建议"},
    "field.synthesis": {"fr": "Synthèse", "es": "Síntesis", "ru": "Сводный доклад", "ar": "التقرير التجميعي",
                        "zh": "综合报告"},
    "field.interviewee": {"fr": "Personne interrogée", "es": "Persona entrevistada", "ru": "Собеседник",
                          "ar": "الشخص الذي أجريت معه المقابلة", "zh": "受访者"},
    "field.interview_date": {"fr": "Date", "es": "Fecha", "ru": "Дата", "ar": "التاريخ", "zh": "日期"},
    "field.meeting_id": {"fr": "Réunion avec les parties prenantes", "es": "Reunión con las partes interesadas",
                         "ru": "Встреча с заинтересованными сторонами", "ar": "اجتماع مع أصحاب المصلحة",
                         "zh": "利益攸关方会议"},
    "field.review_id": {"fr": "Examen", "es": "Examen", "ru": "Обзор", "ar": "الاستعراض", "zh": "审查"},
    "problem.interview_whom": {
        "en": "Name who was interviewed or their organisation, or choose a stakeholder meeting.",
        "fr": "Indiquez la personne interrogée ou son organisation, ou choisissez une réunion avec les parties "
              "prenantes.",
        "es": "Indique la persona entrevistada o su organización, o elija una reunión con las partes interesadas.",
        "ru": "Укажите собеседника или его организацию либо выберите встречу с заинтересованными сторонами.",
        "ar": "اذكر الشخص الذي أجريت معه المقابلة أو منظمته، أو اختر اجتماعًا مع أصحاب المصلحة.",
        "zh": "请填写受访者或其所属组织，或选择一次利益攸关方会议。"},
}


def main() -> None:
    for lang in ("en", "fr", "es", "ru", "ar", "zh"):
        path = ROOT / "app" / "vocabulary" / f"{lang}.py"
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        present = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                present |= {k.value for k in node.keys if isinstance(k, ast.Constant)}
        lines = [f" {key!r}: {names[lang]!r}" for key, names in WORDS.items()
                 if lang in names and key not in present]
        if not lines:
            continue
        end = text.rstrip().rindex("}")
        path.write_text(text[:end].rstrip() + ",\n" + ",\n".join(lines) + "}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
