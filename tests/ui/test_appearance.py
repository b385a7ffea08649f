"""The guide in the desktop's light and dark palettes, at normal and double text size: screenshots,
and readable contrast between every text and what it sits on.

Set MYELOMA_GUI_SCREENSHOTS to a folder to keep the screenshots for a look.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from myeloma_gui.ui.basics.contrast import READABLE_TEXT, contrast_ratio
from myeloma_gui.ui.basics.focus_frame import FOCUS_MARK_CONTRAST, focus_colour
from myeloma_gui.ui.shell.preferences import Preferences
from tests.ui.palettes import dark_palette, light_palette
from tests.ui.test_accessibility import pages_of_a_whole_walk
from tests.ui.test_text_size import texts
from tests.ui.walk import start_guide

PALETTES: dict[str, Callable[[], QPalette]] = {"light": light_palette, "dark": dark_palette}
PAGES_TO_KEEP = ("welcome", "situation", "prior_treatments", "results")
ROLE = QPalette.ColorRole


@pytest.fixture
def screenshot_folder(tmp_path: Path) -> Path:
    kept = os.environ.get("MYELOMA_GUI_SCREENSHOTS")
    folder = Path(kept) if kept else tmp_path / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def desktop_palette() -> Iterator[Callable[[str], None]]:
    """Sets the palette as a desktop theme would, and puts the original back afterwards."""
    original = QPalette(QApplication.palette())
    yield lambda scheme: QApplication.setPalette(PALETTES[scheme]())
    QApplication.setPalette(original)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def text_and_background(widget: QWidget) -> tuple[QColor, QColor]:
    palette = widget.palette()
    return palette.color(widget.foregroundRole()), palette.color(widget.backgroundRole())


def share_of_pixels_near(image: QImage, colour: QColor) -> float:
    near = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            pixel = QColor(image.pixel(x, y))
            total += 1
            near += abs(pixel.red() - colour.red()) + abs(pixel.green() - colour.green()) < 40
    return near / total


@pytest.mark.parametrize("percent", [100, 200])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_follows_the_palette_and_reads_well(
    qtbot: QtBot, content_path: Path, screenshot_folder: Path,
    desktop_palette: Callable[[str], None], *, scheme: str, percent: int,
) -> None:
    desktop_palette(scheme)
    Preferences().text_size_percent = percent
    wizard = start_guide(qtbot, content_path)
    palette = QApplication.palette()
    window, words = palette.color(ROLE.Window), palette.color(ROLE.WindowText)
    assert contrast_ratio(focus_colour(palette), window) >= FOCUS_MARK_CONTRAST

    for page in pages_of_a_whole_walk(wizard):
        settle()
        for widget in [*texts(wizard), wizard.results_page.document]:
            # A control that cannot be used (Next before an answer) may be dimmed: WCAG exempts it.
            if widget.isVisible() and widget.isEnabled():
                text, background = text_and_background(widget)
                ratio = contrast_ratio(text, background)
                assert ratio >= READABLE_TEXT, f"{widget.objectName()} on {page}: {ratio:.1f}:1"
        if page not in PAGES_TO_KEEP:
            continue
        shot = wizard.grab()
        assert shot.save(str(screenshot_folder / f"{scheme}-{percent}-{page}.png"))
        image = shot.toImage()
        # Painted in the desktop's colours: its window colour behind, its text colour in front.
        assert QColor(image.pixel(2, 2)) == window
        assert share_of_pixels_near(image, words) > 0.005, f"no text drawn in the text colour on {page}"

    document = wizard.results_page.document.palette()
    for role in (ROLE.Link, ROLE.LinkVisited):
        ratio = contrast_ratio(document.color(role), document.color(ROLE.Base))
        assert ratio >= READABLE_TEXT, f"{role.name} {document.color(role).name()}: {ratio:.1f}:1"
    tooltip = contrast_ratio(palette.color(ROLE.ToolTipText), palette.color(ROLE.ToolTipBase))
    assert tooltip >= READABLE_TEXT


def test_links_already_readable_are_left_as_the_desktop_made_them(
    qtbot: QtBot, content_path: Path, desktop_palette: Callable[[str], None]
) -> None:
    desktop_palette("light")
    start_guide(qtbot, content_path)
    assert QApplication.palette().color(ROLE.Link) == QColor("#0000ff")


def test_links_are_made_readable_again_when_the_desktop_turns_dark(
    qtbot: QtBot, content_path: Path, desktop_palette: Callable[[str], None]
) -> None:
    desktop_palette("light")
    wizard = start_guide(qtbot, content_path)
    desktop_palette("dark")
    settle()
    palette = wizard.results_page.document.palette()
    assert contrast_ratio(palette.color(ROLE.Link), palette.color(ROLE.Base)) >= READABLE_TEXT
    assert palette.color(ROLE.Base) == QColor("#242424")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_piece_of_the_results_reads_well_links_and_status_marks_included(
    qtbot: QtBot, content_path: Path, desktop_palette: Callable[[str], None], scheme: str
) -> None:
    """Each heading, paragraph and link of the results, in its own colour, against the document's
    background; a link reached with Tab against its highlight."""
    from myeloma_gui.ui.basics.visible_scrollbars import handle_colour

    desktop_palette(scheme)
    wizard = start_guide(qtbot, content_path)
    for page in pages_of_a_whole_walk(wizard):
        if page == "results":
            break
    settle()  # the palette reaches every widget through posted events
    view = wizard.results_page.document
    palette = view.palette()
    background = palette.color(ROLE.Base)
    body = view.widget()
    assert body is not None
    assert body.palette().color(body.backgroundRole()) == background
    assert wizard.session is not None
    labels = wizard.session.content.wording.status_labels
    statuses = {f"{labels.matches}.", f"{labels.may_match}."}
    statuses_seen = set()
    for widget in view.reading_order():
        colour = widget.palette().color(widget.foregroundRole())
        ratio = contrast_ratio(colour, background)
        assert ratio >= READABLE_TEXT, f"{widget.text()[:30]!r}: {ratio:.1f}:1"
        statuses_seen |= {widget.text()} & statuses
    link = view.links[0]
    link.setFocus()
    qtbot.waitUntil(link.hasFocus)
    marked = link.palette()
    ratio = contrast_ratio(marked.color(link.foregroundRole()), marked.color(link.backgroundRole()))
    assert ratio >= READABLE_TEXT, f"the focused link: {ratio:.1f}:1"
    assert statuses_seen, "the status marks were among the texts checked"
    # The scroll bar's handle stands out from the window, as a control must (3:1).
    assert contrast_ratio(handle_colour(palette), palette.color(ROLE.Window)) >= 3
