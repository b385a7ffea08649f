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
from myeloma_gui.ui.results_html import STATUS_SYMBOLS

SUMMARY_NAME = "Summary to bring to your doctor"
NOTES_HEADING = "Your own questions and notes"
NO_NOTES = "You did not write any."
NO_ANSWER = "No answer"
ANSWERS_HEADING = "Your answers"
TRIAL_QUESTIONS_INTRO = "Questions to ask about a clinical trial:"
SOURCE_HEADING = "Where this comes from"

# Qt's rich text understands this much CSS: font sizes in points, spacing only in pixels (1/96 inch
# on paper). Borders are grey lines and marks are words, so nothing depends on colour.
STYLE = """
h1 { font-size: 17pt; margin-bottom: 2px; }
h2 { font-size: 13pt; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 5px; }
ul { margin-top: 0px; margin-bottom: 5px; }
li { margin-bottom: 1px; }
td { padding: 2px 5px 2px 5px; }
.subtitle { margin-bottom: 4px; }
.option { margin-bottom: 8px; }
.disclaimer { font-style: italic; }
.address { white-space: nowrap; }
.group td { padding-top: 5px; }
"""

TABLE = (
    '<table width="100%" cellspacing="0" border="1" '
    'style="border-collapse: collapse; border-color: #999999; border-style: solid">'
)


def summary_title(results: GuideResults) -> str:
    return f"{results.content.metadata.title}: {SUMMARY_NAME.lower()}"


def summary_html(results: GuideResults, notes: str, made_on: datetime.date) -> str:
    content = results.content
    wording = content.wording
    out = [f"<html><head><style>{STYLE}</style></head><body>"]
    out.append(f"<h1>{escape(content.metadata.title)}</h1>")
    out.append(f'<p class="subtitle"><b>{escape(SUMMARY_NAME)}</b> · Made on {readable_date(made_on)}</p>')
    out.append(f'<p class="disclaimer">{escape(content.metadata.disclaimer)}</p>')
    out += _answers(results)

    if results.in_scope:
        out += [f"<p>{escape(note)}</p>" for note in results.notes]
        if results.no_fit_notice:
            out.append(f"<p><b>{escape(results.no_fit_notice)}</b></p>")
        out += _options(results)
        out.append(f"<h2>{escape(wording.classes_heading)}</h2>")
        out.append(f"<p>{escape(wording.classes_intro)}</p>")
        if results.treatments_unsure:
            out.append(f"<p>{escape(wording.unsure_treatments_note)}</p>")
        out += _drug_classes(results.drug_classes, content)
        out += _trials(results.clinical_trials, content)
        topics = results.topics
    else:
        assert results.out_of_scope is not None
        out.append(f"<h2>{escape(wording.out_of_scope_heading)}</h2>")
        out.append(f"<p>{escape(results.out_of_scope.message)}</p>")
        first = results.topics[0]
        out.append(f"<p><b>{escape(first.title)}</b></p>")
        out += [f"<p>{escape(paragraph)}</p>" for paragraph in first.summary]
        out.append(f"<p>Full page: {_address(first.url)}</p>")
        topics = results.topics[1:]

    out.append(f"<h2>{escape(wording.doctor_questions_heading)}</h2>")
    out.append(_bullets(content.doctor_questions))
    out.append(f"<h2>{escape(NOTES_HEADING)}</h2>")
    out.append(_notes(notes))
    out += _topics(topics, content)
    out += _source(content)
    out.append("</body></html>")
    return "\n".join(out)


def _answers(results: GuideResults) -> list[str]:
    content = results.content
    rows = []
    for answered in results.answered:
        said = [c.review_label or content.choice_label(c) for c in answered.choices] or [NO_ANSWER]
        rows.append(
            f'<tr><td width="34%"><b>{escape(answered.question.review_title)}</b></td>'
            f"<td>{escape(', '.join(said))}</td></tr>"
        )
    return [f"<h2>{escape(ANSWERS_HEADING)}</h2>", TABLE, *rows, "</table>"]


def _options(results: GuideResults) -> list[str]:
    labels = results.content.wording.status_labels
    out = [f"<h2>{escape(results.content.wording.options_heading)}</h2>"]
    for result in results.options:
        status = f"{STATUS_SYMBOLS[result.status]} {getattr(labels, result.status)}"
        out.append(
            f'<p class="option"><b>{escape(result.option.title)}: {escape(status)}.</b> '
            f"{escape(result.reason)}<br/>"
            f"{escape(result.option.summary)}</p>"
        )
    return out


def _drug_classes(classes: tuple[ClassResult, ...], content: Content) -> list[str]:
    wording = content.wording
    out = [TABLE]
    for result in classes:
        # The pointer to an untried group already says it was not marked, so it takes that place.
        said = wording.class_had if result.had else wording.class_not_had
        if result.pointed_out:
            said = f"→ {wording.class_untried_pointer}"
        out.append(
            f'<tr class="group"><td colspan="2"><b>{escape(result.drug_class.title)}:</b> '
            f"{escape(said)}</td></tr>"
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
    out.append(f"<p>{escape(search.explanation)}</p>")
    out.append(
        f"<ul><li>{escape(search.search_label)}: {_address(search.search_url)}</li>"
        f"<li>{escape(search.info_label)}: {_address(search.info_url)}</li>"
        f"<li>{escape(search.phone_label)}: <b>{escape(search.phone)}</b></li></ul>"
    )
    out.append(f"<p>{escape(TRIAL_QUESTIONS_INTRO)}</p>")
    out.append(_bullets(search.questions))
    return out


def _notes(notes: str) -> str:
    if not notes.strip():
        return f"<p>{escape(NO_NOTES)}</p>"
    # Keep the person's own line breaks; escape first so their text can never become markup.
    return "<p>" + escape(notes.strip()).replace("\n", "<br/>") + "</p>"


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
        out.append(f"<p>At <b>{_address(address)}</b>:</p>")
        out.append(_bullets(titles))
    return out


def _source(content: Content) -> list[str]:
    metadata = content.metadata
    source = content.source(metadata.source)
    named = f"{source.title}, {source.publisher}"
    if source.section:
        named += f". Section: {source.section}"
    out = [f"<h2>{escape(SOURCE_HEADING)}</h2>", f"<p>{escape(named)}.</p>"]
    if source.url:
        out.append(f"<p>Address: <b>{_address(source.url)}</b></p>")
    out.append(
        f"<p>The content of this guide was last checked against the source on "
        f"{readable_date(metadata.reviewed)} (content version {escape(metadata.content_version)}).</p>"
    )
    return out


def _address(url: str) -> str:
    """A web address kept on one line: broken at its hyphens, it would be copied wrongly from paper."""
    return f'<span class="address">{escape(url)}</span>'


def _bullets(items: tuple[str, ...] | list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"
