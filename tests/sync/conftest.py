"""A small sync network (headquarters and three offices that trust each other), built once per session and copied
per test, with helpers to exchange bundles."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.services import FieldDesk
from app.services.profile.keys import create_identity, load_identity, trust_card
from app.services.store.export import export_json_text
from app.sync.export import export_bundle
from app.sync.importer import import_bundle

OFFICES = {"GT-01": ("Guatemala office", "GT"), "MW-01": ("Lilongwe office", "MW"),
           "MN-01": ("Ulaanbaatar office", "MN")}


@pytest.fixture(scope="session")
def network_template(tmp_path_factory, engine_url) -> Path:
    """Headquarters on the engine under test (SQLite or PostgreSQL); the offices on SQLite, as in the field."""
    root = tmp_path_factory.mktemp("network")
    with FieldDesk.create(root / "HQ", office_code="HQ", office_name="Headquarters", role="hq", country_code="CH",
                          database_url=engine_url("network_hq")) as hq:
        create_identity(hq)
        hq_card = load_identity(hq).card
        for code, (name, country) in OFFICES.items():
            with FieldDesk.create(root / code, office_code=code, office_name=name, country_code=country) as office:
                create_identity(office)
                trust_card(office, hq_card)
                trust_card(hq, load_identity(office).card)
    return root


@dataclass
class Network:
    root: Path
    open: dict[str, FieldDesk] = field(default_factory=dict)
    counter: int = 0

    def __getitem__(self, code: str) -> FieldDesk:
        if code not in self.open:
            self.open[code] = FieldDesk.open(self.root / code)
        return self.open[code]

    def bundle(self, sender: str, recipient: str, full: bool = False) -> Path:
        self.counter += 1
        path = self.root / "bundles" / f"{self.counter:03d}-{sender}-to-{recipient}.fdb"
        path.parent.mkdir(exist_ok=True)
        export_bundle(self[sender], recipient, path, full=full)
        return path

    def deliver(self, path: Path, recipient: str, **kw):
        return import_bundle(self[recipient], path, **kw)

    def sync(self, sender: str, recipient: str):
        result = self.deliver(self.bundle(sender, recipient), recipient)
        assert result.status == "applied", result.message
        return result

    def dump(self, code: str) -> str:
        return export_json_text(self[code])

    def values(self, code: str) -> dict:
        """The dump's tables without who stamped each record, to compare two sites: an office records
        headquarters' changes under whoever signed the bundle, never the name headquarters wrote (docs/SYNC.md,
        "The author is the certified user")."""
        import json

        tables = json.loads(self.dump(code))["tables"]
        return {name: [{k: v for k, v in row.items() if k not in ("created_by", "updated_by")} for row in rows]
                for name, rows in tables.items()}

    def close(self) -> None:
        for fd in self.open.values():
            fd.close()
        self.open.clear()


@pytest.fixture
def net(tmp_path, network_template, clone):
    root = tmp_path / "net"
    root.mkdir()
    for site in network_template.iterdir():
        clone(site, root / site.name)
    network = Network(root)
    yield network
    network.close()
