"""The saved-answers file: one person's answers and notes, as versioned JSON.

Reading refuses anything that is not exactly such a file (another program's JSON, a damaged file, a
newer format, answers the content does not know) with one plain sentence, so a bad file never changes
an open session. Writing is atomic: the new file replaces the old one only once it is complete.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from myeloma_gui.content.models import Content
from myeloma_gui.content.voice import in_voice
from myeloma_gui.decision.answers_v1 import answers_from_v1
from myeloma_gui.decision.flow import AnswerValue, effective_answers, unanswered_questions
from myeloma_gui.files import write_atomically
from myeloma_gui.json_files import (
    MEGABYTE,
    QUOTE_LIMIT,
    UnreadableJsonError,
    parse_json,
    quoted,
    read_text_file,
)

FORMAT_NAME = "myeloma-gui-answers"
FORMAT_VERSION = 2
# A few KB of answers, and notes; a megabyte of notes is some 500 pages.
ANSWERS_SIZE_LIMIT = 2 * MEGABYTE
_KEYS = {
    "format", "version", "content_version", "saved_at", "answers", "notes", "what_matters", "filled_in_for",
}
FILLED_IN_FOR = ("myself", "someone_else")
"""Who the answers are about, from the welcome page: the person themself, or someone a helper
filled the guide in for. A file without the entry (any file saved before it) is "myself"."""


class AnswersFileError(Exception):
    """An answers file that cannot be used; the message is one sentence for a person to read."""


@dataclass(frozen=True)
class SavedAnswers:
    answers: Mapping[str, AnswerValue]
    notes: str = ""
    saved_at: str | None = field(default=None, compare=False)
    what_matters: Mapping[str, str] = field(default_factory=dict)
    """Question 7 ("What matters to you?"), kept apart: it never changes the results."""
    for_someone_else: bool = False
    """A helper filled the guide in for the person: the words speak of them."""


def answers_to_json(saved: SavedAnswers, content: Content) -> str:
    """Only the answers that count are saved: one left on a page that no longer applies stays in
    memory (in case the person changes back) but is not written anywhere."""
    counted = effective_answers(content, saved.answers)
    answers: dict[str, str | list[str]] = {}
    for question in content.questions:  # in question order, so files read well and diff cleanly
        value = counted.get(question.id)
        if isinstance(value, str):
            answers[question.id] = value
        elif value is not None:
            answers[question.id] = [c.id for c in question.all_choices() if c.id in value]
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "content_version": content.metadata.content_version,
        "saved_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "filled_in_for": FILLED_IN_FOR[saved.for_someone_else],
        "answers": answers,
        "what_matters": {key: value for key, value in saved.what_matters.items() if value},
        "notes": saved.notes,
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def parse_answers(text: str, content: Content) -> SavedAnswers:
    try:
        document = parse_json(text)
    except UnreadableJsonError as error:
        raise AnswersFileError(str(error)) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise AnswersFileError("This is not an answers file saved by the myeloma treatment guide.")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise AnswersFileError("The file is damaged: its 'version' must be a whole number.")
    if version > FORMAT_VERSION:
        raise AnswersFileError(
            f"The file was saved by a newer version of this app (answers format {version}); "
            f"this version reads format {FORMAT_VERSION}. Please update the app."
        )
    unknown = sorted(set(document) - _KEYS)
    if unknown:
        raise AnswersFileError(f"The file is damaged: it has an unknown entry {quoted(unknown[0])}.")
    notes = document.get("notes", "")
    if not isinstance(notes, str):
        raise AnswersFileError("The file is damaged: 'notes' must be text.")
    for key in ("content_version", "saved_at"):
        if not isinstance(document.get(key, ""), str):
            raise AnswersFileError(f"The file is damaged: {key!r} must be text.")
    filled_in_for = document.get("filled_in_for", FILLED_IN_FOR[0])
    if filled_in_for not in FILLED_IN_FOR:
        raise AnswersFileError(
            f"The file is damaged: 'filled_in_for' must be {FILLED_IN_FOR[0]!r} or {FILLED_IN_FOR[1]!r}."
        )
    raw_answers = document.get("answers")
    if version == 1 and isinstance(raw_answers, dict):
        raw_answers = answers_from_v1(raw_answers)
    answers = _parse_answer_values(raw_answers, content)
    if version == 1:  # a file from before helpers could say so: the person's own
        _refuse_v1_gaps(answers, content)
    return SavedAnswers(
        answers, notes, document.get("saved_at"),
        _parse_what_matters(document.get("what_matters", {}), content),
        for_someone_else=filled_in_for == FILLED_IN_FOR[1],
    )


def _refuse_v1_gaps(answers: dict[str, AnswerValue], content: Content) -> None:
    """An old file whose answers cannot all be carried over is refused, naming what to answer again:
    half-loaded answers would look complete on the review page."""
    missing = unanswered_questions(content, answers)
    if missing:
        titles = "; ".join(f"“{in_voice(q.title, False)}”" for q in missing)
        raise AnswersFileError(
            "This answers file was saved by an earlier version of the guide, which asked different "
            "questions, and not all of its answers can be carried over. Please start the guide and "
            f"answer again: {titles}"
        )


def _parse_what_matters(raw: Any, content: Content) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise AnswersFileError("The file is damaged: 'what_matters' must be a set of named answers.")
    page = content.what_matters
    parsed: dict[str, str] = {}
    for key, value in raw.items():
        choices = page.choices_for(key)
        if not isinstance(value, str):
            raise AnswersFileError(f"The answer to {quoted(key)} in 'what_matters' must be text.")
        if choices == ():
            raise AnswersFileError(f"The file has an unknown entry {quoted(key)} in 'what_matters'.")
        if choices is not None and value not in [c.id for c in choices]:
            known = [c.id for c in choices]
            raise AnswersFileError(
                f"{quoted(value)} is not an answer to {quoted(key)} in 'what_matters'."
                + _did_you_mean(value, known)
            )
        parsed[key] = value
    return parsed


def _parse_answer_values(raw: Any, content: Content) -> dict[str, AnswerValue]:
    if not isinstance(raw, dict):
        raise AnswersFileError("The file is damaged: 'answers' must be a set of named answers.")
    answers: dict[str, AnswerValue] = {}
    questions = {q.id: q for q in content.questions}
    for question_id, value in raw.items():
        question = questions.get(question_id)
        if question is None:
            raise AnswersFileError(
                f"The file answers a question this guide does not ask: {quoted(question_id)}."
                + _did_you_mean(question_id, list(questions))
            )
        known = [c.id for c in question.all_choices()]
        if question.kind == "one":
            if not isinstance(value, str):
                raise AnswersFileError(f"The answer to {question_id!r} must be one answer, as text.")
            if value not in known:
                raise AnswersFileError(
                    f"{quoted(value)} is not an answer to the question {question_id!r}."
                    + _did_you_mean(value, known)
                )
            answers[question_id] = value
        else:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise AnswersFileError(f"The answer to {question_id!r} must be a list of answers.")
            strange = [v for v in value if v not in known]
            if strange:
                raise AnswersFileError(
                    f"{quoted(strange[0])} is not an answer to the question {question_id!r}."
                    + _did_you_mean(strange[0], known)
                )
            answers[question_id] = frozenset(value)
    return answers


def _did_you_mean(typed: str, known: list[str]) -> str:
    """For a person who typed the file by hand: the closest id, or the list to choose from."""
    # A long string cannot be a typo of a short id, and comparing it would take a long time.
    if len(typed) > QUOTE_LIMIT:
        return ""
    import difflib  # here: only a hand-edited file needs it, and the window loads this module

    close = difflib.get_close_matches(typed.lower(), known, n=1, cutoff=0.6)
    if close:
        return f" Did you mean {close[0]!r}?"
    return " It can be one of: " + ", ".join(known) + "."


def read_answers_file(path: Path, content: Content) -> SavedAnswers:
    try:
        text = read_text_file(path, limit=ANSWERS_SIZE_LIMIT)
    except UnreadableJsonError as error:
        raise AnswersFileError(str(error)) from None
    return parse_answers(text, content)


def require_complete(saved: SavedAnswers, content: Content) -> None:
    """Refuse answers that stop before the results, naming the first question left open."""
    missing = unanswered_questions(content, saved.answers)
    if missing:
        raise AnswersFileError(f"The file has no answer to the question {missing[0].id!r}.")


def write_answers_file(path: Path, saved: SavedAnswers, content: Content) -> None:
    write_atomically(path, answers_to_json(saved, content).encode("utf-8"), private=True)
