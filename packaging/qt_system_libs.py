"""Check that the system libraries Qt needs are present, and name the exact apt-get line when they are not.

PySide6 wheels bundle Qt but not the X11/xcb, EGL and font libraries of the system. Without them a window program
aborts with "Could not load the Qt platform plugin", which tells a user nothing about what to install.
Usage: qt_system_libs.py [--offscreen]   (exit 0 when complete, 1 with the apt-get line otherwise)
       qt_system_libs.py [--offscreen] --packages   (prints the missing Debian packages on one line; .ci/run
                                                      installs them)
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

# Shared object -> Debian/Ubuntu package providing it.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-render.so.0": "libxcb-render0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libxshmfence.so.1": "libxshmfence1",
    "libnss3.so": "libnss3",
}
# Loaded with dlopen at run time, so ldd cannot see them.
DLOPENED_FOR_XCB = ["libxcb-cursor.so.0"]


def missing_from_ldd(path: Path) -> set[str]:
    if not path.exists():
        return set()
    out = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
    return {line.split()[0] for line in out.splitlines() if "not found" in line}


def missing_dlopened(names: list[str]) -> set[str]:
    missing = set()
    for name in names:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.add(name)
    return missing


def main(argv: list[str]) -> int:
    if not sys.platform.startswith("linux"):
        return 0
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        print("PySide6 is not installed in this environment; run `make` again to install it.", file=sys.stderr)
        return 1
    qt = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    offscreen = "--offscreen" in argv or os.environ.get("QT_QPA_PLATFORM") == "offscreen"
    targets = [qt / "lib" / "libQt6Widgets.so.6", qt / "plugins" / "platforms" / "libqoffscreen.so"]
    missing: set[str] = set()
    if not offscreen:
        targets += [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"]
        missing |= missing_dlopened(DLOPENED_FOR_XCB)
    for target in targets:
        missing |= missing_from_ldd(target)
    packages = sorted({DEBIAN_PACKAGES.get(lib, lib) for lib in missing})
    unknown = sorted(lib for lib in missing if lib not in DEBIAN_PACKAGES)
    if "--packages" in argv:
        print(" ".join(sorted({DEBIAN_PACKAGES[lib] for lib in missing if lib in DEBIAN_PACKAGES})))
        if unknown:
            print("No Debian package is known here for: " + ", ".join(unknown), file=sys.stderr)
        return 0
    if not missing:
        return 0
    print("Qt needs system libraries that this machine lacks: " + ", ".join(sorted(missing)) + ".", file=sys.stderr)
    print("Install them with:", file=sys.stderr)
    sudo = "" if os.geteuid() == 0 else "sudo "
    print(f"    {sudo}apt-get install -y " + " ".join(packages), file=sys.stderr)
    if unknown:
        print("(No Debian package is known here for: " + ", ".join(unknown) + "; search with apt-file.)",
              file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
