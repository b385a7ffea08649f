"""A page's content in a frameless scroll area, so text made large is never cut off: it scrolls."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scrolling_column(page: QWidget, *, early: bool = False) -> QVBoxLayout:
    """Fills ``page`` with a scroll area and returns the column to put the content in.

    When everything fits, it looks and lays out as a plain column (stretches included); when it does
    not, a scroll bar appears instead of the text being squeezed. ``early`` is for the first page, built
    before its first paint: it calls ``keep_out_of_tab_order`` later (see ``text.paragraph`` for why).
    """
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    body = QWidget()
    outer.addWidget(scroll_area(body, early=early))
    return QVBoxLayout(body)


def scroll_area(body: QWidget, *, early: bool = False) -> QScrollArea:
    """``body`` in a frameless scroll area that is not itself a stop for Tab."""
    scroll = QScrollArea()
    give_own_viewport(scroll)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    if not early:
        keep_out_of_tab_order(scroll)
    scroll.setWidget(body)
    return scroll


def keep_out_of_tab_order(scroll: QScrollArea) -> None:
    """Tab goes to the controls inside, not to the scroll area itself."""
    from PySide6.QtCore import Qt

    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def give_own_viewport(scroll: QScrollArea) -> None:
    """Gives ``scroll`` a viewport made here, as Qt's own would be (before its content is set).

    PySide, handed a widget that Qt made (a scroll area's viewport, asked for with ``viewport()`` or
    as the content's ``parentWidget()``) under the type QWidget, makes a Python type for every widget
    class Qt has, to find out which one it is: about 2 MiB of Python types the guide never uses. A
    widget made from Python is known already."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    # As QScrollArea leaves its own: no background role of its own, filled (in its parent's).
    viewport.setBackgroundRole(QPalette.ColorRole.NoRole)
    viewport.setAutoFillBackground(True)
    scroll.setViewport(viewport)
