"""The results page: the results document, related topics inside the app, and Start over.

At large text sizes on a small screen the results keep most of the window: the actions sit in the
tabs' row, and the source and disclaimer in a one-line footer (``ResultsFooter``) that shows them in
full on request, always in view while the document scrolls.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from myeloma_gui.decision.results import GuideResults
from myeloma_gui.report.build import build_report
from myeloma_gui.report.document import Report
from myeloma_gui.ui.basics import links, text
from myeloma_gui.ui.basics.accessible_roles import QuietStack
from myeloma_gui.ui.basics.page_focus import PageFocus
from myeloma_gui.ui.basics.words import translate
from myeloma_gui.ui.results.report_view import ReportView
from myeloma_gui.ui.results.results_actions import ResultsActions
from myeloma_gui.ui.results.results_footer import ResultsFooter
from myeloma_gui.ui.results.results_tabs import ResultsTabs
from myeloma_gui.ui.results.topic_view import TopicView
from myeloma_gui.ui.session import GuideSession


def glossary_hint() -> str:
    """The line under the results before a word is explained."""
    return translate(
        "ResultsPage", "Words the guide explains are shown here: rest the mouse on one, or reach it with Tab."
    )


class ResultsPage(QWizardPage):
    def __init__(self, session: GuideSession, start_over: Callable[[], None]) -> None:
        super().__init__()
        self.page_focus = PageFocus(self)  # before any other child: see PageFocus
        self.session = session
        self.results: GuideResults | None = None
        self._prepared_for: frozenset[tuple[str, object]] | None = None
        self._report: Report | None = None
        self._shown: Report | None = None
        self.setObjectName("results_page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.stack = QuietStack()
        self.stack.addWidget(self._results_panel())
        self.topic_view = TopicView()
        self.topic_view.back_requested.connect(self.show_results)
        self.stack.addWidget(self.topic_view)
        self.results_actions = ResultsActions(session, lambda: self.results)
        # The notes get a tab of their own: below the results they would squeeze them to a few lines
        # at large text sizes.
        self.tabs = ResultsTabs(translate("ResultsPage", "Your results and your notes"))
        self.tabs.addTab(self.stack, translate("ResultsPage", "Your &results"))
        self.tabs.addTab(
            self.results_actions.notes_panel, translate("ResultsPage", "Your no&tes"),
            translate("ResultsPage", "Your own questions and notes, printed with the summary"),
        )
        # Opening the notes (Alt+T, or a click) puts the typing cursor in them.
        self.tabs.currentChanged.connect(
            lambda index: self.results_actions.notes.setFocus() if index == 1 else None
        )
        # The actions share the tabs' row rather than take a row of their own.
        self.tabs.setCornerWidget(self.results_actions)
        layout.addWidget(self.tabs, 1)
        start_over_label = translate("ResultsPage", "Start &over")
        self.start_over_action = self.results_actions.more_menu.addAction(start_over_label)
        self.start_over_action.triggered.connect(start_over)
        layout.addWidget(self.results_actions.status)
        self.footer = ResultsFooter(session.content.metadata.disclaimer, session.content.about.button_label)
        layout.addWidget(self.footer)

    def _results_panel(self) -> QWidget:
        """The results document, with the meaning of a glossary word below it when one is chosen."""
        results_panel = QWidget()
        panel_layout = QVBoxLayout(results_panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        self.document = ReportView()
        self.document.setObjectName("results_document")
        self.document.setAccessibleName(translate("ResultsPage", "Your results"))
        self.document.setAccessibleDescription(translate(
            "ResultsPage",
            "The treatment options, drug groups, clinical trials and related topics for your answers."
            " Tab moves through its links.",
        ))
        self.document.topic_requested.connect(self.open_topic)
        self.document.address_requested.connect(links.open_in_browser)
        self.document.word_explained.connect(self._word_explained)
        panel_layout.addWidget(self.document, 1)
        # Always there, so the results do not jump when a meaning appears under the mouse.
        self.definition = text.paragraph(glossary_hint())
        self.definition.setObjectName("glossary_definition")
        self.definition.setAccessibleName(translate("ResultsPage", "Meaning of the word"))
        panel_layout.addWidget(self.definition)
        return results_panel

    def prepare(self, *, ahead: bool = False) -> None:
        """Builds the results; ``ahead``: while the person reads the review page (their answers are
        final there), and laid out too, so that Next shows them at once. Nothing is shown or said
        until then.

        With a screen reader listening, only the results themselves are worked out ahead: every
        widget made tells it so, and it would work through those instead of reading the review page
        (and hear the next key late). They are built on Next, with the page's own arrival."""
        answers = self.session.results_inputs()
        if self._prepared_for != answers:
            self.results = self.session.results()
            self._report = build_report(self.results)
            self._prepared_for = answers
        if ahead and QAccessible.isActive():
            return
        if self._report is not None and self._shown is not self._report:
            self.document.show_report(self._report)
            self._shown = self._report
            if ahead:
                self.document.lay_out_ahead()

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self.prepare()  # at once, if the review page was passed too quickly for it
        assert self.results is not None
        self.footer.set_source_line(self.results.source_line)
        self.results_actions.show_notes()
        self.definition.setText(glossary_hint())
        self._show_the_results()
        # The page opens on the results' first heading, which says how to read on.
        self.page_focus.aim(self.document.first_part() or self.document)

    def show_results(self) -> None:
        """Back from a topic: the results again, on the link that opened it."""
        _let_go_of_the_focus_in(self.topic_view)
        self._show_the_results()
        came_from = self.document.opened_from
        self.document.opened_from = None
        target = came_from or self.document.first_part() or self.document
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_the_results(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.stack.setCurrentIndex(0)
        self._wizard_back_button(visible=True)

    def open_topic(self, topic_id: str) -> None:
        self.topic_view.show_topic(self.session.content.topic(topic_id))
        self.tabs.setCurrentIndex(0)
        self.stack.setCurrentWidget(self.topic_view)
        # While a topic is open, "Back" means back to the results (the topic's own button); the
        # wizard's Back, to the review page, would be a second Back going somewhere else.
        self._wizard_back_button(visible=False)

    def _wizard_back_button(self, *, visible: bool) -> None:
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.BackButton).setVisible(visible)

    def _word_explained(self, explained: str, by_pointer: bool) -> None:
        """A glossary word reached with Tab, or pointed at: the line under the results explains it;
        the pointer only when it, not the keyboard, was used last (see ``LastInput``)."""
        last_input = self.document.last_input
        if by_pointer and last_input.keyboard_last:
            return
        if not by_pointer:
            last_input.keyboard_used()
        self.definition.setText(explained)

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        return -1


def _let_go_of_the_focus_in(panel: QWidget) -> None:
    """Before ``panel`` is hidden: otherwise Qt hands its focus on to the next control (Print), and the
    screen reader hears that first, then the focus's real new place."""
    focus = QApplication.focusWidget()
    if focus is not None and panel.isAncestorOf(focus):
        focus.clearFocus()
