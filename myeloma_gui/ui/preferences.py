"""The person's display preferences, kept between runs: the text size and where the window was.

Only these are stored, in an INI file in the user's settings folder (on Linux
``~/.config/myeloma-gui/myeloma-gui.ini``). Nothing about the person's health ever goes here: answers
and notes leave memory only when the person saves them to a file they choose.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "myeloma-gui"
APPLICATION = "myeloma-gui"
TEXT_SIZE_KEY = "text/size_percent"
WINDOW_GEOMETRY_KEY = "window/geometry"
# Where Qt's own file dialogs keep their state, and the keys that name folders.
QT_DIALOG_SETTINGS = "QtProject"
VISITED_FOLDER_KEYS = ("FileDialog/history", "FileDialog/lastVisited")


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


def keep_file_dialog_state_with_ours() -> None:
    """Qt's file dialogs keep their state (in ``QtProject.conf``), including the folders a person
    visited, which can say whose files these are ("Patients/Mary Smith"). That file goes into our
    own settings folder, never a shared or temporary one, and the folders are forgotten after every
    dialog (``forget_visited_folders``) and at every start, in case the app did not end cleanly.
    (On Windows Qt keeps this state in the registry, which this does not reach.)"""
    ours = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
    folder = Path(ours.fileName()).parent
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    forget_visited_folders()


def forget_visited_folders() -> None:
    dialog_state = QSettings(QSettings.Scope.UserScope, QT_DIALOG_SETTINGS)
    for key in VISITED_FOLDER_KEYS:
        dialog_state.remove(key)
    dialog_state.sync()
