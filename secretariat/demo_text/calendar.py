"""The demo committee's calendar: its profile, conferences, teams, meetings and MOUs, and the
shares that shape its plans. Data only; secretariat.demo builds the records from it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from secretariat.demo_text import PlanTheme, Text3, culture, economy, education, environment, health
from secretariat.models import ActivityCategory

PROFILE = {
    "name_en": "Dongju–Yunhai Joint Committee for Exchanges and Cooperation",
    "name_ko": "동주–운해 교류협력 공동위원회",
    "name_zh": "东州—云海交流合作联合委员会",
    "name_ja": "東州・雲海交流協力共同委員会",
    "side_a_name_en": "Dongju Metropolitan City",
    "side_a_name_ko": "동주광역시",
    "side_a_name_zh": "东州广域市",
    "side_a_name_ja": "東州広域市",
    "side_b_name_en": "Yunhai Municipality",
    "side_b_name_ko": "운해시",
    "side_b_name_zh": "云海市",
    "side_b_name_ja": "雲海市",
    "language_a": "ko",
    "language_b": "zh",
}

VENUE_A = ("Dongju City Hall, Grand Conference Room", "동주시청 대회의실", "东州市政厅大会议室")
VENUE_B = ("Yunhai International Conference Centre", "운해국제회의센터", "云海国际会议中心")


@dataclass(frozen=True)
class ConferenceSpec:
    number: int
    planned: date
    held: date | None
    host: str
    postponed_from: date | None = None
    postponed_on: date | None = None
    reason: Text3 | None = None


THAAD_REASON = Text3(
    "Postponed by mutual agreement while relations between the two countries were strained.",
    "양국 관계 경색에 따라 양측 합의로 연기함.",
    "鉴于两国关系紧张，经双方协商决定推迟举行。",
)
COVID_REASON = Text3(
    "Postponed because of the COVID-19 pandemic and the suspension of travel between the cities.",
    "코로나19 대유행과 양 도시 간 왕래 중단으로 연기함.",
    "因新冠肺炎疫情及两市往来暂停而推迟举行。",
)

CONFERENCES = (
    ConferenceSpec(1, date(2013, 5, 14), date(2013, 5, 14), "A"),
    ConferenceSpec(2, date(2015, 10, 20), date(2015, 10, 21), "B"),
    ConferenceSpec(
        3,
        date(2018, 11, 8),
        date(2018, 11, 8),
        "A",
        date(2017, 9, 12),
        date(2017, 3, 20),
        THAAD_REASON,
    ),
    ConferenceSpec(
        4,
        date(2022, 11, 15),
        date(2022, 11, 16),
        "B",
        date(2021, 5, 18),
        date(2021, 2, 10),
        COVID_REASON,
    ),
    ConferenceSpec(5, date(2025, 6, 10), date(2025, 6, 10), "A"),
    ConferenceSpec(6, date(2027, 10, 12), None, "B"),
)


@dataclass(frozen=True)
class TeamSpec:
    code: str
    names: tuple[str, str, str, str]
    start: int  # first conference
    themes: Sequence[PlanTheme]
    plans_per_conference: dict[int, int]


TEAMS = (
    TeamSpec(
        "ECO",
        ("Economy", "경제", "经济", "経済"),
        1,
        economy.THEMES,
        {1: 13, 2: 11, 3: 9, 4: 8, 5: 8},
    ),
    TeamSpec(
        "CUL",
        ("Culture", "문화", "文化", "文化"),
        1,
        culture.THEMES,
        {1: 12, 2: 11, 3: 9, 4: 8, 5: 8},
    ),
    TeamSpec(
        "EDU",
        ("Education", "교육", "教育", "教育"),
        1,
        education.THEMES,
        {1: 12, 2: 9, 3: 8, 4: 7, 5: 6},
    ),
    TeamSpec(
        "ENV",
        ("Environment", "환경", "环境", "環境"),
        2,
        environment.THEMES,
        {2: 10, 3: 8, 4: 7, 5: 6},
    ),
    TeamSpec(
        "HEA", ("Health and Medical", "보건의료", "卫生健康", "保健医療"), 5, health.THEMES, {5: 9}
    ),
)

# Share of the previous conference's plans each conference continues, and of mutual plans.
RETENTION = {2: 0.40, 3: 0.62, 4: 0.50, 5: 0.45}
MUTUAL_SHARE = {1: 0.60, 2: 0.78, 3: 0.80, 4: 0.82, 5: 0.85}
# Final status of plans not carried over, by how long ago their conference was.
FINAL_STATUS_WEIGHTS = {
    1: {"implemented": 50, "dropped": 18, "in_progress": 14, "on_hold": 12, "agreed": 6},
    2: {"implemented": 48, "dropped": 15, "in_progress": 20, "on_hold": 12, "agreed": 5},
    3: {"implemented": 40, "dropped": 12, "in_progress": 30, "on_hold": 12, "agreed": 6},
    4: {"implemented": 25, "dropped": 6, "in_progress": 45, "on_hold": 10, "agreed": 14},
    5: {"implemented": 6, "dropped": 2, "in_progress": 42, "on_hold": 6, "agreed": 44},
}
PATHS = {
    "agreed": [],
    "in_progress": ["in_progress"],
    "implemented": ["in_progress", "implemented"],
    "on_hold": ["in_progress", "on_hold"],
    "dropped": ["in_progress", "dropped"],
}

# (outcome index, date, kind, team code or None): see demo_text/records.py for the texts.
MEETINGS = (
    (12, date(2014, 3, 11), "team", "ECO"),
    (18, date(2014, 4, 22), "team", "CUL"),
    (24, date(2014, 9, 16), "team", "EDU"),
    (0, date(2015, 7, 8), "secretariat", None),
    (10, date(2016, 2, 23), "secretariat", None),
    (30, date(2016, 3, 15), "team", "ENV"),
    (13, date(2016, 5, 17), "team", "ECO"),
    (19, date(2016, 9, 6), "team", "CUL"),
    (25, date(2016, 11, 8), "team", "EDU"),
    (1, date(2017, 3, 20), "secretariat", None),
    (29, date(2017, 6, 13), "team", "EDU"),
    (31, date(2017, 11, 7), "team", "ENV"),
    (16, date(2018, 4, 10), "team", "ECO"),
    (5, date(2018, 6, 5), "secretariat", None),
    (26, date(2019, 3, 26), "team", "EDU"),
    (6, date(2019, 4, 9), "secretariat", None),
    (20, date(2019, 5, 14), "team", "CUL"),
    (14, date(2019, 9, 3), "team", "ECO"),
    (32, date(2019, 10, 15), "team", "ENV"),
    (3, date(2020, 5, 12), "video_call", None),
    (17, date(2020, 9, 15), "video_call", "ECO"),
    (4, date(2020, 10, 20), "video_call", None),
    (23, date(2020, 11, 10), "video_call", "CUL"),
    (2, date(2021, 2, 10), "video_call", None),
    (35, date(2021, 4, 13), "video_call", "ENV"),
    (15, date(2021, 6, 8), "video_call", "ECO"),
    (9, date(2022, 6, 14), "video_call", None),
    (11, date(2023, 3, 7), "secretariat", None),
    (33, date(2023, 3, 21), "team", "ENV"),
    (21, date(2023, 5, 16), "team", "CUL"),
    (27, date(2023, 9, 12), "team", "EDU"),
    (28, date(2024, 5, 21), "video_call", "EDU"),
    (7, date(2024, 9, 24), "secretariat", None),
    (8, date(2025, 3, 18), "secretariat", None),
    (36, date(2025, 9, 9), "team", "HEA"),
    (37, date(2026, 2, 10), "team", "HEA"),
    (14 + 100, date(2026, 3, 10), "team", "ECO"),
    (22, date(2026, 4, 14), "team", "CUL"),
    (38, date(2026, 5, 19), "video_call", "HEA"),
    (34, date(2026, 6, 16), "team", "ENV"),
    (39, date(2026, 9, 15), "team", "HEA"),
)
# 14 + 100 marks a second meeting on the tourism plan; its outcome text is shared with 14.

ATTENDEES = {
    None: "동주시 국제교류과 김민준 과장, 이서연 주무관; 云海市外事办公室 王磊处长, 刘婷科员",
    "ECO": "동주시 경제정책과 박지훈 팀장; 云海市商务局 陈静副处长",
    "CUL": "동주문화재단 최유진 본부장; 云海市文化和旅游局 赵明处长",
    "EDU": "동주시교육청 정하늘 장학관; 云海市教育委员会 孙丽处长",
    "ENV": "동주시 기후환경본부 한도윤 과장; 云海市生态环境局 周强处长",
    "HEA": "동주시 시민건강국 윤서아 과장; 云海市卫生健康委员会 吴芳处长",
}

# MOU index in texts.MOU_TITLES -> (conference, status, signed, expires, team codes, parties)
MOUS = (
    (0, 1, "signed", date(2013, 5, 14), None, (), ("동주광역시", "云海市人民政府")),
    (1, 1, "signed", date(2013, 5, 14), None, (), ("동주광역시", "云海市人民政府")),
    (
        2,
        2,
        "signed",
        date(2015, 10, 21),
        None,
        ("ENV",),
        ("동주시 기후환경본부", "云海市生态环境局"),
    ),
    (
        8,
        2,
        "expired",
        date(2015, 10, 21),
        date(2020, 10, 20),
        ("CUL",),
        ("동주문화재단", "云海市文化和旅游局"),
    ),
    (9, 2, "signed", date(2015, 10, 21), None, ("EDU",), ("동주시교육청", "云海市教育委员会")),
    (
        3,
        3,
        "signed",
        date(2018, 11, 8),
        None,
        ("ENV",),
        ("동주시 기후환경본부", "云海市生态环境局"),
    ),
    (
        4,
        3,
        "signed",
        date(2018, 11, 8),
        None,
        ("EDU", "CUL"),
        ("동주시 청소년정책과", "共青团云海市委员会"),
    ),
    (
        5,
        4,
        "signed",
        date(2022, 11, 16),
        None,
        (),
        ("동주광역시 인재개발원", "云海市人力资源和社会保障局"),
    ),
    (
        6,
        5,
        "signed",
        date(2025, 6, 10),
        None,
        ("HEA",),
        ("동주시 시민건강국", "云海市卫生健康委员会"),
    ),
    (7, 6, "negotiating", None, None, ("ECO",), ("동주시 경제정책실", "云海市商务局")),
)

CATEGORY_TEAM = {
    ActivityCategory.economy: "ECO",
    ActivityCategory.culture: "CUL",
    ActivityCategory.education: "EDU",
    ActivityCategory.environment: "ENV",
    ActivityCategory.health: "HEA",
}
# Youth exchange in the demo mostly goes one way: a known weakness the dashboard should show.
DIRECTION_WEIGHTS = {
    ActivityCategory.youth: (78, 12, 10),
    ActivityCategory.people: (45, 45, 10),
}
DEFAULT_DIRECTION_WEIGHTS = (40, 38, 22)

STATUS_NOTES = {
    "in_progress": "Lead agencies on both sides confirmed the work plan and started implementation.",
    "implemented": "Completed as agreed; results reported to both secretariats.",
    "on_hold": "Paused until budget and schedules are confirmed on both sides.",
    "dropped": "Discontinued by mutual agreement; resources moved to related plans.",
}
