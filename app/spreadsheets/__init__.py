"""Spreadsheets in and out (openpyxl): the export of every record type, and the importers that write records through
the services (the record sheets, action plans, the Universal Human Rights Index, the coordination
register)."""
