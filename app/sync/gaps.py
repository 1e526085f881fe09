"""Bundle numbers that never arrived, as ranges (a forged number in the billions costs nothing to report)."""

from __future__ import annotations


def gaps(first: int, received: list[int]) -> list[tuple[int, int]]:
    """The numbers from ``first`` up to the highest received that were never received, as (first, last) ranges:
    computed from the numbers received, never number by number, whatever the numbers are."""
    ranges = []
    expected = first
    for number in sorted(set(received)):
        if number > expected:
            ranges.append((expected, number - 1))
        expected = max(expected, number + 1)
    return ranges


def format_gaps(ranges: list[tuple[int, int]] | list[list[int]]) -> str:
    return ", ".join(f"#{a}" if a == b else f"#{a}-#{b}" for a, b in ranges)
