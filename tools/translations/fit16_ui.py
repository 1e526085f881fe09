"""Translations of issue 16's last screens (fr, es, ru, ar, zh): the filters waiting behind "More filters" above a list
with many (the recommendations').

``python tools/ts_insert.py tools/translations/fit16_ui.py`` inserts ``T``."""

from __future__ import annotations

T: dict = {}


def add(context: str, source: str, fr: str, es: str, ru: str, ar: str, zh: str) -> None:
    T[(context, source)] = {"fr": fr, "es": es, "ru": ru, "ar": ar, "zh": zh}


add("FilterBar", "More filters", "Plus de filtres", "Más filtros", "Ещё фильтры", "مزيد من عوامل التصفية",
    "更多筛选")
add("FilterBar", "More filters (%1 in use)", "Plus de filtres (%1 utilisés)", "Más filtros (%1 en uso)",
    "Ещё фильтры (используется: %1)", "مزيد من عوامل التصفية (%1 مستخدمة)", "更多筛选（%1 个正在使用）")
add("FilterBar", "Fewer filters", "Moins de filtres", "Menos filtros", "Меньше фильтров",
    "عوامل تصفية أقل", "更少筛选")
