"""Replacing this site's keys: ``keys rotate`` (routine) and ``keys revoke`` (the old key may be in other hands).
Both make a new identity signed by the old one, which the next bundle carries to every peer (app/sync/rotation.py).
What they print is in the catalogue (``problem.keys.*`` in app/locale): English here, as every command
prints."""

from __future__ import annotations

from app.cli import commands_root
from app.cli.commands_root import add_root_options, lend_root
from app.cli.common import open_profile
from app.vocabulary.problems import problem


def register(ksub) -> None:
    p = ksub.add_parser("rotate", help="replace this site's keys; peers adopt the new ones from the next bundle")
    add_root_options(p)
    p.set_defaults(handler=cmd_keys_rotate)
    p = ksub.add_parser("revoke", help="replace this site's keys because the old ones may be in other hands; peers "
                                       "refuse anything signed with them once they have the next bundle")
    add_root_options(p)
    p.set_defaults(handler=cmd_keys_revoke)
    users = ksub.add_parser("user", help="headquarters: a signing key of the user's own, certified by headquarters' "
                                         "key; offices refuse a revoked user's bundles")
    usub = users.add_subparsers(dest="user_command", required=True)
    p = usub.add_parser("add", help="make this profile folder's user key and certify it")
    p.add_argument("name", help="the user's name, as offices will see it")
    add_root_options(p)
    p.set_defaults(handler=cmd_keys_user_add)
    p = usub.add_parser("revoke", help="revoke every key of this user; offices refuse them from the next bundle")
    p.add_argument("name")
    add_root_options(p)
    p.set_defaults(handler=cmd_keys_user_revoke)
    p = usub.add_parser("list", help="the users' keys headquarters has certified and revoked")
    p.set_defaults(handler=cmd_keys_user_list)
    commands_root.register(ksub)


def cmd_keys_rotate(args) -> int:
    return _replace(args, revoked=False)


def cmd_keys_revoke(args) -> int:
    return _replace(args, revoked=True)


def _replace(args, *, revoked: bool) -> int:
    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.keys import peers

    # imported here: start-up: the command line does not load sync
    from app.sync.rotation import rotate

    with open_profile(args) as fd:
        lend_root(args, fd)
        old, new = rotate(fd, revoked=revoked)
        codes = [p.office_code for p in peers(fd)]
    print(problem("keys.rotated", office=new.office, fingerprint=new.fingerprint, old=old.fingerprint))
    print(problem("keys.revoked_sent" if revoked else "keys.retired_sent",
                  offices=f" ({', '.join(codes)})" if codes else ""))
    if revoked:
        print(problem("keys.revoked_advice"))
    if getattr(args, "root", None):  # the old root was lent; the new one was made here
        print(problem("keys.root_new_in_folder"))
    return 0


def cmd_keys_user_add(args) -> int:
    # imported here: start-up: the command line does not load sync
    from app.sync.hq_users import add_user

    with open_profile(args) as fd:
        lend_root(args, fd)
        statement = add_user(fd, args.name)
    print(problem("keys.user_added", user=statement.user))
    return 0


def cmd_keys_user_revoke(args) -> int:
    # imported here: start-up: the command line does not load sync
    from app.sync.hq_users import revoke_user

    with open_profile(args) as fd:
        lend_root(args, fd)
        statements = revoke_user(fd, args.name)
    print(problem("keys.user_revoked", count=len(statements), user=statements[0].user))
    return 0


def cmd_keys_user_list(args) -> int:
    # imported here: start-up: the command line does not load sync
    from app.sync.hq_users import own_statements

    with open_profile(args) as fd:
        statements = own_statements(fd)
    revoked = {s.signing_key: s.made_at for s in statements if s.kind == "revoke"}
    for s in statements:
        if s.kind == "certify":
            state = (problem("keys.user_revoked_on", date=revoked[s.signing_key][:10]) if s.signing_key in revoked
                     else problem("keys.user_valid"))
            print(problem("keys.user_line", user=s.user, date=s.made_at[:10], state=state, key=s.signing_key[:12]))
    if not statements:
        print(problem("keys.no_users"))
    return 0
