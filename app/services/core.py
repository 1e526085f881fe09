"""``FieldDesk``: one open profile and the services over it. The GUI, the command line, reports and sync all go
through it; nothing here imports Qt."""

from __future__ import annotations

import contextlib
import functools
import getpass
import os
import shutil
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, select, text

from app import __version__
from app.models import OfficeRole
from app.models.ids import reference_id
from app.services.errors import FieldDeskError, ProfileError
from app.services.privacy import pseudonyms
from app.services.privacy.pseudonyms import ensure_key
from app.services.profile import PROFILE_FORMAT, ProfileFolder, opened_copies
from app.services.profile.lock import ProfileLock
from app.services.store import schema
from app.services.store.changes import SiteIdentity, Writer
from app.services.store.clock import SYSTEM, WallClock
from app.services.store.db import Database, normalise_url
from app.services.store.entities import ENTITIES
from app.services.store.local_settings import SETTINGS, put_setting
from app.services.store.records import RecordService
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.profile.vault import Vault
    from app.services.programme.stats import Statistics

# attribute name on FieldDesk -> table
SERVICE_NAMES = {
    "countries": "country",
    "thematic_areas": "thematic_area",
    "stakeholder_types": "stakeholder_type",
    "offices": "office",
    "experts": "expert",
    "projects": "project",
    "project_budgets": "project_budget",
    "missions": "mission",
    "mission_members": "mission_member",
    "mission_findings": "mission_finding",
    "meetings": "stakeholder_meeting",
    "recommendations": "recommendation",
    "followup_notes": "followup_note",
    "trainings": "training",
    "participants": "participant",
    "enrollments": "enrollment",
    "attachments": "attachment",
    "country_profiles": "country_profile",
    "priority_criteria": "priority_criterion",
    "due_rules": "due_rule",
    "retention_rules": "retention_rule",
    "project_transitions": "project_transition",
    "project_results": "project_result",
    "indicators": "result_indicator",
    "indicator_values": "indicator_value",
    "project_risks": "project_risk",
    "project_evaluations": "project_evaluation",
    "sustainability_checks": "sustainability_check",
    "board_sessions": "board_session",
    "board_members": "board_member",
    "board_adoptions": "board_adoption",
    "board_decisions": "board_decision",
    "grants": "grant_award",
    "grant_transitions": "grant_transition",
    "grant_tranches": "grant_tranche",
    "grant_reports": "grant_report",
    "reviews": "review",
    "review_members": "review_member",
    "review_interviews": "review_interview",
    "review_findings": "review_finding",
    "requests": "assistance_request",
    "request_transitions": "request_transition",
    "request_scores": "request_score",
    "partners": "partner",
    "partner_activities": "partner_activity",
    "donors": "donor",
    "contributions": "contribution",
    "exchange_rates": "exchange_rate",
    "fund_allocations": "fund_allocation",
    "fellowships": "fellowship",
    "fellowship_objectives": "fellowship_objective",
    "fellowship_contacts": "fellowship_contact",
    "regions": "region",  # UN M49 regions (schema 0024)
    # National human rights institutions (schema 0026)
    "institutions": "institution",
    "institution_accreditations": "institution_accreditation",
    "institution_concerns": "institution_concern",
    "institution_offices": "institution_office",
    "action_plans": "action_plan",  # national action plans (schema 0025)
    "plan_actions": "plan_action",
}


def default_author() -> str:
    name = os.environ.get("FIELDDESK_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


class FieldDesk:
    countries: RecordService
    thematic_areas: RecordService
    stakeholder_types: RecordService
    offices: RecordService
    experts: RecordService
    projects: RecordService
    project_budgets: RecordService
    missions: RecordService
    mission_members: RecordService
    mission_findings: RecordService
    meetings: RecordService
    recommendations: RecordService
    followup_notes: RecordService
    trainings: RecordService
    participants: RecordService
    enrollments: RecordService
    attachments: RecordService
    country_profiles: RecordService
    priority_criteria: RecordService
    due_rules: RecordService
    retention_rules: RecordService
    project_transitions: RecordService
    project_results: RecordService
    indicators: RecordService
    indicator_values: RecordService
    project_risks: RecordService
    project_evaluations: RecordService
    sustainability_checks: RecordService
    board_sessions: RecordService
    board_members: RecordService
    board_adoptions: RecordService
    board_decisions: RecordService
    grants: RecordService
    grant_transitions: RecordService
    grant_tranches: RecordService
    grant_reports: RecordService
    reviews: RecordService
    review_members: RecordService
    review_interviews: RecordService
    review_findings: RecordService
    requests: RecordService
    request_transitions: RecordService
    request_scores: RecordService
    partners: RecordService
    partner_activities: RecordService
    donors: RecordService
    contributions: RecordService
    exchange_rates: RecordService
    fund_allocations: RecordService
    fellowships: RecordService
    fellowship_objectives: RecordService
    fellowship_contacts: RecordService
    institutions: RecordService
    institution_accreditations: RecordService
    institution_concerns: RecordService
    institution_offices: RecordService
    action_plans: RecordService
    plan_actions: RecordService

    def __init__(self, folder: ProfileFolder, db: Database, site: SiteIdentity, author: str,
                 vault: Vault | None = None):
        self.folder = folder
        self.db = db
        self.vault = vault  # the unlocked data key of an encrypted profile; None for a plain one
        self.recovery_key: str | None = None  # set only on the object that created an encrypted profile
        self.lock: ProfileLock | None = None  # shared while open (see app/services/profile/lock.py)
        self.site = site
        self.author = author
        # At headquarters, with a certified user key: signs each change made here (app/sync/attribution.py)
        self.attester = None
        # The time this site believes it is (app/services/store/clock.py): the system's, movable per site by tests.
        self.wall = WallClock(base=SYSTEM)
        self._tls = threading.local()
        self._services = {e.name: RecordService(self, e) for e in ENTITIES}
        for attribute, table in SERVICE_NAMES.items():
            setattr(self, attribute, self._services[table])

    @functools.cached_property
    def stats(self) -> Statistics:
        # imported here: start-up: the first screen (participants) does not load services.programme.stats
        from app.services.programme.stats import Statistics  # on first use: it declares the tables it counts

        return Statistics(self)

    # ------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | os.PathLike[str], *, author: str | None = None, upgrade: bool = True,
             secret: str | None = None, vault: Vault | None = None) -> FieldDesk:
        """Open a profile; ``secret`` is the passphrase or recovery key of an encrypted one, or ``vault`` its key
        already unlocked (to open it again after a restore replaced the database, without asking again)."""
        folder = ProfileFolder(Path(path))
        meta = _password_moved_out(folder, folder.read_meta())
        folder.restrict_access()
        opened_copies.no_core_dumps()
        opened_copies.sweep()  # decrypted attachments a crashed session left for other programs
        lock = ProfileLock(folder.path).share()
        try:
            if vault is None and folder.is_encrypted:
                # imported here: start-up: the first screen (participants) does not load services.profile.vault
                from app.services.profile.vault import unlock_vault  # cryptography loads for an encrypted profile only

                vault = unlock_vault(folder, secret)
        except BaseException:
            lock.release()
            raise
        url = folder.database_url(meta)
        db = Database(url, key=_database_key(url, vault))
        try:
            with db.read() as conn:
                state = schema.read_state(conn)
            schema.refuse_if_newer(state)
            if state.is_empty:
                raise ProfileError(problem("profile.db_missing", path=str(folder.path)))
            if state.is_older:
                if not upgrade:
                    raise ProfileError(problem("profile.needs_upgrade", path=str(folder.path),
                                                       schema=str(state.revision)))
                if db.is_sqlite:
                    # imported here: start-up: the first screen (participants) does not load services.profile.backup
                    from app.services.profile.backup import backup_before

                    backup_before(folder, db, f"before-upgrade-from-{state.revision}")
                schema.upgrade(db)
                with db.write() as conn:  # reference data that came with the newer schema
                    # imported here: start-up: the first screen (participants) does not load services.store.seed
                    from app.services.store.seed import seed_reference_data

                    seed_reference_data(conn)
            site = _load_identity(db)
            with db.read() as conn:
                keyless = not pseudonyms.has_key(conn)
            if keyless:  # a profile made before keyed pseudonyms
                with db.write() as conn:
                    pseudonyms.ensure_key(conn)
            if meta.get("sync_high_water"):  # only a profile that has synced has a mark to compare with
                # imported here: start-up: the first screen (participants) does not load services.store.incarnation
                from app.services.store import incarnation

                with db.read() as conn:
                    noted_clock = incarnation.behind_high_water(meta, conn, site.site_id)
                if noted_clock is not None:
                    with db.write() as conn:
                        incarnation.begin(conn, until=noted_clock)
        except BaseException:
            db.dispose()
            lock.release()
            raise
        opened = cls(folder, db, site, author or default_author(), vault)
        opened.lock = lock
        if site.is_hq:  # the certified user of this profile folder, when it holds one (app/sync/hq_users.py)
            # imported here: start-up: the first screen (participants) does not load sync
            from app.sync.hq_users import certified_author

            with contextlib.suppress(FieldDeskError):  # a damaged or locked key is named where it is used
                certified_author(opened)
        if db.is_sqlite and folder.attachments_dir.is_dir():
            # imported here: start-up: the first screen (participants) does not load services.profile.attachment_names
            from app.services.profile import attachment_names

            with contextlib.suppress(OSError):  # a read-only copy keeps its old names (they are still read)
                attachment_names.migrate(opened)
        elif not db.is_sqlite:  # the database's rows, by headquarters' key (app/services/profile/blob_names.py)
            # imported here: start-up: the first screen (participants) does not load services.profile.blob_names
            from app.services.profile.blob_names import rename_rows

            with contextlib.suppress(FieldDeskError):  # keys not here yet (joining): old names are still read
                rename_rows(opened)
        if meta.get("office") != site.office or meta.get("role") != site.role:
            # what the window shows before opening it (app/services/profile/summary.py)
            with contextlib.suppress(OSError):
                folder.write_meta({**meta, "office": site.office, "role": site.role})
        return opened

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        *,
        office_code: str,
        office_name: str,
        role: str = "field",
        country_code: str | None = None,
        author: str | None = None,
        database_url: str | None = None,
        passphrase: str | None = None,
    ) -> FieldDesk:
        """Make a new profile, encrypted when a passphrase is given (the returned object's ``recovery_key`` is then
        the only time the recovery key is seen). Built in a scratch folder and renamed into place, so a failure
        leaves nothing."""
        target = Path(path)
        if ProfileFolder(target).exists():
            raise ProfileError(problem("profile.exists", path=str(target)))
        if database_url:
            # imported here: start-up: the first screen (participants) does not load services.profile.pg_access
            from app.services.profile.pg_access import refuse_password

            refuse_password(normalise_url(database_url))
        if target.exists() and any(target.iterdir()):
            raise ProfileError(problem("profile.folder_not_empty", path=str(target)))
        role = OfficeRole(role).value
        code = office_code.strip().upper()
        scratch = target.with_name(f".{target.name}.creating-{uuid.uuid4().hex[:8]}")
        scratch.mkdir(mode=0o700, parents=True)
        fd = None
        try:
            folder = ProfileFolder(scratch)
            meta = {"format": PROFILE_FORMAT, "created_by_version": __version__, "database": {}, "office": code,
                    "role": role}
            if database_url:
                database_url = normalise_url(database_url)
                meta["database"]["url"] = database_url
            vault, recovery = None, None
            if passphrase is not None:
                # imported here: start-up: the first screen (participants) does not load services.profile.vault
                from app.services.profile.vault import Keyring, Vault

                data_key, recovery = Keyring(scratch).create(passphrase, (code, office_name))
                vault = Vault(data_key)
            url = database_url or folder.database_url(meta)
            db = Database(url, key=_database_key(url, vault))
            with db.read() as conn:
                existing = schema.read_state(conn)
            if not existing.is_empty:
                db.dispose()
                raise ProfileError(problem("profile.database_taken"))
            schema.upgrade(db)
            site = SiteIdentity(site_id=str(uuid.uuid4()), office=code, role=role)
            with db.write() as conn:
                # imported here: start-up: the first screen (participants) does not load services.store.seed
                from app.services.store.seed import seed_reference_data

                seed_reference_data(conn)
                _save_identity(conn, site)
            fd = cls(folder, db, site, author or default_author(), vault)
            country_id = None
            if country_code:
                country_id = reference_id("country", country_code)
                if not fd.countries.exists(country_id):
                    raise ProfileError(problem("profile.not_country", country=country_code))
            fd.offices.create({"id": reference_id("office", code), "code": code, "name": office_name,
                               "country_id": country_id, "role": role})
            folder.write_meta(meta)
            fd.close()
            fd = None
            if target.exists():
                target.rmdir()
            scratch.rename(target)
        except BaseException:
            if fd is not None:
                fd.close()
            shutil.rmtree(scratch, ignore_errors=True)
            raise
        opened = cls.open(target, author=author, secret=passphrase)
        opened.recovery_key = recovery
        return opened

    def close(self) -> None:
        self.db.dispose()
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> FieldDesk:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------- transactions
    def service(self, table: str) -> RecordService:
        return self._services[table]

    @contextmanager
    def writing(self) -> Iterator[Writer]:
        """A write transaction; nested calls on the same thread join the outer one."""
        active: Writer | None = getattr(self._tls, "writer", None)
        if active is not None:
            yield active
            return
        with self.db.write() as conn:
            writer = Writer(conn, self.site, self.author, self.wall, attest=self.attester)
            self._tls.writer = writer
            try:
                yield writer
                writer.flush()
            finally:
                self._tls.writer = None

    @contextmanager
    def reading(self, conn: Connection | None = None) -> Iterator[Connection]:
        if conn is not None:
            yield conn
            return
        active: Writer | None = getattr(self._tls, "writer", None)
        if active is not None:
            yield active.conn
            return
        with self.db.read() as c:
            yield c

    # ------------------------------------------------------------ settings
    def setting(self, key: str, default=None):
        with self.reading() as conn:
            value = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == key)).scalar()
        return default if value is None else value

    def set_setting(self, key: str, value) -> None:
        with self.writing() as w:
            put_setting(w.conn, key, value)

    def schema_revision(self) -> str | None:
        with self.reading() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _password_moved_out(folder: ProfileFolder, meta: dict) -> dict:
    """A profile made before passwords were refused may keep one in its address: it goes to the PostgreSQL password
    file (app/services/profile/pg_access.py), and the profile keeps the address without it."""
    url = (meta.get("database") or {}).get("url")
    if not url or url.startswith("sqlite"):
        return meta
    # imported here: start-up: the first screen (participants) does not load services.profile.pg_access
    from app.services.profile.pg_access import remember_password, without_password

    bare, password = without_password(url)
    if password is None:
        return meta
    remember_password(bare, password)
    meta = {**meta, "database": {**meta["database"], "url": bare}}
    folder.write_meta(meta)
    return meta


def _database_key(url: str, vault: Vault | None) -> str | None:
    """SQLCipher's key for a laptop database. A headquarters profile on PostgreSQL has a keyring too, but its data
    key protects only what lies in the profile folder (the private keys): the server guards the data."""
    return vault.sqlcipher_key if vault is not None and url.startswith("sqlite") else None


def _save_identity(conn: Connection, site: SiteIdentity) -> None:
    ensure_key(conn)  # this site's secret for keyed pseudonyms (app/services/privacy/pseudonyms.py), never sent
    put_setting(conn, "site_id", site.site_id)
    put_setting(conn, "office_code", site.office)
    put_setting(conn, "role", site.role)


def _load_identity(db: Database) -> SiteIdentity:
    with db.read() as conn:
        values = dict(conn.execute(select(SETTINGS.c.key, SETTINGS.c.value)).all())
    try:
        return SiteIdentity(site_id=values["site_id"], office=values["office_code"], role=values["role"])
    except KeyError as missing:
        raise ProfileError(problem("profile.identity_incomplete", item=missing.args[0])) from None
