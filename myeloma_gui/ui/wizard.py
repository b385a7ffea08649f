"""The guide's window: a QWizard whose pages are built from the content file.

The welcome page is shown from the raw content at once; the question, review and results pages are
built once the content has been validated, just after the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWizard

from myeloma_gui.content.first_page import FirstPageText
from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.welcome_page import WelcomePage

if TYPE_CHECKING:
    # These pull in pydantic; at run time they are imported after the first paint.
    from myeloma_gui.content.models import Content
    from myeloma_gui.ui.question_pages import QuestionPage
    from myeloma_gui.ui.session import GuideSession

DEFAULT_SIZE = (960, 760)


class GuideWizard(QWizard):
    def __init__(self, first_page: FirstPageText) -> None:
        super().__init__()
        self.setObjectName("guide_wizard")
        self.setWindowTitle(first_page.title)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.resize(*DEFAULT_SIZE)
        self.session: GuideSession | None = None
        self.welcome_page = WelcomePage(first_page)
        self.setPage(PageId.WELCOME, self.welcome_page)
        self.currentIdChanged.connect(self._choose_default_button)

    def _choose_default_button(self, page_id: int) -> None:
        """Enter means Next on every page but the last, where the default would be Close: someone
        pressing Enter while reading their results must not shut the window."""
        self.setOption(QWizard.WizardOption.NoDefaultButton, page_id == PageId.RESULTS)
        if page_id in (PageId.WELCOME, PageId.REVIEW, PageId.RESULTS) and self.session is not None:
            self._show_return_to_review(False)  # back at the review (or starting over): done

    def install_content(self, content: Content) -> None:
        """Builds the rest of the guide from the validated content."""
        from myeloma_gui.ui.question_pages import ChecklistPage, OneAnswerPage
        from myeloma_gui.ui.results_page import ResultsPage
        from myeloma_gui.ui.review_page import ReviewPage
        from myeloma_gui.ui.session import GuideSession

        session = GuideSession(content)
        self.session = session
        self.question_pages: dict[str, QuestionPage] = {}
        for question in content.questions:
            page_class = OneAnswerPage if question.kind == "one" else ChecklistPage
            page = page_class(session, question)
            page.offer_return_to_review(self.return_to_review)
            self.question_pages[question.id] = page
            self.setPage(session.question_page_id(question.id), page)
        self.review_page = ReviewPage(session, self.go_back_to_question)
        self.setPage(PageId.REVIEW, self.review_page)
        self.results_page = ResultsPage(session, self.start_over)
        self.setPage(PageId.RESULTS, self.results_page)
        self.results_page.results_actions.open_answers_requested.connect(self.open_answers)
        self.welcome_page.open_answers_button.clicked.connect(self.open_answers)
        self.welcome_page.next_page = lambda: session.page_after(None)
        self.welcome_page.set_ready()
        # The welcome page has nothing else to focus: put the keyboard where the reader goes next.
        self.button(QWizard.WizardButton.NextButton).setFocus()

    def go_back_to_question(self, question_id: str) -> None:
        """Steps back through the pages visited, so Next leads forward again as before; the pages
        on the way back offer a button that returns straight to the review."""
        assert self.session is not None
        target = self.session.question_page_id(question_id)
        while self.currentId() != target and self.currentId() != PageId.WELCOME:
            self.back()
        self._show_return_to_review(True)

    def return_to_review(self) -> None:
        """Next, page after page, to the review; it stops at a page that still needs an answer
        (a question the changed answer brought in)."""
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
        from myeloma_gui.ui import dialogs
        from myeloma_gui.ui.answers_files import may_lose_answers

        assert self.session is not None
        if self.session.has_unsaved_changes:
            agreed = may_lose_answers(self, self.session)
        else:
            agreed = dialogs.confirm(
                self, "Start over?", "This clears all your answers and takes you back to the start.",
                "Clear my answers",
            )
        if agreed:
            self.session.clear()
            self.restart()

    def open_answers(self) -> None:
        """Open answers...: on success, shows them on the review page (or the first open question)."""
        from myeloma_gui.ui.answers_files import open_answers

        if self.session is not None and open_answers(self, self.session):
            self.show_opened_answers()

    def show_opened_answers(self) -> None:
        """Walks from the start through the pages the opened answers lead to, so Back works as usual."""
        from myeloma_gui.decision.flow import unanswered_questions

        assert self.session is not None
        missing = unanswered_questions(self.session.content, self.session.answers)
        target = self.session.question_page_id(missing[0].id) if missing else PageId.REVIEW
        self.restart()
        for _ in self.pageIds():
            if self.currentId() in (target, PageId.RESULTS):  # answers outside the guide lead to results
                break
            self.next()

    def done(self, result: int) -> None:
        """Every way of closing the window ends here (Close, the title bar, Escape): unsaved answers
        are offered for saving first, and Cancel keeps the window open."""
        if self.session is not None:
            from myeloma_gui.ui.answers_files import may_lose_answers

            if not may_lose_answers(self, self.session):
                return
        super().done(result)
