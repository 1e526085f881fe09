"""Model validation: required fields, date order, ranges, enum values, with messages naming the field."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import Enrollment, Participant, Sex, Training, ValidationFailed
from app.models.ids import is_uuid, new_id, reference_id
from app.services.store.entities import entity
from app.services.store.validate import validated_row


def problems(table: str, data: dict) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        validated_row(entity(table), data)
    return caught.value.by_field()


def test_required_fields_are_named():
    found = problems("participant", {"full_name": ""})
    assert found == {"full_name": "Full name is required."}


def test_end_date_before_start_date_is_refused_on_the_end_date():
    found = problems("training", {"title": "Course", "country_id": reference_id("country", "GT"),
                                  "start_date": "2025-03-10", "end_date": "2025-03-09"})
    assert "end_date" in found
    assert "2025-03-09 is before the start date 2025-03-10" in found["end_date"]


@pytest.mark.parametrize("column,value,expected", [
    ("pre_score", 101, "between 0 and 100"),
    ("post_score", -1, "between 0 and 100"),
    ("evaluation_score", 6, "between 1 and 5"),
    ("evaluation_score", 0, "between 1 and 5"),
])
def test_scores_out_of_range(column, value, expected):
    found = problems("enrollment", {"training_id": new_id(), "participant_id": new_id(), column: value})
    assert expected in found[column]


def test_unknown_enum_value_lists_the_known_ones():
    found = problems("participant", {"full_name": "A", "sex": "unknown"})
    assert "'unknown' is not one of the known values" in found["sex"]
    assert "female (Female)" in found["sex"]


def test_bad_date_says_how_to_write_one():
    found = problems("mission", {"title": "M", "country_id": reference_id("country", "MW"), "start_date": "31/12/2025"})
    assert "YYYY-MM-DD" in found["start_date"]


def test_contact_details_need_consent():
    found = problems("participant", {"full_name": "A", "email": "a@example.org", "consent_contact": False})
    assert "consent" in found["consent_contact"]


def test_valid_row_has_typed_values():
    row = validated_row(entity("training"), {"title": "Course", "country_id": reference_id("country", "GT"),
                                              "start_date": "2025-03-10", "end_date": "2025-03-12", "form": "workshop"})
    assert row["start_date"] == date(2025, 3, 10)
    assert row["form"] == "workshop" and type(row["form"]) is str
    assert Training(**row).day_count == 3


def test_enum_members_carry_labels():
    assert Sex("not_stated").label == "Not stated"
    assert Participant.model_fields["sex"].title == "Sex"
    assert Enrollment.model_fields["evaluation_score"].title == "Evaluation (1-5)"


def test_reference_ids_are_the_same_everywhere_and_new_ids_are_uuid7():
    assert reference_id("country", "gt") == reference_id("country", "GT")
    assert reference_id("country", "GT") != reference_id("country", "MW")
    first, second = new_id(), new_id()
    assert is_uuid(first) and first[14] == "7"
    assert first < second  # time-ordered


@pytest.mark.parametrize("address", ["rosa.batz@", "@example.org", "rosa@example", "rosa batz@example.org"])
def test_e_mail_addresses_are_checked(address):
    found = problems("participant", {"full_name": "Rosa", "email": address, "consent_contact": True})
    assert "not an e-mail address" in found["email"]
