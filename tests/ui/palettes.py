"""The light and dark palettes a desktop might hand the app, for tests that look at colours.

The offscreen platform has no desktop theme to follow, so the tests set the palette themselves, as a
desktop switching to dark mode would. Both keep Qt's default pure-blue links, as some themes do, to
check that the app makes them readable on a dark page.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

ROLE = QPalette.ColorRole
GROUP = QPalette.ColorGroup
TEXT_ROLES = (ROLE.WindowText, ROLE.Text, ROLE.ButtonText)


def light_palette() -> QPalette:
    return _palette((
        (ROLE.Window, "#efefef"), (ROLE.Button, "#efefef"), (ROLE.Base, "#ffffff"),
        (ROLE.AlternateBase, "#f7f7f7"), (ROLE.Text, "#000000"), (ROLE.WindowText, "#000000"),
        (ROLE.ButtonText, "#000000"), (ROLE.Highlight, "#308cc6"), (ROLE.HighlightedText, "#ffffff"),
        (ROLE.ToolTipBase, "#ffffdc"), (ROLE.ToolTipText, "#000000"), (ROLE.PlaceholderText, "#6e6e6e"),
        (ROLE.Link, "#0000ff"), (ROLE.LinkVisited, "#ff00ff"),
    ), disabled_text="#8c8c8c")


def dark_palette() -> QPalette:
    return _palette((
        (ROLE.Window, "#353535"), (ROLE.Button, "#3c3c3c"), (ROLE.Base, "#242424"),
        (ROLE.AlternateBase, "#2f2f2f"), (ROLE.Text, "#f0f0f0"), (ROLE.WindowText, "#f0f0f0"),
        (ROLE.ButtonText, "#f0f0f0"), (ROLE.Highlight, "#2a82da"), (ROLE.HighlightedText, "#ffffff"),
        (ROLE.ToolTipBase, "#f0f0f0"), (ROLE.ToolTipText, "#242424"), (ROLE.PlaceholderText, "#a0a0a0"),
        (ROLE.Link, "#0000ff"), (ROLE.LinkVisited, "#ff00ff"),
    ), disabled_text="#808080")


def _palette(colours: tuple[tuple[QPalette.ColorRole, str], ...], disabled_text: str) -> QPalette:
    """The colours in every state; disabled controls get a dimmed text, as desktop themes do."""
    window = dict(colours)[ROLE.Window]
    palette = QPalette(QColor(window))  # fills the shading roles (Light, Mid, Dark...) from the window
    for role, colour in colours:
        palette.setColor(role, QColor(colour))
    for role in TEXT_ROLES:
        palette.setColor(GROUP.Disabled, role, QColor(disabled_text))
    return palette
