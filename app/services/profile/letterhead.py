"""An office's letterhead: what the first page of its printed reports says about it (logo, name and address in each
report language, who signs, the document symbol) and the paper it prints on. A local setting like the others in
``site_settings``: two offices keep different letterheads, and headquarters' own is not sent to anyone."""

from __future__ import annotations

import base64
import io
import re
import string
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.errors import NotFound
from app.services.profile.site_settings import SettingRefused
from app.services.store.local_settings import put_setting
from app.services.store.query import ListQuery
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

LETTERHEAD_KEY = "letterhead"
LOGO_KEY = "letterhead_logo"  # kept apart: the logo's bytes are read only when a report draws it

PAPERS = ("a4", "letter")
DEFAULT_PAPER = "a4"
DEFAULT_SYMBOL = "{office}/{year}/{kind}/{n}"
SYMBOL_FIELDS = {"office", "year", "kind", "n"}
# the six report languages (app.reports.i18n.LANGUAGES, repeated: the services do not import the reports)
LETTERHEAD_LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")

# A logo is printed some 2 cm high: a few hundred pixels are plenty, and a photograph of several megabytes would
# be copied into every report.
MAX_LOGO_BYTES = 512 * 1024
MAX_LOGO_PIXELS = 2400
LOGO_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}
MAX_TEXT = 300


@dataclass(frozen=True)
class Letterhead:
    names: dict[str, str] = field(default_factory=dict)  # language -> the office's name in it
    addresses: dict[str, str] = field(default_factory=dict)  # language -> address, lines separated by "\n"
    default_lang: str = "en"
    signatory_name: str = ""
    signatory_title: str = ""
    symbol_pattern: str = DEFAULT_SYMBOL
    paper: str = DEFAULT_PAPER
    has_logo: bool = False

    def name(self, lang: str) -> str:
        """The office's name in ``lang``, else in the office's default language ("" when neither is set)."""
        return self.names.get(lang) or self.names.get(self.default_lang, "")

    def address(self, lang: str) -> str:
        return self.addresses.get(lang) or self.addresses.get(self.default_lang, "")

    def signatory(self) -> str:
        return ", ".join(part for part in (self.signatory_name, self.signatory_title) if part)

    def symbol(self, *, office: str, year: int, kind: str, n: int | str) -> str:
        """The document symbol for one report, e.g. GT-01/2026/MISSION/4."""
        return self.symbol_pattern.format(office=office, year=year, kind=kind.upper(), n=n)

    def to_dict(self) -> dict:
        return {"names": dict(self.names), "addresses": dict(self.addresses), "default_lang": self.default_lang,
                "signatory_name": self.signatory_name, "signatory_title": self.signatory_title,
                "symbol_pattern": self.symbol_pattern, "paper": self.paper, "has_logo": self.has_logo}


def letterhead(fd: FieldDesk) -> Letterhead:
    stored = fd.setting(LETTERHEAD_KEY)
    stored = stored if isinstance(stored, dict) else {}
    paper = stored.get("paper")
    return Letterhead(
        names={k: v for k, v in dict(stored.get("names") or {}).items() if v},
        addresses={k: v for k, v in dict(stored.get("addresses") or {}).items() if v},
        default_lang=stored.get("default_lang") or "en",
        signatory_name=stored.get("signatory_name") or "",
        signatory_title=stored.get("signatory_title") or "",
        symbol_pattern=stored.get("symbol_pattern") or DEFAULT_SYMBOL,
        paper=paper if paper in PAPERS else DEFAULT_PAPER,
        has_logo=bool(fd.setting(LOGO_KEY)),
    )


def logo(fd: FieldDesk) -> bytes | None:
    value = fd.setting(LOGO_KEY)
    return base64.b64decode(value) if value else None


def check_logo(data: bytes, where: str | None = None) -> bytes:
    """The image's bytes when they are a PNG or JPEG of reasonable size, else ``SettingRefused`` saying why."""
    where = where if where is not None else problem("letterhead.the_logo")
    if len(data) > MAX_LOGO_BYTES:
        raise SettingRefused(problem("letterhead.logo_too_big", where=where, size_kb=len(data) // 1024,
                                     max_kb=MAX_LOGO_BYTES // 1024))
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            kind, size = image.format, image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise SettingRefused(problem("letterhead.not_image", where=where)) from None
    if kind not in LOGO_FORMATS:
        raise SettingRefused(problem("letterhead.wrong_kind", where=where, kind=kind))
    if max(size) > MAX_LOGO_PIXELS or min(size) < 16:
        raise SettingRefused(problem("letterhead.logo_size", where=where, width=size[0], height=size[1],
                                     max_px=MAX_LOGO_PIXELS))
    return data


def read_logo(path: str | Path) -> bytes:
    """Read and check a logo file (``SettingRefused`` names the file and what is wrong with it)."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_LOGO_BYTES:
            return check_logo(b"\0" * (MAX_LOGO_BYTES + 1), problem("letterhead.the_logo_file", file=str(file)))
        data = file.read_bytes()
    except OSError as exc:
        raise SettingRefused(problem("letterhead.logo_unreadable", file=str(file),
                                     error=exc.strerror or str(exc))) from None
    return check_logo(data, problem("letterhead.the_logo_file", file=str(file)))


def check_symbol(pattern: str) -> str:
    pattern = (pattern or "").strip()
    if not pattern:
        return DEFAULT_SYMBOL
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    except ValueError:
        raise SettingRefused(problem("letterhead.not_pattern", pattern=pattern, example=DEFAULT_SYMBOL)) from None
    unknown = names - SYMBOL_FIELDS
    if unknown:
        raise SettingRefused(problem("letterhead.pattern_unknown", pattern=pattern,
                                     names=", ".join(sorted("{" + n + "}" for n in unknown))))
    if len(pattern) > 80:
        raise SettingRefused(problem("letterhead.pattern_too_long", max=80))
    return pattern


def _text(value: str, what: str, multiline: bool = False) -> str:
    lines = [" ".join(line.split()) for line in (value or "").replace("\r", "").split("\n")]
    text = "\n".join(line for line in lines if line) if multiline else " ".join(lines).strip()
    if len(text) > MAX_TEXT:
        raise SettingRefused(problem("letterhead.too_long", what=problem(f"letterhead.what.{what}"), length=len(text),
                                     max=MAX_TEXT))
    return text


def _language(code: str) -> str:
    lang = (code or "").strip().lower()
    if lang not in LETTERHEAD_LANGUAGES:
        raise SettingRefused(problem("letterhead.not_language", language=code,
                                     languages=", ".join(LETTERHEAD_LANGUAGES)))
    return lang


_UNSET = object()


def update(fd: FieldDesk, *, names: dict[str, str] | None = None, addresses: dict[str, str] | None = None,
           default_lang: str | None = None, signatory_name: str | None = None, signatory_title: str | None = None,
           symbol_pattern: str | None = None, paper: str | None = None, logo_bytes: bytes | None | object = _UNSET
           ) -> Letterhead:
    """Change the parts given (a language's name or address set to "" is forgotten; ``logo_bytes=None`` removes
    the logo). Everything is checked before anything is written, so a refused value changes nothing."""
    current = letterhead(fd)
    new_names, new_addresses = dict(current.names), dict(current.addresses)
    for lang, value in (names or {}).items():
        new_names[_language(lang)] = _text(value, "office_name")
    for lang, value in (addresses or {}).items():
        new_addresses[_language(lang)] = _text(value, "address", multiline=True)
    changes = {"names": {k: v for k, v in new_names.items() if v},
               "addresses": {k: v for k, v in new_addresses.items() if v}}
    if default_lang is not None:
        changes["default_lang"] = _language(default_lang)
    if signatory_name is not None:
        changes["signatory_name"] = _text(signatory_name, "signatory_name")
    if signatory_title is not None:
        changes["signatory_title"] = _text(signatory_title, "signatory_title")
    if symbol_pattern is not None:
        changes["symbol_pattern"] = check_symbol(symbol_pattern)
    if paper is not None:
        key = paper.strip().lower().replace(" ", "").replace("us", "")
        if key not in PAPERS:
            raise SettingRefused(problem("letterhead.not_paper", paper=paper))
        changes["paper"] = key
    if logo_bytes is not _UNSET and logo_bytes is not None:
        check_logo(logo_bytes)  # type: ignore[arg-type]
    new = replace(current, **changes)
    stored = new.to_dict()
    stored.pop("has_logo")
    with fd.writing() as w:  # one transaction: the letterhead and its logo change together or not at all
        put_setting(w.conn, LETTERHEAD_KEY, stored)
        if logo_bytes is not _UNSET:
            encoded = base64.b64encode(logo_bytes).decode("ascii") if logo_bytes else None  # type: ignore[arg-type]
            put_setting(w.conn, LOGO_KEY, encoded)
    return letterhead(fd)


_ID_HEX = re.compile(r"[^0-9a-f]")


def record_year(record_id: str) -> int | None:
    """The year a record was created, from its UUIDv7 id (48 bits of Unix milliseconds); None for another id."""
    digits = _ID_HEX.sub("", (record_id or "").lower())
    if len(digits) != 32 or digits[12] != "7":
        return None
    from datetime import UTC, datetime

    return datetime.fromtimestamp(int(digits[:12], 16) / 1000, tz=UTC).year


def document_number(fd: FieldDesk, table: str, record_id: str) -> tuple[int, int | str] | None:
    """(year, n) for the report on one record: the record's year of creation and its place among the office's
    records of that table created that year (ids are time-ordered UUIDv7s, deleted ones count too), so a reprint
    keeps the symbol. None for reports on no single record."""
    year = record_year(record_id or "")
    if year is None:
        return None
    service = fd.service(table)
    try:
        owner = service.get(record_id).owner_office
    except NotFound:
        return None  # the report says there is no such record
    same_year = sorted(i for i in service.ids(ListQuery(filters={"owner_office": owner}, include_deleted=True))
                       if record_year(i) == year and i <= record_id)
    return year, len(same_year) or 1
