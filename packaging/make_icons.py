"""Render the application icon from resources/icons/fielddesk.svg: the PNG sizes the desktop and the window use,
the Windows .ico and the macOS .icns. The outputs are committed; run this again after changing the SVG.

Needs rsvg-convert (Debian's librsvg2-bin) and Pillow (installed with ReportLab).
Usage: python packaging/make_icons.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "fielddesk.svg"
PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
ICO = ROOT / "packaging" / "windows" / "fielddesk.ico"
ICNS = ROOT / "packaging" / "macos" / "fielddesk.icns"


def png_path(size: int) -> Path:
    return ICONS / f"fielddesk-{size}.png"


def render(size: int, out: Path) -> None:
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), str(SVG), "-o", str(out)], check=True)


def main() -> int:
    if shutil.which("rsvg-convert") is None:
        print("rsvg-convert is missing: apt-get install librsvg2-bin", file=sys.stderr)
        return 1
    from PIL import Image

    for size in PNG_SIZES:
        render(size, png_path(size))
    # Each size drawn from the SVG, not scaled down from the largest, so the small ones stay sharp.
    ico_images = [Image.open(png_path(size)).convert("RGBA") for size in reversed(ICO_SIZES)]
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ico_images[0].save(ICO, format="ICO", sizes=[im.size for im in ico_images], append_images=ico_images[1:])
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "1024.png"
        render(1024, big)
        icns_images = [Image.open(png_path(size)).convert("RGBA") for size in (16, 32, 64, 128, 256, 512)]
        ICNS.parent.mkdir(parents=True, exist_ok=True)
        Image.open(big).convert("RGBA").save(ICNS, format="ICNS", append_images=icns_images)
    print(f"wrote {len(PNG_SIZES)} PNGs in {ICONS.relative_to(ROOT)}, {ICO.relative_to(ROOT)}, "
          f"{ICNS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
