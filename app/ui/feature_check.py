"""PySide6's import hook, made to read each module's file once instead of parsing it.

Once PySide6 is imported, every later import passes through its ``__feature__`` hook (``from __feature__ import
snake_case``), which asks of each new module whether it uses PySide6: it takes the module's source with
``inspect.getsource`` (line cache, encoding detection, every line split) only to look for the word "PySide6" in it.
FieldDesk imports some 500 modules after PySide6 on its way to the first screen, so that question cost about a tenth
of the start-up's processor time (``make bench SUITES=gui``). The same question is answered here by looking for the
same word in the file's bytes; a module that is not a plain ``.py`` file (built in, compiled, in a zip) still gets
PySide6's own answer. If PySide6 no longer has the function, nothing is changed."""

from __future__ import annotations

import sys

_FEATURE_MODULE = "shibokensupport.feature"


def quicker_feature_check() -> bool:
    """Install the quicker check (once PySide6 is imported); True when it is in place."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if getattr(original, "reads_bytes", False):
        return True

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.reads_bytes = True
    uses_pyside.original = original
    feature._mod_uses_pyside = uses_pyside
    return True
