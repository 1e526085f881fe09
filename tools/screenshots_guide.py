"""The user guide's pictures (resources/guide/images/), made from the screenshots of this run, and the screens of the
guide itself and of the reports offered from a record's editor (called by tools/screenshots.py)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "resources" / "guide"
WIDTH = 620  # the guide's window shows a picture whole beside its contents


def pictures_named(guide: Path = GUIDE) -> set[str]:
    """The pictures the guide's languages show (images/NAME.png)."""
    return {name for path in guide.glob("*.md")
            for name in re.findall(r"\(images/([\w-]+\.png)\)", path.read_text(encoding="utf-8"))}


def guide_pictures(shots: Path, guide: Path = GUIDE) -> list[Path]:
    """Scale this run's screenshots that the guide shows into its images folder; an old picture nothing shows goes."""
    folder = guide / "images"
    folder.mkdir(parents=True, exist_ok=True)
    wanted = pictures_named(guide)
    for old in folder.glob("*.png"):
        if old.name not in wanted:
            old.unlink()
    made = []
    for name in sorted(wanted):
        image = QImage(str(shots / name))
        if image.isNull():
            raise SystemExit(f"the guide shows images/{name}, but this run made no {name}")
        if image.width() > WIDTH:
            image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
        image.save(str(folder / name), "PNG", 9)
        made.append(folder / name)
    return made


def help_screen(ctx, shoot, window_on, wait_idle) -> None:
    """The guide opened with F1 on the Sync page (after ``guide_pictures``, so it shows this run's pictures)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = window_on(ctx, "sync")
    QTest.keyClick(window, Qt.Key.Key_F1)
    wait_idle(ctx)
    dialog = window.help_window
    shoot.save(dialog, "help")
    dialog.close()
    window.close()


def record_report_screen(ctx, shoot, window_on, wait_idle, wait_for) -> None:
    """A project's progress report, opened from the project's editor."""
    window = window_on(ctx, "projects")
    page = window.current_page
    page.panel.view.setCurrentIndex(page.panel.proxy.index(0, 0))
    wait_idle(ctx)
    dialog = page.editor.reports.open_report("project")
    wait_for(dialog.preview.shown)
    wait_idle(ctx)
    shoot.save(dialog, "report-window-project")
    dialog.close()
    window.close()
