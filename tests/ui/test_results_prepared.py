"""The results are prepared while the person reads the review page, so the last Next shows them at
once; a change of answer after that is never shown stale."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.results.results_page import ResultsPage
from myeloma_gui.ui.wizard.wizard import GuideWizard
from tests.answer_sets import CAME_BACK_LATE_STABLE, Q
from tests.ui.walk import press_next, start_guide, walk_to_results


def to_the_review(qtbot: QtBot, content_path: Path) -> GuideWizard:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, CAME_BACK_LATE_STABLE)
    wizard.back()
    assert wizard.currentId() == PageId.REVIEW
    return wizard


def builds_counted(page: ResultsPage) -> list[int]:
    built: list[int] = []
    show_report = page.document.show_report

    def counting(report: object) -> None:
        built.append(1)
        show_report(report)  # type: ignore[arg-type]

    page.document.show_report = counting  # type: ignore[method-assign]
    return built


def preparations_ahead(page: ResultsPage) -> list[int]:
    """Records each time the wizard prepares the results while the review page is read."""
    prepared: list[int] = []
    prepare = page.prepare

    def recording(*, ahead: bool = False) -> None:
        prepared.extend([1] if ahead else [])
        prepare(ahead=ahead)

    page.prepare = recording  # type: ignore[method-assign]
    return prepared


def test_reading_the_review_page_prepares_the_results_and_next_only_shows_them(
    qtbot: QtBot, content_path: Path
) -> None:
    wizard = to_the_review(qtbot, content_path)
    built = builds_counted(wizard.results_page)
    assert wizard.session is not None
    wizard.session.answers[Q.TRIAL] = "yes"  # as Change would
    qtbot.waitUntil(lambda: built == [1])  # reading the review page: prepared meanwhile
    press_next(wizard)
    assert wizard.currentId() == PageId.RESULTS
    assert built == [1], "Next showed what was prepared, without building it again"
    assert "You said you would consider a clinical trial" in wizard.results_page.document.toPlainText()


def test_a_change_after_the_results_were_prepared_is_never_shown_stale(
    qtbot: QtBot, content_path: Path
) -> None:
    wizard = to_the_review(qtbot, content_path)
    ahead = preparations_ahead(wizard.results_page)
    qtbot.waitUntil(lambda: ahead == [1])  # prepared (again) while the review page is read
    built = builds_counted(wizard.results_page)
    before = wizard.results_page.document.toPlainText()
    assert wizard.session is not None
    wizard.session.answers[Q.STABLE_NOW] = "no"
    press_next(wizard)  # at once: no time to prepare again
    assert built == [1], "built again, for the new answer"
    after = wizard.results_page.document.toPlainText()
    assert after != before
    assert "You said your myeloma is not stable now" in after
