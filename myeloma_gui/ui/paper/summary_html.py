"""The printed summary as HTML: the report's paper parts, laid out for a page.

It decides no words: the report says what is printed, in which order, with which marks. Here each kind
of block gets its paper form (tables for answers and drug groups, two columns for short lists, every
address written out). Every string from the report is escaped here.
"""

from __future__ import annotations

from html import escape

from myeloma_gui.decision.results import GuideResults
from myeloma_gui.report.document import (
    Bullets,
    HadMark,
    MarkedGroup,
    OptionEntry,
    Pairs,
    Paragraph,
    Report,
    Section,
    WebLink,
    Where,
    WritingLines,
)
from myeloma_gui.ui.basics.words import translate

# Room to write a name by hand when none was typed.
BLANK_NAME = "_" * 40
# A ruled line to write on: an empty row with a line under it, this tall (in layout units, 1/96 inch).
WRITING_LINE_HEIGHT = 22
WRITING_GAP_PERCENT = 4

# Qt's rich text understands this much CSS: font sizes in points, spacing only in pixels (1/96 inch
# on paper). Borders are grey lines and marks are words, so nothing depends on colour.
STYLE = """
h1 { font-size: 17pt; margin-bottom: 2px; }
h2 { font-size: 13pt; margin-top: 8px; margin-bottom: 3px; }
h3 { font-size: 10pt; margin-top: 2px; margin-bottom: 2px; }
p { margin-top: 0px; margin-bottom: 5px; }
ul { margin-top: 0px; margin-bottom: 5px; }
li { margin-bottom: 1px; }
td { padding: 2px 5px 2px 5px; }
.columns td { padding: 0px; }
.subtitle { margin-bottom: 4px; }
.option { margin-bottom: 6px; }
.disclaimer { font-style: italic; }
.lead-in { margin-top: 4px; margin-bottom: 2px; }
.note { margin-bottom: 1px; }
.small { font-size: 9pt; }
.group td { padding-top: 5px; }
.write td.line { border-bottom: 1px solid #777777; }
"""

TABLE = (
    '<table width="100%" cellspacing="0" border="1" '
    'style="border-collapse: collapse; border-color: #999999; border-style: solid">'
)


def summary_title(results: GuideResults) -> str:
    return translate("SummaryHtml", "{title}: summary to bring to your doctor").format(
        title=results.content.metadata.title
    )


def summary_html(report: Report, made_on: str, name: str = "", *, for_someone_else: bool = False) -> str:
    """The whole summary: ``made_on`` the date printed on it (as people read it), ``name`` the name
    for its top line (empty: a line to write it on); ``for_someone_else`` adds a line for the name
    of the person who filled it in."""
    out = [f"<html><head><style>{STYLE}</style></head><body>"]
    for section in report.on(Where.PAPER):
        # The reference starts on a page of its own: the sheet for the appointment stays whole.
        if report.reference_starts(section):
            out.append('<p style="page-break-before: always; margin: 0px"></p>')
        out += _section(section, made_on, name, for_someone_else)
    out.append("</body></html>")
    return "\n".join(out)


def _section(section: Section, made_on: str, name: str, for_someone_else: bool) -> list[str]:
    out = []
    if section.heading_where.on(Where.PAPER):
        # The summary's title is the page's only first-level heading; the rest sit under it.
        tag = "h1" if section.key == "summary" else "h3" if section.level >= 3 else "h2"
        out.append(f"<{tag}>{escape(section.heading)}</{tag}>")
    if section.key == "summary":
        named = escape(name.strip()) or BLANK_NAME
        name_label = escape(translate("SummaryHtml", "Name:"))
        out.append(f'<p class="subtitle">{name_label} <b>{named}</b></p>')
        if for_someone_else:  # never saved, so always written by hand
            helper = escape(translate("SummaryHtml", "Filled in for them by:"))
            out.append(f'<p class="subtitle">{helper} <b>{BLANK_NAME}</b></p>')
        what = escape(translate("SummaryHtml", "Summary to bring to the doctor"))
        made = escape(translate("SummaryHtml", "Made on {date}").format(date=made_on))
        out.append(f'<p class="subtitle"><b>{what}</b> · {made}</p>')
    blocks = [
        b for b in section.blocks
        if not isinstance(b, (Paragraph, Bullets, Pairs)) or b.where.on(Where.PAPER)
    ]
    groups = [b for b in blocks if isinstance(b, MarkedGroup)]
    for block in blocks:
        if isinstance(block, Paragraph):
            kind = {"summary": "disclaimer", "notes": "note"}.get(section.key)
            out.append(_paragraph(block, kind))
        elif isinstance(block, Bullets):
            items = [_inline(item) for item in block.items if item.where.on(Where.PAPER)]
            out.append(_two_columns(items) if block.two_columns_on_paper else _bullets(items))
        elif isinstance(block, Pairs):
            out.append(_pairs(block))
        elif isinstance(block, OptionEntry):
            out.append(_option(block))
        elif isinstance(block, WritingLines):
            out.append(_writing_lines(block))
        elif block is groups[0]:  # the groups together: a list of trials, a table of drug groups
            out.append(_group_table(groups) if section.key == "drug_classes" else _group_list(groups))
    return out


def _paragraph(paragraph: Paragraph, kind: str | None) -> str:
    said = _inline(paragraph)
    if paragraph.strong:
        return f'<p class="lead-in"><b>{said}</b></p>'
    kind = "small" if paragraph.small else kind
    return f'<p class="{kind}">{said}</p>' if kind else f"<p>{said}</p>"


def _inline(paragraph: Paragraph) -> str:
    """Words escaped, a line break where the words have one, and every web address on a line of its
    own (unless it leads the line): broken at a hyphen or a slash, it would be copied wrongly from
    paper. Qt cannot be told not to break inside a line."""
    out = []
    for index, part in enumerate(paragraph.parts):
        said = escape(part.text).replace("\n", "<br/>")
        if isinstance(part, WebLink) and index and not paragraph.strong:
            said = "<br/>" + said
        out.append(said)
    return "".join(out).strip()


def _pairs(pairs: Pairs) -> str:
    rows = []
    for pair in pairs.rows:
        label, value = escape(pair.label), escape(pair.value)
        if pair.strong_value:  # what the person said stands out
            rows.append(f'<tr><td width="62%">{label}</td><td><b>{value}</b></td></tr>')
        else:  # the question stands out, as in the review
            rows.append(f'<tr><td width="40%"><b>{label}</b></td><td>{value}</td></tr>')
    return "".join([TABLE, *rows, "</table>"])


def _option(entry: OptionEntry) -> str:
    return (
        f'<p class="option"><b>{escape(entry.title)}: {escape(entry.status.text)}.</b> '
        f"{escape(entry.reason.text)} <i>{escape(entry.summary.text)}</i></p>"
    )


def _medicines(marks: tuple[HadMark, ...]) -> str:
    """The group's medicines on one line, only those the person had marked (and in bold). Each
    one's semicolon is in its own type, so the text reads back from the PDF as it was written."""
    said = []
    for number, mark in enumerate(marks, start=1):
        after = ";" if number < len(marks) else ""
        if mark.words:
            said.append(f"<b>{escape(mark.label)}: {escape(mark.words)}{after}</b>")
        else:
            said.append(f"{escape(mark.label)}{after}")
    return " ".join(said)


def _group_table(groups: list[MarkedGroup]) -> str:
    out = [TABLE]
    for group in groups:
        said = escape(group.had_words or "")
        medicines = f"<br/>{_medicines(group.marks)}" if group.marks else ""
        out.append(f'<tr class="group"><td><b>{escape(group.title)}:</b> {said}{medicines}</td></tr>')
    out.append("</table>")
    return "".join(out)


def _group_list(groups: list[MarkedGroup]) -> str:
    """Trial items and newer approvals: each title with its mark, what it is when paper carries
    that, its medicines, and where to read on."""
    items = []
    for group in groups:
        head = escape(group.title) + (f": {escape(group.had_words)}" if group.had_words else "")
        line = f"<b>{head}</b>"
        if group.explanation.where.on(Where.PAPER):  # run on: the summary stays short
            line = f"<b>{head}.</b> {_inline(group.explanation)}"
        if group.marks:
            line += f"<br/>{_medicines(group.marks)}"
        if group.see_also is not None:
            line += f"<br/><i>{_inline(group.see_also)}</i>"
        items.append(f"<li>{line}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def _writing_lines(block: WritingLines) -> str:
    """A column under each title, of empty rows with a line under each, to write on by hand. The
    columns are the cells of one row, which the page layout keeps whole with the heading above."""
    line = f'<tr><td class="line" height="{WRITING_LINE_HEIGHT}">&nbsp;</td></tr>'
    lines = f'<table class="write" width="100%" cellspacing="0" cellpadding="0">{line * block.lines}</table>'
    width = (100 - WRITING_GAP_PERCENT * (len(block.titles) - 1)) // len(block.titles)
    cells = [
        f'<td width="{width}%"><p class="lead-in"><b>{escape(t)}</b></p>{lines}</td>' for t in block.titles
    ]
    gap = f'<td width="{WRITING_GAP_PERCENT}%"></td>'  # the columns' lines do not run into each other
    return f'<table class="columns" width="100%" cellspacing="0"><tr>{gap.join(cells)}</tr></table>'



def _two_columns(items: list[str]) -> str:
    """Short items as a bulleted list in two columns, read down the first and then the second: the
    same list in half the height, so the summary fits on two pages."""
    if len(items) < 3:
        return _bullets(items)
    half = (len(items) + 1) // 2
    cells = "".join(f'<td width="50%">{_bullets(column)}</td>' for column in (items[:half], items[half:]))
    return f'<table class="columns" width="100%" cellspacing="0"><tr>{cells}</tr></table>'


def _bullets(items: list[str]) -> str:
    """Items already escaped."""
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
