"""A whole walk through the real app, as one program, for tracing what it touches from outside.

    python -m tests.trace_walk CONTENT OUTPUT_FOLDER

Starts the guide as ``myeloma-gui`` does, answers every question with its first choice, shows the
results, explains every glossary word (reached as Tab reaches it), opens every related topic and About
this guide, opens the print preview, saves the PDF and the answers into OUTPUT_FOLDER, starts over and
quits. On every question page, on the results and on each topic it shows every tooltip there, as
resting the mouse pointer does. The only dialogs replaced are the file choosers and the unsaved-answers
question, which answer as a person would. test_traced_walk runs it under strace.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from myeloma_gui.ui.basics import dialogs
from myeloma_gui.ui.basics.settings_place import keep_file_dialog_state_with_ours
from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.shell.app import make_application, open_guide
from myeloma_gui.ui.wizard.question_pages import QuestionPage
from myeloma_gui.ui.wizard.wizard import GuideWizard
from tests.tooltips import show_tooltip, widgets_with_tooltips


def show_every_tooltip(window: QWidget) -> int:
    """Each tooltip on view, shown in turn; how many there were."""
    shown = [show_tooltip(widget) for widget in widgets_with_tooltips(window)]
    assert all(shown), "a tooltip did not show"
    return len(shown)


def walk(wizard: GuideWizard, output: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()
    while wizard.currentId() not in (PageId.REVIEW, PageId.RESULTS):
        page = wizard.currentPage()
        if isinstance(page, QuestionPage):
            next(iter(page.buttons.values())).click()
        assert show_every_tooltip(wizard), "the text size buttons have tooltips on every page"
        next_button.click()
        app.processEvents()
    if wizard.currentId() == PageId.REVIEW:
        next_button.click()
    results = wizard.results_page
    assert wizard.currentId() == PageId.RESULTS, wizard.currentId()
    assert wizard.session is not None
    content = wizard.session.content
    for link in results.document.links:  # every link reached, as Tab would: glossary words explained
        link.setFocus()
        app.processEvents()
    explained = [link for link in results.document.links if link.accessibleDescription()]
    assert explained, "no glossary word on the results"
    assert show_every_tooltip(wizard) > len(explained)  # each glossary word, and more
    for topic in content.topics:
        results.open_topic(topic.id)
        app.processEvents()
        show_every_tooltip(wizard)
    results.show_results()
    wizard.about_dialog.show_about()
    app.processEvents()
    wizard.about_dialog.close()
    actions = results.results_actions
    actions.print_button.click()
    actions.pdf_button.click()
    actions.save_answers_action.trigger()
    results.start_over_action.trigger()
    app.processEvents()
    assert (output / "summary.pdf").is_file()
    assert (output / "answers.json").is_file()


def answer_dialogs_as_a_person(output: Path) -> None:
    def save_path(_parent: object, _title: str, suggested: Path, _filter: str, suffix: str) -> Path:
        del suggested
        return output / ("summary.pdf" if suffix == ".pdf" else "answers.json")

    def preview(dialog: QPrintPreviewDialog) -> None:
        dialog.show()
        view = dialog.findChild(QPrintPreviewWidget)
        assert view is not None
        view.updatePreview()
        QApplication.processEvents()
        dialog.close()

    dialogs.ask_save_path = save_path  # type: ignore[assignment]
    dialogs.run_print_preview = preview  # type: ignore[assignment]
    dialogs.ask_unsaved_answers = lambda *_: "discard"
    dialogs.confirm = lambda *_: True


def main(content: Path, output: Path) -> int:
    app = make_application()
    keep_file_dialog_state_with_ours()
    answer_dialogs_as_a_person(output)
    wizard = open_guide(content)
    assert wizard is not None
    failures: list[BaseException] = []

    def run() -> None:
        if wizard.session is None:  # the content is checked just after the first paint
            QTimer.singleShot(50, run)
            return
        try:
            walk(wizard, output)
        except BaseException as error:  # reported below, after the event loop ends
            failures.append(error)
        wizard.session.clear() if wizard.session else None
        wizard.close()
        app.quit()

    QTimer.singleShot(0, run)
    app.exec()
    if failures:
        raise failures[0]
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
