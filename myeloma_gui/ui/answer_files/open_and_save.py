"""Save answers... and Open answers... as a person uses them, and the question before answers are lost.

Nothing about the person is written anywhere unless they choose to save. A file that cannot be read
is refused with a plain message before anything in the open session changes; a file that cannot be
written leaves the answers in the window and says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget

from myeloma_gui.decision.saved_answers import AnswersFileError, read_answers_file, write_answers_file
from myeloma_gui.ui.basics import dialogs
from myeloma_gui.ui.basics.words import translate
from myeloma_gui.ui.session import GuideSession

ANSWERS_SUFFIX = ".json"
SUGGESTED_NAME = "myeloma-answers.json"


def answers_filter() -> str:
    return translate("AnswerFiles", "Saved answers (*.json);;All files (*)")


def save_answers(parent: QWidget | None, session: GuideSession) -> Path | None:
    """Asks where, writes the answers and notes there, and returns the file (None if not saved)."""
    suggested = session.answers_file or default_folder(session) / SUGGESTED_NAME
    title = translate("AnswerFiles", "Save your answers")
    path = chosen_path(parent, title, suggested, answers_filter(), ANSWERS_SUFFIX)
    if path is None:
        return None
    try:
        write_answers_file(path, session.to_saved(), session.content)
    except OSError as error:
        title = translate("AnswerFiles", "Your answers were not saved")
        dialogs.show_error(parent, title, cannot_write_text(path, error))
        return None
    session.mark_saved(path)
    return path


def open_answers(parent: QWidget | None, session: GuideSession) -> bool:
    """Asks which file, reads it, and only then replaces the session's answers. True if it did."""
    title = translate("AnswerFiles", "Open saved answers")
    path = dialogs.ask_open_path(parent, title, default_folder(session), answers_filter())
    if path is None:
        return False
    try:
        saved = read_answers_file(path, session.content)
    except AnswersFileError as error:
        dialogs.show_error(
            parent, translate("AnswerFiles", "This file cannot be opened"),
            translate(
                "AnswerFiles",
                "{file} cannot be opened.\n\n{problem}\n\n"
                "Nothing was changed: your answers are as they were.",
            ).format(file=path.name, problem=error),
        )
        return False
    if not may_lose_answers(parent, session):
        return False
    session.load(saved, path)
    return True


def may_lose_answers(parent: QWidget | None, session: GuideSession) -> bool:
    """Before closing, starting over or opening other answers: True when nothing unsaved would be
    lost, or the person saved or chose not to."""
    if not session.has_unsaved_changes:
        return True
    choice = dialogs.ask_unsaved_answers(
        parent, translate("AnswerFiles", "Save your answers?"),
        translate(
            "AnswerFiles",
            "Your answers and notes are not saved. This app keeps nothing unless you save it, so without "
            "saving they will be gone.",
        ),
        translate("AnswerFiles", "Don't save"),
    )
    if choice == "save":
        return save_answers(parent, session) is not None
    return choice == "discard"


def default_folder(session: GuideSession) -> Path:
    """Where file dialogs start: beside the answers file in use, else the person's documents."""
    if session.answers_file is not None:
        return session.answers_file.parent
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def chosen_path(
    parent: QWidget | None, title: str, suggested: Path, file_filter: str, suffix: str
) -> Path | None:
    """Where to save, ending in ``suffix`` so the file opens in the right program; None if cancelled.

    The dialog adds the ending to a name typed without one. A name with a dot of its own
    ("Mary.Smith") gets it here, and if that file exists the person is asked before it is replaced.
    """
    path = dialogs.ask_save_path(parent, title, suggested, file_filter, suffix)
    if path is None or path.suffix.lower() == suffix:
        return path
    path = path.with_name(path.name + suffix)
    if path.exists() and not dialogs.confirm(
        parent, translate("AnswerFiles", "Replace the file?"),
        translate("AnswerFiles", "There is already a file {file}. Replace it?").format(file=path),
        translate("AnswerFiles", "Replace it"),
    ):
        return None
    return path


def cannot_write_text(path: Path, error: OSError) -> str:
    reason = error.strerror or str(error)
    return translate(
        "AnswerFiles",
        "The file {file} could not be written: {reason}.\n\n"
        "Nothing was lost: everything is still here. Please choose another folder, such as Documents.",
    ).format(file=path, reason=reason)
