"""Long use in one sitting: a nurse walks the guide for patient after patient without restarting it.

Each walk answers every question, shows the results, opens the print preview, saves the PDF and
starts over. The guide must not crash, warn or grow. The question pages are answered by their
first choices, read from the content, so the walk follows whatever the question flow is.
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

from myeloma_gui.ui.basics import dialogs
from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.wizard.question_pages import QuestionPage
from myeloma_gui.ui.wizard.wizard import GuideWizard
from tests.ui.walk import press_next, start_guide

# CI walks 300 times (about a minute, in its step for slow tests); SOAK_WALKS=3000 makes a longer soak
# by hand (with -m slow).
WALKS = int(os.environ.get("SOAK_WALKS", "300"))
WARM_UP_WALKS = 20
ALLOWED_GROWTH = 0.10


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


def walk_once(wizard: GuideWizard, folder: Path) -> None:
    """Welcome, every question by its first choice, review, results, preview, PDF, Start over."""
    assert wizard.currentId() == PageId.WELCOME
    press_next(wizard)
    while wizard.currentId() not in (PageId.REVIEW, PageId.RESULTS):
        page = wizard.currentPage()
        if isinstance(page, QuestionPage):
            first = next(iter(page.buttons.values()))
            if not first.isChecked():
                first.click()
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


@pytest.mark.slow  # 300 walks, about a minute: CI runs it in its own step
@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads memory from Linux's /proc")
def test_three_hundred_walks_in_one_sitting_neither_crash_nor_grow(
    qtbot: QtBot, content_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nurse = Nurse(qtbot, tmp_path, monkeypatch)
    wizard = start_guide(qtbot, content_path)
    for _ in range(WARM_UP_WALKS):
        walk_once(wizard, tmp_path)
        qtbot.wait(1)
    before = resident_memory()
    for _ in range(WALKS - WARM_UP_WALKS):
        walk_once(wizard, tmp_path)
        qtbot.wait(1)
    after = resident_memory()

    assert nurse.pdfs == nurse.previews == WALKS
    growth = (after - before) / before
    print(f"\nresident memory after warm-up {before / 2**20:.1f} MiB, after {WALKS} walks "
          f"{after / 2**20:.1f} MiB ({growth:+.1%})")
    assert growth < ALLOWED_GROWTH


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
