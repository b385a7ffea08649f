"""How well one colour stands out against another: the WCAG 2 contrast ratio, from 1 to 21.

Body text needs at least 4.5; large text and focus marks at least 3.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

READABLE_TEXT = 4.5


def relative_luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
