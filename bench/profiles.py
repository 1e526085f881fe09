"""The profiles the benchmarks share: the large demo (5,000 activities, 100,000 enrollments, 50,000 participants)
made with the command line exactly as the issue says, and a small one with 1,000 participants."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from harness import cached_profile, fielddesk_cli


def large_profile() -> Path:
    def build(path: Path) -> None:
        fielddesk_cli("--profile", str(path), "init", "--office", "GT-01", "--name", "Guatemala office",
                      "--country", "GT")
        fielddesk_cli("--profile", str(path), "demo", "--scale", "large")

    return cached_profile("large", build)


def thousand_profile() -> Path:
    def build(path: Path) -> None:
        from app.services import FieldDesk

        with FieldDesk.create(path, office_code="GT-01", office_name="Guatemala office", country_code="GT") as fd:
            fd.participants.create_many([{"full_name": f"Participant {n:04d} Pérez", "organisation": f"Org {n % 50}"}
                                         for n in range(1000)])

    return cached_profile("thousand", build)


def encrypted_large_profile() -> tuple[Path, str]:
    passphrase = "benchmark passphrase"

    def build(path: Path) -> None:
        import shutil

        from app.services.profile.encryption import encrypt_profile

        shutil.copytree(large_profile(), path, ignore=shutil.ignore_patterns("backups", ".complete"))
        encrypt_profile(path, passphrase)
        shutil.rmtree(path / "backups", ignore_errors=True)

    return cached_profile("large-encrypted", build), passphrase


@contextmanager
def trusting_pair(path: Path) -> Iterator[tuple]:
    """A new headquarters (``path/hq``) and office (``path/office``, GT-01) that trust each other's keys: (hq, office),
    open."""
    from app.services import FieldDesk
    from app.services.profile.keys import create_identity, load_identity, trust_card

    path.mkdir(parents=True)
    with FieldDesk.create(path / "hq", office_code="HQ", office_name="Headquarters", role="hq") as hq, \
            FieldDesk.create(path / "office", office_code="GT-01", office_name="Guatemala office") as office:
        create_identity(hq)
        create_identity(office)
        trust_card(office, load_identity(hq).card)
        trust_card(hq, load_identity(office).card)
        yield hq, office
