"""Attachments as stored (issue 18): a swapped or planted file is refused, not read back. Before: a plaintext blob
planted in an encrypted profile, or one encrypted blob swapped for another, was read back silently."""

from __future__ import annotations

import pytest

from app.services import FieldDesk
from app.services.errors import FieldDeskError


def test_a_planted_or_swapped_attachment_is_refused(tmp_path):
    from app.services.profile.attachments import attach_file, read_attachment, stored_path

    with FieldDesk.create(tmp_path / "p", office_code="GT-01", office_name="Guatemala office",
                          passphrase="lake kettle orange window") as fd:
        person = fd.participants.create({"full_name": "Ana"})
        ids = []
        for name, text in (("a.txt", "first document"), ("b.txt", "second document")):
            (tmp_path / name).write_text(text)
            ids.append(attach_file(fd, "participant", person, tmp_path / name))
        first, second = (stored_path(fd, fd.attachments.get_row(i)["sha256"]) for i in ids)
        assert read_attachment(fd, ids[0]) == b"first document"
        first.write_bytes(second.read_bytes())  # both encrypted with this profile's key
        with pytest.raises(FieldDeskError, match="altered or swapped"):
            read_attachment(fd, ids[0])
        first.write_bytes(b"first document")  # planted in the clear
        with pytest.raises(FieldDeskError, match="not encrypted, in an encrypted profile"):
            read_attachment(fd, ids[0])
        assert read_attachment(fd, ids[1]) == b"second document"
