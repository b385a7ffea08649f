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
from myeloma_gui.ui.answer_files.open_and_save import cannot_write_text, chosen_path, default_folder
from myeloma_gui.ui.basics import dialogs
from myeloma_gui.ui.basics.words import translate
from myeloma_gui.ui.paper.printer_setup import PDF_SUFFIX, set_up_printer, summary_file_name
from myeloma_gui.ui.session import GuideSession

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from myeloma_gui.ui.paper.summary_document import SummaryDocument

__all__ = ["pdf_filter", "print_summary", "save_summary_pdf", "summary_file_name"]


def pdf_filter() -> str:
    return translate("PrintAndPdf", "PDF documents (*.pdf)")


def summary_document(session: GuideSession, results: GuideResults) -> SummaryDocument:
    from myeloma_gui.ui.paper.summary_document import SummaryDocument

    return SummaryDocument(
        results, session.notes, name=session.printout.name, large_print=session.printout.large_print
    )


def print_summary(parent: QWidget, session: GuideSession, results: GuideResults) -> None:
    """Opens the print preview; its Print button leads on to the system print dialog."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog

    from myeloma_gui.ui.paper.summary_document import SummaryPrintError, page_size_for

    document = summary_document(session, results)
    # The dialog owns its printer, so the printer lives exactly as long as the preview.
    preview = QPrintPreviewDialog(parent)
    preview.setObjectName("print_preview")
    preview.setWindowTitle(
        translate("PrintAndPdf", "Print preview: {title}").format(title=document.title)
    )
    # No printer to ask: the paper size from the locale; otherwise the printer's own.
    no_printer = QPrinterInfo.defaultPrinter().isNull()
    paper = page_size_for(QLocale.system()) if no_printer else None
    set_up_printer(preview.printer(), results, session.printout.name, paper)

    def paint(device: QPrinter) -> None:
        try:
            document.paint(device)
        except SummaryPrintError as error:
            title = translate("PrintAndPdf", "The summary cannot be printed")
            dialogs.show_error(preview, title, str(error))

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

    # Qt names its own action in the interface's language, through Qt's translation (the context in a
    # name of its own, so that pyside6-lupdate leaves Qt's word out of our list).
    qt_words = "QPrintPreviewDialog"
    qt_print_text = translate(qt_words, "Print")
    qt_print = next(a for a in preview.findChildren(QAction) if a.text().replace("&", "") == qt_print_text)
    buttons = QDialogButtonBox()
    buttons.setObjectName("preview_buttons")
    print_label = translate("PrintAndPdf", "&Print...")
    print_button = buttons.addButton(print_label, QDialogButtonBox.ButtonRole.AcceptRole)
    print_button.setObjectName("preview_print")
    print_button.setDefault(True)
    print_button.clicked.connect(qt_print.trigger)
    close_label = translate("PrintAndPdf", "&Close")
    close = buttons.addButton(close_label, QDialogButtonBox.ButtonRole.RejectRole)
    close.clicked.connect(preview.reject)
    layout = preview.layout()
    if layout is not None:
        layout.addWidget(buttons)
    view = preview.findChild(QPrintPreviewWidget)
    if view is not None:
        view.fitToWidth()  # readable at once, rather than two small pages side by side


def save_summary_pdf(parent: QWidget, session: GuideSession, results: GuideResults) -> Path | None:
    """Asks where, writes the summary there as a PDF, and returns the file (None if not written)."""
    from myeloma_gui.ui.paper.summary_document import SummaryPrintError, page_size_for, write_summary_pdf

    document = summary_document(session, results)
    today = datetime.date.today()
    file_name = summary_file_name(results.content.metadata.title, today, session.printout.name)
    suggested = default_folder(session) / file_name
    title = translate("PrintAndPdf", "Save the summary as PDF")
    path = chosen_path(parent, title, suggested, pdf_filter(), PDF_SUFFIX)
    if path is None:
        return None
    try:
        write_summary_pdf(path, document, page_size_for(QLocale.system()))
    except OSError as error:
        not_saved = translate("PrintAndPdf", "The summary was not saved")
        dialogs.show_error(parent, not_saved, cannot_write_text(path, error))
        return None
    except SummaryPrintError as error:
        not_saved = translate("PrintAndPdf", "The summary was not saved")
        dialogs.show_error(parent, not_saved, str(error))
        return None
    return path
