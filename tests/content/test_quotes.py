"""Every fact of the shipped content rests on words its source files really contain: each quote is in
its file, and every medicine and number a sentence names is in one of its quotes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel

from myeloma_gui.content.models import Content, Drug
from myeloma_gui.content.quotes import SourceFolder, folded
from myeloma_gui.content.references import StatedFact, stated_facts, unfound_quotes
from tests.conftest import SOURCE_FOLDER

# "one" is left out: it is far more often a pronoun ("Dexamethasone is one") than a count.
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100, "thousand": 1000,
}
_NUMBER = re.compile(r"\d+(?:\.\d+)?|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)


def numbers(text: str) -> set[str]:
    """The numbers ``text`` names, each as digits: "three" and "3" are the same number."""
    return {str(NUMBER_WORDS.get(n.lower(), n)) for n in _NUMBER.findall(text)}


def _named(name: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w])", text, re.IGNORECASE) is not None


def medicine_names(content: Content) -> set[str]:
    """Every generic and brand name of every medicine the content holds, wherever it sits."""

    def drugs(node: object) -> Iterator[Drug]:
        if isinstance(node, Drug):
            yield node
        elif isinstance(node, BaseModel):
            for name in type(node).model_fields:
                yield from drugs(getattr(node, name))
        elif isinstance(node, tuple | list):
            for item in node:
                yield from drugs(item)

    return {name for drug in drugs(content) for name in (drug.name, *drug.brands)}


def unsupported(fact: StatedFact, medicines: set[str]) -> list[str]:
    """The medicines and numbers ``fact`` names that none of its quotes holds."""
    quotes = [folded(q.quote) for q in fact.sources]
    missing = [n for n in sorted(medicines) if _named(n, fact.text) and not any(_named(n, q) for q in quotes)]
    in_quotes = set().union(*(numbers(q) for q in quotes))
    missing += sorted(numbers(fact.text) - in_quotes)
    return missing


def test_every_quote_of_the_shipped_content_is_found_in_its_source_file(content: Content) -> None:
    facts = stated_facts(content)
    unfound = unfound_quotes(facts, SourceFolder(SOURCE_FOLDER))
    assert not unfound, "\n".join(f"{u.pointer}: {u.quote.file}: {u.quote.quote!r}" for u in unfound)
    counts: dict[str, int] = {}
    for fact in facts:
        for quote in fact.sources:
            counts[quote.file] = counts.get(quote.file, 0) + 1
    print(f"{len(facts)} facts, {sum(counts.values())} quotes: {counts}")


def test_every_medicine_and_number_a_sentence_names_is_in_one_of_its_quotes(content: Content) -> None:
    medicines = medicine_names(content)
    assert {"Bortezomib", "Velcade", "Darzalex Faspro", "Venclexta"} <= medicines
    problems = {f.pointer: unsupported(f, medicines) for f in stated_facts(content)}
    assert not {p: m for p, m in problems.items() if m}


def test_a_sentence_is_caught_when_its_quotes_lack_its_medicine_or_its_number(content: Content) -> None:
    """The check itself, on sentences made to fail it, so that it cannot pass by finding nothing."""
    medicines = medicine_names(content)
    fact = next(f for f in stated_facts(content) if f.pointer == "/drug_classes/1/explanation")
    with_count = StatedFact(fact.pointer, fact.text + " The NCI summary names three of them.", fact.sources)
    assert unsupported(with_count, medicines) == ["3"]
    with_digits = StatedFact(fact.pointer, fact.text + " It is given for 21 days.", fact.sources)
    assert unsupported(with_digits, medicines) == ["21"]
    with_brand = StatedFact(fact.pointer, fact.text + " Revlimid is one.", fact.sources)
    assert unsupported(with_brand, medicines) == ["Revlimid"]
    # The same words, held by a quote (the medicine's own): nothing to report.
    velcade = next(f for f in stated_facts(content) if f.pointer == "/drug_classes/1/drugs/0")
    assert unsupported(StatedFact("/x", "Bortezomib is sold as Velcade.", velcade.sources), medicines) == []


def _dictionary_section(facts_text: str) -> str:
    start = facts_text.index("## Plain definitions for the glossary")
    return folded(facts_text[start:facts_text.index("\n## ", start + 1)])


def test_a_definition_labelled_as_the_dictionary_quotes_only_the_dictionary(content: Content) -> None:
    """The label says where the words come from: a definition drawn from the summary (such as
    "refractory" as the summary uses it) is not labelled as dictionary text, and one labelled so quotes
    the dictionary's entries in FACTS.md and nothing else."""
    dictionary = _dictionary_section((SOURCE_FOLDER / "FACTS.md").read_text(encoding="utf-8"))
    for term in content.glossary:
        quotes = term.definition.sources
        in_dictionary = [q.file == "FACTS.md" and folded(q.quote) in dictionary for q in quotes]
        if term.source == "nci_dictionary":
            assert all(in_dictionary), term.id
        else:
            assert not all(in_dictionary), f"{term.id} quotes only the dictionary: labelled {term.source}"
    labels = {t.id: t.source for t in content.glossary}
    assert labels["refractory"] != "nci_dictionary"
    assert labels["immunotherapy"] != "nci_dictionary"


def test_no_fact_rests_on_what_nci_calls_being_studied(content: Content) -> None:
    """FACTS.md: the stored dictionary sentences that call a treatment "being studied" are older than
    its approvals; none of them is quoted, and no sentence says it."""
    for fact in stated_facts(content):
        assert "being studied" not in fact.text.lower(), fact.pointer
        assert not any("being studied" in folded(q.quote).lower() for q in fact.sources), fact.pointer
