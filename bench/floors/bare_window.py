"""Floor for start-up (a): a bare PySide6 program that opens an empty main window, then quits."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1000, 700)
window.show()
print("window visible", flush=True)
QTimer.singleShot(0, app.quit)
app.exec()
