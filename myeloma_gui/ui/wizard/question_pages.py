"""One page per question: a single answer (radio buttons) or a checklist (check boxes).

Pages write every change straight into the session's answers, and read them back whenever they are
shown, so Back and Next never lose an answer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from myeloma_gui.content.models import Choice, Question
from myeloma_gui.ui.basics import text
from myeloma_gui.ui.basics.answer_list import AnswerList
from myeloma_gui.ui.basics.choice_buttons import ChoiceCheckBox, ChoiceRadioButton
from myeloma_gui.ui.basics.named_group import NamedGroup
from myeloma_gui.ui.basics.page_focus import PageFocus
from myeloma_gui.ui.basics.scrolling import scroll_area
from myeloma_gui.ui.basics.words import translate
from myeloma_gui.ui.session import GuideSession

CHOICE_INDENT = 32


class QuestionPage(QWizardPage):
    """What both kinds of question page share: heading, explanation, scrolling and navigation."""

    def __init__(self, session: GuideSession, question: Question) -> None:
        super().__init__()
        self.page_focus = PageFocus(self)  # before any other child: see PageFocus
        self.session = session
        self.question = question
        self.setObjectName(f"question_{question.id}")
        self.buttons: dict[str, QAbstractButton] = {}

        self.outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # "Question 3 of 7": seen above the title, and heard with it.
        position = session.question_position(question.id)
        self.position_label = text.small(position)
        self.position_label.setObjectName("question_position")
        self.top_row = QHBoxLayout()  # the wizard adds About this guide at the right
        self.top_row.addWidget(self.position_label, 1)
        outer.addLayout(self.top_row)
        title = text.heading(question.title)
        title.setAccessibleDescription(position)
        outer.addWidget(title)
        # What a screen reader says with the first answer it lands on: the question and where it is.
        self.spoken_question = f"{question.title} {position}"
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        if question.explanation:
            # It scrolls with the answers, so large text still leaves room for them.
            self.body_layout.addWidget(text.paragraph(question.explanation))
        outer.addWidget(scroll_area(body), 1)

    def add_group(self, name: str, description: str) -> QVBoxLayout:
        """A group for the answers that follow (see ``NamedGroup``); returns the column they go in."""
        group = NamedGroup(name, description)
        column = QVBoxLayout(group)
        column.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addWidget(group)
        return column

    def add_choice(self, column: QVBoxLayout, button: QAbstractButton, choice: Choice) -> None:
        label = self.session.content.choice_label(choice)
        # An "&" in an answer ("Daratumumab & hyaluronidase") must show as itself, not make a
        # keyboard shortcut out of the letter after it.
        button.setText(label.replace("&", "&&"))
        button.setObjectName(f"choice_{choice.id}")
        button.setAccessibleName(label)
        self.buttons[choice.id] = button
        column.addWidget(button)
        if choice.explanation:
            button.setAccessibleDescription(choice.explanation)
            explanation = text.small(choice.explanation)
            explanation.setContentsMargins(CHOICE_INDENT, 0, 0, 6)
            column.addWidget(explanation)

    def offer_return_to_review(self, go: Callable[[], None]) -> None:
        """A button under the answers that leads straight back to the review page, shown while
        the person is changing one answer from there (``show_return_to_review``)."""
        self.return_button = QPushButton(translate("QuestionPage", "Back to &your answers >>"))
        self.return_button.setObjectName("return_to_review")
        # Its name in words: a screen reader would read its arrows as "greater than".
        self.return_button.setAccessibleName(translate("QuestionPage", "Back to your answers"))
        self.return_button.setAccessibleDescription(translate(
            "QuestionPage",
            "Goes back to the review page, keeping every answer. Pages with a new question stop on the way.",
        ))
        self.return_button.setAutoDefault(False)
        self.return_button.clicked.connect(go)
        self.return_button.hide()
        self.outer.addWidget(self.return_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_return_to_review(self, shown: bool) -> None:
        self.return_button.setVisible(shown)

    def cleanupPage(self) -> None:  # noqa: N802 (Qt's name)
        """Going back keeps this page's answer (Qt's default would reset it)."""

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        return self.session.page_after(self.question.id)


class OneAnswerPage(QuestionPage):
    def __init__(self, session: GuideSession, question: Question) -> None:
        super().__init__(session, question)
        self.group = QButtonGroup(self)
        answers = AnswerList()
        column = QVBoxLayout(answers)
        column.setContentsMargins(0, 0, 0, 0)
        self.add_group(self.spoken_question, question.explanation or "").addWidget(answers)
        for choice in question.choices:
            button = ChoiceRadioButton()
            self.group.addButton(button)
            self.add_choice(column, button, choice)
            button.toggled.connect(lambda on, c=choice.id: self._chosen(c) if on else None)
        self.body_layout.addStretch(1)

    def _chosen(self, choice_id: str) -> None:
        self.session.answers[self.question.id] = choice_id
        self.completeChanged.emit()
        self._aim_focus()

    def _aim_focus(self) -> None:
        """The page opens on the answer given, or on the first answer."""
        self.page_focus.aim(self.group.checkedButton() or next(iter(self.buttons.values())))

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        answer = self.session.answers.get(self.question.id)
        self.group.setExclusive(False)
        for choice_id, button in self.buttons.items():
            button.setChecked(choice_id == answer)
        self.group.setExclusive(True)
        self._aim_focus()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return isinstance(self.session.answers.get(self.question.id), str)


class ChecklistPage(QuestionPage):
    def __init__(self, session: GuideSession, question: Question) -> None:
        super().__init__(session, question)
        for number, group in enumerate(question.groups):
            group_heading = text.heading(group.title, scale=1.1)
            group_heading.setContentsMargins(0, 8, 0, 0)
            self.body_layout.addWidget(group_heading)
            # The first group also carries the question, so that it is heard on arriving.
            name = f"{self.spoken_question} {group.title}" if number == 0 else group.title
            column = self.add_group(name, (question.explanation or "") if number == 0 else "")
            for choice in group.choices:
                box = ChoiceCheckBox()
                box.setAccessibleDescription(group.title)
                self.add_choice(column, box, choice)
                box.toggled.connect(self._changed)
        self.body_layout.addStretch(1)
        self.page_focus.aim(next(iter(self.buttons.values())))

    def _changed(self) -> None:
        ticked = frozenset(c for c, button in self.buttons.items() if button.isChecked())
        self.session.answers[self.question.id] = ticked

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        answer = self.session.answers.get(self.question.id)
        ticked = answer if isinstance(answer, frozenset) else frozenset()
        for choice_id, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(choice_id in ticked)
            button.blockSignals(False)
