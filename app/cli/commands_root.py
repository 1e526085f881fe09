"""Headquarters' root key: ``fielddesk keys root export|import`` (moving it to an offline medium, encrypted, and
back) and ``fielddesk keys require-user-signatures on|off`` (a setting the root key signs, carried to every office).
What they print is in the catalogue (``problem.keys.*`` in app/locale)."""

from __future__ import annotations

from pathlib import Path

from app.cli.common import open_profile
from app.invocation.errors import UsageError
from app.vocabulary.problems import problem


def register(ksub) -> None:
    root = ksub.add_parser("root", help="headquarters' root key (the one offices pin): take it offline, bring it "
                                        "back")
    rsub = root.add_subparsers(dest="root_command", required=True)
    p = rsub.add_parser("export", help="write the root key to FILE, encrypted with a passphrase of its own, and "
                                       "remove it from this profile folder")
    p.add_argument("file")
    p.add_argument("--keep", action="store_true", help="keep it in this profile folder too")
    p.add_argument("--new-passphrase-file", metavar="FILE", help="the passphrase for FILE (else a prompt)")
    p.set_defaults(handler=cmd_root_export)
    p = rsub.add_parser("import", help="put the root key from FILE back in this profile folder")
    p.add_argument("file")
    p.add_argument("--root-passphrase-file", metavar="FILE", help="the passphrase of FILE (else a prompt)")
    p.set_defaults(handler=cmd_root_import)
    p = rsub.add_parser("remove", help="remove a copy of the root key from this profile folder (its public key "
                                       "stays)")
    p.set_defaults(handler=cmd_root_remove)
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


def lend_root(args, fd) -> None:
    """``--root FILE``: the root key for this command only."""
    if getattr(args, "root", None):
        # imported here: start-up: the command line does not load sync
        from app.sync.hq_root import borrow_root

        borrow_root(fd, Path(args.root), _root_passphrase(args))


def _root_passphrase(args) -> str:
    # imported here: start-up: the command line does not load invocation.secrets
    from app.invocation.secrets import prompt_secret, read_secret_file

    path = getattr(args, "root_passphrase_file", None)
    return read_secret_file(path) if path else prompt_secret("passphrase of the root key file")


def cmd_root_export(args) -> int:
    # imported here: start-up: the command line does not load invocation.secrets
    from app.invocation.secrets import new_passphrase

    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.keys import load_identity

    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.strength import normalise

    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.strength import problem as weakness

    # imported here: start-up: the command line does not load sync
    from app.sync.hq_root import export_root

    passphrase = normalise(new_passphrase(args, "passphrase for the root key file"))
    with open_profile(args) as fd:
        weak = weakness(passphrase, (fd.site.office,))
        if weak:
            raise UsageError(weak, 1)
        export_root(fd, Path(args.file), passphrase, keep=args.keep)
        fingerprint = load_identity(fd).card.fingerprint
    print(problem("keys.root_exported_kept" if args.keep else "keys.root_exported", path=args.file,
                  fingerprint=fingerprint))
    return 0


def cmd_root_import(args) -> int:
    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.strength import normalise

    # imported here: start-up: the command line does not load sync
    from app.sync.hq_root import import_root

    with open_profile(args) as fd:
        import_root(fd, Path(args.file), normalise(_root_passphrase(args)))
    print(problem("keys.root_imported"))
    return 0


def cmd_root_remove(args) -> int:
    # imported here: start-up: the command line does not load sync
    from app.sync.hq_root import holds_root, remove_root

    with open_profile(args) as fd:
        if not holds_root(fd):
            # imported here: start-up: the command line does not load services.profile
            from app.services.profile.keys import IdentityError

            raise IdentityError(problem("keys.root_absent"))
        remove_root(fd)
    print(problem("keys.root_removed"))
    return 0


def cmd_require_user_signatures(args) -> int:
    # imported here: start-up: the command line does not load sync
    from app.sync.hq_policy import set_users_required

    with open_profile(args) as fd:
        lend_root(args, fd)
        set_users_required(fd, args.state == "on")
    print(problem("keys.users_required_on" if args.state == "on" else "keys.users_required_off"))
    return 0
