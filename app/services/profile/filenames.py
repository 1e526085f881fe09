"""Attachment file names as a person should see them: every forbidden character (bidi overrides and isolates,
controls) shown as a visible code, and the extension the desktop will really act on.

``invoice<U+202E>fdp.exe`` displays as "invoiceexe.pdf" but is an .exe: a name from another office (or from before
names were checked) is never shown as it would render, and opening a program or a script asks first, naming what
it really is."""

from __future__ import annotations

from pathlib import PurePath

from app.models.validation import forbidden_character

# Files the desktop runs rather than shows: programs, installers, scripts, shortcuts and packages that execute.
_EXECUTABLE = """
    exe com scr pif bat cmd msi msp msc cpl dll sys hta jar js jse vbs vbe wsf wsh ws ps1 ps1xml psm1 psd1 reg lnk
    url inf scf application gadget app command sh bash zsh csh ksh run bin out py pyw pl rb php appimage deb rpm
    desktop apk dmg pkg iso img vhd vhdx xbap chm docm xlsm pptm
"""
EXECUTABLE_EXTENSIONS = frozenset(_EXECUTABLE.split())


def visible_name(filename: str) -> str:
    """``filename`` with each forbidden character replaced by ⟨U+XXXX⟩, so it displays in stored order."""
    out = []
    for char in filename:
        out.append(f"\u27e8U+{ord(char):04X}\u27e9" if forbidden_character(char) else char)
    return "".join(out)


def real_extension(filename: str) -> str:
    """The extension the operating system goes by (after the last dot of the name as stored), lower case, no dot."""
    # Windows drops trailing dots and spaces, so "report.exe. " runs as an .exe
    return PurePath(filename.rstrip(" .")).suffix.lower().lstrip(".")


def is_executable(filename: str) -> bool:
    return real_extension(filename) in EXECUTABLE_EXTENSIONS


def safe_copy_name(filename: str) -> str:
    """The name for the copy handed to another program: its own name without the forbidden characters."""
    name = "".join(c for c in PurePath(filename).name if not forbidden_character(c)).strip()
    return name or "attachment"
