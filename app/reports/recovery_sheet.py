"""The printable recovery-key sheet shown once when an encrypted profile is made: the key in large, readable
characters and what it is for. English text (the key itself is the same in every language)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.reports.fonts import BOLD, REGULAR, register_fonts
from app.services.profile import write_file_atomically


def write_recovery_sheet(path: Path, *, office: str, office_name: str, recovery_key: str) -> Path:
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle("FieldDesk recovery key")
    width, height = A4
    y = height - 30 * mm
    canvas.setFont(BOLD, 20)
    canvas.drawString(25 * mm, y, "FieldDesk recovery key")
    canvas.setFont(REGULAR, 11)
    y -= 12 * mm
    for line in (f"Office: {office} — {office_name}", f"Made on: {date.today().isoformat()}"):
        canvas.drawString(25 * mm, y, line)
        y -= 6 * mm
    y -= 10 * mm
    groups = recovery_key.split("-")
    canvas.setFont(BOLD, 22)
    for start in range(0, len(groups), 3):
        canvas.drawString(25 * mm, y, "  ".join(groups[start : start + 3]))
        y -= 12 * mm
    y -= 6 * mm
    canvas.setFont(REGULAR, 11)
    for line in (
        "This key opens the encrypted FieldDesk profile of this office",
        "when the passphrase is forgotten:",
        "    fielddesk unlock --recovery-key",
        "or, in the FieldDesk window, \"Use the recovery key\" on the passphrase screen.",
        "",
        "Keep this sheet locked away, apart from the laptop: anyone who has both",
        "the laptop and this sheet can read the profile. Do not photograph it,",
        "e-mail it or keep it on the laptop.",
        "Letters and digits count; dashes and spaces do not.",
    ):
        canvas.drawString(25 * mm, y, line)
        y -= 6.5 * mm
    canvas.showPage()
    canvas.save()
    write_file_atomically(Path(path), buffer.getvalue(), mode=0o600)
    return Path(path)
