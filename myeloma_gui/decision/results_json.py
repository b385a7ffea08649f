"""The results as plain JSON data, for the headless command, scripts and staff."""

from __future__ import annotations

from typing import Any

from myeloma_gui.decision.results import DrugResult, GuideResults

RESULTS_FORMAT = "myeloma-gui-results"
RESULTS_VERSION = 2


def results_to_data(results: GuideResults) -> dict[str, Any]:
    """The results as JSON data, part by part in the results page's order."""
    return {
        **_header(results),
        **_options(results),
        **_drug_classes(results),
        "clinical_trials": [
            {"id": t.item.id, "title": t.item.title, "had": t.had, "drugs": _drugs(t.drugs)}
            for t in results.clinical_trials
        ],
        "treatments_unsure": results.treatments_unsure,
        "treatments_marked": results.treatments_marked,
        "also_marked": {
            "heading": results.content.wording.also_marked_heading,
            "treatments": list(results.also_marked),
        },
        "what_matters": [
            {"id": line.key, "question": line.asked, "answer": line.said} for line in results.what_matters
        ],
        "topics": [{"id": t.id, "title": t.title, "url": t.url} for t in results.topics],
    }


def _header(results: GuideResults) -> dict[str, Any]:
    """What the file is, which content and source it comes from, and the answers that count."""
    metadata = results.content.metadata
    source = results.content.source(metadata.source)
    return {
        "format": RESULTS_FORMAT,
        "version": RESULTS_VERSION,
        "content_version": metadata.content_version,
        "content_reviewed": metadata.reviewed.isoformat(),
        "source": {"title": source.title, "section": source.section, "url": source.url},
        "in_scope": results.in_scope,
        "out_of_scope_message": results.out_of_scope.message if results.out_of_scope else None,
        "answers": [
            {"question": a.question.id, "answers": [c.id for c in a.choices]} for a in results.answered
        ],
    }


def _options(results: GuideResults) -> dict[str, Any]:
    wording = results.content.wording
    return {
        "options_intro": wording.options_intro if results.in_scope else None,
        "options": [
            {
                "id": r.option.id,
                "title": r.option.title,
                "status": r.status,
                "status_label": getattr(wording.status_labels, r.status),
                "reason": r.reason,
            }
            for r in results.options
        ],
        "no_match_notice": results.no_match_notice,
        "notes": list(results.notes),
    }


def _drug_classes(results: GuideResults) -> dict[str, Any]:
    return {
        "drug_classes_intro": results.content.wording.classes_intro if results.in_scope else None,
        "drug_classes": [
            {"id": c.drug_class.id, "title": c.drug_class.title, "had": c.had, "drugs": _drugs(c.drugs)}
            for c in results.drug_classes
        ],
    }


def _drugs(drugs: tuple[DrugResult, ...]) -> list[dict[str, Any]]:
    return [
        {"id": d.drug.id, "name": d.drug.name, "brands": list(d.drug.brands), "had": d.had}
        for d in drugs
    ]
