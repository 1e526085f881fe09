"""Replacing this site's keys: ``keys rotate`` (routine) and ``keys revoke`` (the old key may be in other hands).
Both make a new identity signed by the old one, which the next bundle carries to every peer (app/sync/rotation.py)."""

from __future__ import annotations

from app.cli.common import open_profile


def register(ksub) -> None:
    p = ksub.add_parser("rotate", help="replace this site's keys; peers adopt the new ones from the next bundle")
    p.set_defaults(handler=cmd_keys_rotate)
    p = ksub.add_parser("revoke", help="replace this site's keys because the old ones may be in other hands; peers "
                                       "refuse anything signed with them once they have the next bundle")
    p.set_defaults(handler=cmd_keys_revoke)
    users = ksub.add_parser("user", help="headquarters: a signing key of the user's own, certified by headquarters' "
                                         "key; offices refuse a revoked user's bundles")
    usub = users.add_subparsers(dest="user_command", required=True)
    p = usub.add_parser("add", help="make this profile folder's user key and certify it")
    p.add_argument("name", help="the user's name, as offices will see it")
    p.set_defaults(handler=cmd_keys_user_add)
    p = usub.add_parser("revoke", help="revoke every key of this user; offices refuse them from the next bundle")
    p.add_argument("name")
    p.set_defaults(handler=cmd_keys_user_revoke)
    p = usub.add_parser("list", help="the users' keys headquarters has certified and revoked")
    p.set_defaults(handler=cmd_keys_user_list)


def cmd_keys_rotate(args) -> int:
    return _replace(args, revoked=False)


def cmd_keys_revoke(args) -> int:
    return _replace(args, revoked=True)


def _replace(args, *, revoked: bool) -> int:
    from app.sync.keys import peers
    from app.sync.rotation import rotate

    with open_profile(args) as fd:
        old, new = rotate(fd, revoked=revoked)
        codes = [p.office_code for p in peers(fd)]
    print(f"New keys for {new.office}. Fingerprint: {new.fingerprint} (was {old.fingerprint}).")
    print("The old key " + ("is revoked" if revoked else "is retired") + ": the next bundle to each office carries "
          "the new identity, signed by the old key, and the office trusts it from then on"
          + (f" ({', '.join(codes)})." if codes else "."))
    if revoked:
        print("Until an office has imported that bundle it still accepts the old key: send one to every office now. "
              "If someone else may have used the old key first, confirm the new fingerprint by phone.")
    return 0


def cmd_keys_user_add(args) -> int:
    from app.sync.hq_users import add_user

    with open_profile(args) as fd:
        statement = add_user(fd, args.name)
    print(f"A signing key for {statement.user}, certified by headquarters' key, is in this profile folder. Bundles "
          "made here are signed by it from now on, and name the user; each office learns the certificate from the "
          "next bundle.")
    return 0


def cmd_keys_user_revoke(args) -> int:
    from app.sync.hq_users import revoke_user

    with open_profile(args) as fd:
        statements = revoke_user(fd, args.name)
    print(f"{len(statements)} key(s) of {statements[0].user} revoked. Each office refuses bundles signed by them once "
          "it has imported the next bundle from headquarters: send one to every office now.")
    return 0


def cmd_keys_user_list(args) -> int:
    from app.sync.hq_users import own_statements

    with open_profile(args) as fd:
        statements = own_statements(fd)
    revoked = {s.signing_key: s.made_at for s in statements if s.kind == "revoke"}
    for s in statements:
        if s.kind == "certify":
            state = f"revoked {revoked[s.signing_key][:10]}" if s.signing_key in revoked else "valid"
            print(f"{s.user}\tcertified {s.made_at[:10]}\t{state}\tkey {s.signing_key[:12]}…")
    if not statements:
        print("No headquarters user has a key of their own yet: bundles are signed by headquarters' key.")
    return 0
