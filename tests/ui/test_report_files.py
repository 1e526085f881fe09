"""Working copies of reports that earlier versions kept in the profile (reports are now shown from memory): folders
left by a session that crashed are removed at the next start while a running session's are kept."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import QLockFile

from app.ui.reports.files import previews_dir, remove_stale_sessions, safe_file_name


def test_a_crashed_sessions_copies_are_removed_at_the_next_start(tmp_path, qapp):
    crashed = previews_dir(tmp_path) / "crashed"
    crashed.mkdir(parents=True)
    (crashed / "report.pdf").write_bytes(b"%PDF-1.4 sensitive")
    # a process takes the session's lock and dies without giving it back
    code = textwrap.dedent(f"""
        import os
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(crashed / "session.lock")!r})
        lock.setStaleLockTime(0)
        assert lock.tryLock(0)
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", code], check=True)
    running = previews_dir(tmp_path) / "1-running"  # an older FieldDesk still running: its folder stays
    running.mkdir()
    lock = QLockFile(str(running / "session.lock"))
    assert lock.tryLock(0)
    assert remove_stale_sessions(tmp_path) == 1
    assert not crashed.exists() and running.is_dir()
    lock.unlock()


def test_a_session_of_this_process_is_never_swept_even_before_it_holds_its_lock(tmp_path, qapp):
    being_made = previews_dir(tmp_path) / f"{os.getpid()}-0123abcd"  # start-up sweeps on the worker meanwhile
    being_made.mkdir(parents=True)
    (being_made / "report.pdf").write_bytes(b"%PDF")
    left = previews_dir(tmp_path) / "4194303-deadbeef"  # another process's, without a lock
    left.mkdir()
    assert remove_stale_sessions(tmp_path) == 1
    assert being_made.exists() and not left.exists()


def test_file_names_offered_are_safe():
    assert (safe_file_name('Mission report \u2013 Visit: "Zenica" / Tuzla?')
            == "Mission report \u2013 Visit Zenica Tuzla")
    assert safe_file_name("...") == "report"
