"""The button that opens About this guide, on every page; the window itself is made when first opened
(``about_dialog``), so a guide that is never asked about holds no copy of it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton


def about_button(label: str, show: Callable[[], None]) -> QPushButton:
    """The button that opens About this guide; each page has one at its top right (Alt+A).

    On the page, not in the wizard's row of buttons: at 200 % text that row has no room left."""
    button = QPushButton("&" + label.replace("&", "&&"))
    button.setObjectName("about_guide")
    button.setAccessibleName(label)
    button.setAutoDefault(False)  # Enter keeps meaning Next
    button.clicked.connect(show)
    return button
