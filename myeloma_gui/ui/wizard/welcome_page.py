"""The first page: what the guide does, who it is for, privacy, the source and its review date."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWizardPage

from myeloma_gui.content.first_page import FirstPageText
from myeloma_gui.ui.basics import text
from myeloma_gui.ui.basics.named_group import NamedGroup
from myeloma_gui.ui.basics.scrolling import keep_out_of_tab_order, scrolling_column
from myeloma_gui.ui.basics.words import translate
from myeloma_gui.ui.page_ids import PageId

if TYPE_CHECKING:
    from PySide6.QtWidgets import QRadioButton

    from myeloma_gui.content.models import LabelledChoices


class WelcomePage(QWizardPage):
    def __init__(self, words: FirstPageText) -> None:
        super().__init__()
        self.setObjectName("welcome_page")
        self._ready = False
        # Until the questions are built, Next (disabled) already points at them, so the wizard
        # shows Next rather than Finish on this page.
        self.next_page: Callable[[], int] = lambda: PageId.FIRST_QUESTION
        column = scrolling_column(self, early=True)  # at large text sizes the page scrolls
        # The first thing a screen reader says as the focus lands here: the guide's title and the page's.
        said = [words.title]
        if words.heading and words.heading != words.title:
            said.append(words.heading)
        self.intro = NamedGroup(". ".join(said))
        self.intro.setObjectName("welcome_intro")
        column.addWidget(self.intro, 1)
        layout = QVBoxLayout(self.intro)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text.heading(words.heading or words.title, early=True))
        paragraphs = [*words.paragraphs, words.privacy]
        # For someone coming back with answers they saved before; usable once the guide has loaded.
        self.open_answers_button = QPushButton(translate("WelcomePage", "&Open saved answers..."))
        self.open_answers_button.setObjectName("open_answers")
        # Its name in words: a screen reader would read the dots out.
        self.open_answers_button.setAccessibleName(translate("WelcomePage", "Open saved answers"))
        self.open_answers_button.setAccessibleDescription(
            translate("WelcomePage", "Answers and notes you saved here before.")
        )
        self.open_answers_button.setAutoDefault(False)
        self.open_answers_button.setEnabled(False)
        self.intro_layout = layout
        self.for_whom_buttons: list[QRadioButton] = []
        self.open_row = open_row = QHBoxLayout()  # About this guide joins it once the guide has loaded
        open_row.addWidget(self.open_answers_button)
        open_row.addStretch(1)
        # Under the heading, where the keyboard starts: in view at once at any text size on a small
        # screen (below the paragraphs, at 200 % it was below the fold).
        layout.addLayout(open_row)
        for paragraph in paragraphs:
            layout.addWidget(text.paragraph(paragraph, early=True))
        layout.addStretch(1)
        disclaimer = text.small(words.disclaimer, early=True)
        disclaimer.setObjectName("disclaimer")
        layout.addWidget(disclaimer)
        source = text.small(words.source_line, early=True)
        source.setObjectName("source_line")
        layout.addWidget(source)

    def offer_for_whom(self, for_whom: LabelledChoices, chosen: Callable[[bool], None]) -> None:
        """The one choice at the start: the guide filled in for oneself (the first answer) or for
        someone else (the second); ``chosen`` is told which, as it changes."""
        from myeloma_gui.ui.basics.answer_list import AnswerList  # after the first paint
        from myeloma_gui.ui.basics.choice_buttons import ChoiceRadioButton

        group = NamedGroup(for_whom.label)
        group.setObjectName("for_whom")
        in_group = QVBoxLayout(group)
        in_group.setContentsMargins(0, 0, 0, 0)
        answers = AnswerList()
        column = QVBoxLayout(answers)
        column.setContentsMargins(0, 0, 0, 0)
        in_group.addWidget(answers)
        for index, choice in enumerate(for_whom.choices[:2]):
            button = ChoiceRadioButton()
            button.setText(choice.label.replace("&", "&&"))
            button.setAccessibleName(choice.label)
            button.setObjectName(f"for_whom_{choice.id}")
            button.setChecked(index == 0)
            button.toggled.connect(lambda on, other=bool(index): chosen(other) if on else None)
            column.addWidget(button)
            self.for_whom_buttons.append(button)
        # Just under Open saved answers, in view at once at any text size, and next in Tab order.
        # The question is shown above the group, not in it: inside, Orca read it again after the
        # group's own name, as the label of the answers' list.
        question = text.paragraph(for_whom.label)
        where = self.intro_layout.indexOf(self.open_row) + 1
        self.intro_layout.insertWidget(where, question)
        self.intro_layout.insertWidget(where + 1, group)
        question.show()  # the page is on screen already: Qt would show them only later
        group.show()

    def show_for_whom(self, for_someone_else: bool) -> None:
        """Shows the session's choice (after opening saved answers, or starting over)."""
        if len(self.for_whom_buttons) == 2:
            button = self.for_whom_buttons[int(for_someone_else)]
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)

    def set_ready(self) -> None:
        """The rest of the guide has loaded: Next may be used."""
        self._ready = True
        for scroll in self.findChildren(QScrollArea):
            keep_out_of_tab_order(scroll)
        for label in self.findChildren(QLabel):  # made early, before Qt's enums could be named
            text.keep_out_of_focus(label)
        self.open_answers_button.setEnabled(True)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self._ready

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        return self.next_page()
