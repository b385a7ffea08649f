"""Opens the window where it was last time, at the size it had, and remembers that when it goes away."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from myeloma_gui.ui.preferences import Preferences


class WindowPlace(QObject):
    def __init__(self, window: QWidget, preferences: Preferences) -> None:
        super().__init__(window)
        self._window = window
        self._preferences = preferences
        window.installEventFilter(self)

    def restore(self) -> bool:
        """Puts the window back where it was; False (and nothing changed) when there is no record.

        Qt moves a window that would open off every screen (a monitor since unplugged) back onto one.
        """
        geometry = self._preferences.window_geometry
        return geometry is not None and self._window.restoreGeometry(geometry)

    def remember(self) -> None:
        self._preferences.window_geometry = self._window.saveGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Closing the window sends Close; the wizard's own Close button only hides it.
        if watched is self._window and event.type() in (QEvent.Type.Close, QEvent.Type.Hide):
            self.remember()
        return False
