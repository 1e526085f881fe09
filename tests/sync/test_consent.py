"""Consent to share the name: a participant who did not agree leaves the office pseudonymised, in the bundle to
headquarters (scanned decrypted) and in a spreadsheet exported (scanned unzipped); one who agreed travels by name."""

from __future__ import annotations

import zipfile

from app.services.privacy.pseudonyms import pseudonym_of
from app.services.store.query import ListQuery
from app.services.store.seed import country_id
from tests.sync.test_erasure import bundle_text

WITHHELD = "Xiomara Withheld-Quispe"


def test_without_consent_to_share_the_name_never_leaves_the_office(net, tmp_path):
    from app.spreadsheets.export import export_table

    hq, gt = net["HQ"], net["GT-01"]
    withheld = gt.participants.create({"full_name": "Xiomara Q.", "sex": "female", "country_id": country_id("GT"),
                                       "organisation": "Withheld-Quispe Bufete", "email": "xq@example.org",
                                       "consent_contact": True, "consent_share_name": False,
                                       "consent_date": "2026-11-02"})
    gt.participants.update(withheld, {"full_name": WITHHELD})
    shared = gt.participants.create({"full_name": "Rosa Shared", "country_id": country_id("GT")})
    path = net.bundle("GT-01", "HQ")
    inside = bundle_text(hq, path)
    for secret in (b"Withheld", b"xq@example.org", b"Xiomara"):
        assert secret not in inside
    assert pseudonym_of(gt, withheld).encode() in inside and b"Rosa Shared" in inside
    assert net.deliver(path, "HQ").status == "applied"
    row = hq.participants.get_row(withheld)
    assert (row["full_name"], row["sex"], row["email"]) == (pseudonym_of(gt, withheld), "female", "")
    assert hq.participants.get_row(shared)["full_name"] == "Rosa Shared"
    assert gt.participants.get_row(withheld)["full_name"] == WITHHELD, "the office keeps the name"

    out = tmp_path / "participants.xlsx"
    export_table(gt, "participant", out)
    with zipfile.ZipFile(out) as book:
        text = b"".join(book.read(name) for name in book.namelist())
    assert b"Withheld" not in text and b"xq@example.org" not in text and b"Xiomara" not in text
    assert pseudonym_of(gt, withheld).encode() in text and b"Rosa Shared" in text


def test_the_files_of_a_person_without_consent_stay_in_the_office(net, tmp_path):
    """A scanned card or signed form carries the name in its content and its file name: without consent to share
    the name, neither travels to headquarters; a consenting participant's file does."""
    from app.services.profile.attachments import attach_file

    hq, gt = net["HQ"], net["GT-01"]
    withheld = gt.participants.create({"full_name": WITHHELD, "country_id": country_id("GT"),
                                       "consent_share_name": False})
    shared = gt.participants.create({"full_name": "Rosa Shared", "country_id": country_id("GT")})
    for person, name in ((withheld, f"{WITHHELD} card.pdf"), (shared, "Rosa Shared form.pdf")):
        (tmp_path / name).write_bytes(b"%PDF- " + name.encode())
        with gt.writing():
            attach_file(gt, "participant", person, tmp_path / name)
    path = net.bundle("GT-01", "HQ")
    inside = bundle_text(hq, path)
    assert b"Withheld" not in inside and b"Rosa Shared form.pdf" in inside
    assert net.deliver(path, "HQ").status == "applied"
    held = {r["filename"] for r in hq.service("attachment").matching_rows(ListQuery(), ["filename"])}
    assert held == {"Rosa Shared form.pdf"}
