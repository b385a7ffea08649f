"""Files that are broken, foreign or hostile, handed to every door the guide has: ``validate``,
``results`` (answers and ``--content``), Open answers... and ``--content`` in the window.

Each gets the guide's own plain refusal and exit status 1: no traceback, no hang, nothing written.
The named cases are ones that once crashed or hung the guide; the fuzzing (hypothesis, 2,000 files
each) looks for the next ones.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from myeloma_gui import cli
from myeloma_gui.content.models import Content
from myeloma_gui.decision.flow import AnswerValue, asked_questions
from myeloma_gui.decision.saved_answers import FORMAT_NAME, FORMAT_VERSION, SavedAnswers, answers_to_json
from myeloma_gui.resources import CONTENT_FILE, bundled_file
from myeloma_gui.ui.basics import dialogs
from myeloma_gui.ui.shell.app import open_guide
from tests.ui.walk import start_guide, walk_to_results

FUZZ_EXAMPLES = 2000
HANG_LIMIT_SECONDS = 30
FUZZ = settings(
    max_examples=FUZZ_EXAMPLES, deadline=None, database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def first_answers(content: Content) -> dict[str, AnswerValue]:
    """A complete answer set: the first choice of every question asked, whatever the flow is."""
    answers: dict[str, AnswerValue] = {}
    while True:
        open_questions = [q for q in asked_questions(content, answers) if q.id not in answers]
        if not open_questions:
            return answers
        question = open_questions[0]
        first = question.all_choices()[0].id
        answers[question.id] = first if question.kind == "one" else frozenset({first})


def good_answers_file(folder: Path, content: Content) -> Path:
    path = folder / "good-answers.json"
    path.write_text(answers_to_json(SavedAnswers(first_answers(content)), content), encoding="utf-8")
    return path


# The named cases: each makes its file in a folder and returns its path.
def deeply_nested(folder: Path) -> Path:
    path = folder / "nested.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    return path


def deeply_nested_object(folder: Path) -> Path:
    path = folder / "nested-object.json"
    path.write_text('{"a":' * 100_000 + "1" + "}" * 100_000, encoding="utf-8")
    return path


def huge_number(folder: Path) -> Path:
    path = folder / "huge-number.json"
    path.write_text(f'{{"format": "{FORMAT_NAME}", "version": {"9" * 5000}, "answers": {{}}}}',
                    encoding="utf-8")
    return path


def link_to_dev_zero(folder: Path) -> Path:
    path = folder / "zero.json"
    path.symlink_to("/dev/zero")
    return path


def fifo(folder: Path) -> Path:
    path = folder / "pipe.json"
    os.mkfifo(path)
    return path


def directory(folder: Path) -> Path:
    path = folder / "folder.json"
    path.mkdir()
    return path


def fifty_megabytes(folder: Path) -> Path:
    path = folder / "large.json"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: fifty megabytes that take no room on disk
    return path


def megabyte_id(folder: Path) -> Path:
    path = folder / "long-id.json"
    document = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "answers": {"x" * 1_000_000: "y"}}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


NAMED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "100,000 nested [": (deeply_nested, "nested far too deeply"),
    "100,000 nested {": (deeply_nested_object, "nested far too deeply"),
    "a 5,000-digit number": (huge_number, "number far too long"),
    "a link to /dev/zero": (link_to_dev_zero, "not a saved file"),
    "a pipe nobody writes to": (fifo, "not a saved file"),
    "a folder": (directory, "a folder, not a file"),
    "50 MB": (fifty_megabytes, "too large"),
}


def run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "myeloma_gui", *arguments],
        capture_output=True, text=True, timeout=HANG_LIMIT_SECONDS, check=False,
    )


def assert_refused(finished: subprocess.CompletedProcess[str], says: str, output: Path) -> None:
    assert finished.returncode == 1, finished.stderr
    assert "Traceback" not in finished.stderr
    assert says in finished.stderr
    assert len(finished.stderr) < 2000, "the refusal quotes the bad value whole"
    assert finished.stdout == ""
    assert not output.exists(), "a refused file still wrote output"


@pytest.mark.parametrize("case", NAMED.values(), ids=NAMED.keys())
def test_a_hostile_answers_file_is_refused_by_results(
    tmp_path: Path, case: tuple[Callable[[Path], Path], str]
) -> None:
    make, says = case
    out = tmp_path / "out.json"
    finished = run("results", str(make(tmp_path)), "--json", str(out), "--pdf", str(tmp_path / "out.pdf"))
    assert_refused(finished, says, out)
    assert finished.stderr.count("\n") == 1, "one line"
    assert not (tmp_path / "out.pdf").exists()


@pytest.mark.parametrize("case", NAMED.values(), ids=NAMED.keys())
def test_a_hostile_content_file_is_refused_by_validate_and_results(
    tmp_path: Path, content: Content, case: tuple[Callable[[Path], Path], str]
) -> None:
    make, says = case
    bad = make(tmp_path)
    assert_refused(run("validate", str(bad)), says, tmp_path / "nothing")
    out = tmp_path / "out.json"
    answers = good_answers_file(tmp_path, content)
    assert_refused(run("results", str(answers), "--content", str(bad), "--json", str(out)), says, out)


def test_a_megabyte_long_id_is_quoted_short(tmp_path: Path) -> None:
    finished = run("results", str(megabyte_id(tmp_path)))
    assert_refused(finished, "this guide does not ask: 'xxxx", tmp_path / "nothing")
    assert finished.stderr.count("\n") == 1


def test_a_megabyte_long_id_in_the_content_is_quoted_short(tmp_path: Path, content_path: Path) -> None:
    raw = json.loads(content_path.read_text(encoding="utf-8"))
    raw["sources"][0]["id"] = "s" * 1_000_000
    raw["x" * 1_000_000] = 1
    bad = tmp_path / "content.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    finished = run("validate", str(bad))
    assert_refused(finished, "unknown key 'xxxx", tmp_path / "nothing")
    assert all(len(line) < 400 for line in finished.stderr.splitlines())


@pytest.mark.parametrize(("key", "value"), [
    ("saved_at", 1), ("content_version", []), ("notes", {"a": 1}), ("saved_at", None),
])
def test_a_wrongly_typed_optional_field_is_refused(
    tmp_path: Path, content: Content, key: str, value: object
) -> None:
    document = json.loads(good_answers_file(tmp_path, content).read_text(encoding="utf-8"))
    document[key] = value
    path = tmp_path / "typed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert_refused(run("results", str(path)), f"'{key}' must be text", tmp_path / "nothing")


class Dialogs:
    """Open answers... picks the file; every message shown is kept; "Cancel" at the unsaved prompt."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.path: Path | None = None
        self.errors: list[tuple[str, str]] = []
        self.unsaved_asked = 0
        monkeypatch.setattr(dialogs, "ask_open_path", lambda *_: self.path)
        monkeypatch.setattr(dialogs, "show_error", lambda _, title, text: self.errors.append((title, text)))
        monkeypatch.setattr(dialogs, "ask_unsaved_answers", self._unsaved)

    def _unsaved(self, *_: object) -> dialogs.UnsavedChoice:
        self.unsaved_asked += 1
        return "cancel"


@pytest.fixture
def at_results(qtbot: QtBot, content_path: Path, content: Content) -> Any:
    wizard = start_guide(qtbot, content_path)
    answers = first_answers(content)
    walk_to_results(wizard, answers)
    wizard.results_page.results_actions.notes.setPlainText("unsaved notes")
    return wizard


def state_of(wizard: Any) -> tuple[object, ...]:
    session = wizard.session
    return (dict(session.answers), session.notes, session.answers_file, wizard.currentId())


@pytest.mark.parametrize("case", NAMED.values(), ids=NAMED.keys())
def test_open_answers_refuses_a_hostile_file_and_changes_nothing(
    at_results: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    case: tuple[Callable[[Path], Path], str],
) -> None:
    make, says = case
    ask = Dialogs(monkeypatch)
    before = state_of(at_results)
    ask.path = make(tmp_path)
    at_results.results_page.results_actions.open_answers_action.trigger()
    [(title, text)] = ask.errors
    assert title == "This file cannot be opened"
    assert says in text
    assert state_of(at_results) == before


@pytest.mark.parametrize("case", NAMED.values(), ids=NAMED.keys())
def test_the_window_refuses_a_hostile_content_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: tuple[Callable[[Path], Path], str]
) -> None:
    make, says = case
    ask = Dialogs(monkeypatch)
    assert open_guide(make(tmp_path)) is None
    [(_, text)] = ask.errors
    assert says in text
    assert "cannot start" in text


# Fuzzing. JSON values of every kind, and documents shaped like ours with values drawn from our ids.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)


@st.composite
def valid_answers(draw: st.DrawFn, content: Content) -> dict[str, Any]:
    """A complete answer set a person could give: any choice on each question asked."""
    answers: dict[str, Any] = {}
    while True:
        open_questions = [q for q in asked_questions(content, answers) if q.id not in answers]
        if not open_questions:
            return {k: v if isinstance(v, str) else sorted(v) for k, v in answers.items()}
        question = open_questions[0]
        ids = [c.id for c in question.all_choices()]
        if question.kind == "one":
            answers[question.id] = draw(st.sampled_from(ids))
        else:
            answers[question.id] = frozenset(draw(st.lists(st.sampled_from(ids), min_size=1, max_size=4)))


@st.composite
def answers_documents(draw: st.DrawFn, content: Content) -> bytes:
    question_ids = [q.id for q in content.questions]
    choice_ids = [c.id for q in content.questions for c in q.all_choices()]
    an_id = st.sampled_from(question_ids + choice_ids) | st.text(max_size=20)
    answer = an_id | st.lists(an_id, max_size=5) | json_values
    document: dict[str, Any] = {}
    if draw(st.integers(0, 9)):
        document["format"] = draw(st.just(FORMAT_NAME) | st.text(max_size=20) | json_values)
    if draw(st.integers(0, 9)):
        document["version"] = draw(st.integers(-2, FORMAT_VERSION + 2) | json_values)
    if draw(st.integers(0, 9)):
        document["answers"] = draw(
            valid_answers(content)
            | st.dictionaries(st.sampled_from(question_ids) | st.text(max_size=20), answer, max_size=8)
            | json_values
        )
    for key in draw(st.lists(st.sampled_from(["notes", "saved_at", "content_version", "extra"]))):
        document[key] = draw(json_values | st.text())
    if not draw(st.integers(0, 3)):  # a third of the files are good ones, as a person saved them
        document = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "answers": draw(valid_answers(content)),
                    "notes": draw(st.text(max_size=200))}
    text = json.dumps(document)
    how = draw(st.integers(0, 5))
    if how == 1:  # cut short, as a crash might leave it
        text = text[: draw(st.integers(0, len(text)))]
    elif how == 2:  # wrapped in a list or nested deep
        depth = draw(st.integers(1, 5000))
        text = "[" * depth + text + "]" * depth
    data = text.encode("utf-8")
    if how == 3:
        data = draw(st.binary(max_size=200)) + data
    return data


@contextlib.contextmanager
def captured() -> Iterator[tuple[io.StringIO, io.StringIO]]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        yield out, err


def assert_plain_refusal_or_results(code: int, err: str, output: Path) -> bool:
    """True when the file gave results."""
    if code == 0:
        assert err == ""
        json.loads(output.read_text(encoding="utf-8"))
        output.unlink()
        return True
    assert code == 1
    assert err.count("\n") == 1, err
    assert err.startswith("myeloma-gui: ")
    assert len(err) < 1000
    assert not output.exists()
    return False


@pytest.mark.slow  # 2,000 files: CI runs it in its own step
def test_fuzzed_answers_files_get_results_or_one_plain_line(content: Content, tmp_path: Path) -> None:
    answers_file, output = tmp_path / "answers.json", tmp_path / "out.json"
    outcomes = {True: 0, False: 0}

    @FUZZ
    @given(data=answers_documents(content))
    def check(data: bytes) -> None:
        answers_file.write_bytes(data)
        with captured() as (_, err):
            code = cli.main(["results", str(answers_file), "--json", str(output)])
        outcomes[assert_plain_refusal_or_results(code, err.getvalue(), output)] += 1

    check()
    print(f"\n{outcomes[True]} fuzzed answers files gave results, {outcomes[False]} were refused")
    assert outcomes[True] > 100, "the fuzzing must reach good files too, or it only tests the door"
    assert outcomes[False] > 100


def _sentences(node: Any) -> Iterator[tuple[Any, Any]]:
    """Where each sentence of a content tree is: (its dict or list, its key)."""
    keys = node.keys() if isinstance(node, dict) else range(len(node))
    for key in keys:
        child = node[key]
        if isinstance(child, dict | list):
            yield from _sentences(child)
        elif isinstance(child, str) and " " in child and not child.startswith("http"):
            yield node, key


@st.composite
def reworded_content(draw: st.DrawFn) -> bytes:
    """The shipped content file with one to three sentences rewritten, as an editor would: most stay
    valid (a rewrite that drops a {place} a template needs, changes a source quote or is only spaces
    is refused)."""
    raw: Any = json.loads(bundled_file(CONTENT_FILE).read_text(encoding="utf-8"))
    sentences = list(_sentences(raw))
    for _ in range(draw(st.integers(1, 3))):
        node, key = draw(st.sampled_from(sentences))
        node[key] = draw(st.text(st.characters(categories=("L", "Zs", "Po")), min_size=1, max_size=60))
    return json.dumps(raw).encode("utf-8")


@st.composite
def mutated_content(draw: st.DrawFn) -> bytes:
    """The shipped content file with one to three things changed anywhere in its tree."""
    raw: Any = json.loads(bundled_file(CONTENT_FILE).read_text(encoding="utf-8"))
    for _ in range(draw(st.integers(1, 3))):
        node = raw
        while True:
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            if not keys:
                break
            key = draw(st.sampled_from(keys))
            child = node[key]
            if isinstance(child, dict | list) and child and draw(st.integers(0, 3)):
                node = child
                continue
            action = draw(st.sampled_from(["replace", "delete", "copy", "add"]))
            if action == "replace":
                node[key] = draw(json_values)
            elif action == "delete":
                del node[key]
            elif action == "copy" and isinstance(node, list):
                node.append(json.loads(json.dumps(child)))  # a duplicate id, most often
            elif isinstance(node, dict):
                node[draw(st.text(max_size=12))] = draw(json_values)
            break
    text = json.dumps(raw)
    if not draw(st.integers(0, 9)):
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.text(max_size=5)) + text[cut + 5:]
    return text.encode("utf-8")


@pytest.mark.slow  # 2,000 files: CI runs it in its own step
def test_fuzzed_content_files_are_valid_or_refused_plainly(tmp_path: Path) -> None:
    path = tmp_path / "content.json"
    outcomes = {"accepted": 0, "refused": 0}

    @FUZZ
    @given(data=mutated_content() | reworded_content() | st.binary(max_size=300))
    def check(data: bytes) -> None:
        path.write_bytes(data)
        with captured() as (out, err):
            code = cli.main(["validate", str(path)])
        outcomes["accepted" if code == 0 else "refused"] += 1
        if code == 0:
            assert "valid" in out.getvalue()
        else:
            assert code == 1
            assert err.getvalue().startswith(f"The content file {path} cannot be used:\n  - ")
            assert "Traceback" not in err.getvalue()
            assert all(len(line) < 400 for line in err.getvalue().splitlines())

    check()
    print(f"\n{outcomes['accepted']} fuzzed content files were valid, {outcomes['refused']} refused")
    assert outcomes["accepted"] > 100, "the fuzzing must reach valid files too, or it only tests the door"
    assert outcomes["refused"] > 100


@pytest.mark.slow  # 2,000 files: CI runs it in its own step
def test_fuzzed_files_opened_in_the_window_are_refused_or_asked_about_never_half_taken(
    at_results: Any, content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every file is either refused with a message or accepted up to the unsaved-answers question,
    where the person cancels: either way the session is exactly as it was."""
    ask = Dialogs(monkeypatch)
    before = state_of(at_results)
    path = tmp_path / "opened.json"
    ask.path = path
    refused = 0

    @FUZZ
    @given(data=answers_documents(content))
    def check(data: bytes) -> None:
        nonlocal refused
        path.write_bytes(data)
        errors, asked = len(ask.errors), ask.unsaved_asked
        at_results.results_page.results_actions.open_answers_action.trigger()
        if len(ask.errors) > errors:
            refused += 1
            assert ask.errors[-1][0] == "This file cannot be opened"
            assert ask.unsaved_asked == asked
        else:
            assert ask.unsaved_asked == asked + 1
        assert state_of(at_results) == before

    check()
    assert 100 < refused < FUZZ_EXAMPLES - 100, "both doors, refused and accepted, were tried"
