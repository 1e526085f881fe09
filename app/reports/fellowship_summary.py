"""The programme summary's fellowships section: fellowships by status, the people who completed one by sex (their
own line, apart from the participants of training activities), and what the follow-up contacts say they do with
what they learned."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models import FellowshipStatus, Sex
from app.services.programme import fellowships

if TYPE_CHECKING:
    from app.reports.layout import Report
    from app.services.core import FieldDesk
    from app.services.programme.stats import Period


def section(fd: FieldDesk, report: Report, period: Period) -> list:
    tr = report.tr
    statuses = fellowships.by_status(fd, period)
    out = [report.heading(tr.t("summary.fellowships"))]
    if not statuses:
        return out + [report.para(tr.t("none_recorded"))]
    out.append(report.para(tr.t("fellowships.counts", **{s: tr.number(statuses.get(s, 0))
                                                        for s in FellowshipStatus.values()})))
    by_sex = fellowships.fellows_by_sex(fd, period)
    total = sum(by_sex.values())
    if total:
        rows = [[tr.enum(s, Sex), tr.number(by_sex[s]), tr.percent(by_sex[s], total)]
                for s in Sex.values() if by_sex.get(s)]
        rows.append([tr.t("total"), tr.number(total), tr.percent(total, total)])
        out.append(report.table([tr.t("training.sex"), tr.t("summary.fellows_completed"), tr.t("share")], rows,
                                [0.25, 0.3, 0.15], numeric=[1, 2], total_row=True))
        after = fellowships.applying_after(fd, period)
        out.append(report.para(tr.t("summary.fellows_applying", **{k: tr.number(after.get(k, 0)) for k in
                                                                   ("yes", "partly", "no", "unknown", "none")})))
    return out
