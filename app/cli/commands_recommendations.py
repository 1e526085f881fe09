"""``fielddesk import recommendations FILE [--country ISO] [--dry-run] [--json]``: the Universal Human Rights
Index's export, planned (new, already recorded, problems) and written in one transaction (registered with
``import`` in commands_reports)."""

from __future__ import annotations

import sys

from app.cli.common import open_profile, print_json
from app.invocation.errors import EXIT_FAILURE, UsageError
from app.spreadsheets.uhri import commit_recommendations, plan_recommendations
from app.vocabulary.plurals import english_count


def cmd_import_recommendations(args) -> int:
    if args.into_training:
        raise UsageError("--into-training applies to participants, not to recommendations")
    with open_profile(args) as fd:
        plan = plan_recommendations(fd, args.file, country=args.country)
        written = None
        if not args.dry_run and plan.ok:
            written = commit_recommendations(fd, plan)
    if args.json:
        print_json({**plan.to_dict(), "written": written is not None, "created": written or 0})
    else:
        for line in plan.describe():
            print(line)
    if not plan.ok:
        print(f"fielddesk: {plan.summary_line()} Nothing was imported.", file=sys.stderr)
        return EXIT_FAILURE
    if args.json:
        return 0
    if written is not None:
        print(f"Imported {english_count(written, 'recommendation', 'recommendations')}.")
    else:
        print("Dry run: nothing was written. Run again without --dry-run to import.")
    return 0
