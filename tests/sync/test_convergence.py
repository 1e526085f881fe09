"""Convergence (hypothesis): headquarters and three offices create, edit and delete; bundles travel in random order,
some twice, some lost; sites make backups and restore them; clocks run hours ahead or years behind; an office's key
sends forged changes (another office's record, another site's origin, a value no form accepts), each refused and
changing nothing; a person's personal data is erased at their office or at headquarters; a participant withdraws
their consent to share their name with headquarters, or gives it later; headquarters corrects an office
participant's name. After a final exchange
headquarters holds every office's records, every record has the same field values at every site that holds it, and
every edit is either the value in effect or kept in a conflict, unless no site knew of it any more (made at an office
and gone with a restore before any bundle carried it to a place where it arrived) or it was personal data since
erased, which nothing holds any more."""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from app.models.sync import SyncConflict, SyncOutbound, SyncPeer
from app.services.errors import NotAllowed
from app.services.privacy.erasure import SCRUBBED_FIELDS, erase_participant, pseudonym
from app.services.privacy.pseudonyms import is_pseudonym
from app.services.profile.backup import create_backup, restore_backup
from app.services.store import incarnation
from app.services.store.clock import pack
from app.services.store.wire import Change
from tests.sync.conftest import Network
from tests.sync.craft import craft_bundle

SITES = ["HQ", "GT-01", "MW-01", "MN-01"]
OFFICES = SITES[1:]
CONFLICTS = SyncConflict.__table__
CONSENT = "consent_share_name"

VALUES = ["Judge", "Prosecutor", "Officer", "Director", "Clerk"]
STEPS = {
    "create": st.tuples(st.just("create"), st.sampled_from(SITES), st.sampled_from(OFFICES)),
    "edit": st.tuples(st.just("edit"), st.sampled_from(SITES), st.integers(0, 40),
                      st.sampled_from(["position", "organisation"]), st.sampled_from(VALUES)),
    "delete": st.tuples(st.just("delete"), st.sampled_from(SITES), st.integers(0, 40)),
    "send": st.tuples(st.just("send"), st.sampled_from(OFFICES), st.booleans()),  # office <-> HQ, either way
    "deliver": st.tuples(st.just("deliver"), st.integers(0, 40), st.sampled_from(["once", "once", "twice", "lose"])),
    "backup": st.tuples(st.just("backup"), st.sampled_from(SITES)),
    "restore": st.tuples(st.just("restore"), st.sampled_from(SITES), st.integers(0, 5)),
    # Hours off: inside the day headquarters tolerates before it quarantines, or an office far behind (a laptop's
    # date reset). Headquarters' clock is the reference: when it is wrong every bundle waits (tests/sync/test_clocks).
    "skew": st.one_of(st.tuples(st.just("skew"), st.just("HQ"), st.sampled_from([-20, -5, 0, 5, 20])),
                      st.tuples(st.just("skew"), st.sampled_from(OFFICES),
                                st.sampled_from([-24 * 3650, -72, -5, 0, 5, 20]))),
    "forge": st.tuples(st.just("forge"), st.sampled_from(OFFICES), st.integers(0, 40),
                       st.sampled_from(["not_owner", "forged_origin", "invalid_value"])),
    "erase": st.tuples(st.just("erase"), st.sampled_from(SITES), st.integers(0, 40)),
    # An office's participant withdraws consent to share their name with headquarters, or gives it (again).
    "consent": st.tuples(st.just("consent"), st.sampled_from(OFFICES), st.integers(0, 40), st.booleans()),
    # Headquarters corrects an office participant's name (refused once it holds them under the pseudonym).
    "correct": st.tuples(st.just("correct"), st.integers(0, 40), st.sampled_from(VALUES)),
}
# Edits and deliveries dominate, so that concurrent edits meet and bundles cross. The fixed examples of `make test`
# (derandomised) come from this list: a step added here changes which examples they are.
op = st.sampled_from(["edit", "edit", "edit", "edit", "send", "send", "deliver", "deliver", "deliver", "create",
                      "delete", "backup", "restore", "skew", "forge", "erase", "consent", "correct",
                      ]).flatmap(STEPS.__getitem__)
ERASED = "(erased)"  # the field of the Edit that stands for an erasure: it travels and is known like an edit


@dataclass
class Edit:
    n: int
    site: str
    table: str
    record: str
    field: str
    value: str | bool
    knew: frozenset[int]  # the edits its site knew when it was made


@dataclass
class World:
    net: Network
    restorable: tuple[str, ...]  # sites whose profile FieldDesk backs up and restores (on SQLite)
    records: list[tuple[str, str, str]] = field(default_factory=list)  # (table, id, owner office)
    edits: list[Edit] = field(default_factory=list)
    knows: dict[str, set[int]] = field(default_factory=lambda: {s: set() for s in SITES})
    transit: list[tuple[Path, str, frozenset[int]]] = field(default_factory=list)
    backups: dict[str, list[tuple[str, frozenset[int]]]] = field(default_factory=dict)  # office -> (id, knowledge)
    created: dict[str, int] = field(default_factory=dict)  # record id -> the edit that created it (its name)
    offsets: dict[str, float] = field(default_factory=dict)  # site -> hours its clock is off
    withheld: set[str] = field(default_factory=set)  # participants whose consent to share was withdrawn once

    def at(self, code: str):
        """The site's profile, its clock as wrong as the test made it (a restore opens the profile anew)."""
        fd = self.net[code]
        wanted = int(self.offsets.get(code, 0) * 3_600_000)
        if fd.wall.offset_ms != wanted:
            fd.wall.reset()
            fd.wall.shift(ms=wanted)
        return fd

    def record_created(self, site: str, table: str, rid: str, value: str) -> None:
        edit = Edit(len(self.edits), site, table, rid, "full_name", value, frozenset(self.knows[site]))
        self.edits.append(edit)
        self.knows[site].add(edit.n)
        self.created[rid] = edit.n

    def holds(self, site: str, owner: str, table: str) -> bool:
        return site == "HQ" or owner == site or (table == "expert" and owner == "HQ")

    def may_edit(self, site: str, owner: str) -> bool:
        return site == "HQ" or owner == site

    def run(self, step) -> None:
        kind = step[0]
        for code in SITES:
            self.at(code)
        if kind == "create":
            _, site, owner = step
            fd = self.net[site]
            if site == "HQ" and owner == "GT-01" and len(self.records) % 3 == 0:
                name = f"Expert {len(self.records)}"
                rid = fd.experts.create({"full_name": name})
                self.records.append(("expert", rid, "HQ"))
                self.record_created(site, "expert", rid, name)
            else:
                owner = owner if site == "HQ" else site
                name = f"Person {len(self.records)}"
                rid = fd.participants.create({"full_name": name}, owner_office=owner)
                self.records.append(("participant", rid, owner))
                self.record_created(site, "participant", rid, name)
        elif kind in ("edit", "delete"):
            site = step[1]
            fd = self.net[site]
            mine = [r for r in self.records if self.holds(site, r[2], r[0]) and self.may_edit(site, r[2])
                    and fd.service(r[0]).exists(r[1])]
            if not mine:
                return
            table, rid, owner = mine[step[2] % len(mine)]
            service = fd.service(table)
            if service.get_row(rid)["deleted"]:
                service.restore(rid)
            if kind == "delete":
                service.delete(rid)
                return
            name = "organisation" if table == "expert" else step[3]
            value = f"{step[4]} {len(self.edits)}"
            try:
                service.update(rid, {name: value})
            except NotAllowed:  # the person's data was erased here: it cannot be filled in again
                return
            edit = Edit(len(self.edits), site, table, rid, name, value, frozenset(self.knows[site]))
            self.edits.append(edit)
            self.knows[site].add(edit.n)
        elif kind == "send":
            office, upward = step[1], step[2]
            sender, recipient = (office, "HQ") if upward else ("HQ", office)
            self.transit.append((self.net.bundle(sender, recipient), recipient, frozenset(self.knows[sender])))
        elif kind == "deliver" and self.transit:
            index = step[1] % len(self.transit)
            path, recipient, knowledge = self.transit[index]
            if step[2] != "twice":
                self.transit.pop(index)
            if step[2] == "lose":
                return
            result = self.net.deliver(path, recipient)
            assert result.status in ("applied", "already_imported", "superseded"), result.message
            self.learn(recipient, knowledge)
        elif kind == "backup" and step[1] in self.restorable:
            office = step[1]
            backup = create_backup(self.net[office], reason="test")
            self.backups.setdefault(office, []).append((backup.id, frozenset(self.knows[office])))
        elif kind == "restore" and step[1] in self.restorable and self.backups.get(step[1]):
            office = step[1]
            backup_id, knowledge = self.backups[office][step[2] % len(self.backups[office])]
            restore_backup(self.net[office], backup_id, confirmed=True)
            self.net.open.pop(office)
            self.knows[office] = set(knowledge)
        elif kind == "skew":
            offsets = {**self.offsets, step[1]: step[2]}
            if any(offsets.get(o, 0) - offsets.get("HQ", 0) > 23 for o in OFFICES):
                return  # an office a day ahead of headquarters is quarantined (tests/sync/test_clocks.py), not merged
            self.offsets = offsets
        elif kind == "forge":
            self.forge(*step[1:])
        elif kind == "consent":
            self.consent(*step[1:])
        elif kind == "correct":
            self.correct(*step[1:])
        elif kind == "erase":
            site = step[1]
            fd = self.net[site]
            people = [r for r in self.records if r[0] == "participant" and self.may_edit(site, r[2])
                      and fd.participants.exists(r[1]) and fd.participants.get(r[1]).full_name != pseudonym(r[1])
                      and not (site == "HQ" and is_pseudonym(fd.participants.get(r[1]).full_name))]  # the office's
            if not people:
                return
            _table, rid, _owner = people[step[2] % len(people)]
            erase_participant(fd, rid)
            edit = Edit(len(self.edits), site, "participant", rid, ERASED, "", frozenset(self.knows[site]))
            self.edits.append(edit)
            self.knows[site].add(edit.n)

    def consent(self, office: str, pick: int, given: bool) -> None:
        fd = self.net[office]
        people = [r for r in self.records if r[0] == "participant" and r[2] == office
                  and fd.participants.exists(r[1]) and not fd.participants.get_row(r[1])["deleted"]]
        if not people:
            return
        _table, rid, _owner = people[pick % len(people)]
        if fd.participants.get_row(rid)[CONSENT] == given:
            return
        fd.participants.update(rid, {CONSENT: given})
        if not given:
            self.withheld.add(rid)
        edit = Edit(len(self.edits), office, "participant", rid, CONSENT, given, frozenset(self.knows[office]))
        self.edits.append(edit)
        self.knows[office].add(edit.n)

    def correct(self, pick: int, value: str) -> None:
        hq = self.net["HQ"]
        people = [r for r in self.records if r[0] == "participant" and r[2] != "HQ" and hq.participants.exists(r[1])]
        if not people:
            return
        _table, rid, _owner = people[pick % len(people)]
        if hq.participants.get_row(rid)["deleted"]:
            return
        name = f"{value} Corrected {len(self.edits)}"
        try:
            hq.participants.update(rid, {"full_name": name})
        except NotAllowed:  # held under the pseudonym, or erased: no name is typed in at headquarters
            return
        edit = Edit(len(self.edits), "HQ", "participant", rid, "full_name", name, frozenset(self.knows["HQ"]))
        self.edits.append(edit)
        self.knows["HQ"].add(edit.n)

    def forge(self, office: str, pick: int, how: str) -> None:
        """``office``'s key sends headquarters a bundle, next in its numbering, holding one forged change: refused,
        kept for review, and nothing changes at headquarters."""
        hq = self.net["HQ"]
        others = [r for r in self.records if r[0] == "participant" and hq.participants.exists(r[1])
                  and (r[2] != office if how == "not_owner" else r[2] == office)]
        if not others:
            return
        _table, rid, _owner = others[pick % len(others)]
        sender = self.at(office)
        site, origin = (hq.site.site_id, "HQ") if how == "forged_origin" else (sender.site.site_id, office)
        new = {"sex": "martian"} if how == "invalid_value" else {"full_name": "Taken over"}
        forged = Change(1, "participant", rid, "update", pack(sender.wall.now_ms()), site, origin, "Forger",
                        sender.wall.iso(), new, {})
        with sender.writing() as w:  # the office's own numbering, so the bundle is the next one headquarters sees
            out = SyncOutbound.__table__
            peer = w.conn.execute(select(SyncPeer.__table__.c.site_id).where(
                SyncPeer.__table__.c.office_code == "HQ")).scalar()
            sequence = (w.conn.execute(select(out.c.last_seq).where(out.c.peer_site_id == peer)).scalar() or 0) + 1
            w.conn.execute(update(out).where(out.c.peer_site_id == peer).values(last_seq=sequence))
            me = incarnation.current(w.conn)
        before = rows_by_id(self.net, "HQ", stamps=True)[rid]
        path = craft_bundle(self.net, office, "HQ", [forged], sequence=sequence,
                            manifest_changes={"created_at": sender.wall.iso(), "epoch": me.epoch,
                                              "epoch_started": me.started})
        result = self.net.deliver(path, "HQ")
        assert result.status == "applied" and result.refused == 1 and how in result.refused_records[0], result
        assert rows_by_id(self.net, "HQ", stamps=True)[rid] == before

    def setup(self) -> None:
        """Records every site holds before the random part, so that edits meet."""
        for office in OFFICES:
            for n in range(2):
                rid = self.net[office].participants.create({"full_name": f"{office} person {n}"})
                self.records.append(("participant", rid, office))
                self.record_created(office, "participant", rid, f"{office} person {n}")
            rid = self.net["HQ"].participants.create({"full_name": f"HQ-made {office} person"}, owner_office=office)
            self.records.append(("participant", rid, office))
            self.record_created("HQ", "participant", rid, f"HQ-made {office} person")
        rid = self.net["HQ"].experts.create({"full_name": "Roster expert"})
        self.records.append(("expert", rid, "HQ"))
        self.record_created("HQ", "expert", rid, "Roster expert")
        self.final_exchange()

    def learn(self, recipient: str, knowledge: frozenset[int]) -> None:
        for n in knowledge:
            edit = self.edits[n]
            owner = next(o for t, r, o in self.records if r == edit.record)
            if self.holds(recipient, owner, edit.table):
                self.knows[recipient].add(n)

    def final_exchange(self) -> None:
        for _ in range(2):
            for office in OFFICES:
                knowledge = frozenset(self.knows[office])
                result = self.net.deliver(self.net.bundle(office, "HQ"), "HQ")
                assert result.status == "applied", result.message
                self.learn("HQ", knowledge)
            for office in OFFICES:
                knowledge = frozenset(self.knows["HQ"])
                result = self.net.deliver(self.net.bundle("HQ", office), office)
                assert result.status == "applied", result.message
                self.learn(office, knowledge)


AUTHOR_STAMPS = ("created_by", "updated_by")


def rows_by_id(net: Network, site: str, *, stamps: bool = False) -> dict[str, dict]:
    """Each record's values, without who stamped it: an office records headquarters' changes under whoever signed
    the bundle (a certified user, or 'headquarters (root key)'), never the name headquarters wrote (docs/SYNC.md,
    "The author is the certified user"), so those two stamps differ between headquarters and offices by design."""
    tables = json.loads(net.dump(site))["tables"]
    return {row["id"]: {k: v for k, v in row.items() if stamps or k not in AUTHOR_STAMPS}
            for name in ("participant", "expert", "office") for row in tables[name]}


@dataclass
class Seeded:
    """The network after World.setup (the same for every example, so made once per engine) and what the world
    knew then."""
    root: Path
    world: World


@pytest.fixture(scope="session")
def seeded_network(network_template, clone, backend, tmp_path_factory) -> Seeded:
    root = tmp_path_factory.mktemp("seeded-network")
    for site in network_template.iterdir():
        clone(site, root / site.name)
    world = World(Network(root), ())
    world.setup()
    world.net.close()
    shutil.rmtree(root / "bundles")
    return Seeded(root, world)


# How many runs: tests/conftest.py's hypothesis profiles ("quick" in `make test`, "long" in `make test-long`).
@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(op, min_size=15, max_size=40))
def test_sites_converge_and_no_edit_is_lost(seeded_network, clone, backend, steps):
    root = Path(tempfile.mkdtemp(prefix="convergence-"))
    (root / "net").mkdir()
    for site in seeded_network.root.iterdir():
        clone(site, root / "net" / site.name)
    # Headquarters on PostgreSQL is backed up and restored with PostgreSQL's own tools, not FieldDesk's.
    seeded = seeded_network.world
    world = World(Network(root / "net"), tuple(SITES) if backend == "sqlite" else tuple(OFFICES),
                  records=list(seeded.records), edits=list(seeded.edits),
                  knows={site: set(known) for site, known in seeded.knows.items()}, created=dict(seeded.created))
    try:
        for step in steps:
            world.run(step)
        world.final_exchange()
        at = {site: rows_by_id(world.net, site) for site in SITES}
        # Headquarters holds every office's records.
        known = set().union(*world.knows.values())
        for table, rid, _owner in world.records:
            assert rid in at["HQ"] or world.created[rid] not in known, f"{table} {rid} never reached headquarters"
        # Every record has the same values wherever it is held; a participant who does not consent to share their
        # name is held at headquarters under the office's pseudonym, without organisation, position or contacts.
        for site in OFFICES:
            for rid, row in at[site].items():
                if row.get(CONSENT) is False and row.get("owner_office") == site:
                    theirs = at["HQ"][rid]
                    assert is_pseudonym(theirs["full_name"]), f"HQ names {rid}, who did not consent"
                    assert all(theirs[f] == "" for f in SCRUBBED_FIELDS if f != "full_name"), theirs
                    row, theirs = ({k: v for k, v in r.items() if k not in SCRUBBED_FIELDS} for r in (row, theirs))
                    assert row == theirs, f"{site} and HQ disagree on {rid}"
                    continue
                assert row == at["HQ"][rid], f"{site} and HQ disagree on {rid}"
            for table, rid, owner in world.records:
                if world.holds(site, owner, table) and world.created[rid] in known:
                    assert rid in at[site], f"{site} lacks its {table} {rid}"
        # A person erased anywhere (and still known somewhere) is erased wherever the record is held.
        erased = {e.record for e in world.edits if e.field == ERASED and e.n in known}
        for site in SITES:
            for rid in erased & set(at[site]):
                assert at[site][rid]["full_name"] == pseudonym(rid), f"{site} still names erased {rid}"
                assert all(at[site][rid][f] in ("", pseudonym(rid)) for f in SCRUBBED_FIELDS)
        # Every edit is the value in effect or kept in a conflict, unless a later edit was made knowing it, or it
        # was personal data since erased.
        kept: set[tuple[str, str, str]] = set()
        for site in SITES:
            with world.net[site].reading() as conn:
                for c in conn.execute(CONFLICTS.select()).mappings():
                    kept.add((c["record_id"], c["field"], json.dumps(c["local_value"])))
                    kept.add((c["record_id"], c["field"], json.dumps(c["remote_value"])))
        for edit in world.edits:
            superseded = any(later.n > edit.n and later.record == edit.record and later.field == edit.field
                             and edit.n in later.knew for later in world.edits)
            if superseded or edit.n not in known or edit.field == ERASED or (
                    edit.record in erased and edit.field in SCRUBBED_FIELDS):
                continue
            owner = next(o for _t, r, o in world.records if r == edit.record)
            if edit.record in world.withheld and edit.field in SCRUBBED_FIELDS:
                # Withheld once: headquarters held the pseudonym, and a correction it made meanwhile may be lost (the
                # withdrawal wins, docs/DATA-SAFETY.md); the office's own edits stay at the office.
                if edit.site == "HQ" or edit.record not in at[owner]:
                    continue
                in_effect = at[owner][edit.record][edit.field] == edit.value
                assert in_effect or (edit.record, edit.field, json.dumps(edit.value)) in kept, f"edit {edit} was lost"
                continue
            in_effect = at["HQ"][edit.record][edit.field] == edit.value
            assert in_effect or (edit.record, edit.field, json.dumps(edit.value)) in kept, f"edit {edit} was lost"
    finally:
        world.net.close()
        shutil.rmtree(root, ignore_errors=True)
