"""Page breaks a reader expects in the printed summary.

Qt already moves a line or a table row that would cross the foot of a page onto the next one. On top
of that, a short paragraph is kept whole on one page, and a heading or a lead-in line ("At this
address:") is never left alone at the foot of a page, away from what it introduces. A one-row table
(the questions set in two columns) is kept whole with its heading: Qt would split its cells line by
line, leaving a line or two alone at the top of the next page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

# Layout positions are fractions; anything closer than this to a page boundary counts as on it.
_NEAR = 0.5


def paginate(build: Callable[[], QTextDocument], page: QSizeF) -> QTextDocument:
    """The document ``build`` makes, laid out on pages of ``page`` size, with the breaks it needs.

    Each break moves everything after it, so breaks are found one at a time, from the top, each on a
    fresh layout: Qt's own relayout after a change in the middle of a paged document can leave the
    blocks after it unplaced, so a changed document is never trusted.
    """
    breaks: set[int] = set()
    while True:
        document = build()
        for number in breaks:
            _break_before(document.findBlockByNumber(number))
        document.setPageSize(page)  # lays the whole document out, breaks included
        to_move = _first_block_to_move(document)
        if to_move is None or to_move in breaks:
            return document
        breaks.add(to_move)


def _first_block_to_move(document: QTextDocument) -> int | None:
    page_height = document.pageSize().height()
    layout = document.documentLayout()
    previous: QTextBlock | None = None
    block = document.begin()
    while block.isValid():
        following = block.next()
        heading = _heading_of_split_columns(document, block, page_height)
        if heading is not None:
            return heading.blockNumber()
        if not _in_table(block) and _should_start_page(layout, block, following, page_height):
            # A heading just above a block that moves goes with it, and so does a heading above
            # that lead-in: moved one at a time, each would leave a page break behind.
            if previous is not None and _introduces(previous) and not _in_table(previous):
                while (higher := previous.previous()).isValid() and _introduces(higher):
                    if _in_table(higher):
                        break
                    previous = higher
                return previous.blockNumber()
            return block.blockNumber()
        previous = block
        block = following
    return None


def _heading_of_split_columns(
    document: QTextDocument, block: QTextBlock, page_height: float
) -> QTextBlock | None:
    """The heading just above ``block``'s table, when that table has one row that a page foot
    splits and would fit on a page whole; None otherwise."""
    table = QTextCursor(block).currentFrame()
    if not isinstance(table, QTextTable) or table.rows() != 1:
        return None
    box = document.documentLayout().frameBoundingRect(table)
    top, bottom = box.top(), box.bottom()
    split = int(top // page_height) != int((bottom - _NEAR) // page_height)
    if not split or bottom - top >= page_height:
        return None
    above = document.findBlock(table.firstPosition() - 1)
    if not (above.isValid() and _introduces(above) and not _in_table(above)):
        return None
    # A heading above the lead-in ("Learn more", then "At this address:") goes along too.
    while (higher := above.previous()).isValid() and _introduces(higher) and not _in_table(higher):
        above = higher
    return above


def _break_before(block: QTextBlock) -> None:
    block_format = block.blockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(block_format)


def _in_table(block: QTextBlock) -> bool:
    """Whether the block is in a table cell, where Qt keeps each row whole itself.

    Asked through the block's frame: PySide 6.12's ``currentTable()`` returns None without taking a
    reference to it, and enough such calls crash Python 3.11 as it exits.
    """
    document = block.document()
    return document is not None and QTextCursor(block).currentFrame() is not document.rootFrame()


def _introduces(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0 or block.text().rstrip().endswith(":")


def _should_start_page(
    layout: QAbstractTextDocumentLayout, block: QTextBlock, following: QTextBlock, page_height: float
) -> bool:
    top, bottom = _line_span(layout, block)
    if bottom - top >= page_height or top % page_height < _NEAR:
        return False  # too tall to move, or already at the top of a page
    page = int(top // page_height)
    if int((bottom - _NEAR) // page_height) != page:
        return True
    if _introduces(block) and following.isValid():
        next_top, _ = _line_span(layout, following)
        return int(next_top // page_height) != page
    return False


def _line_span(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> tuple[float, float]:
    """Where the block's first line starts and its last line ends, from the top of the document."""
    text_layout = block.layout()
    origin = layout.blockBoundingRect(block).top()
    if text_layout is None or text_layout.lineCount() == 0:
        return origin, origin
    first = text_layout.lineAt(0)
    last = text_layout.lineAt(text_layout.lineCount() - 1)
    return origin + first.y(), origin + last.y() + last.height()
