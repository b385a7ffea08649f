"""The report for one person's results: every wording decision for screen, paper and data, made once.

The words come from the content file (and, for the few lines only the printed summary has, from the
constants below). Which parts show where is decided here too: paper has the answers, the person's
notes, About this guide in short and the source; the screen has links, details and the glossary.
"""

from __future__ import annotations

from myeloma_gui.content.models import Content, Topic
from myeloma_gui.decision.results import ClassResult, DrugResult, GuideResults, OptionResult, TrialResult
from myeloma_gui.report.about_words import checked_line, fill_about
from myeloma_gui.report.document import (
    Block,
    Bullets,
    HadMark,
    Inline,
    MarkedGroup,
    OptionEntry,
    Pair,
    Pairs,
    Paragraph,
    Report,
    Section,
    StatusMark,
    TopicLink,
    WebLink,
    Where,
    Words,
)
from myeloma_gui.report.glossary_words import GlossaryWords
from myeloma_gui.report.status_marks import STATUS_SYMBOLS

SCREEN, PAPER, BOTH = Where.SCREEN, Where.PAPER, Where.BOTH


def build_report(results: GuideResults, notes: str = "") -> Report:
    """``notes`` are the person's own, printed with the summary."""
    content = results.content
    glossary = GlossaryWords(content.glossary)
    sections = _paper_top(results)
    if results.in_scope:
        sections += _in_scope(results, glossary)
    else:
        sections += _out_of_scope(results, glossary)
    sections += _notes(notes, content)
    sections += _paper_topics(results.topics if results.in_scope else results.topics[1:], content)
    if results.in_scope:
        sections.append(_glossary(content))
    sections += _about(content)
    return Report(content.metadata.title, tuple(sections))


def _paper_top(results: GuideResults) -> list[Section]:
    """The summary's title (paper adds the name line and the date under it), and the answers."""
    content = results.content
    answers = Pairs(
        tuple(Pair(a.question.review_title, ", ".join(a.said(content))) for a in results.answered)
    )
    return [
        Section("summary", content.metadata.title, 1, (_plain(content.metadata.disclaimer),), where=PAPER),
        Section("answers", content.wording.answers_heading, 2, (answers,), where=PAPER),
    ]


def _in_scope(results: GuideResults, glossary: GlossaryWords) -> list[Section]:
    content = results.content
    wording = content.wording
    top = Section(
        "results", wording.results_heading, 1,
        (glossary(wording.results_intro.text, where=SCREEN), *(glossary(n) for n in results.notes)),
        heading_where=SCREEN,
    )
    options: list[Block] = [glossary(wording.options_intro.text)]
    if results.no_match_notice:  # plain, like any paragraph: it is not a warning
        options.append(glossary(results.no_match_notice))
    options += [_option(r, content, glossary) for r in results.options]
    classes: list[Block] = [glossary(wording.classes_intro.text)]
    if results.treatments_note:
        classes.append(glossary(results.treatments_note))
    classes += [_drug_class(c, content, glossary) for c in results.drug_classes]
    if results.also_marked:  # on paper one line under the groups: the summary keeps to two pages
        line = f"{wording.also_marked_heading}: {', '.join(results.also_marked)}. {wording.also_marked_intro}"
        classes.append(Paragraph((Words(line),), where=PAPER))
    sections = [
        top,
        Section("options", wording.options_heading, 2, tuple(options)),
        Section("drug_classes", wording.classes_heading, 2, tuple(classes)),
    ]
    if results.also_marked:
        sections.append(Section(
            "also_marked", wording.also_marked_heading, 3,
            (glossary(wording.also_marked_intro), Bullets(tuple(_plain(t) for t in results.also_marked))),
            where=SCREEN,
        ))
    sections += _trials(results, glossary)
    sections.append(_screen_topics(content, results.topics, glossary))
    sections.append(_what_matters(results))
    sections.append(Section(
        "doctor_questions", wording.doctor_questions_heading, 2,
        (Bullets(tuple(glossary(q) for q in content.doctor_questions), two_columns_on_paper=True),),
    ))
    return sections


def _option(result: OptionResult, content: Content, glossary: GlossaryWords) -> OptionEntry:
    words = getattr(content.wording.status_labels, result.status)
    return OptionEntry(
        option_id=result.option.id,
        title=result.option.title.text,
        status=StatusMark(result.status, words, STATUS_SYMBOLS[result.status]),
        reason=glossary(result.reason),
        summary=glossary(result.option.summary.text),
        details=tuple(glossary(d.text, where=SCREEN) for d in result.option.details),
    )


def _marks(drugs: tuple[DrugResult, ...], content: Content) -> tuple[HadMark, ...]:
    wording = content.wording
    return tuple(
        HadMark(d.drug.id, d.drug.label, d.had, wording.had_mark if d.had else wording.not_had_mark)
        for d in drugs
    )


def _drug_class(result: ClassResult, content: Content, glossary: GlossaryWords) -> MarkedGroup:
    wording = content.wording
    return MarkedGroup(
        group_id=result.drug_class.id,
        title=result.drug_class.title.text,
        had=result.had,
        had_words=wording.class_had if result.had else wording.class_not_had,
        explanation=glossary(result.drug_class.explanation.text, where=SCREEN),
        marks=_marks(result.drugs, content),
    )


def _trial(trial: TrialResult, content: Content, glossary: GlossaryWords) -> MarkedGroup:
    # A trial the person was in carries the mark itself only when none of its medicines does.
    own_mark = trial.had and not any(d.had for d in trial.drugs)
    return MarkedGroup(
        group_id=trial.item.id,
        title=trial.item.title.text,
        had=trial.had,
        had_words=content.wording.had_mark if own_mark else None,
        explanation=glossary(trial.item.explanation.text, where=SCREEN),
        marks=_marks(trial.drugs, content),
    )


def _trials(results: GuideResults, glossary: GlossaryWords) -> list[Section]:
    content = results.content
    wording = content.wording
    search = content.trial_search
    blocks: list[Block] = [glossary(wording.trials_intro.text)]
    blocks += [_trial(t, content, glossary) for t in results.clinical_trials]
    # The explanation stays on screen; on paper the addresses and the phone number say how to find
    # trials, and the summary keeps to two pages.
    blocks.append(glossary(search.explanation.text, where=SCREEN))
    blocks.append(Bullets((
        Paragraph((Words(f"{search.search_label}: "), WebLink(search.search_url))),
        Paragraph((Words(f"{search.info_label}: "), WebLink(search.info_url))),
        Paragraph((Words(f"{search.phone_label}: "), Words(search.phone.text))),
    )))
    questions = Bullets(tuple(glossary(q) for q in search.questions), two_columns_on_paper=True)
    return [
        Section("trials", wording.trials_heading, 2, tuple(blocks)),
        Section("trial_questions", wording.trial_questions_heading, 3, (questions,)),
    ]


def _topic_link_name(content: Content, topic: Topic) -> str:
    return content.wording.topic_link_name.replace("{title}", topic.title.text)


def _topic_link(content: Content, topic: Topic) -> Paragraph:
    return Paragraph((TopicLink(topic.title.text, topic.id, _topic_link_name(content, topic)),))


def _screen_topics(content: Content, topics: tuple[Topic, ...], glossary: GlossaryWords) -> Section:
    return Section(
        "topics", content.wording.topics_heading, 2,
        (glossary(content.wording.topics_intro), Bullets(tuple(_topic_link(content, t) for t in topics))),
        where=SCREEN,
    )


def _what_matters(results: GuideResults) -> Section:
    wording = results.content.wording
    if not results.what_matters:
        return Section("what_matters", wording.what_matters_heading, 2, (_plain(wording.what_matters_empty),))
    return Section("what_matters", wording.what_matters_heading, 2, (
        Bullets(tuple(_plain(line.text) for line in results.what_matters), where=SCREEN),
        Pairs(tuple(Pair(line.asked, line.said, strong_value=True) for line in results.what_matters),
              where=PAPER),
    ))


def _out_of_scope(results: GuideResults, glossary: GlossaryWords) -> list[Section]:
    assert results.out_of_scope is not None
    content = results.content
    topic = results.topics[0]  # the topic that matches the person's situation, in full
    return [
        Section("out_of_scope", content.wording.out_of_scope_heading, 1,
                (glossary(results.out_of_scope.message),)),
        Section("out_of_scope_topic", topic.title.text, 2, (
            *(glossary(p.text) for p in topic.summary),
            Paragraph((TopicLink(content.wording.open_topic, topic.id, _topic_link_name(content, topic)),),
                      where=SCREEN),
            Paragraph((Words(content.wording.full_page + " "), WebLink(topic.url))),
        )),
        _screen_topics(content, results.topics[1:], glossary),
    ]


def _notes(notes: str, content: Content) -> list[Section]:
    if not notes.strip():
        return []
    # One paragraph per line the person wrote, so long notes break between pages like any text.
    lines = tuple(_plain(line) for line in notes.strip().splitlines())
    return [Section("notes", content.wording.notes_heading, 2, lines, where=PAPER)]


def _paper_topics(topics: tuple[Topic, ...], content: Content) -> list[Section]:
    """The topics under their addresses: several topics are parts of one page, so each address is
    written once, with the titles found there, in the order the results give."""
    if not topics:
        return []
    by_address: dict[str, list[str]] = {}
    for topic in topics:
        by_address.setdefault(topic.url, []).append(topic.title.text)
    blocks: list[Block] = []
    for address, titles in by_address.items():
        before, _, after = content.wording.at_address.partition("{address}")
        parts: list[Inline] = [Words(before)] if before else []
        parts += [WebLink(address), *([Words(after)] if after else [])]
        blocks.append(Paragraph(tuple(parts), strong=True))
        blocks.append(Bullets(tuple(_plain(t) for t in titles), two_columns_on_paper=True))
    return [Section("topics_by_address", content.wording.topics_heading, 2, tuple(blocks), where=PAPER)]


def _glossary(content: Content) -> Section:
    terms = sorted(content.glossary, key=lambda t: t.term.casefold())
    items = tuple(_plain(f"{t.term}: {t.definition.text}") for t in terms)
    return Section("glossary", content.wording.glossary_heading, 2, (Bullets(items),), where=SCREEN)


def _about(content: Content) -> list[Section]:
    """About this guide in short, for paper: the items a doctor may look for, then the source's
    citation (its address on a line of its own), its section and the review date, under the same
    heading: a heading of its own would start a third page."""
    about = content.about
    said = " ".join(fill_about(p, content) for p in about.on_paper)
    metadata = content.metadata
    source = content.source(metadata.source)
    citation = next((s.citation.text for s in about.sections if s.citation), None)
    if citation and source.url and source.url in citation:
        before, after = citation.split(source.url, 1)
        parts: list[Words | WebLink] = [Words(before.strip()), WebLink(source.url), Words(after)]
    else:
        parts = [Words(f"{source.title}, {source.publisher}.")]
        parts += [WebLink(source.url)] if source.url else []
    parts += [Words(f"\n{source.section}")] if source.section else []
    parts.append(Words(f"\n{checked_line(content)}"))
    return [Section("about", about.heading, 2,
                    (Paragraph((Words(said),), small=True), Paragraph(tuple(parts), small=True)),
                    where=PAPER)]


def _plain(text: str) -> Paragraph:
    return Paragraph((Words(text),))
