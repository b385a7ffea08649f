"""Escape and Enter that never surprise: the same on every page and under every desktop theme.

- Escape does nothing in the guide's window. A dialog closes on Escape, and the guide is a dialog
  (a QWizard): one stray press would shut it and lose the answers. It closes only through the window's
  close button, Ctrl+Q or Close, each of which offers to save unsaved answers first.
- Enter means the page's default button (Next on a question page; nothing on the results page). Some
  themes (GTK 3) let Enter press whatever button has the focus: it would tick a checklist box, or
  press Start over or Close. Here Enter on an answer, or on a button that does not take Enter
  (``autoDefault`` off), goes to the window instead, as under Qt's own style.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QWidget


def takes_enter_itself(button: QAbstractButton) -> bool:
    """A push button that Enter presses when it has the focus, under every style (Back, Next)."""
    return isinstance(button, QPushButton) and (button.autoDefault() or button.isDefault())


class CalmKeys(QObject):
    """Watches the keys pressed in ``window`` and on its buttons, before they act on them.

    Not an event filter on the whole application: that would see every event of every widget, Qt's own
    (a scroll area's viewport, a tab bar's arrows) included, and for each one PySide would make Python
    objects, and Python types for dozens of Qt's widget classes, about a MiB the guide never uses. Only
    the window (where Escape arrives when nothing in it took the key) and its buttons are watched:
    ``watch_buttons`` again whenever the window shows another page, which may have new ones."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)
        self.watch_buttons()

    def watch_buttons(self) -> None:
        """Every button now in the window (watching one twice is the same as once)."""
        for button in self._window.findChildren(QAbstractButton):
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self._window:
            return False  # a message box, the print preview, a menu: their keys are their own
        assert isinstance(event, QKeyEvent)
        # Qt's own enums are named only here, once a key is pressed: naming them at import would
        # load them all before the first page is painted (see text.paragraph).
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            return True
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(watched, QAbstractButton)
            and not takes_enter_itself(watched)
        ):
            # As if the button had let the key through: the window presses its default button.
            return QApplication.sendEvent(self._window, event)
        return False


def add_quit_keys(window: QWidget) -> None:
    """Ctrl+Q (the desktop's Quit keys) closes the window, asking about unsaved answers first."""
    for sequence in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]:
        shortcut = QShortcut(sequence, window)
        shortcut.activated.connect(window.close)
