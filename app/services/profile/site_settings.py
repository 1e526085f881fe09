"""Settings an office chooses for its own printed papers, kept like the site's identity in ``local_setting`` (never
synced: two offices may keep different weekends and sign their certificates differently)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.services.errors import FieldDeskError
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

WEEKEND_KEY = "weekend_days"
ORGANISATION_KEY = "organisation_name"
SIGNATORY_KEY = "certificate_signatory"
AUTHOR_NAMES_KEY = "author_names"
AUTHOR_NAMES_CARRIED_KEY = "author_names_carried"  # certified user -> the account whose name was carried to it
TRAINING_LANGUAGE_KEY = "training_language"
TRAINING_LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")  # the languages a training's form offers

# Python's weekday numbers (Monday 0 ... Sunday 6). The two weekends offices keep: most countries rest on Saturday
# and Sunday, many in the Middle East and North Africa on Friday and Saturday.
WEEKENDS = {"saturday-sunday": (5, 6), "friday-saturday": (4, 5)}
DEFAULT_WEEKEND = "saturday-sunday"


class SettingRefused(FieldDeskError):
    exit_code = 2


def weekend(fd: FieldDesk) -> str:
    """The office's weekend, a key of ``WEEKENDS`` (Saturday-Sunday unless the office chose otherwise)."""
    value = fd.setting(WEEKEND_KEY)
    return value if value in WEEKENDS else DEFAULT_WEEKEND


def weekend_days(fd: FieldDesk) -> tuple[int, ...]:
    return WEEKENDS[weekend(fd)]


def check_weekend(name: str) -> str:
    key = (name or "").strip().lower()
    if key not in WEEKENDS:
        raise SettingRefused(problem("settings.not_weekend", name=name, choices=", ".join(WEEKENDS)))
    return key


def set_weekend(fd: FieldDesk, name: str) -> None:
    key = check_weekend(name)  # refused before the profile is touched
    fd.set_setting(WEEKEND_KEY, key)


def organisation_name(fd: FieldDesk) -> str:
    """The organisation named on certificates; empty when the office has not set one (the report then names the
    programme in its own language)."""
    return str(fd.setting(ORGANISATION_KEY) or "").strip()


def set_organisation_name(fd: FieldDesk, name: str) -> None:
    fd.set_setting(ORGANISATION_KEY, " ".join((name or "").split()) or None)


def certificate_signatory(fd: FieldDesk) -> str:
    """The certificates' own signatory ("Name, title"), empty when the office set none."""
    return str(fd.setting(SIGNATORY_KEY) or "").strip()


def signatory(fd: FieldDesk) -> str:
    """Who signs certificates ("Name, title"): their own signatory, else the letterhead's; empty leaves the line to
    be filled in by hand."""
    # imported here: a cycle (services.profile.site_settings -> services.profile.letterhead -> ... -> services.profil...
    from app.services.profile.letterhead import letterhead

    return certificate_signatory(fd) or letterhead(fd).signatory()


def set_signatory(fd: FieldDesk, value: str) -> None:
    fd.set_setting(SIGNATORY_KEY, " ".join((value or "").split()) or None)


def author_names(fd: FieldDesk) -> dict[str, str]:
    """The people's names of recorded authors (login name -> "María López"): a change is stamped with the login name
    unless FIELDDESK_USER gives a name, and a printed history names people, not accounts."""
    value = fd.setting(AUTHOR_NAMES_KEY)
    return dict(value) if isinstance(value, dict) else {}


def set_author_name(fd: FieldDesk, name: str, author: str | None = None) -> None:
    """Name the person behind ``author`` (this profile's author unless given); an empty name forgets it."""
    names = author_names(fd)
    key = author or fd.author
    if name.strip():
        names[key] = " ".join(name.split())
    else:
        names.pop(key, None)
    fd.set_setting(AUTHOR_NAMES_KEY, names)


def carry_author_name(fd: FieldDesk, account: str, user: str) -> None:
    """At headquarters, when this profile's author becomes the certified user ``user`` in place of the computer
    account ``account`` (app/sync/hq_users.py): the person's name given under the account is given to the user too,
    once (a name the user is given or cleared afterwards stays as set). The account keeps its own, for the changes
    recorded under it."""
    carried = fd.setting(AUTHOR_NAMES_CARRIED_KEY)
    carried = dict(carried) if isinstance(carried, dict) else {}
    names = author_names(fd)
    if user in carried or account not in names:
        return
    if user not in names:
        names[user] = names[account]
        fd.set_setting(AUTHOR_NAMES_KEY, names)
    fd.set_setting(AUTHOR_NAMES_CARRIED_KEY, {**carried, user: account})


def training_language(fd: FieldDesk) -> str:
    """The language the office usually trains in: a new training activity's default (English unless set)."""
    value = fd.setting(TRAINING_LANGUAGE_KEY)
    return value if value in TRAINING_LANGUAGES else "en"


def set_training_language(fd: FieldDesk, code: str) -> None:
    key = (code or "").strip().lower()
    if key not in TRAINING_LANGUAGES:
        raise SettingRefused(problem("settings.not_training_language", language=code,
                                     choices=", ".join(TRAINING_LANGUAGES)))
    fd.set_setting(TRAINING_LANGUAGE_KEY, key)
