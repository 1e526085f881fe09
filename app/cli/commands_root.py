"""Headquarters' root key: ``fielddesk keys root export|import`` (moving it to an offline medium, encrypted, and
back) and ``fielddesk keys require-user-signatures on|off`` (a setting the root key signs, carried to every office).
What they print is in the catalogue (``problem.keys.*``, app/vocabulary/trust_words.py)."""

from __future__ import annotations

from app.cli.common import open_profile
from app.vocabulary.problems import problem


def register(ksub) -> None:
    p = ksub.add_parser("require-user-signatures", help="headquarters: offices refuse bundles signed by the root "
                                                        "key alone (on), or accept them again (off)")
    p.add_argument("state", choices=("on", "off"))
    add_root_options(p)
    p.set_defaults(handler=cmd_require_user_signatures)


def add_root_options(p) -> None:
    """For an operation only headquarters' root key may make, in a profile folder that does not hold it."""
    p.add_argument("--root", metavar="FILE", help="headquarters' root key as 'keys root export' wrote it (used "
                                                   "for this command only, never kept in the profile)")
    p.add_argument("--root-passphrase-file", metavar="FILE", help="the passphrase of that file (else a prompt)")


def cmd_require_user_signatures(args) -> int:
    from app.sync.hq_policy import set_users_required

    with open_profile(args) as fd:
        set_users_required(fd, args.state == "on")
    print(problem("keys.users_required_on" if args.state == "on" else "keys.users_required_off"))
    return 0
