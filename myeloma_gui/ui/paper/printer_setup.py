"""How the summary is set up on a printer, the same for the window's Print... and the headless
``results --print``: the job's name and the paper.

Print support is imported by the callers, when the person first prints.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

from PySide6.QtGui import QPageLayout, QPageSize

from myeloma_gui.decision.results import GuideResults
from myeloma_gui.ui.paper.summary_document import MARGINS_MM

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

PDF_SUFFIX = ".pdf"
# Characters no file system takes in a name, and control characters.
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def summary_file_name(guide_title: str, made_on: datetime.date, name: str) -> str:
    """The guide's name, the date and the person's name if given: a nurse printing for several
    people in one day gets a file for each, not one file written over and over."""
    parts = [guide_title, made_on.isoformat(), name]
    cleaned = [" ".join(_NOT_IN_FILE_NAMES.sub(" ", part).split()) for part in parts]
    return " - ".join(part for part in cleaned if part) + PDF_SUFFIX


def set_up_printer(
    printer: QPrinter, results: GuideResults, name: str, page_size: QPageSize.PageSizeId | None
) -> None:
    """The job's name (the one the print queue lists, and the file name when printing to a file: the
    same one Save as PDF suggests), the paper when one is chosen (None: the printer's own), and the
    summary's margins."""
    printer.setDocName(
        summary_file_name(results.content.metadata.title, datetime.date.today(), name)
        .removesuffix(PDF_SUFFIX)
    )
    if page_size is not None:
        printer.setPageSize(QPageSize(page_size))
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
