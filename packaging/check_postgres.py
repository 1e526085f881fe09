"""Before the tests: the PostgreSQL server binaries the PostgreSQL half of the suite starts must be installed.
Exits 1 with the exact line to run when they are missing; `--packages` prints the Debian package to install instead
(nothing when they are there)."""

from __future__ import annotations

import glob
import os
import shutil
import sys


def main(argv: list[str]) -> int:
    if glob.glob("/usr/lib/postgresql/*/bin/initdb") or (shutil.which("initdb") and shutil.which("pg_ctl")):
        return 0
    if "--packages" in argv:  # the Debian package to install (packaging/system_packages.sh does as root)
        print("postgresql")
        return 0
    sudo = "" if os.geteuid() == 0 else "sudo "
    print("The tests also run against a PostgreSQL server they start themselves, and its programs are missing.",
          file=sys.stderr)
    print("Install them with:", file=sys.stderr)
    print(f"    {sudo}apt-get install -y postgresql", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
