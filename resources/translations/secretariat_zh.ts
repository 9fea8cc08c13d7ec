<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="+19"/>
        <source>Records, indicators and bilingual briefing packs for a joint committee&apos;s secretariat.</source>
        <translation>面向联合委员会秘书处的记录管理、指标统计与双语会议资料汇编工具。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Korean and Chinese text is shown with WenQuanYi Micro Hei (Apache License 2.0), bundled with the app.</source>
        <translation>韩文和中文使用随应用附带的文泉驿微米黑字体（Apache License 2.0）显示。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Secretariat</source>
        <translation>关于 Secretariat</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="+32"/>
        <source>Activities</source>
        <translation>交流活动</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="+110"/>
        <source>(no team)</source>
        <translation>（无工作组）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All teams</source>
        <translation>所有工作组</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New activity</source>
        <translation>新建交流活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search descriptions</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} activities</source>
        <translation>共 {total} 项交流活动，显示 {shown} 项</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delete %n activity(ies)</source>
        <translation>
            <numerusform>删除 %n 项交流活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n activity(ies). Undo brings them back.</source>
        <translation>
            <numerusform>已删除 %n 项交流活动。撤销即可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All directions</source>
        <translation>所有方向</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Add activity “{name}”</source>
        <translation>添加交流活动“{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit activity “{name}”</source>
        <translation>编辑交流活动“{name}”</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../ui/dialogs/activity_editor.py" line="+30"/>
        <source>(no team)</source>
        <translation>（无工作组）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New activity</source>
        <translation>新建交流活动</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no plan)</source>
        <translation>（无关联项目）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Activity of {date}</source>
        <translation>{date} 交流活动</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../ui/widgets/agenda_editor.py" line="+177"/>
        <source>Propose agenda</source>
        <translation>建议议程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the teams&apos; open plans that are overdue, stale or carried over</source>
        <translation>添加所选工作组中已逾期、长期未变更或延续的未完成项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add topic</source>
        <translation>添加议题</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no status change for months</source>
        <translation>数月未变更状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carried over</source>
        <translation>延续项目</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../ui/widgets/attention_list.py" line="+166"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dormant teams: nothing recorded for %1 months</source>
        <translation>休眠工作组：%1个月无任何记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open plans past their due date</source>
        <translation>已过预计完成日期的未完成项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plans without a status change for %1 months</source>
        <translation>%1个月未变更状态的项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plans missing a translation</source>
        <translation>缺少译文的项目</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing recorded yet</source>
        <translation>尚无记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle for %1 months; last activity on %2</source>
        <translation>已%1个月无活动；最近一次活动：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due %1 · %2</source>
        <translation>预计完成 %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 since %2</source>
        <translation>自%2起%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="+62"/>
        <source>{path} is a folder.</source>
        <translation>{path} 是一个文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} already exists. A restore never replaces a database: choose a new file.</source>
        <translation>{path} 已存在。恢复绝不会覆盖现有数据库：请选择一个新文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secretariat archives (*.zip)</source>
        <translation>Secretariat 备份文件 (*.zip)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backed up 1 record to {path}.</source>
        <translation>已将 1 条记录备份到 {path}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backed up {count} records to {path}.</source>
        <translation>已将 {count} 条记录备份到 {path}。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup cancelled; nothing was written.</source>
        <translation>已取消备份，未写入任何内容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Secretariat archives (*.zip);;All files (*)</source>
        <translation>Secretariat 备份文件 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Secretariat databases (*.db)</source>
        <translation>Secretariat 数据库 (*.db)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore into a new database</source>
        <translation>恢复到新数据库</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating the new database…</source>
        <translation>正在创建新数据库…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore cancelled; no database was created.</source>
        <translation>已取消恢复，未创建数据库。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored 1 record into {path}.</source>
        <translation>已将 1 条记录恢复到 {path}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored {count} records into {path}.</source>
        <translation>已将 {count} 条记录恢复到 {path}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This window stays on {current}. To work on the restored database, start Secretariat on it:

{command}

or set SECRETARIAT_DB to that file before starting Secretariat.</source>
        <translation>此窗口仍使用 {current}。要使用恢复后的数据库，请这样启动 Secretariat：

{command}

或在启动 Secretariat 之前将 SECRETARIAT_DB 设为该文件。</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <location filename="../../ui/dialogs/carry_over.py" line="+23"/>
        <source>already carried over as {ref}</source>
        <translation>已延续为 {ref}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no conference after conference {number}</source>
        <translation>第{number}届全体会议之后没有下一届全体会议</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>team {code} is no longer active</source>
        <translation>工作组 {code} 已不再活跃</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>carried over from …</source>
        <translation>延续自…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Will be created ({count})</source>
        <translation>将创建（{count}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot be carried over ({count})</source>
        <translation>无法延续（{count}）</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Carry over %n plan(s)</source>
        <translation>
            <numerusform>将 %n 个项目延续到下届全体会议</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carry over to the next conference</source>
        <translation>延续到下届全体会议</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>To conference</source>
        <translation>目标全体会议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why not</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ChangeWatch</name>
    <message>
        <location filename="../../ui/change_watch.py" line="+54"/>
        <source>The server cannot be reached: read-only until it is back.</source>
        <translation>无法连接服务器：恢复连接前为只读。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Updated with the latest saved changes.</source>
        <translation>已更新为最新保存的修改。</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../ui/dialogs/changes.py" line="+57"/>
        <source>Changes</source>
        <translation>修改记录</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>共 %n 处修改，最新在前。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change has been recorded since this record was created.</source>
        <translation>此记录创建以来没有修改记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(the record)</source>
        <translation>（整条记录）</translation>
    </message>
</context>
<context>
    <name>ConferenceEditor</name>
    <message>
        <location filename="../../ui/dialogs/conference_editor.py" line="+94"/>
        <source>New conference</source>
        <translation>新建全体会议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conference {number}</source>
        <translation>第{number}届全体会议</translation>
    </message>
</context>
<context>
    <name>ConferencesModel</name>
    <message>
        <location filename="../../ui/models/conferences.py" line="+39"/>
        <source>{status} ({count}×)</source>
        <translation>{status}（{count}次）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status} (postponed {count}×)</source>
        <translation>{status}（推迟{count}次）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No.</source>
        <translation>届次</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>⚠ {language} missing</source>
        <translation>⚠ 缺少{language}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>date not yet known</source>
        <translation>日期待定</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous date → new date</source>
        <translation>原定日期 → 新日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="-4"/>
        <source>Conferences</source>
        <translation>全体会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/conferences.py" line="+100"/>
        <source>New conference</source>
        <translation>新建全体会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search numbers and venues</source>
        <translation>搜索届次和地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} conferences</source>
        <translation>共 {total} 届全体会议，显示 {shown} 届</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %n conference(s)</source>
        <translation>
            <numerusform>删除 %n 届全体会议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n conference(s). Undo brings them back.</source>
        <translation>
            <numerusform>已删除 %n 届全体会议。撤销即可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postpone…</source>
        <translation>推迟…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postpone the selected conference (Ctrl+Shift+P)</source>
        <translation>推迟所选全体会议 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a conference to see its postponements.</source>
        <translation>选择一届全体会议即可查看其推迟记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conference {number} has not been postponed.</source>
        <translation>第{number}届全体会议未曾推迟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postponements of conference {number}</source>
        <translation>第{number}届全体会议的推迟记录</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add conference {number}</source>
        <translation>添加第{number}届全体会议</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit conference {number}</source>
        <translation>编辑第{number}届全体会议</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Postpone conference {number}</source>
        <translation>推迟第{number}届全体会议</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../ui/dialogs/conflict.py" line="+29"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep &amp;theirs</source>
        <translation>保留对方的(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Theirs &amp;plus my other changes</source>
        <translation>对方的加上我的其他修改(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Overwrite with mine</source>
        <translation>用我的覆盖(&amp;O)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>someone else</source>
        <translation>他人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} saved this record while you were saving it.</source>
        <translation>在您保存时，{who}保存了此记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} changed this record at {when}, after you opened it.</source>
        <translation>您打开此记录后，{who}于 {when} 修改了它。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{field}: theirs “{theirs}”</source>
        <translation>{field}：对方“{theirs}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yours “{yours}”</source>
        <translation>您的“{yours}”</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="-1"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+165"/>
        <source>&amp;Team:</source>
        <translation>工作组(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs &amp;attention</source>
        <translation>需要关注(&amp;A)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Computing indicators</source>
        <translation>正在计算指标</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not compute the indicators: %1</source>
        <translation>无法计算指标：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+32"/>
        <source>Whole committee</source>
        <translation>委员会整体</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_charts.py" line="+32"/>
        <source>Conf. %1</source>
        <translation>第%1届</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>pp</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="+5"/>
        <source>Rates by conference</source>
        <translation>各届全体会议指标比率</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exchange activities by direction</source>
        <translation>按方向统计的交流活动</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_charts.py" line="+55"/>
        <source>Activities</source>
        <translation>活动数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A: %1 · B: %2</source>
        <translation>A方：%1 · B方：%2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_cards.py" line="+40"/>
        <location line="+43"/>
        <source>Plans at the latest conference</source>
        <translation>最近一届全体会议项目数</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>No conference held yet</source>
        <translation>尚未举行全体会议</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, %2</source>
        <comment>a conference, its date</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 since %2</source>
        <comment>a change of a figure since a conference</comment>
        <translation>较%2 %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>By %1; %2 signed there</source>
        <translation>截至%1；该届签署 %2 份</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postponements</source>
        <translation>推迟次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None so far</source>
        <translation>迄今没有</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Next conference</source>
        <translation>下届全体会议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None planned</source>
        <translation>暂无计划</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="+12"/>
        <source>%n plan(s) on its agenda</source>
        <translation>
            <numerusform>议程上有 %n 个项目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="+79"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>选择日期 (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../ui/dialogs/exchange.py" line="+54"/>
        <source>Exchange with the partner</source>
        <translation>与对方城市交换记录</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Partner</source>
        <translation>对方站点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files made for it</source>
        <translation>已发出的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its files applied here</source>
        <translation>已导入的对方文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save this site&apos;s key…</source>
        <translation>保存本站密钥…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust a partner&apos;s key…</source>
        <translation>信任对方密钥…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a file for the partner…</source>
        <translation>生成发给对方的文件…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring in a partner&apos;s file…</source>
        <translation>导入对方文件…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Make this database a site</source>
        <translation>将本数据库设为交换站点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side A</source>
        <translation>甲方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side B</source>
        <translation>乙方</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Dongju office</source>
        <translation>例如：东州秘书处</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make it a site</source>
        <translation>设为站点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This city&apos;s side</source>
        <translation>本市所属方</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name partners see</source>
        <translation>对方看到的名称</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Save this site&apos;s key</source>
        <translation>保存本站密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site keys (*.key)</source>
        <translation>站点密钥 (*.key)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trust a partner&apos;s key</source>
        <translation>信任对方密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site keys (*.key);;All files (*)</source>
        <translation>站点密钥 (*.key);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Make a file for the partner</source>
        <translation>生成发给对方的文件</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Exchange files (*.secx)</source>
        <translation>交换文件 (*.secx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>File {number} for {partner}: {count} records in {path}.</source>
        <translation>发给{partner}的第{number}号文件：{count}条记录，{path}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bring in a partner&apos;s file</source>
        <translation>导入对方文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange files (*.secx);;All files (*)</source>
        <translation>交换文件 (*.secx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the partner&apos;s file</source>
        <translation>正在读取对方文件</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bringing in the partner&apos;s file</source>
        <translation>正在导入对方文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>File {number} from {partner} is in: {counts}.</source>
        <translation>已导入{partner}的第{number}号文件：{counts}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database as it was before: {path}</source>
        <translation>导入前的数据库：{path}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This database is not a site yet: make it one to exchange records.</source>
        <translation>本数据库尚未设为交换站点：设为站点后即可交换记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database is a site (side {side}{name}).</source>
        <translation>本数据库为站点（{side}方{name}）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Site ID: {id}</source>
        <translation>站点 ID：{id}</translation>
    </message>
</context>
<context>
    <name>ExchangeReview</name>
    <message>
        <location filename="../../ui/dialogs/exchange_review.py" line="+40"/>
        <source>{count} new</source>
        <translation>新增 {count} 条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} changed</source>
        <translation>修改 {count} 条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} deleted</source>
        <translation>删除 {count} 条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} already the same</source>
        <translation>已相同 {count} 条</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(the whole record)</source>
        <translation>（整条记录）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A file from {partner}</source>
        <translation>来自{partner}的文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed before</source>
        <translation>此前一致的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Here</source>
        <translation>本方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There</source>
        <translation>对方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value to keep</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep all ours</source>
        <translation>全部保留本方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take all theirs</source>
        <translation>全部采用对方</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>File {number} from {partner} would change: {changes}.</source>
        <translation>{partner}的第{number}号文件将更改：{changes}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts: {count}. The same field changed on both sides, or a record deleted on one side and edited on the other. Choose for each; nothing is written until Apply, and the database is backed up first.</source>
        <translation>冲突：{count} 处。同一字段在双方被改为不同的值，或一方删除的记录被另一方修改。请逐一选择；点击“导入”之前不会写入任何内容，导入前会先备份数据库。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No conflicts. Apply brings the file in (after a backup).</source>
        <translation>没有冲突。点击“导入”将先备份再导入文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the whole record</source>
        <translation>整条记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deleted here</source>
        <translation>本方已删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited here</source>
        <translation>本方已修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted there</source>
        <translation>对方已删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited there</source>
        <translation>对方已修改</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep ours</source>
        <translation>保留本方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>采用对方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a value</source>
        <translation>输入新值</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Conflicts still without a choice: {count}.</source>
        <translation>尚未选择的冲突：{count} 处。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{field}: {value!r} is not a whole number.</source>
        <translation>{field}：{value!r} 不是整数。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/exports.py" line="+79"/>
        <source>All conferences</source>
        <translation>全部届次</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every team (the briefing pack)</source>
        <translation>全部工作组（会议资料汇编）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the file when it is written</source>
        <translation>生成后打开文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Languages side by side</source>
        <translation>并列显示的语言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Choose two different languages.</source>
        <translation>请选择两种不同的语言。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no conference to export yet.</source>
        <translation>尚无可导出的全体会议。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the file to write.</source>
        <translation>请选择要保存的文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file name must end in {suffix}.</source>
        <translation>文件名须以 {suffix} 结尾。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../ui/dialogs/export_task.py" line="+53"/>
        <source>{path} is written, but no program is set up to open it.</source>
        <translation>已生成 {path}，但没有设置可打开该文件的程序。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exports.py" line="+27"/>
        <source>Export briefing pack</source>
        <translation>导出会议资料汇编</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrote {path} (1 page).</source>
        <translation>已写入 {path}（1 页）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {path} ({count} pages).</source>
        <translation>已写入 {path}（{count} 页）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export workbook</source>
        <translation>导出 Excel 工作簿</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote {path} (1 plan).</source>
        <translation>已写入 {path}（1 个项目）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {path} ({count} plans).</source>
        <translation>已写入 {path}（{count} 个项目）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+47"/>
        <source>Import workbook</source>
        <translation>导入 Excel 工作簿</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The database is open read-only: nothing can be imported.</source>
        <translation>数据库以只读方式打开，无法导入。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Import cancelled; nothing was written.</source>
        <translation>已取消导入，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="+182"/>
        <location line="+1"/>
        <source>Welcome to Secretariat</source>
        <translation>欢迎使用 Secretariat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database is empty. Describe your committee to start recording its work, or load the demo committee to try Secretariat out.</source>
        <translation>数据库为空。请填写委员会信息以开始记录工作，或载入演示委员会试用 Secretariat。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name (recorded with your changes):</source>
        <translation>您的姓名（随修改一并记录）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working languages</source>
        <translation>工作语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side A&apos;s language:</source>
        <translation>A方语言：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side B&apos;s language:</source>
        <translation>B方语言：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Names (at least one language each)</source>
        <translation>名称（每项至少填写一种语言）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee:</source>
        <translation>委员会：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side A:</source>
        <translation>A方：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side B:</source>
        <translation>B方：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create committee</source>
        <translation>创建委员会(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the &amp;demo committee</source>
        <translation>载入演示委员会(&amp;D)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Enter this name in at least one of the languages shown.</source>
        <translation>请至少用所列语言之一填写此名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a language other than side A&apos;s.</source>
        <translation>请选择与A方不同的语言。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the demo committee…</source>
        <translation>正在载入演示委员会…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The demo committee could not be loaded: {reason}</source>
        <translation>无法载入演示委员会：{reason}</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/dialogs/guide.py" line="+132"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Secretariat user guide</source>
        <translation>Secretariat 用户指南</translation>
    </message>
</context>
<context>
    <name>HistoryTimeline</name>
    <message>
        <location filename="../../ui/widgets/history_timeline.py" line="+68"/>
        <source>No status history.</source>
        <translation>没有状态历史记录。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{status} (first recorded)</source>
        <translation>{status}（首次记录）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decided at: {kind}, {date}</source>
        <translation>决定于：{date} {kind}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded by {name}</source>
        <translation>记录人：{name}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_preview.py" line="+102"/>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <location line="+13"/>
        <location line="+8"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+33"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the import</source>
        <translation>导入后</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes ({count})</source>
        <translation>变更（{count}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New plans ({count})</source>
        <translation>新项目（{count}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected rows ({count})</source>
        <translation>被拒绝的行（{count}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other records ({count})</source>
        <translation>其他记录（{count}）</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Apply only the valid rows (skip the %n rejected row(s))</source>
        <translation>
            <numerusform>仅应用有效行（跳过 %n 个被拒绝的行）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+3"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>and %n more new rows</source>
        <translation>
            <numerusform>另有 %n 个新行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sheets not read: {sheets}</source>
        <translation>未读取的工作表：{sheets}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not imported (columns this app does not read): {columns}</source>
        <translation>未导入（本程序不读取的列）：{columns}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} (sheet {sheet}): {changed} plans change, {new} new plans, {rejected} rows rejected, {unchanged} unchanged.</source>
        <translation>{file}（工作表 {sheet}）：变更项目 {changed} 个，新项目 {new} 个，被拒绝的行 {rejected} 个，未变更 {unchanged} 个。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{sheet}: {new} new, {changed} changed, {unchanged} unchanged.</source>
        <translation>{sheet}：新增 {new} 条，变更 {changed} 条，未变 {unchanged} 条。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is nothing to import.</source>
        <translation>没有可导入的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is written while rows are rejected, unless you apply only the valid rows.</source>
        <translation>存在被拒绝的行时不写入任何内容，除非选择仅应用有效行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>LineageView</name>
    <message>
        <location filename="../../ui/widgets/history_timeline.py" line="+36"/>
        <source>Not carried over from or to another conference.</source>
        <translation>未从其他届全体会议延续而来，也未延续到其他届全体会议。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window_menus.py" line="+195"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;briefing pack…</source>
        <translation>导出会议资料汇编(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;workbook…</source>
        <translation>导出 Excel 工作簿(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import workbook…</source>
        <translation>导入工作簿(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back &amp;up…</source>
        <translation>备份(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xchange with the partner…</source>
        <translation>与对方交换记录(&amp;X)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the committee and its working languages, or load the demo committee</source>
        <translation>设置委员会名称和工作语言，或载入演示委员会</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+203"/>
        <source>Go to {page}</source>
        <translation>转到“{page}”</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="+1"/>
        <source>Show &amp;navigation</source>
        <translation>显示导航栏(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Secretariat</source>
        <translation>关于 Secretariat(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+12"/>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Redone on {page}: {edit}</source>
        <translation>已在“{page}”重做：{edit}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undone on {page}: {edit}</source>
        <translation>已在“{page}”撤销：{edit}</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../ui/window_menus.py" line="+12"/>
        <source>Se&amp;t up the committee…</source>
        <translation>设置委员会(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+2"/>
        <source>The database is open read-only: nothing can be changed.</source>
        <translation>数据库以只读方式打开：无法做任何更改。</translation>
    </message>
</context>
<context>
    <name>MeetingExports</name>
    <message>
        <location filename="../../ui/dialogs/meeting_exports.py" line="+59"/>
        <source>The whole committee</source>
        <translation>整个委员会</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open the file when it is written</source>
        <translation>生成后打开文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Languages side by side</source>
        <translation>并列显示的语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>There is no meeting to export yet.</source>
        <translation>还没有可导出的会议。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose two different languages.</source>
        <translation>请选择两种不同的语言。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file name must end in {suffix}.</source>
        <translation>文件名须以 {suffix} 结尾。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote {path} (1 page).</source>
        <translation>已写入 {path}（1 页）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {path} ({count} pages).</source>
        <translation>已写入 {path}（{count} 页）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote {path} (1 event).</source>
        <translation>已写入 {path}（1 个日程）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {path} ({count} events).</source>
        <translation>已写入 {path}（{count} 个日程）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export agenda</source>
        <translation>导出议程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export minutes</source>
        <translation>导出会议纪要</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_export_actions.py" line="+45"/>
        <source>Export &amp;agenda…</source>
        <translation>导出议程(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;minutes…</source>
        <translation>导出会议纪要(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;calendar…</source>
        <translation>导出日历(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../ui/dialogs/meeting_form.py" line="+124"/>
        <source>Status updates</source>
        <translation>状态更新</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Log a meeting</source>
        <translation>记录会议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting of {date}</source>
        <translation>{date} 会议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the meeting of {date}</source>
        <translation>编辑 {date} 会议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>保存 (Ctrl+S 或 Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hanges…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Discard what you typed for this meeting?</source>
        <translation>要放弃为此会议输入的内容吗？</translation>
    </message>
</context>
<context>
    <name>MeetingOutcomesDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_outcomes.py" line="+173"/>
        <source>Outcomes of the meeting of {date}</source>
        <translation>{date} 会议结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status decided</source>
        <translation>决定的状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no change)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>保存（Ctrl+S 或 Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Discard the outcomes you typed for this meeting?</source>
        <translation>放弃为本次会议输入的结果吗？</translation>
    </message>
</context>
<context>
    <name>MeetingPlanning</name>
    <message>
        <location filename="../../ui/pages/meeting_planning.py" line="+44"/>
        <source>Plan meeting</source>
        <translation>计划会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a meeting and its agenda (Ctrl+Shift+N)</source>
        <translation>计划会议及其议程（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log outcomes</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log the selected planned meeting&apos;s outcomes against its agenda (Ctrl+L)</source>
        <translation>按议程记录所选计划会议的结果（Ctrl+L）</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Plan the meeting of {date}</source>
        <translation>计划 {date} 的会议</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Change the planned meeting of {date}</source>
        <translation>修改 {date} 的计划会议</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Log the outcomes of the meeting of {date}</source>
        <translation>记录 {date} 会议的结果</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../ui/models/meetings.py" line="+69"/>
        <source>⚠ {language} missing</source>
        <translation>⚠ 缺少{language}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Status updates</source>
        <translation>状态更新</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status now</source>
        <translation>当前状态</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="+3"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="+139"/>
        <source>New meeting</source>
        <translation>新建会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a meeting (Ctrl+N)</source>
        <translation>记录会议 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+95"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meeting_edits.py" line="+121"/>
        <location filename="../../ui/pages/meetings.py" line="-94"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meetings.py" line="+3"/>
        <source>Search outcomes, attendees and venues (Ctrl+F)</source>
        <translation>搜索成果、出席人员和地点 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All teams</source>
        <translation>所有工作组</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>会议 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/meeting_details.py" line="+25"/>
        <source>Select a meeting to read its outcomes.</source>
        <translation>选择一次会议即可查看其成果。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>⚠ missing translation</source>
        <translation>⚠ 缺少译文</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status updates</source>
        <translation>状态更新</translation>
    </message>
    <message>
        <location filename="../../ui/pages/meeting_edits.py" line="-62"/>
        <source>Log the meeting of {date}</source>
        <translation>记录 {date} 会议</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit the meeting of {date}</source>
        <translation>编辑 {date} 会议</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete the meeting of {date}</source>
        <translation>删除 {date} 会议</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete meeting</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the meeting of {date}?</source>
        <translation>要删除 {date} 会议吗？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} plan status changes were decided at it. They can stay in the plans&apos; histories (without the meeting), or be taken back with it.</source>
        <translation>本次会议决定了 {count} 项项目状态变更。可以将其保留在项目历史记录中（不再关联会议），也可以随会议一并撤回。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete, keep the status changes</source>
        <translation>删除，保留状态变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete and take them back</source>
        <translation>删除并撤回状态变更</translation>
    </message>
</context>
<context>
    <name>MouEditor</name>
    <message>
        <location filename="../../ui/dialogs/mou_editor.py" line="+28"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New MOU</source>
        <translation>新建谅解备忘录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MOU</source>
        <translation>谅解备忘录</translation>
    </message>
</context>
<context>
    <name>MousPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="+1"/>
        <source>MOUs</source>
        <translation>谅解备忘录</translation>
    </message>
    <message>
        <location filename="../../ui/pages/mous.py" line="+48"/>
        <source>All teams</source>
        <translation>所有工作组</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New MOU</source>
        <translation>新建谅解备忘录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search titles and parties</source>
        <translation>搜索标题和签署方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} MOUs</source>
        <translation>共 {total} 份谅解备忘录，显示 {shown} 份</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delete %n MOU(s)</source>
        <translation>
            <numerusform>删除 %n 份谅解备忘录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n MOU(s). Undo brings them back.</source>
        <translation>
            <numerusform>已删除 %n 份谅解备忘录。撤销即可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Add MOU “{name}”</source>
        <translation>添加谅解备忘录“{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit MOU “{name}”</source>
        <translation>编辑谅解备忘录“{name}”</translation>
    </message>
</context>
<context>
    <name>MultilingualEdit</name>
    <message>
        <location filename="../../ui/widgets/multilingual.py" line="+205"/>
        <source>⚠ missing translation</source>
        <translation>⚠ 缺少译文</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Translation missing</source>
        <translation>缺少译文</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other languages: {names}</source>
        <translation>其他语言：{names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ({count} with text)</source>
        <translation>（已填写 {count} 种）</translation>
    </message>
</context>
<context>
    <name>NextMeetings</name>
    <message>
        <location filename="../../ui/widgets/next_meetings.py" line="+31"/>
        <source>Next meetings</source>
        <translation>近期会议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None planned</source>
        <translation>暂无计划会议</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} agenda items</source>
        <translation>议题 {count} 项</translation>
    </message>
</context>
<context>
    <name>PlanDetails</name>
    <message>
        <location filename="../../ui/widgets/plan_details.py" line="+85"/>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lineage across conferences</source>
        <translation>跨届延续关系</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} plans selected.</source>
        <translation>已选择 {count} 个项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a plan to see its history.</source>
        <translation>选择一个项目即可查看其历史。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>⚠ missing translation</source>
        <translation>⚠ 缺少译文</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../ui/dialogs/plan_editor.py" line="+85"/>
        <source>New plan</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan {ref}</source>
        <translation>项目 {ref}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{ref} · status: {status}</source>
        <translation>{ref} · 状态：{status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{ref} · status: {status} (use “Change status…” to change it)</source>
        <translation>{ref} · 状态：{status}（如需更改，请使用“更改状态…”）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continues {ref}</source>
        <translation>延续自 {ref}</translation>
    </message>
</context>
<context>
    <name>PlanEdits</name>
    <message>
        <location filename="../../ui/pages/plan_edits.py" line="+77"/>
        <source>Add plan “{name}”</source>
        <translation>添加项目“{name}”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit plan “{name}”</source>
        <translation>编辑项目“{name}”</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Delete %n plan(s)</source>
        <translation>
            <numerusform>删除 %n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Change status of %n plan(s) to {status}</source>
        <translation>
            <numerusform>将 %n 个项目的状态改为{status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Carry over %n plan(s)</source>
        <translation>
            <numerusform>将 %n 个项目延续到下届全体会议</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanFilterBar</name>
    <message>
        <location filename="../../ui/widgets/plan_filters.py" line="+158"/>
        <source>All conferences</source>
        <translation>所有届次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All teams</source>
        <translation>所有工作组</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{shown} of {total} plans</source>
        <translation>共 {total} 个项目，显示 {shown} 个</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search titles, descriptions (Ctrl+F)</source>
        <translation>搜索标题和内容，不限语言 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the titles and descriptions in every language</source>
        <translation>在所有语言的标题和内容中搜索</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only open plans whose due date has passed</source>
        <translation>只显示已过预计完成日期的未完成项目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All origins</source>
        <translation>所有提出方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All horizons</source>
        <translation>所有期限</translation>
    </message>
</context>
<context>
    <name>PlanMeetingDialog</name>
    <message>
        <location filename="../../ui/dialogs/agenda.py" line="+146"/>
        <source>Plan a meeting</source>
        <translation>计划会议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned meeting of {date}</source>
        <translation>{date} 的计划会议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>未定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>保存（Ctrl+S 或 Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Discard what you typed for this meeting?</source>
        <translation>放弃为本次会议输入的内容吗？</translation>
    </message>
</context>
<context>
    <name>PlanPicker</name>
    <message>
        <location filename="../../ui/widgets/plan_picker.py" line="+129"/>
        <source>Find a plan: 4-ECO-03 or title words</source>
        <translation>查找项目：4-ECO-03 或标题词语</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No plan matches “{text}”</source>
        <translation>没有与“{text}”匹配的项目</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../ui/models/plan_columns.py" line="+192"/>
        <source>No title in {language} yet</source>
        <translation>尚无{language}标题</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="-2"/>
        <source>Plans</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_page_editing.py" line="+167"/>
        <source>Delete plans</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Undo brings them back.</source>
        <translation>撤销即可恢复。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not deleted — {value}: expected {expected}.</source>
        <translation>未删除——{value}：应为 {expected}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/plans.py" line="+282"/>
        <source>Delete %n plan(s) with their status history?</source>
        <translation>
            <numerusform>要删除 %n 个项目及其状态历史吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Plan {ref} is saved, but the filter hides it.</source>
        <translation>计划 {ref} 已保存，但被筛选条件隐藏。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show it</source>
        <translation>显示</translation>
    </message>
    <message numerus="yes">
        <location line="+73"/>
        <source>Deleted %n plan(s). Undo brings them back.</source>
        <translation>
            <numerusform>已删除 %n 个项目。撤销即可恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Status changed for %n plan(s).</source>
        <translation>
            <numerusform>已更改 %n 个项目的状态。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Carried over %n plan(s) to the next conference.</source>
        <translation>
            <numerusform>已将 %n 个项目延续到下届全体会议。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Add plan…</source>
        <translation>添加项目…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status…</source>
        <translation>更改状态…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry over to next conference…</source>
        <translation>延续到下届全体会议…</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <location filename="../../ui/dialogs/postpone.py" line="+73"/>
        <source>New date</source>
        <translation>新日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Postpone conference {number}</source>
        <translation>推迟第{number}届全体会议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conference {number} is planned for {date}. The date it moves from and the reason are kept in its postponement history.</source>
        <translation>第{number}届全体会议原定于{date}举行。原定日期和推迟原因将记入其推迟记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet known</source>
        <translation>待定</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/tasks.py" line="+146"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>RecordColumns</name>
    <message>
        <location filename="../../ui/models/record_columns.py" line="+27"/>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="+131"/>
        <source>C&amp;hanges…</source>
        <translation>修改记录(&amp;H)…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The server cannot be reached. Your changes are kept here and saved as soon as it is back.</source>
        <translation>无法连接服务器。您的修改保留在此，服务器恢复后立即保存。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_problems.py" line="+49"/>
        <source>{field}: expected {expected}.</source>
        <translation>{field}：应为 {expected}。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Please check the notes below. Press “Save anyway” to save the record as it is.</source>
        <translation>请查看下方提示。如要按现状保存，请按“仍然保存”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/record_dialog.py" line="+25"/>
        <source>Discard the changes you typed?</source>
        <translation>要放弃已输入的更改吗？</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/widgets/field_problems.py" line="-56"/>
        <location line="+8"/>
        <source>Expected {expected}.</source>
        <translation>应为：{expected}</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../ui/pages/record_list.py" line="+260"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_editing.py" line="+218"/>
        <source>You typed changes that are not saved. Discard them?</source>
        <translation>有尚未保存的更改。要放弃吗？</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="+84"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded with every change you make, in each plan&apos;s history.</source>
        <translation>您的每次修改都会连同此姓名记入计划的历史。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database server records its user name with your changes.</source>
        <translation>数据库服务器会将其用户名与您的修改一并记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the database &amp;read-only (for team leads)</source>
        <translation>以只读方式打开数据库(&amp;R)（供工作组负责人使用）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only: everything can be looked at and exported, nothing can be changed. This takes effect the next time Secretariat starts.</source>
        <translation>只读：可以查看和导出全部内容，但不能做任何更改。下次启动 Secretariat 时生效。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restart Secretariat to open the database read-only.</source>
        <translation>请重新启动 Secretariat，以只读方式打开数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database stays read-only until Secretariat is restarted.</source>
        <translation>重新启动 Secretariat 之前，数据库保持只读。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is open read-only now.</source>
        <translation>数据库当前以只读方式打开。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="+109"/>
        <location filename="../../ui/main_window.py" line="+5"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+3"/>
        <source>Password of {user} on {server}:</source>
        <translation>{server} 上 {user} 的密码：</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>That password was refused.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to the committee&apos;s database</source>
        <translation>登录委员会数据库</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Secretariat cannot start</source>
        <translation>Secretariat 无法启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database cannot be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: {error}

The details are in the log file.</source>
        <translation>出现问题：{error}

详细信息请查看日志文件。</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <location filename="../../ui/dialogs/status_change.py" line="+66"/>
        <location line="+2"/>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>and {count} more</source>
        <translation>等另外 {count} 个</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n plan(s): {refs}</source>
        <translation>
            <numerusform>%n 个项目：{refs}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(not decided at a meeting)</source>
        <translation>（非会议决定）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} of the plans already have this status and stay as they are.</source>
        <translation>其中 {count} 个项目已是该状态，保持不变。</translation>
    </message>
</context>
<context>
    <name>StatusUpdatesEditor</name>
    <message>
        <location filename="../../ui/widgets/meeting_form.py" line="+169"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type to find a plan, arrows and Enter to pick it, Enter again to add it (Ctrl+F jumps here). Delete removes the selected row.</source>
        <translation>输入文字查找项目，用方向键和 Enter 选中，再按一次 Enter 添加（Ctrl+F 跳转到此处）。Delete 键删除所选行。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No plan picked yet.</source>
        <translation>尚未选择项目。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picked: {ref} {title} (now {status}). Enter adds it.</source>
        <translation>已选择：{ref} {title}（当前为{status}）。按 Enter 添加。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the new status of {ref} first.</source>
        <translation>请先选择 {ref} 的新状态。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Status changes decided at this meeting are kept in the plans&apos; histories.</source>
        <translation>本次会议决定的状态变更将记入各项目的历史记录。</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <location filename="../../ui/dialogs/team_editor.py" line="+32"/>
        <source>(from the first conference)</source>
        <translation>（自第一届全体会议起）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team takes part in the committee&apos;s work</source>
        <translation>该工作组参与委员会的工作</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New team</source>
        <translation>新建工作组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team {code}</source>
        <translation>工作组 {code}</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="+4"/>
        <source>Teams</source>
        <translation>工作组</translation>
    </message>
    <message>
        <location filename="../../ui/pages/teams.py" line="+51"/>
        <source>New team</source>
        <translation>新建工作组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search codes and names</source>
        <translation>搜索代码和名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {total} teams</source>
        <translation>共 {total} 个工作组，显示 {shown} 个</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delete %n team(s)</source>
        <translation>
            <numerusform>删除 %n 个工作组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n team(s). Undo brings them back.</source>
        <translation>
            <numerusform>已删除 %n 个工作组。撤销即可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active teams only</source>
        <translation>仅显示活跃工作组</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Add team {name}</source>
        <translation>添加工作组 {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit team {name}</source>
        <translation>编辑工作组 {name}</translation>
    </message>
</context>
<context>
    <name>TeamsTable</name>
    <message>
        <location filename="../../ui/models/teams.py" line="+19"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plans</source>
        <translation>项目数</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../ui/undo.py" line="+139"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo {edit}</source>
        <translation>撤销{edit}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo {edit}</source>
        <translation>重做{edit}</translation>
    </message>
</context>
</TS>
