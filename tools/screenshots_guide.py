"""The user guide's pictures, in each of its languages (resources/guide/images/LANGUAGE/): English from the
screenshots of this run, the other languages shot again in theirs; and the screens of the guide itself and of the
reports offered from a record's editor (called by tools/screenshots.py). The pictures are scaled to the guide's width
and saved with at most 256 colours (a third of the size), only those the guide shows."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "resources" / "guide"
WIDTH = 620  # the guide's window shows a picture whole beside its contents
PICTURE = re.compile(r"\(images/(?P<language>[a-z]{2})/(?P<name>[\w-]+\.png)\)")


def pictures_named(language: str, guide: Path = GUIDE) -> set[str]:
    """The pictures the guide shows in ``language`` (images/LANGUAGE/NAME.png)."""
    text = (guide / f"{language}.md").read_text(encoding="utf-8")
    return {m["name"] for m in PICTURE.finditer(text) if m["language"] == language}


def few_colours(image: QImage) -> QImage:
    """The picture with its 256 commonest colours, each pixel the nearest of them (no dithering: flat screens)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(image.constBits())
    counts = Counter(data[n:n + 4] for n in range(0, len(data), 4))
    table = [int.from_bytes(colour, "little") | 0xFF000000 for colour, _ in counts.most_common(256)]
    return image.convertToFormat(QImage.Format.Format_Indexed8, table,
                                 Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither)


def guide_pictures(shots: dict[str, Path], guide: Path = GUIDE) -> list[Path]:
    """Scale each language's screenshots that its guide shows into images/LANGUAGE/; a picture nothing shows goes."""
    folder = guide / "images"
    wanted = {language: pictures_named(language, guide) for language in shots}
    for old in folder.rglob("*.png"):
        if old.parent.name not in wanted or old.name not in wanted[old.parent.name]:
            old.unlink()
    made = []
    for language, names in sorted(wanted.items()):
        (folder / language).mkdir(parents=True, exist_ok=True)
        for name in sorted(names):
            image = QImage(str(shots[language] / name))
            if image.isNull():
                raise SystemExit(f"the {language} guide shows images/{language}/{name}, but this run made no {name}")
            if image.width() > WIDTH:
                image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
            few_colours(image).save(str(folder / language / name), "PNG", 9)
            made.append(folder / language / name)
    return made


def guide_language_shots(app, profile: Path, scratch: Path, language: str, kit) -> Path:
    """The screens the guide shows, in ``language``, into a scratch folder (the full-size shots stay out of the
    repository; only the guide's scaled pictures are kept)."""
    from screenshots_safety import safety_screens
    from screenshots_sync import sync_screens

    shoot = kit.Shooter(scratch / f"guide-{language}")
    shoot.out.mkdir(parents=True, exist_ok=True)
    ctx = kit.open_context(app, profile, scratch / f"settings-guide-{language}.ini", language)
    for name, key, row, tab in (("missions", "missions", 0, None), ("training-attendance", "trainings", 3,
                                                                      "attendance")):
        window = kit.window_on(ctx, key)
        kit.select_row(ctx, window, row)
        if tab:
            kit.with_tab(ctx, window, getattr(window.current_page.editor, tab))
        shoot.save(window, name)
        window.close()
    kit.duplicate_screen(ctx, shoot)
    kit.report_screens(ctx, shoot)
    kit.import_screens(ctx, shoot, scratch)
    ctx.tasks.shutdown()
    ctx.close_files()
    ctx.fd.close()
    sync_screens(app, scratch, profile, shoot, kit.open_context, kit.window_on, kit.wait_idle, language,
                 frozenset({"sync"}))
    safety_screens(app, kit.translations_of(app), scratch, profile, shoot, kit.wait_idle, kit.pump, kit.SIZE,
                   language)
    kit.first_start_screens(app, scratch, shoot, language)
    return shoot.out


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
