"""Clock commands: ``clock check`` says whether this computer's clock seems wrong (against what headquarters has
sent), ``clock repair`` brings a sync clock that ran ahead, and this site's unsent changes, back to the present."""

from __future__ import annotations

from app.cli.common import open_profile, print_json


def register(sub) -> None:
    clock = sub.add_parser("clock", help="check this computer's clock; repair the sync clock after it ran ahead")
    csub = clock.add_subparsers(title="clock commands", metavar="ACTION", required=True)
    p = csub.add_parser("check", help="say whether this computer's clock seems far off")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_clock_check)
    p = csub.add_parser("repair", help="re-stamp unsent changes with the present time and reset the sync clock")
    p.add_argument("--dry-run", action="store_true", help="say what would be done, without writing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_clock_repair)


def cmd_clock_check(args) -> int:
    # imported here: start-up: the command line does not load sync
    from app.sync.skew import clock_health

    with open_profile(args, clock_check=False) as fd:
        problems = clock_health(fd)
        now = fd.wall.iso()
    if args.json:
        print_json({"now": now, "problems": problems})
    elif problems:
        for problem in problems:
            print(problem)
    else:
        print(f"Nothing suggests that this computer's clock ({now}) is far off.")
    return 0


def cmd_clock_repair(args) -> int:
    from dataclasses import asdict

    # imported here: start-up: the command line does not load sync
    from app.sync.repair import repair_clock

    with open_profile(args, clock_check=False) as fd:
        result = repair_clock(fd, dry_run=args.dry_run)
    if args.json:
        print_json(asdict(result) | {"message": result.message})
    else:
        print(result.message)
    return 0
