"""Report texts of fellowships (the fellowships report, the fellowship certificate, the summary's lines) in the six
languages, appended to app/reports/messages/<lang>.py as one MESSAGES.update block by running this file once."""

from __future__ import annotations

from pathlib import Path

LANGS = ("en", "fr", "es", "ru", "ar", "zh")
M: dict[str, tuple[str, ...]] = {}


def add(key: str, *texts: str) -> None:
    M[key] = texts


add("table.fellowship", "Fellowships", "Bourses", "Becas", "Стипендии", "الزمالات", "研究金")
add("table.fellowship_objective", "Learning objectives", "Objectifs d'apprentissage", "Objetivos de aprendizaje",
    "Учебные цели", "أهداف التعلم", "学习目标")
add("table.fellowship_contact", "Follow-up contacts", "Contacts de suivi", "Contactos de seguimiento",
    "Последующие контакты", "اتصالات المتابعة", "后续联系")
add("fcert.title", "Fellowship certificate", "Certificat de bourse", "Certificado de beca", "Сертификат стипендиата",
    "شهادة زمالة", "研究金证书")
add("fcert.completed", "has completed a fellowship of the Human Rights Fellowship Programme",
    "a accompli une bourse du Programme de bourses pour les droits de l'homme",
    "ha completado una beca del Programa de Becas de Derechos Humanos",
    "завершил(а) стажировку по Программе стипендий в области прав человека",
    "أتمّ زمالة في إطار برنامج زمالات حقوق الإنسان", "已完成人权研究金方案的研究金项目")
add("fcert.completed_female", "has completed a fellowship of the Human Rights Fellowship Programme",
    "a accompli une bourse du Programme de bourses pour les droits de l'homme",
    "ha completado una beca del Programa de Becas de Derechos Humanos",
    "завершила стажировку по Программе стипендий в области прав человека",
    "أتمّت زمالة في إطار برنامج زمالات حقوق الإنسان", "已完成人权研究金方案的研究金项目")
add("fcert.completed_male", "has completed a fellowship of the Human Rights Fellowship Programme",
    "a accompli une bourse du Programme de bourses pour les droits de l'homme",
    "ha completado una beca del Programa de Becas de Derechos Humanos",
    "завершил стажировку по Программе стипендий в области прав человека",
    "أتمّ زمالة في إطار برنامج زمالات حقوق الإنسان", "已完成人权研究金方案的研究金项目")
add("fcert.hosted", "hosted by {host}", "accueillie par {host}", "acogida por {host}", "принимающая сторона: {host}",
    "باستضافة {host}", "接待方：{host}")
add("fcert.weeks_n", "{n} weeks", "{n} semaines", "{n} semanas", "недель: {n}", "{n} أسبوع", "{n} 周")
add("fcert.weeks_n.one", "{n} week", "{n} semaine", "{n} semana", "{n} неделя", "أسبوع واحد", "{n} 周")
add("fcert.not_completed",
    "This fellowship is {status}: a certificate is printed only for a completed fellowship.",
    "Cette bourse est au statut « {status} » : un certificat n'est imprimé que pour une bourse terminée.",
    "Esta beca está «{status}»: solo se imprime un certificado para una beca completada.",
    "Статус стипендии — «{status}»: сертификат печатается только для завершённой стипендии.",
    "حالة هذه الزمالة «{status}»: لا تُطبع الشهادة إلا لزمالة مكتملة.",
    "此研究金的状态为“{status}”：只有已完成的研究金才能打印证书。")
add("fcert.withdrawn",
    "The fellow withdrew from this fellowship: there is no certificate for a withdrawn fellowship.",
    "Le boursier s'est retiré de cette bourse : il n'y a pas de certificat pour une bourse abandonnée.",
    "El becario se retiró de esta beca: no hay certificado para una beca abandonada.",
    "Стипендиат выбыл: для прерванной стипендии сертификат не выдаётся.",
    "انسحب الزميل من هذه الزمالة: لا توجد شهادة لزمالة منسحب منها.",
    "该研究员已退出此研究金：已退出的研究金没有证书。")
add("fellowships.title", "Fellowships", "Bourses", "Becas", "Стипендии", "الزمالات", "研究金")
add("fellowships.all_cohorts", "All cohorts", "Toutes les promotions", "Todas las promociones", "Все наборы",
    "جميع الدفعات", "所有批次")
add("fellowships.none", "No fellowship is recorded.", "Aucune bourse n'est enregistrée.",
    "No hay ninguna beca registrada.", "Стипендии не записаны.", "لا توجد زمالة مسجلة.", "没有记录任何研究金。")
add("fellowships.counts", "{completed} completed, {in_placement} in placement, {selected} selected, {withdrawn} withdrawn.",
    "{completed} terminées, {in_placement} en stage, {selected} sélectionnées, {withdrawn} abandonnées.",
    "{completed} completadas, {in_placement} en pasantía, {selected} seleccionadas, {withdrawn} abandonadas.",
    "Завершено: {completed}; на стажировке: {in_placement}; отобрано: {selected}; выбыло: {withdrawn}.",
    "مكتملة: {completed}؛ في فترة التدريب: {in_placement}؛ تم اختيارها: {selected}؛ منسحب منها: {withdrawn}.",
    "已完成 {completed}，实习中 {in_placement}，已入选 {selected}，已退出 {withdrawn}。")
add("fellowships.fellow", "Fellow", "Boursier", "Becario", "Стипендиат", "الزميل", "研究员")
add("fellowships.host", "Host", "Accueil", "Acogida", "Принимающая сторона", "الجهة المضيفة", "接待方")
add("fellowships.placement", "Placement", "Stage", "Pasantía", "Стажировка", "فترة التدريب", "实习")
add("fellowships.weeks", "Weeks", "Semaines", "Semanas", "Недель", "الأسابيع", "周数")
add("fellowships.status", "Status", "Statut", "Estado", "Статус", "الحالة", "状态")
add("fellowships.objectives", "Objectives met", "Objectifs atteints", "Objetivos cumplidos", "Цели достигнуты",
    "الأهداف المحققة", "已实现目标")
add("fellowships.objectives_met", "{met} of {n}", "{met} sur {n}", "{met} de {n}", "{met} из {n}", "{met} من {n}",
    "{n} 项中 {met} 项")
add("fellowships.report", "Final report", "Rapport final", "Informe final", "Итоговый отчёт", "التقرير النهائي",
    "最终报告")
add("fellowships.not_received", "not received", "non reçu", "no recibido", "не получен", "لم يُستلم", "未收到")
add("fellowships.followup", "What the fellows did afterwards", "Ce que les boursiers ont fait ensuite",
    "Qué hicieron los becarios después", "Чем стипендиаты занялись после", "ما فعله الزملاء بعد ذلك",
    "研究员之后的情况")
add("fellowships.no_contact", "No follow-up contact yet.", "Aucun contact de suivi pour l'instant.",
    "Todavía no hay contactos de seguimiento.", "Последующих контактов пока не было.", "لا يوجد اتصال متابعة بعد.",
    "尚无后续联系。")
add("fellowships.date", "Date", "Date", "Fecha", "Дата", "التاريخ", "日期")
add("fellowships.channel", "Channel", "Moyen", "Medio", "Способ", "الوسيلة", "渠道")
add("fellowships.now", "What they do now", "Ce qu'il fait aujourd'hui", "Qué hace ahora", "Чем занимается сейчас",
    "ما يعمله الآن", "现在的工作")
add("fellowships.applies", "Applies what they learned", "Applique ce qu'il a appris", "Aplica lo aprendido",
    "Применяет знания", "يطبق ما تعلمه", "运用所学")
add("fellowships.note", "Note", "Note", "Nota", "Примечание", "ملاحظة", "备注")
add("summary.fellowships", "Fellowships", "Bourses", "Becas", "Стипендии", "الزمالات", "研究金")
add("summary.fellows_completed", "Fellows who completed their fellowship", "Boursiers ayant terminé leur bourse",
    "Becarios que completaron su beca", "Стипендиаты, завершившие стажировку", "الزملاء الذين أتموا زمالتهم",
    "完成研究金的研究员")
add("summary.fellows_applying",
    "At their latest follow-up contact, of the completed fellowships: {yes} apply what they learned, {partly} "
    "partly, {no} do not, {unknown} not known; {none} not contacted yet.",
    "Au dernier contact de suivi, parmi les bourses terminées : {yes} appliquent ce qu'ils ont appris, {partly} en "
    "partie, {no} non, {unknown} inconnu ; {none} pas encore contactés.",
    "En el último contacto de seguimiento, de las becas completadas: {yes} aplican lo aprendido, {partly} en parte, "
    "{no} no, {unknown} no se sabe; {none} aún sin contactar.",
    "По последнему контакту, из завершённых стипендий: применяют знания — {yes}, частично — {partly}, не "
    "применяют — {no}, неизвестно — {unknown}; ещё без контакта — {none}.",
    "في آخر اتصال متابعة، من الزمالات المكتملة: {yes} يطبقون ما تعلموه، و{partly} جزئيًا، و{no} لا يطبقونه، "
    "و{unknown} غير معروف؛ و{none} لم يُتصل بهم بعد.",
    "在最近一次后续联系中，已完成的研究金中：{yes} 人运用所学，{partly} 人部分运用，{no} 人未运用，{unknown} 人不详；"
    "{none} 人尚未联系。")

TABLE = {lang: {k: v[i] for k, v in M.items()} for i, lang in enumerate(LANGS)}


def apply(root: Path) -> None:
    for lang in LANGS:
        path = root / "app" / "reports" / "messages" / f"{lang}.py"
        text = path.read_text(encoding="utf-8")
        if "'fcert.title'" in text:
            continue
        body = "".join(f"    {k!r}: {v!r},\n" for k, v in TABLE[lang].items())
        path.write_text(text.rstrip() + "\n\n\n# Fellowships: the report, the certificate, the summary's lines.\n"
                        f"MESSAGES.update({{\n{body}}})\n", encoding="utf-8")


if __name__ == "__main__":
    apply(Path(__file__).resolve().parents[2])
