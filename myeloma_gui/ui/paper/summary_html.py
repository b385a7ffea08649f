"""The printed summary as HTML: what a person hands to their doctor, built from the results alone.

This is the second rendering of ``GuideResults`` beside ``results_html``: no links to follow, every
address written out, marks in words and symbols rather than colour, and nothing that needs a screen.
Every string from the content file and from the person's notes is escaped here.
"""

from __future__ import annotations

import datetime
from html import escape

from myeloma_gui.content.dates import readable_date
from myeloma_gui.content.models import Content, Topic
from myeloma_gui.decision.results import ClassResult, DrugResult, GuideResults, TrialResult
from myeloma_gui.ui.about.about_html import checked_line, fill_about
from myeloma_gui.ui.basics.status_marks import STATUS_SYMBOLS

SUMMARY_NAME = "Summary to bring to your doctor"
ANSWERS_HEADING = "Your answers"
NOTES_HEADING = "Your own questions and notes"
NAME_LABEL = "Name:"
# Room to write a name by hand when none was typed.
BLANK_NAME = "_" * 40

# Qt's rich text understands this much CSS: font sizes in points, spacing only in pixels (1/96 inch
# on paper). Borders are grey lines and marks are words, so nothing depends on colour.
STYLE = """
h1 { font-size: 17pt; margin-bottom: 2px; }
h2 { font-size: 13pt; margin-top: 11px; margin-bottom: 3px; }
h3 { font-size: 10pt; margin-top: 2px; margin-bottom: 2px; }
p { margin-top: 0px; margin-bottom: 5px; }
ul { margin-top: 0px; margin-bottom: 5px; }
li { margin-bottom: 1px; }
td { padding: 2px 5px 2px 5px; }
.columns td { padding: 0px; }
.subtitle { margin-bottom: 4px; }
.option { margin-bottom: 8px; }
.disclaimer { font-style: italic; }
.lead-in { margin-top: 4px; margin-bottom: 2px; }
.note { margin-bottom: 1px; }
.small { font-size: 9pt; }
.group td { padding-top: 5px; }
"""

TABLE = (
    '<table width="100%" cellspacing="0" border="1" '
    'style="border-collapse: collapse; border-color: #999999; border-style: solid">'
)


def summary_title(results: GuideResults) -> str:
    return f"{results.content.metadata.title}: {SUMMARY_NAME.lower()}"


def summary_html(results: GuideResults, notes: str, made_on: datetime.date, name: str = "") -> str:
    """The whole summary: ``notes`` are the person's own, ``made_on`` the date printed on it, ``name``
    the name for its top line (empty: a line to write it on)."""
    content = results.content
    out = [f"<html><head><style>{STYLE}</style></head><body>"]
    out.append(f"<h1>{escape(content.metadata.title)}</h1>")
    out.append(f'<p class="subtitle">{escape(NAME_LABEL)} <b>{escape(name.strip()) or BLANK_NAME}</b></p>')
    out.append(f'<p class="subtitle"><b>{escape(SUMMARY_NAME)}</b> · Made on {readable_date(made_on)}</p>')
    out.append(f'<p class="disclaimer">{escape(content.metadata.disclaimer)}</p>')
    out += _answers(results)
    out += _in_scope(results) if results.in_scope else _out_of_scope(results)
    if results.in_scope:  # the questions are about the options, which are not shown otherwise
        out.append(f"<h2>{escape(content.wording.doctor_questions_heading)}</h2>")
        out.append(_two_columns(content.doctor_questions))
    out += _notes(notes)
    # Out of scope, the first topic is already shown in full above.
    out += _topics(results.topics if results.in_scope else results.topics[1:], content)
    out += _about(content)
    out += _source(content)
    out.append("</body></html>")
    return "\n".join(out)


def _in_scope(results: GuideResults) -> list[str]:
    content = results.content
    wording = content.wording
    out = [f"<p>{escape(note)}</p>" for note in results.notes]
    out += _options(results)
    out.append(f"<h2>{escape(wording.classes_heading)}</h2>")
    out.append(f"<p>{escape(wording.classes_intro)}</p>")
    if results.treatments_note:
        out.append(f"<p>{escape(results.treatments_note)}</p>")
    out += _drug_classes(results.drug_classes, content)
    if results.also_marked:
        out.append(
            f'<p class="lead-in"><b>{escape(wording.also_marked_heading)}:</b> '
            f"{escape(', '.join(results.also_marked))}. {escape(wording.also_marked_intro)}</p>"
        )
    out += _trials(results.clinical_trials, content)
    out += _what_matters(results)
    return out


def _what_matters(results: GuideResults) -> list[str]:
    wording = results.content.wording
    out = [f"<h2>{escape(wording.what_matters_heading)}</h2>"]
    if not results.what_matters:
        return [*out, f"<p>{escape(wording.what_matters_empty)}</p>"]
    rows = [
        f'<tr><td width="62%">{escape(line.asked)}</td><td><b>{escape(line.said)}</b></td></tr>'
        for line in results.what_matters
    ]
    return [*out, TABLE, *rows, "</table>"]


def _out_of_scope(results: GuideResults) -> list[str]:
    assert results.out_of_scope is not None
    topic = results.topics[0]  # the topic that matches the person's situation
    out = [f"<h2>{escape(results.content.wording.out_of_scope_heading)}</h2>"]
    out.append(f"<p>{escape(results.out_of_scope.message)}</p>")
    out.append(f"<h3>{escape(topic.title)}</h3>")
    out += [f"<p>{escape(paragraph)}</p>" for paragraph in topic.summary]
    out.append(f"<p>Full page: {_address(topic.url)}</p>")
    return out


def _answers(results: GuideResults) -> list[str]:
    content = results.content
    rows = []
    for answered in results.answered:
        said = answered.said(content)
        rows.append(
            f'<tr><td width="40%"><b>{escape(answered.question.review_title)}</b></td>'
            f"<td>{escape(', '.join(said))}</td></tr>"
        )
    return [f"<h2>{escape(ANSWERS_HEADING)}</h2>", TABLE, *rows, "</table>"]


def _options(results: GuideResults) -> list[str]:
    wording = results.content.wording
    labels = wording.status_labels
    out = [f"<h2>{escape(wording.options_heading)}</h2>", f"<p>{escape(wording.options_intro)}</p>"]
    if results.no_match_notice:  # plain, like any paragraph: it is not a warning
        out.append(f"<p>{escape(results.no_match_notice)}</p>")
    for result in results.options:
        status = f"{STATUS_SYMBOLS[result.status]} {getattr(labels, result.status)}"
        out.append(
            f'<p class="option"><b>{escape(result.option.title)}: {escape(status)}.</b> '
            f"{escape(result.reason)} <i>{escape(result.option.summary)}</i></p>"
        )
    return out


def _drug_classes(classes: tuple[ClassResult, ...], content: Content) -> list[str]:
    wording = content.wording
    out = [TABLE]
    for result in classes:
        said = escape(wording.class_had if result.had else wording.class_not_had)
        out.append(
            f'<tr class="group"><td colspan="2"><b>{escape(result.drug_class.title)}:</b> {said}</td></tr>'
        )
        out += [_drug_row(drug, content) for drug in result.drugs]
    out.append("</table>")
    return out


def _drug_row(drug: DrugResult, content: Content) -> str:
    wording = content.wording
    mark = f"<b>{escape(wording.had_mark)}</b>" if drug.had else escape(wording.not_had_mark)
    return f'<tr><td width="62%">{escape(drug.drug.label)}</td><td>{mark}</td></tr>'


def _trials(trials: tuple[TrialResult, ...], content: Content) -> list[str]:
    wording = content.wording
    search = content.trial_search
    out = [f"<h2>{escape(wording.trials_heading)}</h2>", f"<p>{escape(wording.trials_intro)}</p>", "<ul>"]
    for trial in trials:
        line = f"<b>{escape(trial.item.title)}</b>"
        if trial.had and not any(drug.had for drug in trial.drugs):  # else the medicine carries the mark
            line += f": <b>{escape(wording.had_mark)}</b>"
        for drug in trial.drugs:
            mark = f"<b>{escape(wording.had_mark)}</b>" if drug.had else escape(wording.not_had_mark)
            line += f"<br/>{escape(drug.drug.label)}: {mark}"
        out.append(f"<li>{line}</li>")
    out.append("</ul>")
    # The search explanation stays on the results page; on paper the addresses and the phone number
    # say how to find trials, and the summary keeps to two pages.
    out.append(
        f"<ul><li>{escape(search.search_label)}:<br/>{_address(search.search_url)}</li>"
        f"<li>{escape(search.info_label)}:<br/>{_address(search.info_url)}</li>"
        f"<li>{escape(search.phone_label)}: <b>{escape(search.phone)}</b></li></ul>"
    )
    out.append(f"<h3>{escape(wording.trial_questions_heading)}</h3>")
    out.append(_two_columns(search.questions))
    return out


def _notes(notes: str) -> list[str]:
    if not notes.strip():
        return []
    # One paragraph per line the person wrote, so long notes break between pages like any text.
    lines = [f'<p class="note">{escape(line)}</p>' for line in notes.strip().splitlines()]
    return [f"<h2>{escape(NOTES_HEADING)}</h2>", *lines]


def _topics(topics: tuple[Topic, ...], content: Content) -> list[str]:
    """The topics under their addresses: several topics are parts of one page, so each address is
    written once, with the titles found there, in the order the results give."""
    if not topics:
        return []
    by_address: dict[str, list[str]] = {}
    for topic in topics:
        by_address.setdefault(topic.url, []).append(topic.title)
    out = [f"<h2>{escape(content.wording.topics_heading)}</h2>"]
    for address, titles in by_address.items():
        out.append(f'<p class="lead-in">At <b>{_address(address)}</b>:</p>')
        out.append(_two_columns(titles))
    return out


def _about(content: Content) -> list[str]:
    """About this guide, in short: the decision-guide items a doctor may look for on paper."""
    about = content.about
    said = " ".join(fill_about(p, content) for p in about.on_paper)
    return [f"<h2>{escape(about.heading)}</h2>", f'<p class="small">{escape(said)}</p>']


def _source(content: Content) -> list[str]:
    """The source's citation (its address on a line of its own), its section, and the review date."""
    metadata = content.metadata
    source = content.source(metadata.source)
    citation = next((s.citation for s in content.about.sections if s.citation), None)
    if citation and source.url and source.url in citation:
        before, after = citation.split(source.url, 1)
        named = f"{escape(before.strip())}<br/>{_address(source.url)}{escape(after)}"
    else:
        named = escape(f"{source.title}, {source.publisher}.")
        named += f"<br/>{_address(source.url)}" if source.url else ""
    section = f"<br/>{escape(source.section)}" if source.section else ""
    # Under About this guide, whose heading it shares: a heading of its own would start a third page.
    return [f'<p class="small">{named}{section}<br/>{escape(checked_line(content))}</p>']


def _address(url: str) -> str:
    """A web address, which callers start on a line of its own: broken at a hyphen or a slash, it
    would be copied wrongly from paper. Qt cannot be told not to break inside a line."""
    return escape(url)


def _two_columns(items: tuple[str, ...] | list[str]) -> str:
    """Short items as a bulleted list in two columns, read down the first and then the second: the
    same list in half the height, so the summary fits on two pages."""
    if len(items) < 3:
        return _bullets(items)
    half = (len(items) + 1) // 2
    cells = "".join(f'<td width="50%">{_bullets(column)}</td>' for column in (items[:half], items[half:]))
    return f'<table class="columns" width="100%" cellspacing="0"><tr>{cells}</tr></table>'


def _bullets(items: tuple[str, ...] | list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"
