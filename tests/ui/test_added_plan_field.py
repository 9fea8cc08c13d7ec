"""A field added to the plan's description (secretariat/kinds) reaches the Plans sheet, the
plan's details and its editor, and the carry-over, with no list of fields to edit elsewhere.

Plan has no field these places leave out today, so the test adds one to the description: the
plan's `status_changed_on` (a stored date the description keeps as derived), as a date field."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from exports.xlsx import columns
from exports.xlsx.workbook import write_workbook
from secretariat.db import Database
from secretariat.kinds import PLAN, FieldSpec, FieldType
from secretariat.labels import FIELD_LABELS, Label, bilingual
from secretariat.models import Plan
from secretariat.progress import run_to_end
from tests.builders import Committee, small_committee
from tests.ui.record_pages import make_context
from ui.dialogs import plan_editor
from ui.widgets import plan_details
from ui.widgets.form_fields import DateField

ADDED = FieldSpec(
    "status_changed_on", FieldType.DATE, Label("Reviewed on", "검토일", "审查日期", "検討日")
)
WITH_ADDED = dataclasses.replace(PLAN, fields=(*PLAN.fields, ADDED))


@pytest.fixture
def built(db: Database) -> Committee:
    committee = small_committee(db)
    committee.plan(1, "ECO", "Forum")
    return committee


def first_plan(built: Committee) -> Plan:
    with built.db.read() as session:
        plan = session.exec(select(Plan)).one()
        session.expunge(plan)
    assert plan.status_changed_on is not None
    return plan


def test_the_plans_sheet_has_a_column_for_it_with_its_values(
    built: Committee, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(columns, "PLAN", WITH_ADDED)
    path = tmp_path / "plans.xlsx"
    run_to_end(write_workbook(built.db, path, languages=("en", "ko")))
    sheet = openpyxl.load_workbook(path, read_only=True)[columns.plans_sheet_title(("en", "ko"))]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    where = header.index("Reviewed on / 검토일")
    assert where < header.index(bilingual(FIELD_LABELS["continues"], ("en", "ko")))
    plan = first_plan(built)
    (cell,) = (row[where] for row in rows[1:])
    assert (cell.date() if isinstance(cell, dt.datetime) else cell) == plan.status_changed_on


def test_the_details_and_the_editor_show_it(
    built: Committee, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plan_editor, "PLAN_KIND", WITH_ADDED)
    monkeypatch.setattr(plan_details, "FACT_FIELDS", (*plan_details.FACT_FIELDS, ADDED))
    context = make_context(built.db, tmp_path, "en")
    plan = first_plan(built)
    assert plan.status_changed_on is not None
    editor = plan_editor.PlanEditor(context)
    qtbot.addWidget(editor)
    editor.load(plan, "1-ECO-01", None)
    spec, widget = editor.more_fields.widgets["status_changed_on"]
    assert isinstance(widget, DateField) and spec is ADDED
    assert editor.values()["status_changed_on"] == plan.status_changed_on.isoformat()
    details = plan_details.PlanDetails(context)
    qtbot.addWidget(details)
    details.show_plan(plan.id)
    assert f"Reviewed on: {plan.status_changed_on.isoformat()}" in details.text()
