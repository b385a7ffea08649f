"""One person's session: the validated content, their answers so far, and where each page leads."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from myeloma_gui.content.models import Content
from myeloma_gui.content.voice import in_voice_of
from myeloma_gui.decision.flow import AnswerValue, next_question, out_of_scope_choice
from myeloma_gui.decision.guide import decide
from myeloma_gui.decision.results import GuideResults
from myeloma_gui.decision.saved_answers import SavedAnswers
from myeloma_gui.ui.page_ids import PageId


@dataclass
class PrintoutChoices:
    name: str = ""
    """The person's name for the top of the summary; empty leaves a line to write it by hand."""
    large_print: bool = False


@dataclass
class GuideSession:
    content: Content
    """The content in the session's voice (``for_someone_else``), as every page reads it."""
    answers: dict[str, AnswerValue] = field(default_factory=dict)
    notes: str = ""
    what_matters: dict[str, str] = field(default_factory=dict)
    """Question 7: shown and printed, never used to match options."""
    answers_file: Path | None = None
    """The answers file last saved or opened, offered again the next time the person saves."""
    printout: PrintoutChoices = field(default_factory=PrintoutChoices)
    """The name for the printout and the print size: for this sitting only, never saved."""
    for_someone_else: bool = False
    """A helper is filling the guide in for the person (the welcome page's choice; saved)."""
    _saved_state: _State = field(default=frozenset(), init=False, repr=False)
    _base_content: Content | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self._base_content = self.content
        self.content = in_voice_of(self.content, self.for_someone_else)

    def set_for_someone_else(self, for_someone_else: bool) -> None:
        """Who the guide is filled in for: every page's words follow (the pages read ``content``)."""
        assert self._base_content is not None
        self.for_someone_else = for_someone_else
        self.content = in_voice_of(self._base_content, for_someone_else)

    @property
    def has_unsaved_changes(self) -> bool:
        """Whether closing now would lose answers or notes the person has not saved.

        Compared with what was last saved or opened, so changing an answer and changing it back is no
        change; an empty session (nothing chosen, no notes) has nothing to lose.
        """
        now = _state(self.answers, self.notes, self.what_matters, self.for_someone_else)
        return bool(now) and now != self._saved_state

    def results_inputs(self) -> frozenset[tuple[str, object]]:
        """What the results are built from (the answers and what matters, not the notes), in a form
        that compares equal whenever the results would be the same."""
        return _state(self.answers, "", self.what_matters, self.for_someone_else)

    def mark_saved(self, path: Path | None = None) -> None:
        self._saved_state = _state(self.answers, self.notes, self.what_matters, self.for_someone_else)
        self.answers_file = path or self.answers_file

    def to_saved(self) -> SavedAnswers:
        return SavedAnswers(
            dict(self.answers), self.notes, what_matters=dict(self.what_matters),
            for_someone_else=self.for_someone_else,
        )

    def load(self, saved: SavedAnswers, path: Path) -> None:
        """Replaces the answers and notes with those read from ``path``."""
        self.answers.clear()
        self.answers.update(saved.answers)
        self.notes = saved.notes
        self.what_matters.clear()
        self.what_matters.update(saved.what_matters)
        self.set_for_someone_else(saved.for_someone_else)
        self.mark_saved(path)

    def question_page_id(self, question_id: str) -> int:
        ids = [q.id for q in self.content.questions]
        return PageId.FIRST_QUESTION + ids.index(question_id)

    def page_after(self, question_id: str | None) -> int:
        """The page that follows the welcome page (None) or a question page."""
        if question_id is not None and out_of_scope_choice(self.content, self.answers):
            return PageId.RESULTS
        following = next_question(self.content, self.answers, question_id)
        return PageId.WHAT_MATTERS if following is None else self.question_page_id(following.id)

    def question_position(self, question_id: str | None) -> str:
        """"Question n of 7" for a question (None: "What matters to you?", which comes last)."""
        ids = [q.id for q in self.content.questions]
        total = len(ids) + 1
        number = total if question_id is None else ids.index(question_id) + 1
        template = self.content.wording.question_position
        return template.replace("{number}", str(number)).replace("{total}", str(total))

    def results(self) -> GuideResults:
        assert self._base_content is not None
        return decide(
            self._base_content, self.answers, self.what_matters, for_someone_else=self.for_someone_else
        )

    def clear(self) -> None:
        """Start over: perhaps for someone else, so their file and name are not offered either."""
        self.answers.clear()
        self.notes = ""
        self.what_matters.clear()
        self.set_for_someone_else(False)
        self.printout.name = ""
        self.answers_file = None
        self._saved_state = frozenset()


_State = frozenset[tuple[str, object]]


def _state(
    answers: dict[str, AnswerValue], notes: str, what_matters: dict[str, str], for_someone_else: bool = False
) -> _State:
    """What would be saved, in a form that compares equal whenever nothing worth saving differs
    (who it is for counts only beside answers: alone, it is nothing to lose)."""
    given: set[tuple[str, object]] = {(q, value) for q, value in answers.items() if value}
    if given and for_someone_else:
        given.add(("filled_in_for", "someone_else"))
    given |= {(f"what_matters.{key}", value.strip()) for key, value in what_matters.items() if value.strip()}
    if notes.strip():
        given.add(("notes", notes.strip()))
    return frozenset(given)
