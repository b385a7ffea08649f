"""About this guide's filled-in lines: the source's date and the line that says when it was checked."""

from __future__ import annotations

from myeloma_gui.content.dates import readable_date
from myeloma_gui.content.models import Content, Fact, said


def source_date_line(content: Content) -> str:
    """The source's own "Updated" date, or the honest sentence that it could not be read."""
    about = content.about
    updated = content.metadata.source_updated
    if updated is None:
        return about.source_date_unknown
    return about.source_date_known.replace("{updated}", readable_date(updated, content.wording.months))


def checked_line(content: Content) -> str:
    metadata = content.metadata
    reviewed = readable_date(metadata.reviewed, content.wording.months)
    return (
        content.about.checked_line.replace("{reviewed}", reviewed)
        .replace("{version}", metadata.content_version)
    )


def fill_about(paragraph: str | Fact, content: Content) -> str:
    """A paragraph of About this guide with {source_date} and {checked} filled in."""
    return said(paragraph).replace("{source_date}", source_date_line(content)).replace(
        "{checked}", checked_line(content)
    )
