"""A report window must not freeze: with "fit the width", QPdfView's vertical scroll bar could appear and vanish
forever (the page fits without it, not with it) and the window stopped answering. The case that froze is replayed in
a separate process (a frozen event loop cannot be interrupted from inside), with a time limit."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCENE = textwrap.dedent("""
    import sys
    sys.path.insert(0, "tools")
    from pathlib import Path
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication
    import screenshots as s


    class Flips(QObject):
        count = 0

        def eventFilter(self, _watched, event):
            if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
                Flips.count += 1
            return False


    app = QApplication([])
    scratch = Path(sys.argv[1])
    ctx = s.open_context(app, s.make_demo(scratch), scratch / "settings.ini", "en")
    window = s.window_on(ctx, "trainings")
    s.select_row(ctx, window, 3)
    dialog = window.current_page.editor.reports.open_report("attendance")
    flips = Flips()
    dialog.preview.view.verticalScrollBar().installEventFilter(flips)
    s.wait_for(dialog.preview.shown)
    s.pump(300)  # froze here
    print("pages", dialog.preview.page_count_shown(), "scroll bar shown or hidden", Flips.count)
    dialog.close()
    ctx.tasks.shutdown()
    ctx.close_files()
    ctx.fd.close()
""")


def test_the_report_window_settles_after_showing_a_report(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCENE, str(tmp_path)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    words = done.stdout.split()
    assert words[-8] == "pages" and int(words[-7]) >= 1  # shown (a sheet per working week: one or more pages)
    assert int(words[-1]) <= 2, "the scroll bar came and went: the layout never settled"
