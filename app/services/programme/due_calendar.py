"""What is due, as an iCalendar file (RFC 5545) to add to a calendar: one all-day event per item on its due date.
Each event's UID is made from the item (kind, record, period), so importing a newer file updates the same events
instead of adding copies."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.services.errors import FieldDeskError
from app.services.programme.due import KIND_LABEL, DueItem
from app.vocabulary.problems import problem


class CalendarRefused(FieldDeskError):
    exit_code = 1


def calendar_bytes(items: list[DueItem], office: str, now: datetime | None = None) -> bytes:
    from icalendar import Calendar, Event

    stamp = now or datetime.now(UTC)
    cal = Calendar()
    cal.add("prodid", "-//FieldDesk//What is due//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"FieldDesk {office}: what is due")
    for item in items:
        event = Event()
        period = f" {item.detail_text}" if item.detail else ""
        record = item.part_id or item.record_id  # a grant's tranche 2, not its project's: several grants share one
        event.add("uid", f"{item.kind}-{record}-{item.detail.replace(' ', '')}@fielddesk")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.due)
        event.add("dtend", item.due + timedelta(days=1))
        event.add("summary", f"{KIND_LABEL.get(item.kind, item.kind)}: {item.title}{period}")
        event.add("description", f"Office {item.office}. Open it in FieldDesk ({item.table} {item.record_id}).")
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal.to_ical()


def write_calendar(path: str | os.PathLike[str], items: list[DueItem], office: str) -> Path:
    """Write the file whole or not at all (a temporary file beside it, renamed into place)."""
    target = Path(path)
    if target.is_dir():
        raise CalendarRefused(problem("calendar.is_folder", path=str(target)))
    if not target.parent.is_dir():
        raise CalendarRefused(problem("calendar.no_folder", folder=str(target.parent)))
    data = calendar_bytes(items, office)
    fd, tmp = tempfile.mkstemp(prefix=".due-", suffix=".ics", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
