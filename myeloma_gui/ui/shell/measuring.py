"""For ``.ci/benchmark.py`` only: a walk through the guide that reports what it measured.

The benchmark starts the app as a person does (the installed command or the bundle) with
``MYELOMA_GUI_MEASURE_FD`` set to a file descriptor it reads. The app then writes one line there when
its first page has been painted (``paint <CLOCK_BOOTTIME ns> <processor time ns>``, see ``shell.app``),
and this module, once the guide has loaded, answers every question, goes on to the results page, opens
the print preview, writes a two-page PDF in memory, writes one ``walk {json}`` line and quits.
Nothing here is imported when the variable is not set.
"""

from __future__ import annotations

import json
import os
import resource
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from myeloma_gui.ui.page_ids import PageId

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QWidget

    from myeloma_gui.ui.wizard.wizard import GuideWizard

# A typical walk (someone whose myeloma came back after two treatments); a question these do not
# answer gets its choices ticked in order until it is answered.
ANSWERS = {
    "situation": ("relapsed_or_refractory",),
    "stable_now": ("no",),
    "grew_during_treatment": ("no",),
    "came_back_after_first": ("a_year_or_more",),
    "prior_treatments": ("bortezomib", "lenalidomide"),
    "clinical_trial": ("maybe",),
}


REVIEW_READING_SECONDS = 1.0


def report(fd: int, line: str) -> None:
    os.write(fd, (line + "\n").encode("utf-8"))


class _Painted(QObject):
    """Notes when the watched widget is next painted."""

    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        self.seen = False
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802, ARG002 (Qt's)
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def walk_to_results(wizard: GuideWizard, fd: int) -> None:
    """Answers each question, shows the results, previews and writes the summary, reports, quits."""
    wizard.next()  # the welcome page -> the first question
    while wizard.currentId() not in (PageId.REVIEW, PageId.RESULTS):
        page = wizard.currentPage()
        buttons = getattr(page, "buttons", {})
        question = getattr(page, "question", None)
        for choice in ANSWERS.get(question.id if question is not None else "", ()):
            if choice in buttons:
                buttons[choice].click()
        for button in buttons.values():
            if page.isComplete():
                break
            button.click()
        before = wizard.currentId()
        wizard.next()
        if wizard.currentId() == before:
            raise RuntimeError(f"the walk is stuck on page {before}")
    # A person reads the review page before the last Next, for seconds; the guide prepares the
    # results meanwhile (see GuideWizard._prepare_results_on_review). One second of it here.
    reading_until = time.perf_counter() + REVIEW_READING_SECONDS
    while time.perf_counter() < reading_until:
        QApplication.processEvents()
        time.sleep(0.005)
    painted = _Painted(wizard.results_page)
    started = time.perf_counter()
    wizard.next()  # the last Next: the review page -> the results page
    while not painted.seen:
        QApplication.processEvents()
    results_ms = (time.perf_counter() - started) * 1000
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {"results_ms": results_ms, "peak_mib": peak_mib}
    figures.update(_print_preview_and_pdf(wizard))
    report(fd, "walk " + json.dumps(figures))
    if wizard.session is not None:
        wizard.session.clear()  # nothing unsaved is left to ask about
    # Without closing the window, so its place is not remembered.
    QTimer.singleShot(0, lambda: QApplication.exit(0))


def _print_preview_and_pdf(wizard: GuideWizard) -> dict[str, float]:
    """The print preview opened (both pages drawn), then a PDF written in memory; first time each."""
    from myeloma_gui.ui.basics import dialogs

    figures: dict[str, float] = {}
    clicked: list[float] = []

    def show_preview(preview: QPrintPreviewDialog) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewWidget

        preview.show()
        view = preview.findChild(QPrintPreviewWidget)
        while view is not None and view.pageCount() < 2:
            QApplication.processEvents()
        figures["preview_ms"] = (time.perf_counter() - clicked[0]) * 1000
        figures["pages"] = view.pageCount() if view is not None else 0
        preview.close()

    dialogs.run_print_preview = show_preview
    clicked.append(time.perf_counter())
    wizard.results_page.results_actions.print_button.click()

    from PySide6.QtGui import QPageSize

    from myeloma_gui.ui.paper.summary_document import SummaryDocument, pdf_bytes

    results = wizard.results_page.results
    assert results is not None
    started = time.perf_counter()
    pdf_bytes(SummaryDocument(results, ""), QPageSize.PageSizeId.A4)
    figures["pdf_ms"] = (time.perf_counter() - started) * 1000
    return figures
