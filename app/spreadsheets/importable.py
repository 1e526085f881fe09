"""What the record spreadsheets import (and write templates for): each kind as the command line and the import window
name it, and the table it fills. The one list: the importer, ``fielddesk template`` and the import window read it."""

from __future__ import annotations

IMPORTABLE = {"participants": "participant", "trainings": "training", "missions": "mission"}
