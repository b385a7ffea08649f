"""Links: opening web addresses, keeping link colours readable, and how a focused link is marked.

Only https links to the sites the content is allowed to name are ever opened. Some dark desktop
themes keep Qt's default pure blue for links, which almost disappears on a dark background: when the
palette's link colour is too faint against the page (under 4.5:1), it is moved toward the text colour
until it is readable, staying as blue as it can. A link reached with Tab is shown like selected text,
in the palette's highlight colour, with whichever text colour reads best on it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from myeloma_gui.content.models import is_known_link
from myeloma_gui.ui.basics.contrast import READABLE_TEXT, contrast_ratio

_LINK_ROLES = (QPalette.ColorRole.Link, QPalette.ColorRole.LinkVisited)
_STEPS = 20


def open_in_browser(url: str) -> bool:
    """Asks the system browser to open ``url``; refuses (returns False) anything not allowed."""
    if not is_known_link(url):
        return False
    return QDesktopServices.openUrl(QUrl(url))


def focused_link_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """The background and text colours of a focused link: the highlight, and the best text on it."""
    background = palette.color(QPalette.ColorRole.Highlight)
    roles = (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Text, QPalette.ColorRole.Base)
    # The theme's own colours first; black or white when none of them reads well on its highlight.
    for text in (palette.color(role) for role in roles):
        if contrast_ratio(text, background) >= READABLE_TEXT:
            return background, text
    plain = (QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white))
    return background, max(plain, key=lambda c: contrast_ratio(c, background))


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
