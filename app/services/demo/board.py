"""Demo data for the Board of Trustees (headquarters only: the Board's records are written there): two sessions
with their members, the Board's recommendations to Guatemala and Malawi adopted at the first (one more at the
second, with follow-up), and the second session's decisions on the projects financed by the Voluntary Fund."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.services.programme import board
from app.services.store.query import ListQuery
from app.services.store.seed import country_id, theme_id

if TYPE_CHECKING:
    from app.services.core import FieldDesk

SESSIONS = [
    (40, "Fortieth session", date(2025, 2, 10), date(2025, 2, 14), "Geneva",
     "Review of the programme's 2024 results; the Voluntary Fund's position; recommendations on national "
     "institutions."),
    (41, "Forty-first session", date(2026, 2, 9), date(2026, 2, 13), "Geneva",
     "The Fund's position; the follow-up of the fortieth session's recommendations; new projects and requests."),
]
MEMBERS = [("Amara Diallo", "SN", "chair"), ("Elena Vasquez", "GT", "member"), ("Batbayar Dorj", "MN", "member"),
           ("Ingrid Solberg", "NO", "member"), ("Kenji Watanabe", "JP", "member")]
DECISIONS = [("endorsed", 0.8, "Endorsed for the next two years, subject to the Fund's receipts."),
             ("deferred", 0.0, "Deferred to the next session pending the mid-term evaluation."),
             ("endorsed", 1.0, "Endorsed as proposed."),
             ("noted", 0.0, "Noted the progress report."),
             ("declined", 0.0, "Declined: the activities duplicate a programme of another donor.")]


def load(fd: FieldDesk) -> None:
    if not fd.site.is_hq:
        return
    session_ids = []
    for number, title, start, end, place, agenda in SESSIONS:
        sid = board.create_session(fd, {"number": number, "title": title, "start_date": start, "end_date": end,
                                        "place": place, "agenda": agenda})
        session_ids.append(sid)
        for name, cc, role in MEMBERS[: 5 if number == 41 else 4]:
            board.add_member(fd, sid, {"full_name": name, "country_id": country_id(cc), "role": role})
    first, second = session_ids
    existing = board.adoptable(fd)
    for rec in existing:
        board.adopt(fd, first, rec["id"])
    new = fd.recommendations.create({
        "text": "Report to the Board on how national institutions supported by the Fund are sustained after the "
                "projects end.", "source": board.BOARD_SOURCE, "country_id": country_id("MN"),
        "thematic_area_id": theme_id("nhri"), "target_institution": "OHCHR", "priority": "high",
        "issued_date": date(2026, 2, 13)}, owner_office="MN-01")
    board.adopt(fd, second, new)
    for rec in existing[:1]:
        fd.followup_notes.create({"recommendation_id": rec["id"], "note_date": date(2026, 1, 20),
                                  "status": "in_progress", "note": "Regional complaint offices opened in two "
                                                                   "departments; three more planned."})
    funded = fd.project_budgets.matching_rows(ListQuery(filters={"funding_source": ["voluntary_fund"], "year": [2026]}),
                                              ["project_id", "budget_usd"])
    for row, (decision, share, note) in zip(funded, DECISIONS, strict=False):
        board.record_decision(fd, second, {"project_id": row["project_id"], "decision": decision,
                                           "amount_usd": round(row["budget_usd"] * share, -3), "note": note})
