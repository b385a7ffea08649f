"""Opens the window where it was last time, at the size it had, and remembers that when it goes away.

The window never asks for more than the screen's available area (the screen without its panels and
taskbar): on a 1024x600 netbook or a 1366x768 laptop at twice the text size, everything stays reachable,
and what does not fit scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtWidgets import QWidget

from myeloma_gui.ui.shell.preferences import Preferences

# Events after which the window may no longer fit the screen.
_PLACED = (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize)
LATE_FRAME_LOOKS_MS = (100, 400, 1500)


class WindowPlace(QObject):
    def __init__(self, window: QWidget, preferences: Preferences) -> None:
        super().__init__(window)
        self._window = window
        self._preferences = preferences
        # One fit after a burst of moves and resizes, once the event loop is idle.
        self._fit_soon = QTimer(self)
        self._fit_soon.setSingleShot(True)
        self._fit_soon.setInterval(0)
        self._fit_soon.timeout.connect(lambda: fit_to_screen(window))
        window.installEventFilter(self)

    def restore(self) -> bool:
        """Puts the window back where it was; False (and nothing changed) when there is no record.

        Qt moves a window that would open off every screen (a monitor since unplugged) back onto one;
        a size remembered from a larger screen is made to fit this one.
        """
        geometry = self._preferences.window_geometry
        restored = geometry is not None and self._window.restoreGeometry(geometry)
        fit_to_screen(self._window)
        return restored

    def remember(self) -> None:
        self._preferences.window_geometry = self._window.saveGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Closing the window sends Close; the wizard's own Close button only hides it.
        if watched is self._window and event.type() in (QEvent.Type.Close, QEvent.Type.Hide):
            self.remember()
        if watched is self._window and event.type() in _PLACED:
            # The size of the title bar and borders is known only some time after the window is
            # shown, when the window manager says so (and the window moves): fit it again then.
            self._fit_soon.start()
        if watched is self._window and event.type() == QEvent.Type.Show:
            # A window manager may report its frame later still, without moving the window: a few
            # more looks (each changes nothing once the window fits).
            for delay_ms in LATE_FRAME_LOOKS_MS:
                QTimer.singleShot(delay_ms, self._fit_soon.start)
        return False


def available_room(window: QWidget) -> QRect | None:
    """The part of the window's screen that a window may take, or None when there is no screen."""
    screen = window.screen()
    return None if screen is None else screen.availableGeometry()


def fit_to_screen(window: QWidget) -> None:
    """Makes the window (with its title bar and borders) no larger than the screen's available area,
    and moves it wholly onto it. A maximised or full-screen window is the window manager's business."""
    room = available_room(window)
    if room is None or window.isMaximized() or window.isFullScreen():
        return
    border_width = window.frameGeometry().width() - window.width()
    border_height = window.frameGeometry().height() - window.height()
    width = min(window.width(), room.width() - border_width)
    height = min(window.height(), room.height() - border_height)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    _keep_on_screen(window, room)


def _keep_on_screen(window: QWidget, room: QRect) -> None:
    frame = window.frameGeometry()
    left = min(max(frame.left(), room.left()), room.right() - frame.width() + 1)
    top = min(max(frame.top(), room.top()), room.bottom() - frame.height() + 1)
    if (left, top) != (frame.left(), frame.top()):
        window.move(max(left, room.left()), max(top, room.top()))


def grow_for_text_size(window: QWidget, percent: int, normal_size: tuple[int, int]) -> None:
    """Makes the window larger along with its text, as far as the screen allows; never smaller.

    At twice the text size the normal window would leave the results a few lines of room.
    """
    room = available_room(window)
    if room is None or window.isMaximized() or window.isFullScreen() or percent <= 100:
        return
    scale = percent / 100
    # The title bar and borders need their room on the screen too.
    border_width = window.frameGeometry().width() - window.width()
    border_height = window.frameGeometry().height() - window.height()
    width = max(window.width(), min(round(normal_size[0] * scale), room.width() - border_width))
    height = max(window.height(), min(round(normal_size[1] * scale), room.height() - border_height))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        # Keep it on the screen: a window grown from the middle could now hang off an edge.
        _keep_on_screen(window, room)
