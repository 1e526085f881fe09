"""Opening the GUI from the command line (the default when no command is given)."""

from __future__ import annotations


def add_gui_options(parser) -> None:
    parser.add_argument("--quit-when-idle", action="store_true",
                        help="open the GUI, wait until the start screen shows its data, then exit 0")
    parser.add_argument("--startup-times", action="store_true",
                        help="print when the window became visible, when it was complete (side bar, menus, toolbar) "
                             "and when the data was shown (ms since start)")


def run_gui_command(args) -> int:
    # imported here: start-up: the command line does not load ui
    from app.ui.main import run_gui

    return run_gui(args)
