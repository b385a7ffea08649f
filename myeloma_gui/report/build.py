"""The report for one person's results: every wording decision for screen, paper and data, made once.

The words come from the content file (and, for the few lines only the printed summary has, from the
constants below). Which parts show where is decided here too: paper has the answers, the person's
notes, About this guide in short and the source; the screen has links, details and the glossary.
"""

from __future__ import annotations

from myeloma_gui.content.models import Content, Topic, said
from myeloma_gui.decision.results import (
    ApprovalResult,
    ClassResult,
    DrugResult,
    GuideResults,
    OptionResult,
    TrialResult,
)
from myeloma_gui.report.about_words import checked_line, fill_about, source_date_line
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
    WritingLines,
)
from myeloma_gui.report.glossary_words import GlossaryWords

SCREEN, PAPER, BOTH = Where.SCREEN, Where.PAPER, Where.BOTH

PAPER_SHEET = (
    "summary", "answers", "out_of_scope", "out_of_scope_topic", "results", "options", "not_said",
    "what_matters", "readiness", "doctor_questions", "notes", "writing_room",
)
"""The sheet for the appointment, the first pages of the printout: who, when, the answers, the
options and what the summary does not say, what matters in the person's words, their questions and
notes, and room to write. Every other section (drug groups, newer approvals, trials, topics, About)
follows as the reference, in the screen's order."""
# Ruled lines to write on: enough for a few sentences, few enough for the sheet's two pages.
WRITING_LINES = 4


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
    sections += _writing_room(content)
    sections += _paper_topics(results.topics if results.in_scope else results.topics[1:], content)
    if results.in_scope:
        sections.append(_glossary(content))
    sections += _about(content)
    return Report(content.metadata.title, tuple(sections), paper_first=PAPER_SHEET)


def _paper_top(results: GuideResults) -> list[Section]:
    """The summary's title (paper adds the name line and the date under it), and the answers."""
    content = results.content
    answers = Pairs(
        tuple(Pair(a.question.review_title, ", ".join(a.said(content))) for a in results.answered)
    )
    return [
        # The disclaimer is printed with About this guide, in the reference: the sheet keeps to two pages.
        Section("summary", content.metadata.title, 1, (), where=PAPER),
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
    options += [_option(r, content, glossary) for r in results.options]
    # After the options, plain like any paragraph: it is no warning, and the page never opens with it.
    if results.no_match_notice:
        options.append(glossary(results.no_match_notice))
    not_said = Section("not_said", wording.not_said_heading, 3, (
        glossary(wording.not_said), Bullets(tuple(glossary(q) for q in wording.not_said_questions)),
    ))
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
        not_said,
        Section("drug_classes", wording.classes_heading, 2, tuple(classes)),
    ]
    if results.also_marked:
        sections.append(Section(
            "also_marked", wording.also_marked_heading, 3,
            (glossary(wording.also_marked_intro), Bullets(tuple(_plain(t) for t in results.also_marked))),
            where=SCREEN,
        ))
    sections += _trials(results, glossary)
    sections.append(_newer_approvals(results, glossary))
    sections.append(_screen_topics(content, results.topics, glossary))
    sections.append(_what_matters(results))
    if results.not_ready:
        steps = Bullets(tuple(glossary(step) for step in wording.readiness_steps))
        sections.append(Section("readiness", wording.readiness_heading, 3, (steps,)))
    sections.append(Section(
        "doctor_questions", wording.doctor_questions_heading, 2,
        (Bullets(tuple(glossary(q) for q in content.doctor_questions), two_columns_on_paper=True),),
    ))
    return sections


def _option(result: OptionResult, content: Content, glossary: GlossaryWords) -> OptionEntry:
    words = getattr(content.wording.status_labels, result.status)
    words = words.replace("{situation}", result.option.situation.text)
    return OptionEntry(
        option_id=result.option.id,
        title=result.option.title.text,
        status=StatusMark(result.status, words),
        reason=glossary(result.reason),
        summary=glossary(result.option.summary.text),
        details=tuple(glossary(d.text, where=SCREEN) for d in result.option.details),
    )


def _marks(drugs: tuple[DrugResult, ...], content: Content) -> tuple[HadMark, ...]:
    wording = content.wording
    # Only what the person marked is marked: a row of "not marked" reads as a gap to fill.
    return tuple(HadMark(d.drug.id, d.drug.label, d.had, wording.had_mark if d.had else None) for d in drugs)


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
    approvals = content.newer_approvals
    pointed_to = any(m.trial_item == trial.item.id for m in approvals.medicines)
    return MarkedGroup(
        group_id=trial.item.id,
        title=trial.item.title.text,
        had=trial.had,
        had_words=content.wording.had_mark if own_mark else None,
        explanation=glossary(trial.item.explanation.text, where=SCREEN),
        marks=_marks(trial.drugs, content),
        see_also=_plain(approvals.pointer) if pointed_to else None,
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


def _newer_approvals(results: GuideResults, glossary: GlossaryWords) -> Section:
    """What NCI's other pages list as approved, after everything the NCI summary names: which pages
    and their dates, then each medicine with its kind, what it is approved for and the person's mark."""
    content = results.content
    approvals = content.newer_approvals
    pages: list[Paragraph] = []
    for page in approvals.pages:
        said = f"{page.title}. {page.date.text}"
        if page.url is None:
            pages.append(_plain(said))
            continue
        # On screen the address has a line of its own: beside a long sentence in one row, the
        # sentence would be squeezed into a narrow column. Paper puts it under the words anyway.
        pages += [
            Paragraph((Words(said),), where=SCREEN),
            Paragraph((Words(f"{content.wording.full_page} "), WebLink(page.url)), where=SCREEN),
            Paragraph((Words(f"{said} "), WebLink(page.url)), where=PAPER),
        ]
    # On paper only the first paragraph of the intro: the rest (which medicines are of which kind)
    # is for the person, and the summary stays short.
    first, *rest = approvals.intro
    return Section("newer_approvals", approvals.heading, 2, (
        glossary(first.text),
        *(glossary(fact.text, where=SCREEN) for fact in rest),
        Bullets(tuple(pages)),
        *(_approval(a, content, glossary) for a in results.newer_approvals),
        _plain(approvals.ask_doctor),
    ))


def _approval(result: ApprovalResult, content: Content, glossary: GlossaryWords) -> MarkedGroup:
    medicine = result.medicine
    said = " ".join(fact.text for fact in (medicine.kind, *medicine.uses))
    return MarkedGroup(
        group_id=medicine.id,
        title=medicine.label,
        had=result.had,
        had_words=content.wording.had_mark if result.had else None,
        explanation=glossary(said),
        marks=(),
    )


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


def _writing_room(content: Content) -> list[Section]:
    """Ruled room on the sheet for what is said at the appointment and what comes next, side by
    side (the two under each other would not leave the sheet on two pages)."""
    wording = content.wording
    titles = (wording.doctor_said_heading, wording.next_steps_heading)
    return [Section(
        "writing_room", wording.writing_room_heading, 2, (WritingLines(titles, WRITING_LINES),), where=PAPER
    )]


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
    # On a handout, "we could not read the date" would weaken what the doctor reads: paper says
    # where the page's own date is instead.
    unknown_date = content.metadata.source_updated is None and about.source_date_on_paper
    date_line = about.source_date_on_paper if unknown_date else source_date_line(content)
    on_paper = (said(p).replace("{source_date}", date_line or "") for p in about.on_paper)
    in_short = " ".join(fill_about(p, content) for p in on_paper)
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
    return [Section("about", about.heading, 2, (
        Paragraph((Words(in_short),), small=True), Paragraph(tuple(parts), small=True),
        Paragraph((Words(content.metadata.disclaimer),), small=True),
    ), where=PAPER)]


def _plain(text: str) -> Paragraph:
    return Paragraph((Words(text),))
