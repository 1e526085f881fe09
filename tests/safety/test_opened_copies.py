"""Decrypted copies handed to other programs, and core dumps (issue 18). Before: an opened attachment's decrypted
copy in the system's temporary folder survived a crash forever, and a crash could dump the unlocked profile's
memory to the disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from app.services import FieldDesk
from app.services.profile import opened_copies


def test_a_crashed_sessions_copies_are_removed_by_the_next_start_and_core_dumps_are_off(field_profile):
    import resource

    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True)
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        parent = opened_copies.root()
        parent.mkdir(mode=0o700, exist_ok=True)
        crashed = parent / f"{finished.stdout.strip()}-0badc0de"
        running = parent / f"{alive.pid}-5e55107"
        for folder in (crashed, running):
            (folder / "copy").mkdir(parents=True)
            (folder / "copy" / "consent.pdf").write_text("Consent form signed by Ana Lucía Xocop Tzul")
        mine = opened_copies.session_dir()
        with FieldDesk.open(field_profile):
            assert resource.getrlimit(resource.RLIMIT_CORE)[0] == 0
        assert not crashed.exists() and running.exists() and mine.exists()
        assert mine.parent == parent and (os.stat(parent).st_mode & 0o077) == 0
    finally:
        alive.kill()
        alive.wait()
        opened_copies.remove_session()
        shutil.rmtree(running, ignore_errors=True)
    assert not mine.exists()
