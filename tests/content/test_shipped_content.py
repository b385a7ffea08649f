"""The shipped content file, entry by entry, against the source page and FACTS.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textstat

from myeloma_gui.content.models import KNOWN_HOSTS, Content, said
from myeloma_gui.resources import CONTENT_SCHEMA, bundled_file
from tests.conftest import SOURCE_FOLDER

MAX_READING_GRADE = 8.0
# An answer's label this long is a sentence to read, not a name ("Daratumumab (Darzalex)").
SENTENCE_WORDS = 10


def _seed_list(seed: str, after: str, before: str) -> list[str]:
    block = seed.split(after, 1)[1].split(before, 1)[0]
    return [line.removeprefix("- ").strip() for line in block.splitlines() if line.startswith("- ")]


def test_every_option_the_seed_lists_is_there_in_order(content: Content, seed_text: str) -> None:
    listed = _seed_list(seed_text, "may include the following:", "Drugs used")
    assert len(listed) == len(content.options) == 3
    for option, line in zip(content.options, listed, strict=True):
        # The seed's own first words name each option: "Watchful waiting", "A different treatment",
        # "The same drugs".
        assert line.lower().startswith(option.title.text.lower()[:12]), (option.title, line)


def test_every_drug_the_seed_names_is_there_in_the_seeds_order(content: Content, seed_text: str) -> None:
    listed = _seed_list(seed_text, "Drugs used may include the following:", "Use our clinical trial")
    named_in_seed = [
        name for line in listed for name in re.findall(r"\(([^)]*)\)", line)
        for name in re.split(r",\s*(?:or\s+)?|\s+or\s+", name)
    ]
    in_content = [d.name.lower() for d in content.all_drugs()]
    assert in_content == [n.strip().lower() for n in named_in_seed if n.strip()]
    titles = [c.title for c in content.drug_classes] + [t.title for t in content.clinical_trials]
    assert len(titles) == len(listed) == 8


def test_brand_names_match_the_facts_table(content: Content) -> None:
    facts = (SOURCE_FOLDER / "FACTS.md").read_text(encoding="utf-8")
    table = {
        row[1].strip(): [b.strip() for b in row[2].split(",")]
        for line in facts.splitlines()
        if line.startswith("| ") and (row := line.strip("| ").split(" | ")) and len(row) == 3
    }
    for drug in content.all_drugs():
        assert list(drug.brands) == table[drug.name.lower()], drug.id


def test_the_nine_related_topics_follow_the_seeds_learn_more_list(content: Content, seed_text: str) -> None:
    listed = _seed_list(seed_text, "Learn more:", "Related Articles")
    assert [t.title.text for t in content.topics] == listed
    for topic in content.topics:
        assert topic.summary
        assert topic.url.startswith("https://www.cancer.gov/")


def test_trial_search_gives_the_nci_search_and_phone_line(content: Content) -> None:
    search = content.trial_search
    assert search.search_url == "https://www.cancer.gov/research/participate/clinical-trials-search"
    assert "1-800-422-6237" in search.phone.text


def test_every_option_class_drug_and_topic_names_a_known_source(content: Content) -> None:
    sources = {s.id: s for s in content.sources}
    items: list[tuple[str, str]] = [
        (item.id, item.source)
        for group in (content.options, content.drug_classes, content.all_drugs(), content.topics,
                      content.clinical_trials, content.glossary)
        for item in group
    ]
    for item_id, source in items:
        assert source in sources, item_id
    assert sources[content.metadata.source].section == "Treatment of Relapsed or Refractory Multiple Myeloma"


def test_every_link_is_https_to_a_known_site(content: Content) -> None:
    text = content.model_dump_json()
    for url in re.findall(r"https?://[^\s\"]+", text):
        assert url.startswith("https://"), url
        assert url.split("/")[2] in KNOWN_HOSTS, url


def test_the_glossary_has_the_words_the_results_use(content: Content) -> None:
    terms = {t.term.lower() for t in content.glossary}
    needed = {"relapsed", "refractory", "watchful waiting", "monoclonal antibody", "proteasome inhibitor",
              "immunotherapy", "chemotherapy", "corticosteroid", "car t-cell therapy", "clinical trial",
              "bcl2", "small molecule inhibitor", "m protein", "plasma cell"}
    assert needed <= terms


def test_no_sentence_tells_the_reader_what_to_choose(either_voice: Content) -> None:
    text = either_voice.model_dump_json().lower()
    for phrase in ("you should", "we recommend", "best option", "the best treatment", "you must",
                   "fits your", "less likely"):
        assert phrase not in text


def explanatory_text(content: Content) -> list[str]:
    """The prose a person reads to understand: not names, labels, headings or the formal citation."""
    wording = content.wording
    about = content.about
    texts = [*content.welcome.paragraphs, content.welcome.privacy, content.metadata.disclaimer]
    for question in content.questions:
        texts += [question.explanation or ""]
        texts += [c.explanation or "" for c in question.all_choices()]
        texts += [c.results_note or "" for c in question.all_choices()]
        texts += [c.out_of_scope.message for c in question.all_choices() if c.out_of_scope]
        # An answer that is a sentence, not a name, is read like prose (the first situation once
        # read at grade 9.5).
        labels = [content.choice_label(c) for c in question.all_choices()]
        texts += [label for label in labels if len(label.split()) >= SENTENCE_WORDS]
    texts += [content.what_matters.explanation]
    for option in content.options:
        texts += [option.summary.text, *(d.text for d in option.details)]
        texts += [r.reason.text for r in option.rules]
    texts += [c.explanation.text for c in content.drug_classes]
    texts += [t.explanation.text for t in content.clinical_trials]
    texts += [content.trial_search.explanation.text]
    approvals = content.newer_approvals
    texts += [fact.text for fact in approvals.intro] + [page.date.text for page in approvals.pages]
    # A medicine's kind and uses are read as one paragraph under its name.
    texts += [" ".join(f.text for f in (m.kind, *m.uses)) for m in approvals.medicines]
    texts += [approvals.ask_doctor, approvals.pointer]
    texts += [p.text for t in content.topics for p in t.summary]
    texts += [g.definition.text for g in content.glossary]
    paragraphs = [said(p) for section in about.sections for p in section.paragraphs]
    texts += [p for p in (*paragraphs, *(said(p) for p in about.on_paper)) if not p.startswith("{")]
    texts += [about.source_date_unknown, about.source_date_known, about.checked_line]
    texts += [about.source_date_on_paper or ""]
    texts += [wording.results_intro.text, wording.options_intro.text, wording.no_match_notice,
              wording.classes_intro.text, wording.also_marked_intro, wording.unsure_treatments_note,
              wording.no_treatments_marked_note, wording.trials_intro.text, wording.topics_intro,
              wording.review_explanation, wording.not_said, *wording.not_said_questions,
              *wording.readiness_steps]
    return [t for t in texts if t]


@pytest.fixture(params=["for oneself", "for someone else"])
def either_voice(
    request: pytest.FixtureRequest, content: Content, content_for_someone_else: Content
) -> Content:
    """The content in each voice: both must read as plainly."""
    return content if request.param == "for oneself" else content_for_someone_else


def test_every_explanatory_passage_reads_at_grade_8_or_lower(either_voice: Content) -> None:
    """Each passage on its own: one dense paragraph can lose a reader, however easy the rest is."""
    texts = explanatory_text(either_voice)
    grades = sorted(((textstat.flesch_kincaid_grade(t), t) for t in texts), reverse=True)
    print(f"{len(texts)} explanatory passages; the five hardest (Flesch-Kincaid grade):")
    for grade, passage in grades[:5]:
        print(f"  {grade:4.1f}  {passage}")
    too_hard = [(grade, passage) for grade, passage in grades if grade > MAX_READING_GRADE]
    assert not too_hard, too_hard


def test_no_glossary_word_is_explained_by_itself(content: Content) -> None:
    for term in content.glossary:
        definition = term.definition.text.casefold()
        for form in (term.term, *term.other_forms):
            assert not re.search(rf"\b{re.escape(form.casefold())}\b", definition), (term.id, form)


def test_every_source_is_the_seed_section_or_a_facts_address(content: Content) -> None:
    facts = (SOURCE_FOLDER / "FACTS.md").read_text(encoding="utf-8")
    for source in content.sources:
        if source.section:
            assert source.section == "Treatment of Relapsed or Refractory Multiple Myeloma"
        elif source.url:
            assert source.url in facts, source.id
        else:
            assert source.id == "brand_names"  # the FACTS.md table of brand names


def test_the_content_never_calls_itself_the_nci_summary_or_adds_what_the_summary_leaves_out(
    content: Content,
) -> None:
    text = content.model_dump_json()
    for left_out in ("melphalan", "cyclophosphamide", "three types", "5%"):
        assert left_out not in text, left_out
    assert "less than 10%" in text
    assert "based on it" in " ".join(said(p) for s in content.about.sections for p in s.paragraphs)


def test_each_option_is_matched_against_one_question_whose_every_answer_has_a_rule(
    content: Content,
) -> None:
    for option in content.options:
        question = content.question(option.question)
        ruled = [a for rule in option.rules for a in rule.answers]
        assert sorted(ruled) == sorted(c.id for c in question.choices), option.id


def test_shipped_schema_matches_the_models() -> None:
    from myeloma_gui.content.schema import content_schema_text

    shipped = bundled_file(CONTENT_SCHEMA).read_text(encoding="utf-8")
    assert shipped == content_schema_text(), "run: myeloma-gui schema --output resources/content.schema.json"


def test_shipped_content_satisfies_its_schema(content_path: Path) -> None:
    import json

    import jsonschema

    schema = json.loads(bundled_file(CONTENT_SCHEMA).read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(content_path.read_text(encoding="utf-8")), schema)
