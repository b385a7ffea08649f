"""The answers of one radio-button question, in a list a screen reader passes through quietly.

Orca says the name of a radio button's group with every answer it lands on, unless the answer it came
from is a member of the same group, which it learns from AT-SPI's "member of" relation. Qt does not
tell that relation, so with the answers right inside their named group Orca said the question twice
on arriving (the group entered, then the group of the answer) and again at every arrow key. Orca
looks for a radio button's group only as far as the nearest list: inside this one, it says the
question once, as the group is entered, and then only the answers.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from myeloma_gui.ui.basics import accessible_roles


class AnswerList(QWidget):
    accessible_role = "list"

    def __init__(self, parent: QWidget | None = None) -> None:
        accessible_roles.install()
        super().__init__(parent)
