"""Every interface word comes through Qt's translation: the app, run in the pseudo-translation (every
interface string shown as [[string]]) with a pseudo-content file (every string of the content file a
person sees shown as «string»), shows no word that is in neither. So an interface word cannot hide
behind the same word in the content ("Close", "Change", the guide's name).

The walk goes through every page, the notes tab, a topic and About, and opens every dialog it can
reach through the factories in ui/basics/dialogs.py: the real message boxes, file dialogs and print
preview are built and read at the moment they would open (their exec() only records them).
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageSize, QTextDocumentFragment
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

import myeloma_gui.ui.basics.dialogs as real_dialogs
from myeloma_gui.ui.answer_files import open_and_save
from myeloma_gui.ui.basics import links
from myeloma_gui.ui.basics.language import install_translation
from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.paper.print_and_pdf import summary_document
from myeloma_gui.ui.paper.summary_document import write_summary_pdf
from myeloma_gui.ui.shell.app import app_name, open_guide
from myeloma_gui.ui.shell.crash_report import CrashReporter
from myeloma_gui.ui.wizard.question_pages import QuestionPage
from myeloma_gui.ui.wizard.wizard import GuideWizard
from tests.answer_sets import HAD_BORTEZOMIB_NOT_GROWING, OUT_OF_SCOPE_NEW, page_answers
from tests.pdf_text import page_texts
from tests.ui.interface_words import (
    Shown,
    Untranslated,
    literals_by_module,
    pseudo_content,
    template_messages,
    unmarked_words,
    window_words,
    write_pseudo_content,
    written_in,
)
from tests.ui.walk import forget_answers, press_next, start_guide, walk_to_results

# One answer for every question: a walk that reaches the results with something on every page.
ANSWERS = page_answers(HAD_BORTEZOMIB_NOT_GROWING)

# Conftest replaces the dialog factories for every test; this walk uses the real ones.
REAL_FACTORIES = {
    name: getattr(real_dialogs, name)
    for name in ("confirm", "show_error", "show_unexpected_error", "ask_save_path", "ask_open_path",
                 "ask_unsaved_answers", "run_print_preview")
}


class Seen:
    """Everything read so far, by where it was seen."""

    def __init__(self) -> None:
        self.words: list[tuple[str, Shown]] = []
        self.dialogs: list[str] = []

    def read(self, place: str, window: QWidget, *, only_visible: bool = True) -> None:
        assert window_words(window, only_visible=only_visible), f"nothing read on {place}"
        self.words += [(place, shown) for shown in window_words(window, only_visible=only_visible)]

    def read_dialog(self, dialog: QDialog) -> None:
        """A dialog, read at the moment it would open."""
        self.dialogs.append(dialog.windowTitle())
        if isinstance(dialog, QPrintPreviewDialog):
            # Our words only: the title and the buttons we add; Qt's own toolbar is Qt's translation.
            self.words += [("print preview", Shown("windowTitle", dialog.windowTitle()))]
            buttons = dialog.findChild(QWidget, "preview_buttons")
            assert buttons is not None
            self.read("print preview", buttons, only_visible=False)
        elif isinstance(dialog, QFileDialog):
            # Its title and the names of its filters; the rest of the dialog is Qt's.
            self.words += [(f"file dialog {dialog.windowTitle()}", s)
                           for s in window_words(dialog, only_visible=False)
                           if s.where.startswith("QFileDialog(-).")]
        else:
            self.read(f"dialog {dialog.windowTitle()}", dialog, only_visible=False)


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    installed = install_translation(qapp, "pseudo")
    assert installed, "the pseudo-translation is missing: run .venv/bin/python .ci/update-translations"
    name = qapp.applicationDisplayName()
    qapp.setApplicationDisplayName(app_name())
    yield
    qapp.setApplicationDisplayName(name)
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> Seen:
    """Real dialogs whose exec() reads them and returns as if cancelled."""
    seen = Seen()

    def read_instead_of_exec(dialog: QDialog) -> int:
        seen.read_dialog(dialog)
        return 0

    for kind in (QMessageBox, QFileDialog, QPrintPreviewDialog):
        monkeypatch.setattr(kind, "exec", read_instead_of_exec)
    for name, factory in REAL_FACTORIES.items():
        monkeypatch.setattr(real_dialogs, name, factory)
    return seen


def walk_every_page(wizard: GuideWizard, seen: Seen) -> None:
    seen.read("welcome page", wizard)
    press_next(wizard)
    for _ in range(20):
        page = wizard.currentPage()
        seen.read(f"page {page.objectName()}", wizard)
        if wizard.currentId() == PageId.RESULTS:
            return
        if isinstance(page, QuestionPage):
            for choice in ANSWERS[page.question.id]:
                page.buttons[choice].click()
            seen.read(f"page {page.objectName()}, answered", wizard)
        press_next(wizard)
    raise AssertionError("the results page was never reached")


def visit_results(qtbot: QtBot, wizard: GuideWizard, seen: Seen, tmp_path: Path,
                  monkeypatch: pytest.MonkeyPatch) -> None:
    page = wizard.results_page
    actions = page.results_actions
    page.tabs.setCurrentIndex(1)
    seen.read("notes tab", wizard)
    # Saved, so the status line shows; then a note more, so the answers are unsaved again.
    monkeypatch.setattr(real_dialogs, "ask_save_path", lambda *_: tmp_path / "answers.json")
    actions.save_answers()
    assert actions.status.isVisible()
    seen.read("notes tab, answers saved", wizard)
    actions.notes.setPlainText("1 2 3")
    page.tabs.setCurrentIndex(0)
    topic = wizard.session.content.topics[0]  # type: ignore[union-attr]
    page.open_topic(topic.id)
    seen.read("a topic", wizard)
    monkeypatch.setattr(links, "open_in_browser", lambda _url: False)
    page.topic_view.open_button.click()
    seen.read("a topic, no browser", wizard)
    page.topic_view.back_button.click()
    about = next(b for b in page.findChildren(QPushButton, "about_guide") if b.isVisible())
    about.click()
    qtbot.waitUntil(wizard.about_dialog.isVisible)
    seen.read("About this guide", wizard.about_dialog)
    wizard.about_dialog.close()


def open_every_dialog(wizard: GuideWizard, seen: Seen, tmp_path: Path,
                      monkeypatch: pytest.MonkeyPatch, content_path: Path) -> None:
    session = wizard.session
    assert session is not None
    actions = wizard.results_page.results_actions
    monkeypatch.setattr(real_dialogs, "ask_save_path", REAL_FACTORIES["ask_save_path"])
    actions.save_answers()  # the file dialog, cancelled
    actions.save_pdf()
    actions.print_summary()
    # The printed summary's words (the same document the preview paints, PDF and paper alike).
    results = wizard.results_page.results
    assert results is not None
    summary = summary_document(session, results)
    printed = QTextDocumentFragment.fromHtml(summary.html).toPlainText()
    parts = (("title", summary.title), ("footer", summary.footer), ("text", printed))
    seen.words += [("the printed summary", Shown(part, text)) for part, text in parts]
    # And on paper, as a PDF: what each page prints after its footer, the page number.
    pdf = tmp_path / "summary.pdf"
    write_summary_pdf(pdf, summary, QPageSize.PageSizeId.A4)
    pages = page_texts(pdf.read_bytes())
    assert all(summary.footer in page for page in pages)
    seen.words += [(f"the summary's page {n}", Shown("page number", page.rsplit(summary.footer, 1)[1]))
                   for n, page in enumerate(pages, 1)]
    open_and_save.open_answers(wizard, session)  # the file dialog, cancelled
    open_and_save.may_lose_answers(wizard, session)  # the unsaved answers question
    # A file that cannot be written, one that asks to be replaced, one that cannot be opened.
    nowhere = tmp_path / "no such folder" / "answers.json"
    monkeypatch.setattr(real_dialogs, "ask_save_path", lambda *_: nowhere)
    actions.save_answers()
    monkeypatch.setattr(real_dialogs, "ask_save_path", lambda *_: nowhere.with_suffix(".pdf"))
    actions.save_pdf()
    (tmp_path / "Mary.Smith.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(real_dialogs, "ask_save_path", lambda *_: tmp_path / "Mary.Smith")
    actions.save_answers()
    (tmp_path / "not answers.json").write_text("1", encoding="utf-8")
    monkeypatch.setattr(real_dialogs, "ask_open_path", lambda *_: tmp_path / "not answers.json")
    open_and_save.open_answers(wizard, session)
    # An unexpected error: its message opens without blocking.
    reporter = CrashReporter()
    reporter.wizard = wizard
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # its one line for a terminal
    error = RuntimeError("1")
    reporter(RuntimeError, error, None)
    message = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    seen.read_dialog(message)
    message.close()
    # A content file that cannot be used, at start.
    broken = tmp_path / "content.json"
    broken.write_text(content_path.read_text(encoding="utf-8")[:100], encoding="utf-8")
    assert open_guide(broken) is None


@pytest.fixture
def marked_content(content_path: Path, tmp_path: Path) -> tuple[Path, list[str]]:
    return write_pseudo_content(content_path, tmp_path)


@pytest.mark.usefixtures("pseudo")
def test_every_interface_word_comes_through_the_translation(
    qtbot: QtBot, marked_content: tuple[Path, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    seen: Seen,
) -> None:
    assert app_name().startswith("[[")
    content_path, words = marked_content
    wizard = start_guide(qtbot, content_path)
    walk_every_page(wizard, seen)
    visit_results(qtbot, wizard, seen, tmp_path, monkeypatch)
    open_every_dialog(wizard, seen, tmp_path, monkeypatch, content_path)
    forget_answers(wizard)

    expected_dialogs = {"Save your answers", "Save the summary as PDF", "Open saved answers",
                        "Print preview: ", "Save your answers?", "Your answers were not saved",
                        "The summary was not saved", "Replace the file?", "This file cannot be opened",
                        "Something went wrong", "Myeloma treatment options guide"}
    for title in expected_dialogs:
        assert any(f"[[{title}" in shown for shown in seen.dialogs), f"never opened: {title}"

    assert_every_word_translated(seen, words)


@pytest.mark.usefixtures("pseudo")
def test_outside_the_guide_every_word_comes_through_the_translation(
    qtbot: QtBot, marked_content: tuple[Path, list[str]], seen: Seen
) -> None:
    """The results for a situation the guide is not for: the matching topic in full, its link and
    its web address, on screen and on paper."""
    content_path, words = marked_content
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, OUT_OF_SCOPE_NEW)
    seen.read("results outside the guide", wizard)
    session, results = wizard.session, wizard.results_page.results
    assert session is not None
    assert results is not None
    assert not results.in_scope
    printed = QTextDocumentFragment.fromHtml(summary_document(session, results).html).toPlainText()
    seen.words.append(("the printed summary outside the guide", Shown("text", printed)))
    forget_answers(wizard)
    assert_every_word_translated(seen, words)


def assert_every_word_translated(seen: Seen, content_words: list[str]) -> None:
    untranslated = Untranslated(content_words)
    literals = literals_by_module()
    problems = []
    for place, shown in seen.words:
        for leftover in untranslated.leftovers(shown.text):
            pieces = written_in(leftover, literals)
            where = sorted(set().union(*pieces)) or "?"
            problems.append(f"{place}: {shown.where}: {leftover!r} (written in {where})")
    assert not problems, "interface words not through the translation:\n" + "\n".join(
        dict.fromkeys(problems)
    )


def test_without_a_translation_the_words_are_english(qapp: QApplication) -> None:
    assert install_translation(qapp, "en") == []
    assert app_name() == "Myeloma treatment options guide"
    assert QCoreApplication.translate("Dialogs", "Cancel") == "Cancel"


@pytest.mark.usefixtures("pseudo")
def test_the_pseudo_translation_changes_every_interface_string() -> None:
    messages = template_messages()
    assert len(messages) > 50
    for context, source in messages:
        assert QCoreApplication.translate(context, source) != source, (context, source)



def test_the_pseudo_content_marks_every_shown_string_and_nothing_else() -> None:
    """Facts as objects or as plain strings alike: their words marked, their sources left exact."""
    raw = {
        "id": "stable_now", "url": "https://www.cancer.gov/types/myeloma", "reviewed": "2026-11-28",
        "title": "Is your myeloma stable now?", "position": "Question {number} of {total}",
        "summary": [
            {"text": "Stable means not growing.", "sources": [{"file": "a.md", "quote": "is stable"}]},
            "Doctors call this refractory.",
        ],
        "term": "stable", "other_forms": ["relapsed"], "choices": [{"id": "yes", "label": "Yes"}],
        "citation": "PDQ Board. Updated. https://www.cancer.gov/types/myeloma (PMID 26389437).",
    }
    assert pseudo_content(raw) == {
        "id": "stable_now", "url": "https://www.cancer.gov/types/myeloma", "reviewed": "2026-11-28",
        "title": "«Is your myeloma stable now?»", "position": "«Question »{number}« of »{total}",
        "summary": [
            {"text": "«Stable means not growing.»", "sources": [{"file": "a.md", "quote": "is stable"}]},
            "«Doctors call this refractory.»",
        ],
        "term": "stable", "other_forms": ["relapsed"], "choices": [{"id": "yes", "label": "«Yes»"}],
        "citation": "«PDQ Board. Updated. https://www.cancer.gov/types/myeloma (PMID 26389437).»",
    }
    assert sorted(unmarked_words(raw)) == ["https://www.cancer.gov/types/myeloma", "relapsed", "stable"]
    shown = "[[Back]] «Is your myeloma stable now?» 3 «Question »3« of »7 Close «Doctors call"
    assert Untranslated(["stable"]).leftovers(shown) == ["7 Close"]
