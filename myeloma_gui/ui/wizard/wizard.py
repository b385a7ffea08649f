"""The guide's window: a QWizard whose pages are built from the content file.

The welcome page is shown from the raw content at once; the question, review and results pages are
built once the content has been validated, just after the first paint.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget, QWizard

from myeloma_gui.content.first_page import FirstPageText
from myeloma_gui.ui.basics.words import translate
from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.wizard.welcome_page import WelcomePage

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    # These pull in pydantic; at run time they are imported after the first paint.
    from myeloma_gui.content.models import Content
    from myeloma_gui.ui.about.about_dialog import AboutDialog
    from myeloma_gui.ui.basics.page_focus import PageFocus
    from myeloma_gui.ui.session import GuideSession
    from myeloma_gui.ui.wizard.question_pages import QuestionPage

DEFAULT_SIZE = (960, 760)
# Long enough for the review page to be painted and its first words spoken; far shorter than reading it.
PREPARE_RESULTS_AFTER_MS = 300


class GuideWizard(QWizard):
    def __init__(self, first_page: FirstPageText) -> None:
        super().__init__()
        self.setObjectName("guide_wizard")
        self.setWindowTitle(first_page.title)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        # Our own words on Qt's buttons, so that they are translated with ours (Qt's "< &Back" and
        # "&Next >" would need Qt's translation; Close is the results page's).
        self.setButtonText(QWizard.WizardButton.BackButton, translate("GuideWizard", "< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, translate("GuideWizard", "&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("GuideWizard", "&Close"))
        self.resize(*DEFAULT_SIZE)
        self.session: GuideSession | None = None
        self._about_dialog: AboutDialog | None = None
        self.welcome_page = WelcomePage(first_page)
        self.setPage(PageId.WELCOME, self.welcome_page)
        self._turning_pages = False
        # The focus first: Qt's dialog buttons settle which one is the default as the focus moves.
        self.currentIdChanged.connect(self._focus_new_page)
        self.currentIdChanged.connect(self._end_return_to_review)
        self.currentIdChanged.connect(self._no_default_button_on_the_results)
        self.currentIdChanged.connect(self._name_buttons_in_words)
        self.currentIdChanged.connect(self._prepare_results_on_review)
        self._name_buttons_in_words()
        # Close only when pressed (or clicked): Enter on it, reached with Tab, must not end the guide.
        finish = self.button(QWizard.WizardButton.FinishButton)
        if isinstance(finish, QPushButton):
            finish.setAutoDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Enter means Next on every page but the last, where the default would be Close: someone
        pressing Enter while reading their results must not shut the window. (Not with the option
        NoDefaultButton: changing an option makes QWizard hide and show again everything on the
        page, and each widget tells the screen reader so; on the results, hundreds of events, which
        kept Orca silent.)"""
        from PySide6.QtCore import Qt  # not before the first paint: naming Qt costs 15 ms

        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.currentId() == PageId.RESULTS:
            event.accept()
            return
        super().keyPressEvent(event)

    def _no_default_button_on_the_results(self, page_id: int) -> None:
        """Qt makes Close the default on the last page, and a default button takes Enter even when
        it has the focus: on the results it is not one (see keyPressEvent)."""
        finish = self.button(QWizard.WizardButton.FinishButton)
        if page_id == PageId.RESULTS and isinstance(finish, QPushButton):
            finish.setDefault(False)

    def _end_return_to_review(self, page_id: int) -> None:
        if page_id in (PageId.WELCOME, PageId.REVIEW, PageId.RESULTS) and self.session is not None:
            self._show_return_to_review(False)  # back at the review (or starting over): done

    def _prepare_results_on_review(self, page_id: int) -> None:
        """On the review page the answers are final: the results are built while the person reads
        it, once the page has been painted and heard, so that Next shows them at once."""
        if page_id == PageId.REVIEW and self.session is not None:
            QTimer.singleShot(PREPARE_RESULTS_AFTER_MS, self._prepare_results_if_still_reviewing)

    def _prepare_results_if_still_reviewing(self) -> None:
        if self.currentId() == PageId.REVIEW:
            self.results_page.prepare(ahead=True)

    def _focus_new_page(self) -> None:
        if not self._turning_pages:
            self._focus_current_page()

    def _focus_current_page(self) -> None:
        """The keyboard (and so the screen reader) lands on the control the page opens on: see
        page_focus. The welcome page, which has none, keeps what Qt gave."""
        focus: PageFocus | None = getattr(self.currentPage(), "page_focus", None)
        control = focus.aimed_at() if focus is not None else None
        if control is not None and not control.hasFocus():
            control.setFocus()

    @contextmanager
    def _one_focus_move(self) -> Iterator[None]:
        """Several pages turned in one step: the focus moves once, to the page they end on.

        The pages' frame is hidden meanwhile: the wizard hides and shows every widget of each page
        it passes, and each would tell a screen reader so (about 750 events for Change, which it
        worked through before speaking). Hidden, only the first page's going and the last page's
        coming are told. The focus is let go first, or Qt would hand it to some button as it hides."""
        self._turning_pages = True
        page = self.currentPage()
        frame = page.parentWidget() if page is not None else None
        focus = QApplication.focusWidget()
        if frame is not None and focus is not None and frame.isAncestorOf(focus):
            focus.clearFocus()
        if frame is not None:
            frame.hide()
        try:
            yield
        finally:
            if frame is not None:
                frame.show()
            self._turning_pages = False
            self._focus_current_page()

    def _name_buttons_in_words(self) -> None:
        """The buttons show arrows ("< Back", "Next >") that a screen reader reads out as "less than"
        and "greater than": their names are the words alone. A page may name Next itself
        (``next_button_name``)."""
        back = translate("GuideWizard", "Back")
        self.button(QWizard.WizardButton.BackButton).setAccessibleName(back)
        next_name = getattr(self.currentPage(), "next_button_name", None) or translate("GuideWizard", "Next")
        self.button(QWizard.WizardButton.NextButton).setAccessibleName(next_name)

    def install_content(self, content: Content) -> None:
        """Builds the rest of the guide from the validated content."""
        from myeloma_gui.ui.results.results_page import ResultsPage
        from myeloma_gui.ui.session import GuideSession
        from myeloma_gui.ui.wizard.review_page import ReviewPage

        session = GuideSession(content)
        self.session = session
        self._build_question_pages()
        self.review_page = ReviewPage(session, self.go_back_to_question)
        self.setPage(PageId.REVIEW, self.review_page)
        self.results_page = ResultsPage(session, self.start_over)
        self.setPage(PageId.RESULTS, self.results_page)
        self.results_page.results_actions.open_answers_requested.connect(self.open_answers)
        self.welcome_page.open_answers_button.clicked.connect(self.open_answers)
        self.welcome_page.next_page = lambda: session.page_after(None)
        if content.welcome.for_whom is not None:
            self.welcome_page.offer_for_whom(content.welcome.for_whom, self.set_for_someone_else)
        self.welcome_page.set_ready()
        self._offer_about()
        # The focus moves once more, now that the guide is built: a screen reader has just been told
        # of every page made hidden, and would otherwise leave the last of those as what it said. On
        # the welcome page's first control it says the page's name (its heading) with it; Enter still
        # means Next there.
        self.welcome_page.open_answers_button.setFocus()

    def _build_question_pages(self) -> None:
        """The question pages and What matters, in the session's voice; built again (in place of
        the old ones) when the welcome page's choice of whom it is for changes."""
        from myeloma_gui.ui.wizard.question_pages import ChecklistPage, OneAnswerPage
        from myeloma_gui.ui.wizard.what_matters_page import WhatMattersPage

        assert self.session is not None
        session = self.session
        self._pages_for_someone_else = session.for_someone_else
        old = [*getattr(self, "question_pages", {}).values(), getattr(self, "what_matters_page", None)]
        for page in old:
            if page is not None:
                self.removePage(self._page_id_of(page))
                page.deleteLater()
        self.question_pages: dict[str, QuestionPage] = {}
        for question in session.content.questions:
            page_class = OneAnswerPage if question.kind == "one" else ChecklistPage
            page = page_class(session, question)
            page.offer_return_to_review(self.return_to_review)
            self.question_pages[question.id] = page
            self.setPage(session.question_page_id(question.id), page)
        self.what_matters_page = WhatMattersPage(session)
        self.setPage(PageId.WHAT_MATTERS, self.what_matters_page)
        if old[-1] is not None:  # built again: About this guide on each new page too
            rows = [page.top_row for page in self.question_pages.values()]
            for row in [*rows, self.what_matters_page.top_row]:
                row.addWidget(self._new_about_button())

    def _page_id_of(self, page: object) -> int:
        return next(i for i in self.pageIds() if self.page(i) is page)

    def set_for_someone_else(self, for_someone_else: bool) -> None:
        """The welcome page's choice: the questions are built again in the new voice."""
        assert self.session is not None
        self.session.set_for_someone_else(for_someone_else)
        self._follow_voice()

    def _follow_voice(self) -> None:
        """The pages and the welcome page's choice in the session's voice (after opening saved
        answers or starting over, it may have changed)."""
        assert self.session is not None
        self.welcome_page.show_for_whom(self.session.for_someone_else)
        if self.session.for_someone_else != self._pages_for_someone_else:
            if self.currentId() != PageId.WELCOME:
                self.restart()  # the pages to be replaced leave the history first
            self._build_question_pages()

    def _new_about_button(self) -> QPushButton:
        from myeloma_gui.ui.about.about_button import about_button

        assert self.session is not None
        return about_button(self.session.content.about.button_label, self.show_about)

    @property
    def about_dialog(self) -> AboutDialog:
        """The one About window, made when first asked for: its whole text, laid out, is memory a
        guide never asked about would hold for nothing."""
        if self._about_dialog is None:
            from myeloma_gui.ui.about.about_dialog import AboutDialog

            assert self.session is not None
            self._about_dialog = AboutDialog(self.session.content, self)  # in the person's own words
        return self._about_dialog

    def show_about(self) -> None:
        self.about_dialog.show_about()

    def _offer_about(self) -> None:
        """About this guide: a button at the top right of every page, all opening one window."""
        new_button = self._new_about_button
        # Made after each page's own controls, so Tab reaches it after them, before the wizard's row.
        on_welcome = new_button()
        self.welcome_page.open_row.insertWidget(1, on_welcome)
        on_welcome.show()  # the welcome page is on screen already: Qt would show it only later
        # Tab goes from Open saved answers to its neighbour, before the buttons at the bottom.
        # The choice of whom it is for comes next (made last, it would come after the bottom row):
        # the focus starts on Open saved answers, and Tab must find the choice at once.
        chain = [self.welcome_page.open_answers_button, *self.welcome_page.for_whom_buttons, on_welcome]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        top_rows = [page.top_row for page in self.question_pages.values()]
        top_rows += [self.what_matters_page.top_row, self.review_page.top_row]
        for row in top_rows:
            row.addWidget(new_button())
        # The results page's tab row holds its actions; its footer's button opens the same window.
        self.results_page.footer.show_about = self.show_about

    def go_back_to_question(self, question_id: str | None) -> None:
        """Steps back through the pages visited, so Next leads forward again as before; the pages
        on the way back offer a button that returns straight to the review. None: What matters."""
        assert self.session is not None
        target = (
            PageId.WHAT_MATTERS if question_id is None else self.session.question_page_id(question_id)
        )
        with self._one_focus_move():
            while self.currentId() != target and self.currentId() != PageId.WELCOME:
                self.back()
            self._show_return_to_review(True)

    def return_to_review(self) -> None:
        """Next, page after page, to the review; it stops at a page that still needs an answer
        (a question the changed answer brought in)."""
        with self._one_focus_move():
            while self.currentId() not in (PageId.REVIEW, PageId.RESULTS):
                page = self.currentPage()
                if page is None or not page.isComplete():
                    return
                self.next()

    def _show_return_to_review(self, shown: bool) -> None:
        for page in self.question_pages.values():
            page.show_return_to_review(shown)

    def start_over(self) -> None:
        """Clears every answer, after offering to save unsaved ones (or, if saved, asking first)."""
        from myeloma_gui.ui.answer_files.open_and_save import may_lose_answers
        from myeloma_gui.ui.basics import dialogs

        assert self.session is not None
        if self.session.has_unsaved_changes:
            agreed = may_lose_answers(self, self.session)
        else:
            agreed = dialogs.confirm(
                self, translate("GuideWizard", "Start over?"),
                translate("GuideWizard", "This clears all your answers and takes you back to the start."),
                translate("GuideWizard", "Clear my answers"),
            )
        if agreed:
            self.session.clear()
            self.restart()
            self._follow_voice()

    def open_answers(self) -> None:
        """Open answers...: on success, shows them on the review page (or the first open question)."""
        from myeloma_gui.ui.answer_files.open_and_save import open_answers

        if self.session is not None and open_answers(self, self.session):
            self._follow_voice()
            self.show_opened_answers()

    def show_opened_answers(self) -> None:
        """Walks from the start through the pages the opened answers lead to, so Back works as usual."""
        from myeloma_gui.decision.flow import unanswered_questions

        assert self.session is not None
        missing = unanswered_questions(self.session.content, self.session.answers)
        target = self.session.question_page_id(missing[0].id) if missing else PageId.REVIEW
        with self._one_focus_move():
            self.restart()
            for _ in self.pageIds():
                if self.currentId() in (target, PageId.RESULTS):  # answers outside the guide lead to results
                    break
                self.next()

    def done(self, result: int) -> None:
        """Every way of closing the window ends here (Close, the title bar, Ctrl+Q; Escape is kept
        away, see calm_keys): unsaved answers are offered for saving first, and Cancel keeps the
        window open."""
        if self.session is not None:
            from myeloma_gui.ui.answer_files.open_and_save import may_lose_answers

            if not may_lose_answers(self, self.session):
                return
        super().done(result)
