"""Form helpers: multilingual editor with gap marks, dates with an empty state, enum combos,
and validation messages shown next to their field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from secretariat.errors import ValidationError
from secretariat.models import MouStatus
from tests.ui.keyboard import type_text
from ui.widgets.form_fields import CheckList, DateField, EnumCombo, KeyedCombo
from ui.widgets.multilingual import MultilingualEdit
from ui.widgets.record_form import RecordForm


def test_multilingual_edit_marks_missing_working_language(qtbot: QtBot) -> None:
    edit = MultilingualEdit("title", ("ko", "zh"), "en")
    qtbot.addWidget(edit)
    edit.show()
    assert edit.missing() == []  # a blank field is not a gap yet
    type_text(qtbot, edit.editor("ko"), "청소년 교류")
    assert edit.missing() == ["zh"]
    assert edit.editor("zh").placeholderText() == "Translation missing"
    type_text(qtbot, edit.editor("zh"), "青少年交流")
    assert edit.missing() == []
    assert edit.values() == {
        "title_en": "",
        "title_ko": "청소년 교류",
        "title_zh": "青少年交流",
        "title_ja": "",
    }


def test_multilingual_edit_shows_other_languages_on_demand(qtbot: QtBot) -> None:
    edit = MultilingualEdit("description", ("ko", "zh"), "en", multiline=True)
    qtbot.addWidget(edit)
    edit.show()
    edit.set_values({"description_en": "Youth camp", "description_ko": "청소년 캠프"})
    assert not edit.editor("en").isVisible()
    assert "1 with text" in edit._toggle.text()
    qtbot.mouseClick(edit._toggle, Qt.MouseButton.LeftButton)
    assert edit.editor("en").isVisible()
    assert edit.text("en") == "Youth camp"
    assert edit.missing() == ["zh"]
    edit.set_languages(("ko", "en"), "en")
    assert edit.missing() == []  # English is now a working language and has text


def test_date_field_is_empty_typed_or_picked(qtbot: QtBot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    assert (field.value(), field.date(), field.is_valid()) == (None, None, True)
    qtbot.keyClicks(field.line_edit, "2018-11-08")
    assert field.date() == date(2018, 11, 8)
    field.line_edit.clear()
    qtbot.keyClicks(field.line_edit, "2018-02-30")
    assert not field.is_valid()
    assert field.value() == "2018-02-30"  # handed to the service as typed, never dropped
    assert field.line_edit.property("invalid") is True
    field.set_date(None)
    assert field.value() is None and field.line_edit.property("invalid") is False


def test_enum_combo_labels_follow_the_language(qtbot: QtBot) -> None:
    combo = EnumCombo(MouStatus, "en", empty_label="All")
    qtbot.addWidget(combo)
    assert [combo.itemText(i) for i in range(combo.count())][:3] == [
        "All",
        "Under negotiation",
        "Signed",
    ]
    combo.set_value(MouStatus.signed)
    combo.set_language("ko", empty_label="전체")
    assert combo.currentText() == "체결"
    assert combo.value() is MouStatus.signed
    combo.setCurrentIndex(0)
    assert combo.value() is None


def test_keyed_combo_and_check_list_keep_choices(qtbot: QtBot) -> None:
    combo = KeyedCombo()
    qtbot.addWidget(combo)
    combo.set_choices([("One", 1), ("Two", 2)], empty_label="—")
    combo.set_value(2)
    combo.set_choices([("Two", 2), ("Three", 3)], empty_label="—")
    assert combo.value() == 2
    checks = CheckList()
    qtbot.addWidget(checks)
    checks.set_choices([("ECO", "e"), ("CUL", "c")])
    checks.set_checked(["c"])
    assert checks.checked() == ["c"]
    checks.set_read_only(True)
    assert not checks.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_form_shows_error_next_to_field_and_clears_on_edit(qtbot: QtBot) -> None:
    form = RecordForm()
    qtbot.addWidget(form)
    title = MultilingualEdit("title", ("ko", "zh"), "en")
    expires = DateField()
    party = QLineEdit()
    form.add_row("title", lambda: "Title", title)
    form.add_row("expires_on", lambda: "Expires on", expires)
    form.add_row("party_a", lambda: "Party (A)", party)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClicks(expires.line_edit, "2014-01-01")
    shown = form.show_error(
        ValidationError("expires_on", date(2014, 1, 1), "a date after 2015-10-21")
    )
    assert shown
    assert form.error_text("expires_on") == "Expected a date after 2015-10-21."
    assert expires.text() == "2014-01-01"  # what was typed stays
    assert expires.line_edit.hasFocus()
    qtbot.keyClick(expires.line_edit, Qt.Key.Key_Backspace)
    assert form.error_text("expires_on") == ""
    # errors on one language's column land on the multilingual row
    assert form.show_error(ValidationError("title_zh", "x" * 9, "at most 8 characters"))
    assert form.error_text("title") == "Expected at most 8 characters."
    assert title.editor("zh").hasFocus()
    assert not form.show_error(ValidationError("status", "x", "one of ..."))
    assert form.error_text("title") == ""
    form.set_read_only(True)
    assert party.isReadOnly() and title.editor("ko").isReadOnly()
    assert expires.line_edit.isReadOnly()


def active_window_with(qtbot: QtBot, *fields: QWidget) -> QWidget:
    """The fields one under another in an active window, as in a form (keep a reference:
    the window owns the fields)."""
    window = QWidget()
    layout = QVBoxLayout(window)
    for field in fields:
        layout.addWidget(field)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def tab(qtbot: QtBot, backwards: bool = False) -> QWidget:
    """Press Tab (or Shift+Tab) where the focus is; the widget that has it afterwards."""
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    return QApplication.focusWidget()


def test_tab_leaves_the_date_field_both_ways(qtbot: QtBot) -> None:
    before, field, after = QLineEdit(), DateField(), QLineEdit()
    _window = active_window_with(qtbot, before, field, after)
    before.setFocus()
    assert tab(qtbot) is field.line_edit
    assert tab(qtbot) is after  # not the ▾ button, and never back into the field
    assert tab(qtbot, backwards=True) is field.line_edit
    assert tab(qtbot, backwards=True) is before


def test_alt_down_opens_the_calendar_and_enter_picks_a_day(qtbot: QtBot) -> None:
    field = DateField()
    _window = active_window_with(qtbot, field)
    field.set_date(date(2026, 3, 9))
    field.line_edit.setFocus()
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(field._menu.isVisible)
    calendar = field._calendar
    assert calendar.selectedDate().toPython() == date(2026, 3, 9)  # opens on the typed date
    assert calendar.isAncestorOf(QApplication.focusWidget())  # the keys go to the calendar
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert field.date() == date(2026, 3, 10)
    qtbot.waitUntil(lambda: not field._menu.isVisible())
    field.set_read_only(True)
    qtbot.keyClick(field.line_edit, Qt.Key.Key_F4)
    assert not field._menu.isVisible()  # a read-only date is not picked either


def test_tab_goes_through_the_languages_in_the_order_they_are_seen(qtbot: QtBot) -> None:
    before, edit, after = QLineEdit(), MultilingualEdit("title", ("ko", "zh"), "en"), QLineEdit()
    _window = active_window_with(qtbot, before, edit, after)
    before.setFocus()
    assert tab(qtbot) is edit.editor("ko")
    assert tab(qtbot) is edit.editor("zh")
    assert tab(qtbot) is edit._toggle  # "other languages", hidden ones skipped
    assert tab(qtbot) is after
    edit.set_languages(("zh", "en"), "en")  # the committee's languages changed
    edit._toggle.setChecked(True)
    qtbot.waitUntil(lambda: edit.editor("en").isVisible() and edit.editor("ja").isVisible())
    before.setFocus()
    shown = [tab(qtbot) for _ in range(6)]
    others = [edit.editor("ko"), edit.editor("ja")]
    assert shown == [edit.editor("zh"), edit.editor("en"), edit._toggle, *others, after]
