"""Labels of the domain's vocabulary (statuses, origins, categories, fields, indicators) in
every supported language.

Exports print labels in the committee's two working languages side by side, so the core keeps
the tables itself; the app reads the same tables for these words (one source, no drift), and
uses Qt Linguist only for its own menus and dialogs.
"""

from __future__ import annotations

import enum
from typing import NamedTuple

from secretariat.models import (
    ActivityCategory,
    ConferenceStatus,
    Direction,
    Horizon,
    MeetingKind,
    MeetingState,
    MouStatus,
    Origin,
    PlanStatus,
    Side,
)


class Label(NamedTuple):
    en: str
    ko: str
    zh: str
    ja: str

    def get(self, language: str) -> str:
        return str(getattr(self, language, self.en))


LANGUAGE_NAMES: dict[str, Label] = {
    "en": Label("English", "영어", "英语", "英語"),
    "ko": Label("Korean", "한국어", "韩语", "韓国語"),
    "zh": Label("Chinese (Simplified)", "중국어(간체)", "简体中文", "中国語（簡体字）"),
    "ja": Label("Japanese", "일본어", "日语", "日本語"),
}

ENUM_LABELS: dict[enum.Enum, Label] = {
    PlanStatus.agreed: Label("Agreed", "합의", "已商定", "合意"),
    PlanStatus.in_progress: Label("In progress", "추진 중", "推进中", "推進中"),
    PlanStatus.implemented: Label("Implemented", "이행 완료", "已落实", "実施済み"),
    PlanStatus.on_hold: Label("On hold", "보류", "暂缓", "保留"),
    PlanStatus.dropped: Label("Dropped", "중단", "已终止", "中止"),
    Origin.A: Label("Side A", "A측", "A方", "A側"),
    Origin.B: Label("Side B", "B측", "B方", "B側"),
    Origin.mutual: Label("Mutual", "공동", "共同", "共同"),
    Horizon.near: Label("Near-term", "단기", "近期", "短期"),
    Horizon.long: Label("Long-term", "중장기", "中长期", "中長期"),
    ConferenceStatus.planned: Label("Planned", "예정", "计划中", "予定"),
    ConferenceStatus.held: Label("Held", "개최", "已举行", "開催済み"),
    ConferenceStatus.postponed: Label("Postponed", "연기", "推迟", "延期"),
    ConferenceStatus.cancelled: Label("Cancelled", "취소", "取消", "中止"),
    MouStatus.negotiating: Label("Under negotiation", "협의 중", "协商中", "協議中"),
    MouStatus.signed: Label("Signed", "체결", "已签署", "締結"),
    MouStatus.expired: Label("Expired", "만료", "已到期", "失効"),
    MouStatus.terminated: Label("Terminated", "해지", "已终止", "解除"),
    MeetingKind.team: Label(
        "Team working meeting", "분과 실무회의", "工作组会议", "分科会実務会議"
    ),
    MeetingKind.secretariat: Label(
        "Secretariat meeting", "사무국 회의", "秘书处会议", "事務局会議"
    ),
    MeetingKind.video_call: Label("Video call", "화상회의", "视频会议", "ビデオ会議"),
    MeetingKind.other: Label("Other meeting", "기타 회의", "其他会议", "その他の会議"),
    MeetingState.planned: Label("Planned", "예정", "计划中", "予定"),
    MeetingState.held: Label("Held", "개최", "已举行", "開催済み"),
    ActivityCategory.administrative: Label(
        "Administrative exchange", "행정 교류", "行政交流", "行政交流"
    ),
    ActivityCategory.youth: Label("Youth exchange", "청소년 교류", "青少年交流", "青少年交流"),
    ActivityCategory.people: Label("People exchange", "인적 교류", "人员交流", "人的交流"),
    ActivityCategory.culture: Label("Culture", "문화", "文化", "文化"),
    ActivityCategory.economy: Label("Economy", "경제", "经济", "経済"),
    ActivityCategory.education: Label("Education", "교육", "教育", "教育"),
    ActivityCategory.environment: Label("Environment", "환경", "环境", "環境"),
    ActivityCategory.health: Label("Health", "보건", "卫生健康", "保健"),
    ActivityCategory.other: Label("Other", "기타", "其他", "その他"),
    Direction.a_to_b: Label("A → B", "A → B", "A → B", "A → B"),
    Direction.b_to_a: Label("B → A", "B → A", "B → A", "B → A"),
    Direction.joint: Label("Joint", "공동", "共同", "共同"),
    Side.A: Label("Side A", "A측", "A方", "A側"),
    Side.B: Label("Side B", "B측", "B方", "B側"),
}

FIELD_LABELS: dict[str, Label] = {
    "committee": Label("Committee", "위원회", "委员会", "委員会"),
    "conference": Label("Conference", "전체회의", "全体会议", "全体会議"),
    "team": Label("Team", "분과", "工作组", "分科会"),
    "plan": Label("Plan", "사업", "项目", "事業"),
    "ref": Label("Ref.", "번호", "编号", "番号"),
    "title": Label("Title", "제목", "标题", "題名"),
    "description": Label("Description", "내용", "内容", "内容"),
    "origin": Label("Proposed by", "제안", "提出方", "提案"),
    "horizon": Label("Horizon", "기간", "期限", "期間"),
    "status": Label("Status", "추진 상태", "状态", "状況"),  # a plan's implementation status
    "record_status": Label("Status", "상태", "状态", "状態"),  # an MOU's or a conference's
    "progress": Label("Progress", "진척도", "进度", "進捗"),
    "lead_agency_a": Label(
        "Lead agency (A)", "주관 기관(A측)", "牵头单位（A方）", "主管機関（A側）"
    ),
    "lead_agency_b": Label(
        "Lead agency (B)", "주관 기관(B측)", "牵头单位（B方）", "主管機関（B側）"
    ),
    "due_date": Label("Due", "완료 예정일", "预计完成日期", "完了予定日"),
    "continues": Label("Continues", "이전 사업", "延续自", "継続元"),
    "last_change": Label("Last change", "최근 변경", "最近变更", "最終変更"),
    "date": Label("Date", "날짜", "日期", "日付"),
    "planned_date": Label("Planned date", "예정일", "计划日期", "予定日"),
    "held_date": Label("Held on", "개최일", "举办日期", "開催日"),
    "host_side": Label("Host", "개최 측", "主办方", "開催側"),
    "venue": Label("Venue", "장소", "地点", "会場"),
    "postponement_reason": Label("Reason for postponement", "연기 사유", "推迟原因", "延期理由"),
    "note": Label("Note", "비고", "备注", "備考"),
    "meeting": Label("Meeting", "회의", "会议", "会議"),
    "kind": Label("Kind", "종류", "类型", "種類"),
    "attendees": Label("Attendees", "참석자", "出席人员", "出席者"),
    "outcomes": Label("Outcomes", "결과", "成果", "成果"),
    "mou": Label("MOU", "양해각서", "谅解备忘录", "覚書"),
    "signed_on": Label("Signed on", "체결일", "签署日期", "締結日"),
    "expires_on": Label("Expires on", "만료일", "到期日期", "失効日"),
    "party_a": Label("Party (A)", "당사자(A측)", "签署方（A方）", "当事者（A側）"),
    "party_b": Label("Party (B)", "당사자(B측)", "签署方（B方）", "当事者（B側）"),
    "activity": Label("Activity", "교류 활동", "交流活动", "交流活動"),
    "category": Label("Category", "분야", "类别", "分野"),
    "direction": Label("Direction", "방향", "方向", "方向"),
    "participants": Label("Participants", "참가 인원", "参与人数", "参加人数"),
    "from_status": Label("From", "변경 전", "变更前", "変更前"),
    "to_status": Label("To", "변경 후", "变更后", "変更後"),
    "name": Label("Name", "이름", "名称", "名称"),
    "code": Label("Code", "코드", "代码", "コード"),
    "start_conference": Label("From conference", "시작 전체회의", "起始全体会议", "開始全体会議"),
    "active": Label("Active", "활동", "活跃", "活動中"),
    "side_a_name": Label("Side A", "A측", "A方", "A側"),
    "side_b_name": Label("Side B", "B측", "B方", "B側"),
    "language_a": Label(
        "Working language (A)", "실무 언어(A측)", "工作语言（A方）", "作業言語（A側）"
    ),
    "language_b": Label(
        "Working language (B)", "실무 언어(B측)", "工作语言（B方）", "作業言語（B側）"
    ),
    "sort_order": Label("Order", "순서", "顺序", "順序"),
    "seq": Label("No.", "순번", "序号", "番号"),
    "decided_on": Label("Decided on", "결정일", "决定日期", "決定日"),
    "previous_date": Label("Previous date", "이전 일정", "原定日期", "変更前の日付"),
    "new_date": Label("New date", "변경 일정", "新日期", "変更後の日付"),
    "postponement": Label("Postponement", "연기", "推迟", "延期"),
    "status_change": Label("Status change", "추진 상태 변경", "状态变更", "状況変更"),
    "author": Label("Changed by", "변경자", "修改人", "変更者"),
    "edit": Label("Edit", "수정 내역", "修改记录", "変更履歴"),
    "record_kind": Label("Record kind", "기록 종류", "记录类型", "記録の種類"),
    "record_id": Label("Record", "기록", "记录", "記録"),
    "field": Label("Field", "항목", "字段", "項目"),
    "old_value": Label("Old value", "이전 값", "原值", "変更前"),
    "new_value": Label("New value", "새 값", "新值", "変更後"),
    "record_version": Label("Version", "버전", "版本", "版"),
    "teams": Label("Teams", "분과", "工作组", "分科会"),
    "meeting_state": Label("State", "진행 상태", "状态", "状態"),
    "start_time": Label("Time", "시각", "时间", "時刻"),
    "duration_minutes": Label("Duration (min)", "소요 시간(분)", "时长（分钟）", "所要時間（分）"),
    "video_link": Label("Video link", "화상회의 링크", "视频会议链接", "ビデオ会議リンク"),
    "agenda_item": Label("Agenda item", "안건", "议题", "議題"),
    "agenda": Label("Agenda", "회의 안건", "会议议程", "議事日程"),
    "minutes": Label("Minutes", "회의록", "会议纪要", "議事録"),
    "position": Label("No.", "순번", "序号", "番号"),
    "topic": Label("Topic", "안건 내용", "议题内容", "議題内容"),
    "outcome": Label("Outcome", "결과", "结果", "結果"),
    "follow_up_due": Label("Follow-up due", "후속 조치 기한", "后续措施期限", "フォローアップ期限"),
}

SHEET_LABELS: dict[str, Label] = {
    # A workbook sheet per record kind (by the kind's plural name, secretariat/kinds).
    "committee": Label("Committee", "위원회", "委员会", "委員会"),
    "conferences": Label("Conferences", "전체회의", "全体会议", "全体会議"),
    "postponements": Label("Postponements", "연기 이력", "推迟记录", "延期履歴"),
    "teams": Label("Teams", "분과", "工作组", "分科会"),
    "plans": Label("Plans", "사업", "项目", "事業"),
    "history": Label("Status history", "추진 상태 이력", "状态变更记录", "状況履歴"),
    "meetings": Label("Meetings", "회의", "会议", "会議"),
    "mous": Label("MOUs", "양해각서", "谅解备忘录", "覚書"),
    "activities": Label("Activities", "교류 활동", "交流活动", "交流活動"),
    "instructions": Label("Instructions", "작성 안내", "填写说明", "記入方法"),
}

INDICATOR_LABELS: dict[str, Label] = {
    "plans": Label("Plans", "사업 수", "项目数", "事業数"),
    "promotion_rate": Label("Promotion rate", "추진율", "推进率", "推進率"),
    "implementation_rate": Label("Implementation rate", "이행률", "落实率", "実施率"),
    "mutual_rate": Label("Mutual-plan rate", "공동 제안 비율", "共同提案比例", "共同提案率"),
    "retention_rate": Label("Retention rate", "계속 사업 비율", "延续率", "継続率"),
    "mous_at_conference": Label("MOUs signed", "체결 양해각서", "签署备忘录", "締結覚書"),
    "mous_cumulative": Label("MOUs (cumulative)", "양해각서 누계", "备忘录累计", "覚書累計"),
    "months_since_previous": Label(
        "Months between conferences",
        "직전 전체회의 이후 개월 수",
        "距上届全体会议月数",
        "前回全体会議からの月数",
    ),
    "reciprocity": Label("Reciprocity", "호혜성", "互惠性", "互恵性"),
    "dormant": Label("Dormant", "휴면", "休眠", "休眠"),
    "change_pp": Label("Change (pp)", "증감(%p)", "变化（百分点）", "増減（ポイント）"),
}


def enum_label(value: enum.Enum, language: str) -> str:
    """The label of a status, origin, category... in one language."""
    return ENUM_LABELS[value].get(language)


def field_label(field: str, language: str) -> str:
    return FIELD_LABELS[field].get(language)


def indicator_label(name: str, language: str) -> str:
    return INDICATOR_LABELS[name].get(language)


def bilingual(label: Label, languages: tuple[str, str], separator: str = " / ") -> str:
    """`label` in two languages side by side; once when both read the same."""
    first, second = (label.get(language) for language in languages)
    return first if first == second else f"{first}{separator}{second}"
