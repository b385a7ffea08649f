"""The person's display preferences, kept between runs: the text size and where the window was.

Only these are stored, in an INI file in the user's settings folder (on Linux
``~/.config/myeloma-gui/myeloma-gui.ini``). Nothing about the person's health ever goes here: answers
and notes leave memory only when the person saves them to a file they choose.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from myeloma_gui.ui.basics.settings_place import APPLICATION, ORGANIZATION

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
