"""The link reached with Tab in a document view, marked so it can be seen.

Qt marks it only with a thin dotted outline. Here it is also shown like selected text, in the
palette's highlight colour, with whichever text colour reads best on it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPalette, QTextCharFormat
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from myeloma_gui.ui.basics.contrast import contrast_ratio


class FocusedLinkMark(QObject):
    def __init__(self, view: QTextBrowser) -> None:
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)

    def update(self) -> None:
        cursor = self._view.textCursor()
        on_a_link = cursor.hasSelection() and cursor.charFormat().isAnchor() and self._view.hasFocus()
        if not on_a_link:
            self._view.setExtraSelections([])
            return
        palette = self._view.palette()
        background = palette.color(QPalette.ColorRole.Highlight)
        candidates = (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Text, QPalette.ColorRole.Base)
        text = max((palette.color(role) for role in candidates), key=lambda c: contrast_ratio(c, background))
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        look = QTextCharFormat()
        look.setBackground(background)
        look.setForeground(text)
        mark.format = look
        self._view.setExtraSelections([mark])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        del watched
        # Moving to a link sends no signal; look once the key or the focus change has been handled.
        if event.type() in (QEvent.Type.KeyRelease, QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            QTimer.singleShot(0, self.update)
        return False
