"""The review page: every answer that counts, each with a button to go back and change it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from myeloma_gui.decision.flow import out_of_scope_choice
from myeloma_gui.decision.guide import answered_questions
from myeloma_gui.decision.what_matters import what_matters_lines
from myeloma_gui.ui.basics import text
from myeloma_gui.ui.basics.named_group import NamedGroup
from myeloma_gui.ui.basics.page_focus import PageFocus
from myeloma_gui.ui.basics.scrolling import scroll_area
from myeloma_gui.ui.basics.words import translate
from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.session import GuideSession

# The row of What matters to you (the rows of questions are named by their ids).
WHAT_MATTERS_ROW = "what_matters"


class ReviewPage(QWizardPage):
    def __init__(self, session: GuideSession, go_to_question: Callable[[str | None], None]) -> None:
        super().__init__()
        self.page_focus = PageFocus(self)  # before any other child: see PageFocus
        self.session = session
        self.go_to_question = go_to_question
        self.setObjectName("review_page")
        self.setButtonText(QWizard.WizardButton.NextButton, translate("ReviewPage", "See the &results >"))
        # The Next button's name in words on this page (its text ends in an arrow).
        self.next_button_name = translate("ReviewPage", "See the results")
        # The row whose Change button was used last: the page opens on it again when the person returns.
        self.changing: str | None = None
        wording = session.content.wording
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.top_row = QHBoxLayout()  # the wizard adds About this guide at the right
        self.top_row.addWidget(text.heading(wording.review_heading), 1)
        layout.addLayout(self.top_row)
        layout.addWidget(text.paragraph(wording.review_explanation))
        # The answers and their Change buttons in a group named with the page's title: arriving on a
        # Change button, a screen reader says "Review your answers" first, as it says the question
        # on a question page.
        self.table = NamedGroup(wording.review_heading)
        self.table.setObjectName("review_answers")
        self.grid = QGridLayout(self.table)
        self.grid.setColumnStretch(1, 1)
        self.grid.setVerticalSpacing(14)
        layout.addWidget(scroll_area(self.table), 1)
        self.change_buttons: dict[str, QPushButton] = {}
        self.answer_labels: dict[str, QLabel] = {}

    def _rows(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """(row name, review title, the answer's lines) for every answer that counts, in order."""
        content = self.session.content
        rows: list[tuple[str, str, tuple[str, ...]]] = []
        for answered in answered_questions(content, self.session.answers):
            question = answered.question
            rows.append((question.id, question.review_title, answered.said(content)))
        if out_of_scope_choice(content, self.session.answers) is None:
            lines = what_matters_lines(content, self.session.what_matters)
            told = tuple(line.text for line in lines) or (
                content.wording.what_matters_empty,
            )
            rows.append((WHAT_MATTERS_ROW, content.what_matters.review_title, told))
        return rows

    def _change_name(self, review_title: str, said: tuple[str, ...]) -> str:
        template = self.session.content.wording.change_answer
        return template.replace("{question}", review_title).replace("{answer}", ", ".join(said))

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        rows = self._rows()
        if [name for name, _, _ in rows] == list(self.change_buttons):
            # The same questions as last time (after changing one answer, as a rule): only the words
            # change, in place, so the Change button used is still there to come back to, and a screen
            # reader is not swamped with a whole new table while the focus lands.
            for name, review_title, said in rows:
                if self.answer_labels[name].text() != "\n".join(said):
                    self.answer_labels[name].setText("\n".join(said))
                if self.change_buttons[name].accessibleName() != self._change_name(review_title, said):
                    self.change_buttons[name].setAccessibleName(self._change_name(review_title, said))
        else:
            self._build_rows(rows)
        # Back from changing an answer: on that row's Change button; otherwise on the first one.
        buttons = self.change_buttons
        self.page_focus.aim(buttons.get(self.changing or "") or next(iter(buttons.values()), None))

    def _build_rows(self, rows: list[tuple[str, str, tuple[str, ...]]]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.setObjectName("")  # gone until Qt deletes it: never found in place of the new one
                widget.hide()
                widget.deleteLater()
        self.change_buttons.clear()
        self.answer_labels.clear()
        for row, (name, review_title, said) in enumerate(rows):
            title = text.heading(review_title, scale=1.0)
            answer = text.paragraph("\n".join(said))
            answer.setObjectName(f"review_answer_{name}")
            # A screen reader hears the content's change_answer instead (its accessible name).
            change = QPushButton(translate("ReviewPage", "Change"))
            change.setObjectName(f"change_{name}")
            change.setAccessibleName(self._change_name(review_title, said))
            # Enter keeps meaning "See the results" on this page; Space presses the focused Change.
            change.setAutoDefault(False)
            question_id = None if name == WHAT_MATTERS_ROW else name
            change.clicked.connect(lambda _=False, q=question_id: self._change(q))
            self.change_buttons[name] = change
            self.answer_labels[name] = answer
            self.grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(answer, row, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(change, row, 2, Qt.AlignmentFlag.AlignTop)
        self.grid.setRowStretch(self.grid.rowCount(), 1)
        # The rows are new: About this guide (made with the page) must stay after them, so that Tab
        # goes through the Change buttons first.
        about = self.findChild(QPushButton, "about_guide")
        if about is not None and self.change_buttons:
            QWidget.setTabOrder(list(self.change_buttons.values())[-1], about)

    def _change(self, question_id: str | None) -> None:
        self.changing = question_id or WHAT_MATTERS_ROW
        self.go_to_question(question_id)

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        return PageId.RESULTS
