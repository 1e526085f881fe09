"""GUI entry point: a QApplication, the profile (or the first-start choice), and the main window."""

from __future__ import annotations

import sys


def run_gui(args) -> int:
    from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMainWindow, QMessageBox

    from app.paths import resolve_profile_dir
    from app.services import FieldDesk
    from app.services.profile import ProfileFolder

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("FieldDesk")
    folder = resolve_profile_dir(args.profile)
    if not ProfileFolder(folder).exists():
        choice = QMessageBox.question(
            None, "FieldDesk", f"There is no profile in {folder} yet.\n\nCreate one with demo data?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        code, ok = QInputDialog.getText(None, "FieldDesk", "Office code (e.g. GT-01):")
        if not ok or not code.strip():
            return 0
        fd = FieldDesk.create(folder, office_code=code.strip(), office_name=code.strip())
        if choice == QMessageBox.StandardButton.Yes:
            from app.services.demo import load_demo

            load_demo(fd)
    else:
        fd = FieldDesk.open(folder)
    window = QMainWindow()
    window.setWindowTitle(f"FieldDesk - {fd.site.office} - {folder}")
    counts = fd.stats.record_counts()
    window.setCentralWidget(QLabel("\n".join(f"{k}: {v}" for k, v in counts.items())))
    window.resize(900, 600)
    window.show()
    if args.quit_when_idle:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    code = app.exec()
    fd.close()
    return code
