"""Report and spreadsheet text in each language: one module per language, each a flat ``MESSAGES`` dict.

English is the source (and the fallback for any key a language lacks). Keys:
- plain keys for report text (``{name}`` placeholders are filled by ``str.format``);
- ``enum.<EnumClass>.<value>``, ``theme.<code>``, ``stakeholder.<code>``: vocabulary (English comes from the models);
- ``field.<column>`` and ``field.<table>.<column>``: column titles for spreadsheets (English from the models);
- ``table.<name>``: sheet names; ``month.<1-12>``: month names as used in a date ("2 March", "2 mars", "2 марта").
"""
