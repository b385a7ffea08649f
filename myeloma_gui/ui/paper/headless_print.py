"""The summary printed on a print queue with no window and no display (``results --print``), through
the same printer set-up and painting as the window's Print....

Qt's print support asks the system's print service (CUPS on Linux) for its queues. A queue that is
missing or stopped is refused before anything is sent, so that a job never waits unseen on a queue
that will not print it.
"""

from __future__ import annotations

import enum
from typing import NamedTuple

from myeloma_gui.decision.results import GuideResults
from myeloma_gui.ui.paper.headless_pdf import PAPER_SIZES, offscreen_application
from myeloma_gui.ui.paper.printer_setup import set_up_printer
from myeloma_gui.ui.paper.summary_document import SummaryDocument


class QueueProblem(enum.Enum):
    NO_QUEUE = "no queue"
    """The machine has no print queue at all (or no print service)."""
    NO_DEFAULT = "no default"
    """Queues exist, but none is the default one, and none was named."""
    UNKNOWN = "unknown"
    STOPPED = "stopped"
    NOT_SENT = "not sent"
    """The queue was there, but the summary could not be handed to it."""


class PrintQueueError(Exception):
    """The summary was not printed; the command line says why, in its own words."""

    def __init__(self, problem: QueueProblem, queue: str, queues: list[str], detail: str = "") -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.queue = queue
        self.queues = queues
        """Every queue the print service has, for the message."""
        self.detail = detail


class Printed(NamedTuple):
    queue: str
    pages: int


def print_without_window(
    queue: str | None, results: GuideResults, notes: str, paper: str | None, *, name: str = "",
    large_print: bool = False, language: str | None = None,
) -> Printed:
    """Prints the summary on ``queue`` (None: the default queue); ``paper`` is "a4", "letter", or None
    for the printer's own paper. Raises PrintQueueError, having sent nothing, when the queue cannot
    print."""
    application = offscreen_application(language)
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from myeloma_gui.ui.paper.summary_document import SummaryPrintError

    try:
        queues = list(QPrinterInfo.availablePrinterNames())
        chosen = queue if queue else QPrinterInfo.defaultPrinterName()
        if not chosen:
            raise PrintQueueError(QueueProblem.NO_DEFAULT if queues else QueueProblem.NO_QUEUE, "", queues)
        info = QPrinterInfo.printerInfo(chosen)
        if info.isNull():
            raise PrintQueueError(QueueProblem.UNKNOWN, chosen, queues)
        if info.state() == QPrinter.PrinterState.Error:  # CUPS's "stopped"
            raise PrintQueueError(QueueProblem.STOPPED, chosen, queues)
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        set_up_printer(printer, results, name, PAPER_SIZES[paper] if paper else None)
        document = SummaryDocument(results, notes, name=name, large_print=large_print)
        try:
            pages = document.paint(printer)
        except SummaryPrintError as error:
            raise PrintQueueError(QueueProblem.NOT_SENT, chosen, queues, str(error)) from None
        if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
            raise PrintQueueError(QueueProblem.NOT_SENT, chosen, queues)
        return Printed(chosen, pages)
    finally:
        del application
