"""The person's own notes, and the buttons that take the results away with them.

Print... and Save as PDF... as buttons; Save answers..., Open answers... (and the page's Start over)
in a More menu, so the row stays one short line at any text size and leaves the results the room.
The notes are part of the session, so they are printed with the summary and saved with the answers.
The results page shows the notes in a tab of their own (``notes_panel``), with the choices for the
printout: a name for its top line, and large print.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from myeloma_gui.decision.results import GuideResults
from myeloma_gui.ui.basics import text
from myeloma_gui.ui.basics.choice_buttons import ChoiceCheckBox
from myeloma_gui.ui.basics.words import translate
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
        self.notes_panel = self._notes_panel()

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 2)
        print_label = translate("ResultsActions", "&Print...")
        self.print_button = self._button(row, print_label, "print_summary", self.print_summary)
        pdf_label = translate("ResultsActions", "Save as P&DF...")
        self.pdf_button = self._button(row, pdf_label, "save_pdf", self.save_pdf)
        # Their names in words: a screen reader would read the dots out.
        self.print_button.setAccessibleName(translate("ResultsActions", "Print"))
        self.pdf_button.setAccessibleName(translate("ResultsActions", "Save as PDF"))
        self.print_button.setAccessibleDescription(
            translate("ResultsActions", "Shows a preview first; then you choose the printer.")
        )
        self.more_menu = QMenu(self)
        self.more_menu.setObjectName("more_menu")
        save_label = translate("ResultsActions", "&Save answers...")
        self.save_answers_action = self._action(save_label, self.save_answers)
        self.save_answers_action.setToolTip(
            translate("ResultsActions", "Your answers and notes, in a file you can open again.")
        )
        self.open_answers_action = self._action(
            translate("ResultsActions", "Op&en answers..."), self.open_answers_requested.emit
        )
        self.more_menu.addSeparator()
        self.more_button = QPushButton(translate("ResultsActions", "&More"))
        self.more_button.setObjectName("more_actions")
        self.more_button.setAccessibleName(
            translate("ResultsActions", "More: save answers, open answers, start over")
        )
        self.more_button.setAutoDefault(False)
        self.more_button.setMenu(self.more_menu)
        row.addWidget(self.more_button)
        # Messages such as "The summary was saved as ..."; the page places it.
        self.status = text.small("")
        self.status.setObjectName("results_status")
        self.status.hide()

    def _notes_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("notes_panel")
        notes_layout = QVBoxLayout(panel)
        notes_label = text.paragraph(translate(
            "ResultsActions",
            "Write down your own questions and notes here. They are printed with the summary and "
            "saved with your answers.",
        ))
        notes_layout.addWidget(notes_label)
        self.notes = NotesBox()
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName(translate("ResultsActions", "Your own questions and notes"))
        self.notes.setAccessibleDescription(
            translate("ResultsActions", "Printed with the summary and saved with your answers.")
        )
        self.notes.setPlaceholderText(
            translate("ResultsActions", "For example, something you want to ask at your next visit.")
        )
        notes_label.setBuddy(self.notes)
        self.notes.textChanged.connect(self._notes_changed)
        notes_layout.addWidget(self.notes, 1)

        name_label = text.paragraph(translate(
            "ResultsActions", "Name at the top of the printout (you can leave it empty and write it by hand):"
        ))
        self.printout_name = QLineEdit()
        self.printout_name.setObjectName("printout_name")
        self.printout_name.setAccessibleName(
            translate("ResultsActions", "Name at the top of the printout")
        )
        self.printout_name.setAccessibleDescription(
            translate("ResultsActions", "Optional. Used only for the printout; never saved.")
        )
        self.printout_name.textChanged.connect(self._name_changed)
        name_label.setBuddy(self.printout_name)
        notes_layout.addWidget(name_label)
        notes_layout.addWidget(self.printout_name)
        # A box that grows with the text, like the answers' (Qt's stays 13 pixels at any size).
        self.large_print = ChoiceCheckBox()
        self.large_print.setText(
            translate("ResultsActions", "&Large print (bigger letters, more pages)")
        )
        self.large_print.setObjectName("large_print")
        self.large_print.toggled.connect(self._large_print_changed)
        notes_layout.addWidget(self.large_print)
        return panel

    def _button(self, row: QHBoxLayout, label: str, name: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(label)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter keeps meaning the wizard's own default button
        button.clicked.connect(action)
        row.addWidget(button)
        return button

    def _action(self, label: str, action: Callable[[], object]) -> QAction:
        menu_action = self.more_menu.addAction(label)
        menu_action.triggered.connect(action)
        return menu_action

    def show_notes(self) -> None:
        """Shows the session's notes and printout choices, which an opened file or Start over may
        have changed."""
        if self.notes.toPlainText() != self.session.notes:
            self.notes.setPlainText(self.session.notes)
        if self.printout_name.text() != self.session.printout.name:
            self.printout_name.setText(self.session.printout.name)
        self.large_print.setChecked(self.session.printout.large_print)
        self.status.hide()

    def _notes_changed(self) -> None:
        self.session.notes = self.notes.toPlainText()

    def _name_changed(self, name: str) -> None:
        self.session.printout.name = name

    def _large_print_changed(self, on: bool) -> None:
        self.session.printout.large_print = on

    def print_summary(self) -> None:
        from myeloma_gui.ui.paper.print_and_pdf import print_summary

        results = self._results()
        if results is not None:
            print_summary(self.window(), self.session, results)

    def save_pdf(self) -> None:
        from myeloma_gui.ui.paper.print_and_pdf import save_summary_pdf

        results = self._results()
        if results is None:
            return
        path = save_summary_pdf(self.window(), self.session, results)
        if path is not None:
            self._tell(translate("ResultsActions", "The summary was saved as {file}").format(file=path))

    def save_answers(self) -> None:
        from myeloma_gui.ui.answer_files.open_and_save import save_answers

        path = save_answers(self.window(), self.session)
        if path is not None:
            saved = translate("ResultsActions", "Your answers and notes were saved in {file}")
            self._tell(saved.format(file=path))

    def _tell(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()
