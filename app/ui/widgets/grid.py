"""The one editable grid every sheet of cells uses (scores, attendance...), typed into as a spreadsheet is.

Typing starts editing the current cell; Enter and Tab save it and move to the next cell that can be changed, in
reading order (visual columns, so right to left in Arabic), Shift+Tab back; Esc cancels the cell; Delete clears it.
Numbers are read and shown in the locale's format. Ctrl+V pastes a column (or a block) copied from a spreadsheet
into the cells from the current one down. A value the cell cannot take is named on ``problem`` and changes nothing.

A model says what a cell accepts with ``cell_problem(index, text)`` (an empty string when the text is fine), and
takes typed text through ``setData(index, text, EditRole)``. A check box cell (attendance) takes the space bar, or
1 / x / + for checked, 0 / - for unchecked, and Delete for "not recorded" where it has a third state.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
)

translate = QCoreApplication.translate
Hint = QAbstractItemDelegate.EndEditHint

CHECKED_KEYS = {"1", "x", "X", "+", "*"}
UNCHECKED_KEYS = {"0", "-"}
MOVE_KEYS = {Qt.Key.Key_Tab: Hint.EditNextItem, Qt.Key.Key_Return: Hint.EditNextItem,
             Qt.Key.Key_Enter: Hint.EditNextItem, Qt.Key.Key_Backtab: Hint.EditPreviousItem}


def parse_number(text: str, low: float, high: float, decimals: int = 0) -> tuple[float | None, str]:
    """A number typed in the locale's format (or with a point); ``(None, "")`` for an empty text, and a message
    instead of a value when the text is no number in range."""
    text = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if not text:
        return None, ""
    value, ok = QLocale().toDouble(text)
    if not ok:
        value, ok = QLocale.c().toDouble(text)
    if ok and decimals == 0 and not float(value).is_integer():
        ok = False
    if not ok or not low <= value <= high:
        if decimals == 0:
            message = translate("Grid", "Type a whole number from %1 to %2.")
        else:
            message = translate("Grid", "Type a number from %1 to %2.")
        locale = QLocale()
        return None, message.replace("%1", locale.toString(int(low))).replace("%2", locale.toString(int(high)))
    return round(value, decimals) if decimals else value, ""


def is_changeable(index: QModelIndex) -> bool:
    flags = index.flags()
    return bool(flags & Qt.ItemFlag.ItemIsEnabled) and bool(
        flags & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable))


class CellEditor(QLineEdit):
    """The line a cell is typed in. A window's shortcut pressed while it is open (Ctrl+S) gives the cell its text
    first (``TextFieldShortcuts`` calls ``commit_typing``), so what was typed is saved, not lost."""

    def __init__(self, delegate: GridDelegate, parent):
        super().__init__(parent)
        self.delegate = delegate

    def commit_typing(self) -> None:
        self.delegate.commitData.emit(self)
        self.delegate.closeEditor.emit(self, Hint.NoHint)


class GridDelegate(QStyledItemDelegate):
    """A line of text over the cell: what the model shows is what is edited."""

    def createEditor(self, parent, option, index):
        editor = CellEditor(self, parent)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        title = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        if title:
            editor.setAccessibleName(str(title))
        return editor

    def setEditorData(self, editor, index):
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor, model, index):
        grid = self.parent()
        grid.put_text(index, editor.text())

    def eventFilter(self, editor, event):
        if event.type() == QEvent.Type.KeyPress and event.key() in MOVE_KEYS and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, MOVE_KEYS[event.key()])
            return True
        return super().eventFilter(editor, event)


class EditableGrid(QTableView):
    problem = Signal(str)  # why a typed or pasted value was not taken; "" once a value was

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(GridDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(True)

    def reset(self):
        # A model read again from scratch closes the cell being typed in; Qt would hand the focus to the next widget
        # of the window (the search box took the next digits). The grid keeps it.
        focus = QApplication.focusWidget()
        had_focus = focus is not None and (focus is self or self.isAncestorOf(focus))
        super().reset()
        if had_focus:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def event(self, event):
        # In a grid Delete means the cell, never the record: the window's Delete shortcut would otherwise take the
        # key, and on a cell that cannot change (a name, a total) it asked to delete the whole activity.
        if (event.type() == QEvent.Type.ShortcutOverride and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            event.accept()
            return True
        return super().event(event)

    # ------------------------------------------------------------ values
    def put_text(self, index: QModelIndex, text: str) -> bool:
        model = self.model()
        check = getattr(model, "cell_problem", None)
        message = check(index, text) if check else ""
        if message:
            self.problem.emit(message)
            return False
        self.problem.emit("")
        return model.setData(index, text, Qt.ItemDataRole.EditRole)

    def paste(self) -> None:
        """A block copied from a spreadsheet (lines of tab-separated cells) from the current cell down and across,
        over the cells that can be typed in."""
        text = QGuiApplication.clipboard().text()
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        while lines and not lines[-1].strip():
            lines.pop()
        current = self.currentIndex()
        if not lines or not current.isValid():
            return
        model, header = self.model(), self.horizontalHeader()
        start = header.visualIndex(current.column())
        batch = getattr(model, "batch", None)
        if batch is not None:
            batch(True)
        try:
            for offset, line in enumerate(lines):
                row = current.row() + offset
                if row >= model.rowCount():
                    break
                for step, cell in enumerate(line.split("\t")):
                    column = header.logicalIndex(start + step)
                    index = model.index(row, column)
                    if column < 0 or not index.flags() & Qt.ItemFlag.ItemIsEditable:
                        continue
                    self.put_text(index, cell)
        finally:
            if batch is not None:
                batch(False)

    # --------------------------------------------------------- moving
    def changeable_after(self, index: QModelIndex, step: int) -> QModelIndex:
        """The next (step 1) or previous (-1) cell that can be changed, in reading order."""
        model, header = self.model(), self.horizontalHeader()
        columns = [header.logicalIndex(v) for v in range(header.count())]
        columns = [c for c in columns if not header.isSectionHidden(c)]
        cells = [(r, c) for r in range(model.rowCount()) for c in columns]
        if not cells:
            return QModelIndex()
        if index.isValid() and (index.row(), index.column()) in cells:
            position = cells.index((index.row(), index.column())) + step
        else:
            position = 0 if step > 0 else len(cells) - 1
        while 0 <= position < len(cells):
            candidate = model.index(*cells[position])
            if is_changeable(candidate):
                return candidate
            position += step
        return QModelIndex()

    def moveCursor(self, action, modifiers):
        Action = QAbstractItemView.CursorAction
        if action in (Action.MoveNext, Action.MovePrevious):
            return self.changeable_after(self.currentIndex(), 1 if action == Action.MoveNext else -1)
        return super().moveCursor(action, modifiers)

    def closeEditor(self, editor, hint):
        if hint in (Hint.EditNextItem, Hint.EditPreviousItem):
            # move without opening the next cell's editor: typing opens it, as in a spreadsheet
            super().closeEditor(editor, Hint.NoHint)
            target = self.changeable_after(self.currentIndex(), 1 if hint == Hint.EditNextItem else -1)
            if target.isValid():
                self.setCurrentIndex(target)
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            event.accept()
            return
        current = self.currentIndex()
        key, plain = event.key(), not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                                          | Qt.KeyboardModifier.AltModifier))
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState:
            target = self.changeable_after(current, -1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                                           else 1)
            if target.isValid():
                self.setCurrentIndex(target)
            event.accept()
            return
        if current.isValid() and plain and self._key_on_cell(current, event):
            event.accept()
            return
        if plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            event.accept()  # a cell that cannot change: nothing to clear
            return
        super().keyPressEvent(event)

    def _key_on_cell(self, index: QModelIndex, event) -> bool:
        flags, key, text = index.flags(), event.key(), event.text()
        model = self.model()
        if flags & Qt.ItemFlag.ItemIsUserCheckable and not flags & Qt.ItemFlag.ItemIsEditable:
            state = None
            if text in CHECKED_KEYS:
                state = Qt.CheckState.Checked
            elif text in UNCHECKED_KEYS:
                state = Qt.CheckState.Unchecked
            elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                state = (Qt.CheckState.PartiallyChecked if flags & Qt.ItemFlag.ItemIsUserTristate
                         else Qt.CheckState.Unchecked)
            if state is None:
                return False
            model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)
            return True
        if flags & Qt.ItemFlag.ItemIsEditable and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.put_text(index, "")
            return True
        return False
