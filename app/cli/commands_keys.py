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
