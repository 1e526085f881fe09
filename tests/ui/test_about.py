"""Help > About: the version, FieldDesk's licence, where the data lives, and every bundled library and font with
its version and licence text (read from the installed metadata), in the interface language."""

from __future__ import annotations

import os
import re
import tomllib
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt
from uihelpers import choose_menu_action, settle

from app import __version__
from app.licences import components, dependency_closure, licence_text, licences_dir, normalise, text_key

ROOT = Path(__file__).resolve().parent.parent.parent
SCREENSHOTS = Path(os.environ.get("FIELDDESK_SCREENSHOTS", "")) if os.environ.get("FIELDDESK_SCREENSHOTS") else None


def rows(dialog) -> dict[str, list[str]]:
    model = dialog.model
    return {model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())}


def select(dialog, name: str) -> str:
    names = [item.name for item in dialog.model.rows]
    dialog.table.selectRow(names.index(name))
    return dialog.text.toPlainText()


def open_about(window, ctx, qtbot):
    choose_menu_action(qtbot, window, window.actions_.about)
    settle(qtbot, ctx)  # the components are read on the worker
    return window.about_dialog


def test_help_about_shows_the_version_the_data_folder_and_every_library_with_its_licence(open_window, qtbot):
    window, ctx = open_window("field")
    dialog = open_about(window, ctx, qtbot)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "About FieldDesk"
    assert __version__ in dialog.version_label.text()
    assert "MIT" in dialog.licence_label.text()
    assert str(ctx.fd.folder.path) in dialog.data_label.text()

    shown = rows(dialog)
    assert shown["FieldDesk"][:3] == ["FieldDesk", __version__, "MIT"]
    for dist in ("SQLAlchemy", "sqlmodel", "alembic", "reportlab", "openpyxl", "cryptography", "pyrage", "zstandard",
                 "msgspec", "pycountry", "platformdirs", "arabic_reshaper", "python-bidi", "PySide6_Essentials"):
        name = metadata.distribution(dist).metadata["Name"]
        assert shown[name][1] == metadata.version(dist), dist
        assert shown[name][2], f"{dist} shows no licence"
    assert "LGPL-3.0" in shown[metadata.distribution("PySide6_Essentials").metadata["Name"]][2]
    assert "MIT" in shown[metadata.distribution("SQLAlchemy").metadata["Name"]][2]
    assert "DejaVu Sans" in shown and "Python" in shown

    assert dialog.text.toPlainText() == (ROOT / "LICENSE").read_text(encoding="utf-8")  # FieldDesk, first row
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in select(
        dialog, metadata.distribution("PySide6_Essentials").metadata["Name"])
    assert "Permission is hereby granted" in select(dialog, metadata.distribution("SQLAlchemy").metadata["Name"])
    assert "Bitstream" in select(dialog, "DejaVu Sans")
    if SCREENSHOTS:
        dialog.table.selectRow(0)
        dialog.grab().save(str(SCREENSHOTS / "about.png"))
    dialog.close()
    assert open_about(window, ctx, qtbot) is dialog and dialog.isVisible()  # one dialog, shown again
    dialog.close()


def test_the_about_dialog_speaks_the_interface_language(open_window, qtbot):
    window, ctx = open_window("field", language="fr")
    dialog = open_about(window, ctx, qtbot)
    assert dialog.windowTitle() == "À propos de FieldDesk"
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Composant"
    assert dialog.version_label.text() == f"Version {__version__}"
    assert "logiciel libre sous licence MIT" in dialog.licence_label.text()
    assert "Bibliothèque" in {row[3] for row in rows(dialog).values()}
    if SCREENSHOTS:
        dialog.grab().save(str(SCREENSHOTS / "about-fr.png"))
    dialog.close()


def test_every_direct_dependency_ships_its_licence_text():
    """The packaged program shows these offline; packaging/collect_licences.py writes them."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    direct = [re.match(r"[A-Za-z0-9._-]+", dep).group(0) for dep in project["dependencies"]]
    missing = [name for name in direct if not (licences_dir() / f"{text_key(name)}.txt").is_file()]
    assert missing == [], "run packaging/collect_licences.py"
    assert (licences_dir() / "python.txt").is_file() and (licences_dir() / "qt.txt").is_file()


def test_every_component_has_a_licence_name_and_text():
    listed = components()
    assert [c.kind for c in listed[:2]] == ["application", "runtime"] and listed[-1].kind == "font"
    assert {normalise(d.metadata["Name"]) for d in dependency_closure()} <= {normalise(c.name) for c in listed}
    for component in listed:
        assert component.licence, component.name
        assert len(licence_text(component)) > 200, component.name


def test_the_app_icon_has_every_size():
    from app.ui.icons import ICON_SIZES, app_icon

    sizes = {size.width() for size in app_icon().availableSizes()}
    assert sizes == set(ICON_SIZES)
