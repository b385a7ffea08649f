"""The first page: what the guide does, who it is for, privacy, the source and its review date."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from myeloma_gui.content.first_page import FirstPageText
from myeloma_gui.ui import text
from myeloma_gui.ui.page_ids import PageId


class WelcomePage(QWizardPage):
    def __init__(self, words: FirstPageText) -> None:
        super().__init__()
        self.setObjectName("welcome_page")
        self._ready = False
        # Until the questions are built, Next (disabled) already points at them, so the wizard
        # shows Next rather than Finish on this page.
        self.next_page: Callable[[], int] = lambda: PageId.FIRST_QUESTION
        layout = QVBoxLayout(self)
        layout.addWidget(text.heading(words.heading or words.title))
        for paragraph in words.paragraphs:
            layout.addWidget(text.paragraph(paragraph))
        layout.addWidget(text.paragraph(words.privacy))
        layout.addStretch(1)
        disclaimer = text.small(words.disclaimer)
        disclaimer.setObjectName("disclaimer")
        layout.addWidget(disclaimer)
        source = text.small(words.source_line)
        source.setObjectName("source_line")
        layout.addWidget(source)

    def set_ready(self) -> None:
        """The rest of the guide has loaded: Next may be used."""
        self._ready = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self._ready

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        return self.next_page()
