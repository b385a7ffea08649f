"""Reading the results (or a related topic) with the keyboard, one part at a time.

Down and Up move to the next and the previous part (a heading, a paragraph or a link); H and Shift+H
to the next and the previous heading; Tab still goes from link to link. The focus itself moves, so a
screen reader says each part as it is reached, and a sighted reader sees it framed and scrolled into
view. Orca 43 has no reading keys of its own in a Qt window: its heading and paragraph keys work
only in web pages.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLayout, QScrollArea, QWidget

from myeloma_gui.ui.basics.focus_frame import FRAME_WIDTH, draw_focus_frame
from myeloma_gui.ui.basics.words import translate
from myeloma_gui.ui.results.report_widgets import BULLET, ReportHeading, ReportLink, ReportText

# The frame round a part reached with the keyboard lies in the room between the parts.
FRAME_ROOM = FRAME_WIDTH + 1
# Room kept in view above and below the part reached, in pixels.
KEEP_IN_VIEW = 40
_NO_MODIFIER = Qt.KeyboardModifier.NoModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_KEYPAD = Qt.KeyboardModifier.KeypadModifier


def say_how_to_read(heading: ReportHeading) -> None:
    """The keys, in words, said after the first heading's level."""
    keys = translate(
        "ReadingKeys",
        "Press the Down arrow to hear the next part, H for the next heading, Tab for the next link.",
    )
    heading.setAccessibleDescription(f"{heading.accessibleDescription()}. {keys}")


class ReadingColumn(QWidget):
    """The column the parts sit in, inside a scroll area. It takes the reading keys that its parts
    pass on, scrolls the part the keyboard reaches into view, and draws the frame round it
    (paragraphs and headings; a link shows it by its own colours). ``keys_used``: a key came to it, or
    the keyboard moved the focus to one of its parts (see last_input)."""

    keys_used = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._before: QWidget | None = None
        """What comes before the column's links in the Tab chain (see ``chain_after``)."""
        self.bulleted: list[QWidget] = []
        """List items the column marks with a bullet, in the room left of them: drawn, not a label,
        so that a screen reader has no "bullet" object to pass (or say) before each."""

    def parts(self) -> list[QLabel]:
        """Every heading, paragraph and link, top to bottom; a label with no words (the bullet before
        a link) is not a part."""
        kinds = (ReportHeading, ReportText, ReportLink)
        return [
            widget for widget in _laid_out(self.layout())
            if isinstance(widget, kinds) and any(c.isalnum() for c in widget.text())
        ]

    def chain_after(self, before: QWidget) -> QWidget:
        """Puts the links in the Tab chain after ``before``, in reading order; returns the last. (Links
        added to a column already in a window would otherwise come last, after every button.)

        Called once the parts are all in place, it also watches each part's focus coming and going
        (see ``eventFilter``), words or not yet (a topic's message is filled in later)."""
        for part in _laid_out(self.layout()):
            if isinstance(part, (ReportHeading, ReportText, ReportLink)):
                part.installEventFilter(self)
        self._before = before
        for link in self._links():
            QWidget.setTabOrder(before, link)
            before = link
        return before

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's name)
        """Tab from a heading or a paragraph (which Qt's Tab chain does not hold in reading order:
        it holds only what Tab stops at) goes to the next link below it, Shift+Tab to the one above;
        with none there, on to what comes after (or before) the column's links."""
        here = QApplication.focusWidget()
        parts: list[QWidget] = list(self.parts())
        if here is None or here not in parts or here.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return super().focusNextPrevChild(next)
        position = parts.index(here)
        links = self._links()
        below = [link for link in links if parts.index(link) > position]
        above = [link for link in links if parts.index(link) < position]
        if next:
            target = below[0] if below else _tab_stop_from(above[-1] if above else self._before, forward=True)
        elif above:
            target = above[-1]
        else:
            before = self._before
            stops = before is not None and before.focusPolicy() & Qt.FocusPolicy.TabFocus
            target = before if stops else _tab_stop_from(before, forward=False)
        if target is None:
            return super().focusNextPrevChild(next)
        target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        return True

    def _links(self) -> list[QWidget]:
        return [part for part in self.parts() if part.focusPolicy() & Qt.FocusPolicy.TabFocus]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        self.keys_used.emit()
        parts = self.parts()
        headings = [part for part in parts if isinstance(part, ReportHeading)]
        target = part_to_reach(parts, headings, QApplication.focusWidget(), event)
        if target is None:
            super().keyPressEvent(event)
            return
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if self.bulleted:
            painter = QPainter(self)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            for item in self.bulleted:
                words = item.contentsRect().translated(item.mapTo(self, item.rect().topLeft()))
                font = QFont(item.font())
                font.setUnderline(False)  # a link's is underlined; its bullet is not part of it
                painter.setFont(font)
                metrics = painter.fontMetrics()
                left = words.left() - metrics.horizontalAdvance(f"{BULLET} ")
                painter.drawText(left, words.top() + metrics.ascent(), BULLET)
            painter.end()
        reached = QApplication.focusWidget()
        if isinstance(reached, (ReportHeading, ReportText)) and self.isAncestorOf(reached):
            place = reached.contentsRect().translated(reached.mapTo(self, reached.rect().topLeft()))
            painter = QPainter(self)
            draw_focus_frame(painter, place.adjusted(-FRAME_ROOM, -FRAME_ROOM, FRAME_ROOM, FRAME_ROOM),
                             self.palette())
            painter.end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """A part gained or lost the focus: the frame is drawn again, and the part scrolled into view.

        (Watched part by part, not through the application's ``focusChanged``: that hands Python
        every widget the focus passes, Qt's own included, and PySide makes Python types for dozens of
        Qt's widget classes to name one it does not know.)"""
        kind = event.type()
        if kind not in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            return False
        by_mouse = isinstance(event, QFocusEvent) and event.reason() == Qt.FocusReason.MouseFocusReason
        if kind == QEvent.Type.FocusIn and not by_mouse:
            self.keys_used.emit()  # Tab, or a reading key: the keyboard moved the focus here
        self.update()
        viewport = self.parentWidget()
        scroll = viewport.parentWidget() if viewport is not None else None
        if kind == QEvent.Type.FocusIn and isinstance(watched, QWidget) and isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(watched, KEEP_IN_VIEW, KEEP_IN_VIEW)
        return False


def _tab_stop_from(widget: QWidget | None, *, forward: bool) -> QWidget | None:
    """The next (or previous) widget in the Tab chain after ``widget`` that Tab stops at."""
    if widget is None:
        return None
    step = widget
    for _ in range(10_000):  # the chain is a ring: this only guards against a broken one
        found = step.nextInFocusChain() if forward else step.previousInFocusChain()
        if found is None or found is widget:
            return None
        step = found
        tab = step.focusPolicy() & Qt.FocusPolicy.TabFocus
        if tab and step.isEnabled() and step.isVisible() and not step.isWindow():
            return step
    return None


def _laid_out(layout: QLayout | None) -> Iterator[QWidget]:
    """The widgets in ``layout`` and in theirs, top to bottom: the order they are read in, whatever
    the order they were made in."""
    if layout is None:
        return
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            yield widget
            yield from _laid_out(widget.layout())
        elif (inner := item.layout()) is not None:
            yield from _laid_out(inner)


def part_to_reach(
    parts: Sequence[QWidget], headings: Sequence[QWidget], here: QWidget | None, event: QKeyEvent
) -> QWidget | None:
    """The part the key in ``event`` moves to from ``here`` (None: the key is not a reading key).

    ``parts`` are every part in reading order, ``headings`` those of them that are headings. From
    outside the parts, Down and H start at the first part; at either end the focus stays where it is.
    """
    modifiers = event.modifiers() & ~_KEYPAD
    key = event.key()
    if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and modifiers == _NO_MODIFIER:
        step, stops = (1 if key == Qt.Key.Key_Down else -1), parts
    elif key == Qt.Key.Key_H and modifiers in (_NO_MODIFIER, _SHIFT):
        step, stops = (-1 if modifiers == _SHIFT else 1), headings
    else:
        return None
    if not parts:
        return None
    if here not in parts:
        return parts[0] if step > 0 else None
    position = parts.index(here)
    ahead = parts[position + 1:] if step > 0 else list(reversed(parts[:position]))
    return next((part for part in ahead if part in stops), here)
