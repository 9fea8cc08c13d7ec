<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="+19"/>
        <source>Records, indicators and bilingual briefing packs for a joint committee&apos;s secretariat.</source>
        <translation>공동위원회 사무국을 위한 기록 관리, 지표 산출, 2개 언어 회의 자료집 작성 도구.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database: {location}</source>
        <translation>데이터베이스: {location}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Korean and Chinese text is shown with WenQuanYi Micro Hei (Apache License 2.0), bundled with the app.</source>
        <translation>한국어와 중국어는 앱에 포함된 WenQuanYi Micro Hei 글꼴(Apache License 2.0)로 표시됩니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Secretariat</source>
        <translation>Secretariat 정보</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="+32"/>
        <source>Activities</source>
        <translation>교류 활동</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="+110"/>
        <source>(no team)</source>
        <translation>(분과 없음)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All teams</source>
        <translation>모든 분과</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New activity</source>
        <translation>새 교류 활동</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search descriptions</source>
        <translation>내용 검색</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} activities</source>
        <translation>교류 활동 {total}건 중 {shown}건</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delete %n activity(ies)</source>
        <translation>
            <numerusform>교류 활동 %n건 삭제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n activity(ies). Undo brings them back.</source>
        <translation>
            <numerusform>교류 활동 %n건을 삭제했습니다. 실행 취소로 되돌릴 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All categories</source>
        <translation>모든 분야</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All directions</source>
        <translation>모든 방향</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Add activity “{name}”</source>
        <translation>교류 활동 “{name}” 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit activity “{name}”</source>
        <translation>교류 활동 “{name}” 편집</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../ui/dialogs/activity_editor.py" line="+30"/>
        <source>(no team)</source>
        <translation>(분과 없음)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New activity</source>
        <translation>새 교류 활동</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no plan)</source>
        <translation>(관련 사업 없음)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Activity of {date}</source>
        <translation>{date} 교류 활동</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../ui/widgets/agenda_editor.py" line="+177"/>
        <source>Propose agenda</source>
        <translation>안건 제안</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the teams&apos; open plans that are overdue, stale or carried over</source>
        <translation>선택한 분과의 미완료 사업 중 기한 경과·장기 미변경·계속 사업을 추가합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add topic</source>
        <translation>안건 추가</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no status change for months</source>
        <translation>수개월간 상태 변경 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carried over</source>
        <translation>계속 사업</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../ui/widgets/attention_list.py" line="+166"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…외 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dormant teams: nothing recorded for %1 months</source>
        <translation>휴면 분과: %1개월간 기록 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open plans past their due date</source>
        <translation>완료 예정일이 지난 미완료 사업</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plans without a status change for %1 months</source>
        <translation>%1개월간 추진 상태 변경이 없는 사업</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plans missing a translation</source>
        <translation>번역이 누락된 사업</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing recorded yet</source>
        <translation>아직 기록 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle for %1 months; last activity on %2</source>
        <translation>%1개월째 활동 없음 · 최근 활동 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due %1 · %2</source>
        <translation>완료 예정일 %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 since %2</source>
        <translation>%2부터 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing: %1</source>
        <translation>누락: %1</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="+62"/>
        <source>{path} is a folder.</source>
        <translation>{path}은(는) 폴더입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} already exists. A restore never replaces a database: choose a new file.</source>
        <translation>{path}이(가) 이미 있습니다. 복원은 기존 데이터베이스를 덮어쓰지 않으니 새 파일을 선택하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} 폴더가 없습니다.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Back up the database</source>
        <translation>데이터베이스 백업</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secretariat archives (*.zip)</source>
        <translation>Secretariat 백업 파일 (*.zip)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backed up 1 record to {path}.</source>
        <translation>레코드 1건을 {path}에 백업했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up {count} records to {path}.</source>
        <translation>레코드 {count}건을 {path}에 백업했습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup cancelled; nothing was written.</source>
        <translation>백업을 취소했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Secretariat archives (*.zip);;All files (*)</source>
        <translation>Secretariat 백업 파일 (*.zip);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Secretariat databases (*.db)</source>
        <translation>Secretariat 데이터베이스 (*.db)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore into a new database</source>
        <translation>새 데이터베이스로 복원</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating the new database…</source>
        <translation>새 데이터베이스를 만드는 중…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore cancelled; no database was created.</source>
        <translation>복원을 취소했습니다. 데이터베이스를 만들지 않았습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored 1 record into {path}.</source>
        <translation>레코드 1건을 {path}에 복원했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored {count} records into {path}.</source>
        <translation>레코드 {count}건을 {path}에 복원했습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This window stays on {current}. To work on the restored database, start Secretariat on it:

{command}

or set SECRETARIAT_DB to that file before starting Secretariat.</source>
        <translation>이 창은 계속 {current}을(를) 사용합니다. 복원한 데이터베이스로 작업하려면 Secretariat을 다음과 같이 실행하세요:

{command}

또는 실행하기 전에 SECRETARIAT_DB를 그 파일로 설정하세요.</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../../ui/dialogs/carry_over.py" line="+23"/>
        <source>already carried over as {ref}</source>
        <translation>{ref}(으)로 이미 이관됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no conference after conference {number}</source>
        <translation>제{number}차 전체회의 다음 전체회의가 없음</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>team {code} is no longer active</source>
        <translation>{code} 분과는 더 이상 활동하지 않음</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>carried over from …</source>
        <translation>…에서 이관됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Will be created ({count})</source>
        <translation>생성될 사업 ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be carried over ({count})</source>
        <translation>이관할 수 없음 ({count})</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Carry over %n plan(s)</source>
        <translation>
            <numerusform>사업 %n건 차기 전체회의로 이관</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carry over to the next conference</source>
        <translation>차기 전체회의로 이관</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>To conference</source>
        <translation>이관할 전체회의</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why not</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>ChangeWatch</name>
    <message>
        <location filename="../../ui/change_watch.py" line="+54"/>
        <source>The server cannot be reached: read-only until it is back.</source>
        <translation>서버에 연결할 수 없습니다. 다시 연결될 때까지 읽기 전용입니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Updated with the latest saved changes.</source>
        <translation>저장된 최신 변경 내용으로 새로 고쳤습니다.</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../ui/dialogs/changes.py" line="+57"/>
        <source>Changes</source>
        <translation>변경 내역</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>변경 %n건, 최근 순.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change has been recorded since this record was created.</source>
        <translation>이 기록이 만들어진 뒤 기록된 변경이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>변경자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>이후</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(deleted)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(the record)</source>
        <translation>(기록 전체)</translation>
    </message>
</context>
<context>
    <name>ConferenceEditor</name>
    <message>
        <location filename="../../ui/dialogs/conference_editor.py" line="+94"/>
        <source>New conference</source>
        <translation>새 전체회의</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conference {number}</source>
        <translation>제{number}차 전체회의</translation>
    </message>
</context>
<context>
    <name>ConferencesModel</name>
    <message>
        <location filename="../../ui/models/conferences.py" line="+39"/>
        <source>{status} ({count}×)</source>
        <translation>{status} ({count}회)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status} (postponed {count}×)</source>
        <translation>{status} ({count}회 연기)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No.</source>
        <translation>차수</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>⚠ {language} missing</source>
        <translation>⚠ {language} 누락</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>date not yet known</source>
        <translation>일자 미정</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Decided on</source>
        <translation>결정일</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous date → new date</source>
        <translation>기존 일자 → 변경 일자</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="-4"/>
        <source>Conferences</source>
        <translation>전체회의</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conferences.py" line="+100"/>
        <source>New conference</source>
        <translation>새 전체회의</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search numbers and venues</source>
        <translation>차수·장소 검색</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} conferences</source>
        <translation>전체회의 {total}회 중 {shown}회</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %n conference(s)</source>
        <translation>
            <numerusform>전체회의 %n회 삭제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n conference(s). Undo brings them back.</source>
        <translation>
            <numerusform>전체회의 %n회를 삭제했습니다. 실행 취소로 되돌릴 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postpone…</source>
        <translation>연기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postpone the selected conference (Ctrl+Shift+P)</source>
        <translation>선택한 전체회의 연기 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a conference to see its postponements.</source>
        <translation>전체회의를 선택하면 연기 이력을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conference {number} has not been postponed.</source>
        <translation>제{number}차 전체회의는 연기된 적이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postponements of conference {number}</source>
        <translation>제{number}차 전체회의 연기 이력</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add conference {number}</source>
        <translation>제{number}차 전체회의 추가</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit conference {number}</source>
        <translation>제{number}차 전체회의 편집</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Postpone conference {number}</source>
        <translation>제{number}차 전체회의 연기</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="+29"/>
        <source>Changed by someone else</source>
        <translation>다른 사람이 변경함</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep &amp;theirs</source>
        <translation>상대 변경 유지(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theirs &amp;plus my other changes</source>
        <translation>상대 변경 + 내 나머지 변경(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Overwrite with mine</source>
        <translation>내 것으로 덮어쓰기(&amp;O)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>someone else</source>
        <translation>다른 사람</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} saved this record while you were saving it.</source>
        <translation>저장하는 사이에 {who} 님이 이 기록을 저장했습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} changed this record at {when}, after you opened it.</source>
        <translation>이 기록을 연 뒤 {when}에 {who} 님이 변경했습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{field}: theirs “{theirs}”</source>
        <translation>{field}: 상대 “{theirs}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yours “{yours}”</source>
        <translation>내 값 “{yours}”</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="-1"/>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+165"/>
        <source>&amp;Team:</source>
        <translation>분과(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs &amp;attention</source>
        <translation>확인 필요(&amp;A)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Computing indicators</source>
        <translation>지표 계산 중</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Updating…</source>
        <translation>업데이트 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not compute the indicators: %1</source>
        <translation>지표를 계산하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+32"/>
        <source>Whole committee</source>
        <translation>위원회 전체</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_charts.py" line="+32"/>
        <source>Conf. %1</source>
        <translation>제%1차</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>pp</source>
        <translation>%p</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+5"/>
        <source>Rates by conference</source>
        <translation>전체회의별 지표 비율</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exchange activities by direction</source>
        <translation>방향별 교류 활동</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_charts.py" line="+55"/>
        <source>Activities</source>
        <translation>교류 활동 수</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A: %1 · B: %2</source>
        <translation>A측: %1 · B측: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_cards.py" line="+40"/>
        <location line="+43"/>
        <source>Plans at the latest conference</source>
        <translation>최근 전체회의 사업 수</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>No conference held yet</source>
        <translation>아직 열린 전체회의가 없습니다</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, %2</source>
        <comment>a conference, its date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 since %2</source>
        <comment>a change of a figure since a conference</comment>
        <translation>%2 대비 %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>By %1; %2 signed there</source>
        <translation>%1까지 · 해당 전체회의 체결 %2건</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postponements</source>
        <translation>연기 횟수</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None so far</source>
        <translation>지금까지 없음</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Next conference</source>
        <translation>다음 전체회의</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None planned</source>
        <translation>예정 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="+12"/>
        <source>%n plan(s) on its agenda</source>
        <translation>
            <numerusform>의제에 오른 사업 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="+79"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>날짜 선택 (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../ui/dialogs/exchange.py" line="+54"/>
        <source>Exchange with the partner</source>
        <translation>상대 도시와 기록 교환</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Partner</source>
        <translation>상대 사이트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>측</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files made for it</source>
        <translation>보낸 파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its files applied here</source>
        <translation>반영한 상대 파일</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save this site&apos;s key…</source>
        <translation>이 사이트의 키 저장…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust a partner&apos;s key…</source>
        <translation>상대 키 신뢰…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a file for the partner…</source>
        <translation>상대에게 보낼 파일 만들기…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring in a partner&apos;s file…</source>
        <translation>상대 파일 가져오기…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Make this database a site</source>
        <translation>이 데이터베이스를 교환 사이트로 설정</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side A</source>
        <translation>A측</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side B</source>
        <translation>B측</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Dongju office</source>
        <translation>예: 동주시 사무국</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make it a site</source>
        <translation>사이트로 설정</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This city&apos;s side</source>
        <translation>이 도시의 측</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name partners see</source>
        <translation>상대에게 보이는 이름</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Save this site&apos;s key</source>
        <translation>이 사이트의 키 저장</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site keys (*.key)</source>
        <translation>사이트 키 (*.key)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trust a partner&apos;s key</source>
        <translation>상대 키 신뢰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site keys (*.key);;All files (*)</source>
        <translation>사이트 키 (*.key);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Make a file for the partner</source>
        <translation>상대에게 보낼 파일 만들기</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Exchange files (*.secx)</source>
        <translation>교환 파일 (*.secx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>File {number} for {partner}: {count} records in {path}.</source>
        <translation>{partner}에게 보낼 {number}번 파일: 레코드 {count}건, {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bring in a partner&apos;s file</source>
        <translation>상대 파일 가져오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange files (*.secx);;All files (*)</source>
        <translation>교환 파일 (*.secx);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the partner&apos;s file</source>
        <translation>상대 파일을 읽는 중</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bringing in the partner&apos;s file</source>
        <translation>상대 파일을 반영하는 중</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File {number} from {partner} is in: {counts}.</source>
        <translation>{partner}의 {number}번 파일을 반영했습니다: {counts}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database as it was before: {path}</source>
        <translation>반영 전 데이터베이스: {path}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This database is not a site yet: make it one to exchange records.</source>
        <translation>이 데이터베이스는 아직 교환 사이트가 아닙니다. 기록을 교환하려면 사이트로 설정하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database is a site (side {side}{name}).</source>
        <translation>이 데이터베이스는 사이트입니다 ({side}측{name}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Site ID: {id}</source>
        <translation>사이트 ID: {id}</translation>
    </message>
</context>
<context>
    <name>ExchangeReview</name>
    <message>
        <location filename="../../ui/dialogs/exchange_review.py" line="+40"/>
        <source>{count} new</source>
        <translation>새 항목 {count}건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} changed</source>
        <translation>변경 {count}건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} deleted</source>
        <translation>삭제 {count}건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} already the same</source>
        <translation>이미 같음 {count}건</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(the whole record)</source>
        <translation>(레코드 전체)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A file from {partner}</source>
        <translation>{partner}에서 온 파일</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed before</source>
        <translation>이전 합의 값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here</source>
        <translation>이쪽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There</source>
        <translation>상대쪽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice</source>
        <translation>선택</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value to keep</source>
        <translation>남길 값</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep all ours</source>
        <translation>모두 이쪽 값 유지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take all theirs</source>
        <translation>모두 상대 값 채택</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>반영</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>File {number} from {partner} would change: {changes}.</source>
        <translation>{partner}의 {number}번 파일이 바꿀 내용: {changes}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts: {count}. The same field changed on both sides, or a record deleted on one side and edited on the other. Choose for each; nothing is written until Apply, and the database is backed up first.</source>
        <translation>충돌: {count}건. 같은 항목이 양쪽에서 다르게 바뀌었거나, 한쪽에서 삭제한 레코드를 다른 쪽에서 수정했습니다. 각각 선택하세요. 반영을 누르기 전에는 아무것도 저장하지 않으며, 반영 전에 데이터베이스를 백업합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No conflicts. Apply brings the file in (after a backup).</source>
        <translation>충돌이 없습니다. 반영을 누르면 백업한 뒤 파일을 반영합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the whole record</source>
        <translation>레코드 전체</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deleted here</source>
        <translation>이쪽에서 삭제함</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited here</source>
        <translation>이쪽에서 수정함</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted there</source>
        <translation>상대쪽에서 삭제함</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited there</source>
        <translation>상대쪽에서 수정함</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep ours</source>
        <translation>이쪽 값 유지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>상대 값 채택</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a value</source>
        <translation>값 직접 입력</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Conflicts still without a choice: {count}.</source>
        <translation>아직 선택하지 않은 충돌: {count}건.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{field}: {value!r} is not a whole number.</source>
        <translation>{field}: {value!r}은(는) 정수가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/exports.py" line="+79"/>
        <source>All conferences</source>
        <translation>모든 전체회의</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every team (the briefing pack)</source>
        <translation>모든 분과 (회의 자료집)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the file when it is written</source>
        <translation>파일을 만든 뒤 열기</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Languages side by side</source>
        <translation>나란히 표시할 언어</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Choose two different languages.</source>
        <translation>서로 다른 두 언어를 선택하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no conference to export yet.</source>
        <translation>아직 내보낼 전체회의가 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the file to write.</source>
        <translation>저장할 파일을 선택하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file name must end in {suffix}.</source>
        <translation>파일 이름은 {suffix}(으)로 끝나야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} 폴더가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../ui/dialogs/export_task.py" line="+53"/>
        <source>{path} is written, but no program is set up to open it.</source>
        <translation>{path} 파일을 만들었지만 이 파일을 열 프로그램이 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>내보내기를 취소했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exports.py" line="+27"/>
        <source>Export briefing pack</source>
        <translation>회의 자료집 내보내기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrote {path} (1 page).</source>
        <translation>{path} 저장 완료 (1쪽).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {path} ({count} pages).</source>
        <translation>{path} 저장 완료 ({count}쪽).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export workbook</source>
        <translation>엑셀 통합 문서 내보내기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>엑셀 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote {path} (1 plan).</source>
        <translation>{path} 저장 완료 (사업 1건).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {path} ({count} plans).</source>
        <translation>{path} 저장 완료 (사업 {count}건).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+47"/>
        <source>Import workbook</source>
        <translation>엑셀 통합 문서 가져오기</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The database is open read-only: nothing can be imported.</source>
        <translation>데이터베이스가 읽기 전용으로 열려 있어 가져올 수 없습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>엑셀 통합 문서 (*.xlsx);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>가져오기를 취소했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="+182"/>
        <location line="+1"/>
        <source>Welcome to Secretariat</source>
        <translation>Secretariat에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database is empty. Describe your committee to start recording its work, or load the demo committee to try Secretariat out.</source>
        <translation>데이터베이스가 비어 있습니다. 위원회 정보를 입력하여 업무 기록을 시작하거나, 데모 위원회를 불러와 Secretariat을 사용해 보세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name (recorded with your changes):</source>
        <translation>이름 (변경 기록에 남습니다):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working languages</source>
        <translation>업무 언어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side A&apos;s language:</source>
        <translation>A측 언어:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side B&apos;s language:</source>
        <translation>B측 언어:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Names (at least one language each)</source>
        <translation>명칭 (각 항목마다 하나 이상의 언어로)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee:</source>
        <translation>위원회:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side A:</source>
        <translation>A측:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side B:</source>
        <translation>B측:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create committee</source>
        <translation>위원회 만들기(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the &amp;demo committee</source>
        <translation>데모 위원회 불러오기(&amp;D)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Enter this name in at least one of the languages shown.</source>
        <translation>표시된 언어 중 하나 이상으로 이 명칭을 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a language other than side A&apos;s.</source>
        <translation>A측과 다른 언어를 선택하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the demo committee…</source>
        <translation>데모 위원회를 불러오는 중…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The demo committee could not be loaded: {reason}</source>
        <translation>데모 위원회를 불러오지 못했습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="+132"/>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>앞으로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Secretariat user guide</source>
        <translation>Secretariat 사용 설명서</translation>
    </message>
</context>
<context>
    <name>HistoryTimeline</name>
    <message>
        <location filename="../../ui/widgets/history_timeline.py" line="+68"/>
        <source>No status history.</source>
        <translation>추진 상태 이력이 없습니다.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{status} (first recorded)</source>
        <translation>{status} (최초 기록)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decided at: {kind}, {date}</source>
        <translation>결정: {date} {kind}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded by {name}</source>
        <translation>기록: {name}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="+102"/>
        <source>Import {file}</source>
        <translation>{file} 가져오기</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <location line="+13"/>
        <location line="+8"/>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+33"/>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the import</source>
        <translation>가져온 뒤</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>필요한 값</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changes</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes ({count})</source>
        <translation>변경 ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New plans ({count})</source>
        <translation>새 사업 ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected rows ({count})</source>
        <translation>거부된 행 ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other records ({count})</source>
        <translation>기타 레코드 ({count})</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Apply only the valid rows (skip the %n rejected row(s))</source>
        <translation>
            <numerusform>올바른 행만 적용 (거부된 %n개 행은 건너뜀)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+3"/>
        <source>New</source>
        <translation>새 항목</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>and %n more new rows</source>
        <translation>
            <numerusform>그 밖에 새 행 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sheets not read: {sheets}</source>
        <translation>읽지 않은 시트: {sheets}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not imported (columns this app does not read): {columns}</source>
        <translation>가져오지 않음 (이 앱이 읽지 않는 열): {columns}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} (sheet {sheet}): {changed} plans change, {new} new plans, {rejected} rows rejected, {unchanged} unchanged.</source>
        <translation>{file} ({sheet} 시트): 변경 사업 {changed}건, 새 사업 {new}건, 거부된 행 {rejected}개, 변경 없음 {unchanged}건.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{sheet}: {new} new, {changed} changed, {unchanged} unchanged.</source>
        <translation>{sheet}: 새 항목 {new}건, 변경 {changed}건, 변경 없음 {unchanged}건.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is nothing to import.</source>
        <translation>가져올 내용이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is written while rows are rejected, unless you apply only the valid rows.</source>
        <translation>거부된 행이 있으면 올바른 행만 적용을 선택하지 않는 한 아무것도 저장하지 않습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
</context>
<context>
    <name>LineageView</name>
    <message>
        <location filename="../../ui/widgets/history_timeline.py" line="+36"/>
        <source>Not carried over from or to another conference.</source>
        <translation>다른 전체회의에서 이관되거나 다른 전체회의로 이관되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window_menus.py" line="+195"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;briefing pack…</source>
        <translation>회의 자료집 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;workbook…</source>
        <translation>엑셀 통합문서 내보내기(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import workbook…</source>
        <translation>통합문서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back &amp;up…</source>
        <translation>백업(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xchange with the partner…</source>
        <translation>상대 도시와 기록 교환(&amp;X)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the committee and its working languages, or load the demo committee</source>
        <translation>위원회 명칭과 업무 언어를 정하거나 데모 위원회를 불러옵니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+203"/>
        <source>Go to {page}</source>
        <translation>{page}(으)로 이동</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="+1"/>
        <source>Show &amp;navigation</source>
        <translation>탐색 창 표시(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>사용 설명서(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Secretariat</source>
        <translation>Secretariat 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+12"/>
        <source>Database: {location}</source>
        <translation>데이터베이스: {location}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Redone on {page}: {edit}</source>
        <translation>{page}에서 다시 실행: {edit}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undone on {page}: {edit}</source>
        <translation>{page}에서 실행 취소: {edit}</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="+12"/>
        <source>Se&amp;t up the committee…</source>
        <translation>위원회 설정(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+2"/>
        <source>The database is open read-only: nothing can be changed.</source>
        <translation>데이터베이스가 읽기 전용으로 열려 있어 아무것도 변경할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>MeetingExports</name>
    <message>
        <location filename="../../ui/dialogs/meeting_exports.py" line="+59"/>
        <source>The whole committee</source>
        <translation>위원회 전체</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open the file when it is written</source>
        <translation>파일을 만든 뒤 열기</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Languages side by side</source>
        <translation>나란히 표시할 언어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>There is no meeting to export yet.</source>
        <translation>아직 내보낼 회의가 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose two different languages.</source>
        <translation>서로 다른 두 언어를 선택하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file name must end in {suffix}.</source>
        <translation>파일 이름은 {suffix}(으)로 끝나야 합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} 폴더가 없습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote {path} (1 page).</source>
        <translation>{path} 저장 완료 (1쪽).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {path} ({count} pages).</source>
        <translation>{path} 저장 완료 ({count}쪽).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote {path} (1 event).</source>
        <translation>{path} 저장 완료 (일정 1건).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {path} ({count} events).</source>
        <translation>{path} 저장 완료 (일정 {count}건).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export agenda</source>
        <translation>안건 내보내기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export minutes</source>
        <translation>회의록 내보내기</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export calendar</source>
        <translation>캘린더 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_export_actions.py" line="+45"/>
        <source>Export &amp;agenda…</source>
        <translation>안건 내보내기(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;minutes…</source>
        <translation>회의록 내보내기(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;calendar…</source>
        <translation>캘린더 내보내기(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../ui/dialogs/meeting_form.py" line="+124"/>
        <source>Status updates</source>
        <translation>추진 상태 변경</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Log a meeting</source>
        <translation>회의 기록하기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting of {date}</source>
        <translation>{date} 회의</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the meeting of {date}</source>
        <translation>{date} 회의 편집</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>저장 (Ctrl+S 또는 Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hanges…</source>
        <translation>변경 내역(&amp;H)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Discard what you typed for this meeting?</source>
        <translation>이 회의에 입력한 내용을 버리시겠습니까?</translation>
    </message>
</context>
<context>
    <name>MeetingOutcomesDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_outcomes.py" line="+173"/>
        <source>Outcomes of the meeting of {date}</source>
        <translation>{date} 회의 결과</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status decided</source>
        <translation>결정된 추진 상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no change)</source>
        <translation>(변경 없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>저장 (Ctrl+S 또는 Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Discard the outcomes you typed for this meeting?</source>
        <translation>이 회의에 입력한 결과를 버리시겠습니까?</translation>
    </message>
</context>
<context>
    <name>MeetingPlanning</name>
    <message>
        <location filename="../../ui/pages/meeting_planning.py" line="+44"/>
        <source>Plan meeting</source>
        <translation>회의 계획</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a meeting and its agenda (Ctrl+Shift+N)</source>
        <translation>회의와 안건을 계획합니다 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log outcomes</source>
        <translation>결과 기록</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log the selected planned meeting&apos;s outcomes against its agenda (Ctrl+L)</source>
        <translation>선택한 예정 회의의 결과를 안건별로 기록합니다 (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Plan the meeting of {date}</source>
        <translation>{date} 회의 계획</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Change the planned meeting of {date}</source>
        <translation>{date} 예정 회의 변경</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Log the outcomes of the meeting of {date}</source>
        <translation>{date} 회의 결과 기록</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Agenda</source>
        <translation>안건</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../ui/models/meetings.py" line="+69"/>
        <source>⚠ {language} missing</source>
        <translation>⚠ {language} 누락</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Status updates</source>
        <translation>추진 상태 변경</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>New status</source>
        <translation>변경 후 상태</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status now</source>
        <translation>현재 상태</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="+3"/>
        <source>Meetings</source>
        <translation>회의</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="+139"/>
        <source>New meeting</source>
        <translation>새 회의</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a meeting (Ctrl+N)</source>
        <translation>회의 기록하기 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+95"/>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meeting_edits.py" line="+121"/>
        <location filename="../../ui/pages/meetings.py" line="-94"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="+3"/>
        <source>Search outcomes, attendees and venues (Ctrl+F)</source>
        <translation>결과·참석자·장소 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All teams</source>
        <translation>모든 분과</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>회의 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/meeting_details.py" line="+25"/>
        <source>Select a meeting to read its outcomes.</source>
        <translation>회의를 선택하면 결과를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>⚠ missing translation</source>
        <translation>⚠ 번역 누락</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status updates</source>
        <translation>추진 상태 변경</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meeting_edits.py" line="-62"/>
        <source>Log the meeting of {date}</source>
        <translation>{date} 회의 기록</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit the meeting of {date}</source>
        <translation>{date} 회의 편집</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete the meeting of {date}</source>
        <translation>{date} 회의 삭제</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete meeting</source>
        <translation>회의 삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the meeting of {date}?</source>
        <translation>{date} 회의를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} plan status changes were decided at it. They can stay in the plans&apos; histories (without the meeting), or be taken back with it.</source>
        <translation>이 회의에서 사업 추진 상태 변경 {count}건이 결정되었습니다. 변경 내용을 (회의 연결 없이) 사업 이력에 남겨 두거나, 회의와 함께 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete, keep the status changes</source>
        <translation>삭제하고 상태 변경은 유지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete and take them back</source>
        <translation>삭제하고 상태 변경도 되돌리기</translation>
    </message>
</context>
<context>
    <name>MouEditor</name>
    <message>
        <location filename="../../ui/dialogs/mou_editor.py" line="+28"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New MOU</source>
        <translation>새 양해각서</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MOU</source>
        <translation>양해각서</translation>
    </message>
</context>
<context>
    <name>MousPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="+1"/>
        <source>MOUs</source>
        <translation>양해각서</translation>
    </message>
    <message>
        <location filename="../../ui/pages/mous.py" line="+48"/>
        <source>All teams</source>
        <translation>모든 분과</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New MOU</source>
        <translation>새 양해각서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search titles and parties</source>
        <translation>제목·당사자 검색</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} MOUs</source>
        <translation>양해각서 {total}건 중 {shown}건</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delete %n MOU(s)</source>
        <translation>
            <numerusform>양해각서 %n건 삭제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n MOU(s). Undo brings them back.</source>
        <translation>
            <numerusform>양해각서 %n건을 삭제했습니다. 실행 취소로 되돌릴 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Add MOU “{name}”</source>
        <translation>양해각서 “{name}” 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit MOU “{name}”</source>
        <translation>양해각서 “{name}” 편집</translation>
    </message>
</context>
<context>
    <name>MultilingualEdit</name>
    <message>
        <location filename="../../ui/widgets/multilingual.py" line="+205"/>
        <source>⚠ missing translation</source>
        <translation>⚠ 번역 누락</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translation missing</source>
        <translation>번역 누락</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other languages: {names}</source>
        <translation>기타 언어: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ({count} with text)</source>
        <translation> ({count}개 입력됨)</translation>
    </message>
</context>
<context>
    <name>NextMeetings</name>
    <message>
        <location filename="../../ui/widgets/next_meetings.py" line="+31"/>
        <source>Next meetings</source>
        <translation>다음 회의</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None planned</source>
        <translation>예정된 회의 없음</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} agenda items</source>
        <translation>안건 {count}건</translation>
    </message>
</context>
<context>
    <name>PlanDetails</name>
    <message>
        <location filename="../../ui/widgets/plan_details.py" line="+85"/>
        <source>Status history</source>
        <translation>추진 상태 이력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lineage across conferences</source>
        <translation>전체회의 간 사업 계보</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} plans selected.</source>
        <translation>사업 {count}건 선택됨.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a plan to see its history.</source>
        <translation>사업을 선택하면 이력을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>⚠ missing translation</source>
        <translation>⚠ 번역 누락</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../ui/dialogs/plan_editor.py" line="+85"/>
        <source>New plan</source>
        <translation>새 사업</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan {ref}</source>
        <translation>사업 {ref}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{ref} · status: {status}</source>
        <translation>{ref} · 추진 상태: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{ref} · status: {status} (use “Change status…” to change it)</source>
        <translation>{ref} · 추진 상태: {status} (변경하려면 “추진 상태 변경…” 사용)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continues {ref}</source>
        <translation>이전 사업: {ref}</translation>
    </message>
</context>
<context>
    <name>PlanEdits</name>
    <message>
        <location filename="../../ui/pages/plan_edits.py" line="+77"/>
        <source>Add plan “{name}”</source>
        <translation>사업 “{name}” 추가</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit plan “{name}”</source>
        <translation>사업 “{name}” 편집</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Delete %n plan(s)</source>
        <translation>
            <numerusform>사업 %n건 삭제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Change status of %n plan(s) to {status}</source>
        <translation>
            <numerusform>사업 %n건의 추진 상태를 {status}(으)로 변경</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Carry over %n plan(s)</source>
        <translation>
            <numerusform>사업 %n건 차기 전체회의로 이관</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanFilterBar</name>
    <message>
        <location filename="../../ui/widgets/plan_filters.py" line="+158"/>
        <source>All conferences</source>
        <translation>모든 전체회의</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All teams</source>
        <translation>모든 분과</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{shown} of {total} plans</source>
        <translation>사업 {total}건 중 {shown}건</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search titles, descriptions (Ctrl+F)</source>
        <translation>제목·내용 검색, 모든 언어 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the titles and descriptions in every language</source>
        <translation>모든 언어의 제목과 내용에서 검색합니다</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only open plans whose due date has passed</source>
        <translation>완료 예정일이 지난 미완료 사업만 표시</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All origins</source>
        <translation>모든 제안 측</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All horizons</source>
        <translation>모든 기간</translation>
    </message>
</context>
<context>
    <name>PlanMeetingDialog</name>
    <message>
        <location filename="../../ui/dialogs/agenda.py" line="+146"/>
        <source>Plan a meeting</source>
        <translation>회의 계획</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned meeting of {date}</source>
        <translation>{date} 예정 회의</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>min</source>
        <translation>분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>미정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>저장 (Ctrl+S 또는 Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Discard what you typed for this meeting?</source>
        <translation>이 회의에 입력한 내용을 버리시겠습니까?</translation>
    </message>
</context>
<context>
    <name>PlanPicker</name>
    <message>
        <location filename="../../ui/widgets/plan_picker.py" line="+129"/>
        <source>Find a plan: 4-ECO-03 or title words</source>
        <translation>사업 찾기: 4-ECO-03 또는 제목 단어</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No plan matches “{text}”</source>
        <translation>“{text}”에 해당하는 사업이 없습니다</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../ui/models/plan_columns.py" line="+192"/>
        <source>No title in {language} yet</source>
        <translation>{language} 제목 없음</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="-2"/>
        <source>Plans</source>
        <translation>사업</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page_editing.py" line="+167"/>
        <source>Delete plans</source>
        <translation>사업 삭제</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Undo brings them back.</source>
        <translation>실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not deleted — {value}: expected {expected}.</source>
        <translation>삭제하지 않음 — {value}: 필요한 값 {expected}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/plans.py" line="+282"/>
        <source>Delete %n plan(s) with their status history?</source>
        <translation>
            <numerusform>사업 %n건과 추진 상태 이력을 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Plan {ref} is saved, but the filter hides it.</source>
        <translation>계획 {ref}이(가) 저장되었지만 필터 때문에 보이지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show it</source>
        <translation>보기</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>Deleted %n plan(s). Undo brings them back.</source>
        <translation>
            <numerusform>사업 %n건을 삭제했습니다. 실행 취소로 되돌릴 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Status changed for %n plan(s).</source>
        <translation>
            <numerusform>사업 %n건의 추진 상태를 변경했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Carried over %n plan(s) to the next conference.</source>
        <translation>
            <numerusform>사업 %n건을 차기 전체회의로 이관했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Add plan…</source>
        <translation>사업 추가…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status…</source>
        <translation>추진 상태 변경…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry over to next conference…</source>
        <translation>차기 전체회의로 이관…</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <location filename="../../ui/dialogs/postpone.py" line="+73"/>
        <source>New date</source>
        <translation>변경 일자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>결정일</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Postpone conference {number}</source>
        <translation>제{number}차 전체회의 연기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conference {number} is planned for {date}. The date it moves from and the reason are kept in its postponement history.</source>
        <translation>제{number}차 전체회의는 {date}에 예정되어 있습니다. 변경 전 일자와 사유는 연기 이력에 기록됩니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet known</source>
        <translation>미정</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/tasks.py" line="+146"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>RecordColumns</name>
    <message>
        <location filename="../../ui/models/record_columns.py" line="+27"/>
        <source>(missing)</source>
        <translation>(누락)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="+131"/>
        <source>C&amp;hanges…</source>
        <translation>변경 내역(&amp;H)…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The server cannot be reached. Your changes are kept here and saved as soon as it is back.</source>
        <translation>서버에 연결할 수 없습니다. 변경 내용은 여기에 남아 있으며 서버가 돌아오는 대로 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_problems.py" line="+49"/>
        <source>{field}: expected {expected}.</source>
        <translation>{field}: 필요한 값 — {expected}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Please check the notes below. Press “Save anyway” to save the record as it is.</source>
        <translation>아래 안내를 확인해 주세요. 이대로 저장하려면 “그래도 저장”을 누르세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save anyway</source>
        <translation>그래도 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="+25"/>
        <source>Discard the changes you typed?</source>
        <translation>입력한 변경 내용을 버리시겠습니까?</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/widgets/field_problems.py" line="-56"/>
        <location line="+8"/>
        <source>Expected {expected}.</source>
        <translation>필요한 값: {expected}</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../ui/pages/record_list.py" line="+260"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_editing.py" line="+218"/>
        <source>You typed changes that are not saved. Discard them?</source>
        <translation>저장하지 않은 변경 내용이 있습니다. 버리시겠습니까?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="+84"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interface language:</source>
        <translation>화면 언어(&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded with every change you make, in each plan&apos;s history.</source>
        <translation>변경할 때마다 각 계획의 이력에 이 이름이 기록됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database server records its user name with your changes.</source>
        <translation>데이터베이스 서버가 변경 내용에 서버 사용자 이름을 기록합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the database &amp;read-only (for team leads)</source>
        <translation>데이터베이스를 읽기 전용으로 열기(&amp;R) (분과 책임자용)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only: everything can be looked at and exported, nothing can be changed. This takes effect the next time Secretariat starts.</source>
        <translation>읽기 전용: 모든 내용을 조회하고 내보낼 수 있지만 변경할 수는 없습니다. 다음에 Secretariat을 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restart Secretariat to open the database read-only.</source>
        <translation>데이터베이스를 읽기 전용으로 열려면 Secretariat을 다시 시작하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database stays read-only until Secretariat is restarted.</source>
        <translation>Secretariat을 다시 시작할 때까지 데이터베이스는 읽기 전용으로 유지됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is open read-only now.</source>
        <translation>현재 데이터베이스가 읽기 전용으로 열려 있습니다.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="+109"/>
        <location filename="../../ui/main_window.py" line="+5"/>
        <source>Opening the database…</source>
        <translation>데이터베이스를 여는 중…</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+3"/>
        <source>Password of {user} on {server}:</source>
        <translation>{server}의 {user} 비밀번호:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>That password was refused.</source>
        <translation>비밀번호가 맞지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to the committee&apos;s database</source>
        <translation>위원회 데이터베이스 로그인</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Secretariat cannot start</source>
        <translation>Secretariat을 시작할 수 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database cannot be opened.</source>
        <translation>데이터베이스를 열 수 없습니다.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: {error}

The details are in the log file.</source>
        <translation>문제가 발생했습니다: {error}

자세한 내용은 로그 파일을 확인하세요.</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <location filename="../../ui/dialogs/status_change.py" line="+66"/>
        <location line="+2"/>
        <source>Change status</source>
        <translation>추진 상태 변경</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>and {count} more</source>
        <translation>외 {count}건</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n plan(s): {refs}</source>
        <translation>
            <numerusform>사업 %n건: {refs}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(not decided at a meeting)</source>
        <translation>(회의에서 결정되지 않음)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} of the plans already have this status and stay as they are.</source>
        <translation>이 중 {count}건은 이미 해당 상태이므로 그대로 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>StatusUpdatesEditor</name>
    <message>
        <location filename="../../ui/widgets/meeting_form.py" line="+169"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to find a plan, arrows and Enter to pick it, Enter again to add it (Ctrl+F jumps here). Delete removes the selected row.</source>
        <translation>입력하여 사업을 찾고, 방향키와 Enter로 고른 뒤 Enter를 한 번 더 누르면 추가됩니다(Ctrl+F로 이곳으로 이동). Delete 키는 선택한 행을 삭제합니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No plan picked yet.</source>
        <translation>아직 고른 사업이 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picked: {ref} {title} (now {status}). Enter adds it.</source>
        <translation>선택됨: {ref} {title} (현재 {status}). Enter를 누르면 추가됩니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the new status of {ref} first.</source>
        <translation>먼저 {ref}의 새 상태를 선택하세요.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Status changes decided at this meeting are kept in the plans&apos; histories.</source>
        <translation>이 회의에서 결정된 추진 상태 변경은 각 사업의 이력에 기록됩니다.</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <location filename="../../ui/dialogs/team_editor.py" line="+32"/>
        <source>(from the first conference)</source>
        <translation>(제1차 전체회의부터)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team takes part in the committee&apos;s work</source>
        <translation>이 분과는 위원회 활동에 참여합니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order</source>
        <translation>순서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New team</source>
        <translation>새 분과</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team {code}</source>
        <translation>분과 {code}</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="+4"/>
        <source>Teams</source>
        <translation>분과</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams.py" line="+51"/>
        <source>New team</source>
        <translation>새 분과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search codes and names</source>
        <translation>코드·이름 검색</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} teams</source>
        <translation>분과 {total}개 중 {shown}개</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delete %n team(s)</source>
        <translation>
            <numerusform>분과 %n개 삭제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n team(s). Undo brings them back.</source>
        <translation>
            <numerusform>분과 %n개를 삭제했습니다. 실행 취소로 되돌릴 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active teams only</source>
        <translation>활동 중인 분과만</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Add team {name}</source>
        <translation>분과 {name} 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit team {name}</source>
        <translation>분과 {name} 편집</translation>
    </message>
</context>
<context>
    <name>TeamsTable</name>
    <message>
        <location filename="../../ui/models/teams.py" line="+19"/>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order</source>
        <translation>순서</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plans</source>
        <translation>사업 수</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../ui/undo.py" line="+139"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo {edit}</source>
        <translation>{edit} 실행 취소</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo {edit}</source>
        <translation>{edit} 다시 실행</translation>
    </message>
</context>
</TS>
