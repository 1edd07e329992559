<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Activity</name>
    <message numerus="yes">
        <source>%n new in QuickBooks</source>
        <translation>
            <numerusform>%n new in QuickBooks</numerusform>
            <numerusform>%n new in QuickBooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new in HubSpot</source>
        <translation>
            <numerusform>%n new in HubSpot</numerusform>
            <numerusform>%n new in HubSpot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated in QuickBooks</source>
        <translation>
            <numerusform>%n updated in QuickBooks</numerusform>
            <numerusform>%n updated in QuickBooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated in HubSpot</source>
        <translation>
            <numerusform>%n updated in HubSpot</numerusform>
            <numerusform>%n updated in HubSpot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched, no change</source>
        <translation>
            <numerusform>%n matched, no change</numerusform>
            <numerusform>%n matched, no change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityController</name>
    <message numerus="yes">
        <source>Rows exported to {path}: %n</source>
        <translation>
            <numerusform>Rows exported to {path}: %n</numerusform>
            <numerusform>Rows exported to {path}: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message numerus="yes">
        <source>Records changed or failed in this sync: %n</source>
        <translation>
            <numerusform>Records changed or failed in this sync: %n</numerusform>
            <numerusform>Records changed or failed in this sync: %n</numerusform>
        </translation>
    </message>
</context>
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
    <name>Backfill</name>
    <message numerus="yes">
        <source>Created on or after {day}: %n invoice(s) would be sent to QuickBooks. Nothing has been sent yet.</source>
        <translation>
            <numerusform>Created on or after {day}: %n invoice would be sent to QuickBooks. Nothing has been sent yet.</numerusform>
            <numerusform>Created on or after {day}: %n invoices would be sent to QuickBooks. Nothing has been sent yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent to QuickBooks: %n invoice(s).</source>
        <translation>
            <numerusform>Sent to QuickBooks: %n invoice.</numerusform>
            <numerusform>Sent to QuickBooks: %n invoices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n invoice(s); see why below.</source>
        <translation>
            <numerusform>Failed: %n invoice; see why below.</numerusform>
            <numerusform>Failed: %n invoices; see why below.</numerusform>
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
    <name>Cli</name>
    <message numerus="yes">
        <source>%Ln record(s) failed; see why with: {command}</source>
        <translation>
            <numerusform>%Ln record failed; see why with: {command}</numerusform>
            <numerusform>%Ln records failed; see why with: {command}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln synced</source>
        <translation>
            <numerusform>%Ln synced</numerusform>
            <numerusform>%Ln synced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded</source>
        <translation>
            <numerusform>%Ln excluded</numerusform>
            <numerusform>%Ln excluded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliActivity</name>
    <message numerus="yes">
        <source>Records written to {path}: %Ln</source>
        <translation>
            <numerusform>Records written to {path}: %Ln</numerusform>
            <numerusform>Records written to {path}: %Ln</numerusform>
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
<context>
    <name>History</name>
    <message numerus="yes">
        <source>Updated %n field(s) in HubSpot: {fields}</source>
        <translation>
            <numerusform>Updated %n field in HubSpot: {fields}</numerusform>
            <numerusform>Updated %n fields in HubSpot: {fields}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n field(s) in QuickBooks: {fields}</source>
        <translation>
            <numerusform>Updated %n field in QuickBooks: {fields}</numerusform>
            <numerusform>Updated %n fields in QuickBooks: {fields}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message numerus="yes">
        <source>Records shown: %Ln (the whole preview)</source>
        <translation>
            <numerusform>Records shown: %Ln (the whole preview)</numerusform>
            <numerusform>Records shown: %Ln (the whole preview)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records shown: %Ln ({action} in {side}, {object})</source>
        <translation>
            <numerusform>Records shown: %Ln ({action} in {side}, {object})</numerusform>
            <numerusform>Records shown: %Ln ({action} in {side}, {object})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows exported to {path}: %Ln</source>
        <translation>
            <numerusform>Rows exported to {path}: %Ln</numerusform>
            <numerusform>Rows exported to {path}: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsMixin</name>
    <message numerus="yes">
        <source>Retrying %Ln failed record(s)…</source>
        <translation>
            <numerusform>Retrying %Ln failed record…</numerusform>
            <numerusform>Retrying %Ln failed records…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to {path}.</source>
        <translation>
            <numerusform>Exported %Ln record to {path}.</numerusform>
            <numerusform>Exported %Ln records to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsMixin</name>
    <message numerus="yes">
        <source>The {sync} sync is deleted and off; %Ln link(s) forgotten.</source>
        <translation>
            <numerusform>The {sync} sync is deleted and off; %Ln link forgotten.</numerusform>
            <numerusform>The {sync} sync is deleted and off; %Ln links forgotten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
</TS>
