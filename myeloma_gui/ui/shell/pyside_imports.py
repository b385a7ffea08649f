"""PySide without its reading of every module's source file.

Once PySide6 is imported, it looks at every module imported after it, to know which ones may switch
on its optional ``from __feature__ import ...`` (snake_case names, true properties): it reads the
module's whole source file (``inspect.getsource``) and searches it for the word "PySide6". For the
guide that is each of its own modules and every one of pydantic's, read and kept in memory
(``linecache``), for a feature it never uses: about 3 MiB at the peak, and some 8 ms before the
first paint. Every module is taken to use PySide instead, which, with no feature ever switched on,
changes nothing else.
"""

from __future__ import annotations

import sys


def skip_source_reading() -> None:
    """Imports PySide6 and turns its source reading off; does nothing if this PySide has none."""
    import PySide6  # noqa: F401 (sets up shibokensupport.feature)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        vars(feature)["_mod_uses_pyside"] = _uses_pyside  # no public switch for it


def _uses_pyside(module: object) -> bool:
    del module
    return True
