"""About this guide: one button on every page opens it; it has what a decision guide must say."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from myeloma_gui.content.dates import readable_date
from myeloma_gui.content.models import Content
from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.wizard.wizard import GuideWizard
from tests.answer_sets import CAME_BACK_LATE_STABLE, page_answers
from tests.ui.walk import answer, current_question, press_next, start_guide

ANSWERS = CAME_BACK_LATE_STABLE


def about_button(wizard: GuideWizard) -> QPushButton:
    page = wizard.currentPage()
    assert page is not None
    shown = [b for b in page.findChildren(QPushButton, "about_guide") if b.isVisible()]
    assert len(shown) == 1, f"{len(shown)} About buttons on page {wizard.currentId()}"
    return shown[0]


def open_about(wizard: GuideWizard) -> str:
    button = about_button(wizard)
    assert button.isVisible(), f"no About button on page {wizard.currentId()}"
    assert button.isEnabled()
    button.click()
    dialog = wizard.about_dialog
    assert dialog.isVisible()
    text = dialog.document.toPlainText()
    dialog.close_button.click()
    assert not dialog.isVisible()
    return text


def test_about_is_reachable_from_every_page(qtbot: QtBot, content_path: Path, content: Content) -> None:
    wizard = start_guide(qtbot, content_path)
    seen = [wizard.currentId()]
    assert open_about(wizard)
    press_next(wizard)
    while wizard.currentId() not in (PageId.WHAT_MATTERS, PageId.RESULTS):
        assert open_about(wizard)
        question = current_question(wizard).question
        answer(wizard, question.id, *page_answers(ANSWERS).get(question.id, ()))
        seen.append(wizard.currentId())
    for _ in range(2):  # What matters, then the review
        assert open_about(wizard)
        press_next(wizard)
    assert wizard.currentId() == PageId.RESULTS
    assert open_about(wizard)
    assert about_button(wizard).text().replace("&", "") == content.about.button_label
    assert about_button(wizard).accessibleName() == content.about.button_label
    assert len(seen) == len(content.questions) + 1


def test_about_says_what_a_decision_guide_must(qtbot: QtBot, content_path: Path, content: Content) -> None:
    wizard = start_guide(qtbot, content_path)
    text = open_about(wizard)
    about = content.about
    for section in about.sections:
        assert section.heading in text
    citation = next(s.citation for s in about.sections if s.citation)
    assert citation.text in text
    assert "https://www.cancer.gov/types/myeloma/patient/myeloma-treatment-pdq" in citation.text
    # The source's own date could not be read: it says so, and how to see it.
    assert content.metadata.source_updated is None
    assert about.source_date_unknown in text
    assert readable_date(content.metadata.reviewed, content.wording.months) in text
    assert content.metadata.content_version in text
    for must_say in ("does not say how well each option works", "does not rank",
                     "No company paid", "Nothing is sent anywhere", "whenever the NCI summary changes"):
        assert must_say in text, must_say
    assert "{" not in text  # every placeholder filled


def test_about_names_every_source_with_its_date_and_says_why_there_is_more_than_one(
    qtbot: QtBot, content_path: Path, content: Content
) -> None:
    text = " ".join(open_about(start_guide(qtbot, content_path)).split())
    # The NCI summary for patients: its own date could not be read, the month of the copy that matches.
    assert content.about.source_date_unknown in text
    assert "December 2025" in text
    # Each page that lists the newer approvals, with the date the results give it.
    for page in ("NCI's list of drugs approved for myeloma", "NCI's drug pages",
                 "NCI's summary for health professionals"):
        assert page in text, page
    assert text.count("December 30, 2025") >= 2
    assert "“Latest Updates to This Summary (04/25/2025)”" in text
    # Why more than one: the options come from the summary, the newer approvals from the other pages.
    why = next(s for s in content.about.sections if "more than one source" in s.heading)
    assert why.heading in text
    assert "newer approvals in a section of their own" in text
    assert "Every fact about treatment in this guide comes from one summary" not in text
