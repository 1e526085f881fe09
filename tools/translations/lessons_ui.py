"""Translations of the Lessons page (fr, es, ru, ar, zh): findings, evaluation lessons and follow-up notes searched
together."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


TEXTS = T

add("Pages", "Lessons", "Enseignements", "Lecciones", "Уроки", "الدروس المستفادة", "经验教训")
C = "Lessons"
add(C, "Lessons", "Enseignements", "Lecciones", "Уроки", "الدروس المستفادة", "经验教训")
add(C, "Mission finding", "Constat de mission", "Hallazgo de misión", "Вывод миссии", "استنتاج البعثة", "任务调查结果")
add(C, "Evaluation", "Évaluation", "Evaluación", "Оценка", "تقييم", "评估")
add(C, "Follow-up note", "Note de suivi", "Nota de seguimiento", "Заметка о выполнении", "ملاحظة متابعة", "后续说明")
add(C, "Search findings, lessons and notes", "Rechercher constats, enseignements et notes",
    "Buscar hallazgos, lecciones y notas", "Поиск выводов, уроков и заметок", "ابحث في الاستنتاجات والدروس والملاحظات",
    "搜索调查结果、经验教训和说明")
add(C, "Search lessons", "Rechercher les enseignements", "Buscar lecciones", "Поиск уроков", "البحث في الدروس",
    "搜索经验教训")
add(C, "Country", "Pays", "País", "Страна", "البلد", "国家")
add(C, "Thematic area", "Domaine thématique", "Área temática", "Тематическая область", "المجال المواضيعي", "专题领域")
add(C, "Year", "Année", "Año", "Год", "السنة", "年份")
add(C, "Date", "Date", "Fecha", "Дата", "التاريخ", "日期")
add(C, "Kind", "Type", "Tipo", "Вид", "النوع", "类型")
add(C, "Text", "Texte", "Texto", "Текст", "النص", "内容")
add(C, "From", "Source", "Origen", "Источник", "المصدر", "来源")
add(C, "Lessons found", "Enseignements trouvés", "Lecciones encontradas", "Найденные уроки", "الدروس التي عُثر عليها",
    "找到的经验教训")
add(C, "All countries", "Tous les pays", "Todos los países", "Все страны", "كل البلدان", "所有国家")
add(C, "All thematic areas", "Tous les domaines", "Todas las áreas", "Все области", "كل المجالات", "所有专题领域")
add(C, "All years", "Toutes les années", "Todos los años", "Все годы", "كل السنوات", "所有年份")
add(C, "%1 found", "%1 trouvé(s)", "%1 encontrados", "Найдено: %1", "عُثر على %1", "找到 %1 条")
add(C, "Lessons from before", "Enseignements antérieurs", "Lecciones anteriores", "Прежние уроки",
    "دروس سابقة", "以往的经验教训")
add(C, "Once saved, the lessons recorded for the same country and thematic areas show here.",
    "Une fois la fiche enregistrée, les enseignements du même pays et des mêmes domaines s’affichent ici.",
    "Una vez guardado, aquí se muestran las lecciones del mismo país y las mismas áreas temáticas.",
    "После сохранения здесь появятся уроки по той же стране и тем же тематическим областям.",
    "بعد الحفظ، تظهر هنا الدروس المسجلة للبلد نفسه والمجالات المواضيعية نفسها.",
    "保存后，此处将显示同一国家和专题领域的经验教训。")
add(C, "Lessons recorded for the same country and thematic areas: %1",
    "Enseignements du même pays et des mêmes domaines : %1",
    "Lecciones del mismo país y las mismas áreas temáticas: %1",
    "Уроки по той же стране и тематическим областям: %1",
    "الدروس المسجلة للبلد نفسه والمجالات المواضيعية نفسها: %1",
    "同一国家和专题领域的经验教训：%1")
