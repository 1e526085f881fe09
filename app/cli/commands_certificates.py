"""``fielddesk certificate NUMBER``: the office looks up a certificate someone shows them (an employer, a court, the
participant who lost it) and learns whether this office issued it, to whom and for which activity."""

from __future__ import annotations

import re

from app.cli.common import open_profile, print_json
from app.invocation.errors import EXIT_FAILURE, EXIT_OK, UsageError

# GT-01-2026-K3F9QZ: office code, year, six base32 letters (app/reports/certificates.py)
_NUMBER = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*-\d{4}-[A-Z2-7]{6}")


def register(sub) -> None:
    p = sub.add_parser("certificate", help="look up a certificate (of participation or of a fellowship) by its number: "
                                           "who it was issued to, for what")
    p.add_argument("number", metavar="NUMBER", help="the number printed on the certificate, e.g. GT-01-2026-K3F9QZ")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_certificate)


def _fellowship_certificate(fd, number: str) -> dict | None:
    """The details of a completed fellowship's certificate with this number (the same shape), or None."""
    # imported here: start-up: the command line does not load reports.fellowship_certificate
    from app.reports.fellowship_certificate import find_fellowship_certificate

    fellowship_id = find_fellowship_certificate(fd, number)
    if fellowship_id is None:
        return None
    row = fd.fellowships.get_row(fellowship_id)
    person = fd.participants.get(row["participant_id"])
    return {"number": number, "participant": person.full_name, "organisation": person.organisation or "",
            "activity": f"Fellowship: {row['cohort']}", "start_date": row["placement_start"].isoformat(),
            "end_date": row["placement_end"].isoformat(), "venue": row["host"] or "", "office": row["owner_office"],
            "fellowship_id": fellowship_id, "participant_id": row["participant_id"]}


def cmd_certificate(args) -> int:
    # imported here: start-up: the command line does not load reports.certificates
    from app.reports.certificates import find_certificate

    number = args.number.strip().upper()
    if not _NUMBER.fullmatch(number):
        raise UsageError(f"'{args.number}' is not a certificate number: they look like GT-01-2026-K3F9QZ "
                         "(office, year, six letters or digits)")
    with open_profile(args, daily_backup=False) as fd:
        found = find_certificate(fd, number)
        if found is None:
            details = _fellowship_certificate(fd, number)
        else:
            training_id, participant_id = found
            training = fd.trainings.get(training_id)
            person = fd.participants.get(participant_id)
            details = {"number": number, "participant": person.full_name, "organisation": person.organisation or "",
                       "activity": training.title, "start_date": training.start_date.isoformat(),
                       "end_date": training.end_date.isoformat() if training.end_date else "",
                       "venue": training.venue or "", "office": training.owner_office,
                       "training_id": training_id, "participant_id": participant_id}
    if args.json:
        print_json({"number": number, "found": details is not None, "certificate": details})
    elif details is None:
        print(f"No certificate {number} was issued in this profile: no held activity has an enrolment with a "
              "certificate issued under that number. Check the number as printed, or ask the office that issued "
              "it.")
    else:
        dates = details["start_date"] + (f" to {details['end_date']}" if details["end_date"] not in (
            "", details["start_date"]) else "")
        who = details["participant"] + (f" ({details['organisation']})" if details["organisation"] else "")
        print(f"Certificate {number} was issued by {details['office']} to {who} for \"{details['activity']}\", "
              f"{dates}" + (f", {details['venue']}" if details["venue"] else "") + ".")
    return EXIT_OK if details is not None else EXIT_FAILURE
