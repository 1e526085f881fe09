"""What a bundle's import did, in the interface's language (the importer's own message is the command line's, in
English): how many records are new, updated or already up to date, and what waits for review."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.i18n.formats import format_number


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportSummary", text)


def import_summary(result) -> str:
    """The message shown once a bundle was imported (``result``: app.sync.importer.ImportResult)."""
    if result.status == "already_imported":
        return tr("This bundle was imported before; nothing was changed.")
    if result.status == "superseded":
        return tr("A later bundle from %1 has already brought these changes; nothing was changed.").replace(
            "%1", result.sender or "")
    lines = [tr("Bundle no. %1 from %2 applied.").replace("%1", format_number(result.sequence or 0))
             .replace("%2", result.sender or "")]
    counts = [(tr("New records: %1"), result.created, True), (tr("Updated records: %1"), result.updated, True),
              (tr("Already up to date: %1"), result.skipped, True),
              (tr("Conflicts to review (Sync page, Conflicts): %1"), result.conflicts, False),
              (tr("Changes refused and kept for review: %1"), result.refused, False)]
    lines += ["\u2022 " + text.replace("%1", format_number(count)) for text, count, always in counts if count or always]
    return "\n".join(lines)
