"""Shared by the workbook tests: a committee with awkward texts, reading sheets back."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from secretariat.db import Database
from secretariat.models import Plan
from secretariat.progress import run_to_end
from secretariat.services import activities, meetings, mous, plans
from tests.builders import Committee, small_committee

FORMULA_TITLES = ['=HYPERLINK("http://x","y")', "+1", "@SUM(A1)"]


def _stored_by_an_older_version(db: Database, plan: Plan) -> Plan:
    """Control characters in titles: refused at entry now (text_rules.py), but a database
    written before holds them, and the exports must still cope."""
    with db.write() as session:
        stored = session.get(Plan, plan.id)
        assert stored is not None
        stored.title_ko, stored.title_zh = "제어\x01문자\x1f제목", "控制\x0b字符"
    return plan


def awkward_committee(db: Database) -> tuple[Committee, dict[str, Plan]]:
    """Plans whose texts, dates and numbers must survive a round trip exactly."""
    built = small_committee(db)
    made = {
        "formula": built.plan(1, "ECO", FORMULA_TITLES[0], progress=30),
        "plus": built.plan(1, "ECO", FORMULA_TITLES[1], due_date=date(2016, 2, 29)),
        "at": built.plan(2, "ENV", FORMULA_TITLES[2], status="in_progress", progress=55),
        "texts": built.plan(
            2,
            "ECO",
            "두  칸   띄어 쓴 제목",
            title_en="Title with  double spaces",
            description_ko="첫 줄\n둘째 줄\n\n넷째 줄",
            description_zh="第一行\r\n第二行",
            lead_agency_a="동주시  경제과",
            due_date=date(2017, 12, 31),
        ),
        "control": _stored_by_an_older_version(db, built.plan(2, "ECO", "제어 문자 제목")),
        "zero": built.plan(1, "ECO", "영 진척", progress=0, horizon="long", origin="A"),
    }
    plans.change_status(
        db, [made["texts"].id], "in_progress", changed_on=date(2016, 3, 1), note="kick-off"
    )
    made["carried"] = plans.carry_over(db, [made["zero"].id])[0]
    meetings.log_meeting(
        db,
        {
            "held_on": date(2016, 5, 2),
            "kind": "team",
            "outcomes_ko": "결과",
            "outcomes_zh": "成果",
            "conference_id": built.conferences[2].id,
        },
        team_ids=[built.teams["ECO"].id],
    )
    mous.create_mou(
        db,
        {
            "title_ko": "협약",
            "title_zh": "协议",
            "status": "signed",
            "signed_on": date(2015, 10, 21),
            "conference_id": built.conferences[2].id,
        },
        team_ids=[built.teams["ECO"].id],
    )
    activities.create_activity(
        db,
        {
            "held_on": date(2016, 7, 1),
            "team_id": built.teams["ECO"].id,
            "category": "youth",
            "direction": "a_to_b",
            "participants": 12,
            "description_ko": "청소년 교류",
            "plan_id": made["texts"].id,
        },
    )
    return built, {key: plans.get_plan(db, plan.id) for key, plan in made.items()}


def export(db: Database, path: Path, **options: Any) -> Path:
    from exports.xlsx.workbook import write_workbook

    run_to_end(write_workbook(db, path, **options))
    return path


def sheet_rows(path: Path, index: int) -> list[list[Any]]:
    """A sheet's cell values as python-calamine reads them (independent of openpyxl)."""
    workbook = CalamineWorkbook.from_path(str(path))
    return workbook.get_sheet_by_index(index).to_python()


def plans_sheet(path: Path) -> Any:
    return load_workbook(path).worksheets[1]


def by_header(sheet: Any) -> dict[str, int]:
    return {cell.value: cell.column for cell in sheet[1]}


def checkpointed_bytes(db: Database) -> bytes:
    """The database file as it is once the WAL is folded back in."""
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return Path(db.describe()).read_bytes()
