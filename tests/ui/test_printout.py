"""The printout as read on paper: 12-point text (16 in large print), a line for the person's name,
a file name a nurse can tell apart, and a print preview that shows the page right in a dark palette."""

from __future__ import annotations

import datetime
import io
import math
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QPageSize, QPalette
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from myeloma_gui.content.models import Content
from myeloma_gui.decision.guide import decide
from myeloma_gui.ui.basics import dialogs
from myeloma_gui.ui.paper import summary_html
from myeloma_gui.ui.paper.print_and_pdf import summary_file_name
from myeloma_gui.ui.paper.summary_document import SummaryDocument, pdf_bytes
from tests.answer_sets import HAD_BORTEZOMIB_NOT_GROWING
from tests.pdf_text import page_texts
from tests.ui.palettes import dark_palette
from tests.ui.test_summary_pdf import CASES, MADE_ON
from tests.ui.walk import start_guide, walk_to_results

A4 = QPageSize.PageSizeId.A4
TYPICAL_ANSWERS = HAD_BORTEZOMIB_NOT_GROWING


def text_sizes(data: bytes) -> Counter[float]:
    """How many characters the PDF shows at each size, in points as printed."""
    counts: Counter[float] = Counter()

    def visit(text: str, cm: list[float], tm: list[float], font: object, font_size: float) -> None:
        del font
        # The size as drawn: the font size through the text and page transformations.
        a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
        c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
        if text.strip():
            counts[round(font_size * math.sqrt(abs(a * d - b * c)), 1)] += len(text.strip())

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return counts


def body_size(data: bytes) -> float:
    """The size most of the text is printed at."""
    return text_sizes(data).most_common(1)[0][0]


@pytest.mark.parametrize(("large_print", "size"), [(False, 12.0), (True, 16.0)])
def test_the_body_text_is_readable_and_large_print_larger(
    qapp: QApplication, content: Content, *, large_print: bool, size: float
) -> None:
    del qapp
    results = decide(content, CASES["came back after a year"])
    data = pdf_bytes(SummaryDocument(results, "", MADE_ON, large_print=large_print), A4)
    assert body_size(data) == pytest.approx(size, abs=0.05)
    smallest = min(text_sizes(data))
    assert smallest >= 10, "nothing, not even the footer, in tiny print"


def test_the_name_line_holds_the_name_or_room_to_write_it(qapp: QApplication, content: Content) -> None:
    del qapp
    results = decide(content, CASES["came back after a year"])
    named = page_texts(pdf_bytes(SummaryDocument(results, "", MADE_ON, name="Mary <b>Smith</b>"), A4))
    assert named[0].startswith(f"{content.metadata.title} Name: Mary <b>Smith</b> ")
    blank = page_texts(pdf_bytes(SummaryDocument(results, "", MADE_ON), A4))
    assert blank[0].startswith(f"{content.metadata.title} Name: {summary_html.BLANK_NAME} ")


def test_the_file_name_tells_people_and_days_apart() -> None:
    day = datetime.date(2027, 3, 5)
    title = "Myeloma treatment options guide"
    assert summary_file_name(title, day, "") == "Myeloma treatment options guide - 2027-03-05.pdf"
    assert summary_file_name(title, day, " Mary  Smith ") == (
        "Myeloma treatment options guide - 2027-03-05 - Mary Smith.pdf"
    )
    # Characters a file system refuses become spaces; a name cannot reach another folder.
    assert summary_file_name(title, day, "../J/K: O'Neil?") == (
        "Myeloma treatment options guide - 2027-03-05 - .. J K O'Neil.pdf"
    )


def test_the_name_and_large_print_typed_in_the_app_reach_the_pdf(
    qtbot: QtBot, content_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, TYPICAL_ANSWERS)
    actions = wizard.results_page.results_actions
    wizard.results_page.tabs.setCurrentIndex(1)  # the notes tab holds the printout's choices
    assert actions.printout_name.isVisible()
    actions.printout_name.setText("Mary Smith")
    actions.large_print.setChecked(True)
    suggested: list[Path] = []

    def ask_save_path(_parent: object, _title: str, offered: Path, *_: object) -> Path:
        suggested.append(offered)
        return tmp_path / offered.name

    monkeypatch.setattr(dialogs, "ask_save_path", ask_save_path)
    actions.pdf_button.click()
    [offered] = suggested
    today = datetime.date.today().isoformat()
    assert offered.name == f"{content_title(wizard)} - {today} - Mary Smith.pdf"
    data = (tmp_path / offered.name).read_bytes()
    assert page_texts(data)[0].startswith(f"{content_title(wizard)} Name: Mary Smith ")
    assert body_size(data) == pytest.approx(16.0, abs=0.05)
    # Start over may be for someone else: their name is not kept.
    assert wizard.session is not None
    wizard.session.clear()
    actions.show_notes()
    assert actions.printout_name.text() == ""


def content_title(wizard: object) -> str:
    session = getattr(wizard, "session", None)
    assert session is not None
    return str(session.content.metadata.title)


@pytest.fixture
def dark_desktop() -> Iterator[None]:
    original = QPalette(QApplication.palette())
    QApplication.setPalette(dark_palette())
    yield
    QApplication.setPalette(original)


@pytest.mark.usefixtures("dark_desktop")
def test_the_preview_shows_the_page_black_on_white_in_a_dark_palette(
    qtbot: QtBot, content_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, TYPICAL_ANSWERS)
    shown: list[QPrintPreviewDialog] = []

    def show_instead_of_exec(preview: QPrintPreviewDialog) -> None:
        qtbot.addWidget(preview)
        preview.resize(900, 700)
        preview.show()
        shown.append(preview)

    monkeypatch.setattr(dialogs, "run_print_preview", show_instead_of_exec)
    wizard.results_page.results_actions.print_button.click()
    view = shown[0].findChild(QPrintPreviewWidget)
    assert view is not None
    qtbot.waitUntil(lambda: view.pageCount() > 0, timeout=5000)
    assert view.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth
    assert view.zoomFactor() > 0.9, "readable at once, not two small pages"
    image = view.grab().toImage()
    # The top of page 1 (title, name line, disclaimer): dark text on the white page, not the
    # screen's own light text colour, which a dark palette would give it.
    dark = 0
    for y in range(image.height() // 8, image.height() // 3, 2):
        for x in range(image.width() // 6, image.width() * 5 // 6, 2):
            dark += QColor(image.pixel(x, y)).lightness() < 80
    assert dark > 200, "the title and the first lines are drawn dark"
    shown[0].close()
