"""The canonical JSON dump of every shared record: sorted, stable, the same bytes for the same data.

For audits, diffs and data portability, and the yardstick of sync tests: two sites agree when their dumps agree.
Local state (change log, keys, settings, sync bookkeeping) is left out. One record per line keeps diffs readable.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

from sqlalchemy import select

from app.services.store.entities import ENTITIES
from app.services.store.values import row_to_wire

if TYPE_CHECKING:
    from app.services.core import FieldDesk

EXPORT_FORMAT = 1


def _dumps(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def iter_export_lines(fd: FieldDesk) -> Iterator[str]:
    yield "{\n"
    yield f'"fielddesk_export":{EXPORT_FORMAT},\n'
    yield '"tables":{\n'
    names = sorted(e.name for e in ENTITIES)
    by_name = {e.name: e for e in ENTITIES}
    with fd.reading() as conn:
        for t_index, name in enumerate(names):
            table = by_name[name].table
            yield f"{_dumps(name)}:["
            first = True
            order = table.c.id if fd.db.is_sqlite else table.c.id.collate("C")  # byte order on every engine
            result = conn.execution_options(yield_per=2000).execute(select(table).order_by(order))
            for row in result.mappings():
                yield ("\n" if first else ",\n") + _dumps(row_to_wire(dict(row)))
                first = False
            yield ("]" if first else "\n]") + ("," if t_index < len(names) - 1 else "") + "\n"
    yield "}\n}\n"


def write_export(fd: FieldDesk, out: IO[str]) -> None:
    for line in iter_export_lines(fd):
        out.write(line)


def export_json_text(fd: FieldDesk) -> str:
    return "".join(iter_export_lines(fd))
