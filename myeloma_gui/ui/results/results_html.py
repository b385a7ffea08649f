"""The results as the HTML the results view shows.

Every string from the content file is escaped here. Glossary words are linked where they first appear
(``glossary:<id>``); related topics link to ``topic:<id>``; the view decides what those links do.
"""

from __future__ import annotations

import re
from html import escape

from myeloma_gui.content.models import Content, GlossaryTerm, Topic
from myeloma_gui.decision.results import ClassResult, DrugResult, GuideResults
from myeloma_gui.ui.basics.status_marks import STATUS_SYMBOLS

# A text symbol beside each status's words, so that nothing is told by colour alone.


class GlossaryLinker:
    """Links the first appearance of each glossary word in the document to its definition."""

    def __init__(self, terms: tuple[GlossaryTerm, ...]) -> None:
        self._by_form = {form.casefold(): t for t in terms for form in (t.term, *t.other_forms)}
        forms = sorted(self._by_form, key=len, reverse=True)
        self._pattern = (
            re.compile(r"\b(" + "|".join(re.escape(f) for f in forms) + r")\b", re.IGNORECASE)
            if forms else None
        )
        self._linked: set[str] = set()

    def __call__(self, plain: str) -> str:
        if self._pattern is None:
            return escape(plain)
        parts: list[str] = []
        last = 0
        for match in self._pattern.finditer(plain):
            term = self._by_form[match.group(0).casefold()]
            if term.id in self._linked:
                continue
            self._linked.add(term.id)
            parts.append(escape(plain[last:match.start()]))
            parts.append(f'<a href="glossary:{term.id}">{escape(match.group(0))}</a>')
            last = match.end()
        parts.append(escape(plain[last:]))
        return "".join(parts)


def results_html(results: GuideResults) -> str:
    content = results.content
    wording = content.wording
    link = GlossaryLinker(content.glossary)
    out: list[str] = []
    if not results.in_scope:
        assert results.out_of_scope is not None
        out.append(f"<h1>{escape(wording.out_of_scope_heading)}</h1>")
        out.append(f"<p>{link(results.out_of_scope.message)}</p>")
        out += _topic_inline(results.topics[0], link)
        out += _topics(content, results.topics[1:], link)
        return "\n".join(out)

    out.append(f"<h1>{escape(wording.results_heading)}</h1>")
    out.append(f"<p>{link(wording.results_intro)}</p>")
    out += [f"<p>{link(note)}</p>" for note in results.notes]

    out.append(f"<h2>{escape(wording.options_heading)}</h2>")
    out.append(f"<p>{link(wording.options_intro)}</p>")
    if results.no_match_notice:  # plain, like any paragraph: it is not a warning
        out.append(f"<p>{link(results.no_match_notice)}</p>")
    for result in results.options:
        label = getattr(wording.status_labels, result.status)
        symbol = STATUS_SYMBOLS[result.status]
        out.append(f"<h3>{escape(result.option.title)}</h3>")
        out.append(f"<p><b>{symbol} {escape(label)}.</b> {link(result.reason)}</p>")
        out.append(f"<p>{link(result.option.summary)}</p>")
        if result.option.details:
            out.append("<ul>" + "".join(f"<li>{link(d)}</li>" for d in result.option.details) + "</ul>")

    out.append(f"<h2>{escape(wording.classes_heading)}</h2>")
    out.append(f"<p>{link(wording.classes_intro)}</p>")
    if results.treatments_note:
        out.append(f"<p>{link(results.treatments_note)}</p>")
    for class_result in results.drug_classes:
        out += _drug_class(class_result, content, link)
    if results.also_marked:
        out.append(f"<h3>{escape(wording.also_marked_heading)}</h3>")
        out.append(f"<p>{link(wording.also_marked_intro)}</p>")
        out.append("<ul>" + "".join(f"<li>{escape(t)}</li>" for t in results.also_marked) + "</ul>")

    out += _trials(results, link)

    out += _topics(content, results.topics, link)
    out += _what_matters(results)
    out.append(f"<h2>{escape(wording.doctor_questions_heading)}</h2>")
    out.append("<ul>" + "".join(f"<li>{link(q)}</li>" for q in content.doctor_questions) + "</ul>")
    out += _glossary(content)
    return "\n".join(out)


def _drug_class(result: ClassResult, content: Content, link: GlossaryLinker) -> list[str]:
    wording = content.wording
    out = [f"<h3>{escape(result.drug_class.title)}</h3>"]
    had = wording.class_had if result.had else wording.class_not_had
    out.append(f"<p><b>{escape(had)}</b></p>")
    out.append(f"<p>{link(result.drug_class.explanation)}</p>")
    if result.drugs:
        out.append(_drug_list(result.drugs, content))
    return out


def _trials(results: GuideResults, link: GlossaryLinker) -> list[str]:
    content = results.content
    wording = content.wording
    out = [f"<h2>{escape(wording.trials_heading)}</h2>"]
    out.append(f"<p>{link(wording.trials_intro)}</p>")
    for trial in results.clinical_trials:
        had = f" <b>{escape(wording.had_mark)}</b>" if trial.had else ""
        out.append(f"<h3>{escape(trial.item.title)}</h3>")
        out.append(f"<p>{link(trial.item.explanation)}{had}</p>")
        if trial.drugs:
            out.append(_drug_list(trial.drugs, content))
    search = content.trial_search
    out.append(f"<p>{link(search.explanation)}</p>")
    out.append("<ul>")
    out.append(f"<li>{escape(search.search_label)}: {_address(search.search_url)}</li>")
    out.append(f"<li>{escape(search.info_label)}: {_address(search.info_url)}</li>")
    out.append(f"<li>{escape(search.phone_label)}: <b>{escape(search.phone)}</b></li>")
    out.append("</ul>")
    out.append(f"<h3>{escape(wording.trial_questions_heading)}</h3>")
    out.append("<ul>" + "".join(f"<li>{link(q)}</li>" for q in search.questions) + "</ul>")
    return out


def _what_matters(results: GuideResults) -> list[str]:
    wording = results.content.wording
    out = [f"<h2>{escape(wording.what_matters_heading)}</h2>"]
    if not results.what_matters:
        return [*out, f"<p>{escape(wording.what_matters_empty)}</p>"]
    items = "".join(
        f"<li>{escape(line.text)}</li>" for line in results.what_matters
    )
    return [*out, f"<ul>{items}</ul>"]


def _drug_list(drugs: tuple[DrugResult, ...], content: Content) -> str:
    wording = content.wording
    items = []
    for drug in drugs:
        mark = f"<b>{escape(wording.had_mark)}</b>" if drug.had else escape(wording.not_had_mark)
        items.append(f"<li>{escape(drug.drug.label)}: {mark}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def _topics(content: Content, topics: tuple[Topic, ...], link: GlossaryLinker) -> list[str]:
    out = [f"<h2>{escape(content.wording.topics_heading)}</h2>"]
    out.append(f"<p>{link(content.wording.topics_intro)}</p>")
    out.append("<ul>")
    out += [f'<li><a href="topic:{t.id}">{escape(t.title)}</a></li>' for t in topics]
    out.append("</ul>")
    return out


def _topic_inline(topic: Topic, link: GlossaryLinker) -> list[str]:
    out = [f"<h2>{escape(topic.title)}</h2>"]
    out += [f"<p>{link(p)}</p>" for p in topic.summary]
    out.append(f'<p><a href="topic:{topic.id}">Open this topic</a> · Full page: {_address(topic.url)}</p>')
    return out


def _glossary(content: Content) -> list[str]:
    if not content.glossary:
        return []
    out = [f"<h2>{escape(content.wording.glossary_heading)}</h2>", "<ul>"]
    for term in sorted(content.glossary, key=lambda t: t.term.casefold()):
        out.append(f"<li><b>{escape(term.term)}</b>: {escape(term.definition)}</li>")
    out.append("</ul>")
    return out


def _address(url: str) -> str:
    return f'<a href="{escape(url)}">{escape(url)}</a>'
