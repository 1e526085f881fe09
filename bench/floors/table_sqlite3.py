"""A second floor for start-up (b): PySide6 and plain sqlite3 reading 50 participants into a table view."""

import sqlite3
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1000, 700)
view = QTableView()
window.setCentralWidget(view)
window.show()
print("window visible", flush=True)
conn = sqlite3.connect(sys.argv[1])
people = conn.execute("SELECT full_name, organisation, position FROM participant "
                      "ORDER BY full_name LIMIT 50").fetchall()
model = QStandardItemModel(len(people), 3)
for row, person in enumerate(people):
    for column, value in enumerate(person):
        model.setItem(row, column, QStandardItem(value))
view.setModel(model)
app.processEvents()
print("data shown", flush=True)
QTimer.singleShot(0, app.quit)
app.exec()
