"""Long use in one sitting: a nurse walks the guide for patient after patient without restarting it.

Each walk answers every question, shows the results, opens the print preview, saves the PDF and
starts over. The guide must not crash, warn or grow. Each walk answers differently from the one
before (walk n takes the n-th answer of each question, among those the guide covers, read from the
content), so the results are built anew every walk, as for the next patient. Memory is judged by
its trend: the least-squares slope of the resident memory over the walks after the warm-up.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QPixmapCache
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from myeloma_gui.report.document import Report
from myeloma_gui.ui.basics import dialogs
from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.wizard.question_pages import QuestionPage
from myeloma_gui.ui.wizard.wizard import GuideWizard
from tests.ui.walk import press_next, start_guide

# CI walks 300 times (about a minute, in its step for slow tests); SOAK_WALKS=3000 makes a longer soak
# by hand (with -m slow).
WALKS = int(os.environ.get("SOAK_WALKS", "300"))
WARM_UP_WALKS = 20
ALLOWED_GROWTH_PER_WALK = 8 * 1024
"""Bytes of resident memory a walk may add, on the trend after the warm-up. Keeping every printed
summary alive (two a walk) grows it by about 40 KiB a walk; allocator noise is far below this bound."""


class Nurse:
    """Answers the dialogs a walk meets: where to save the PDF, and "don't save" at Start over."""

    def __init__(self, qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.qtbot = qtbot
        self.folder = folder
        self.pdfs = 0
        self.previews = 0
        monkeypatch.setattr(dialogs, "ask_save_path", self._save_path)
        monkeypatch.setattr(dialogs, "ask_unsaved_answers", lambda *_: "discard")
        monkeypatch.setattr(dialogs, "run_print_preview", self._preview)

    def _save_path(self, parent: QWidget | None, title: str, suggested: Path, *_: object) -> Path:
        del parent, title
        self.pdfs += 1
        return self.folder / suggested.name

    def _preview(self, preview: QPrintPreviewDialog) -> None:
        view = preview.findChild(QPrintPreviewWidget)
        assert view is not None
        preview.show()
        self.qtbot.waitUntil(lambda: view.pageCount() >= 1, timeout=5000)
        preview.close()
        preview.deleteLater()
        self.previews += 1


def answer_for_walk(page: QuestionPage, walk: int) -> None:
    """The walk's answer on a question page: the ``walk``-th of the answers the guide covers, so that
    one walk's answers differ from the last one's (on a checklist, that one tick alone)."""
    covered = [c.id for c in page.question.all_choices() if c.out_of_scope is None]
    wanted = covered[walk % len(covered)]
    for choice_id, button in page.buttons.items():
        if button.isChecked() != (choice_id == wanted):
            button.click()


def walk_once(wizard: GuideWizard, folder: Path, walk: int = 0) -> None:
    """Welcome, every question answered for this walk, review, results, preview, PDF, Start over."""
    assert wizard.currentId() == PageId.WELCOME
    press_next(wizard)
    while wizard.currentId() not in (PageId.REVIEW, PageId.RESULTS):
        page = wizard.currentPage()
        if isinstance(page, QuestionPage):
            answer_for_walk(page, walk)
        press_next(wizard)  # What matters to you is optional: passed by
    if wizard.currentId() == PageId.REVIEW:
        press_next(wizard)
    assert wizard.currentId() == PageId.RESULTS
    actions = wizard.results_page.results_actions
    actions.print_button.click()
    actions.pdf_button.click()
    pdf = next(folder.glob("*.pdf"))
    assert pdf.stat().st_size > 1000
    pdf.unlink()
    wizard.results_page.start_over_action.trigger()
    QWidget().deleteLater()  # let deferred deletions (the preview) run now
    gc.collect()


def resident_memory() -> int:
    """This process's resident memory, in bytes, with Qt's pixmap cache (capped at 10 MB, filled by
    the style as pages are painted) emptied first, so that only memory we might leak is counted."""
    QPixmapCache.clear()
    gc.collect()
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


def slope(samples: list[int]) -> float:
    """The least-squares slope of ``samples`` (one a walk): how much each walk adds, on the trend."""
    count = len(samples)
    middle_walk = (count - 1) / 2
    mean = sum(samples) / count
    spread = sum((walk - middle_walk) ** 2 for walk in range(count))
    return sum((walk - middle_walk) * (sample - mean) for walk, sample in enumerate(samples)) / spread


def builds_counted(wizard: GuideWizard) -> list[int]:
    """Counts each time the results page builds the results anew."""
    built: list[int] = []
    document = wizard.results_page.document
    show_report = document.show_report

    def counting(report: Report) -> None:
        built.append(1)
        show_report(report)

    document.show_report = counting  # type: ignore[method-assign]
    return built


@pytest.mark.slow  # 300 walks, a few minutes: CI runs it in its own step
@pytest.mark.timeout(1800)  # a busy machine walks slowly: the trend is what is judged, not the time
@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads memory from Linux's /proc")
def test_three_hundred_walks_in_one_sitting_neither_crash_nor_grow(
    qtbot: QtBot, content_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nurse = Nurse(qtbot, tmp_path, monkeypatch)
    wizard = start_guide(qtbot, content_path)
    built = builds_counted(wizard)
    samples = []
    for walk in range(WALKS):
        walk_once(wizard, tmp_path, walk)
        qtbot.wait(1)
        if walk >= WARM_UP_WALKS:
            samples.append(resident_memory())

    per_walk = slope(samples)
    print(f"\nresident memory after warm-up {samples[0] / 2**20:.1f} MiB, after {WALKS} walks "
          f"{samples[-1] / 2**20:.1f} MiB; trend {per_walk / 1024:+.2f} KiB a walk "
          f"(bound {ALLOWED_GROWTH_PER_WALK / 1024:.0f} KiB)")
    assert nurse.pdfs == nurse.previews == WALKS
    assert len(built) == WALKS, "the results were built anew for every walk"
    assert per_walk < ALLOWED_GROWTH_PER_WALK, (
        f"memory grows by {per_walk / 1024:.1f} KiB a walk over {len(samples)} walks"
    )


def test_the_slope_is_the_trend_of_the_samples() -> None:
    assert slope([5, 5, 5, 5]) == 0
    assert slope([0, 10, 20, 30]) == 10
    assert slope([10, 0, 30, 20]) == 6  # noise around a rise of 6 a walk


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on: "
                    "its count no longer moves, and a lost reference can no longer crash the app")
def test_a_walk_through_the_guide_loses_no_reference_to_none(
    qtbot: QtBot, content_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PySide6 6.12.0 dropped a reference to None on every Qt call that returns nothing, about a
    thousand a walk, and Python 3.11 aborted ("none_dealloc") once None's count ran out."""
    Nurse(qtbot, tmp_path, monkeypatch)
    wizard = start_guide(qtbot, content_path)
    walk_once(wizard, tmp_path)  # the first walk builds what later walks reuse
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(3):
        walk_once(wizard, tmp_path)
    gc.collect()
    after = sys.getrefcount(None)
    print(f"\nreferences to None: {before} before three walks, {after} after")
    assert after >= before, f"{before - after} references to None were lost in three walks"
