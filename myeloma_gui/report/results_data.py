"""The results as plain JSON data (``myeloma-gui results --json``), read from the report.

The format is documented in the README (version 2). The data reading of the report adds the ids and
facts a script needs; its words and marks are the report's.
"""

from __future__ import annotations

from typing import Any

from myeloma_gui.content.models import ApprovedMedicine
from myeloma_gui.decision.results import DrugResult, GuideResults
from myeloma_gui.report.build import build_report
from myeloma_gui.report.document import HadMark, MarkedGroup, Report

RESULTS_FORMAT = "myeloma-gui-results"
RESULTS_VERSION = 2


def results_to_data(results: GuideResults, report: Report | None = None) -> dict[str, Any]:
    report = report or build_report(results)
    content = results.content
    source = content.source(content.metadata.source)
    drugs = {d.drug.id: d for c in results.drug_classes for d in c.drugs}
    drugs |= {d.drug.id: d for t in results.clinical_trials for d in t.drugs}
    return {
        "format": RESULTS_FORMAT,
        "version": RESULTS_VERSION,
        "content_version": content.metadata.content_version,
        "content_reviewed": content.metadata.reviewed.isoformat(),
        "source": {"title": source.title, "section": source.section, "url": source.url},
        "filled_in_for_someone_else": results.for_someone_else,
        "in_scope": results.in_scope,
        "out_of_scope_message": results.out_of_scope.message if results.out_of_scope else None,
        "answers": [
            {"question": a.question.id, "answers": [c.id for c in a.choices]} for a in results.answered
        ],
        "options_intro": content.wording.options_intro.text if results.in_scope else None,
        "options": [
            {
                "id": entry.option_id,
                "title": entry.title,
                "status": entry.status.key,
                "status_label": entry.status.words,
                "reason": entry.reason.text,
            }
            for entry in report.options()
        ],
        "no_match_notice": results.no_match_notice,
        "notes": list(results.notes),
        "drug_classes_intro": content.wording.classes_intro.text if results.in_scope else None,
        "drug_classes": [_group(g, drugs) for g in report.groups("drug_classes")],
        "clinical_trials": [
            {**_group(g, drugs), "see_also": g.see_also.text if g.see_also else None}
            for g in report.groups("trials")
        ],
        "treatments_unsure": results.treatments_unsure,
        "treatments_marked": results.treatments_marked,
        "also_marked": {
            "heading": content.wording.also_marked_heading,
            "treatments": list(results.also_marked),
        },
        "what_matters": [
            {"id": line.key, "question": line.asked, "answer": line.said} for line in results.what_matters
        ],
        "newer_approvals": _newer_approvals(results, report) if results.in_scope else None,
        "topics": [{"id": t.id, "title": t.title.text, "url": t.url} for t in results.topics],
    }


def _newer_approvals(results: GuideResults, report: Report) -> dict[str, Any]:
    """The section's words as the report gives them, each medicine with its facts one by one."""
    approvals = results.content.newer_approvals
    medicines = {m.id: m for m in approvals.medicines}
    return {
        "heading": approvals.heading,
        "intro": [fact.text for fact in approvals.intro],
        "pages": [{"title": p.title, "url": p.url, "date": p.date.text} for p in approvals.pages],
        "medicines": [_approved(medicines[g.group_id], g) for g in report.groups("newer_approvals")],
        "ask_doctor": approvals.ask_doctor,
    }


def _approved(medicine: ApprovedMedicine, group: MarkedGroup) -> dict[str, Any]:
    return {
        "id": medicine.id, "name": medicine.name, "brands": list(medicine.brands), "url": medicine.url,
        "kind": medicine.kind.text, "uses": [fact.text for fact in medicine.uses], "had": group.had,
    }


def _group(group: MarkedGroup, drugs: dict[str, DrugResult]) -> dict[str, Any]:
    return {
        "id": group.group_id, "title": group.title, "had": group.had,
        "drugs": [_drug(mark, drugs[mark.item_id]) for mark in group.marks],
    }


def _drug(mark: HadMark, result: DrugResult) -> dict[str, Any]:
    return {"id": mark.item_id, "name": result.drug.name, "brands": list(result.drug.brands), "had": mark.had}
