"""Translations of the review's leftovers of issues 16 and 17 (fr, es, ru, ar, zh): where an office's Board and Fund
come from, where grants are added, and the other texts of that round."""

T = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


add("RecordEditor", "Kept by headquarters; it arrives with headquarters' bundles.",
    "Tenu par le siège ; il arrive avec les lots du siège.",
    "Lo lleva la sede; llega con los paquetes de la sede.",
    "Ведётся штаб-квартирой; поступает с пакетами из штаб-квартиры.",
    "يتولاه المقر؛ ويصل مع الحزم الواردة من المقر.",
    "由总部维护；随总部的数据包送达。")
add("Grants", "Grants are added on a project's Grants tab: open the project on the Projects page. Enter or a "
              "double-click here opens a grant there.",
    "Les subventions s'ajoutent dans l'onglet Subventions d'un projet : ouvrez le projet sur la page Projets. "
    "Entrée ou un double-clic ici y ouvre une subvention.",
    "Las subvenciones se añaden en la pestaña Subvenciones de un proyecto: abra el proyecto en la página Proyectos. "
    "Intro o un doble clic aquí abre allí una subvención.",
    "Гранты добавляются на вкладке «Гранты» проекта: откройте проект на странице «Проекты». Enter или двойной "
    "щелчок здесь открывает там грант.",
    "تُضاف المنح في علامة التبويب «المنح» الخاصة بالمشروع: افتح المشروع في صفحة «المشاريع». يؤدي الضغط على Enter "
    "أو النقر المزدوج هنا إلى فتح المنحة هناك.",
    "赠款在项目的“赠款”选项卡中添加：请在“项目”页面打开该项目。在此按 Enter 或双击即可在那里打开赠款。")
