"""Radio buttons and check boxes whose labels wrap, and whose box grows with the text size.

Qt's own never wrap their label: at large text sizes a long answer would run off the page. These are
still real QRadioButton and QCheckBox widgets (same keys, same signals, same screen-reader role); only
their size and drawing differ. The whole row is the click target, and keyboard focus is shown by a
solid frame around the row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from myeloma_gui.ui.basics.focus_frame import FRAME_WIDTH, draw_focus_frame

# Room for the focus frame around the row, plus a little air.
MARGIN = FRAME_WIDTH + 3
# The box is drawn this high relative to a line of text (Qt's is a fixed 13-16 pixels).
BOX_SCALE = 0.9
NARROWEST_LINE_IN_CHARACTERS = 12
OUTLINE_OPACITY = 0.75
# ShowMnemonic: the text is a button's, where "&&" stands for "&" (see question_pages.add_choice).
_WRAP = (
    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    | Qt.TextFlag.TextShowMnemonic
)


# The mix-in is only ever used with a Qt button, and type checkers are told so.
if TYPE_CHECKING:
    _Button = QAbstractButton
else:
    _Button = object


class _WrappingChoice(_Button):
    """What both kinds share. Mixed in before the Qt class, so these methods replace Qt's."""

    _indicator: QStyle.PrimitiveElement

    def _setup(self) -> None:
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _box_size(self) -> int:
        qt_size = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
        return max(qt_size, round(self.fontMetrics().height() * BOX_SCALE))

    def _text_left(self) -> int:
        return MARGIN + self._box_size() + self.fontMetrics().averageCharWidth()

    def _text_height(self, text_width: int) -> int:
        bounds = self.fontMetrics().boundingRect(QRect(0, 0, max(text_width, 1), 100_000), _WRAP, self.text())
        return bounds.height()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        text_width = width - self._text_left() - MARGIN
        text_height = self._text_height(text_width)
        return max(text_height, self._box_size()) + 2 * MARGIN

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # A pixel to spare: word wrapping measures a little wider than the advance, and a short
        # answer laid out at exactly its width would break onto two lines.
        one_line = self.fontMetrics().horizontalAdvance(self.text()) + 2
        width = self._text_left() + one_line + MARGIN
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        narrowest = self.fontMetrics().averageCharWidth() * NARROWEST_LINE_IN_CHARACTERS
        one_line = self.fontMetrics().horizontalAdvance(self.text())
        width = self._text_left() + min(narrowest, one_line) + MARGIN
        return QSize(width, self._box_size() + 2 * MARGIN)

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 (Qt's name)
        """Clicking anywhere on the row, the words included, chooses the answer."""
        return self.rect().contains(pos)

    def _outline_box(self, painter: QPainter, option: QStyleOptionButton) -> None:
        """A clear edge in the text colour: the style's own is faint, in dark palettes especially."""
        colour = QColor(option.palette.color(self.foregroundRole()))
        colour.setAlphaF(OUTLINE_OPACITY)
        width = max(1.5, option.rect.width() / 14)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        edge = QRectF(option.rect).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        if self._indicator == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(edge)
        else:
            painter.drawRoundedRect(edge, width, width)
        painter.restore()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        del event
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)  # type: ignore[attr-defined]
        box = self._box_size()
        line = self.fontMetrics().height()
        # The box sits beside the first line of the answer, however many lines it wraps to.
        option.rect = QRect(MARGIN, MARGIN + max(0, (line - box) // 2), box, box)
        painter.drawPrimitive(self._indicator, option)
        self._outline_box(painter, option)
        left = self._text_left()
        words = QRect(left, MARGIN + max(0, (box - line) // 2), self.width() - left - MARGIN,
                      self.height() - 2 * MARGIN)
        self.style().drawItemText(
            painter, words, int(_WRAP), option.palette, self.isEnabled(), self.text(),
            self.foregroundRole(),
        )
        if self.hasFocus():
            draw_focus_frame(painter, self.rect(), option.palette)


class ChoiceRadioButton(_WrappingChoice, QRadioButton):
    _indicator = QStyle.PrimitiveElement.PE_IndicatorRadioButton
    _ARROWS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """The arrow keys choose the answer they move to, even when none was chosen yet.

        Qt's radio buttons only move the focus then, so a person pressing Down and then Enter finds
        that nothing happened.
        """
        group = self.group()
        nothing_chosen = group is not None and group.checkedButton() is None
        super().keyPressEvent(event)
        landed = self.window().focusWidget()
        if (
            nothing_chosen and event.key() in self._ARROWS
            and isinstance(landed, ChoiceRadioButton) and landed.group() is group
        ):
            landed.setChecked(True)


class ChoiceCheckBox(_WrappingChoice, QCheckBox):
    _indicator = QStyle.PrimitiveElement.PE_IndicatorCheckBox

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup()

