"""The results as a screen reader gets them: the accessibility tree read in-process, through the same
interfaces Qt's AT-SPI bridge reads (``QAccessible.queryAccessibleInterface``), and Tab walked key by key.

Headings are headings (with their level), links are links whose names say where they go, glossary
words carry their explanation as a description, paragraphs are text that Tab passes by, and Tab
meets the links in reading order.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from myeloma_gui.content.models import Content
from myeloma_gui.decision.results import GuideResults
from myeloma_gui.report.build import build_report
from myeloma_gui.report.document import Where
from myeloma_gui.ui.results.report_widgets import ReportLink
from tests.ui.walk import start_guide, wait_for_the_results_start, walk_to_results

TYPICAL = {
    "situation": ("relapsed_or_refractory",), "stable_now": ("yes",), "grew_during_treatment": ("no",),
    "came_back_after_first": ("a_year_or_more",), "prior_treatments": ("bortezomib", "other"),
    "clinical_trial": ("maybe",),
}
Node = tuple[QAccessible.Role, str, str, bool]


def tree(interface: QAccessibleInterface) -> list[Node]:
    """Every object under ``interface``, depth first, as (role, name, description, focusable)."""
    found: list[Node] = []
    for index in range(interface.childCount()):
        child = interface.child(index)
        focusable = bool(child.state().focusable)
        found.append((child.role(), child.text(QAccessible.Text.Name),
                      child.text(QAccessible.Text.Description), focusable))
        found += tree(child)
    return found


def test_the_results_tree_has_headings_links_and_text_in_reading_order(
    qtbot: QtBot, content_path: Path, content: Content
) -> None:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, TYPICAL)
    results = wizard.results_page.results
    assert isinstance(results, GuideResults)
    view = wizard.results_page.document
    wait_for_the_results_start(qtbot, wizard)  # the results in place, the reader's focus on them
    nodes = tree(QAccessible.queryAccessibleInterface(view))

    # Every heading of the report's screen parts, in order, as a heading that Tab passes by; each
    # option and group under its part, one level down.
    headings = [(name, described) for role, name, described, focusable in nodes
                if role == QAccessible.Role.Heading and not focusable]
    assert len(headings) == sum(1 for n in nodes if n[0] == QAccessible.Role.Heading)
    report = build_report(results)
    parts = [s.heading for s in report.on(Where.SCREEN) if s.heading_where.on(Where.SCREEN)]
    names = [name for name, _ in headings]
    assert [n for n in names if n in parts] == parts
    assert ("Treatment options", "Level 2") in headings
    for option in content.options:
        assert (option.title.text, "Level 3") in headings
        assert names.index("Treatment options") < names.index(option.title.text)

    # Links: named for where they go; the related topics all there, in the results' order.
    links = [(name, described) for role, name, described, focusable in nodes if role == QAccessible.Role.Link]
    assert all(focusable for role, _, _, focusable in nodes if role == QAccessible.Role.Link)
    topics = [name for name, _ in links if name.startswith("Related topic: ")]
    assert topics == [f"Related topic: {t.title.text}" for t in results.topics]
    assert content.trial_search.search_url in [name for name, _ in links]
    # Glossary words: the explanation is the description, said after the name.
    glossary = {t.definition.text for t in content.glossary}
    explained = [described for name, described in links if name.startswith("What “")]
    assert explained
    assert all(described in glossary for described in explained)

    # Paragraphs and list items: text, read-only, never a stop for Tab.
    text = [n for n in nodes if n[0] == QAccessible.Role.StaticText]
    assert any(results.content.wording.options_intro.text == name for _, name, _, _ in text)
    assert not any(focusable for *_, focusable in text)
    # Nothing else in the results is focusable: no control that says nothing.
    focusable_roles = {role for role, *_, focusable in nodes if focusable}
    assert focusable_roles == {QAccessible.Role.Link}


def test_tab_meets_the_links_in_reading_order_and_keeps_them_in_view(
    qtbot: QtBot, content_path: Path
) -> None:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, TYPICAL)
    view = wizard.results_page.document
    wizard.activateWindow()
    wait_for_the_results_start(qtbot, wizard)
    reached: list[ReportLink] = []
    for _ in range(len(view.links) + 10):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if isinstance(focused, ReportLink):
            reached.append(focused)
            # Scrolled into view as it is reached: a sighted keyboard user sees where they are.
            place = focused.mapTo(view.viewport(), focused.rect().topLeft())
            assert view.viewport().rect().contains(place), focused.text()
        elif reached:
            break  # out of the results, on to the buttons below
    assert reached == view.links
    body = view.widget()
    assert body is not None
    tops = [link.mapTo(body, link.rect().topLeft()).y() for link in reached]
    assert tops == sorted(tops)  # top to bottom, as they are read
    # Enter on a link (here a glossary word) does what a click does.
    word = next(link for link in reached if link.target.startswith("glossary:"))
    word.setFocus()
    qtbot.keyClick(word, Qt.Key.Key_Return)
    assert wizard.results_page.definition.text().endswith(word.accessibleDescription())


def test_a_topic_opens_with_its_title_as_a_heading_and_closes_back_onto_its_link(
    qtbot: QtBot, content_path: Path, content: Content
) -> None:
    wizard = start_guide(qtbot, content_path)
    walk_to_results(wizard, TYPICAL)
    page = wizard.results_page
    wait_for_the_results_start(qtbot, wizard)
    link = next(link for link in page.document.links if link.target == "topic:stages")
    link.setFocus()
    qtbot.keyClick(link, Qt.Key.Key_Return)
    title = QAccessible.queryAccessibleInterface(page.topic_view.title)
    assert title.role() == QAccessible.Role.Heading
    assert title.text(QAccessible.Text.Name) == content.topic("stages").title.text
    assert page.topic_view.title.hasFocus()
    qtbot.keyClick(page.topic_view.back_button, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is link
