"""One person's session: the validated content, their answers so far, and where each page leads."""

from __future__ import annotations

from dataclasses import dataclass, field

from myeloma_gui.content.models import Content
from myeloma_gui.decision.flow import AnswerValue, next_question, out_of_scope_choice
from myeloma_gui.decision.guide import decide
from myeloma_gui.decision.results import GuideResults
from myeloma_gui.ui.page_ids import PageId


@dataclass
class GuideSession:
    content: Content
    answers: dict[str, AnswerValue] = field(default_factory=dict)
    notes: str = ""

    def question_page_id(self, question_id: str) -> int:
        ids = [q.id for q in self.content.questions]
        return PageId.FIRST_QUESTION + ids.index(question_id)

    def page_after(self, question_id: str | None) -> int:
        """The page that follows the welcome page (None) or a question page."""
        if question_id is not None and out_of_scope_choice(self.content, self.answers):
            return PageId.RESULTS
        following = next_question(self.content, self.answers, question_id)
        return PageId.REVIEW if following is None else self.question_page_id(following.id)

    def results(self) -> GuideResults:
        return decide(self.content, self.answers)

    def clear(self) -> None:
        self.answers.clear()
        self.notes = ""
