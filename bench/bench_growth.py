"""Growth: import, export, xlsx and the summary report at 1k, 10k and 100k records. The fitted exponent of time
against size must stay at most 1.1 (nothing worse than linear)."""

from __future__ import annotations

import statistics
import tempfile
from datetime import date, timedelta
from pathlib import Path

from harness import RUNS, Result, cached_profile, copy_profile, fitted_exponent, timed

SIZES = [1_000, 10_000, 100_000]


def growth_pair(size: int) -> tuple[Path, Path, Path]:
    """An office with ``size`` enrollments (size/2 participants, size/20 activities), its headquarters, its bundle."""

    def build(path: Path) -> None:
        from app.services import FieldDesk
        from app.services.profile.keys import create_identity, load_identity, trust_card
        from app.services.store.seed import country_id, stakeholder_type_id, theme_id
        from app.sync.export import export_bundle

        path.mkdir(parents=True)
        with FieldDesk.create(path / "hq", office_code="HQ", office_name="Headquarters", role="hq") as hq, \
                FieldDesk.create(path / "office", office_code="GT-01", office_name="Guatemala office",
                                 country_code="GT") as office:
            create_identity(hq)
            create_identity(office)
            trust_card(office, load_identity(hq).card)
            trust_card(hq, load_identity(office).card)
            people = office.participants.create_many([
                {"full_name": f"Participant {n:06d}", "organisation": f"Org {n % 90}",
                 "sex": ("female", "male")[n % 2], "stakeholder_type_id": stakeholder_type_id("judiciary")}
                for n in range(size // 2)])
            start = date(2025, 1, 6)
            trainings = office.trainings.create_many([
                {"title": f"Course {n}", "country_id": country_id("GT"), "theme_ids": [theme_id("justice")],
                 "start_date": start + timedelta(days=n % 600), "end_date": start + timedelta(days=n % 600 + 2),
                 "status": "completed", "cost_usd": 5000.0} for n in range(size // 20)])
            office.enrollments.create_many([
                {"training_id": trainings[n // 20], "participant_id": people[(n * 7) % len(people)],
                 "attendance": [True, True, n % 3 != 0], "pre_score": 50.0, "post_score": 70.0,
                 "evaluation_score": 4} for n in range(size)])
            export_bundle(office, "HQ", path / "bundle.fdb")

    root = cached_profile(f"growth-{size}", build)
    return root / "hq", root / "office", root / "bundle.fdb"


def measure(size: int, scratch: Path) -> dict[str, float]:
    from app.reports import build_report
    from app.services import FieldDesk
    from app.spreadsheets.export import export_table
    from app.sync.export import export_bundle
    from app.sync.importer import import_bundle

    hq, office, bundle = growth_pair(size)
    target = scratch / "hq"
    times: dict[str, list[float]] = {"import": [], "export": [], "xlsx": [], "summary report": []}
    for run_ in range(RUNS + 1):  # the first is the warm-up
        if run_ == 1:
            times = {name: [] for name in times}
        copy_profile(hq, target)
        with FieldDesk.open(target) as fd:
            times["import"].append(timed(lambda fd=fd: import_bundle(fd, bundle, backup=False)))
        with FieldDesk.open(office) as fd:
            times["export"].append(timed(lambda fd=fd: export_bundle(fd, "HQ", scratch / "b.fdb")))
            times["xlsx"].append(timed(lambda fd=fd: export_table(fd, "enrollment", scratch / "e.xlsx")))
            times["summary report"].append(timed(lambda fd=fd: build_report(fd, "summary", scratch / "s.pdf")))
    return {name: statistics.median(values) for name, values in times.items()}


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        by_size = {size: measure(size, Path(tmp)) for size in SIZES}
    results = []
    for name in ("import", "export", "xlsx", "summary report"):
        seconds = [by_size[s][name] for s in SIZES]
        exponent = fitted_exponent(SIZES, seconds)
        results.append(Result(f"growth of {name} (1k/10k/100k)", exponent, 0.0, 1.1, unit="exp", absolute=True,
                              note=f"{name}: " + ", ".join(f"{s:,} in {t:.3f} s" for s, t in zip(SIZES, seconds,
                                                                                                 strict=True)),
                              extra={"seconds": dict(zip(map(str, SIZES), seconds, strict=True))}))
    return results
