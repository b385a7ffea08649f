"""Print... opens a preview of the same summary, offscreen and with no printer installed."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from myeloma_gui.ui.basics import dialogs
from myeloma_gui.ui.wizard.wizard import GuideWizard
from tests.answer_sets import HAD_TWO_NOT_GROWING
from tests.ui.walk import start_guide, walk_to_results

TYPICAL = HAD_TWO_NOT_GROWING


def results_window(qtbot: QtBot, content_path: Path) -> GuideWizard:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, TYPICAL)
    return wizard


def test_print_shows_a_preview_of_the_summary_with_its_pages(
    qtbot: QtBot, content_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = results_window(qtbot, content_path)
    shown: list[QPrintPreviewDialog] = []
    painted: list[QPrinter] = []

    def show_instead_of_exec(preview: QPrintPreviewDialog) -> None:
        preview.paintRequested.connect(painted.append)
        qtbot.addWidget(preview)
        preview.show()
        shown.append(preview)

    monkeypatch.setattr(dialogs, "run_print_preview", show_instead_of_exec)
    wizard.results_page.results_actions.print_button.click()

    assert len(shown) == 1
    preview = shown[0]
    view = preview.findChild(QPrintPreviewWidget)
    assert view is not None
    # Two pages of the sheet for the appointment, then the reference, with the newer approvals, on three.
    qtbot.waitUntil(lambda: view.pageCount() == 5, timeout=5000)
    assert painted, "the preview painted the summary"
    printer = painted[-1]
    assert printer.docName().startswith(f"{wizard.windowTitle()} - ")  # as Save as PDF would name it
    assert printer.pageLayout().margins().left() > 10  # our margins (mm), not the printer's zero
    assert preview.isVisible()
    # Printing is a button with words, not only Qt's unlabelled icon, and it is the default.
    print_button = preview.findChild(QPushButton, "preview_print")
    assert print_button is not None
    assert print_button.text().replace("&", "") == "Print..."
    assert print_button.isVisible()
    assert print_button.isDefault()
    preview.close()  # cancelling the preview changes nothing
    assert wizard.currentPage() is wizard.results_page


def test_nothing_for_printing_is_loaded_at_start() -> None:
    """Start-up stays fast: print support and the summary code load only when the person prints."""
    script = textwrap.dedent("""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QTimer
        from myeloma_gui.resources import CONTENT_FILE, bundled_file
        from myeloma_gui.ui.shell.app import make_application, open_guide
        app = make_application()
        wizard = open_guide(bundled_file(CONTENT_FILE))
        def check():
            if not wizard.welcome_page.isComplete():
                QTimer.singleShot(20, check)
                return
            late = ("PySide6.QtPrintSupport", "myeloma_gui.ui.paper.summary_document",
                    "myeloma_gui.ui.paper.summary_html", "myeloma_gui.ui.paper.print_and_pdf",
                    "myeloma_gui.ui.answer_files.open_and_save")
            print(",".join(name for name in late if name in sys.modules) or "none")
            wizard.session = None  # nothing to save: close without asking
            app.quit()
        QTimer.singleShot(0, check)
        app.exec()
    """)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
        cwd=Path(__file__).resolve().parents[2], check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "none"


def test_the_print_button_leads_on_to_the_system_dialog(
    qtbot: QtBot, content_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    wizard = results_window(qtbot, content_path)
    shown: list[QPrintPreviewDialog] = []

    def show_instead_of_exec(preview: QPrintPreviewDialog) -> None:
        qtbot.addWidget(preview)
        preview.show()
        shown.append(preview)

    monkeypatch.setattr(dialogs, "run_print_preview", show_instead_of_exec)
    wizard.results_page.results_actions.print_button.click()
    asked: list[str] = []

    def close_what_opens() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QWidget):
            QTimer.singleShot(10, close_what_opens)
            return
        asked.append(dialog.metaObject().className())
        dialog.close()  # cancel: nothing is printed

    QTimer.singleShot(0, close_what_opens)
    button = shown[0].findChild(QPushButton, "preview_print")
    assert button is not None
    button.click()
    # With a printer, Qt asks which one; with none (as here), where to save a PDF instead.
    assert asked in (["QPrintDialog"], ["QFileDialog"])
    shown[0].close()
