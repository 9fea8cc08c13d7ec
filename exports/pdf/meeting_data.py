"""What a meeting's agenda and minutes print, read once from the services as plain data, and
the two documents' own phrases in every supported language."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from secretariat.db import Database
from secretariat.errors import ValidationError
from secretariat.labels import Label
from secretariat.models import LANGUAGES, MeetingKind, MeetingState
from secretariat.services import agenda, committee, meetings
from secretariat.services.agenda import AgendaEntry
from secretariat.services.meetings import DecidedChange
from secretariat.text import texts_of

PHRASES: dict[str, Label] = {
    "agenda": Label("Agenda", "회의 안건", "会议议程", "議事日程"),
    "minutes": Label("Minutes", "회의록", "会议纪要", "議事録"),
    "when": Label("Date and time", "일시", "时间", "日時"),
    "where": Label("Venue", "장소", "地点", "会場"),
    "video": Label("Video link", "화상회의 링크", "视频会议链接", "ビデオ会議リンク"),
    "participants": Label("Participants", "참석 대상", "参会人员", "参加予定者"),
    "attendees": Label("Attendees", "참석자", "出席人员", "出席者"),
    "items": Label("Items", "안건", "议题", "議題"),
    "item": Label("Item", "안건", "议题", "議題"),
    "number": Label("No.", "순번", "序号", "番号"),
    "summary": Label("Summary", "요약", "概要", "概要"),
    "outcomes": Label("Outcomes by item", "안건별 결과", "各议题结果", "議題別の結果"),
    "decided": Label(
        "Status changes decided", "결정된 추진 상태 변경", "决定的状态变更", "決定した状況変更"
    ),
    "follow_ups": Label("Follow-ups", "후속 조치", "后续措施", "フォローアップ"),
    "status_now": Label("Status", "추진 상태", "状态", "状況"),
    "due": Label("Due", "기한", "期限", "期限"),
    "latest_note": Label("Latest note", "최근 메모", "最新备注", "最新メモ"),
    "change": Label("Change", "변경", "变更", "変更"),
    "minutes_of_planned": Label(
        "Not held yet: no outcomes logged",
        "미개최: 기록된 결과 없음",
        "尚未举行：无记录结果",
        "未開催：結果の記録なし",
    ),
    "minutes_short": Label("min", "분", "分钟", "分"),
}


@dataclass(frozen=True)
class MeetingDocument:
    """One meeting with everything its agenda or minutes show."""

    meeting_id: uuid.UUID
    held_on: date
    start_time: str
    duration_minutes: int
    kind: MeetingKind
    state: MeetingState
    venue: str
    video_link: str
    attendees: str
    outcomes: dict[str, str]
    committee_name: dict[str, str]
    team_names: tuple[dict[str, str], ...]
    items: tuple[AgendaEntry, ...]
    decided: tuple[DecidedChange, ...]


def check_languages(languages: tuple[str, str] | None, db: Database) -> tuple[str, str]:
    chosen = languages or committee.working_languages(db)
    if len(chosen) != 2 or chosen[0] == chosen[1] or not set(chosen) <= set(LANGUAGES):
        raise ValidationError("languages", chosen, f"two different languages of {LANGUAGES}")
    return chosen[0], chosen[1]


def load_meeting(db: Database, day: date, team: str | None = None) -> MeetingDocument:
    """The meeting held or planned on `day` (of `team`, by code); refused when there is none
    or more than one."""
    meeting = agenda.meeting_on(db, day, team_code=team)
    profile = committee.get_profile(db)
    return MeetingDocument(
        meeting_id=meeting.id,
        held_on=meeting.held_on,
        start_time=meeting.start_time,
        duration_minutes=meeting.duration_minutes,
        kind=meeting.kind,
        state=meeting.state,
        venue=meeting.venue,
        video_link=meeting.video_link,
        attendees=meeting.attendees,
        outcomes=texts_of(meeting, "outcomes"),
        committee_name=texts_of(profile, "name") if profile else {},
        team_names=tuple(texts_of(t, "name") for t in agenda.meeting_teams(db, meeting.id)),
        items=tuple(agenda.agenda_of(db, meeting.id)),
        decided=tuple(meetings.decided_at(db, meeting.id)),
    )
