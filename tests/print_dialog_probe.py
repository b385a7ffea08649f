"""The printers the window's print dialog offers, as a person reaches it: results, Print..., then the
preview's Print.... Run in a process of its own, so that the print service it asks is the one
``CUPS_SERVER`` names (libcups reads it once per process):

    python -m tests.print_dialog_probe

Prints the dialog's class, then each printer in its list, the one chosen at the start marked "*".
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget

from myeloma_gui.resources import CONTENT_FILE, bundled_file
from myeloma_gui.ui.basics import dialogs
from myeloma_gui.ui.shell.app import make_application, open_guide
from tests.answer_sets import HAD_TWO_NOT_GROWING
from tests.ui.walk import walk_to_results


def main() -> int:
    app = make_application()
    wizard = open_guide(bundled_file(CONTENT_FILE))
    assert wizard is not None
    seen: list[str] = []
    previews: list[QPrintPreviewDialog] = []

    def show_instead_of_exec(preview: QPrintPreviewDialog) -> None:
        preview.show()
        previews.append(preview)

    dialogs.run_print_preview = show_instead_of_exec

    def read_what_opens() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QWidget):
            QTimer.singleShot(10, read_what_opens)
            return
        seen.append(dialog.metaObject().className())
        printers = dialog.findChild(QComboBox, "printers")  # Qt's own name for its printer list
        if printers is not None:
            chosen = printers.currentIndex()
            for index in range(printers.count()):
                seen.append(("* " if index == chosen else "  ") + printers.itemText(index))
        dialog.close()  # cancel: nothing is printed

    def walk() -> None:
        if not wizard.welcome_page.isComplete():
            QTimer.singleShot(20, walk)
            return
        walk_to_results(wizard, HAD_TWO_NOT_GROWING)
        wizard.results_page.results_actions.print_button.click()
        QTimer.singleShot(0, read_what_opens)
        button = previews[0].findChild(QPushButton, "preview_print")
        assert button is not None
        button.click()
        previews[0].close()
        if wizard.session is not None:
            wizard.session.clear()
        wizard.close()
        app.quit()

    QTimer.singleShot(0, walk)
    app.exec()
    print("\n".join(seen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
