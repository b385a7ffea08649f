"""Whether the person last used the keyboard or the pointer (mouse, touchpad, touch) on the results.

The glossary line under the results explains the word under the pointer, or the word reached with
Tab. Both at once would fight: a resting pointer over one word would undo the word a keyboard user
just reached. So the one used last wins. A pointer counts as used only when it moves (Qt also says
"the pointer came over this word" when the page scrolls under a pointer that rests), or when it
turns the wheel.

The results tell it of their keys and of every focus move in them that is not a click
(``keyboard_used``): the one that opens them on their first heading too, so results that appear under a
pointer that rests do not explain the word under it until it moves. They tell it of their wheel turns
(``pointer_used``). Where the pointer is, is asked only then and when a word is pointed at. (Not an
event filter on the whole application, which would see every event of every widget: see calm_keys.)
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QCursor


class LastInput:
    def __init__(self) -> None:
        self._pointer_at_last_key: QPoint | None = None

    def keyboard_used(self) -> None:
        self._pointer_at_last_key = QCursor.pos()

    def pointer_used(self) -> None:
        self._pointer_at_last_key = None

    @property
    def keyboard_last(self) -> bool:
        """The keyboard was used, and the pointer has not moved since."""
        return self._pointer_at_last_key is not None and QCursor.pos() == self._pointer_at_last_key
