"""The real dialog factories (which other tests replace): each button means what it says."""

from __future__ import annotations

import gc
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QWidget

import myeloma_gui.ui.basics.dialogs as real_dialogs

# A QApplication for the dialogs; no test here needs more of pytest-qt.
pytestmark = pytest.mark.usefixtures("qapp")

# conftest replaces the factories for every test; these tests call the originals.
REAL = {
    name: getattr(real_dialogs, name)
    for name in ("confirm", "ask_unsaved_answers", "ask_save_path", "ask_open_path", "show_error")
}


def when_shown(act: Callable[[QWidget], object]) -> None:
    """Acts on the modal dialog as soon as it is open (the factories block until it closes)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, attempt)
            return
        act(dialog)

    QTimer.singleShot(0, attempt)


def click(label: str) -> Callable[[QWidget], None]:
    def press(dialog: QWidget) -> None:
        buttons = {b.text().replace("&", ""): b for b in dialog.findChildren(QAbstractButton)}
        buttons[label].click()
    return press


@pytest.mark.parametrize(("label", "expected"), [
    ("Save answers...", "save"), ("Don't save", "discard"), ("Cancel", "cancel"),
])
def test_the_unsaved_answers_question(label: str, expected: str) -> None:
    when_shown(click(label))
    ask = REAL["ask_unsaved_answers"]
    assert ask(None, "Save your answers?", "Not saved.", "Don't save") == expected


@pytest.mark.parametrize(("label", "expected"), [("Clear my answers", True), ("Cancel", False)])
def test_the_confirmation(label: str, expected: bool) -> None:
    when_shown(click(label))
    confirm = REAL["confirm"]
    assert confirm(None, "Start over?", "This clears all your answers.", "Clear my answers") is expected


def test_the_save_dialog_adds_the_ending_to_a_typed_name(tmp_path: Path) -> None:
    def type_a_name(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile("my answers")
        dialog.accept()

    when_shown(type_a_name)
    chosen = REAL["ask_save_path"](None, "Save", tmp_path / "suggested.json", "Answers (*.json)", ".json")
    assert chosen == tmp_path / "my answers.json"


def test_cancelling_the_save_dialog(tmp_path: Path) -> None:
    when_shown(lambda dialog: dialog.close())
    assert REAL["ask_save_path"](None, "Save", tmp_path / "a.json", "Answers (*.json)", ".json") is None



def test_file_dialogs_leave_no_trace_of_the_folders_visited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from myeloma_gui.ui.basics.settings_place import keep_file_dialog_state_with_ours

    patients = tmp_path / "Patients" / "Mary Smith"
    patients.mkdir(parents=True)
    (patients / "answers.json").write_text("{}", encoding="utf-8")
    temporary = tmp_path / "temporary"  # the temporary folder, for Python and for Qt alike
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr(tempfile, "tempdir", None)
    keep_file_dialog_state_with_ours()

    def choose(name: str) -> Callable[[QWidget], None]:
        def in_the_dialog(dialog: QWidget) -> None:
            assert isinstance(dialog, QFileDialog)
            dialog.selectFile(str(patients / name))
            dialog.accept()
        return in_the_dialog

    when_shown(choose("new answers.json"))
    saved = REAL["ask_save_path"](None, "Save", patients / "a.json", "Answers (*.json)", ".json")
    assert saved == patients / "new answers.json"
    when_shown(choose("answers.json"))
    assert REAL["ask_open_path"](None, "Open", patients, "Answers (*.json)") == patients / "answers.json"
    gc.collect()

    config = tmp_path / "user" / "config"  # where conftest points this test's settings
    state = config / "myeloma-gui" / "QtProject.conf"
    assert state.is_file(), "the dialogs keep their state (view, sizes) in our own settings folder"
    written = [p for p in config.rglob("*") if p.is_file()]
    assert not any("Patients" in p.read_text(errors="replace") for p in written), written
    assert not list(temporary.iterdir()), "nothing is left in the temporary folder"


def test_messages_show_file_names_as_plain_text() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    seen: list[tuple[Qt.TextFormat, str]] = []

    def read_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append((dialog.textFormat(), dialog.text()))
        dialog.accept()

    when_shown(read_and_close)
    REAL["show_error"](None, "Not saved", 'The file <a href="https://x.example">/tmp/<b>x</b></a>')
    assert seen == [(Qt.TextFormat.PlainText, 'The file <a href="https://x.example">/tmp/<b>x</b></a>')]
