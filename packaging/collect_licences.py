"""Write the licence texts the About dialog shows into resources/licences/ (committed, so the packaged program has
them offline): one file per library FieldDesk runs with, taken from the installed distribution's own licence
files, Qt's LGPL v3 and GPL v3, and Python's licence. Run it after adding or upgrading a dependency:

    .venv/bin/python packaging/collect_licences.py

tests/test_about.py fails when a library FieldDesk depends on directly has no text here.
"""

from __future__ import annotations

import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.licences import SHARED_TEXTS, _own_licence_texts, dependency_closure, licences_dir, text_key  # noqa: E402

# Debian's copies of the GNU licences (package base-files), word for word as the FSF publishes them.
COMMON_LICENCES = Path("/usr/share/common-licenses")
QT_NOTE = """Qt for Python (PySide6, Shiboken6) and the Qt libraries it bundles are used under the GNU Lesser General
Public License version 3 (LGPL-3.0-only). FieldDesk links to them dynamically and does not modify them; their
source code is available from the Qt Project (https://download.qt.io/official_releases/QtForPython/ and
https://code.qt.io). You may replace the Qt libraries in the program folder with your own build of the same version.
The LGPL v3 is followed by the GNU General Public License v3, on which it builds.
"""


def separator(title: str) -> str:
    return f"{'=' * 78}\n{title}\n{'=' * 78}\n\n"


def main() -> int:
    out = licences_dir()
    out.mkdir(parents=True, exist_ok=True)
    written = set()
    for dist in dependency_closure():
        key = text_key(dist.metadata["Name"])
        if key in SHARED_TEXTS.values():
            continue
        texts = _own_licence_texts(dist)
        if not texts:
            print(f"warning: {dist.metadata['Name']} ships no licence file; write {key}.txt by hand", file=sys.stderr)
            continue
        (out / f"{key}.txt").write_text("\n\n".join(t.strip() + "\n" for t in texts), encoding="utf-8")
        written.add(key)
    lgpl, gpl = COMMON_LICENCES / "LGPL-3", COMMON_LICENCES / "GPL-3"
    if lgpl.is_file() and gpl.is_file():
        (out / "qt.txt").write_text(QT_NOTE + "\n" + separator("GNU LESSER GENERAL PUBLIC LICENSE v3")
                                    + lgpl.read_text() + "\n" + separator("GNU GENERAL PUBLIC LICENSE v3")
                                    + gpl.read_text(), encoding="utf-8")
        written.add("qt")
    else:
        print(f"warning: {COMMON_LICENCES} lacks LGPL-3/GPL-3; qt.txt left as it is", file=sys.stderr)
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.is_file():
        (out / "python.txt").write_text(python_licence.read_text(encoding="utf-8"), encoding="utf-8")
        written.add("python")
    stale = sorted(p.name for p in out.glob("*.txt") if p.stem not in written)
    print(f"wrote {len(written)} licence texts in {out.relative_to(ROOT)}"
          + (f"; not written this time (remove if no longer used): {', '.join(stale)}" if stale else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
