"""History notes as the documents print them: the app's own notes in the document's languages,
a person's as typed, marked when in neither language."""

from __future__ import annotations

from exports.pdf.notes import NoteText, note_text, written_in


def test_the_apps_notes_are_said_in_both_languages() -> None:
    assert note_text("carried over from the previous conference", ("ko", "zh")) == NoteText(
        "직전 회의에서 이어짐\n延续自上届会议"
    )
    assert note_text("carried over from 4-ECO-01", ("zh", "ja")) == NoteText(
        "延续自4-ECO-01\n4-ECO-01から継続"
    )
    assert note_text("imported from wb5_edited.xlsx", ("en", "ko")) == NoteText(
        "imported from wb5_edited.xlsx\nwb5_edited.xlsx에서 가져옴"
    )
    # A note typed in the row of an imported sheet follows the app's words, as typed.
    assert note_text("imported from wb5.xlsx: 일정 확정", ("ko", "zh")) == NoteText(
        "wb5.xlsx에서 가져옴\n从wb5.xlsx导入\n일정 확정"
    )


def test_a_persons_note_prints_as_typed_with_the_gap_mark_when_in_neither_language() -> None:
    assert note_text("일정 확정", ("ko", "zh")) == NoteText("일정 확정")
    assert note_text("Work plan confirmed.", ("en", "ko")) == NoteText("Work plan confirmed.")
    assert note_text("Work plan confirmed.", ("ko", "zh")) == NoteText(
        "Work plan confirmed.", "— (번역 없음) / — (无译文)"
    )
    assert note_text("2025-06-10", ("ko", "zh")) == NoteText("2025-06-10")  # no language


def test_the_language_of_a_note_from_its_script() -> None:
    assert written_in("사업 추진") == "ko"
    assert written_in("事業を継続する") == "ja"
    assert written_in("项目推进") == "zh"
    assert written_in("Plan agreed") == "en"
