"""No tooltip can be read as markup: with a content file whose every sentence carries an image and a
link, each tooltip on the question pages, the results and the topics, shown as resting the mouse on
it shows it, shows those tags as the words they are (and so never loads the image)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from myeloma_gui.resources import CONTENT_FILE, bundled_file
from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.results.report_widgets import ReportLink
from myeloma_gui.ui.wizard.question_pages import QuestionPage
from tests.answer_sets import HAD_BORTEZOMIB_NOT_GROWING, page_answers
from tests.test_traced_walk import with_an_image_in_every_sentence
from tests.tooltips import as_shown, show_tooltip, widgets_with_tooltips
from tests.ui.walk import press_next, start_guide

OBJECT = "\ufffc"
"""What rich text puts in place of an image."""


def flat(words: str) -> str:
    return " ".join(words.split())


def tooltips_shown_as_words(window: QWidget, canary: Path) -> list[QWidget]:
    """Shows each tooltip on view; each must show its tags as words. The widgets whose tooltip came
    from the content file (it names the canary)."""
    from_content = []
    for widget in widgets_with_tooltips(window):
        tip = widget.toolTip()
        assert show_tooltip(widget) == tip, "the tooltip event showed the widget's tooltip"
        shown = as_shown(tip)
        assert OBJECT not in shown, f"an image in the tooltip of {widget!r}: {tip!r}"
        if str(canary) in tip:
            assert f'<img src="{canary}">' in shown, f"markup read as markup: {tip!r}"
            assert f'<a href="file://{canary}">x</a>' in shown
            from_content.append(widget)
        if isinstance(widget, ReportLink):  # a glossary word: its explanation, word for word
            assert flat(shown) == flat(widget.accessibleDescription())
    return from_content


def test_no_tooltip_built_from_content_can_be_read_as_markup(qtbot: QtBot, tmp_path: Path) -> None:
    canary = tmp_path / "canary.png"
    raw = json.loads(bundled_file(CONTENT_FILE).read_text(encoding="utf-8"))
    raw.pop("$schema", None)
    marked = tmp_path / "content.json"
    marked.write_text(json.dumps(with_an_image_in_every_sentence(raw, canary)), encoding="utf-8")
    wizard = start_guide(qtbot, marked)
    answers = page_answers(HAD_BORTEZOMIB_NOT_GROWING)

    press_next(wizard)
    while wizard.currentId() != PageId.RESULTS:
        page = wizard.currentPage()
        if isinstance(page, QuestionPage):
            for choice in answers.get(page.question.id, ()):
                page.buttons[choice].click()
        tooltips_shown_as_words(wizard, canary)
        press_next(wizard)

    results = wizard.results_page
    from_content = tooltips_shown_as_words(wizard, canary)
    explained = [link for link in results.document.links if link.accessibleDescription()]
    assert explained, "no glossary word on the results"
    assert all(link in from_content for link in explained)
    assert results.footer.details_button in from_content, "the source line"
    assert wizard.session is not None
    for topic in wizard.session.content.topics:
        results.open_topic(topic.id)
        tooltips_shown_as_words(wizard, canary)
    results.show_results()
