"""The person's text size: larger with Ctrl+plus, smaller with Ctrl+minus, back to normal with Ctrl+0.

The size is a percentage of the normal size (the desktop's, but never under 13 points: many readers
are older or have poor eyesight). It applies to the whole app at once and is remembered between runs.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QWidget, QWizard

from myeloma_gui.ui.basics import text
from myeloma_gui.ui.basics.words import translate
from myeloma_gui.ui.shell.preferences import Preferences

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence

NORMAL_POINT_SIZE = 13.0
NORMAL_PERCENT = 100
# Up to twice the normal size: beyond that the wizard's buttons no longer fit a laptop screen, and
# the desktop's own magnifier serves better.
STEPS = (80, 90, 100, 110, 125, 150, 175, 200)

# Ctrl+plus needs Shift on many keyboards, so Ctrl+= (the same key) counts as plus too. The standard
# zoom keys (QKeySequence.StandardKey.ZoomIn and ZoomOut) come first; they are named in
# add_text_size_keys, which is called after the first paint: naming one of Qt's enums costs milliseconds.
LARGER_KEYS = ("ZoomIn", "Ctrl++", "Ctrl+=")
SMALLER_KEYS = ("ZoomOut", "Ctrl+-")
NORMAL_KEYS = ("Ctrl+0",)

# A platform theme can give kinds of widgets fonts of their own (GTK 3 gives buttons, answers, labels
# and tooltips its 10-point desktop font); Qt keeps those apart from the app's font, so the chosen
# size would never reach them. These are Qt's names for every kind a theme can set.
THEMED_WIDGET_KINDS = (
    "QPushButton", "QCheckBox", "QRadioButton", "QToolButton", "QLabel", "QTipLabel", "QMessageBox",
    "QMenu", "QMenuBar", "QMenuItem", "QStatusBar", "QMdiSubWindowTitleBar", "QDockWidgetTitle",
    "QAbstractItemView", "QListView", "QHeaderView", "QListBox", "QComboMenuItem", "QComboLineEdit",
    "QTabBar", "QGroupBox", "QSmallFont", "QMiniFont",
)


def normal_point_size() -> float:
    desktop = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    return max(desktop, NORMAL_POINT_SIZE)


class TextSize(QObject):
    """The chosen size, applied to the app's font; every change is stored in the preferences."""

    changed = Signal(int)

    def __init__(self, preferences: Preferences, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._preferences = preferences
        stored = preferences.text_size_percent
        self._percent = stored if stored in STEPS else NORMAL_PERCENT

    @property
    def percent(self) -> int:
        return self._percent

    def larger(self) -> None:
        self.set_percent(next((s for s in STEPS if s > self._percent), STEPS[-1]))

    def smaller(self) -> None:
        self.set_percent(next((s for s in reversed(STEPS) if s < self._percent), STEPS[0]))

    def reset(self) -> None:
        self.set_percent(NORMAL_PERCENT)

    def set_percent(self, percent: int) -> None:
        if percent not in STEPS or percent == self._percent:
            return
        self._percent = percent
        self._preferences.text_size_percent = percent
        self.apply()
        self.changed.emit(percent)

    def apply(self) -> None:
        """Sets the app's font to the chosen size, headings and small print in proportion."""
        font = QFont(QApplication.font())
        font.setPointSizeF(normal_point_size() * self._percent / 100)
        QApplication.setFont(font)
        for kind in THEMED_WIDGET_KINDS:
            QApplication.setFont(font, kind)  # type: ignore[arg-type]  # the stubs say bytes; it takes str
        text.refresh_relative_fonts()


def add_text_size_keys(window: QWidget, text_size: TextSize) -> None:
    """Ctrl+plus, Ctrl+minus and Ctrl+0 work anywhere in ``window``. Added after the first paint."""
    from PySide6.QtGui import QShortcut

    actions = ((LARGER_KEYS, text_size.larger), (SMALLER_KEYS, text_size.smaller),
               (NORMAL_KEYS, text_size.reset))
    bound: set[str] = set()
    for keys, action in actions:
        for sequence in _sequences(keys):
            # Two shortcuts on one key would cancel each other out, so each key is bound once.
            if sequence.isEmpty() or sequence.toString() in bound:
                continue
            bound.add(sequence.toString())
            shortcut = QShortcut(sequence, window)  # a window shortcut: works wherever the focus is
            shortcut.activated.connect(action)


def add_text_size_buttons(wizard: QWizard, text_size: TextSize) -> None:
    """Smaller text and Larger text buttons at the left of the wizard's row of buttons, on every page.

    The keys are there for those who know them; the buttons are for everyone else.
    """
    smaller, larger = QWizard.WizardButton.CustomButton1, QWizard.WizardButton.CustomButton2
    wizard.setOption(QWizard.WizardOption.HaveCustomButton1, True)
    wizard.setOption(QWizard.WizardOption.HaveCustomButton2, True)
    wizard.setButtonText(smaller, translate("TextSize", "Smaller text"))
    wizard.setButtonText(larger, translate("TextSize", "Larger text"))
    row = [smaller, larger, QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
           QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton]
    wizard.setButtonLayout([*row[:2], QWizard.WizardButton.Stretch, *row[2:]])
    _tab_along_the_buttons(wizard, [wizard.button(which) for which in row])
    _describe_size_buttons(wizard.button(smaller), wizard.button(larger))
    wizard.button(smaller).clicked.connect(text_size.smaller)
    wizard.button(larger).clicked.connect(text_size.larger)

    def show_limits() -> None:
        wizard.button(smaller).setEnabled(text_size.percent > STEPS[0])
        wizard.button(larger).setEnabled(text_size.percent < STEPS[-1])

    text_size.changed.connect(show_limits)
    show_limits()


def _tab_along_the_buttons(wizard: QWizard, buttons: list[QAbstractButton]) -> None:
    """Tab goes through the page, then along the buttons from left to right, as they are seen."""

    def set_order() -> None:
        # Pages added later land in the middle of that order, so it is set again on each page.
        for before, after in pairwise(buttons):
            QWidget.setTabOrder(before, after)

    wizard.currentIdChanged.connect(set_order)
    set_order()


def _describe_size_buttons(smaller: QAbstractButton, larger: QAbstractButton) -> None:
    # Whole sentences for the translators: "smaller" and "larger" change other words in many languages.
    words = {
        smaller: (
            "smaller",
            translate(
                "TextSize", "Make all the text smaller (Ctrl and minus). Ctrl and 0 sets the normal size."
            ),
            translate("TextSize", "Makes all the text smaller. The keys Ctrl and minus do the same."),
        ),
        larger: (
            "larger",
            translate(
                "TextSize", "Make all the text larger (Ctrl and plus). Ctrl and 0 sets the normal size."
            ),
            translate("TextSize", "Makes all the text larger. The keys Ctrl and plus do the same."),
        ),
    }
    for button, (what, tooltip, description) in words.items():
        assert isinstance(button, QPushButton)
        button.setObjectName(f"text_{what}")
        button.setAutoDefault(False)  # Enter keeps meaning Next
        button.setToolTip(tooltip)
        button.setAccessibleDescription(description)


def _sequences(keys: tuple[str, ...]) -> list[QKeySequence]:
    """The key sequences for these names: one of QKeySequence.StandardKey's (with every binding it has
    on this system), or a sequence such as "Ctrl+0"."""
    from PySide6.QtGui import QKeySequence

    found: list[QKeySequence] = []
    for key in keys:
        standard = getattr(QKeySequence.StandardKey, key, None)
        if standard is not None:
            found += QKeySequence.keyBindings(standard)
        else:
            found.append(QKeySequence(key))
    return found
