"""The person's own notes, and the buttons that take the results away with them.

Print..., Save as PDF..., Save answers... and Open answers.... The notes are part of the session, so
they are printed with the summary and saved with the answers. The results page shows the notes in a
tab of their own (``notes_panel``), so that at large text sizes the results keep the room they need.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from myeloma_gui.decision.results import GuideResults
from myeloma_gui.ui import text
from myeloma_gui.ui.flow_layout import FlowLayout
from myeloma_gui.ui.session import GuideSession

NOTES_LINES = 3


class NotesBox(QPlainTextEdit):
    """At least a few lines high at any text size; Tab moves on, so the keyboard never gets stuck."""

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        margins = self.contentsMargins()
        spacing = self.fontMetrics().lineSpacing()
        frame = 2 * (self.frameWidth() + int(self.document().documentMargin()))
        height = NOTES_LINES * spacing + frame + margins.top() + margins.bottom()
        return QSize(super().sizeHint().width(), height)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()


class ResultsActions(QWidget):
    open_answers_requested = Signal()

    def __init__(self, session: GuideSession, results: Callable[[], GuideResults | None]) -> None:
        super().__init__()
        self.session = session
        self._results = results
        self.setObjectName("results_actions")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)

        self.notes_panel = QWidget()
        self.notes_panel.setObjectName("notes_panel")
        notes_layout = QVBoxLayout(self.notes_panel)
        notes_label = text.paragraph(
            "Write down your own questions and notes here. They are printed with the summary and "
            "saved with your answers."
        )
        notes_layout.addWidget(notes_label)
        self.notes = NotesBox()
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName("Your own questions and notes")
        self.notes.setAccessibleDescription("Printed with the summary and saved with your answers.")
        self.notes.setPlaceholderText("For example, something you want to ask at your next visit.")
        notes_label.setBuddy(self.notes)
        self.notes.textChanged.connect(self._notes_changed)
        notes_layout.addWidget(self.notes, 1)

        self.row = row = FlowLayout()
        self.print_button = self._button(row, "&Print...", "print_summary", self.print_summary)
        self.pdf_button = self._button(row, "Save as P&DF...", "save_pdf", self.save_pdf)
        self.save_button = self._button(row, "&Save answers...", "save_answers", self.save_answers)
        self.open_button = self._button(
            row, "Op&en answers...", "open_answers", self.open_answers_requested.emit
        )
        self.print_button.setAccessibleDescription("Shows a preview first; then you choose the printer.")
        self.save_button.setAccessibleDescription("Your answers and notes, in a file you can open again.")
        layout.addLayout(row)
        self.status = text.small("")
        self.status.setObjectName("results_status")
        self.status.hide()
        layout.addWidget(self.status)

    def _button(self, row: FlowLayout, label: str, name: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(label)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter keeps meaning the wizard's own default button
        button.clicked.connect(action)
        row.addWidget(button)
        return button

    def show_notes(self) -> None:
        """Shows the session's notes, which an opened answers file may have changed."""
        if self.notes.toPlainText() != self.session.notes:
            self.notes.setPlainText(self.session.notes)
        self.status.hide()

    def _notes_changed(self) -> None:
        self.session.notes = self.notes.toPlainText()

    def print_summary(self) -> None:
        from myeloma_gui.ui.summary_actions import print_summary

        results = self._results()
        if results is not None:
            print_summary(self.window(), results, self.session.notes)

    def save_pdf(self) -> None:
        from myeloma_gui.ui.summary_actions import save_summary_pdf

        results = self._results()
        if results is None:
            return
        path = save_summary_pdf(self.window(), self.session, results)
        if path is not None:
            self._tell(f"The summary was saved as {path}")

    def save_answers(self) -> None:
        from myeloma_gui.ui.answers_files import save_answers

        path = save_answers(self.window(), self.session)
        if path is not None:
            self._tell(f"Your answers and notes were saved in {path}")

    def _tell(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()
