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
from tests.decision.test_guide import SHIPPED, answer_sets


@settings(max_examples=100, deadline=None)
@given(answers=answer_sets(SHIPPED), notes=st.text(max_size=200))
def test_what_is_saved_reads_back_the_same(answers: dict[str, AnswerValue], notes: str) -> None:
    answers = {"situation": "relapsed_or_refractory", "disease_course": "stable", **answers}
    read_back = parse_answers(answers_to_json(SavedAnswers(answers, notes), SHIPPED), SHIPPED)
    # Only the answers that count are written: never one left on a page that no longer applies.
    assert read_back == SavedAnswers(effective_answers(SHIPPED, answers), notes)
    assert "first_treatment_ended" not in read_back.answers


def test_a_saved_file_is_readable_json_with_format_and_version(content: Content, tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    write_answers_file(path, SavedAnswers({"situation": "mgus"}, "ask about bones"), content)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "myeloma-gui-answers"
    assert document["version"] == 1
    assert document["answers"] == {"situation": "mgus"}
    assert document["notes"] == "ask about bones"
    assert [p.name for p in tmp_path.iterdir()] == ["answers.json"]  # no temporary file left behind


GOOD = {"format": "myeloma-gui-answers", "version": 1, "answers": {"situation": "mgus"}}
BAD_FILES = [
    ("empty", "", "empty"),
    ("not JSON", "situation = mgus", "not valid JSON"),
    ("another program's JSON", json.dumps({"name": "x"}), "not an answers file"),
    ("a list", "[]", "not an answers file"),
    ("newer version", json.dumps({**GOOD, "version": 2}), "newer version"),
    ("version not a number", json.dumps({**GOOD, "version": "1"}), "whole number"),
    ("unknown question", json.dumps({**GOOD, "answers": {"mood": "ok"}}), "does not ask: 'mood'"),
    ("unknown answer", json.dumps({**GOOD, "answers": {"situation": "flu"}}), "'flu' is not an answer"),
    ("a list for one answer", json.dumps({**GOOD, "answers": {"situation": ["mgus"]}}), "one answer"),
    ("one answer for a list", json.dumps({**GOOD, "answers": {"prior_treatments": "bortezomib"}}),
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
    write_answers_file(path, SavedAnswers({"situation": "mgus"}), content)
    before = path.read_bytes()

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_answers_file(path, SavedAnswers({"situation": "plasmacytoma_bone"}), content)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["answers.json"]
