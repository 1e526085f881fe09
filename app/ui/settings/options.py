"""Every setting of the GUI, declared once with its type and default."""

from __future__ import annotations

from app.ui.settings.registry import OptionFamily, bool_option, int_option, list_option, text_option

# "" follows the system's language (English when FieldDesk has no translation for it).
LANGUAGE = text_option("ui/language", "")
# The interface's text size, in percent of the system's (100, 125, 150): every font scales with it.
TEXT_SIZE = int_option("ui/text_size", 100)
BUNDLES_FOLDER = text_option("folders/bundles", "")
REPORTS_FOLDER = text_option("folders/reports", "")
ATTACHMENTS_FOLDER = text_option("folders/attachments", "")  # where "Add attachment" last looked

# Window geometry and state, base64 of Qt's saveGeometry()/saveState().
WINDOW_GEOMETRY = text_option("window/geometry", "")
WINDOW_STATE = text_option("window/state", "")
LAST_PAGE = text_option("window/page", "dashboard")

# Per list (keyed by page): the columns hidden, the columns' widths (key -> pixels), the splitter.
LIST_HIDDEN = OptionFamily("lists/{}/hidden", None, list)
LIST_WIDTHS = OptionFamily("lists/{}/widths", {}, dict)
LIST_SPLITTER = OptionFamily("lists/{}/splitter", "", str)
SHOW_FILTERS = bool_option("lists/show_filters", True)
MORE_FILTERS = bool_option("lists/more_filters", False)  # a list's filters beyond its first few shown

RECENT_PROFILES = list_option("profiles/recent", [])

# Minutes without use after which the window of an encrypted profile locks; 0 never locks.
LOCK_MINUTES = int_option("safety/lock_minutes", 10)
