"""The results page's footer: one short line that says the guide is not medical advice, and a button
that opens About this guide: the source, its dates and the whole disclaimer.

They must always be reachable, but at large text sizes three full paragraphs under the results would
leave the results themselves a few lines.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QWidget

from myeloma_gui.ui.about.about_button import about_button
from myeloma_gui.ui.basics import text
from myeloma_gui.ui.basics.words import translate


def first_sentence(words: str) -> str:
    end = words.find(". ")
    return words if end < 0 else words[: end + 1]


class ResultsFooter(QWidget):
    def __init__(self, disclaimer: str, about_label: str) -> None:
        super().__init__()
        self.setObjectName("results_footer")
        self.show_about: Callable[[], None] = lambda: None  # set by the wizard, which owns About
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.note = text.small(first_sentence(disclaimer))
        self.note.setObjectName("disclaimer_note")
        row.addWidget(self.note, 1)
        # Through a lambda: the wizard sets show_about after this button is made.
        self.details_button = about_button(about_label, lambda: self.show_about())  # noqa: PLW0108
        self.details_button.setAccessibleDescription(
            translate("ResultsFooter", "The source, its dates, and what this guide is not.")
        )
        text.set_relative_font(self.details_button, text.SMALL_SCALE)
        row.addWidget(self.details_button)

    def set_source_line(self, source_line: str) -> None:
        self.details_button.setToolTip(text.tooltip(source_line))
