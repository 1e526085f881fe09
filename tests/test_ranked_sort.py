"""A list sorted by a translated column follows the order the interface gives (``ListQuery.ranks``: the values in
the order of their names in the reader's language), upwards and downwards, a value it does not know last; without
it, the stored order."""

from __future__ import annotations

from app.services.store.query import ListQuery
from app.services.store.seed import country_id


def test_ranks_order_a_column_as_the_reader_names_its_values(fd):
    ids = {status: fd.missions.create({"title": status, "country_id": country_id("GT"), "status": status})
           for status in ("closed", "planned", "requested")}
    ranks = {"status": ("closed", "requested")}  # "Clôturée", "Demandée"; planned is not in it: last
    assert fd.missions.ids(ListQuery(sort=("status",), ranks=ranks)) == [ids["closed"], ids["requested"],
                                                                         ids["planned"]]
    assert fd.missions.ids(ListQuery(sort=("-status",), ranks=ranks)) == [ids["planned"], ids["requested"],
                                                                          ids["closed"]]
    assert fd.missions.ids(ListQuery(sort=("status",))) == [ids["closed"], ids["planned"], ids["requested"]]
