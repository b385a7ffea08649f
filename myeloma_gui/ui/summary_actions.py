"""Print... and Save as PDF... as a person uses them, from the results page.

Both hand the same summary document to Qt: the preview and the printer paint it page by page, the PDF
is written whole or not at all. Print support is imported here, when the person first prints, so it
costs nothing at start.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from myeloma_gui.decision.results import GuideResults
from myeloma_gui.ui import dialogs
from myeloma_gui.ui.answers_files import cannot_write_text, chosen_path, default_folder
from myeloma_gui.ui.session import GuideSession

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

PDF_FILTER = "PDF documents (*.pdf)"
PDF_SUFFIX = ".pdf"


def print_summary(parent: QWidget, results: GuideResults, notes: str) -> None:
    """Opens the print preview; its Print button leads on to the system print dialog."""
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog

    from myeloma_gui.ui.printing import MARGINS_MM, SummaryDocument, SummaryPrintError, page_size_for

    document = SummaryDocument(results, notes)
    # The dialog owns its printer, so the printer lives exactly as long as the preview.
    preview = QPrintPreviewDialog(parent)
    preview.setObjectName("print_preview")
    preview.setWindowTitle(f"Print preview: {document.title}")
    printer = preview.printer()
    printer.setDocName(document.title)
    if QPrinterInfo.defaultPrinter().isNull():  # no printer to ask: take the paper size from the locale
        printer.setPageSize(QPageSize(page_size_for(QLocale.system())))
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)

    def paint(device: QPrinter) -> None:
        try:
            document.paint(device)
        except SummaryPrintError as error:
            dialogs.show_error(preview, "The summary cannot be printed", str(error))

    preview.paintRequested.connect(paint)
    add_plain_buttons(preview)
    dialogs.run_print_preview(preview)


def add_plain_buttons(preview: QPrintPreviewDialog) -> None:
    """Print... and Close as buttons with words, below the preview.

    Qt's preview offers printing only as an unlabelled printer icon at the end of a row of fifteen,
    which at large text sizes even slips behind a ">>" arrow.
    """
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtWidgets import QDialogButtonBox

    qt_print = next(a for a in preview.findChildren(QAction) if a.text().replace("&", "") == "Print")
    buttons = QDialogButtonBox()
    buttons.setObjectName("preview_buttons")
    print_button = buttons.addButton("&Print...", QDialogButtonBox.ButtonRole.AcceptRole)
    print_button.setObjectName("preview_print")
    print_button.setDefault(True)
    print_button.clicked.connect(qt_print.trigger)
    close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
    close.clicked.connect(preview.reject)
    layout = preview.layout()
    if layout is not None:
        layout.addWidget(buttons)
    view = preview.findChild(QPrintPreviewWidget)
    if view is not None:
        view.fitToWidth()  # readable at once, rather than two small pages side by side


def save_summary_pdf(parent: QWidget, session: GuideSession, results: GuideResults) -> Path | None:
    """Asks where, writes the summary there as a PDF, and returns the file (None if not written)."""
    from myeloma_gui.ui.printing import SummaryDocument, SummaryPrintError, page_size_for, write_summary_pdf

    today = datetime.date.today()
    suggested = default_folder(session) / f"myeloma-summary-{today.isoformat()}.pdf"
    path = chosen_path(parent, "Save the summary as PDF", suggested, PDF_FILTER, PDF_SUFFIX)
    if path is None:
        return None
    document = SummaryDocument(results, session.notes, today)
    try:
        write_summary_pdf(path, document, page_size_for(QLocale.system()))
    except OSError as error:
        dialogs.show_error(parent, "The summary was not saved", cannot_write_text(path, error))
        return None
    except SummaryPrintError as error:
        dialogs.show_error(parent, "The summary was not saved", str(error))
        return None
    return path
