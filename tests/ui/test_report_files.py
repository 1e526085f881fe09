"""Working copies of reports: inside the profile, removed when given back (but not while a print or a copy still
reads them), the session's folder removed at the end, and folders left by a session that crashed removed at the
next start while a running session's are kept."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from app.ui.reports.files import ReportFiles, previews_dir, remove_stale_sessions, safe_file_name


def test_files_are_removed_when_given_back_and_with_the_session(tmp_path, qapp):
    files = ReportFiles(tmp_path)
    first, second = files.new_path("mission"), files.new_path("training")
    assert first.parent == files.folder and files.folder.parent == previews_dir(tmp_path)
    assert (files.folder.stat().st_mode & 0o777) == 0o700  # only this user
    first.write_bytes(b"%PDF-1.4")
    second.write_bytes(b"%PDF-1.4")
    files.hold(first)  # a print job still reads it
    files.discard(first)
    assert first.exists()
    files.release(first)
    assert not first.exists()
    files.close()
    assert not previews_dir(tmp_path).exists()  # nothing left behind, not even the empty folder


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
    running = ReportFiles(tmp_path)  # this session is alive: its folder stays when another sweeps
    running.new_path("x").write_bytes(b"%PDF")
    assert not crashed.exists()
    assert remove_stale_sessions(tmp_path) == 0 and len(running.files()) == 1
    running.close()


def test_a_session_of_this_process_is_never_swept_even_before_it_holds_its_lock(tmp_path, qapp):
    being_made = previews_dir(tmp_path) / f"{os.getpid()}-0123abcd"  # start-up sweeps on the worker meanwhile
    being_made.mkdir(parents=True)
    (being_made / "report.pdf").write_bytes(b"%PDF")
    left = previews_dir(tmp_path) / "4194303-deadbeef"  # another process's, without a lock
    left.mkdir()
    assert remove_stale_sessions(tmp_path) == 1
    assert being_made.exists() and not left.exists()


def test_file_names_offered_are_safe():
    assert safe_file_name('Mission report \u2013 Visit: "Zenica" / Tuzla?') == "Mission report \u2013 Visit Zenica Tuzla"
    assert safe_file_name("...") == "report"
