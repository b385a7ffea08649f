"""Save answers..., Open answers..., Save as PDF... and the question before closing, in the real window.

File dialogs and message boxes are replaced by small stand-ins that answer as a person would; the
files, the session and the pages are real.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from myeloma_gui.content.models import Content
from myeloma_gui.decision.saved_answers import FORMAT_NAME, read_answers_file
from myeloma_gui.ui.basics import dialogs
from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.session import GuideSession
from myeloma_gui.ui.wizard.wizard import GuideWizard
from tests.answer_sets import HAD_TWO_NOT_GROWING, OUT_OF_SCOPE_MGUS, Q, answers, disease, file_answers
from tests.pdf_text import page_texts
from tests.ui.walk import press_next, start_guide, walk_to_results

TYPICAL = HAD_TWO_NOT_GROWING
OTHER_ANSWERS: dict[str, Any] = file_answers(
    disease("not_sure", "yes", "never_went_away", treatments=("daratumumab",))
)


class Dialogs:
    """Stand-ins for the dialog factories: each answers what the test set, and remembers being asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.save_path: Path | None = None
        self.open_path: Path | None = None
        self.unsaved_choice: dialogs.UnsavedChoice = "cancel"
        self.errors: list[tuple[str, str]] = []
        self.asked: list[str] = []
        monkeypatch.setattr(dialogs, "ask_save_path", self._save_path)
        monkeypatch.setattr(dialogs, "ask_open_path", self._open_path)
        monkeypatch.setattr(dialogs, "ask_unsaved_answers", self._unsaved)
        monkeypatch.setattr(dialogs, "show_error", self._error)

    def _save_path(
        self, parent: QWidget | None, title: str, suggested: Path, kinds: str, suffix: str
    ) -> Path | None:
        del parent, suggested, kinds, suffix
        self.asked.append(title)
        return self.save_path

    def _open_path(self, parent: QWidget | None, title: str, folder: Path, file_filter: str) -> Path | None:
        del parent, folder, file_filter
        self.asked.append(title)
        return self.open_path

    def _unsaved(
        self, parent: QWidget | None, title: str, text: str, discard_text: str
    ) -> dialogs.UnsavedChoice:
        del parent, text, discard_text
        self.asked.append(title)
        return self.unsaved_choice

    def _error(self, parent: QWidget | None, title: str, text: str) -> None:
        del parent
        self.errors.append((title, text))


@pytest.fixture
def ask(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def at_results(qtbot: QtBot, content_path: Path, notes: str = "") -> GuideWizard:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, TYPICAL)
    if notes:
        qtbot.keyClicks(wizard.results_page.results_actions.notes, notes)
    return wizard


def write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def session_of(wizard: GuideWizard) -> GuideSession:
    assert wizard.session is not None
    return wizard.session


def snapshot(wizard: GuideWizard) -> tuple[dict[str, Any], str, dict[str, str], int]:
    session = session_of(wizard)
    return dict(session.answers), session.notes, dict(session.what_matters), wizard.currentId()


# Saving


def test_save_answers_writes_the_answers_and_notes(
    qtbot: QtBot, content_path: Path, content: Content, tmp_path: Path, ask: Dialogs
) -> None:
    wizard = at_results(qtbot, content_path, notes="Ask about <pain> & sleep")
    assert session_of(wizard).has_unsaved_changes
    ask.save_path = tmp_path / "mine"  # typed without an ending
    actions = wizard.results_page.results_actions
    actions.save_answers_action.trigger()

    saved_file = tmp_path / "mine.json"
    saved = read_answers_file(saved_file, content)
    assert dict(saved.answers) == session_of(wizard).answers
    assert saved.notes == "Ask about <pain> & sleep"
    assert json.loads(saved_file.read_text(encoding="utf-8"))["format"] == FORMAT_NAME
    assert not session_of(wizard).has_unsaved_changes
    assert str(saved_file) in actions.status.text()
    assert ask.errors == []


@pytest.mark.parametrize("replace", [True, False])
def test_a_name_with_a_dot_of_its_own_asks_before_replacing(
    *, qtbot: QtBot, content_path: Path, tmp_path: Path, ask: Dialogs, monkeypatch: pytest.MonkeyPatch,
    replace: bool,
) -> None:
    existing = tmp_path / "Mary.Smith.json"
    existing.write_text("an earlier file", encoding="utf-8")
    asked: list[str] = []

    def confirm(_parent: object, title: str, *_: object) -> bool:
        asked.append(title)
        return replace

    monkeypatch.setattr(dialogs, "confirm", confirm)
    wizard = at_results(qtbot, content_path)
    ask.save_path = tmp_path / "Mary.Smith"  # the dialog sees an ending (".Smith") and adds none
    wizard.results_page.results_actions.save_answers_action.trigger()
    assert asked == ["Replace the file?"]
    assert (existing.read_text(encoding="utf-8") != "an earlier file") is replace
    assert session_of(wizard).has_unsaved_changes is not replace
    assert not (tmp_path / "Mary.Smith").exists()


def test_cancelling_save_changes_nothing(
    qtbot: QtBot, content_path: Path, tmp_path: Path, ask: Dialogs
) -> None:
    wizard = at_results(qtbot, content_path)
    ask.save_path = None
    wizard.results_page.results_actions.save_answers_action.trigger()
    assert ask.asked == ["Save your answers"]
    assert list(tmp_path.glob("*.json")) == []
    assert session_of(wizard).has_unsaved_changes


def test_a_failed_write_keeps_the_earlier_file_and_says_so(
    qtbot: QtBot, content_path: Path, tmp_path: Path, ask: Dialogs
) -> None:
    earlier = write_json(tmp_path / "answers.json", {
        "format": FORMAT_NAME, "version": 2, "answers": OTHER_ANSWERS, "notes": "the earlier file",
    })
    before = earlier.read_bytes()
    wizard = at_results(qtbot, content_path, notes="new notes")

    real_fdopen = os.fdopen

    class DiskFullHalfway:
        """The disk fills up after half the file is written."""

        def __init__(self, stream: Any) -> None:
            self.stream = stream

        def __enter__(self) -> DiskFullHalfway:
            return self

        def __exit__(self, *_: object) -> None:
            self.stream.close()

        def write(self, data: bytes) -> int:
            self.stream.write(data[: len(data) // 2])
            raise OSError(28, "No space left on device")

    ask.monkeypatch.setattr(os, "fdopen", lambda *a, **k: DiskFullHalfway(real_fdopen(*a, **k)))
    ask.save_path = earlier
    wizard.results_page.results_actions.save_answers_action.trigger()

    assert earlier.read_bytes() == before, "the earlier file is untouched"
    assert [p.name for p in tmp_path.glob("*answers.json*")] == ["answers.json"], "no half-written file left"
    [(title, text)] = ask.errors
    assert title == "Your answers were not saved"
    assert "No space left on device" in text
    assert "Traceback" not in text
    assert session_of(wizard).has_unsaved_changes
    assert session_of(wizard).notes == "new notes"


def test_saving_into_a_folder_that_cannot_be_written_loses_nothing(
    qtbot: QtBot, content_path: Path, tmp_path: Path, ask: Dialogs
) -> None:
    wizard = at_results(qtbot, content_path, notes="keep me")
    ask.save_path = tmp_path / "no such folder" / "answers.json"
    wizard.results_page.results_actions.save_answers_action.trigger()
    [(_, text)] = ask.errors
    assert "could not be written" in text
    assert session_of(wizard).notes == "keep me"
    assert session_of(wizard).has_unsaved_changes


# Opening


def test_open_answers_fills_the_wizard_and_shows_the_review(
    qtbot: QtBot, content_path: Path, tmp_path: Path, ask: Dialogs
) -> None:
    path = write_json(tmp_path / "answers.json", {
        "format": FORMAT_NAME, "version": 2, "answers": OTHER_ANSWERS, "notes": "bring the scans",
        "what_matters": {"staying_active": "a_lot", "own_words": "My garden"},
    })
    wizard = start_guide(qtbot, content_path)
    ask.open_path = path
    wizard.welcome_page.open_answers_button.click()

    assert wizard.currentId() == PageId.REVIEW
    session = session_of(wizard)
    assert session.answers[Q.KEPT_GROWING] == "yes"
    assert session.answers[Q.TREATMENTS] == frozenset({"daratumumab"})
    assert session.what_matters == {"staying_active": "a_lot", "own_words": "My garden"}
    assert not session.has_unsaved_changes
    shown = wizard.review_page.findChild(QLabel, "review_answer_grew_during_treatment")
    assert isinstance(shown, QLabel)
    assert "Kept growing" in shown.text()
    press_next(wizard)
    assert wizard.currentId() == PageId.RESULTS
    assert wizard.results_page.results_actions.notes.toPlainText() == "bring the scans"
    assert "My garden" in wizard.results_page.document.toPlainText()
    # Back leads through the pages the answers lead to, as if the person had walked them.
    wizard.back()
    assert wizard.currentId() == PageId.REVIEW


def test_answers_that_stop_early_open_at_the_first_open_question(
    qtbot: QtBot, content_path: Path, tmp_path: Path, ask: Dialogs
) -> None:
    path = write_json(tmp_path / "half.json", {
        "format": FORMAT_NAME, "version": 2,
        "answers": file_answers(answers(stable="yes")),
    })
    wizard = start_guide(qtbot, content_path)
    ask.open_path = path
    wizard.welcome_page.open_answers_button.click()
    assert wizard.currentId() == session_of(wizard).question_page_id(Q.KEPT_GROWING)


@pytest.mark.parametrize("version", [1, 2])
def test_answers_outside_the_guide_open_on_the_results_page(  # noqa: PLR0917 (pytest fixtures)
    qtbot: QtBot, content_path: Path, content: Content, tmp_path: Path, ask: Dialogs, version: int
) -> None:
    """An old (format 1) file loads too where its answers mean the same."""
    path = write_json(tmp_path / "mgus.json", {
        "format": FORMAT_NAME, "version": version, "answers": file_answers(OUT_OF_SCOPE_MGUS)})
    wizard = start_guide(qtbot, content_path)
    ask.open_path = path
    wizard.welcome_page.open_answers_button.click()
    assert wizard.currentId() == PageId.RESULTS
    assert content.wording.out_of_scope_heading in wizard.results_page.document.toPlainText()


def damaged(folder: Path) -> Path:
    (folder / "bad.json").write_text('{"format": "myeloma-gui-ans', encoding="utf-8")
    return folder / "bad.json"


def not_text(folder: Path) -> Path:
    (folder / "photo.json").write_bytes(b"\xff\xd8\xff\xe0 JFIF")
    return folder / "photo.json"


BAD_FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "damaged": (damaged, "not valid JSON"),
    "another program's": (lambda p: write_json(p / "other.json", {"name": "list", "items": [1]}),
                          "not an answers file"),
    "newer": (lambda p: write_json(p / "newer.json", {"format": FORMAT_NAME, "version": 3, "answers": {}}),
              "newer version"),
    "old, with answers that cannot be carried over": (lambda p: write_json(p / "old.json", {
        "format": FORMAT_NAME, "version": 1,
        # Format 1's own ids, which never change.
        "answers": {"situation": "relapsed_or_refractory", "disease_course": "came_back",
                    "first_treatment_ended": "a_year_or_more", "clinical_trial": "no"}}),
        "answer again: “Is your myeloma stable now (not getting worse)?”; "
        "“Did your myeloma keep growing while you were being treated?”"),
    "not text": (not_text, "not text"),
    "unknown answer": (lambda p: write_json(p / "odd.json", {
        "format": FORMAT_NAME, "version": 2, "answers": {Q.SITUATION: "broken_leg"}}), "broken_leg"),
}


@pytest.mark.parametrize("bad", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_file_that_is_not_ours_is_refused_and_changes_nothing(
    qtbot: QtBot, content_path: Path, tmp_path: Path, ask: Dialogs, bad: tuple[Callable[[Path], Path], str]
) -> None:
    make, says = bad
    wizard = at_results(qtbot, content_path, notes="my own notes")
    before = snapshot(wizard)
    ask.open_path = make(tmp_path)
    wizard.results_page.results_actions.open_answers_action.trigger()

    [(title, text)] = ask.errors
    assert title == "This file cannot be opened"
    assert says in text
    assert "Nothing was changed" in text
    assert snapshot(wizard) == before
    assert wizard.results_page.results_actions.notes.toPlainText() == "my own notes"
    assert "Save your answers?" not in ask.asked  # refused before anything else was asked


def test_opening_over_unsaved_answers_asks_first(
    qtbot: QtBot, content_path: Path, tmp_path: Path, ask: Dialogs
) -> None:
    path = write_json(tmp_path / "answers.json", {
        "format": FORMAT_NAME, "version": 2, "answers": OTHER_ANSWERS,
    })
    wizard = at_results(qtbot, content_path, notes="unsaved")
    before = snapshot(wizard)
    ask.open_path = path

    ask.unsaved_choice = "cancel"
    wizard.results_page.results_actions.open_answers_action.trigger()
    assert snapshot(wizard) == before

    ask.unsaved_choice = "discard"
    wizard.results_page.results_actions.open_answers_action.trigger()
    assert session_of(wizard).answers[Q.KEPT_GROWING] == "yes"
    assert wizard.currentId() == PageId.REVIEW
    assert ask.asked.count("Save your answers?") == 2


def test_cancelling_open_changes_nothing(qtbot: QtBot, content_path: Path, ask: Dialogs) -> None:
    wizard = at_results(qtbot, content_path, notes="mine")
    before = snapshot(wizard)
    ask.open_path = None
    wizard.results_page.results_actions.open_answers_action.trigger()
    assert snapshot(wizard) == before
    assert ask.errors == []


# Closing


def test_closing_with_unsaved_answers_and_cancel_keeps_the_window(
    qtbot: QtBot, content_path: Path, ask: Dialogs
) -> None:
    wizard = at_results(qtbot, content_path, notes="not yet saved")
    before = snapshot(wizard)
    ask.unsaved_choice = "cancel"
    assert not wizard.close()
    assert wizard.isVisible()
    assert snapshot(wizard) == before
    assert ask.asked == ["Save your answers?"]


def test_closing_and_discard_closes_without_writing_anything(
    qtbot: QtBot, content_path: Path, tmp_path: Path, ask: Dialogs
) -> None:
    wizard = at_results(qtbot, content_path, notes="private")
    ask.unsaved_choice = "discard"
    wizard.button(wizard.WizardButton.FinishButton).click()  # "Close" on the results page
    assert not wizard.isVisible()
    assert ask.asked == ["Save your answers?"]
    # Settings (window size, text size) may be kept; nothing about the person is, unless they save.
    for written in (p for p in tmp_path.rglob("*") if p.is_file()):
        kept = written.read_text(encoding="utf-8", errors="replace")
        assert not any(said in kept for said in ("private", "came_back", "bortezomib")), written


def test_closing_and_save_saves_then_closes(
    qtbot: QtBot, content_path: Path, content: Content, tmp_path: Path, ask: Dialogs
) -> None:
    wizard = at_results(qtbot, content_path, notes="to keep")
    ask.unsaved_choice = "save"
    ask.save_path = tmp_path / "kept.json"
    assert wizard.close()
    assert not wizard.isVisible()
    assert read_answers_file(tmp_path / "kept.json", content).notes == "to keep"


def test_closing_and_save_then_cancelling_the_file_dialog_keeps_the_window(
    qtbot: QtBot, content_path: Path, ask: Dialogs
) -> None:
    wizard = at_results(qtbot, content_path)
    ask.unsaved_choice = "save"
    ask.save_path = None
    assert not wizard.close()
    assert wizard.isVisible()
    assert ask.asked == ["Save your answers?", "Save your answers"]


def test_closing_after_saving_does_not_ask(
    qtbot: QtBot, content_path: Path, tmp_path: Path, ask: Dialogs
) -> None:
    wizard = at_results(qtbot, content_path)
    ask.save_path = tmp_path / "answers.json"
    wizard.results_page.results_actions.save_answers_action.trigger()
    assert wizard.close()
    assert ask.asked == ["Save your answers"]


def test_a_changed_note_after_saving_counts_as_unsaved(
    qtbot: QtBot, content_path: Path, tmp_path: Path, ask: Dialogs
) -> None:
    wizard = at_results(qtbot, content_path)
    ask.save_path = tmp_path / "answers.json"
    wizard.results_page.results_actions.save_answers_action.trigger()
    qtbot.keyClicks(wizard.results_page.results_actions.notes, "one more question")
    ask.unsaved_choice = "cancel"
    assert not wizard.close()
    assert ask.asked[-1] == "Save your answers?"


# The summary as a PDF from the results page


def test_save_as_pdf_writes_the_summary_with_the_notes(
    qtbot: QtBot, content_path: Path, tmp_path: Path, ask: Dialogs
) -> None:
    wizard = at_results(qtbot, content_path, notes="Is the new pain from the myeloma?")
    ask.save_path = tmp_path / "summary"
    actions = wizard.results_page.results_actions
    actions.pdf_button.click()
    pdf = tmp_path / "summary.pdf"
    text = " ".join(page_texts(pdf.read_bytes()))
    assert "Is the new pain from the myeloma?" in text
    assert "Bortezomib (Velcade)" in text
    assert str(pdf) in actions.status.text()
    # A PDF is not the answers: closing still offers to save them.
    assert session_of(wizard).has_unsaved_changes


def test_save_as_pdf_cancelled_or_unwritable(
    qtbot: QtBot, content_path: Path, tmp_path: Path, ask: Dialogs
) -> None:
    wizard = at_results(qtbot, content_path)
    actions = wizard.results_page.results_actions
    ask.save_path = None
    actions.pdf_button.click()
    assert ask.errors == []
    assert not actions.status.isVisibleTo(wizard)
    ask.save_path = tmp_path / "missing folder" / "summary.pdf"
    actions.pdf_button.click()
    [(title, text)] = ask.errors
    assert title == "The summary was not saved"
    assert "could not be written" in text
    assert list(tmp_path.rglob("*.pdf")) == []
