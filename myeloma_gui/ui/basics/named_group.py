"""A group of controls named for a screen reader, drawn as nothing at all.

A screen reader finds what a control belongs to through its group: Qt tells it that each control directly
inside a titled group box is labelled by that box, and Orca says the group's name as the focus enters it
(for answers, with the answer it lands on). The page already shows those words as its heading, which wraps
at large text sizes where a group box title would not, so the title is never drawn and takes no room.

Built on the first page before its first paint too: nothing here names one of Qt's enums (see
``text.paragraph``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QGroupBox, QWidget


class NamedGroup(QGroupBox):
    def __init__(self, name: str, description: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(name.replace("&", "&&"))  # an "&" is itself, not a keyboard shortcut
        self.setFlat(True)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.setContentsMargins(0, 0, 0, 0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        # Qt makes room for the title again whenever the style or font changes.
        super().changeEvent(event)
        self.setContentsMargins(0, 0, 0, 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        del event  # no frame, no title: what is inside draws itself

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        # Qt's would be as wide as the title on one line; what is inside wraps, so it decides.
        return QWidget.minimumSizeHint(self)
