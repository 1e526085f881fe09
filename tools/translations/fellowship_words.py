"""The data words of fellowships (enum labels, field titles, problems) in the six languages, added to
app/vocabulary/<lang>.py by running this file once (entries already there are left as they are)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

LANGS = ("en", "fr", "es", "ru", "ar", "zh")
W: dict[str, tuple[str, ...]] = {}


def add(key: str, *texts: str) -> None:
    W[key] = texts


add("enum.FellowshipStatus.selected", "Selected", "Sélectionné", "Seleccionado", "Отобран", "تم اختياره", "已入选")
add("enum.FellowshipStatus.in_placement", "In placement", "En stage", "En pasantía", "На стажировке", "في فترة التدريب",
    "实习中")
add("enum.FellowshipStatus.completed", "Completed", "Terminée", "Completada", "Завершена", "مكتملة", "已完成")
add("enum.FellowshipStatus.withdrawn", "Withdrawn", "Retiré", "Retirado", "Выбыл", "انسحب", "已退出")
add("enum.ObjectiveMet.not_assessed", "Not assessed yet", "Pas encore évalué", "Aún no evaluado", "Ещё не оценено",
    "لم يقيَّم بعد", "尚未评估")
add("enum.ObjectiveMet.yes", "Met", "Atteint", "Cumplido", "Достигнута", "تحقق", "已实现")
add("enum.ObjectiveMet.partly", "Partly met", "Partiellement atteint", "Cumplido en parte", "Достигнута частично",
    "تحقق جزئيًا", "部分实现")
add("enum.ObjectiveMet.no", "Not met", "Non atteint", "No cumplido", "Не достигнута", "لم يتحقق", "未实现")
add("enum.ContactChannel.in_person", "In person", "En personne", "En persona", "Лично", "شخصيًا", "当面")
add("enum.ContactChannel.phone", "Telephone", "Téléphone", "Teléfono", "Телефон", "الهاتف", "电话")
add("enum.ContactChannel.email", "E-mail", "Courriel", "Correo electrónico", "Электронная почта",
    "البريد الإلكتروني", "电子邮件")
add("enum.ContactChannel.video", "Video call", "Visioconférence", "Videollamada", "Видеозвонок", "مكالمة فيديو",
    "视频通话")
add("enum.ContactChannel.other", "Other", "Autre", "Otro", "Другое", "أخرى", "其他")
add("enum.AppliesLearning.yes", "Yes", "Oui", "Sí", "Да", "نعم", "是")
add("enum.AppliesLearning.partly", "Partly", "En partie", "En parte", "Частично", "جزئيًا", "部分")
add("enum.AppliesLearning.no", "No", "Non", "No", "Нет", "لا", "否")
add("enum.AppliesLearning.unknown", "Not known", "Inconnu", "No se sabe", "Неизвестно", "غير معروف", "不详")
add("field.fellowship.participant_id", "Fellow", "Boursier", "Becario", "Стипендиат", "الزميل", "研究员")
add("field.fellowship_id", "Fellowship", "Bourse", "Beca", "Стипендия", "الزمالة", "研究金")
add("field.cohort", "Cohort", "Promotion", "Promoción", "Набор", "الدفعة", "批次")
add("field.host", "Host office or institution", "Bureau ou institution d'accueil", "Oficina o institución de acogida",
    "Принимающее отделение или учреждение", "المكتب أو المؤسسة المضيفة", "接待办事处或机构")
add("field.placement_start", "Placement start", "Début du stage", "Inicio de la pasantía", "Начало стажировки",
    "بداية فترة التدريب", "实习开始")
add("field.placement_end", "Placement end", "Fin du stage", "Fin de la pasantía", "Окончание стажировки",
    "نهاية فترة التدريب", "实习结束")
add("field.report_received", "Final report received", "Rapport final reçu le", "Informe final recibido el",
    "Итоговый отчёт получен", "تاريخ استلام التقرير النهائي", "最终报告收到日期")
add("field.report_summary", "Final report summary", "Résumé du rapport final", "Resumen del informe final",
    "Краткое содержание итогового отчёта", "ملخص التقرير النهائي", "最终报告摘要")
add("field.objective", "Learning objective", "Objectif d'apprentissage", "Objetivo de aprendizaje", "Учебная цель",
    "هدف التعلم", "学习目标")
add("field.met", "Met", "Atteint", "Cumplido", "Достигнута", "تحقق", "是否实现")
add("field.contact_date", "Date", "Date", "Fecha", "Дата", "التاريخ", "日期")
add("field.channel", "Channel", "Moyen", "Medio", "Способ связи", "وسيلة الاتصال", "渠道")
add("field.current_role", "What they do now", "Ce qu'il fait aujourd'hui", "Qué hace ahora", "Чем занимается сейчас",
    "ما يعمله الآن", "现在的工作")
add("field.applies", "Applies what they learned", "Applique ce qu'il a appris", "Aplica lo aprendido",
    "Применяет полученные знания", "يطبق ما تعلمه", "运用所学")
add("problem.placement_too_long", "A placement can last at most {days} days.",
    "Un stage peut durer au plus {days} jours.", "Una pasantía puede durar como máximo {days} días.",
    "Стажировка может длиться не более {days} дней.", "لا يمكن أن تتجاوز فترة التدريب {days} يومًا.",
    "实习最多可持续 {days} 天。")
add("problem.placement_needs_start", "A fellowship in placement or completed needs the placement's start date.",
    "Une bourse en stage ou terminée doit avoir la date de début du stage.",
    "Una beca en pasantía o completada necesita la fecha de inicio de la pasantía.",
    "Для стипендии на стажировке или завершённой нужна дата начала стажировки.",
    "تحتاج الزمالة الجارية أو المكتملة إلى تاريخ بداية فترة التدريب.",
    "实习中或已完成的研究金需要实习开始日期。")
add("problem.completed_needs_end", "A completed fellowship needs the placement's end date.",
    "Une bourse terminée doit avoir la date de fin du stage.",
    "Una beca completada necesita la fecha de fin de la pasantía.",
    "Для завершённой стипендии нужна дата окончания стажировки.",
    "تحتاج الزمالة المكتملة إلى تاريخ نهاية فترة التدريب.",
    "已完成的研究金需要实习结束日期。")
add("problem.completed_needs_report", "A completed fellowship needs the date its final report was received.",
    "Une bourse terminée doit avoir la date de réception de son rapport final.",
    "Una beca completada necesita la fecha en que se recibió su informe final.",
    "Для завершённой стипендии нужна дата получения итогового отчёта.",
    "تحتاج الزمالة المكتملة إلى تاريخ استلام تقريرها النهائي.",
    "已完成的研究金需要最终报告的收到日期。")
add("problem.report_before_placement", "The final report cannot be received before the placement starts.",
    "Le rapport final ne peut pas être reçu avant le début du stage.",
    "El informe final no puede recibirse antes del inicio de la pasantía.",
    "Итоговый отчёт не может быть получен до начала стажировки.",
    "لا يمكن استلام التقرير النهائي قبل بداية فترة التدريب.",
    "最终报告不能早于实习开始日期收到。")
add("problem.fellow_in_cohort", "This person is already a fellow of the cohort “{cohort}”.",
    "Cette personne est déjà boursière de la promotion « {cohort} ».",
    "Esta persona ya es becaria de la promoción «{cohort}».",
    "Этот человек уже стипендиат набора «{cohort}».",
    "هذا الشخص زميل بالفعل في الدفعة «{cohort}».",
    "此人已是“{cohort}”批次的研究员。")

TABLE = {lang: {k: v[i] for k, v in W.items()} for i, lang in enumerate(LANGS)}


def apply(root: Path) -> int:
    added = 0
    for lang in LANGS:
        path = root / "app" / "vocabulary" / f"{lang}.py"
        text = path.read_text(encoding="utf-8")
        from app import vocabulary

        present = vocabulary.words(lang)
        lines = [f" {k!r}: {v!r}" for k, v in TABLE[lang].items()
                 if k not in present and not (lang == "en" and k.startswith(("enum.", "field.")) and k != "field.fellowship.participant_id" and k != "field.fellowship_id")]
        if not lines:
            continue
        text = re.sub(r"\}\s*$", ",\n" + ",\n".join(lines) + "}\n", text.rstrip())
        path.write_text(text, encoding="utf-8")
        added += len(lines)
    return added


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    print(apply(Path(__file__).resolve().parents[2]), "entries added")
