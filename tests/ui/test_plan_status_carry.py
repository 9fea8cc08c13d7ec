"""Changing the status of several plans at once (history and timeline), carrying plans over
to the next conference, and undoing and redoing both, read from the table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from secretariat.db import Database
from secretariat.models import PlanStatus
from secretariat.services import plan_query, plans
from tests.ui.keyboard import type_text
from tests.ui.plans_driver import (
    CTRL_SHIFT,
    cell,
    column,
    plans_page,
    press,
    row_of_ref,
    save,
    save_and_close,
    select_refs,
    selected_refs,
    wait_count,
    wait_dialog,
)
from ui import i18n
from ui.dialogs.carry_over import CarryOverDialog, refusal_text
from ui.dialogs.status_change import StatusChangeDialog
from ui.pages.plan_edits import keeps_rows

REFS = ("5-ECO-01", "5-ECO-02", "5-CUL-01")


def states(page, refs=REFS) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [
        (
            cell(page, row_of_ref(page, ref), "status"),
            cell(page, row_of_ref(page, ref), "progress"),
            cell(page, row_of_ref(page, ref), "last_change"),
        )
        for ref in refs
    ]


def test_change_status_of_several_plans(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    demo_db.set_author("Park Jiho")  # the name Settings gives on SQLite
    plan_ids = [page.model.plan_id_at(row_of_ref(page, ref)) for ref in REFS]
    plans.change_status(demo_db, plan_ids, "in_progress", changed_on="2025-09-01")
    page.reload()
    before = states(page)
    select_refs(page, *REFS)
    press(qtbot, page, Qt.Key.Key_S, CTRL_SHIFT)
    dialog = wait_dialog(qtbot, page)
    assert isinstance(dialog, StatusChangeDialog)
    assert "3 plans: 5-ECO-01, 5-ECO-02, 5-CUL-01" in dialog.plans_label.text()
    assert dialog.status.value() == PlanStatus.implemented  # the next step is proposed
    meeting_row = next(
        i for i in range(dialog.meeting.count()) if dialog.meeting.itemText(i).startswith("2026-")
    )
    dialog.meeting.setCurrentIndex(meeting_row)  # its date becomes the change's date
    held_on = dialog.meeting.itemText(meeting_row)[:10]
    assert dialog.changed_on.text() == held_on
    type_text(qtbot, dialog.note, "양측 완료 확인")
    save_and_close(qtbot, page, dialog)

    assert states(page) == [("Implemented", "100 %", held_on)] * 3
    assert selected_refs(page) == sorted(REFS, key=column(page, "ref").index)
    page.select_plans([plan_ids[0]])
    timeline = page.details.timeline.entry_texts()
    assert timeline[0].startswith(f"{held_on}  In progress → Implemented")
    assert "양측 완료 확인" in timeline[0] and "Decided at:" in timeline[0]
    assert timeline[0].endswith("Recorded by Park Jiho")
    for plan_id in plan_ids:
        latest = plans.history(demo_db, plan_id)[0]
        assert (latest.to_status, latest.note, str(latest.changed_on)) == (
            PlanStatus.implemented,
            "양측 완료 확인",
            held_on,
        )

    page.undo_action.trigger()  # each change taken back, progress as it was
    assert states(page) == before
    assert len(plans.history(demo_db, plan_ids[0])) == len(timeline) - 1
    page.redo_action.trigger()
    assert states(page) == [("Implemented", "100 %", held_on)] * 3


def test_status_dialog_refuses_a_bad_date_and_no_change(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    select_refs(page, "5-ECO-01")
    current = plans.get_plan(demo_db, page.model.plan_id_at(row_of_ref(page, "5-ECO-01"))).status
    page.status_action.trigger()
    dialog = wait_dialog(qtbot, page)
    dialog.changed_on.line_edit.clear()
    qtbot.keyClicks(dialog.changed_on.line_edit, "2026-13-01")
    save(qtbot, dialog)
    assert "real date" in dialog.form.error_text("changed_on")
    dialog.changed_on.line_edit.clear()
    qtbot.keyClicks(dialog.changed_on.line_edit, "2026-11-01")
    dialog.status.set_value(current)
    assert "already have this status" in dialog.hint.text()
    save(qtbot, dialog)
    assert "a status other than the one the plans have" in dialog.form.error_text("to_status")
    assert page.undo_stack.count() == 0 and dialog.isVisible()


def test_carry_over_previews_then_creates(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    before = page.model.total()
    select_refs(page, "5-ENV-01", "5-ENV-02", "4-ECO-01")  # 4-ECO-01 went on as 5-ECO-…
    press(qtbot, page, Qt.Key.Key_C, CTRL_SHIFT)
    dialog = wait_dialog(qtbot, page)
    assert isinstance(dialog, CarryOverDialog)
    assert [(ref, target) for ref, _title, target in dialog.preview_rows()] == [
        ("5-ENV-01", "6"),
        ("5-ENV-02", "6"),
    ]
    ((ref, title, why),) = dialog.preview_rows(refused=True)
    assert (ref, title) == ("4-ECO-01", cell(page, row_of_ref(page, "4-ECO-01"), "title_0"))
    assert why.startswith("already carried over as 5-ECO-")
    count = 2
    assert dialog.save_button().text() == "Carry over 2 plans"
    save_and_close(qtbot, page, dialog)

    wait_count(qtbot, page, before + count, before + count)
    new_refs = selected_refs(page)
    assert len(new_refs) == count and all(ref.startswith("6-") for ref in new_refs)
    page.select_plans([page.model.plan_id_at(row_of_ref(page, new_refs[0]))])
    lineage = page.details.lineage.refs()
    assert lineage[-2:] == ["5-ENV-01", new_refs[0]]
    assert "carried over from 5-ENV-01" in page.details.timeline.entry_texts()[0]

    page.undo_action.trigger()
    wait_count(qtbot, page, before, before)
    assert not any(ref.startswith("6-") for ref in column(page, "ref"))
    page.redo_action.trigger()  # the same plans come back
    wait_count(qtbot, page, before + count, before + count)
    assert selected_refs(page) == new_refs


def test_carry_over_of_the_last_conference_is_refused(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path)
    select_refs(page, "5-ENV-01")
    page.carry_action.trigger()
    save_and_close(qtbot, page, wait_dialog(qtbot, page))
    (new_ref,) = selected_refs(page)
    page.carry_action.trigger()  # the 6th conference has no next one
    dialog = wait_dialog(qtbot, page)
    assert dialog.preview_rows() == []
    (refused,) = dialog.preview_rows(refused=True)
    assert refused[0] == new_ref and "no conference after conference 6" in refused[2]
    assert not dialog.save_button().isEnabled()
    assert plan_query.count_plans(demo_db) == page.model.total()


def test_an_edit_repaints_rows_only_when_the_list_stays_the_same() -> None:
    from secretariat.services.plan_query import PlanFilter

    status = frozenset({"status", "progress", "status_changed_on"})
    assert keeps_rows(PlanFilter(), None, status)
    assert keeps_rows(PlanFilter(search="포럼"), "ref", status)
    assert not keeps_rows(PlanFilter(status=PlanStatus.agreed), None, status)
    assert not keeps_rows(PlanFilter(), "progress", status)
    assert not keeps_rows(PlanFilter(search="포럼"), None, frozenset({"title_ko"}))
    assert not keeps_rows(PlanFilter(), "title_0", frozenset({"title_ko"}))
    assert keeps_rows(PlanFilter(), "status", frozenset({"title_ko"}))
    assert not keeps_rows(PlanFilter(), "ref", frozenset({"team_id"}))


@pytest.fixture
def korean() -> Iterator[None]:
    i18n.install_translators("ko")
    yield
    i18n.install_translators("en")  # leave the application as other tests expect it


def test_why_a_plan_cannot_be_carried_over_reads_in_korean(
    demo_db: Database, qtbot: QtBot, tmp_path: Path, korean: None
) -> None:
    page = plans_page(demo_db, qtbot, tmp_path, ui_language="ko")
    select_refs(page, "5-ENV-01", "4-ECO-01")  # 4-ECO-01 went on as 5-ECO-…
    page.carry_action.trigger()
    dialog = wait_dialog(qtbot, page)
    ((_ref, _title, why),) = dialog.preview_rows(refused=True)
    assert why.startswith("5-ECO-") and why.endswith("(으)로 이미 이관됨"), why
    save_and_close(qtbot, page, dialog)
    page.carry_action.trigger()  # the new plan is at the 6th conference, the last one
    dialog = wait_dialog(qtbot, page)
    ((_ref, _title, why),) = dialog.preview_rows(refused=True)
    assert why == "제6차 전체회의 다음 전체회의가 없음"
    assert refusal_text("team ENV is no longer active") == "ENV 분과는 더 이상 활동하지 않음"
    assert refusal_text("a reason not known here") == "a reason not known here"
