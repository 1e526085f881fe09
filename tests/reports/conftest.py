"""Fixtures for the report and spreadsheet tests: a large training (1,000 participants) for pagination. The demo
profile comes from the shared session template in tests/conftest.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import FieldDesk
from app.services.store.seed import country_id


@pytest.fixture(scope="session")
def large_training_template(tmp_path_factory, engine_url) -> tuple[Path, str]:
    """A profile with one three-day seminar of 1,000 participants (names in Cyrillic)."""
    path = tmp_path_factory.mktemp("templates") / "large"
    with FieldDesk.create(path, office_code="RU-01", office_name="Moscow office", country_code="RU",
                          database_url=engine_url("large")) as fd:
        training = fd.trainings.create({"title": "Семинар по правам человека", "form": "seminar",
                                        "country_id": country_id("RU"), "venue": "Москва",
                                        "start_date": "2026-03-02", "end_date": "2026-03-04"})
        people = fd.participants.create_many([{"full_name": f"Участник {n:04d} Иванова",
                                               "organisation": f"Суд № {n % 40}"}
                                              for n in range(1, 1001)])
        fd.enrollments.create_many([{"training_id": training, "participant_id": p} for p in people])
    return path, training


@pytest.fixture
def large_training(tmp_path, large_training_template, clone):
    template, training = large_training_template
    path = clone(template, tmp_path / "large")
    with FieldDesk.open(path) as fd:
        yield fd, training
