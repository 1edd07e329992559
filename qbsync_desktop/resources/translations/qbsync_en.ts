<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttentionMixin</name>
    <message numerus="yes">
        <source>%Ln record(s) failed to sync — Review</source>
        <translation>
            <numerusform>%Ln record failed to sync — Review</numerusform>
            <numerusform>%Ln records failed to sync — Review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed record(s)</source>
        <translation>
            <numerusform>%Ln failed record</numerusform>
            <numerusform>%Ln failed records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) failed to sync</source>
        <translation>
            <numerusform>%Ln record failed to sync</numerusform>
            <numerusform>%Ln records failed to sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundMixin</name>
    <message numerus="yes">
        <source>%Ln record(s) failed to sync</source>
        <translation>
            <numerusform>%Ln record failed to sync</numerusform>
            <numerusform>%Ln records failed to sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message numerus="yes">
        <source>The sign-in runs out in %n day(s). Press Reconnect before then to keep syncing.</source>
        <translation>
            <numerusform>The sign-in runs out in %n day. Press Reconnect before then to keep syncing.</numerusform>
            <numerusform>The sign-in runs out in %n days. Press Reconnect before then to keep syncing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign-in valid for %n more day(s) (renews on each sync).</source>
        <translation>
            <numerusform>Sign-in valid for %n more day (renews on each sync).</numerusform>
            <numerusform>Sign-in valid for %n more days (renews on each sync).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message numerus="yes">
        <source>%n finding(s) ({warnings} to fix before syncing); each says how to fix it.</source>
        <translation>
            <numerusform>%n finding ({warnings} to fix before syncing); each says how to fix it.</numerusform>
            <numerusform>%n findings ({warnings} to fix before syncing); each says how to fix it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message numerus="yes">
        <source>%Ln more for other reasons (see the full list)</source>
        <translation>
            <numerusform>%Ln more for other reasons (see the full list)</numerusform>
            <numerusform>%Ln more for other reasons (see the full list)</numerusform>
        </translation>
    </message>
</context>
</TS>
