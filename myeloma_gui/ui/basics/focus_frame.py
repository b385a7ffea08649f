"""A keyboard focus mark that can be seen: a solid frame, thick enough for poor eyesight.

Qt's own focus hints are a thin line in the highlight colour, easy to miss. The frame is drawn in the
palette's highlight colour when that stands out from the window (3:1, the contrast asked of focus
marks), and in the text colour otherwise, so it stays visible in light and dark palettes alike.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from myeloma_gui.ui.basics.contrast import contrast_ratio

FRAME_WIDTH = 3
FOCUS_MARK_CONTRAST = 3.0


def focus_colour(palette: QPalette) -> QColor:
    highlight = palette.color(QPalette.ColorRole.Highlight)
    window = palette.color(QPalette.ColorRole.Window)
    if contrast_ratio(highlight, window) >= FOCUS_MARK_CONTRAST:
        return highlight
    return palette.color(QPalette.ColorRole.WindowText)


def draw_focus_frame(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(focus_colour(palette), FRAME_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = (FRAME_WIDTH + 1) // 2
    painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 4, 4)
    painter.restore()


class FocusFrameStyle(QProxyStyle):
    """The desktop's style, with the focus frame on push buttons and wherever Qt draws a focus rect."""

    def drawPrimitive(  # noqa: N802 (Qt's name)
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            draw_focus_frame(painter, option.rect, option.palette)
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(  # noqa: N802 (Qt's name)
        self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if element == QStyle.ControlElement.CE_PushButton and focused:
            draw_focus_frame(painter, option.rect, option.palette)


def use_focus_frames() -> None:
    """Puts the focus frame, and scroll bars that can be seen, into the app's style (once; the
    desktop's style stays underneath)."""
    from myeloma_gui.ui.basics.visible_scrollbars import VisibleScrollBarStyle

    style = QApplication.style()
    if not isinstance(style, VisibleScrollBarStyle):
        QApplication.setStyle(VisibleScrollBarStyle(FocusFrameStyle(style.name())))
