"""Headquarters' setting "require user-signed bundles" (docs/SYNC.md, "Headquarters users' own signing keys").

Headquarters' root key signs the setting as a statement like a user certificate (kind ``require-user-signed``, or
``allow-root-signed`` to lift it), kept with the statements about its users and carried in every bundle it makes.
An office that has received it refuses a headquarters bundle signed by the root key alone: each bundle must then
name the certified user whose key signed it (and who is recorded as the author of its changes). Headquarters makes
no root-signed bundle while the setting is on, saying why, rather than have every office refuse it.

What it answers: a copy of the root key left on a laptop or a stick signs everyday bundles under no one's name.
What it does not: whoever holds the root key can certify a key of their own, or lift the setting; the root key
belongs offline ('fielddesk keys root export'), and a stolen one is replaced with 'fielddesk keys revoke'.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from app.services.profile.keys import IdentityError
from app.sync import hq_users
from app.sync.container import UserStatement
from app.sync.hq_root import holds_root, lent_root
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

REQUIRE = "require-user-signed"
ALLOW = "allow-root-signed"


def users_required(statements: list[UserStatement]) -> bool:
    """Whether the last setting among ``statements`` (oldest first) requires user-signed bundles."""
    settings = [s for s in statements if s.kind in (REQUIRE, ALLOW)]
    return bool(settings) and settings[-1].kind == REQUIRE


def set_users_required(fd: FieldDesk, required: bool) -> UserStatement:
    """Sign the setting with the root key and keep it with headquarters' statements (sent in every bundle)."""
    if not fd.site.is_hq:
        raise IdentityError(problem("keys.hq_only"))
    statement = hq_users._signed(fd, REQUIRE if required else ALLOW, "", "")
    with fd.writing() as w:
        hq_users._put_statements(w.conn, hq_users.OWN_STATEMENTS,
                                 [*hq_users._get(w.conn, hq_users.OWN_STATEMENTS), msgspec.to_builtins(statement)])
    return statement


def check_export(fd: FieldDesk, statements: list[UserStatement]) -> None:
    """At headquarters, before a bundle is signed by the root key: refused while the setting is on."""
    if users_required(statements):
        raise IdentityError(problem("keys.user_signature_required"))


@dataclass(frozen=True)
class PolicyState:
    """What the Sync page's Keys tab shows about the setting (app/ui/sync/user_signatures.py)."""

    required: bool
    decided_at: str  # when headquarters' root key signed the setting in force ("" when it never did)
    is_hq: bool  # headquarters decides; an office only shows what it received
    root_here: bool  # headquarters: the root key is in this profile folder (else it is asked for, as --root FILE)
    own_user: str | None  # headquarters: the certified user this folder signs bundles with


def state(fd: FieldDesk) -> PolicyState:
    """The setting in force here: at headquarters, the one it signed last; at an office, the last one received in
    a headquarters bundle (the one it applies)."""
    statements = hq_users.own_statements(fd) if fd.site.is_hq else hq_users._seen(fd)
    settings = [s for s in statements if s.kind in (REQUIRE, ALLOW)]
    return PolicyState(users_required(statements), settings[-1].made_at if settings else "", fd.site.is_hq,
                       fd.site.is_hq and holds_root(fd), hq_users.own_user(fd) if fd.site.is_hq else None)


def change(fd: FieldDesk, required: bool, root_file: str | None = None, passphrase: str = "") -> UserStatement:
    """The window's way to ``set_users_required``: with the root key of this folder, or lent from the file 'keys
    root export' wrote for this change only (as ``--root FILE`` lends it to one command)."""
    if not fd.site.is_hq:
        raise IdentityError(problem("keys.root_hq_only"))
    if not root_file:
        return set_users_required(fd, required)
    with lent_root(fd, Path(root_file), passphrase):
        return set_users_required(fd, required)
