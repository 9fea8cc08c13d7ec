"""The demo committee's meetings ahead: when, where, and the topics on their agendas besides the
plans proposed for them. Data only; secretariat.demo_agenda builds the records from it."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from secretariat.demo_text import Text3


class PlannedMeetingSpec(NamedTuple):
    held_on: date
    start_time: str
    duration_minutes: int
    kind: str
    team: str | None  # None: a meeting of the two secretariats
    venue: str
    video_link: str
    proposed_plans: int  # how many of the proposed plans go on the agenda
    topics: tuple[Text3, ...]  # free-text items, after the plans


PLANNED_MEETINGS = (
    PlannedMeetingSpec(
        date(2027, 1, 19),
        "10:00",
        120,
        "team",
        "ECO",
        "동주시청 3층 회의실 / 东州市政厅三楼会议室",
        "",
        4,
        (
            Text3(
                "Joint investment forum: date and list of participating firms",
                "공동 투자 포럼 일정 및 참가 기업 명단",
                "联合投资论坛日期及参会企业名单",
            ),
        ),
    ),
    PlannedMeetingSpec(
        date(2027, 2, 16),
        "15:00",
        90,
        "video_call",
        "CUL",
        "화상회의 / 视频会议",
        "https://meet.dongju.example/cul-2027-02",
        3,
        (
            Text3(
                "Programme of the exhibition on the two cities' old quarters",
                "두 도시 옛 도심 공동 전시 프로그램",
                "",  # the Chinese text is still to come from side B: a gap on the agenda
            ),
        ),
    ),
    PlannedMeetingSpec(
        date(2027, 3, 9),
        "09:30",
        180,
        "secretariat",
        None,
        "云海市外事办公室 / 운해시 외사판공실",
        "",
        0,
        (
            Text3(
                "Preparations for the 6th conference: agenda, venue and delegations",
                "제6차 전체회의 준비: 의제, 장소 및 대표단",
                "第六届全体会议筹备：议程、地点及代表团",
            ),
            Text3(
                "Draft MOU on health and medical cooperation",
                "보건의료 협력 양해각서 초안",
                "卫生健康合作谅解备忘录草案",
            ),
            Text3(
                "Exchange of records between the two secretariats",
                "양측 사무국 간 기록 교환",
                "双方秘书处之间的记录交换",
            ),
        ),
    ),
)

# The held meeting whose outcomes the demo shows logged against its agenda: its agenda is the
# plans whose status was decided there, then one topic.
HELD_AGENDA_MEETING = (date(2026, 3, 10), "ECO")
HELD_TOPIC = Text3(
    "Date of the next working meeting",
    "차기 실무회의 일정",
    "下次工作会议日期",
)
HELD_TOPIC_OUTCOME = Text3(
    "The next working meeting will be held by video call in January.",
    "차기 실무회의는 1월에 화상회의로 개최하기로 함.",
    "下次工作会议定于一月以视频方式举行。",
)
# An item's outcome for a plan whose status was decided: the new status is filled in.
DECIDED_OUTCOME = Text3(
    "Reviewed; the status was changed to “{status}”.",
    "검토 결과 추진 상태를 ‘{status}’(으)로 변경함.",
    "经审议，项目状态调整为“{status}”。",
)
