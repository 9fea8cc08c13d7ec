<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboard.py" line="+469"/>
        <source>%n plan(s) on its agenda</source>
        <translation>
            <numerusform>%n plan on its agenda</numerusform>
            <numerusform>%n plans on its agenda</numerusform>
        </translation>
    </message>
</context>
</TS>
