"""FieldDesk: offline records, reports and sync for human-rights technical cooperation field offices."""

__version__ = "0.1.0"
