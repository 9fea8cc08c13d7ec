<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivitiesPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/activities.py" line="+156"/>
        <source>Delete %n activity(ies)</source>
        <translation>
            <numerusform>Delete %n activity</numerusform>
            <numerusform>Delete %n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n activity(ies). Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %n activity. Undo brings it back.</numerusform>
            <numerusform>Deleted %n activities. Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/attention_list.py" line="+169"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/carry_over.py" line="+89"/>
        <source>Carry over %n plan(s)</source>
        <translation>
            <numerusform>Carry over %n plan</numerusform>
            <numerusform>Carry over %n plans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/changes.py" line="+59"/>
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n change, newest first.</numerusform>
            <numerusform>%n changes, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/conferences.py" line="+108"/>
        <source>Delete %n conference(s)</source>
        <translation>
            <numerusform>Delete %n conference</numerusform>
            <numerusform>Delete %n conferences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n conference(s). Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %n conference. Undo brings it back.</numerusform>
            <numerusform>Deleted %n conferences. Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="+328"/>
        <source>%n plan(s) on its agenda</source>
        <translation>
            <numerusform>%n plan on its agenda</numerusform>
            <numerusform>%n plans on its agenda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview.py" line="+173"/>
        <source>Apply only the valid rows (skip the %n rejected row(s))</source>
        <translation>
            <numerusform>Apply only the valid rows (skip the %n rejected row)</numerusform>
            <numerusform>Apply only the valid rows (skip the %n rejected rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>and %n more new rows</source>
        <translation>
            <numerusform>and %n more new row</numerusform>
            <numerusform>and %n more new rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/meetings.py" line="+201"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MousPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/mous.py" line="+71"/>
        <source>Delete %n MOU(s)</source>
        <translation>
            <numerusform>Delete %n MOU</numerusform>
            <numerusform>Delete %n MOUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n MOU(s). Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %n MOU. Undo brings it back.</numerusform>
            <numerusform>Deleted %n MOUs. Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEdits</name>
    <message numerus="yes">
        <location filename="../../ui/pages/plan_edits.py" line="+116"/>
        <source>Delete %n plan(s)</source>
        <translation>
            <numerusform>Delete %n plan</numerusform>
            <numerusform>Delete %n plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Change status of %n plan(s) to {status}</source>
        <translation>
            <numerusform>Change status of %n plan to {status}</numerusform>
            <numerusform>Change status of %n plans to {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Carry over %n plan(s)</source>
        <translation>
            <numerusform>Carry over %n plan</numerusform>
            <numerusform>Carry over %n plans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/plans.py" line="+282"/>
        <source>Delete %n plan(s) with their status history?</source>
        <translation>
            <numerusform>Delete %n plan with its status history?</numerusform>
            <numerusform>Delete %n plans with their status history?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n plan(s). Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %n plan. Undo brings it back.</numerusform>
            <numerusform>Deleted %n plans. Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Status changed for %n plan(s).</source>
        <translation>
            <numerusform>Status changed for %n plan.</numerusform>
            <numerusform>Status changed for %n plans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Carried over %n plan(s) to the next conference.</source>
        <translation>
            <numerusform>Carried over %n plan to the next conference.</numerusform>
            <numerusform>Carried over %n plans to the next conference.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/status_change.py" line="+84"/>
        <source>%n plan(s): {refs}</source>
        <translation>
            <numerusform>%n plan: {refs}</numerusform>
            <numerusform>%n plans: {refs}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/teams.py" line="+61"/>
        <source>Delete %n team(s)</source>
        <translation>
            <numerusform>Delete %n team</numerusform>
            <numerusform>Delete %n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n team(s). Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %n team. Undo brings it back.</numerusform>
            <numerusform>Deleted %n teams. Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
</TS>
