"""The results page as a reader uses it: links to topics and glossary words, reached with Tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QEnterEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QWizard
from pytestqt.qtbot import QtBot

from myeloma_gui.content.dates import readable_date
from myeloma_gui.content.models import Content
from myeloma_gui.ui.basics import links
from myeloma_gui.ui.results.report_widgets import ReportLink, ReportText
from myeloma_gui.ui.results.results_page import glossary_hint
from myeloma_gui.ui.wizard.wizard import GuideWizard
from tests.answer_sets import disease
from tests.ui.walk import start_guide, walk_to_results

TYPICAL = disease("no", "no", "a_year_or_more", treatments=("bortezomib",), trial="maybe")


@pytest.fixture
def results(qtbot: QtBot, content_path: Path) -> GuideWizard:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, TYPICAL)
    return wizard


def focused_target() -> str:
    """Where the link with the keyboard focus goes ("topic:<id>", "glossary:<id>", an address)."""
    focused = QApplication.focusWidget()
    return focused.target if isinstance(focused, ReportLink) else ""


def tab_to_link(qtbot: QtBot, wizard: GuideWizard, href: str) -> None:
    """Presses Tab from the top of the results until the link to ``href`` has the focus."""
    document = wizard.results_page.document
    document.setFocus()
    for _ in range(300):
        qtbot.keyClick(QApplication.focusWidget() or document, Qt.Key.Key_Tab)
        if focused_target() == href:
            return
    raise AssertionError(f"Tab never reached the link {href}")


def test_every_related_topic_opens_inside_the_app_and_back_again(
    qtbot: QtBot, results: GuideWizard, content: Content
) -> None:
    page = results.results_page
    for topic in content.topics:
        tab_to_link(qtbot, results, f"topic:{topic.id}")
        opener = QApplication.focusWidget()
        qtbot.keyClick(opener, Qt.Key.Key_Return)
        view = page.topic_view
        assert page.stack.currentWidget() is view
        # Title, each paragraph, then the address: read in that order, one part at a time.
        parts = [part.text() for part in view.column.parts()]
        assert parts[: len(topic.summary) + 1] == [topic.title.text, *(p.text for p in topic.summary)]
        assert topic.url in parts[len(topic.summary) + 1]
        assert QApplication.focusWidget() is view.title
        wizard_back = results.button(QWizard.WizardButton.BackButton)
        assert not wizard_back.isVisible()  # one Back only: the topic's, to the results
        view.back_button.click()
        assert page.stack.currentIndex() == 0
        assert wizard_back.isVisible()
        assert QApplication.focusWidget() is opener  # back where the person left off


def record_opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Stands in for the system browser, which a test must not start."""
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return opened


def test_the_full_page_opens_in_the_browser_only_on_request(
    results: GuideWizard, content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = record_opened_urls(monkeypatch)
    page = results.results_page
    page.open_topic("stages")
    assert opened == []
    page.topic_view.open_button.click()
    assert opened == [content.topic("stages").url]


def test_links_to_unknown_sites_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    opened = record_opened_urls(monkeypatch)
    assert not links.open_in_browser("https://example.com/")
    assert not links.open_in_browser("http://www.cancer.gov/")
    assert not links.open_in_browser("file:///etc/passwd")
    assert opened == []


def test_a_glossary_word_is_explained_when_reached_with_tab(
    qtbot: QtBot, results: GuideWizard, content: Content
) -> None:
    document = results.results_page.document
    room_before = document.height()
    term = next(t for t in content.glossary if t.id == "clinical_trial")
    tab_to_link(qtbot, results, f"glossary:{term.id}")
    definition = results.results_page.definition
    assert definition.isVisible()
    assert document.height() == room_before  # the results do not jump as the meaning appears
    assert definition.text() == f"{term.term}: {term.definition}"


def test_the_source_date_and_disclaimer_stay_in_reach(results: GuideWizard, content: Content) -> None:
    page = results.results_page
    page.document.verticalScrollBar().setValue(page.document.verticalScrollBar().maximum())
    footer = page.footer
    assert footer.note.isVisible()
    assert footer.note.text() == "This guide is not medical advice."
    footer.details_button.click()  # the full text, one click away, in About this guide
    about = results.about_dialog
    assert about.isVisible()
    text = about.document.toPlainText()
    assert about.windowTitle() == content.about.heading
    assert readable_date(content.metadata.reviewed, content.wording.months) in text
    assert content.source("pdq_relapsed").title in text
    assert content.metadata.disclaimer in text
    page.open_topic("stages")  # still there while a topic is open
    assert footer.details_button.isVisible()


def test_results_show_every_drug_with_brands_and_had_marks(results: GuideWizard, content: Content) -> None:
    shown = results.results_page.document.toPlainText()
    wording = content.wording
    for drug in content.all_drugs():  # every medicine named; only the one had is marked
        assert drug.label in shown
        assert (f"{drug.label}: {wording.had_mark}" in shown) is (drug.id == "bortezomib")
    assert "not marked" not in shown.casefold()
    # Classes in the source's order, each saying whether a medicine from it was had.
    positions = [shown.index(c.title.text) for c in content.drug_classes]
    assert positions == sorted(positions)
    assert shown.count(wording.class_had) == 1
    assert content.trial_search.phone.text in shown
    for question in content.doctor_questions:
        assert question in shown


def test_content_text_cannot_inject_markup(qtbot: QtBot, tmp_path: Path, content_path: Path) -> None:
    import json

    raw = json.loads(content_path.read_text(encoding="utf-8"))
    raw["options"][0]["summary"]["text"] = '<img src="https://www.cancer.gov/x.png"><b>bold</b> & more'
    edited = tmp_path / "content.json"
    edited.write_text(json.dumps(raw), encoding="utf-8")
    wizard = start_guide(qtbot, edited)
    walk_to_results(wizard, TYPICAL)
    shown = wizard.results_page.document.toPlainText()
    assert '<img src="https://www.cancer.gov/x.png"><b>bold</b> & more' in shown
    # Shown as the words they are: every label of the results takes plain text only.
    labels = wizard.results_page.document.reading_order()
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)



def test_may_include_no_pointer_to_untried_groups_and_you_also_marked(
    qtbot: QtBot, content_path: Path, content: Content
) -> None:
    wizard = start_guide(qtbot, content_path)
    treatments = ("bortezomib", "stem_cell_transplant", "other", "dont_remember")
    walk_to_results(wizard, disease("no", "yes", "never_went_away", treatments=treatments))
    shown = wizard.results_page.document.toPlainText()
    wording = content.wording
    assert wording.options_intro.text in shown
    assert "may include" in wording.options_intro.text
    assert wording.classes_intro.text in shown
    assert "may include" in wording.classes_intro.text
    assert "→" not in shown
    assert f"Chemotherapy\n{wording.class_not_had}" in shown  # a transplant is not filed as chemotherapy
    also = shown.index(wording.also_marked_heading)
    assert shown.index("Corticosteroid therapy") < also < shown.index(wording.trials_heading)
    assert "• Stem cell transplant\n• Another treatment" in shown[also:]
    assert content.wording.unsure_treatments_note in shown


def test_opening_the_notes_tab_puts_the_cursor_in_the_notes(qtbot: QtBot, results: GuideWizard) -> None:
    results.activateWindow()
    page = results.results_page
    qtbot.keyClick(page.document, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == 1
    qtbot.waitUntil(page.results_actions.notes.hasFocus)
    qtbot.keyClicks(page.results_actions.notes, "Ask about pain")
    assert results.session is not None
    assert results.session.notes == "Ask about pain"


def test_a_word_under_a_resting_pointer_is_not_explained_when_the_results_appear(
    qtbot: QtBot, results: GuideWizard, content: Content
) -> None:
    """The results come into view under a pointer that rests where a word lands (Qt then says the
    pointer came over it): the line keeps its hint until the pointer moves."""
    page = results.results_page
    waiting = next(t for t in content.glossary if t.id == "watchful_waiting")
    waiting_link = next(w for w in page.document.links if w.target == f"glossary:{waiting.id}")
    waiting_link.pointed_at.emit()
    assert page.definition.text() == glossary_hint()
    viewport = page.document.viewport()
    qtbot.mouseMove(viewport, viewport.rect().center() + QPoint(3, 3))
    waiting_link.pointed_at.emit()
    assert page.definition.text().startswith(f"{waiting.term}:")


def test_the_glossary_line_follows_the_keyboard_or_the_pointer_whichever_was_used_last(
    qtbot: QtBot, results: GuideWizard, content: Content
) -> None:
    page = results.results_page
    results.activateWindow()  # the keyboard focus, as a person's window has it
    qtbot.waitUntil(results.isActiveWindow)
    trial = next(t for t in content.glossary if t.id == "clinical_trial")
    waiting = next(t for t in content.glossary if t.id == "watchful_waiting")
    tab_to_link(qtbot, results, f"glossary:{trial.id}")
    assert page.definition.text().startswith(f"{trial.term}:")
    # A pointer resting on another word (the page scrolled under it) does not take the line over.
    waiting_link = next(w for w in page.document.links if w.target == f"glossary:{waiting.id}")
    waiting_link.pointed_at.emit()
    assert page.definition.text().startswith(f"{trial.term}:")
    # Once the pointer is moved, the word under it is explained.
    viewport = page.document.viewport()
    qtbot.mouseMove(viewport, viewport.rect().center())
    qtbot.mouseMove(viewport, viewport.rect().center() + QPoint(5, 5))
    waiting_link.pointed_at.emit()
    assert page.definition.text().startswith(f"{waiting.term}:")
    # And back to the keyboard: Tab on to the next word.
    href = ""
    while not href.startswith("glossary:"):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        href = focused_target()
    reached = next(t for t in content.glossary if f"glossary:{t.id}" == href)
    assert reached != waiting
    assert page.definition.text().startswith(f"{reached.term}:")
    # The pointer moves and explains a word; then the page is scrolled with the keyboard under the
    # resting pointer: the keyboard was used last, so the word now under it is not explained.
    qtbot.mouseMove(viewport, viewport.rect().center() + QPoint(9, 9))
    waiting_link.pointed_at.emit()
    assert page.definition.text().startswith(f"{waiting.term}:")
    qtbot.keyClick(page.document, Qt.Key.Key_PageDown)
    trial_link = next(w for w in page.document.links if w.target == f"glossary:{trial.id}")
    trial_link.pointed_at.emit()
    assert page.definition.text().startswith(f"{waiting.term}:")
    # A turn of the wheel is the pointer's: the word it brings under the pointer is explained.
    center = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        center, QPointF(viewport.mapToGlobal(center.toPoint())), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(viewport, wheel)
    trial_link.pointed_at.emit()
    assert page.definition.text().startswith(f"{trial.term}:")
    # A reading key (Down from the first heading to the paragraph under it) is the keyboard's again.
    first = page.document.first_part()
    assert first is not None
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert isinstance(QApplication.focusWidget(), ReportText)
    waiting_link.pointed_at.emit()
    assert page.definition.text().startswith(f"{trial.term}:")


def test_words_can_be_selected_with_the_mouse_once_it_is_over_them(qtbot: QtBot, content_path: Path) -> None:
    """(From the moment the pointer comes over a paragraph: a selectable label carries a text document
    of its own, a few MiB for all of them, which only the one pointed at needs.)"""
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, TYPICAL)
    results = next(p for p in wizard.results_page.document.parts() if type(p) is ReportText)
    review = wizard.review_page.findChild(QLabel, "review_answer_situation")
    assert review is not None
    for label in (results, review):
        selectable = Qt.TextInteractionFlag.TextSelectableByMouse
        assert not label.textInteractionFlags() & selectable
        inside = QPointF(2, 2)
        QApplication.sendEvent(label, QEnterEvent(inside, inside, label.mapToGlobal(inside)))
        assert label.textInteractionFlags() & selectable, label.text()
        assert label.focusPolicy() == Qt.FocusPolicy.NoFocus  # still never a stop for Tab
