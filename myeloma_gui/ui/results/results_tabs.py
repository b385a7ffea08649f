"""The results page's two tabs, "Your results" and "Your notes", with the page's actions in their row.

Not a QTabWidget: a tab bar that is given its first tab tells the screen reader that a tab was
selected, and Orca then moves to it, even while the window is still loading and the welcome page is
the one on view ("Your results page tab" was the first thing heard at start). Here the panels sit in a
stack from the beginning, and the tab bar gets its tabs only when the page is first shown.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QTabBar, QVBoxLayout, QWidget

from myeloma_gui.ui.basics.accessible_roles import QuietStack


class ResultsTabs(QWidget):
    currentChanged = Signal(int)  # noqa: N815 (named as QTabWidget's, which this stands in for)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName("results_tabs")
        self.setAccessibleName(name)
        self.bar = QTabBar()
        self.bar.setDocumentMode(True)
        self.bar.setAccessibleName(name)
        self.bar.setDrawBase(False)
        self.stack = QuietStack()
        self._tabs: list[tuple[str, str]] = []  # label, tooltip: given to the bar on first show
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.bar)
        self._row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(self._row)
        column.addWidget(self.stack, 1)
        self.bar.currentChanged.connect(self.stack.setCurrentIndex)
        self.bar.currentChanged.connect(self.currentChanged)

    def addTab(self, panel: QWidget, label: str, tooltip: str = "") -> None:  # noqa: N802 (Qt's name)
        self.stack.addWidget(panel)
        self._tabs.append((label, tooltip))

    def setCornerWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt's name)
        self._row.addWidget(widget)

    def currentIndex(self) -> int:  # noqa: N802 (Qt's name)
        return self.stack.currentIndex()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 (Qt's name)
        self._give_the_bar_its_tabs()
        self.bar.setCurrentIndex(index)
        self.stack.setCurrentIndex(index)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self._give_the_bar_its_tabs()
        super().showEvent(event)

    def _give_the_bar_its_tabs(self) -> None:
        if self.bar.count():
            return
        for index, (label, tooltip) in enumerate(self._tabs):
            self.bar.addTab(label)
            self.bar.setTabToolTip(index, tooltip)
