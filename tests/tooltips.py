"""Showing a widget's tooltip as resting the mouse pointer on it does, and reading it as Qt shows it.

Used by the traced walk (every tooltip shown under strace) and by the tooltip tests.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, Qt, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QToolTip, QWidget


def widgets_with_tooltips(window: QWidget) -> list[QWidget]:
    """The widgets on view in ``window`` that have a tooltip."""
    return [w for w in window.findChildren(QWidget) if w.isVisible() and w.toolTip()]


def show_tooltip(widget: QWidget) -> str:
    """Rests the pointer on ``widget`` (the tooltip event Qt sends then), lets the tooltip appear and
    lay itself out, and returns the text it shows."""
    middle = widget.rect().center()
    event = QHelpEvent(QEvent.Type.ToolTip, middle, widget.mapToGlobal(middle))
    QApplication.sendEvent(widget, event)
    QApplication.processEvents()
    shown = QToolTip.text() if QToolTip.isVisible() else ""
    QToolTip.hideText()
    QToolTip.showText(QPoint(), "")  # gone at once, not after its fade-out
    QApplication.processEvents()
    return shown


def as_shown(tip: str) -> str:
    """The words a tooltip shows: Qt reads a tooltip that might be markup as rich text (an image in it
    becomes one object character, a link its words), anything else as plain text."""
    if Qt.mightBeRichText(tip):
        return QTextDocumentFragment.fromHtml(tip).toPlainText()
    return tip
