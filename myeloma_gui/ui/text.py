"""Labels for headings and paragraphs, so every page sets text the same readable way.

All text from the content file is shown as plain text here: a content file can never inject markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

HEADING_SCALE = 1.45
SMALL_SCALE = 0.9


def heading(text: str, parent: QWidget | None = None, scale: float = HEADING_SCALE) -> QLabel:
    label = paragraph(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def small(text: str, parent: QWidget | None = None) -> QLabel:
    label = paragraph(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * SMALL_SCALE)
    label.setFont(font)
    return label
