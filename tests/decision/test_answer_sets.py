"""The named answer sets the tests use are answers the shipped guide can really be given."""

from __future__ import annotations

import pytest

from myeloma_gui.content.models import Content
from myeloma_gui.decision.flow import AnswerValue, unanswered_questions
from myeloma_gui.decision.guide import decide
from tests import answer_sets
from tests.answer_sets import ONLY_THE_SITUATION, Q

NAMED = {
    name: value for name, value in vars(answer_sets).items()
    if name.isupper() and isinstance(value, dict) and name != "OUT_OF_SCOPE"
}


def test_the_question_ids_are_the_content_files(content: Content) -> None:
    ids = [v for k, v in vars(Q).items() if k.isupper()]
    assert ids == [q.id for q in content.questions]
    assert content.question_for("treatments").id == Q.TREATMENTS


@pytest.mark.parametrize("name", sorted(NAMED))
def test_each_named_set_gives_real_answers_and_reaches_the_results(content: Content, name: str) -> None:
    answer_set: dict[str, AnswerValue] = NAMED[name]
    for question_id, value in answer_set.items():
        choices = {c.id for c in content.question(question_id).all_choices()}
        assert ({value} if isinstance(value, str) else set(value)) <= choices, (name, question_id)
    # Every set but the one that stops early reaches the results (decide refuses incomplete answers).
    assert bool(unanswered_questions(content, answer_set)) is (answer_set is ONLY_THE_SITUATION)
    if answer_set is not ONLY_THE_SITUATION:
        assert decide(content, answer_set).answered
