"""An office's own choice to send every participant to headquarters under their pseudonym, whatever their consent
(``pseudonymise_bundles`` in ``local_setting``: the office's, never synced). Headquarters' policy
(``app/services/privacy/name_policy.py``) can require the same of every office; this setting lets one office do it
alone.

Turning it on or off sends every participant of the office again with the next bundle: one change per person that
sets their consent to share the name to what it already is (nothing changes here; ``fielddesk check`` agrees). To
headquarters such a change carries the personal fields as they may now travel (``app/sync/consent.py``): the
pseudonym once the setting is on, so headquarters removes the name it held as for a withdrawn consent (and the
person's files); the name, contacts and files of those who consent once it is off."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.services.errors import FieldDeskError
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

SETTING = "pseudonymise_bundles"
CONSENT = "consent_share_name"


def pseudonymise_all(conn) -> bool:
    from sqlalchemy import select

    # imported here: start-up: the command line does not load models.local_setting
    from app.models.local_setting import LocalSetting

    table = LocalSetting.__table__
    return bool(conn.execute(select(table.c.value).where(table.c.key == SETTING)).scalar())


def in_use(fd: FieldDesk) -> bool:
    with fd.reading() as conn:
        return pseudonymise_all(conn)


def set_in_use(fd: FieldDesk, on: bool) -> int:
    """Returns how many participants the next bundle to headquarters sends again (0: already so, nothing changed).
    Raises FieldDeskError at headquarters (its own participants never go to headquarters)."""
    from sqlalchemy import select

    # imported here: start-up: the command line does not load models.participants
    from app.models import Participant

    # imported here: start-up: the command line does not load services.privacy.consent_given
    from app.services.privacy.consent_given import personal_values

    # imported here: start-up: the command line does not load services.store
    from app.services.store.local_settings import put_setting

    if fd.site.is_hq:
        raise FieldDeskError(problem("pseudonyms.office_setting"))
    table = Participant.__table__
    with fd.writing() as w:
        if pseudonymise_all(w.conn) == on:
            return 0
        put_setting(w.conn, SETTING, bool(on))
        rows = w.conn.execute(select(table.c.id, table.c[CONSENT]).where(
            table.c.owner_office == fd.site.office).order_by(table.c.id)).all()
        # Turned off, those who consent send their names again: logged with their personal fields, as consent given
        # is (app/services/privacy/consent_given.py).
        personal = {} if on else personal_values(w.conn, [r for r, consent in rows if consent])
        for record_id, consent in rows:
            values = {**personal.get(record_id, {}), CONSENT: bool(consent)}
            w.log("participant", record_id, "update", values, values, hlc=w.stamp_after("participant", record_id))
    return len(rows)
