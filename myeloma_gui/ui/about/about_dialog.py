"""About this guide: a window of its own, opened from every page of the wizard.

It is shown with ``show()`` (not a blocking ``exec()``), so the guide stays usable and tests can
read it; one window is kept and raised again rather than opening a second.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from myeloma_gui.content.models import Content
from myeloma_gui.ui.about.about_html import about_html

DEFAULT_SIZE = (720, 640)


class AboutDialog(QDialog):
    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        about = content.about
        self.setObjectName("about_dialog")
        self.setWindowTitle(about.heading)
        self.resize(*DEFAULT_SIZE)
        layout = QVBoxLayout(self)
        self.document = QTextBrowser()
        self.document.setObjectName("about_document")
        self.document.setAccessibleName(about.heading)
        self.document.setOpenLinks(False)  # nothing here opens a browser
        self.document.document().setDefaultStyleSheet(
            "h1 { font-size: x-large; } h2 { font-size: large; }"
        )
        self.document.setHtml(about_html(content))
        layout.addWidget(self.document, 1)
        self.close_button = QPushButton(about.close_label)
        self.close_button.setObjectName("about_close")
        self.close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)

    def show_about(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.document.setFocus()
