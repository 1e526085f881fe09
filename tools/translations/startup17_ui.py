"""Translations (fr, es, ru, ar, zh) of the keys that switch tabs, as Help > Keyboard shortcuts lists them."""

T = {
    ("Shortcuts", "Next or previous tab"): {
        "fr": "Onglet suivant ou précédent", "es": "Pestaña siguiente o anterior",
        "ru": "Следующая или предыдущая вкладка", "ar": "علامة التبويب التالية أو السابقة",
        "zh": "下一个或上一个标签页"},
}
