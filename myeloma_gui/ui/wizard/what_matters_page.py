"""Question 7, "What matters to you?": optional, printed for the doctor, never used to match options.

Each thing people weigh is a titled group of its answers (what a screen reader announces as one
question); the answers wrap onto more lines at large text sizes. Every change goes straight into the
session, so Back and Next keep it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from myeloma_gui.content.models import Label, WhatMatters
from myeloma_gui.ui.basics import text
from myeloma_gui.ui.basics.answer_list import AnswerList
from myeloma_gui.ui.basics.choice_buttons import ChoiceRadioButton
from myeloma_gui.ui.basics.page_focus import PageFocus
from myeloma_gui.ui.basics.scrolling import scroll_area
from myeloma_gui.ui.basics.wrapping_row import FlowLayout
from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.session import GuideSession

OWN_WORDS_LINES = 4


class WhatMattersPage(QWizardPage):
    def __init__(self, session: GuideSession) -> None:
        super().__init__()
        self.page_focus = PageFocus(self)  # before any other child: see PageFocus
        self.session = session
        page = session.content.what_matters
        self.setObjectName("question_what_matters")
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons: dict[tuple[str, str], ChoiceRadioButton] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        position = session.question_position(None)
        self.top_row = QHBoxLayout()  # the wizard adds About this guide at the right
        self.top_row.addWidget(text.small(position), 1)
        outer.addLayout(self.top_row)
        heading = text.heading(page.title)
        heading.setAccessibleDescription(position)
        outer.addWidget(heading)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.addWidget(text.paragraph(page.explanation))
        self.body_layout.addWidget(text.heading(page.weights_title, scale=1.1))
        # The first group of each part also carries what is above it, so that it is heard on arriving
        # (a screen reader says a group's name with the answer it lands on, not the headings between).
        for number, thing in enumerate(page.things):
            said_first: tuple[str, ...] = (page.title, position, page.weights_title) if number == 0 else ()
            self._add_group(thing.id, thing.label, page.weights, said_first,
                            page.explanation if number == 0 else "")
        self.body_layout.addWidget(text.heading(page.own_words_label, scale=1.1))
        self.own_words = QPlainTextEdit()
        self.own_words.setObjectName("what_matters_own_words")
        self.own_words.setAccessibleName(page.own_words_label)
        self.own_words.setTabChangesFocus(True)  # Tab moves on, as everywhere else on the page
        self.own_words.setMinimumHeight(self.own_words.fontMetrics().lineSpacing() * OWN_WORDS_LINES)
        self.own_words.textChanged.connect(self._own_words_changed)
        self.body_layout.addWidget(self.own_words)
        self._add_group(page.deciding.id, page.deciding.label, page.deciding.choices)
        self.body_layout.addWidget(text.heading(page.readiness_title, scale=1.1))
        for number, check in enumerate(page.readiness_checks):
            said_first = (page.readiness_title,) if number == 0 else ()
            self._add_group(check.id, check.label, page.readiness_answers, said_first)
        self.body_layout.addStretch(1)
        outer.addWidget(scroll_area(body), 1)

    def _add_group(
        self, key: str, title: str, choices: tuple[Label, ...], said_first: tuple[str, ...] = (),
        description: str = "",
    ) -> None:
        """A titled group of answers; ``said_first``: words a screen reader says before its title."""
        box = QGroupBox(title.replace("&", "&&"))
        box.setObjectName(f"what_matters_{key}")
        box.setAccessibleName(" ".join((*said_first, title)))
        box.setAccessibleDescription(description)
        answers = AnswerList()
        row = FlowLayout(answers, spacing=12)
        in_box = QVBoxLayout(box)
        in_box.setContentsMargins(0, 0, 0, 0)
        in_box.addWidget(answers)
        group = QButtonGroup(self)
        self.groups[key] = group
        for choice in choices:
            button = ChoiceRadioButton()
            button.setText(choice.label.replace("&", "&&"))
            button.setAccessibleName(choice.label)
            button.setAccessibleDescription(title)
            button.setObjectName(f"what_matters_{key}_{choice.id}")
            group.addButton(button)
            row.addWidget(button)
            self.buttons[(key, choice.id)] = button
            button.toggled.connect(lambda on, k=key, c=choice.id: self._chosen(k, c) if on else None)
        self.body_layout.addWidget(box)

    def _chosen(self, key: str, choice_id: str) -> None:
        self.session.what_matters[key] = choice_id
        self._aim_focus()

    def _aim_focus(self) -> None:
        """The page opens on the first group's answer, or on its first answer."""
        key, answer = next(iter(self.buttons))
        self.page_focus.aim(self.groups[key].checkedButton() or self.buttons[(key, answer)])

    def _own_words_changed(self) -> None:
        self.session.what_matters[WhatMatters.OWN_WORDS] = self.own_words.toPlainText()

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        answers = self.session.what_matters
        for (key, choice_id), button in self.buttons.items():
            group = self.groups[key]
            group.setExclusive(False)
            button.blockSignals(True)
            button.setChecked(answers.get(key) == choice_id)
            button.blockSignals(False)
            group.setExclusive(True)
        own_words = answers.get(WhatMatters.OWN_WORDS, "")
        if self.own_words.toPlainText() != own_words:
            self.own_words.blockSignals(True)
            self.own_words.setPlainText(own_words)
            self.own_words.blockSignals(False)
        self._aim_focus()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt's name)
        """Going back keeps this page's answers (Qt's default would reset them)."""

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        return PageId.REVIEW
