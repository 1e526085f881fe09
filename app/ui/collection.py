"""Python's cycle collector, paused while FieldDesk starts.

Start-up makes several hundred thousand objects that live as long as the program (Qt's bindings, SQLAlchemy,
pydantic, the models). The collector runs every few hundred allocations and, as the heap grows, scans them again and
again: about 65 ms of a 0.57 s start on the large profile (measured with and without it, `bench/README.md`). So it
waits until the first screen shows its data (or a few seconds at most, or a dialog that waits for the user); then
the start-up's garbage is collected once, at a moment of our choosing (the collector's first run would scan all
those objects anyway), and the collector runs as usual. Nothing is frozen: windows made at start-up are replaced
later (a new language, a restored backup) and must still be collected. Qt-free, so that it can start before Qt.
"""

from __future__ import annotations

import gc


class StartupCollection:
    def __init__(self) -> None:
        self.paused = False

    def pause(self) -> None:
        if gc.isenabled():
            gc.disable()
            self.paused = True

    def resume(self) -> None:
        if self.paused:
            self.paused = False
            gc.enable()
            gc.collect()
