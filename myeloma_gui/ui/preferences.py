"""The person's display preferences, kept between runs: the text size and where the window was.

Only these are stored, in an INI file in the user's settings folder (on Linux
``~/.config/myeloma-gui/myeloma-gui.ini``). Nothing about the person's health ever goes here: answers
and notes leave memory only when the person saves them to a file they choose.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "myeloma-gui"
APPLICATION = "myeloma-gui"
TEXT_SIZE_KEY = "text/size_percent"
WINDOW_GEOMETRY_KEY = "window/geometry"


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        # INI on every system, not the Windows registry: one small file, easy to find and to reset.
        self._settings = settings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    @property
    def text_size_percent(self) -> int | None:
        """The text size last chosen, or None if none was (or the stored value is not a number)."""
        stored = self._settings.value(TEXT_SIZE_KEY)
        try:
            return int(str(stored)) if stored is not None else None
        except ValueError:
            return None

    @text_size_percent.setter
    def text_size_percent(self, percent: int) -> None:
        self._settings.setValue(TEXT_SIZE_KEY, percent)
        self._settings.sync()

    @property
    def window_geometry(self) -> QByteArray | None:
        stored = self._settings.value(WINDOW_GEOMETRY_KEY)
        return stored if isinstance(stored, QByteArray) and not stored.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue(WINDOW_GEOMETRY_KEY, geometry)
        self._settings.sync()


def forget_file_dialog_history() -> None:
    """Qt's file dialogs remember the folders a person visits (in ``QtProject.conf``), which can say
    whose files these are ("Patients/Mary Smith"). Their settings go to a folder of their own that is
    removed when the app ends. (Our preferences are an INI file and are not affected; on Windows
    Qt keeps this history in the registry, which this does not reach.)"""
    folder = tempfile.mkdtemp(prefix="myeloma-gui-dialogs-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)
