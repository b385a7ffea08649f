"""Opening web addresses: only https links to the sites the content is allowed to name."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from myeloma_gui.content.models import is_known_link


def open_in_browser(url: str) -> bool:
    """Asks the system browser to open ``url``; refuses (returns False) anything not allowed."""
    if not is_known_link(url):
        return False
    return QDesktopServices.openUrl(QUrl(url))
