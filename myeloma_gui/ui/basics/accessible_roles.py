"""Headings, links and lists that assistive technology knows as such, and stacks it passes over.

A plain label reaches a screen reader as text; Qt has no property that makes it a heading or a link.
An accessibility factory can: it runs when Qt first asks about a widget (at its creation, on this
stack), so the role is a class attribute, ``accessible_role`` ("heading", "link", "list" or "filler"),
known before the widget's own ``__init__`` runs. The accessible name is set by the widget: the
interface reads it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QStackedWidget, QWidget

# Not a "panel" for the results' scroll area: Orca 43, entering a focused panel, reads every text
# inside it at once (the whole results, headings left out), with no way to stop it but a key.
_ROLES = {
    "heading": QAccessible.Role.Heading,
    "link": QAccessible.Role.Link,
    "filler": QAccessible.Role.Client,  # what AT-SPI calls a filler
    "list": QAccessible.Role.List,
}
_installed: list[bool] = []  # one entry once the factory is installed


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    del key
    if not isinstance(obj, QWidget):
        return None
    role = _ROLES.get(getattr(type(obj), "accessible_role", ""))
    return QAccessibleWidget(obj, role) if role is not None else None


def install() -> None:
    """Once per process, before the first widget with a role is made."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)


class QuietStack(QStackedWidget):
    """A stack of panels that a screen reader passes over: Qt's own is a "layered pane", which Orca
    announced twice ("layered pane, layered pane") each time the focus came into the results."""

    accessible_role = "filler"

    def __init__(self, parent: QWidget | None = None) -> None:
        install()
        super().__init__(parent)
