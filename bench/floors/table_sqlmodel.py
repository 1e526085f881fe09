"""Floor for start-up (b): PySide6 and SQLModel reading 50 participants of a profile into a table view."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from sqlmodel import Field, Session, SQLModel, create_engine, select


class Participant(SQLModel, table=True):
    __tablename__ = "participant"
    id: str = Field(primary_key=True)
    full_name: str
    organisation: str
    position: str


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1000, 700)
view = QTableView()
window.setCentralWidget(view)
window.show()
print("window visible", flush=True)
engine = create_engine(f"sqlite:///{sys.argv[1]}")
with Session(engine) as session:
    people = session.exec(select(Participant).order_by(Participant.full_name).limit(50)).all()
model = QStandardItemModel(len(people), 3)
for row, person in enumerate(people):
    for column, value in enumerate((person.full_name, person.organisation, person.position)):
        model.setItem(row, column, QStandardItem(value))
view.setModel(model)
app.processEvents()
print("data shown", flush=True)
QTimer.singleShot(0, app.quit)
app.exec()
