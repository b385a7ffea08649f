"""Small dialog factories. Tests replace these functions instead of clicking modal boxes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from myeloma_gui.ui.basics.words import translate

if TYPE_CHECKING:
    # Print support is imported only when the person prints, never at start.
    from PySide6.QtPrintSupport import QPrintPreviewDialog

UnsavedChoice = Literal["save", "discard", "cancel"]


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message box that shows its text as plain text: messages quote file names, which must
    never be read as markup (or as links)."""
    from PySide6.QtCore import Qt  # here, not at the top: see text.paragraph's note on start-up

    box = QMessageBox(icon, title, "", QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
    box = message_box(parent, QMessageBox.Icon.Question, title, text)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = message_box(parent, QMessageBox.Icon.Critical, title, text)
    box.addButton(translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_unexpected_error(
    parent: QWidget | None, text: str, save_answers: Callable[[], None] | None, closed: Callable[[], None]
) -> QMessageBox:
    """The message after an unexpected error. Opened without blocking: the app keeps running behind it."""
    title = translate("Dialogs", "Something went wrong")
    box = message_box(parent, QMessageBox.Icon.Warning, title, text)
    if save_answers is not None:
        save_label = translate("Dialogs", "&Save my answers...")
        save = box.addButton(save_label, QMessageBox.ButtonRole.ActionRole)
        save.clicked.connect(save_answers)
    box.addButton(translate("Dialogs", "&Close this message"), QMessageBox.ButtonRole.AcceptRole)
    from PySide6.QtCore import Qt  # here, not at the top: see text.paragraph's note on start-up

    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(closed)
    box.open()
    return box


def ask_save_path(
    parent: QWidget | None, title: str, suggested: Path, file_filter: str, suffix: str
) -> Path | None:
    """Where to save a file, or None if the person cancelled.

    The dialog adds ``suffix`` to a name typed without an ending before it checks whether the file
    exists, so replacing a file is always asked about under the file's real name.
    """
    dialog = QFileDialog(parent, title, str(suggested.parent), file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    dialog.selectFile(suggested.name)
    accepted = dialog.exec()
    chosen = dialog.selectedFiles()
    _close_for_good(dialog)
    if not accepted:
        return None
    return Path(chosen[0]) if chosen else None


def ask_open_path(parent: QWidget | None, title: str, folder: Path, file_filter: str) -> Path | None:
    """Which file to open, or None if the person cancelled."""
    dialog = QFileDialog(parent, title, str(folder), file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    accepted = dialog.exec()
    chosen = dialog.selectedFiles()
    _close_for_good(dialog)
    return Path(chosen[0]) if accepted and chosen else None


def _close_for_good(dialog: QFileDialog) -> None:
    """Destroys the dialog now (Qt writes its state as it goes), then forgets the folders it saw."""
    import shiboken6

    from myeloma_gui.ui.basics.settings_place import forget_visited_folders

    shiboken6.delete(dialog)
    forget_visited_folders()


def ask_unsaved_answers(parent: QWidget | None, title: str, text: str, discard_text: str) -> UnsavedChoice:
    """Save the answers first, go on without saving them, or cancel (also Escape and the close box)."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text)
    save = box.addButton(translate("Dialogs", "&Save answers..."), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(discard_text, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def run_print_preview(preview: QPrintPreviewDialog) -> None:
    """Shows the print preview until it is closed; its Print button opens the system print dialog."""
    preview.exec()
