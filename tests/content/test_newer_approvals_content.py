"""The newer approvals in the shipped content, against the stored NCI pages they rest on: every quote
is found word for word, every name and number a sentence gives is in its quotes, every medicine is on
NCI's approved list under its brand and generic names, and the NCI summary's own list is untouched."""

from __future__ import annotations

import re

import pytest

from myeloma_gui.content.models import Content, Fact
from tests.conftest import SOURCE_FOLDER


def folded(text: str) -> str:
    """Whitespace folded, as a line break in a stored copy is not part of its words."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def sources() -> dict[str, str]:
    return {path.name: folded(path.read_text(encoding="utf-8")) for path in SOURCE_FOLDER.iterdir()}


def approval_facts(content: Content) -> list[Fact]:
    approvals = content.newer_approvals
    facts = [*approvals.intro, *(page.date for page in approvals.pages)]
    for medicine in approvals.medicines:
        facts += [medicine.kind, *medicine.uses]
    return facts


def test_every_quote_is_found_word_for_word_in_its_file(content: Content, sources: dict[str, str]) -> None:
    facts = approval_facts(content)
    assert len(facts) >= 1 + len(content.newer_approvals.pages) + 2 * len(content.newer_approvals.medicines)
    missing = [
        (quote.file, quote.quote) for fact in facts for quote in fact.sources
        if folded(quote.quote) not in sources.get(quote.file, "")
    ]
    assert not missing, missing


def test_every_number_and_medicine_a_sentence_names_is_in_its_quotes(content: Content) -> None:
    medicines = [m.name.lower() for m in content.newer_approvals.medicines]
    medicines += [b.lower() for m in content.newer_approvals.medicines for b in m.brands]
    medicines += [d.name.lower() for d in content.all_drugs()] + ["dexamethasone"]
    for fact in approval_facts(content):
        quoted = " ".join(q.quote for q in fact.sources).lower()
        numbers = set(re.findall(r"\d+", quoted))
        for number in re.findall(r"\d+", fact.text):
            assert number in numbers, (number, fact.text)
        for word in ("two", "four", "one"):
            if re.search(rf"\bat least {word}\b", fact.text):
                assert f"at least {word}" in quoted, (word, fact.text)
        for name in medicines:
            if re.search(rf"\b{re.escape(name)}\b", fact.text.lower()):
                assert name in quoted, (name, fact.text)


def drug_page(brand: str) -> tuple[str, str]:
    """The stored NCI drug page of the medicine sold as ``brand``: its own name and its text."""
    text = (SOURCE_FOLDER / "nci-drug-pages-myeloma.md").read_text(encoding="utf-8")
    heading = rf"^## ([^\n]+) \({re.escape(brand)}\)$"
    found = re.search(rf"{heading}(.*?)(?=^## (?!Use in Cancer)|\Z)", text, re.MULTILINE | re.DOTALL)
    assert found, brand
    return found.group(1), folded(found.group(2))


def test_accelerated_approval_is_said_exactly_where_the_drug_page_says_it(content: Content) -> None:
    for medicine in content.newer_approvals.medicines:
        name, page = drug_page(medicine.brands[0])
        # The page's own sentence about the medicine (selinexor's footnote is for its lymphoma use).
        page_says = f"{name} is approved under FDA\u2019s Accelerated Approval Program" in page
        said = " ".join(u.text for u in medicine.uses).lower()
        assert ("accelerated approval" in said) is page_says, medicine.id
    assert sum("accelerated approval" in " ".join(u.text for u in m.uses).lower()
               for m in content.newer_approvals.medicines) == 3


def test_each_medicine_rests_on_words_that_name_it_and_its_brand(content: Content) -> None:
    for medicine in content.newer_approvals.medicines:
        quoted = " ".join(q.quote for q in medicine.sources).lower()
        assert medicine.name.lower() in quoted, medicine.id
        assert all(brand.lower() in quoted for brand in medicine.brands), medicine.id


def test_every_medicine_is_on_ncis_approved_list_by_brand_and_generic_name(
    content: Content, sources: dict[str, str]
) -> None:
    approved = sources["nci-approved-drugs-myeloma.md"].lower()
    pages = sources["nci-drug-pages-myeloma.md"]
    for medicine in content.newer_approvals.medicines:
        for brand in medicine.brands:
            assert f"- {brand} ({medicine.name}".lower() in approved, medicine.id
            assert f"US Brand Name(s): {brand}" in pages, medicine.id
        assert f"Address: {medicine.url}" in pages, medicine.id


def test_a_medicine_the_summary_names_too_is_one_medicine_with_one_id(content: Content) -> None:
    for medicine in content.newer_approvals.medicines:
        listed = content.drug(medicine.id)
        if listed is not None:
            assert (listed.name, listed.brands) == (medicine.name, medicine.brands)
    # And a medicine the summary names under another id would be two marks for one medicine.
    names = {d.name.lower(): d.id for d in content.all_drugs()}
    for medicine in content.newer_approvals.medicines:
        assert names.get(medicine.name.lower(), medicine.id) == medicine.id


def test_the_checklist_lets_a_person_mark_every_newer_medicine(content: Content) -> None:
    checklist = content.question_for("treatments")
    marked = {mark for choice in checklist.all_choices() for mark in choice.marks}
    assert {m.id for m in content.newer_approvals.medicines} <= marked
    # The CAR T-cell therapy box stays, marking no medicine ("You also marked").
    car_t = checklist.choice("car_t_cell_therapy")
    assert car_t is not None
    assert not car_t.marks


def test_the_car_t_and_selinexor_trial_items_point_to_the_section(content: Content) -> None:
    pointed = {m.trial_item for m in content.newer_approvals.medicines} - {None}
    assert pointed == {"car_t_cell_therapy", "selinexor_trial"}
