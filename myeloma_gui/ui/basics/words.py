"""The interface's own words, in the person's language: ``translate("Context", "English text")``.

Always called with the two strings written out in place, so that pyside6-lupdate finds every one
(.ci/update-translations); a translation installed at start-up (ui.basics.language) replaces them.
Content words never pass through here: they come from the content file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate
