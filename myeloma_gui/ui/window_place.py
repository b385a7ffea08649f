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


def grow_for_text_size(window: QWidget, percent: int, normal_size: tuple[int, int]) -> None:
    """Makes the window larger along with its text, as far as the screen allows; never smaller.

    At twice the text size the normal window would leave the results a few lines of room.
    """
    screen = window.screen()
    if screen is None or window.isMaximized() or window.isFullScreen() or percent <= 100:
        return
    room = screen.availableGeometry()
    scale = percent / 100
    # The title bar and borders need their room on the screen too.
    border_width = window.frameGeometry().width() - window.width()
    border_height = window.frameGeometry().height() - window.height()
    width = max(window.width(), min(round(normal_size[0] * scale), room.width() - border_width))
    height = max(window.height(), min(round(normal_size[1] * scale), room.height() - border_height))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        # Keep it on the screen: a window grown from the middle could now hang off an edge.
        frame = window.frameGeometry()
        frame.moveLeft(min(max(frame.left(), room.left()), room.right() - frame.width() + 1))
        frame.moveTop(min(max(frame.top(), room.top()), room.bottom() - frame.height() + 1))
        window.move(frame.topLeft())
