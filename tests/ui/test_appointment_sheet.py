"""For the appointment: the daughter filling the guide in for her father.

His myeloma came back about 8 months after Revlimid, Velcade and dexamethasone ended and is not
stable now (``DAUGHTERS_SITTING``): no option matches outright. The results and the printout must
read as a calm account (never "nothing fits", no graded symbols, no "Not marked"), in words about
him, with his own words, her questions and room to write on the first two pages.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from myeloma_gui import cli
from myeloma_gui.content.loader import ContentError, load_content
from myeloma_gui.content.models import Content
from myeloma_gui.decision.guide import decide
from myeloma_gui.decision.saved_answers import (
    AnswersFileError,
    SavedAnswers,
    read_answers_file,
    write_answers_file,
)
from myeloma_gui.ui.basics.named_group import NamedGroup
from myeloma_gui.ui.page_ids import PageId
from myeloma_gui.ui.paper.summary_document import SummaryDocument, pdf_bytes
from myeloma_gui.ui.session import GuideSession
from tests.answer_sets import DAUGHTERS_SITTING, TREATED_CAME_BACK_LATE, Q, answers_document
from tests.pdf_text import page_texts
from tests.ui.walk import answer, current_question, press_next, start_guide, walk_to_results

A4 = QPageSize.PageSizeId.A4
RATING_SYMBOLS = "●◐○◑◒◓★☆"


def flat(text: str) -> str:
    return " ".join(text.split())


def daughters_pages(content: Content, *, large_print: bool = False) -> list[str]:
    sitting = DAUGHTERS_SITTING
    results = decide(content, sitting.answers, sitting.what_matters, for_someone_else=True)
    document = SummaryDocument(results, sitting.notes, name="Walter Brooks", large_print=large_print)
    return [flat(page) for page in page_texts(pdf_bytes(document, A4))]


def test_the_first_two_pages_are_the_sheet_for_the_appointment(
    qapp: QApplication, content_for_someone_else: Content
) -> None:
    del qapp
    content = content_for_someone_else
    wording = content.wording
    pages = daughters_pages(content)
    sheet, reference = " ".join(pages[:2]), " ".join(pages[2:])
    # Who, filled in by whom, and when.
    assert sheet.startswith(f"{content.metadata.title} Name: Walter Brooks Filled in for them by: ____")
    results = decide(content, DAUGHTERS_SITTING.answers, for_someone_else=True)
    for said in (
        wording.answers_heading,
        *(flat(r.reason) for r in results.options),
        flat(wording.no_match_notice),
        wording.not_said_heading, *(flat(q) for q in wording.not_said_questions),
        "Dad wants to be well enough to tend his garden in the spring.",  # his own words
        wording.readiness_heading, *(flat(s) for s in wording.readiness_steps),
        wording.doctor_questions_heading,
        "Ask about the numbness in his feet since Velcade.", "Can the clinic visits be on Mondays?",
        wording.writing_room_heading, wording.doctor_said_heading, wording.next_steps_heading,
    ):
        assert said in sheet, said
    # The reference follows on a page of its own: the medicines first, then trials and topics.
    assert pages[2].startswith(wording.classes_heading)
    assert wording.classes_heading not in sheet
    assert wording.trials_heading in reference
    assert content.metadata.disclaimer in reference
    # The no-match text comes after the three options, never first.
    assert sheet.index(flat(wording.no_match_notice)) > sheet.index(content.options[-1].title.text)


def test_the_daughters_printout_is_calm_and_about_him(
    qapp: QApplication, content_for_someone_else: Content
) -> None:
    del qapp
    text = " ".join(daughters_pages(content_for_someone_else))
    assert "none of the options" not in text.casefold()
    assert "nothing fits" not in text.casefold()
    assert not set(RATING_SYMBOLS) & set(text)
    assert "Not marked" not in text
    assert "the source for a different situation" not in text
    # Spoken of as him: the questions to ask are his, the headings say "their".
    assert "Questions to ask their doctor" in text
    assert "What is the goal of their treatment?" in text
    assert "your myeloma" not in text.casefold()


def test_in_large_print_the_sheet_still_comes_first_and_the_reference_starts_a_page(
    qapp: QApplication, content_for_someone_else: Content
) -> None:
    del qapp
    wording = content_for_someone_else.wording
    pages = daughters_pages(content_for_someone_else, large_print=True)
    starts = [number for number, page in enumerate(pages) if page.startswith(wording.classes_heading)]
    assert len(starts) == 1
    sheet = " ".join(pages[: starts[0]])
    assert "Dad wants to be well enough" in sheet
    assert wording.next_steps_heading in sheet
    # The room to write is whole on one page, under its heading.
    room = next(page for page in pages if wording.writing_room_heading in page)
    assert wording.doctor_said_heading in room
    assert wording.next_steps_heading in room


def test_next_steps_appear_only_after_a_no_in_the_readiness_checks(
    qapp: QApplication, content: Content
) -> None:
    del qapp
    wording = content.wording
    for what_matters, shown in (({"feel_sure": "no"}, True), ({"feel_sure": "yes"}, False), ({}, False)):
        results = decide(content, TREATED_CAME_BACK_LATE, what_matters)
        text = flat(" ".join(page_texts(pdf_bytes(SummaryDocument(results, ""), A4))))
        assert (wording.readiness_heading in text) is shown
        assert (flat(wording.readiness_steps[0]) in text) is shown


def test_the_results_command_and_its_pdf_follow_the_saved_choice(
    tmp_path: Path, content_for_someone_else: Content
) -> None:
    path = DAUGHTERS_SITTING.write(tmp_path)
    out, pdf = tmp_path / "results.json", tmp_path / "summary.pdf"
    assert cli.main(["results", str(path), "--json", str(out), "--pdf", str(pdf)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["filled_in_for_someone_else"] is True
    assert data["options_intro"] == content_for_someone_else.wording.options_intro.text
    assert "for them" in data["no_match_notice"]
    text = flat(" ".join(page_texts(pdf.read_bytes())))
    assert "Filled in for them by:" in text


def test_saved_answers_keep_whom_they_are_for_and_old_files_still_load(
    tmp_path: Path, content: Content
) -> None:
    path = DAUGHTERS_SITTING.write(tmp_path)
    assert read_answers_file(path, content).for_someone_else is True
    older = tmp_path / "older.json"  # saved before the choice existed
    older.write_text(json.dumps(answers_document(DAUGHTERS_SITTING.answers)), encoding="utf-8")
    assert read_answers_file(older, content).for_someone_else is False
    wrong = tmp_path / "wrong.json"
    document = answers_document(DAUGHTERS_SITTING.answers, filled_in_for="dad")
    wrong.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(AnswersFileError, match="filled_in_for"):
        read_answers_file(wrong, content)


def test_a_choice_of_words_with_other_than_two_parts_is_refused(content_path: Path, tmp_path: Path) -> None:
    raw = json.loads(content_path.read_text(encoding="utf-8"))
    raw["wording"]["results_heading"] = "What the summary lists for {you|them|us}"
    edited = tmp_path / "content.json"
    edited.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ContentError, match=re.escape("wording.results_heading")):
        load_content(edited)


def group_names(page: object) -> list[str]:
    return [g.accessibleName() for g in page.findChildren(NamedGroup)]  # type: ignore[attr-defined]


def test_the_wizard_speaks_of_the_person_once_the_helper_says_so(
    qtbot: QtBot, content_path: Path, content: Content, content_for_someone_else: Content
) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.welcome_page.for_whom_buttons[1].click()  # "For someone else"
    session = wizard.session
    assert session is not None
    assert session.for_someone_else
    press_next(wizard)
    answer(wizard, Q.SITUATION, DAUGHTERS_SITTING.answers[Q.SITUATION])  # type: ignore[arg-type]
    page = current_question(wizard)
    stable = content_for_someone_else.question(Q.STABLE_NOW)
    assert stable.title != content.question(Q.STABLE_NOW).title  # the words really differ
    # What is seen, and what a screen reader says with the first answer: both in the new voice.
    assert stable.title in [label.text() for label in page.findChildren(QLabel)]
    assert f"{stable.title} Question 2 of 7" in group_names(page)
    # Starting over is perhaps for someone new: back to the person's own words.
    session.clear()
    wizard.restart()
    wizard.set_for_someone_else(session.for_someone_else)
    assert wizard.question_pages[Q.STABLE_NOW].question.title == content.question(Q.STABLE_NOW).title


def test_the_whole_walk_for_someone_else_reaches_results_about_them(
    qtbot: QtBot, content_path: Path, content_for_someone_else: Content
) -> None:
    wizard = start_guide(qtbot, content_path)
    wizard.welcome_page.for_whom_buttons[1].click()
    walk_to_results(wizard, DAUGHTERS_SITTING.answers)
    assert wizard.currentId() == PageId.RESULTS
    shown = wizard.results_page.document.toPlainText()
    wording = content_for_someone_else.wording
    assert wording.results_heading in shown  # "... situations like theirs"
    assert flat(wording.no_match_notice) in flat(shown)
    assert not set(RATING_SYMBOLS) & set(shown)
    assert "Not marked" not in shown
    # Back at the start, "For myself" puts the questions back in the person's own words.
    assert wizard.session is not None
    wizard.set_for_someone_else(False)
    title = wizard.question_pages[Q.STABLE_NOW].question.title
    assert title.startswith("Is your myeloma")
    wizard.session.clear()


def test_tab_reaches_the_choice_of_whom_it_is_for_right_after_open_saved_answers(
    qtbot: QtBot, content_path: Path
) -> None:
    from PySide6.QtCore import Qt

    wizard = start_guide(qtbot, content_path)
    welcome = wizard.welcome_page
    welcome.open_answers_button.setFocus()
    qtbot.waitUntil(welcome.open_answers_button.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is welcome.for_whom_buttons[0]  # "For myself", chosen at first
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # the arrow chooses, as on every question
    assert wizard.session is not None
    assert wizard.session.for_someone_else


def test_save_answers_writes_whom_they_are_for(tmp_path: Path, content: Content) -> None:
    sitting = DAUGHTERS_SITTING
    path = tmp_path / "saved.json"
    saved = SavedAnswers(
        sitting.answers, sitting.notes, what_matters=sitting.what_matters, for_someone_else=True
    )
    write_answers_file(path, saved, content)
    assert json.loads(path.read_text(encoding="utf-8"))["filled_in_for"] == "someone_else"
    assert read_answers_file(path, content) == saved


def test_opening_her_saved_answers_brings_back_whom_they_are_for(
    qtbot: QtBot, content_path: Path, content_for_someone_else: Content, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from myeloma_gui.ui.answer_files import open_and_save

    path = DAUGHTERS_SITTING.write(tmp_path)

    def open_without_a_dialog(parent: object, session: GuideSession) -> bool:
        del parent
        session.load(read_answers_file(path, content_for_someone_else), path)
        return True

    monkeypatch.setattr(open_and_save, "open_answers", open_without_a_dialog)
    wizard = start_guide(qtbot, content_path)
    wizard.open_answers()
    assert wizard.currentId() == PageId.REVIEW
    assert wizard.welcome_page.for_whom_buttons[1].isChecked()
    title = content_for_someone_else.question(Q.STABLE_NOW).title
    assert wizard.question_pages[Q.STABLE_NOW].question.title == title
    press_next(wizard)
    assert wizard.currentId() == PageId.RESULTS
    shown = flat(wizard.results_page.document.toPlainText())
    assert content_for_someone_else.wording.readiness_heading in shown  # his "No" to feeling sure
    assert "Dad wants to be well enough to tend his garden in the spring." in shown
