"""`make run` and `make test` install the system packages they need (packaging/system_packages.sh): with apt-get as
root or with sudo that needs no password, else one line naming the exact command. Run here with stand-ins for `id`,
`sudo` and `apt-get` on PATH, so nothing is installed."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_script(tmp_path: Path, uid: int, sudo: str | None, *packages: str) -> subprocess.CompletedProcess:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    tools = {"id": f"echo {uid}", "apt-get": f'echo "$*" >> {tmp_path / "apt.log"}'}
    if sudo is not None:
        tools["sudo"] = sudo
    for name, body in tools.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n")
        (bin_dir / name).chmod(0o755)
    return subprocess.run(["/bin/sh", str(ROOT / "packaging" / "system_packages.sh"), *packages],
                          env={"PATH": f"{bin_dir}:/usr/bin:/bin"}, capture_output=True, text=True)


def test_a_user_who_may_not_install_gets_the_one_line_to_run(tmp_path):
    done = run_script(tmp_path, 1000, "exit 1", "python3.11-venv", "postgresql")  # sudo asks for a password
    assert done.returncode == 1 and not (tmp_path / "apt.log").exists()
    assert done.stderr == ("FieldDesk needs these system packages; install them with: "
                           "sudo apt-get install -y python3.11-venv postgresql\n")


def test_root_or_password_less_sudo_installs_them_and_nothing_missing_does_nothing(tmp_path):
    done = run_script(tmp_path, 0, None, "postgresql", "libegl1")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "apt.log").read_text().splitlines() == [
        "update -qq", "install -y -qq --no-install-recommends postgresql libegl1"]
    (tmp_path / "apt.log").unlink()
    done = run_script(tmp_path, 1000, '[ "$1" = -n ] && [ "$2" = true ] && exit 0; "$@"', "postgresql")
    assert done.returncode == 0 and "install -y -qq --no-install-recommends postgresql" in (
        tmp_path / "apt.log").read_text()
    (tmp_path / "apt.log").unlink()
    assert run_script(tmp_path, 1000, "exit 1").returncode == 0 and not (tmp_path / "apt.log").exists()
