"""The saved-answers file: what goes in comes back out; anything else is refused in one sentence."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from myeloma_gui.content.models import Content
from myeloma_gui.decision.flow import AnswerValue, effective_answers
from myeloma_gui.decision.saved_answers import (
    AnswersFileError,
    SavedAnswers,
    answers_to_json,
    parse_answers,
    read_answers_file,
    write_answers_file,
)
from tests.answer_sets import OUT_OF_SCOPE_BONE, OUT_OF_SCOPE_MGUS, Q, answers_document, file_answers
from tests.decision.test_guide import SHIPPED, WHAT_MATTERS, answer_sets


@settings(max_examples=100, deadline=None)
@given(answers=answer_sets(SHIPPED), notes=st.text(max_size=200), what_matters=WHAT_MATTERS,
       own_words=st.text(min_size=1, max_size=50))
def test_what_is_saved_reads_back_the_same(
    answers: dict[str, AnswerValue], notes: str, what_matters: dict[str, str], own_words: str
) -> None:
    what_matters = {**what_matters, "own_words": own_words, "how_to_decide": "together"}
    saved = SavedAnswers(answers, notes, what_matters=what_matters)
    read_back = parse_answers(answers_to_json(saved, SHIPPED), SHIPPED)
    # Only the answers that count are written: never one left on a page that no longer applies.
    assert read_back == SavedAnswers(effective_answers(SHIPPED, answers), notes, what_matters=what_matters)
    if answers.get(Q.SITUATION) == OUT_OF_SCOPE_MGUS[Q.SITUATION]:
        assert Q.STABLE_NOW not in read_back.answers


def test_a_saved_file_is_readable_json_with_format_and_version(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    write_answers_file(path, SavedAnswers(OUT_OF_SCOPE_MGUS, "ask about bones"), content)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "myeloma-gui-answers"
    assert document["version"] == 2
    assert document["answers"] == file_answers(OUT_OF_SCOPE_MGUS)
    assert document["notes"] == "ask about bones"
    assert [p.name for p in tmp_path.iterdir()] == ["answers.json"]  # no temporary file left behind


GOOD = answers_document(OUT_OF_SCOPE_MGUS)
BAD_FILES = [
    ("empty", "", "empty"),
    ("not JSON", "situation = mgus", "not valid JSON"),
    ("another program's JSON", json.dumps({"name": "x"}), "not an answers file"),
    ("a list", "[]", "not an answers file"),
    ("newer version", json.dumps({**GOOD, "version": 3}), "newer version"),
    ("version not a number", json.dumps({**GOOD, "version": "2"}), "whole number"),
    ("an answer of the old format", json.dumps({**GOOD, "answers": {"disease_course": "stable"}}),
     "does not ask: 'disease_course'"),
    ("what matters not a mapping", json.dumps({**GOOD, "what_matters": ["cost"]}), "'what_matters' must be"),
    ("unknown thing that matters", json.dumps({**GOOD, "what_matters": {"weather": "a_lot"}}),
     "unknown entry 'weather'"),
    ("unknown weight", json.dumps({**GOOD, "what_matters": {"cost": "hugely"}}), "'hugely' is not an answer"),
    ("unknown question", json.dumps({**GOOD, "answers": {"mood": "ok"}}), "does not ask: 'mood'"),
    ("unknown answer", json.dumps({**GOOD, "answers": {Q.SITUATION: "flu"}}), "'flu' is not an answer"),
    ("a list for one answer", json.dumps({**GOOD, "answers": {Q.SITUATION: ["mgus"]}}), "one answer"),
    ("one answer for a list", json.dumps({**GOOD, "answers": {Q.TREATMENTS: "bortezomib"}}),
     "list of answers"),
    ("answers not a mapping", json.dumps({**GOOD, "answers": ["mgus"]}), "'answers' must be"),
    ("notes not text", json.dumps({**GOOD, "notes": 3}), "'notes' must be text"),
    ("unknown entry", json.dumps({**GOOD, "extra": 1}), "unknown entry 'extra'"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES])
def test_bad_files_are_refused_in_one_sentence(content: Content, text: str, expected: str) -> None:
    with pytest.raises(AnswersFileError, match=expected) as refused:
        parse_answers(text, content)
    assert "\n" not in str(refused.value)


def test_a_binary_file_is_refused(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "photo.json"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(AnswersFileError, match="not text"):
        read_answers_file(path, content)


def test_a_failed_write_leaves_the_earlier_file_intact(
    content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "answers.json"
    write_answers_file(path, SavedAnswers(OUT_OF_SCOPE_MGUS), content)
    before = path.read_bytes()

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_answers_file(path, SavedAnswers(OUT_OF_SCOPE_BONE), content)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["answers.json"]


# Format 1 asked "How is your myeloma doing now?" where format 2 asks three separate questions. The
# format-1 documents below use that format's own ids, which never change; the new ones come from Q.
V1 = {"format": "myeloma-gui-answers", "version": 1, "content_version": "1.0.0", "notes": "old notes"}


@pytest.mark.parametrize("situation", ["mgus", "plasmacytoma_bone", "plasmacytoma_outside_bone"])
def test_an_old_file_outside_the_guide_loads_with_the_same_meaning(content: Content, situation: str) -> None:
    text = json.dumps({**V1, "answers": {"situation": situation}})
    assert parse_answers(text, content) == SavedAnswers({Q.SITUATION: situation}, "old notes")


def test_an_old_file_carries_over_exactly_what_means_the_same(content: Content) -> None:
    """Everything a format-1 file says is carried over where it is certain; it is then refused for
    what it cannot say, naming those questions, so nothing is guessed."""
    old = {"situation": "relapsed_or_refractory", "disease_course": "stable",
           "prior_treatments": ["bortezomib", "stem_cell_transplant"], "clinical_trial": "maybe"}
    with pytest.raises(AnswersFileError) as refused:
        parse_answers(json.dumps({**V1, "answers": old}), content)
    message = str(refused.value)
    assert "earlier version of the guide" in message
    assert content.question(Q.KEPT_GROWING).title in message
    assert content.question(Q.CAME_BACK).title in message
    assert content.question(Q.STABLE_NOW).title not in message  # "stable" means "stable now: yes"


@pytest.mark.parametrize(("course", "ended", "still_open"), [
    ("grew_during_treatment", None, {Q.STABLE_NOW, Q.CAME_BACK}),
    ("came_back", "a_year_or_more", {Q.STABLE_NOW, Q.KEPT_GROWING}),
    ("came_back", "less_than_a_year", {Q.STABLE_NOW, Q.KEPT_GROWING}),
    ("not_sure", "not_sure", {Q.STABLE_NOW, Q.KEPT_GROWING}),
    ("not_sure", None, {Q.STABLE_NOW, Q.KEPT_GROWING, Q.CAME_BACK}),
])
def test_an_old_disease_course_maps_only_to_what_it_certainly_says(
    content: Content, course: str, ended: str | None, still_open: set[str]
) -> None:
    from myeloma_gui.decision.answers_v1 import answers_from_v1

    old: dict[str, str] = {"situation": "not_sure", "disease_course": course, "clinical_trial": "no"}
    if ended:
        old["first_treatment_ended"] = ended
    new = answers_from_v1(old)
    assert set(new) == {Q.SITUATION, Q.TRIAL, Q.STABLE_NOW, Q.KEPT_GROWING, Q.CAME_BACK} - still_open
    with pytest.raises(AnswersFileError) as refused:
        parse_answers(json.dumps({**V1, "answers": old}), content)
    for question_id in still_open:
        assert content.question(question_id).title in str(refused.value)


def test_an_old_first_treatment_answer_is_not_carried_over(content: Content) -> None:
    """Format 1's "not treated yet, or in its first treatment" could hide a first treatment that is
    not working, which format 2 sends into the guide: it must be answered again."""
    text = json.dumps({**V1, "answers": {"situation": "new_or_first_treatment"}})
    with pytest.raises(AnswersFileError, match="answer again: “Which best describes your situation\\?”"):
        parse_answers(text, content)
