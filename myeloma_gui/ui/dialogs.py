"""Small dialog factories. Tests replace these functions instead of clicking modal boxes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    # Print support is imported only when the person prints, never at start.
    from PySide6.QtPrintSupport import QPrintPreviewDialog

UnsavedChoice = Literal["save", "discard", "cancel"]


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def show_unexpected_error(
    parent: QWidget | None, text: str, save_answers: Callable[[], None] | None, closed: Callable[[], None]
) -> QMessageBox:
    """The message after an unexpected error. Opened without blocking: the app keeps running behind it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, "Something went wrong", text, QMessageBox.StandardButton.NoButton, parent
    )
    if save_answers is not None:
        save = box.addButton("&Save my answers...", QMessageBox.ButtonRole.ActionRole)
        save.clicked.connect(save_answers)
    box.addButton("&Close this message", QMessageBox.ButtonRole.AcceptRole)
    from PySide6.QtCore import Qt  # here, not at the top: see text.paragraph's note on start-up

    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(closed)
    box.open()
    return box


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
    """Where to save a file, or None if the person cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(chosen) if chosen else None


def ask_open_path(parent: QWidget | None, title: str, folder: Path, file_filter: str) -> Path | None:
    """Which file to open, or None if the person cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(folder), file_filter)
    return Path(chosen) if chosen else None


def ask_unsaved_answers(parent: QWidget | None, title: str, text: str, discard_text: str) -> UnsavedChoice:
    """Save the answers first, go on without saving them, or cancel (also Escape and the close box)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton("&Save answers...", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(discard_text, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def run_print_preview(preview: QPrintPreviewDialog) -> None:
    """Shows the print preview until it is closed; its Print button opens the system print dialog."""
    preview.exec()
