"""Where the keyboard lands when a page opens: once, on the control the page chooses.

A screen reader says what receives the focus, so a page change is heard only if the focus lands on the
new page; and Orca drops speech when the focus moves several times in one step. Qt's wizard gives the
focus to the first control of the new page in Tab order (a page answered before should open on its
answer, and the review page on the Change button that was used), Qt moves the focus away from a page
as it hides it, and going back to a question from the review turns several pages in one step.

So the wizard places the focus itself, once per step (``GuideWizard``), and each page here:
- keeps a hidden, disabled first stop in its focus chain: Qt's wizard offers the focus to the first
  widget there that Tab could reach, and a disabled widget turns the offer down, so Qt moves nothing;
- lets go of the focus as it hides, so the old page does not pass it on to some other control;
- says which control it opens on (``aim``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QApplication, QWidget, QWizard, QWizardPage


class PageFocus(QObject):
    """Made first thing in the page's constructor, before any other child, so its stop comes first."""

    def __init__(self, page: QWizardPage) -> None:
        super().__init__(page)
        self._page = page
        self._control: QWidget | None = None
        stop = QWidget(page)
        stop.setObjectName("page_focus_stop")
        stop.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        stop.setEnabled(False)
        stop.hide()  # never seen, never reached with Tab
        page.installEventFilter(self)

    def aim(self, control: QWidget | None) -> None:
        """The control the page opens on from now on."""
        self._control = control

    def aimed_at(self) -> QWidget | None:
        return self._control

    def eventFilter(self, watched: QObject, event: object) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._page and isinstance(event, QHideEvent) and not event.spontaneous():
            focus = QApplication.focusWidget()
            wizard = self._page.wizard()
            # (While the window is being destroyed, the wizard is a mere QDialog already.)
            leaving = isinstance(wizard, QWizard) and wizard.currentPage() is not self._page
            # (Qt also hides the new page for a moment while it lays it out: that one keeps the focus.)
            if leaving and focus is not None and self._page.isAncestorOf(focus):
                focus.clearFocus()  # silent: the next page gives the focus its one new place
        return False
