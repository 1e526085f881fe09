"""Import from Excel on a record page: the pages whose records import (participants, trainings, missions) take this
in, so the shared record page (app/ui/widgets) never reaches up into the import window."""

from __future__ import annotations

from PySide6.QtCore import Qt


class ImportFromExcel:
    """Mixed into a ``RecordPage`` that sets ``import_kind``: its Import action opens the import window."""

    import_kind = ""

    def import_file(self):
        """The import window for this list's records (the lists show what it added once it is done)."""
        if not self.import_kind:
            return None
        # imported here: start-up: the first screen (participants) does not load ui.imports.dialog
        from app.ui.imports.dialog import ImportDialog  # openpyxl and the importer wait for the first import

        dialog = ImportDialog(self.ctx, self.import_kind, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
