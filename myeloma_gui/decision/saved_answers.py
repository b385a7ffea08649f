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
from myeloma_gui.decision.flow import AnswerValue, effective_answers, unanswered_questions
from myeloma_gui.files import write_atomically

FORMAT_NAME = "myeloma-gui-answers"
FORMAT_VERSION = 1
_KEYS = {"format", "version", "content_version", "saved_at", "answers", "notes"}


class AnswersFileError(Exception):
    """An answers file that cannot be used; the message is one sentence for a person to read."""


@dataclass(frozen=True)
class SavedAnswers:
    answers: Mapping[str, AnswerValue]
    notes: str = ""
    saved_at: str | None = field(default=None, compare=False)


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
        "answers": answers,
        "notes": saved.notes,
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def parse_answers(text: str, content: Content) -> SavedAnswers:
    if not text.strip():
        raise AnswersFileError("The file is empty.")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise AnswersFileError(
            f"The file is damaged or is not an answers file: it is not valid JSON "
            f"(line {error.lineno}, column {error.colno})."
        ) from None
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
        raise AnswersFileError(f"The file is damaged: it has an unknown entry {unknown[0]!r}.")
    notes = document.get("notes", "")
    if not isinstance(notes, str):
        raise AnswersFileError("The file is damaged: 'notes' must be text.")
    saved_at = document.get("saved_at")
    return SavedAnswers(
        _parse_answer_values(document.get("answers"), content),
        notes,
        saved_at if isinstance(saved_at, str) else None,
    )


def _parse_answer_values(raw: Any, content: Content) -> dict[str, AnswerValue]:
    if not isinstance(raw, dict):
        raise AnswersFileError("The file is damaged: 'answers' must be a set of named answers.")
    answers: dict[str, AnswerValue] = {}
    questions = {q.id: q for q in content.questions}
    for question_id, value in raw.items():
        question = questions.get(question_id)
        if question is None:
            raise AnswersFileError(
                f"The file answers a question this guide does not ask: {question_id!r}."
                + _did_you_mean(question_id, list(questions))
            )
        known = [c.id for c in question.all_choices()]
        if question.kind == "one":
            if not isinstance(value, str):
                raise AnswersFileError(f"The answer to {question_id!r} must be one answer, as text.")
            if value not in known:
                raise AnswersFileError(
                    f"{value!r} is not an answer to the question {question_id!r}."
                    + _did_you_mean(value, known)
                )
            answers[question_id] = value
        else:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise AnswersFileError(f"The answer to {question_id!r} must be a list of answers.")
            strange = [v for v in value if v not in known]
            if strange:
                raise AnswersFileError(
                    f"{strange[0]!r} is not an answer to the question {question_id!r}."
                    + _did_you_mean(strange[0], known)
                )
            answers[question_id] = frozenset(value)
    return answers


def _did_you_mean(typed: str, known: list[str]) -> str:
    """For a person who typed the file by hand: the closest id, or the list to choose from."""
    import difflib  # here: only a hand-edited file needs it, and the window loads this module

    close = difflib.get_close_matches(typed.lower(), known, n=1, cutoff=0.6)
    if close:
        return f" Did you mean {close[0]!r}?"
    return " It can be one of: " + ", ".join(known) + "."


def read_answers_file(path: Path, content: Content) -> SavedAnswers:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise AnswersFileError(f"There is no file {path}.") from None
    except OSError as error:
        raise AnswersFileError(f"The file {path} cannot be read: {error.strerror}.") from None
    try:
        text = data.decode("utf-8-sig")  # Windows Notepad may start the file with a BOM
    except UnicodeDecodeError:
        raise AnswersFileError("This is not an answers file: it is not text.") from None
    return parse_answers(text, content)


def require_complete(saved: SavedAnswers, content: Content) -> None:
    """Refuse answers that stop before the results, naming the first question left open."""
    missing = unanswered_questions(content, saved.answers)
    if missing:
        raise AnswersFileError(f"The file has no answer to the question {missing[0].id!r}.")


def write_answers_file(path: Path, saved: SavedAnswers, content: Content) -> None:
    write_atomically(path, answers_to_json(saved, content).encode("utf-8"), private=True)
