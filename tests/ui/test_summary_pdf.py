"""The printed summary, rendered to a real PDF and read back as text, as a search box would see it."""

from __future__ import annotations

import datetime
import io
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QApplication

from myeloma_gui.content.dates import readable_date
from myeloma_gui.content.models import Content, said
from myeloma_gui.decision.guide import decide
from myeloma_gui.decision.results import GuideResults
from myeloma_gui.ui.paper import summary_html
from myeloma_gui.ui.paper.summary_document import SummaryDocument, page_size_for, pdf_bytes
from tests.answer_sets import OUT_OF_SCOPE_MGUS, AnswerSet, answers, disease
from tests.pdf_text import page_sizes, page_texts
from tests.ui.palettes import dark_palette

MADE_ON = datetime.date(2027, 3, 5)
NOTES = "Ask about <b>bone pain</b> & tiredness.\nCan I still travel in June?"
A4, LETTER = QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter
POINTS = {A4: (595, 842), LETTER: (612, 792)}

CASES: dict[str, AnswerSet] = {
    "came back after a year": disease(
        "no", "no", "a_year_or_more", treatments=("bortezomib", "lenalidomide", "corticosteroids"),
        trial="maybe",
    ),
    "grew during treatment, many treatments": disease(
        "no", "yes", "never_went_away", trial="yes", treatments=(
            "daratumumab", "bortezomib", "carfilzomib", "pomalidomide", "chemotherapy",
            "stem_cell_transplant", "venetoclax", "dont_remember",
        ),
    ),
    "not sure of anything": answers(
        "not_sure", stable="not_sure", grew="not_sure", came_back="not_sure", trial="no"
    ),
    "stable after CAR T": disease(
        "yes", "no", "a_year_or_more", treatments=("car_t_cell_therapy", "selinexor")
    ),
}


def render(results: GuideResults, page_size: QPageSize.PageSizeId, notes: str = NOTES) -> list[str]:
    data = pdf_bytes(SummaryDocument(results, notes, MADE_ON), page_size)
    width, height = POINTS[page_size]
    assert all(abs(w - width) < 1 and abs(h - height) < 1 for w, h in page_sizes(data))
    return page_texts(data)


def seed_drug_names(seed_text: str) -> list[str]:
    """The medicines named in brackets in the seed's "Drugs used" list."""
    section = seed_text.split("Drugs used may include the following:")[1]
    section = section.split("Use our clinical trial", maxsplit=1)[0]
    named = re.findall(r"\(([^)]*)\)", section)
    return [name for group in named for name in re.split(r",\s*(?:or\s+)?|\s+or\s+", group) if name]


Rendered = tuple[GuideResults, list[str], str]


@pytest.fixture(scope="module", params=[A4, LETTER], ids=["A4", "Letter"])
def page_size(request: pytest.FixtureRequest) -> QPageSize.PageSizeId:
    size: QPageSize.PageSizeId = request.param
    return size


@pytest.fixture(scope="module", params=list(CASES))
def rendered(
    request: pytest.FixtureRequest, qapp: QApplication, content: Content, page_size: QPageSize.PageSizeId
) -> Rendered:
    """One case's summary as a PDF: its results, the text of each page, and all the text."""
    del qapp
    results = decide(content, CASES[request.param])
    pages = render(results, page_size)
    return results, pages, " ".join(pages)


def test_every_page_is_numbered_and_a_case_fits_on_five(rendered: Rendered, content: Content) -> None:
    _, pages, text = rendered
    # At 12-point text, with About this guide and What matters to you always printed: two pages of
    # the sheet for the appointment, then the reference, with the newer approvals (two thirds of a page).
    assert len(pages) <= 5
    footer = f"{content.metadata.title} · {readable_date(MADE_ON, content.wording.months)}"
    for number, page in enumerate(pages, start=1):
        assert page.endswith(f"{footer} Page {number} of {len(pages)}")
    name_line = f"Name: {summary_html.BLANK_NAME}"  # no name given: a line to write it by hand
    assert text.startswith(
        f"{content.metadata.title} {name_line} Summary to bring to the doctor · Made on 5 March 2027"
    )


def test_every_section_is_there(rendered: Rendered, content: Content) -> None:
    wording = content.wording
    for heading in (
        wording.answers_heading, wording.options_heading, wording.classes_heading,
        wording.trials_heading, wording.trial_questions_heading, wording.doctor_questions_heading,
        wording.notes_heading, wording.topics_heading, wording.what_matters_heading,
        content.about.heading,
    ):
        assert heading in rendered[2]


def test_the_answers_and_each_option_with_its_status_and_reason(rendered: Rendered, content: Content) -> None:
    results, _, text = rendered
    for answered in results.answered:
        said = ", ".join(c.review_label or content.choice_label(c) for c in answered.choices) or "No answer"
        assert f"{answered.question.review_title} {said}" in text
    for note in results.notes:
        assert note in text
    assert len(results.options) == len(content.options)
    for option in results.options:
        label = getattr(content.wording.status_labels, option.status)
        label = label.replace("{situation}", option.option.situation.text)
        assert f"{option.option.title.text}: {label}. {option.reason}" in text
    assert not set("●◐○◑◒◓") & set(text)  # words only: no symbols that read as a rating


def test_both_may_include_intros_are_printed_above_what_they_introduce(
    rendered: Rendered, content: Content
) -> None:
    """The source's "may include" framing is promised on paper too: the options' intro above the
    first option, the drug groups' intro above the first group."""
    results, _, text = rendered
    wording = content.wording
    first_option = results.options[0].option.title.text
    first_class = results.drug_classes[0].drug_class.title.text
    intros = ((wording.options_intro.text, first_option), (wording.classes_intro.text, first_class))
    for intro, first in intros:
        assert "may include" in intro
        assert " ".join(intro.split()) in text
        assert text.index(" ".join(intro.split())) < text.index(first)


def test_every_medicine_with_what_the_person_had(
    rendered: Rendered, content: Content, seed_text: str
) -> None:
    results, _, text = rendered
    wording = content.wording
    for drug_class in results.drug_classes:
        assert drug_class.drug_class.title.text in text
        for drug in drug_class.drugs:  # every medicine named; only those had are marked
            assert drug.drug.label in text
            assert (f"{drug.drug.label}: {wording.had_mark}" in text) is drug.had
    for trial in results.clinical_trials:
        assert trial.item.title.text in text
        for drug in trial.drugs:
            assert drug.drug.label in text
            assert (f"{drug.drug.label}: {wording.had_mark}" in text) is drug.had
    assert "Not marked" not in text  # never a row of what was not had
    names = seed_drug_names(seed_text)
    assert len(names) == 11
    for name in names:
        assert name.casefold() in text.casefold(), name


def test_trials_questions_notes_topics_and_source(rendered: Rendered, content: Content) -> None:
    results, _, text = rendered
    search = content.trial_search
    for piece in (search.search_url, search.info_url, search.phone.text, *search.questions):
        assert piece in text
    for question in content.doctor_questions:
        assert question in text
    # Each line of the notes as written (a page may end between them).
    assert "Ask about <b>bone pain</b> & tiredness." in text
    assert "Can I still travel in June?" in text
    for topic in results.topics:
        assert topic.title.text in text
        assert topic.url in text
    source = content.source(content.metadata.source)
    assert source.url is not None
    assert source.url in text
    reviewed = readable_date(content.metadata.reviewed, content.wording.months)
    assert f"checked against the NCI summary on {reviewed}" in text
    about = content.about
    # On paper, where the page's own date is, not that it could not be read.
    assert about.source_date_on_paper is not None
    for line in (*(said(p) for p in about.on_paper[:-1]), about.source_date_on_paper, about.heading):
        assert line in text
    assert about.source_date_unknown not in text
    citation = next(s.citation for s in about.sections if s.citation)
    assert " ".join(citation.text.split()) in text
    assert content.metadata.disclaimer in text


def test_had_marks_follow_the_answers(qapp: QApplication, content: Content) -> None:
    del qapp
    text = " ".join(render(decide(content, CASES["came back after a year"]), A4))
    had = content.wording.had_mark
    assert f"Bortezomib (Velcade): {had}" in text
    assert f"Lenalidomide (Revlimid): {had}" in text
    assert "Carfilzomib (Kyprolis)" in text
    assert f"Carfilzomib (Kyprolis): {had}" not in text
    assert f"Corticosteroid therapy: {content.wording.class_had}" in text
    assert f"Chemotherapy: {content.wording.class_not_had}" in text
    assert "→" not in text  # no pointer to groups not had: the source does not say to use them


def test_outside_the_guide_the_summary_shows_the_matching_topic(qapp: QApplication, content: Content) -> None:
    del qapp
    results = decide(content, OUT_OF_SCOPE_MGUS)
    assert results.out_of_scope is not None
    pages = render(results, LETTER, notes="")
    text = " ".join(pages)
    topic = content.topic(results.out_of_scope.topic)
    assert content.wording.out_of_scope_heading in text
    assert results.out_of_scope.message in text
    assert topic.title.text in text
    assert all(paragraph.text in text for paragraph in topic.summary)
    assert f"Full page: {topic.url}" in text
    assert content.wording.options_heading not in text
    assert content.wording.notes_heading not in text  # no notes written, no empty section
    assert content.metadata.disclaimer in text
    assert pages[-1].endswith(f"Page {len(pages)} of {len(pages)}")


def test_content_and_notes_are_printed_as_text_never_as_markup(qapp: QApplication, content: Content) -> None:
    del qapp
    tricky = '<img src="https://www.cancer.gov/x.png"><b>bold</b> & <i>more</i>'
    metadata = content.metadata.model_copy(update={"disclaimer": f"Not advice. {tricky}"})
    title = content.options[0].title.model_copy(update={"text": f"Waiting {tricky}"})
    option = content.options[0].model_copy(update={"title": title})
    edited = content.model_copy(update={"metadata": metadata, "options": (option, *content.options[1:])})
    results = decide(edited, CASES["came back after a year"])
    text = " ".join(render(results, A4, notes="</p><h1>Big</h1> & <script>x</script>"))

    def squeezed(words: str) -> str:
        # In italics pypdf may read a gap between "/" and "i" as a space ("</ i>"): spaces aside,
        # every character of the markup must be printed as itself.
        return words.replace(" ", "")

    assert squeezed(f"Not advice. {tricky}") in squeezed(text)
    assert f"Waiting {tricky}" in text
    assert "</p><h1>Big</h1> & <script>x</script>" in text


def test_long_notes_run_onto_more_pages_without_losing_or_repeating_a_line(
    qapp: QApplication, content: Content
) -> None:
    del qapp
    notes = "\n".join(f"Question number {n} for my doctor." for n in range(1, 61))
    pages = render(decide(content, CASES["came back after a year"]), LETTER, notes=notes)
    text = " ".join(pages)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    for n in range(1, 61):
        # Each line once: a line at a page break is printed on one page only, never half on each.
        assert text.count(f"Question number {n} for my doctor.") == 1


@pytest.mark.parametrize(("locale", "expected"), [
    (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), LETTER),
    (QLocale(QLocale.Language.French, QLocale.Country.Canada), LETTER),
    (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), A4),
    (QLocale(QLocale.Language.German, QLocale.Country.Germany), A4),
    (QLocale.c(), A4),
])
def test_the_paper_size_follows_the_locale(locale: QLocale, expected: QPageSize.PageSizeId) -> None:
    assert page_size_for(locale) == expected


def test_the_summary_is_black_on_white_even_with_a_dark_screen(qapp: QApplication, content: Content) -> None:
    """Readable in black and white: text is black and every other colour is a mid grey, whatever
    the screen's palette (a dark theme's light text would vanish on paper)."""
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    try:
        data = pdf_bytes(SummaryDocument(decide(content, CASES["came back after a year"]), NOTES), A4)
    finally:
        qapp.setPalette(before)
    for page in PdfReader(io.BytesIO(data)).pages:
        stream = page.get_contents()
        assert stream is not None
        colours = set(re.findall(rb"([\d.]+) ([\d.]+) ([\d.]+) (?:scn|SCN|rg|RG)", stream.get_data()))
        assert (b"0", b"0", b"0") in colours
        for red, green, blue in colours:
            assert red == green == blue, "only greys: nothing is told by colour"
            assert float(red) <= 0.61, "nothing pale that would fade on paper"
