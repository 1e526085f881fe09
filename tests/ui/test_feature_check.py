"""PySide6's import hook asks of every new module whether it uses PySide6; FieldDesk answers it from the file's bytes
(``app/ui/feature_check.py``): the answers must be PySide6's own."""

from __future__ import annotations

import sys

import PySide6.QtCore  # the hook comes with PySide6

import app.models.base
import app.ui.main
import app.ui.shell.main_window
from app.ui.feature_check import quicker_feature_check


def test_the_quicker_check_answers_as_pyside6_does():
    feature = sys.modules["shibokensupport.feature"]
    installed = feature._mod_uses_pyside
    original = getattr(installed, "original", installed)  # PySide6's own, should a GUI test have installed ours
    feature._mod_uses_pyside = original
    try:
        assert quicker_feature_check()
        quicker = feature._mod_uses_pyside
        assert quicker is not original and quicker_feature_check() and feature._mod_uses_pyside is quicker
        modules = [app.ui.shell.main_window, app.ui.main, app.models.base, sys, PySide6.QtCore]
        answers = [quicker(module) for module in modules]
        assert answers == [original(module) for module in modules]
        assert answers[:3] == [True, True, False]  # a page, the GUI's start, a Qt-free model
    finally:
        feature._mod_uses_pyside = installed
