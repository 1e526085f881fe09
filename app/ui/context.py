"""What every screen is handed: the open profile, the database worker, the settings, the reference data, and a
signal saying which tables a write changed, as its transactions wrote them (after Anki's ``OpChanges``: each screen
decides whether to redraw)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from shiboken6 import Shiboken

from app.services.store.lookups import REFERENCE_TABLES, reference_choices
from app.services.store.op_changes import OpChanges, recording
from app.services.store.op_reads import OpReads, reading
from app.ui.i18n.countries import country_name
from app.ui.i18n.name_sorting import collated, name_order
from app.ui.i18n.vocabulary import reference_name
from app.ui.tasks.taskman import TaskManager

if TYPE_CHECKING:
    from app.services import FieldDesk
    from app.services.profile.summary import ProfileSummary
    from app.services.store.lookups import Choice
    from app.ui.i18n.translations import Translations
    from app.ui.settings.registry import Settings


class ReferenceData(QObject):
    """Countries, thematic areas, stakeholder types and offices, read once and named in the interface language."""

    updated = Signal()

    def __init__(self, language: str = "en", parent: QObject | None = None):
        super().__init__(parent)
        self.language = language
        self._choices: dict[str, list[Choice]] = {}
        self._by_id: dict[str, dict[str, Choice]] = {}
        # as pickers show them (with retired entries or not), until the data or language change
        self._items: dict[tuple[str, bool], list[tuple[str, str]]] = {}

    def set_choices(self, choices: dict[str, list[Choice]]) -> None:
        self._choices = choices
        self._by_id = {table: {c.id: c for c in items} for table, items in choices.items()}
        self._items.clear()
        self.updated.emit()

    def set_language(self, language: str) -> None:
        self.language = language
        self._items.clear()
        self.updated.emit()

    def code(self, table: str, record_id: str | None) -> str:
        choice = self._by_id.get(table, {}).get(record_id or "")
        return choice.code if choice else ""

    def name(self, table: str, record_id: str | None) -> str:
        if not record_id:
            return ""
        choice = self._by_id.get(table, {}).get(record_id)
        if choice is None:
            return ""
        return self._label(table, choice)

    def _label(self, table: str, choice: Choice) -> str:
        if table == "country":
            return country_name(choice.name, self.language)
        if table == "office":
            return f"{choice.code} \u2013 {choice.name}" if choice.name and choice.name != choice.code else choice.code
        return reference_name(table, choice.code, choice.name, choice.names)

    def name_order(self, table: str) -> tuple[str, ...]:
        """Every record's id (retired entries too) in the order of the names the interface shows, in its language's
        collation: a list sorted by such a column sorts by these, not by the English names."""
        return name_order((c.id, self._label(table, c)) for c in self._choices.get(table, []))

    def office_country(self, office_code: str) -> str | None:
        """The country of an office (new records of that office default to it)."""
        for choice in self._choices.get("office", []):
            if choice.code == office_code:
                return choice.country_id
        return None

    def office_items(self) -> list[tuple[str, str]]:
        """(code, label) of the offices: records name their owner by office code."""
        return [(c.code, self._label("office", c)) for c in self._choices.get("office", [])]

    def items(self, table: str, *, retired: bool = False) -> list[tuple[str, str]]:
        """(id, label) in the order a picker shows them: countries alphabetically in the interface language.
        Retired entries (headquarters no longer offers them for new records) only when ``retired`` (filters)."""
        key = (table, retired)
        if key not in self._items:
            items = [(c.id, self._label(table, c)) for c in self._choices.get(table, []) if retired or not c.retired]
            if table == "country":
                items = collated(items)
            self._items[key] = items
        return list(self._items[key])


class AppContext(QObject):
    changed = Signal(object)  # the set of table names a write touched

    def __init__(self, fd: FieldDesk | None, tasks: TaskManager, settings: Settings,
                 translations: Translations | None = None, parent: QObject | None = None,
                 summary: ProfileSummary | None = None):
        """``fd`` may be None while the profile is still being opened on the worker (the window shows first); then
        ``summary`` says what the window needs meanwhile, and work queued behind the opening finds ``fd`` set."""
        super().__init__(parent)
        self.fd = fd
        self.summary = summary
        self.tasks = tasks
        self.settings = settings
        self.translations = translations
        self.refs = ReferenceData(translations.language if translations else "en", self)
        self.changed.connect(self._maybe_reload_references)
        self._files: TaskManager | None = None

    @property
    def office(self) -> str:
        return self.fd.site.office if self.fd is not None else self.summary.office

    @property
    def is_hq(self) -> bool:
        return self.fd.site.is_hq if self.fd is not None else self.summary.is_hq

    @property
    def profile_path(self):
        return self.fd.folder.path if self.fd is not None else self.summary.path

    def may_change(self, owner_office: str | None) -> bool:
        """Whether this site may change a record owned by ``owner_office`` (the services enforce it; the screens
        use it to show a record read-only instead of failing on save)."""
        return self.is_hq or owner_office in (None, "", self.office)

    def read(self, fn: Callable[[FieldDesk], Any], on_done: Callable[[Any], None] | None = None, *,
             owner: QObject | None = None, on_error: Callable[[BaseException], None] | None = None,
             label: str = "", reads: set[str] | None = None) -> None:
        """Run ``fn`` on the worker. ``reads``: a view's set of the tables behind what it shows, to which the
        tables this read took rows from are added once it has ended (the database layer notes them,
        ``services/store/op_reads``), so the view knows which announced writes concern it without naming any."""
        # ``self.fd`` is read when the task runs: encrypting or restoring reopens the profile on the worker, and
        # work queued meanwhile must use the reopened one.
        if reads is None:
            self.tasks.run(lambda: fn(self.fd), on_done, on_error, owner=owner, label=label)
            return
        found = OpReads()  # filled on the worker; handed to the view's set on the GUI thread

        def run():
            with reading(found):
                return fn(self.fd)

        def done(result):
            reads.update(found.tables)
            if on_done is not None:
                on_done(result)

        def failed(error):
            reads.update(found.tables)
            if on_error is not None:
                on_error(error)
            else:
                self.tasks.report(error)

        self.tasks.run(run, done, failed, owner=owner, label=label)

    def write(self, fn: Callable[[FieldDesk], Any], on_done: Callable[[Any], None] | None = None, *,
              owner: QObject | None = None, on_error: Callable[[BaseException], None] | None = None,
              label: str = "") -> None:
        """Run ``fn`` on the worker as one operation (after Anki's ``CollectionOp``) and announce on ``changed``
        exactly the tables its committed transactions wrote, follow-ons of the rules included: the database layer
        notes them (``services/store/op_changes``), no caller names them."""
        changes = OpChanges()  # filled on the worker; read here only once the task has ended

        def alive() -> bool:
            return owner is None or Shiboken.isValid(owner)

        def run():
            with recording(changes):
                return fn(self.fd)

        def announce() -> None:
            # Announced even when the screen that asked has closed meanwhile: the others still show stale data.
            if changes.tables:
                self.changed.emit(frozenset(changes.tables))

        def done(result):
            announce()
            if on_done is not None and alive():
                on_done(result)

        def failed(error):
            # What a failed operation committed before it failed (an earlier transaction) is announced all the same.
            announce()
            if on_error is not None and alive():
                on_error(error)
            else:
                self.tasks.failed.emit(error)

        self.tasks.run(run, done, failed, owner=None, label=label)

    # -------------------------------------------------------- file work
    @property
    def files(self) -> TaskManager:
        """A second worker for file work that needs no database (printing a report, copying it to a USB stick), so
        it neither waits behind database work nor holds it up."""
        if self._files is None:
            self._files = TaskManager(self, name="fielddesk-files")
        return self._files

    def close_files(self) -> None:
        """Finish file work (a print or a saved copy under way) when the application closes."""
        if self._files is not None:
            self._files.shutdown()

    def load_references(self, on_done: Callable[[], None] | None = None) -> None:
        def loaded(choices):
            self.refs.set_choices(choices)
            if on_done is not None:
                on_done()

        self.read(reference_choices, loaded)

    def _maybe_reload_references(self, tables) -> None:
        if not set(REFERENCE_TABLES).isdisjoint(tables):  # regions too, which the hand list here once left out
            self.load_references()
