"""Where the app keeps its settings, and what Qt's own file dialogs may keep there.

Only display preferences are ever stored (see ``shell.preferences``); this module also keeps the file
dialogs' state in the same folder, without the folders a person visited.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "myeloma-gui"
APPLICATION = "myeloma-gui"
# Where Qt's own file dialogs keep their state, and the keys that name folders.
QT_DIALOG_SETTINGS = "QtProject"
VISITED_FOLDER_KEYS = ("FileDialog/history", "FileDialog/lastVisited")


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
