"""Reading a PDF's text back the way a search box sees it: one string per page, spaces collapsed."""

from __future__ import annotations

import io
import re
import unicodedata

from pypdf import PdfReader


def page_texts(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [_readable(page.extract_text()) for page in reader.pages]


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    reader = PdfReader(io.BytesIO(data))
    return [(float(page.mediabox.width), float(page.mediabox.height)) for page in reader.pages]


def _readable(text: str) -> str:
    # pypdf puts a tab between words Qt placed one by one, and lines end wherever the layout broke
    # them: both become single spaces, as a person reading the page would see them.
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
