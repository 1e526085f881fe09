"""Retention: headquarters' settings for how long personal data is kept, and the daily sweep that applies them.

fielddesk retention [--json]                                   the settings and what each does now and next
fielddesk retention set CODE [--months N] [--in-use yes|no]    (headquarters only; reaches every office)
fielddesk retention set names_stay_in_offices --in-use yes|no  participants' names never leave the offices
fielddesk retention sweep [--dry-run] [--json]                 apply them now (otherwise done once a day)
fielddesk retention pseudonymise --in-use yes|no                an office: send every participant to headquarters
                                                               under its pseudonym, whatever their consent
"""

from __future__ import annotations

import sys

from app.cli.commands_programme import _validation_failed, _yes_no
from app.cli.common import open_profile, print_json, print_table
from app.invocation.errors import UsageError
from app.services.errors import FieldDeskError
from app.services.privacy.name_policy import POLICY, in_use, set_policy
from app.services.privacy.office_pseudonyms import SETTING as OFFICE_SETTING
from app.services.privacy.office_pseudonyms import in_use as office_in_use
from app.services.privacy.office_pseudonyms import set_in_use
from app.vocabulary.plurals import english_count


def _months(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of months") from None
    if not 1 <= value <= 600:
        raise argparse.ArgumentTypeError(f"{value} is not between 1 and 600 months")
    return value


def register(sub) -> None:
    p = sub.add_parser("retention", help="how long personal data is kept (headquarters' settings) and what the "
                                         "daily sweep removes")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_show)
    actions = p.add_subparsers(title="actions", metavar="ACTION", dest="retention_action")
    s = actions.add_parser("set", help="change a setting (headquarters only; it reaches every office in bundles)")
    s.add_argument("code", metavar="CODE", help="the setting's code (see 'fielddesk retention')")
    s.add_argument("--months", type=_months, metavar="N")
    s.add_argument("--in-use", type=_yes_no, metavar="yes|no", help="whether the sweep applies it")
    s.set_defaults(handler=cmd_set)
    w = actions.add_parser("sweep", help="apply the settings now: remove expired contact details and erasure "
                                         "records, name old manual backups (recorded in the access record)")
    w.add_argument("--dry-run", action="store_true", help="say what would be done, change nothing")
    w.add_argument("--json", action="store_true", help="print JSON")
    w.set_defaults(handler=cmd_sweep)
    o = actions.add_parser("pseudonymise", help="this office's own setting: send every participant to headquarters "
                                                "under their pseudonym, whatever their consent (the next bundle sends "
                                                "everyone again)")
    o.add_argument("--in-use", type=_yes_no, metavar="yes|no", required=True)
    o.set_defaults(handler=cmd_pseudonymise)


def _effect_text(code: str, e) -> str:
    if not e.enabled:
        return "not in use"
    what = {"contact_details": ("participant's contact details", "participants' contact details"),
            "erasure_records": ("erasure record", "erasure records"),
            "manual_backups": ("manual backup", "manual backups")}[code]
    verb = "proposed for deletion" if code == "manual_backups" else "removed"
    parts = []
    if e.due:
        parts.append(f"{english_count(len(e.due), *what)} {verb} at the next sweep")
    if e.kept:
        parts.append(f"{len(e.kept)} kept until every office that must apply them has acknowledged them")
    if e.next_date:
        parts.append(f"{english_count(e.next_count, *what)} {verb} on {e.next_date}")
    return "; ".join(parts) or "nothing within 90 days"


def cmd_show(args) -> int:
    # imported here: start-up: the command line does not load services.privacy.retention
    from app.services.privacy.retention import effects, settings, today_of

    with open_profile(args, retention_sweep=False) as fd:
        today = today_of(fd)
        found, named = effects(fd, today), settings(fd)
        policy = POLICY in named and named[POLICY].enabled
        office_wide = None if fd.site.is_hq else office_in_use(fd)
    if args.json:
        print_json({"today": today.isoformat(),
                    "settings": [{"code": c, "name": named[c].name, **e.as_dict()} for c, e in found.items()],
                    POLICY: policy, **({} if office_wide is None else {OFFICE_SETTING: office_wide})})
        return 0
    print_table([(c, e.months, "yes" if e.enabled else "no", _effect_text(c, e)) for c, e in found.items()],
                ("code", "months", "in use", "effect"))
    print(f"\n{POLICY}: {'yes' if policy else 'no'}: {_policy_text(policy)}")
    if office_wide is not None:
        print(f"{OFFICE_SETTING} (this office): {'yes' if office_wide else 'no'}: {_office_text(office_wide)}")
    return 0


def _office_text(on: bool) -> str:
    return ("this office sends every participant to headquarters under their pseudonym, whatever their consent" if on
            else "this office sends a participant's name to headquarters when they consent to share it")


def cmd_pseudonymise(args) -> int:
    with open_profile(args) as fd:
        try:
            resent = set_in_use(fd, args.in_use)
        except FieldDeskError as exc:
            raise UsageError(str(exc), 1) from None
    if not resent:
        print(f"{OFFICE_SETTING}: already {'in use' if args.in_use else 'not in use'}; nothing changed.",
              file=sys.stderr)
        return 0
    print(f"{OFFICE_SETTING}: {'in use' if args.in_use else 'not in use'}: {_office_text(args.in_use)}. The next "
          f"bundle to headquarters sends {english_count(resent, 'participant', 'participants')} again"
          f"{' under their pseudonyms' if args.in_use else ', by name where they consent'}.", file=sys.stderr)
    return 0


def _policy_text(on: bool) -> str:
    return ("every participant is sent to headquarters under a pseudonym, whatever their consent; their names stay in "
            "the offices" if on else "a participant's name is sent to headquarters unless they did not consent to "
            "share it")


def cmd_set(args) -> int:
    # imported here: start-up: the command line does not load services.store
    from app.services import ListQuery

    changes = {k: v for k, v in (("months", args.months), ("enabled", args.in_use)) if v is not None}
    if not changes:
        raise UsageError("name what to change: --months or --in-use")
    with open_profile(args) as fd:
        ids = fd.retention_rules.ids(ListQuery(filters={"code": args.code}))
        if not ids:
            known = ", ".join(r["code"] for r in fd.retention_rules.matching_rows(ListQuery(), ["code"]))
            raise UsageError(f"there is no retention setting '{args.code}'; known: {known}", 1)
        if args.code == POLICY:
            return _set_policy(fd, args)
        try:
            changed = fd.retention_rules.update(ids[0], changes)
        except _validation_failed() as exc:
            raise UsageError(str(exc), 1) from None
    print(f"Retention setting {args.code}: {'changed' if changed else 'already so; nothing changed'}.",
          file=sys.stderr)
    return 0


def _set_policy(fd, args) -> int:
    if args.months is not None or args.in_use is None:
        raise UsageError(f"{POLICY} is a policy: give --in-use yes or --in-use no (it has no months)")
    if in_use(fd) == args.in_use:
        print(f"{POLICY}: already {'in use' if args.in_use else 'not in use'}; nothing changed.", file=sys.stderr)
        return 0
    try:
        removed = set_policy(fd, args.in_use)
    except _validation_failed() as exc:
        raise UsageError(str(exc), 1) from None
    print(f"{POLICY}: {'in use' if args.in_use else 'not in use'}: {_policy_text(args.in_use)}.", file=sys.stderr)
    if removed:
        print(f"The names of {english_count(removed, 'participant', 'participants')} of the offices held here were "
              "replaced by their pseudonyms.", file=sys.stderr)
    return 0


def cmd_sweep(args) -> int:
    # imported here: start-up: the command line does not load services.privacy.retention
    from app.services.privacy.retention import sweep

    with open_profile(args, retention_sweep=False) as fd:
        result = sweep(fd, dry_run=args.dry_run)
    if args.json:
        print_json(result.as_dict())
        return 0
    contacts, records = len(result.contacts_removed), result.erasure_records_removed

    def verb(n: int) -> str:
        return "would be" if args.dry_run else ("was" if n == 1 else "were")

    print(f"Retention sweep on {result.on}: contact details of "
          f"{english_count(contacts, 'participant', 'participants')} "
          f"{'would be' if args.dry_run else 'were'} removed; "
          f"{english_count(records, 'erasure record', 'erasure records')} "
          f"{verb(records)} removed.")
    for kept in result.erasure_records_kept:
        print(f"Kept: the record of the erasure of {kept.pseudonym} ({kept.erased_on}), past its retention period, "
              f"until {', '.join(kept.waiting_for)} {'acknowledges' if len(kept.waiting_for) == 1 else 'acknowledge'} "
              "it: without it they would not be sent the "
              "erasure.")
    if result.backups_proposed:
        print(f"{english_count(len(result.backups_proposed), 'manual backup is', 'manual backups are')} older than "
              "the retention period; delete them "
              "if they are no longer needed: " + ", ".join(result.backups_proposed))
    return 0
