"""Headquarters commands: moving the consolidated profile to PostgreSQL."""

from __future__ import annotations

from app.cli.common import open_profile


def register(sub) -> None:
    p = sub.add_parser("hq", help="headquarters: the consolidated database")
    hsub = p.add_subparsers(title="hq commands", metavar="ACTION", required=True)
    c = hsub.add_parser("move-to-postgres", help="copy this headquarters profile into an empty PostgreSQL database, "
                                                 "verify it, and use it from now on")
    c.add_argument("--db", dest="target_db", required=True, metavar="URL", help="postgresql://USER@HOST/DB (empty)")
    c.set_defaults(handler=cmd_move)


def cmd_move(args) -> int:
    # imported here: start-up: the command line does not load services.profile
    from app.services.profile.move import move_to_postgres

    fd = open_profile(args, daily_backup=False)
    try:
        kept = move_to_postgres(fd, args.target_db)
    finally:
        fd.close()
    print(f"Moved to PostgreSQL; 'fielddesk export json' is identical before and after. The SQLite file was kept as "
          f"{kept} (delete it once you are satisfied).")
    return 0
