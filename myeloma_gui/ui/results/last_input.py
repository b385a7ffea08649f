"""Whether the person last used the keyboard or the pointer (mouse, touchpad, touch).

The glossary line under the results explains the word under the pointer, or the word reached with
Tab. Both at once would fight: a resting pointer over one word would undo the word a keyboard user
just reached. So the one used last wins. A pointer counts as used only when it moves: Qt also sends
"mouse moved" when the page scrolls under a pointer that rests.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

_POINTER_EVENTS = (QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)


class LastInput(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keyboard_last = False
        self._pointer_at: QPoint | None = None
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        del watched
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            self.keyboard_last = True
        elif kind in _POINTER_EVENTS:
            where = QCursor.pos()
            if kind != QEvent.Type.MouseMove or where != self._pointer_at:
                self.keyboard_last = False
            self._pointer_at = where
        return False
