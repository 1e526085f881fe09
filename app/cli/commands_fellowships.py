"""Fellowships on the command line.

fielddesk fellowships list [--cohort TEXT] [--json]
fielddesk fellowships from-activity ID [--cohort TEXT]: a fellowship record for each person enrolled in an old
    training activity of form "fellowship" (recorded before fellowships were records of their own); the activity,
    its attendance and scores stay as they are.
"""

from __future__ import annotations

from app.cli.common import open_profile, print_json
from app.vocabulary import enum_label
from app.vocabulary.plurals import english_count


def register(sub) -> None:
    p = sub.add_parser("fellowships", help="list fellowships, or copy an old fellowship activity into fellowships")
    kinds = p.add_subparsers(dest="fellowships_command", metavar="COMMAND", required=True)
    listing = kinds.add_parser("list", help="the fellowships, by cohort, with their placement weeks and status")
    listing.add_argument("--cohort", metavar="TEXT", help="one cohort, by its name")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=cmd_list)
    copy = kinds.add_parser("from-activity", help="a fellowship for each person enrolled in a training activity of "
                                                  "form Fellowship (the activity is kept as it is)")
    copy.add_argument("training_id", metavar="ID", help="the id of the training activity")
    copy.add_argument("--cohort", metavar="TEXT", help="the cohort's name (default: the activity's title)")
    copy.set_defaults(handler=cmd_from_activity)


def cmd_list(args) -> int:
    # imported here: start-up: the command line does not load models.enums
    from app.models.enums import FellowshipStatus

    # imported here: start-up: the command line does not load services.programme
    from app.services.programme.fellowships import report_rows

    with open_profile(args) as fd:
        rows = report_rows(fd, cohort=args.cohort)
    if args.json:
        print_json([{"id": r["id"], "fellow": r["full_name"], "cohort": r["cohort"], "host": r["host"],
                     "placement_start": r["placement_start"].isoformat() if r["placement_start"] else None,
                     "placement_end": r["placement_end"].isoformat() if r["placement_end"] else None,
                     "weeks": r["weeks"], "status": r["status"], "contacts": len(r["contacts"])} for r in rows])
        return 0
    print(f"{english_count(len(rows), 'fellowship', 'fellowships')}.")
    for r in rows:
        weeks = f"{r['weeks']} weeks" if r["weeks"] is not None else "no placement dates"
        status = enum_label(FellowshipStatus, r["status"], "en")  # the label people read; --json keeps the code
        print(f"{r['id']}  {r['cohort']}  {r['full_name']}  {status}  {weeks}")
    return 0


def cmd_from_activity(args) -> int:
    # imported here: start-up: the command line does not load services.programme
    from app.services.programme.fellowships import copy_from_activity

    with open_profile(args) as fd:
        made = copy_from_activity(fd, args.training_id, cohort=args.cohort)
    print(f"Made {english_count(len(made), 'fellowship record', 'fellowship records')}; the activity, its attendance "
          "and scores are kept as they were."
          if made else "Nothing to make: everyone enrolled is already a fellow of that cohort.")
    return 0
