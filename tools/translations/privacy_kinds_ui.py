"""The subject access report in the report catalogue (app/reports/kinds.py): its description, and the Reports page's
participant field. Inserted with ``python tools/ts_insert.py tools/translations/privacy_kinds_ui.py``."""

T: dict = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


add("Reports", "Every field, activity, attendance, score and change recorded about one participant.",
    "Chaque champ, activité, présence, note et modification enregistrés au sujet d\u2019un participant.",
    "Cada campo, actividad, asistencia, puntuación y cambio registrados sobre un participante.",
    "Все поля, мероприятия, посещаемость, баллы и изменения, записанные об одном участнике.",
    "كل حقل ونشاط وحضور ودرجة وتغيير مسجَّل عن مشارك واحد.",
    "关于一名学员记录的每个字段、活动、出勤、分数和更改。")
add("Reports", "Everything held about this person",
    "Tout ce qui est conservé sur cette personne", "Todo lo que se conserva sobre esta persona",
    "Всё, что хранится об этом человеке", "كل ما هو محفوظ عن هذا الشخص", "关于此人保存的全部信息")
add("ReportsPage", "Participant", "Participant", "Participante", "Участник", "المشارك", "学员")
