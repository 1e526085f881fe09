"""The Board pack's "The Fund's position" section: for each year, what was pledged to the Voluntary Fund, received,
allocated and spent, the balance, and the regular budget beside it, in USD. It takes the rows as they are given
(``FundYear`` rows of ``app.services.programme.fund.fund_position``, or any rows with the same fields), or None when
this FieldDesk keeps no record of the Fund: the section then says so."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.reports.layout import Report

COLUMNS = ("pledged_usd", "received_usd", "allocated_usd", "spent_usd", "balance_usd", "regular_budget_usd")


def section(report: Report, rows: Sequence[Any], number: str = "") -> list:
    """The heading (after its ``number`` in the pack) and the table of ``rows`` (``FundYear``s)."""
    tr = report.tr
    out = [report.heading(f"{number} {tr.t('board.fund')}".strip())]
    if not rows:
        return out + [report.para(tr.t("none_recorded"))]
    ordered = sorted(rows, key=lambda r: r.year)
    table_rows = [[str(r.year), *(tr.number(getattr(r, c)) for c in COLUMNS)] for r in ordered]
    if len(ordered) > 1:
        totals = [sum(getattr(r, c) for r in ordered) for c in COLUMNS]
        totals[4] = ordered[-1].balance_usd  # the balance carries over: the last year's is the Fund's
        table_rows.append([tr.t("total"), *(tr.number(v) for v in totals)])
    header = [tr.t("summary.year"), tr.t("board.pledged"), tr.t("board.received"), tr.t("board.allocated"),
              tr.t("board.spent"), tr.t("board.balance"), tr.t("board.regular_budget")]
    intro = report.para(tr.t("board.fund_text"))
    intro.keepWithNext = True  # with the table's first rows
    out.append(intro)
    out.append(report.table(header, table_rows, [0.1, 0.15, 0.15, 0.15, 0.15, 0.15, 0.15],
                            numeric=[1, 2, 3, 4, 5, 6], total_row=len(ordered) > 1))
    missing = sorted({code for r in ordered for code in r.missing_rates})
    if missing:
        out.append(report.para(tr.t("board.missing_rates", currencies=tr.join(missing)), "small"))
    return out
