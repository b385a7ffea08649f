"""Lays the summary out on pages and paints it onto any paged device: a printer, a print preview, a PDF.

Only QtGui is needed, so the headless command can write a PDF without the print-support module. The
page text is always black on white, whatever the screen's palette, and each page ends with a footer
that names the summary and numbers the page ("Page 1 of 3").

The summary's style sheet sets its sizes around a 10-point body. On paper the whole page is scaled
up from that, spacing and headings in proportion: to 12-point body text, or 16 for large print.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from myeloma_gui.content.dates import readable_date
from myeloma_gui.decision.results import GuideResults
from myeloma_gui.files import write_atomically
from myeloma_gui.report.build import build_report
from myeloma_gui.ui.basics.words import translate
from myeloma_gui.ui.paper.pagination import paginate
from myeloma_gui.ui.paper.summary_html import summary_html, summary_title

# The body size the summary's style sheet is written around (its headings and small print in points).
DESIGNED_BODY_POINT_SIZE = 10.0
# What the paper shows: readable for older eyes, and a large-print choice at least 16 points.
BODY_POINT_SIZE = 12.0
LARGE_PRINT_BODY_POINT_SIZE = 16.0
FOOTER_POINT_SIZE = 10.0
MARGINS_MM = QMarginsF(15, 11, 15, 9)
LIST_INDENT = 22  # in layout units (1/96 inch); Qt's 40 wastes a narrow page
PDF_RESOLUTION = 600
# Black to the eye; see _paint_pages for why not exactly black.
NEAR_BLACK = "#010101"

# Where Letter paper is the norm (North America and a few countries that follow it); A4 elsewhere.
LETTER_TERRITORIES = frozenset({
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
    QLocale.Country.PuertoRico, QLocale.Country.Philippines, QLocale.Country.Chile,
    QLocale.Country.Colombia, QLocale.Country.Venezuela, QLocale.Country.CostaRica,
    QLocale.Country.Guatemala, QLocale.Country.Panama, QLocale.Country.DominicanRepublic,
})


class SummaryPrintError(Exception):
    """The summary could not be painted; the message is one sentence for a person to read."""


def page_size_for(locale: QLocale) -> QPageSize.PageSizeId:
    if locale.territory() in LETTER_TERRITORIES:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def summary_page_layout(page_size: QPageSize.PageSizeId) -> QPageLayout:
    return QPageLayout(
        QPageSize(page_size), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


class SummaryDocument:
    """The summary of one person's results, ready to be laid out on the pages of any device.

    ``name`` goes on the name line at the top (empty: a blank line to write it by hand);
    ``large_print`` prints the body at 16 points instead of 12.
    """

    def __init__(
        self, results: GuideResults, notes: str, made_on: datetime.date | None = None, *,
        name: str = "", large_print: bool = False,
    ) -> None:
        made_on = made_on or datetime.date.today()
        self.title = summary_title(results)
        made = readable_date(made_on, results.content.wording.months)
        self.html = summary_html(
            build_report(results, notes), made, name, for_someone_else=results.for_someone_else
        )
        self.footer = f"{results.content.metadata.title} · {made}"
        self.body_point_size = LARGE_PRINT_BODY_POINT_SIZE if large_print else BODY_POINT_SIZE

    def paint(self, device: QPagedPaintDevice) -> int:
        """Lays the summary out for this device's pages, paints every page, and returns how many."""
        painter = QPainter()
        if not painter.begin(device):
            raise SummaryPrintError(
                translate("SummaryDocument", "The printer or file could not be opened for the summary.")
            )
        try:
            return self._paint_pages(painter, device)
        finally:
            painter.end()

    def _paint_pages(self, painter: QPainter, device: QPagedPaintDevice) -> int:
        zoom = self.body_point_size / _layout_body_point_size()
        footer_font = _font(FOOTER_POINT_SIZE * min(zoom, 1.2))  # the footer is no reading matter
        footer_height = QFontMetricsF(footer_font, device).height() * 1.8  # a gap, then one line
        # The text is laid out in screen units, as on the results page, then scaled to the device, as
        # Qt's own printing does: the stylesheet's spacing and the table padding keep their
        # proportions. The zoom makes the designed 10-point body the size chosen for paper.
        scale = device.logicalDpiY() / _layout_dpi() * zoom
        body = QSizeF(device.width() / scale, (device.height() - footer_height) / scale)
        document = paginate(self._unpaged, body)
        pages = document.pageCount()
        # Text in black on white paper whatever the screen's palette (a dark theme would print white).
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(context.palette)
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.Link):
            palette.setColor(role, Qt.GlobalColor.black)
        context.palette = palette
        footer = QRectF(0, device.height() - footer_height, device.width(), footer_height)
        for index in range(pages):
            if index:
                device.newPage()
            view = QRectF(0, index * body.height(), body.width(), body.height())
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -view.top())
            painter.setClipRect(view)
            # The print preview records each page and replays it onto a painter that starts with the
            # screen's text colour (white in a dark palette). A pen equal to the painter's current
            # one is never recorded, so the page's first black text would come out white: the pen is
            # set to a near-black first, which the text's own black then really changes.
            painter.setPen(QColor(NEAR_BLACK))
            # Lines that start exactly on a page boundary belong to the next page only; without the
            # half-unit inset Qt would also draw them (clipped, but still in the PDF's text).
            context.clip = view.adjusted(0, 0.5, 0, -0.5)
            document.documentLayout().draw(painter, context)
            painter.restore()
            painter.setPen(QColor(NEAR_BLACK))  # recorded for the preview, as above
            painter.setFont(footer_font)
            bottom = Qt.AlignmentFlag.AlignBottom
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | bottom), self.footer)
            page_number = translate("SummaryDocument", "Page {number} of {total}").format(
                number=index + 1, total=pages
            )
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight | bottom), page_number)
        return pages

    def _unpaged(self) -> QTextDocument:
        document = _TextWithoutResources()
        document.setUndoRedoEnabled(False)
        body_font = _font(DESIGNED_BODY_POINT_SIZE)
        body_font.setPixelSize(_layout_body_pixels())
        document.setDefaultFont(body_font)
        document.setDocumentMargin(0)
        document.setIndentWidth(LIST_INDENT)
        document.setHtml(self.html)
        return document


class _TextWithoutResources(QTextDocument):
    """The summary's text, which never fetches an image or a file, whatever its markup names."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 (Qt's name)
        del kind, name
        return None


def pdf_bytes(document: SummaryDocument, page_size: QPageSize.PageSizeId) -> bytes:
    """The summary as a PDF with real, searchable text, built in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(summary_page_layout(page_size))
    writer.setTitle(document.title)
    writer.setCreator(QGuiApplication.applicationDisplayName() or "myeloma-gui")
    document.paint(writer)
    del writer  # the writer finishes the file as it goes; only then is the buffer complete
    buffer.close()
    return bytes(data.data())


def write_summary_pdf(path: Path, document: SummaryDocument, page_size: QPageSize.PageSizeId) -> None:
    """Writes the PDF whole or not at all: an earlier file at ``path`` survives a failed write."""
    write_atomically(path, pdf_bytes(document, page_size))


def _layout_dpi() -> float:
    """The resolution Qt lays out rich text at when no device is given: the screen's."""
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchY() if screen is not None else 96.0


def _layout_body_pixels() -> int:
    """The body's size in whole pixels for the layout: a point size such as 10 would be rounded to
    whole pixels anyway (13.3 to 13), and the paper's 12 points would come out as 11.7."""
    return round(DESIGNED_BODY_POINT_SIZE * _layout_dpi() / 72)


def _layout_body_point_size() -> float:
    return _layout_body_pixels() * 72 / _layout_dpi()


def _font(point_size: float) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(point_size)
    # No "fi" and "fl" ligatures: the PDF's text then reads back letter for letter, so searching
    # and copying "fit" or "fluid" works in every viewer.
    for ligatures in ("liga", "clig"):
        font.setFeature(QFont.Tag(ligatures), 0)
    return font
