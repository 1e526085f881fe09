"""Regions of the UN geoscheme (M49), headquarters' reference data seeded at every site with ids from their codes,
like the countries. Names are translated when shown (``region.<code>`` in ``app.vocabulary``)."""

from __future__ import annotations

from sqlmodel import Field

from app.models.base import SharedRecord


class Region(SharedRecord, table=True):
    __tablename__ = "region"

    code: str = Field(min_length=3, max_length=3, unique=True, title="M49 code")
    name: str = Field(min_length=1, max_length=200, title="Name")
    sort_order: int = Field(default=0, title="Order")


# (M49 code, English name as the UN Statistics Division writes it), each region followed by its sub-regions and
# intermediate regions, the order a picker lists them in.
REGIONS = [
    ("002", "Africa"),
    ("015", "Northern Africa"),
    ("202", "Sub-Saharan Africa"),
    ("014", "Eastern Africa"),
    ("017", "Middle Africa"),
    ("018", "Southern Africa"),
    ("011", "Western Africa"),
    ("019", "Americas"),
    ("419", "Latin America and the Caribbean"),
    ("029", "Caribbean"),
    ("013", "Central America"),
    ("005", "South America"),
    ("021", "Northern America"),
    ("142", "Asia"),
    ("143", "Central Asia"),
    ("030", "Eastern Asia"),
    ("035", "South-eastern Asia"),
    ("034", "Southern Asia"),
    ("145", "Western Asia"),
    ("150", "Europe"),
    ("151", "Eastern Europe"),
    ("154", "Northern Europe"),
    ("039", "Southern Europe"),
    ("155", "Western Europe"),
    ("009", "Oceania"),
    ("053", "Australia and New Zealand"),
    ("054", "Melanesia"),
    ("057", "Micronesia"),
    ("061", "Polynesia"),
]
