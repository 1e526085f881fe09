"""A focus frame that can be seen from a metre away: the field, list or button that has the keyboard focus is
framed in the highlight colour. Every state draws a frame of the same width (transparent without the focus), so
nothing changes size, and nothing moves, when the focus arrives or leaves."""

FOCUS_STYLE = """
QLineEdit, QPlainTextEdit, QTextEdit {
    border: 2px solid palette(mid); border-radius: 3px; padding: 1px; background: palette(base);
}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus { border-color: palette(highlight); }
QLineEdit:read-only { background: palette(window); }
QAbstractItemView { border: 2px solid palette(mid); }
QAbstractItemView:focus { border-color: palette(highlight); }
QHeaderView { border: none; }  /* a header is an item view too: a frame would make it narrower than its table */
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus, QComboBox:focus, QAbstractSpinBox:focus,
QTabBar:focus {
    outline: 2px solid palette(highlight);
}
"""
