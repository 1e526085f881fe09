"""The profile lock (portalocker: flock here, LockFileEx on Windows): any number of FieldDesks may hold a profile
open together; what replaces its database file takes it alone or refuses, and a refusal leaves the one that asked
still holding the profile open."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from app.services.profile.lock import ProfileBusy, ProfileLock


def test_shared_locks_live_together_and_an_exclusive_one_waits_for_none(tmp_path):
    first, second = ProfileLock(tmp_path).share(), ProfileLock(tmp_path).share()
    with pytest.raises(ProfileBusy, match="close it, then restore. Nothing was changed."):
        first.exclusive("restore")
    # the refusal left ``first`` holding the profile: ``second`` is refused in turn
    with pytest.raises(ProfileBusy):
        second.exclusive("encrypt it")
    first.release()
    second.exclusive("encrypt it")  # alone now
    third = ProfileLock(tmp_path)
    with pytest.raises(ProfileBusy):
        third.exclusive("move it")
    second.release()
    third.exclusive("move it")
    third.release()


def test_another_program_holding_the_profile_open_is_seen_and_its_end_frees_it(tmp_path):
    code = textwrap.dedent(f"""
        import sys
        from app.services.profile.lock import ProfileLock
        held = ProfileLock({str(tmp_path)!r}).share()
        print("open", flush=True)
        sys.stdin.read()
    """)
    other = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "open"
        mine = ProfileLock(tmp_path)
        with pytest.raises(ProfileBusy):
            mine.exclusive("restore")
    finally:
        other.kill()  # as a crash: the system drops its lock
        other.wait()
    mine.exclusive("restore")
    mine.release()


def test_the_windows_and_macos_ci_job_runs_these_tests():
    """On Windows the lock is LockFileEx through portalocker (it was a no-op before): the job that runs there must run
    this file, or a Windows regression goes unseen."""
    from pathlib import Path

    workflow = (Path(__file__).parents[2] / ".github" / "workflows" / "test.yml").read_text(encoding="utf-8")
    job = workflow.split("commands-and-services:", 1)[1]
    assert "windows-latest" in job
    assert "tests/safety/test_profile_lock.py" in job.split("run: python -m pytest", 1)[1].splitlines()[0]
