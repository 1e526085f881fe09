"""The main pages on a 1366x768 field laptop (a maximised window: 1366x736) in Spanish and in Arabic, right to
left, into docs/screenshots/es/ and docs/screenshots/ar/, and at 125 % text size (Preferences > Text size) into
docs/screenshots/125/ (called by tools/screenshots.py). Each page shows its first record, so the editor beside the list
is seen in that language too. Kept to the main pages so the run stays short."""

from __future__ import annotations

from pathlib import Path

LAPTOP = (1366, 736)  # tests/ui/test_fit.py's SCREEN_AREA
LANGUAGES = ("es", "ar")
PAGES = (("dashboard", None), ("missions", 0), ("trainings", 3), ("participants", 2), ("recommendations", 0),
         ("projects", 0), ("fund", None), ("coordination", None))


TEXT_SIZES = (("125", "en", 125),)  # (folder, language, percent)


def language_screens(app, profile: Path, scratch: Path, shoot, open_context, wait_idle, select_row,
                     sized) -> list[Path]:
    made = []
    for language in LANGUAGES:
        made += laptop_screens(app, profile, scratch, shoot, open_context, wait_idle, select_row, sized, language,
                               language)
    return made


def text_size_screens(app, profile: Path, scratch: Path, shoot, open_context, wait_idle, select_row,
                      sized) -> list[Path]:
    """The main pages at a larger text size, as Preferences > Text size sets it; the size goes back to 100 % after."""
    from app.ui.settings.options import TEXT_SIZE
    from app.ui.settings.registry import Settings
    from app.ui.settings.text_size import apply_text_size

    made = []
    settings = Settings.in_file(scratch / "settings-text-size.ini")
    for folder, language, percent in TEXT_SIZES:
        settings.set(TEXT_SIZE, percent)
        apply_text_size(app, settings)
        try:
            made += laptop_screens(app, profile, scratch, shoot, open_context, wait_idle, select_row, sized, folder,
                                   language)
        finally:
            settings.set(TEXT_SIZE, 100)
            apply_text_size(app, settings)
    return made


def laptop_screens(app, profile: Path, scratch: Path, shoot, open_context, wait_idle, select_row, sized,
                   folder: str, language: str) -> list[Path]:
    from PySide6.QtCore import Qt

    from app.ui.shell.main_window import MainWindow

    made = []
    (shoot.out / folder).mkdir(parents=True, exist_ok=True)
    ctx = open_context(app, profile, scratch / f"settings-laptop-{folder}.ini", language)
    window = MainWindow(ctx, start_page=PAGES[0][0])
    window.show()
    wait_idle(ctx)  # the window places itself once the profile is open
    sized(window, LAPTOP)
    wait_idle(ctx)
    for key, row in PAGES:
        window.show_page(key)
        wait_idle(ctx)
        if row is not None:
            select_row(ctx, window, row)
        shoot.save(window, f"{folder}/{key}")
        made.append(shoot.out / folder / f"{key}.png")
    window.close()
    ctx.tasks.shutdown()
    ctx.close_files()
    ctx.fd.close()
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return made
