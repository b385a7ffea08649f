"""The language of the interface words: Qt's translation files, installed before any window is built.

The words of the guide itself come from the content file; the interface's own words (buttons,
messages, window titles) are written in English in the code, inside ``QCoreApplication.translate``,
and a compiled translation (``resources/translations/myeloma_gui_<language>.qm``) replaces them.
With no choice made, the system's languages are tried in order; English needs no file.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from myeloma_gui.resources import TRANSLATIONS_FOLDER, bundled_file

# Also for testers: MYELOMA_GUI_LANGUAGE=pseudo shows every interface word in [[brackets]].
LANGUAGE_VARIABLE = "MYELOMA_GUI_LANGUAGE"
FILE_PREFIX = "myeloma_gui"


def install_translation(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Installs our translation (``language``, else $MYELOMA_GUI_LANGUAGE, else the system's) and
    Qt's own for its standard buttons and dialogs. Returns what it installed: nothing for English.

    Costs well under a millisecond before the first paint: for English, one folder is looked in.
    """
    chosen = language or os.environ.get(LANGUAGE_VARIABLE) or None
    folder = str(bundled_file(TRANSLATIONS_FOLDER))
    ours = QTranslator(app)
    if chosen is not None:
        loaded = ours.load(f"{FILE_PREFIX}_{chosen}", folder)
        if not loaded and not chosen.lower().startswith("en"):
            print(f"myeloma-gui: no translation for {chosen!r}; the interface stays in English",
                  file=sys.stderr)
        locale = QLocale(chosen)
    else:
        locale = QLocale.system()
        loaded = ours.load(locale, FILE_PREFIX, "_", folder)
    if not loaded:
        ours.deleteLater()
        return []
    app.installTranslator(ours)
    installed = [ours]
    # Qt's own words (OK, Close, the file dialog, the print preview), when Qt has them in this language.
    from PySide6.QtCore import QLibraryInfo  # only with a translation: it costs 0.4 ms before first paint

    qt_own = QTranslator(app)
    if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    else:
        qt_own.deleteLater()
    return installed
