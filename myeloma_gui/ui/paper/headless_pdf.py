"""The summary PDF with no window and no display: for staff printing handouts in a batch, and scripts.

Qt needs an application object to lay out text; the offscreen platform gives one that needs no
screen. Only QtGui is loaded: no widgets, no print support.
"""

from __future__ import annotations

import errno
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QGuiApplication, QPageSize

from myeloma_gui.decision.results import GuideResults
from myeloma_gui.ui.basics.language import install_translation
from myeloma_gui.ui.paper.summary_document import (
    SummaryDocument,
    SummaryPrintError,
    page_size_for,
    write_summary_pdf,
)

PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def write_pdf_without_window(
    path: Path, results: GuideResults, notes: str, paper: str | None, *, name: str = "",
    large_print: bool = False, language: str | None = None,
) -> None:
    """Writes the summary PDF to ``path``; ``paper`` is "a4", "letter", or None for the locale's."""
    application = offscreen_application(language)
    page_size = PAPER_SIZES[paper] if paper else page_size_for(QLocale.system())
    try:
        document = SummaryDocument(results, notes, name=name, large_print=large_print)
        write_summary_pdf(path, document, page_size)
    except SummaryPrintError as error:
        raise OSError(errno.EIO, str(error), str(path)) from None
    finally:
        del application


def offscreen_application(language: str | None = None) -> QCoreApplication:
    """The running Qt application, or a new one on the offscreen platform (no display needed), with
    the interface's translation installed as in the window."""
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    application = QGuiApplication([sys.argv[0] or "myeloma-gui", "-platform", "offscreen"])
    install_translation(application, language)
    return application
