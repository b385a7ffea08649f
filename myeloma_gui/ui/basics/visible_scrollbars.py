"""Scroll bars that can be seen and hit: as wide as the text is large, with a solid handle.

Fusion's scroll bar is a 14-pixel strip with a handle barely darker than its groove: at large text
sizes people did not see that the treatments checklist goes on below. Here the bar grows with the
text, and the handle is drawn in a colour between the text and the background, which stands out
(3:1 or more) in light and dark palettes alike.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

# The bar's width relative to a line of text.
WIDTH_IN_LINES = 0.7
# How far the handle's colour goes from the background toward the text colour.
HANDLE_SHARE = 0.6


def handle_colour(palette: QPalette) -> QColor:
    text = palette.color(QPalette.ColorRole.WindowText)
    background = palette.color(QPalette.ColorRole.Window)
    return QColor.fromRgbF(
        background.redF() + (text.redF() - background.redF()) * HANDLE_SHARE,
        background.greenF() + (text.greenF() - background.greenF()) * HANDLE_SHARE,
        background.blueF() + (text.blueF() - background.blueF()) * HANDLE_SHARE,
    )


class VisibleScrollBarStyle(QProxyStyle):
    def pixelMetric(  # noqa: N802 (Qt's name)
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_ScrollBarExtent:
            font = widget.font() if widget is not None else QApplication.font()
            return max(value, round(QFontMetrics(font).height() * WIDTH_IN_LINES))
        return value

    def drawComplexControl(  # noqa: N802 (Qt's name)
        self, control: QStyle.ComplexControl, option: QStyleOptionComplex, painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control != QStyle.ComplexControl.CC_ScrollBar:
            return
        slider = QStyle.SubControl.SC_ScrollBarSlider
        handle = self.subControlRect(control, option, slider, widget)  # type: ignore[arg-type]  # None is fine
        if not handle.isValid():
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(handle_colour(option.palette))
        inset = max(2, min(handle.width(), handle.height()) // 8)
        radius = min(handle.width(), handle.height()) / 4
        painter.drawRoundedRect(handle.adjusted(inset, inset, -inset, -inset), radius, radius)
        painter.restore()
