"""A page's content in a frameless scroll area, so text made large is never cut off: it scrolls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scrolling_column(page: QWidget) -> QVBoxLayout:
    """Fills ``page`` with a scroll area and returns the column to put the content in.

    When everything fits, it looks and lays out as a plain column (stretches included); when it does
    not, a scroll bar appears instead of the text being squeezed.
    """
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls, not the scroll area
    body = QWidget()
    scroll.setWidget(body)
    outer.addWidget(scroll)
    return QVBoxLayout(body)
