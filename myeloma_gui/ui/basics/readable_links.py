"""Links that can be read on the desktop's background, light or dark.

Some dark desktop themes keep Qt's default pure blue for links, which almost disappears on a dark
background. When the palette's link colour is too faint against the page (under 4.5:1), it is moved
toward the text colour until it is readable, staying as blue as it can.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from myeloma_gui.ui.basics.contrast import READABLE_TEXT, contrast_ratio

_LINK_ROLES = (QPalette.ColorRole.Link, QPalette.ColorRole.LinkVisited)
_STEPS = 20


def readable_colour(colour: QColor, background: QColor, text: QColor) -> QColor:
    """``colour``, or the least change of it toward ``text`` that reads well on ``background``."""
    for step in range(_STEPS + 1):
        share = step / _STEPS
        mixed = QColor.fromRgbF(
            colour.redF() + (text.redF() - colour.redF()) * share,
            colour.greenF() + (text.greenF() - colour.greenF()) * share,
            colour.blueF() + (text.blueF() - colour.blueF()) * share,
        )
        if contrast_ratio(mixed, background) >= READABLE_TEXT:
            return mixed
    return QColor(text)


def make_links_readable() -> None:
    palette = QApplication.palette()
    background = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    changed = False
    for role in _LINK_ROLES:
        colour = palette.color(role)
        if contrast_ratio(colour, background) < READABLE_TEXT:
            palette.setColor(role, readable_colour(colour, background, text))
            changed = True
    if changed:
        QApplication.setPalette(palette)


class KeepLinksReadable(QObject):
    """Checks the links again whenever the palette changes (the desktop switched to dark, say)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.installEventFilter(self)
        make_links_readable()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        del watched
        # Our own change sends this event too, but then the links already read well: no loop.
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            make_links_readable()
        return False
