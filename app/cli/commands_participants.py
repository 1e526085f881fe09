"""``fielddesk participants``: probable duplicates across the profile, and merging two records of one person."""

from __future__ import annotations

import sys

from app.cli.commands_privacy import add_participant_actions
from app.cli.common import open_profile, print_json, print_table
from app.invocation.errors import EXIT_USAGE, UsageError
from app.vocabulary.plurals import english_count


def register(sub) -> None:
    p = sub.add_parser("participants", help="find and merge records of one person; erase a person's data, or show all "
                                                "that is held about them")
    actions = p.add_subparsers(title="actions", metavar="ACTION", dest="participants_action")
    p.set_defaults(handler=lambda args: _usage())

    d = actions.add_parser("duplicates", help="list pairs of participants that are probably one person, with scores "
                                              "(at headquarters, across every office)")
    d.add_argument("--min-score", type=float, default=None, metavar="S",
                   help="the lowest similarity listed, 0.5 to 1 (default 0.85)")
    d.add_argument("--json", action="store_true", help="print JSON")
    d.set_defaults(handler=cmd_duplicates)

    m = actions.add_parser("merge", help="merge OTHER into KEEP: enrolments move to KEEP, OTHER becomes a record "
                                         "that points to KEEP; the merge syncs")
    m.add_argument("keep", metavar="KEEP", help="id of the record that stays")
    m.add_argument("other", metavar="OTHER", help="id of the record merged into it")
    m.add_argument("--take", action="append", default=[], metavar="FIELD",
                   help="take this field's value from OTHER (repeatable); by default KEEP's value, or OTHER's "
                        "where KEEP has none")
    m.add_argument("--dry-run", action="store_true", help="show what would be done, change nothing")
    m.add_argument("--json", action="store_true", help="print JSON")
    m.set_defaults(handler=cmd_merge)

    add_participant_actions(actions)


def _usage() -> int:
    raise UsageError("name an action: 'participants duplicates', 'participants merge KEEP OTHER', "
                     "'participants erase ID' or 'participants report ID --out FILE.pdf'", EXIT_USAGE)


def cmd_duplicates(args) -> int:
    # imported here: start-up: the command line does not load services.store
    from app.services.store.matching import SIMILAR, probable_duplicates

    threshold = SIMILAR if args.min_score is None else args.min_score
    if not 0.5 <= threshold <= 1:
        raise UsageError("--min-score must be between 0.5 and 1")
    with open_profile(args) as fd:
        pairs = probable_duplicates(fd, threshold=threshold)
    if args.json:
        print_json([{"score": p.score, "first": _person(p.first), "second": _person(p.second)} for p in pairs])
        return 0
    if not pairs:
        print("No probable duplicates.", file=sys.stderr)
        return 0
    print_table([(f"{p.score:.2f}", p.first.id, p.first.full_name, p.first.organisation, p.first.owner_office,
                  p.second.id, p.second.full_name, p.second.organisation, p.second.owner_office) for p in pairs],
                ("score", "id", "name", "organisation", "office", "id", "name", "organisation", "office"))
    return 0


def _person(match) -> dict:
    return {"id": match.id, "full_name": match.full_name, "organisation": match.organisation,
            "office": match.owner_office}


def cmd_merge(args) -> int:
    # imported here: start-up: the command line does not load services.store
    from app.services.store.merging import MERGED_FIELDS, OTHER, merge_participants, plan_merge

    unknown = [f for f in args.take if f not in MERGED_FIELDS]
    if unknown:
        raise UsageError(f"--take {unknown[0]}: not a field that can be taken; choose from {', '.join(MERGED_FIELDS)}")
    choices = dict.fromkeys(args.take, OTHER)
    with open_profile(args) as fd:
        for record_id in (args.keep, args.other):
            if not fd.participants.exists(record_id):
                raise UsageError(f"there is no participant with id {record_id} (see 'fielddesk participants "
                                 "duplicates')", 1)
        run = plan_merge if args.dry_run else merge_participants
        plan = run(fd, args.keep, args.other, choices)
    if args.json:
        print_json({**plan.to_json(), "dry_run": args.dry_run})
    else:
        rows = [(c.name, _shown(c.keep_value), _shown(c.other_value), "KEEP" if c.chosen == "keep" else "OTHER")
                for c in plan.fields if c.differs]
        if rows:
            print_table(rows, ("field", "KEEP", "OTHER", "kept"))
        for move in plan.enrolments:
            what = "both enrolled: one enrolment kept, the better attendance and scores" if move.into else "moved"
            print(f"{move.training_title}: {what}")
    verb = "Would merge" if args.dry_run else "Merged"
    tail = " (dry run: nothing changed)" if args.dry_run else f"; {args.other} now points to {args.keep}"
    print(f"{verb} {plan.other['full_name']} into {plan.keep['full_name']}: "
          f"{english_count(len(plan.enrolments), 'enrolment', 'enrolments')}, "
          f"{english_count(plan.attachments, 'attachment', 'attachments')}{tail}.", file=sys.stderr)
    return 0


def _shown(value) -> str:
    if value is None or value == "":
        return "\u2014"
    return str(value)
