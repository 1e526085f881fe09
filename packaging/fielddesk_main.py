"""Entry point of the packaged FieldDesk (PyInstaller starts here): the same as `fielddesk` or `python -m app`."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
