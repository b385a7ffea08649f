"""Print... and Save as PDF... as a person uses them, from the results page.

Both hand the same summary document to Qt: the preview and the printer paint it page by page, the PDF
is written whole or not at all. Print support is imported here, when the person first prints, so it
costs nothing at start.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from myeloma_gui.decision.results import GuideResults
from myeloma_gui.ui.answer_files.open_and_save import cannot_write_text, chosen_path, default_folder
from myeloma_gui.ui.basics import dialogs
from myeloma_gui.ui.basics.words import translate
from myeloma_gui.ui.session import GuideSession

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from myeloma_gui.ui.paper.summary_document import SummaryDocument

PDF_SUFFIX = ".pdf"
# Characters no file system takes in a name, and control characters.
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def summary_file_name(guide_title: str, made_on: datetime.date, name: str) -> str:
    """The guide's name, the date and the person's name if given: a nurse printing for several
    people in one day gets a file for each, not one file written over and over."""
    parts = [guide_title, made_on.isoformat(), name]
    cleaned = [" ".join(_NOT_IN_FILE_NAMES.sub(" ", part).split()) for part in parts]
    return " - ".join(part for part in cleaned if part) + PDF_SUFFIX


def pdf_filter() -> str:
    return translate("PrintAndPdf", "PDF documents (*.pdf)")


def summary_document(session: GuideSession, results: GuideResults) -> SummaryDocument:
    from myeloma_gui.ui.paper.summary_document import SummaryDocument

    return SummaryDocument(
        results, session.notes, name=session.printout.name, large_print=session.printout.large_print
    )


def print_summary(parent: QWidget, session: GuideSession, results: GuideResults) -> None:
    """Opens the print preview; its Print button leads on to the system print dialog."""
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog

    from myeloma_gui.ui.paper.summary_document import MARGINS_MM, SummaryPrintError, page_size_for

    document = summary_document(session, results)
    # The dialog owns its printer, so the printer lives exactly as long as the preview.
    preview = QPrintPreviewDialog(parent)
    preview.setObjectName("print_preview")
    preview.setWindowTitle(
        translate("PrintAndPdf", "Print preview: {title}").format(title=document.title)
    )
    printer = preview.printer()
    # The job's name, and the file name when printing to a file: the same one Save as PDF suggests.
    printer.setDocName(
        summary_file_name(results.content.metadata.title, datetime.date.today(), session.printout.name)
        .removesuffix(PDF_SUFFIX)
    )
    if QPrinterInfo.defaultPrinter().isNull():  # no printer to ask: take the paper size from the locale
        printer.setPageSize(QPageSize(page_size_for(QLocale.system())))
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)

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
