"""The installed Qt binding keeps Python's reference counts straight when signals are emitted from Python (PySide6
6.12.0 does not: each emit() takes a reference from True, and Python 3.11 aborts once none are left)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import gc, sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Probe(QObject):
    fired = Signal(bool)
probe = Probe()
probe.fired.connect(lambda value: None)
gc.collect()
before = sys.getrefcount(True)
for _ in range(100):
    probe.fired.emit(True)
gc.collect()
print(sys.getrefcount(True) - before)
"""


def test_emitting_signals_from_python_keeps_reference_counts():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) >= 0, "this PySide6 loses a reference to True on every emit (see pyproject.toml)"
