"""The coordination report's texts and the ranking's line for the register's evidence, in the six languages:
appended once, as one block, to app/reports/messages/<lang>.py by running this script."""

from __future__ import annotations

import sys
from pathlib import Path

# key -> (en, fr, es, ru, ar, zh)
MESSAGES = {
    "coord.title": ("Who does what where", "Qui fait quoi et où", "Quién hace qué y dónde", "Кто, что и где делает",
                    "من يفعل ماذا وأين", "谁在何处做什么"),
    "coord.scope": ("Partners and the programme in {country}", "Partenaires et programme : {country}",
                    "Asociados y programa: {country}", "Партнёры и программа: {country}",
                    "الشركاء والبرنامج: {country}", "伙伴与本方案：{country}"),
    "coord.method": (
        "From the coordination register: what the office has learned of the work of UN agencies, donors, NGOs, "
        "government bodies and national institutions in the country, with the programme's own projects, missions "
        "and trainings (closed work left out).",
        "D'après le registre de coordination : ce que le bureau sait des activités des organismes des Nations Unies, "
        "des donateurs, des ONG, des organes gouvernementaux et des institutions nationales dans le pays, avec les "
        "projets, missions et formations du programme (travaux clos exclus).",
        "Según el registro de coordinación: lo que la oficina sabe de las actividades de los organismos de las "
        "Naciones Unidas, los donantes, las ONG, los órganos gubernamentales y las instituciones nacionales en el "
        "país, con los proyectos, misiones y capacitaciones del programa (sin el trabajo cerrado).",
        "По данным реестра координации: что известно отделению о деятельности учреждений ООН, доноров, НПО, "
        "государственных органов и национальных учреждений в стране, а также проекты, миссии и учебные "
        "мероприятия самой программы (без завершённых).",
        "من سجل التنسيق: ما علمه المكتب عن أعمال وكالات الأمم المتحدة والجهات المانحة والمنظمات غير الحكومية "
        "والهيئات الحكومية والمؤسسات الوطنية في البلد، مع مشاريع البرنامج وبعثاته ودوراته التدريبية (باستثناء "
        "الأعمال المغلقة).",
        "来自协调登记册：本办事处所了解的联合国机构、捐助方、非政府组织、政府机构和国家机构在该国的工作，以及本方案"
        "自己的项目、特派团和培训（不含已结束的工作）。"),
    "coord.none": ("Nothing is recorded for this country.", "Rien n'est enregistré pour ce pays.",
                   "No hay nada registrado para este país.", "По этой стране ничего не записано.",
                   "لم يُسجَّل شيء لهذا البلد.", "该国没有任何记录。"),
    "coord.matrix": ("Thematic areas by actor", "Domaines thématiques par acteur", "Áreas temáticas por actor",
                     "Тематические области по участникам", "المجالات المواضيعية حسب الجهة الفاعلة",
                     "按行为方分列的专题领域"),
    "coord.theme": ("Thematic area", "Domaine thématique", "Área temática", "Тематическая область",
                    "المجال المواضيعي", "专题领域"),
    "coord.programme": ("This programme", "Ce programme", "Este programa", "Эта программа", "هذا البرنامج",
                        "本方案"),
    "coord.actors": ("Actors", "Acteurs", "Actores", "Участники", "الجهات الفاعلة", "行为方"),
    "coord.actor": ("Actor", "Acteur", "Actor", "Участник", "الجهة الفاعلة", "行为方"),
    "coord.name": ("Name", "Nom", "Nombre", "Название", "الاسم", "名称"),
    "coord.kind": ("Kind", "Type", "Tipo", "Тип", "النوع", "类型"),
    "coord.activities": ("Partners' activities", "Activités des partenaires", "Actividades de los asociados",
                         "Деятельность партнёров", "أنشطة الشركاء", "伙伴的活动"),
    "coord.activity": ("Activity", "Activité", "Actividad", "Деятельность", "النشاط", "活动"),
    "coord.stage": ("Stage", "État", "Estado", "Стадия", "المرحلة", "阶段"),
    "coord.period": ("Period", "Période", "Período", "Период", "الفترة", "期间"),
    "coord.amount": ("Amount", "Montant", "Monto", "Сумма", "المبلغ", "金额"),
    "coord.outcome": ("Cooperation framework outcome", "Effet du plan-cadre de coopération",
                      "Efecto del marco de cooperación", "Результат рамочной программы",
                      "نتيجة إطار التعاون", "合作框架成果"),
    "coord.source": ("Contact and source", "Contact et source", "Contacto y fuente", "Контакт и источник",
                     "جهة الاتصال والمصدر", "联系人和来源"),
    "table.partner": ("Partners", "Partenaires", "Asociados", "Партнёры", "الشركاء", "伙伴"),
    "table.partner_activity": ("Partner activities", "Activités des partenaires", "Actividades de los asociados",
                               "Деятельность партнёров", "أنشطة الشركاء", "伙伴的活动"),
    "req.ev.partner_activity": ("{text} ({stage}, coordination register)",
                                "{text} ({stage}, registre de coordination)",
                                "{text} ({stage}, registro de coordinación)",
                                "{text} ({stage}, реестр координации)",
                                "{text} ({stage}، سجل التنسيق)",
                                "{text}（{stage}，协调登记册）"),
}
LANGS = ("en", "fr", "es", "ru", "ar", "zh")
MARK = "# coordination register (tools/translations/coordination_report.py)"


def main() -> None:
    root = Path(__file__).resolve().parents[2]
    from app.vocabulary import words

    for n, lang in enumerate(LANGS):
        path = root / "app" / "reports" / "messages" / f"{lang}.py"
        text = path.read_text(encoding="utf-8")
        if MARK in text:
            print(f"{path.name}: already there", file=sys.stderr)
            continue
        entries = {key: values[n] for key, values in MESSAGES.items()}
        label = words(lang).get("enum.CriterionEvaluation.coordination")
        if label and lang != "en":  # the criterion's label cites the register now (app.vocabulary has it)
            entries["enum.CriterionEvaluation.coordination"] = label
        lines = [f"\n{MARK}\nMESSAGES.update({{"]
        lines += [f"    {key!r}: {value!r}," for key, value in entries.items()]
        lines.append("})\n")
        path.write_text(text.rstrip("\n") + "\n" + "\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
