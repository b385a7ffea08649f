"""Labels for headings and paragraphs, so every page sets text the same readable way.

All text from the content file is shown as plain text here: a content file can never inject markup.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

HEADING_SCALE = 1.45
SMALL_SCALE = 0.9
# Headings and small print keep their size relative to the text size the person chose: the scale is
# stored on the label, so changing the text size can set every such font again.
_SCALE_PROPERTY = "relative_text_scale"
_BOLD_PROPERTY = "relative_text_bold"


def heading(
    text: str, parent: QWidget | None = None, scale: float = HEADING_SCALE, *, early: bool = False
) -> QLabel:
    label = paragraph(text, parent, early=early)
    set_relative_font(label, scale, bold=True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, parent: QWidget | None = None, *, early: bool = False) -> QLabel:
    """A wrapped paragraph of plain text.

    ``early`` is for the first page, built before its first paint: it shows the same words without
    naming ``Qt.TextFormat`` (naming any of Qt's own enums loads all of them, about 15 ms, which the
    start-up budget has no room for): as Qt's automatic format takes them, plain text, when nothing in
    them could look like markup, and otherwise escaped, as rich text.
    """
    label = QLabel(parent)
    if early:
        # Text with no "<" and no "&" cannot look like markup to Qt (Qt.mightBeRichText), so it is
        # shown as plain text, which is quicker to lay out than rich text; any other, escaped.
        plain = "<" not in text and "&" not in text
        label.setText(text if plain else f"<qt>{_escape(text)}</qt>")
        label.setAccessibleName(text)
    else:
        from PySide6.QtCore import Qt

        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text)
        selectable_when_pointed_at(label)
        keep_out_of_focus(label)
    label.setWordWrap(True)
    return label


def _escape(text: str) -> str:
    """``html.escape`` for text between tags; the html module (with its table of every entity) costs
    a few milliseconds to import, before the first paint."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tooltip(words: str) -> str:
    """A tooltip that shows ``words`` as themselves. Qt reads any tooltip that might be markup as rich
    text, and rich text loads the images it names from disk: words from the content file go in
    escaped, as rich text that holds only text (which also wraps a long explanation)."""
    return f"<qt>{_escape(words)}</qt>" if words else ""


def keep_out_of_focus(label: QLabel) -> None:
    """Plain text is read, not operated: never a stop for Tab, nor a focusable object for a screen
    reader. (Selecting words with the mouse gives a label click focus; it still works without it.)"""
    from PySide6.QtCore import Qt

    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class _SelectableWhenPointedAt(QObject):
    """Makes a label's words selectable with the mouse when the pointer first comes over it.

    A selectable label carries a text document of its own (about 15 KB): for the hundreds of
    paragraphs on the pages, several MiB that only a label someone points at needs."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Enter and isinstance(watched, QLabel):
            from PySide6.QtCore import Qt

            watched.removeEventFilter(self)
            watched.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            keep_out_of_focus(watched)  # selectable text would take the focus on a click
        return False


_selectable: list[_SelectableWhenPointedAt] = []  # one for every label


def selectable_when_pointed_at(label: QLabel) -> None:
    """The label's words can be selected with the mouse (from the moment the pointer is over it)."""
    if not _selectable:
        _selectable.append(_SelectableWhenPointedAt())
    label.installEventFilter(_selectable[0])


def small(text: str, parent: QWidget | None = None, *, early: bool = False) -> QLabel:
    label = paragraph(text, parent, early=early)
    set_relative_font(label, SMALL_SCALE)
    return label


def set_relative_font(widget: QWidget, scale: float, *, bold: bool = False) -> None:
    """Gives ``widget`` the app's text size times ``scale``, now and whenever the text size changes."""
    if widget.property(_SCALE_PROPERTY) is None:
        _remember(widget)
    widget.setProperty(_SCALE_PROPERTY, scale)
    widget.setProperty(_BOLD_PROPERTY, bold)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


# Every widget given a relative font, so that a new text size reaches them without asking Qt for all
# of its widgets (``QApplication.allWidgets``): PySide would make a Python object for each, Qt's own
# included, and Python types for dozens of Qt's widget classes to name them, about a MiB never used.
_scaled: list[QWidget] = []
_scaled_after_last_sweep = [0]


def _remember(widget: QWidget) -> None:
    """Keeps ``widget``; the ones Qt has deleted since (an earlier results page) are let go once the
    list has doubled, so it never holds more than twice the widgets alive."""
    _scaled.append(widget)
    if len(_scaled) > 2 * max(_scaled_after_last_sweep[0], 64):
        _sweep()


def _sweep() -> None:
    from shiboken6 import isValid

    _scaled[:] = [widget for widget in _scaled if isValid(widget)]
    _scaled_after_last_sweep[0] = len(_scaled)


def refresh_relative_fonts() -> None:
    """After the app's font changed: sets every heading and small print again, relative to it."""
    _sweep()
    for widget in _scaled:
        scale = widget.property(_SCALE_PROPERTY)
        if isinstance(scale, float):
            set_relative_font(widget, scale, bold=bool(widget.property(_BOLD_PROPERTY)))
