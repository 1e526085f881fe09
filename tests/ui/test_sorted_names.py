"""A list sorted by a column the reader sees as translated names (a country, a status) is in the order of those names
in the interface language, with its collation: not in the order of the English names, nor of the characters' codes
("Égypte" between "Allemagne" and "Espagne" in French). A click on the column's header, as a person sorts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from app.services.store.seed import country_id

# Germany, Egypt, Spain: English order Egypt, Germany, Spain
SORTED = {"fr": ["Allemagne", "Égypte", "Espagne"], "es": ["Alemania", "Egipto", "España"],
          "ru": ["Германия", "Египет", "Испания"]}


@pytest.mark.parametrize("language", sorted(SORTED))
def test_a_list_sorted_by_country_follows_the_names_shown_in_the_language(open_window, field_profile, qtbot,
                                                                           language):
    from app.services import FieldDesk

    with FieldDesk.open(field_profile) as fd:
        for name, code in (("Ana", "EG"), ("Luz", "DE"), ("Rosa", "ES")):
            fd.participants.create({"full_name": name, "country_id": country_id(code)})
    window, ctx = open_window(field_profile, "participants", language)
    page = window.current_page
    view, model = page.panel.view, page.panel.view.model()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    column = next(n for n, c in enumerate(page.panel.model.columns) if c.key == "country_id")
    header = view.horizontalHeader()
    assert not header.isSectionHidden(column)
    shown = lambda: [model.index(row, column).data() for row in range(3)]  # noqa: E731
    title = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title)
    qtbot.waitUntil(lambda: shown() in (SORTED[language], SORTED[language][::-1]), timeout=10000)
    if shown() != SORTED[language]:  # the first click sorted downwards: a second sorts upwards
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title)
        qtbot.waitUntil(lambda: shown() == SORTED[language], timeout=10000)
