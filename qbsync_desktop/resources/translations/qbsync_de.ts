<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Activity</name>
    <message>
        <source>Created in QuickBooks</source>
        <translation>In QuickBooks erstellt</translation>
    </message>
    <message>
        <source>Created in HubSpot</source>
        <translation>In HubSpot erstellt</translation>
    </message>
    <message>
        <source>Updated in QuickBooks</source>
        <translation>In QuickBooks aktualisiert</translation>
    </message>
    <message>
        <source>Updated in HubSpot</source>
        <translation>In HubSpot aktualisiert</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Voided in QuickBooks</source>
        <translation>In QuickBooks storniert</translation>
    </message>
    <message>
        <source>Voided in HubSpot</source>
        <translation>In HubSpot storniert</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Failed on the way to QuickBooks</source>
        <translation>Auf dem Weg zu QuickBooks fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed on the way to HubSpot</source>
        <translation>Auf dem Weg zu HubSpot fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Andere Änderung</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Durch einen Fehler angehalten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Running or interrupted</source>
        <translation>Läuft oder unterbrochen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>HubSpot id</source>
        <translation>HubSpot-ID</translation>
    </message>
    <message>
        <source>QuickBooks id</source>
        <translation>QuickBooks-ID</translation>
    </message>
    <message numerus="yes">
        <source>%n new in QuickBooks</source>
        <translation>
            <numerusform>%n neu in QuickBooks</numerusform>
            <numerusform>%n neu in QuickBooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new in HubSpot</source>
        <translation>
            <numerusform>%n neu in HubSpot</numerusform>
            <numerusform>%n neu in HubSpot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated in QuickBooks</source>
        <translation>
            <numerusform>%n in QuickBooks aktualisiert</numerusform>
            <numerusform>%n in QuickBooks aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated in HubSpot</source>
        <translation>
            <numerusform>%n in HubSpot aktualisiert</numerusform>
            <numerusform>%n in HubSpot aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched, no change</source>
        <translation>
            <numerusform>%n zugeordnet, keine Änderung</numerusform>
            <numerusform>%n zugeordnet, keine Änderung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing moved</source>
        <translation>nichts übertragen</translation>
    </message>
    <message>
        <source>{object}: {moved}</source>
        <translation>{object}: {moved}</translation>
    </message>
</context>
<context>
    <name>ActivityController</name>
    <message>
        <source>Nothing to export yet: run a sync first.</source>
        <translation>Noch nichts zu exportieren: Synchronisieren Sie zuerst.</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>activity of sync {run}</source>
        <translation>Aktivität der Synchronisierung {run}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Rows exported to {path}: %n</source>
        <translation>
            <numerusform>Zeilen exportiert nach {path}: %n</numerusform>
            <numerusform>Zeilen exportiert nach {path}: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: {why}</source>
        <translation>Export fehlgeschlagen: {why}</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Matched,
no change</source>
        <translation>Zugeordnet,
keine Änderung</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Was übertragen wurde</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Each sync, newest first. Select one to see the records it changed.</source>
        <translation>Jede Synchronisierung, die neueste zuerst. Wählen Sie eine aus, um die geänderten Datensätze zu sehen.</translation>
    </message>
    <message>
        <source>Export this sync…</source>
        <translation>Diese Synchronisierung exportieren…</translation>
    </message>
    <message>
        <source>Export all activity…</source>
        <translation>Gesamte Aktivität exportieren…</translation>
    </message>
    <message>
        <source>No syncs yet.</source>
        <translation>Noch keine Synchronisierungen.</translation>
    </message>
    <message>
        <source>Select a sync to see its records.</source>
        <translation>Wählen Sie eine Synchronisierung aus, um ihre Datensätze zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Records changed or failed in this sync: %n</source>
        <translation>
            <numerusform>In dieser Synchronisierung geänderte oder fehlgeschlagene Datensätze: %n</numerusform>
            <numerusform>In dieser Synchronisierung geänderte oder fehlgeschlagene Datensätze: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionMixin</name>
    <message>
        <source>Reconnect {services}: the sign-in expired or was revoked.</source>
        <translation>{services} erneut verknüpfen: Die Anmeldung ist abgelaufen oder wurde widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) failed to sync — Review</source>
        <translation>
            <numerusform>%Ln Datensatz konnte nicht synchronisiert werden – Prüfen</numerusform>
            <numerusform>%Ln Datensätze konnten nicht synchronisiert werden – Prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed record(s)</source>
        <translation>
            <numerusform>%Ln fehlgeschlagener Datensatz</numerusform>
            <numerusform>%Ln fehlgeschlagene Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnect {services}</source>
        <translation>{services} erneut verknüpfen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) failed to sync</source>
        <translation>
            <numerusform>%Ln Datensatz konnte nicht synchronisiert werden</numerusform>
            <numerusform>%Ln Datensätze konnten nicht synchronisiert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>{need} ({profile})</source>
        <translation>{need} ({profile})</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>Letzte Synchronisierung: {time}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Noch nie synchronisiert</translation>
    </message>
    <message>
        <source> · last try cancelled</source>
        <translation> · letzter Versuch abgebrochen</translation>
    </message>
    <message>
        <source> · last try stopped</source>
        <translation> · letzter Versuch angehalten</translation>
    </message>
</context>
<context>
    <name>Backfill</name>
    <message numerus="yes">
        <source>Created on or after {day}: %n invoice(s) would be sent to QuickBooks. Nothing has been sent yet.</source>
        <translation>
            <numerusform>Erstellt am oder nach dem {day}: %n Rechnung würde an QuickBooks gesendet. Noch wurde nichts gesendet.</numerusform>
            <numerusform>Erstellt am oder nach dem {day}: %n Rechnungen würden an QuickBooks gesendet. Noch wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Would be sent:</source>
        <translation>Würde gesendet:</translation>
    </message>
    <message>
        <source>Left out, and why:</source>
        <translation>Ausgelassen, und warum:</translation>
    </message>
    <message numerus="yes">
        <source>Sent to QuickBooks: %n invoice(s).</source>
        <translation>
            <numerusform>An QuickBooks gesendet: %n Rechnung.</numerusform>
            <numerusform>An QuickBooks gesendet: %n Rechnungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n invoice(s); see why below.</source>
        <translation>
            <numerusform>Fehlgeschlagen: %n Rechnung; den Grund sehen Sie unten.</numerusform>
            <numerusform>Fehlgeschlagen: %n Rechnungen; die Gründe sehen Sie unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Gesendet:</translation>
    </message>
    <message>
        <source>Not sent, and why:</source>
        <translation>Nicht gesendet, und warum:</translation>
    </message>
    <message>
        <source>Looking for older invoices… (nothing is sent)</source>
        <translation>Ältere Rechnungen werden gesucht… (es wird nichts gesendet)</translation>
    </message>
    <message>
        <source>A sync is running; try again when it has finished.</source>
        <translation>Eine Synchronisierung läuft; versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>Sending older invoices to QuickBooks…</source>
        <translation>Ältere Rechnungen werden an QuickBooks gesendet…</translation>
    </message>
    <message>
        <source>Nothing was sent: {reason}</source>
        <translation>Es wurde nichts gesendet: {reason}</translation>
    </message>
</context>
<context>
    <name>BackfillDialog</name>
    <message>
        <source>Send older invoices</source>
        <translation>Ältere Rechnungen senden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>BackgroundMixin</name>
    <message>
        <source>Automatic sync off: press Sync now to sync</source>
        <translation>Automatische Synchronisierung aus: Klicken Sie auf „Jetzt synchronisieren“</translation>
    </message>
    <message>
        <source>Automatic sync starts once both accounts are connected</source>
        <translation>Die automatische Synchronisierung beginnt, sobald beide Accounts verknüpft sind</translation>
    </message>
    <message>
        <source>Automatic sync starts after the first sync</source>
        <translation>Die automatische Synchronisierung beginnt nach der ersten Synchronisierung</translation>
    </message>
    <message>
        <source>Automatic sync off</source>
        <translation>Automatische Synchronisierung aus</translation>
    </message>
    <message>
        <source>Next sync: {time}</source>
        <translation>Nächste Synchronisierung: {time}</translation>
    </message>
    <message>
        <source>Automatic sync waits for both connections</source>
        <translation>Die automatische Synchronisierung wartet auf beide Verknüpfungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) failed to sync</source>
        <translation>
            <numerusform>%Ln Datensatz konnte nicht synchronisiert werden</numerusform>
            <numerusform>%Ln Datensätze konnten nicht synchronisiert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>{profile}: click to see what went wrong and how to fix it.</source>
        <translation>{profile}: Klicken Sie hier, um zu sehen, was schiefging und wie Sie es beheben.</translation>
    </message>
    <message>
        <source>{profile}: {trouble}</source>
        <translation>{profile}: {trouble}</translation>
    </message>
    <message>
        <source>qbsync keeps syncing</source>
        <translation>qbsync synchronisiert weiter</translation>
    </message>
    <message>
        <source>qbsync keeps syncing in the background and lives in the tray. Use Quit in the tray menu to stop it.</source>
        <translation>qbsync synchronisiert im Hintergrund weiter und bleibt im Infobereich. Zum Beenden wählen Sie „qbsync beenden“ im Menü des Symbols.</translation>
    </message>
    <message>
        <source>Quit qbsync?</source>
        <translation>qbsync beenden?</translation>
    </message>
    <message>
        <source>There is no system tray here, so closing the window stops automatic syncs. Quit?</source>
        <translation>Hier gibt es keinen Infobereich: Wenn Sie das Fenster schließen, endet die automatische Synchronisierung. Beenden?</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>{problem} To do that, run: {command}</source>
        <translation>{problem} Führen Sie dazu aus: {command}</translation>
    </message>
    <message>
        <source>Profile {profile} has no database yet; the next sync starts one.</source>
        <translation>Profil {profile} hat noch keine Datenbank; die nächste Synchronisierung legt eine an.</translation>
    </message>
    <message>
        <source>The database of profile {profile} is sound; nothing was changed.</source>
        <translation>Die Datenbank von Profil {profile} ist in Ordnung; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The old database is kept as {path}. The next sync starts a fresh one.</source>
        <translation>Die alte Datenbank bleibt als {path} erhalten. Die nächste Synchronisierung beginnt eine neue.</translation>
    </message>
    <message>
        <source>There is no profile named {name} (profiles: {known}). Create it with: {command}</source>
        <translation>Es gibt kein Profil namens {name} (Profile: {known}). Legen Sie es an mit: {command}</translation>
    </message>
    <message>
        <source>There is no profile named {name}. Create it with: {command}</source>
        <translation>Es gibt kein Profil namens {name}. Legen Sie es an mit: {command}</translation>
    </message>
    <message>
        <source>Connecting {service} the first time needs the app&apos;s client id: add --client-id ID.</source>
        <translation>Die erste Verknüpfung mit {service} braucht die Client-ID der App: Fügen Sie --client-id ID hinzu.</translation>
    </message>
    <message>
        <source>the sign-in would be lost when this command ends</source>
        <translation>die Anmeldung ginge verloren, wenn dieser Befehl endet</translation>
    </message>
    <message>
        <source>Open this address in your browser to connect:</source>
        <translation>Öffnen Sie diese Adresse in Ihrem Browser, um zu verknüpfen:</translation>
    </message>
    <message>
        <source>Connected {service} for profile {profile}: {account} ({id}).</source>
        <translation>{service} für Profil {profile} verknüpft: {account} ({id}).</translation>
    </message>
    <message>
        <source>Missing permissions: {scopes}</source>
        <translation>Fehlende Berechtigungen: {scopes}</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available, so {consequence}. Start your desktop&apos;s keyring (GNOME Keyring, KWallet) or use the qbsync window, then try again.</source>
        <translation>Kein sicherer Passwortspeicher (Schlüsselbund) verfügbar, daher: {consequence}. Starten Sie den Schlüsselbund Ihres Desktops (GNOME Keyring, KWallet) oder verwenden Sie das qbsync-Fenster und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>{service} app client secret (not shown): </source>
        <translation>Client-Secret der {service}-App (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Connecting {service} needs the app&apos;s client secret: set {variable} or run the command in a terminal to be asked for it.</source>
        <translation>Die Verknüpfung mit {service} braucht das Client-Secret der App: Setzen Sie {variable} oder führen Sie den Befehl in einem Terminal aus, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>qbsync cannot read the sign-ins</source>
        <translation>qbsync kann die Anmeldungen nicht lesen</translation>
    </message>
    <message>
        <source>{service} is not connected for profile {profile}. Run: {command}</source>
        <translation>{service} ist für Profil {profile} nicht verknüpft. Führen Sie aus: {command}</translation>
    </message>
    <message>
        <source>The {service} sign-in for profile {profile} has expired or was revoked. Run: {command} (nothing queued is lost).</source>
        <translation>Die Anmeldung bei {service} für Profil {profile} ist abgelaufen oder wurde widerrufen. Führen Sie aus: {command} (nichts Wartendes geht verloren).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) failed; see why with: {command}</source>
        <translation>
            <numerusform>%Ln Datensatz fehlgeschlagen; den Grund zeigt: {command}</numerusform>
            <numerusform>%Ln Datensätze fehlgeschlagen; den Grund zeigt: {command}</numerusform>
        </translation>
    </message>
    <message>
        <source>Before syncing: {title}. {explanation} {fix}</source>
        <translation>Vor dem Synchronisieren: {title}. {explanation} {fix}</translation>
    </message>
    <message>
        <source>Dry run (nothing written)</source>
        <translation>Probelauf (nichts geschrieben)</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Synchronisierung abgeschlossen</translation>
    </message>
    <message>
        <source>{label}: created in HubSpot {created_hubspot}, created in QuickBooks {created_quickbooks}, updated in HubSpot {updated_hubspot}, updated in QuickBooks {updated_quickbooks}, matched {matched}, excluded {excluded}, failed {failed}</source>
        <translation>{label}: in HubSpot erstellt {created_hubspot}, in QuickBooks erstellt {created_quickbooks}, in HubSpot aktualisiert {updated_hubspot}, in QuickBooks aktualisiert {updated_quickbooks}, zugeordnet {matched}, ausgeschlossen {excluded}, fehlgeschlagen {failed}</translation>
    </message>
    <message>
        <source>{text}, finished from an interrupted run {recovered}</source>
        <translation>{text}, aus einem unterbrochenen Lauf abgeschlossen {recovered}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln synced</source>
        <translation>
            <numerusform>%Ln synchronisiert</numerusform>
            <numerusform>%Ln synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded</source>
        <translation>
            <numerusform>%Ln ausgeschlossen</numerusform>
            <numerusform>%Ln ausgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile {profile}: {counts}</source>
        <translation>Profil {profile}: {counts}</translation>
    </message>
    <message>
        <source>no records yet</source>
        <translation>noch keine Datensätze</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Lösung: {fix}</translation>
    </message>
</context>
<context>
    <name>CliActivity</name>
    <message numerus="yes">
        <source>Records written to {path}: %Ln</source>
        <translation>
            <numerusform>Datensätze geschrieben nach {path}: %Ln</numerusform>
            <numerusform>Datensätze geschrieben nach {path}: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile {profile}: no syncs yet.</source>
        <translation>Profil {profile}: noch keine Synchronisierungen.</translation>
    </message>
    <message>
        <source>Sync {run} at {when}: {status}; new {created}, updated {updated}, matched {matched}, left out {excluded}, failed {failed}</source>
        <translation>Synchronisierung {run} am {when}: {status}; neu {created}, aktualisiert {updated}, zugeordnet {matched}, ausgelassen {excluded}, fehlgeschlagen {failed}</translation>
    </message>
    <message>
        <source>Sync {run} changed no record.</source>
        <translation>Synchronisierung {run} hat keinen Datensatz geändert.</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Lösung: {fix}</translation>
    </message>
</context>
<context>
    <name>CliBackfill</name>
    <message>
        <source>send {name}</source>
        <translation>{name} senden</translation>
    </message>
    <message>
        <source>update {name}</source>
        <translation>{name} aktualisieren</translation>
    </message>
    <message>
        <source>leave out {name}: {reason}</source>
        <translation>{name} auslassen: {reason}</translation>
    </message>
    <message>
        <source>Preview (nothing sent): {sent} to send, {failed} failing</source>
        <translation>Vorschau (nichts gesendet): {sent} zu senden, {failed} fehlschlagend</translation>
    </message>
    <message>
        <source>Backfill finished: {sent} sent, {failed} failed</source>
        <translation>Nachträgliche Übertragung abgeschlossen: {sent} gesendet, {failed} fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>The {service} sign-in has expired or was revoked. Run: {command} (nothing queued is lost).</source>
        <translation>Die Anmeldung bei {service} ist abgelaufen oder wurde widerrufen. Führen Sie aus: {command} (nichts Wartendes geht verloren).</translation>
    </message>
    <message>
        <source>{service} is not connected for this profile. Run: {command}</source>
        <translation>{service} ist für dieses Profil nicht verknüpft. Führen Sie aus: {command}</translation>
    </message>
    <message>
        <source>A sync of this profile is already running (in the window or another qbsync). Wait for it to finish, then try again.</source>
        <translation>Eine Synchronisierung dieses Profils läuft bereits (im Fenster oder in einem anderen qbsync). Warten Sie, bis sie fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The profile&apos;s database is damaged. Restore it from a backup, or remove the profile&apos;s data folder and sync again to rebuild it.</source>
        <translation>Die Datenbank des Profils ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her oder entfernen Sie den Datenordner des Profils und synchronisieren Sie erneut, um sie neu aufzubauen.</translation>
    </message>
    <message>
        <source>qbsync could not write its database: the data folder is read-only or missing. Make it writable (or free up space) and try again.</source>
        <translation>qbsync konnte seine Datenbank nicht schreiben: Der Datenordner ist schreibgeschützt oder fehlt. Machen Sie ihn beschreibbar (oder schaffen Sie Platz) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>qbsync stopped on an unexpected problem; the details are in the log ({log}). Try again, and report it if it happens again.</source>
        <translation>qbsync wurde durch ein unerwartetes Problem angehalten; die Einzelheiten stehen im Protokoll ({log}). Versuchen Sie es erneut und melden Sie es, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>connect it again</source>
        <translation>verknüpfen Sie erneut</translation>
    </message>
    <message>
        <source>connect it</source>
        <translation>verknüpfen Sie es</translation>
    </message>
    <message>
        <source>qbsync.log in the log folder</source>
        <translation>qbsync.log im Protokollordner</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>permission was refused</source>
        <translation>die Berechtigung wurde verweigert</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>qbsync could not write its files ({path}): {why}. Fix that and try again.</source>
        <translation>qbsync konnte seine Dateien nicht schreiben ({path}): {why}. Beheben Sie das und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>qbsync could not write its files: {why}. Fix that and try again.</source>
        <translation>qbsync konnte seine Dateien nicht schreiben: {why}. Beheben Sie das und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <source>HubSpot portal {id}</source>
        <translation>HubSpot-Portal {id}</translation>
    </message>
    <message>
        <source>HubSpot account</source>
        <translation>HubSpot-Account</translation>
    </message>
    <message>
        <source>{account} ({name})</source>
        <translation>{account} ({name})</translation>
    </message>
    <message>
        <source>QuickBooks company</source>
        <translation>QuickBooks-Unternehmen</translation>
    </message>
    <message>
        <source>{company} (company id {id})</source>
        <translation>{company} (Unternehmens-ID {id})</translation>
    </message>
    <message>
        <source>Portal id</source>
        <translation>Portal-ID</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Company id</source>
        <translation>Unternehmens-ID</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktiv</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked. Press Reconnect; nothing is lost.</source>
        <translation>Die Anmeldung ist abgelaufen oder wurde widerrufen. Klicken Sie auf „Erneut verknüpfen“; es geht nichts verloren.</translation>
    </message>
    <message>
        <source>Sign-in renews itself while qbsync runs.</source>
        <translation>Die Anmeldung erneuert sich, solange qbsync läuft.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in runs out in %n day(s). Press Reconnect before then to keep syncing.</source>
        <translation>
            <numerusform>Die Anmeldung läuft in %n Tag ab. Klicken Sie vorher auf „Erneut verknüpfen“, damit die Synchronisierung weiterläuft.</numerusform>
            <numerusform>Die Anmeldung läuft in %n Tagen ab. Klicken Sie vorher auf „Erneut verknüpfen“, damit die Synchronisierung weiterläuft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign-in valid for %n more day(s) (renews on each sync).</source>
        <translation>
            <numerusform>Anmeldung noch %n Tag gültig (wird bei jeder Synchronisierung erneuert).</numerusform>
            <numerusform>Anmeldung noch %n Tage gültig (wird bei jeder Synchronisierung erneuert).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionsMixin</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Erneut verknüpfen</translation>
    </message>
    <message>
        <source>{service} connected.</source>
        <translation>{service} verknüpft.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Das Verknüpfen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Can&apos;t reach {service} — check the internet connection and press Connect again.</source>
        <translation>{service} ist nicht erreichbar – prüfen Sie die Internetverbindung und klicken Sie erneut auf „Verknüpfen“.</translation>
    </message>
    <message>
        <source>Disconnect {service}? qbsync signs out and forgets the access. Your records and sync history stay; connect again to continue.</source>
        <translation>Verknüpfung mit {service} trennen? qbsync meldet sich ab und vergisst den Zugriff. Ihre Datensätze und der Synchronisierungsverlauf bleiben; verknüpfen Sie erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>Disconnect {service}</source>
        <translation>Verknüpfung mit {service} trennen</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>&lt;b&gt;Connect both accounts to start.&lt;/b&gt; qbsync opens your browser; sign in there and allow access.</source>
        <translation>&lt;b&gt;Verknüpfen Sie beide Accounts, um zu beginnen.&lt;/b&gt; qbsync öffnet Ihren Browser; melden Sie sich dort an und erlauben Sie den Zugriff.</translation>
    </message>
    <message>
        <source>QuickBooks settings check</source>
        <translation>Prüfung der QuickBooks-Einstellungen</translation>
    </message>
    <message>
        <source>Runs once both accounts are connected.</source>
        <translation>Läuft, sobald beide Accounts verknüpft sind.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>⚠ Warning</source>
        <translation>⚠ Warnung</translation>
    </message>
    <message>
        <source>ℹ Note</source>
        <translation>ℹ Hinweis</translation>
    </message>
    <message>
        <source>No QuickBooks setting is known to get in the way of what you sync.</source>
        <translation>Keine bekannte QuickBooks-Einstellung steht dem im Weg, was Sie synchronisieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) ({warnings} to fix before syncing); each says how to fix it.</source>
        <translation>
            <numerusform>%n Ergebnis ({warnings} vor der Synchronisierung zu beheben); jedes sagt, wie.</numerusform>
            <numerusform>%n Ergebnisse ({warnings} vor der Synchronisierung zu beheben); jedes sagt, wie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Etwas ist schiefgegangen; das Protokoll enthält die Einzelheiten.</translation>
    </message>
</context>
<context>
    <name>FieldCatalogue</name>
    <message>
        <source>Row {row}: HubSpot has no property “{name}” for this sync.</source>
        <translation>Zeile {row}: HubSpot hat keine Eigenschaft „{name}“ für diese Synchronisierung.</translation>
    </message>
    <message>
        <source>Row {row}: QuickBooks has no field “{name}” this sync can write.</source>
        <translation>Zeile {row}: QuickBooks hat kein Feld „{name}“, das diese Synchronisierung schreiben kann.</translation>
    </message>
    <message>
        <source>Row {row}: HubSpot does not let other apps change “{name}”; sync it to QuickBooks only.</source>
        <translation>Zeile {row}: HubSpot lässt andere Apps „{name}“ nicht ändern; synchronisieren Sie es nur zu QuickBooks.</translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>Pick a field or type its name</source>
        <translation>Wählen Sie ein Feld oder geben Sie seinen Namen ein</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>billing street</source>
        <translation>Rechnungsadresse Straße</translation>
    </message>
    <message>
        <source>billing street line 2</source>
        <translation>Rechnungsadresse Straße Zeile 2</translation>
    </message>
    <message>
        <source>billing city</source>
        <translation>Rechnungsadresse Stadt</translation>
    </message>
    <message>
        <source>billing state</source>
        <translation>Rechnungsadresse Bundesland</translation>
    </message>
    <message>
        <source>billing postal code</source>
        <translation>Rechnungsadresse Postleitzahl</translation>
    </message>
    <message>
        <source>billing country</source>
        <translation>Rechnungsadresse Land</translation>
    </message>
    <message>
        <source>shipping street</source>
        <translation>Lieferadresse Straße</translation>
    </message>
    <message>
        <source>shipping street line 2</source>
        <translation>Lieferadresse Straße Zeile 2</translation>
    </message>
    <message>
        <source>shipping city</source>
        <translation>Lieferadresse Stadt</translation>
    </message>
    <message>
        <source>shipping state</source>
        <translation>Lieferadresse Bundesland</translation>
    </message>
    <message>
        <source>shipping postal code</source>
        <translation>Lieferadresse Postleitzahl</translation>
    </message>
    <message>
        <source>shipping country</source>
        <translation>Lieferadresse Land</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>zweiter Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>suffix</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>Unternehmensname</translation>
    </message>
    <message>
        <source>name printed on cheques</source>
        <translation>Name auf Schecks</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>resale number</source>
        <translation>Wiederverkaufsnummer</translation>
    </message>
    <message>
        <source>taxable</source>
        <translation>steuerpflichtig</translation>
    </message>
    <message>
        <source>account number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <source>tax id</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>purchase description</source>
        <translation>Einkaufsbeschreibung</translation>
    </message>
    <message>
        <source>sales price</source>
        <translation>Verkaufspreis</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>quantity on hand</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>inventory start date</source>
        <translation>Bestandsstartdatum</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>ship date</source>
        <translation>Versanddatum</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>private note</source>
        <translation>interne Notiz</translation>
    </message>
    <message>
        <source>message on invoice</source>
        <translation>Nachricht auf der Rechnung</translation>
    </message>
    <message>
        <source>billing email</source>
        <translation>Rechnungs-E-Mail</translation>
    </message>
    <message>
        <source>custom field {slot}</source>
        <translation>benutzerdefiniertes Feld {slot}</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>QuickBooks</source>
        <translation>QuickBooks</translation>
    </message>
    <message>
        <source>billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>income account</source>
        <translation>Erlöskonto</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>line items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>product or service</source>
        <translation>Produkt oder Service</translation>
    </message>
    <message>
        <source>service date</source>
        <translation>Leistungsdatum</translation>
    </message>
    <message>
        <source>tax code</source>
        <translation>Steuercode</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>state/region</source>
        <translation>Bundesland/Region</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>country/region</source>
        <translation>Land/Region</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>product type</source>
        <translation>Produkttyp</translation>
    </message>
    <message>
        <source>invoice status</source>
        <translation>Rechnungsstatus</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>amount billed</source>
        <translation>berechneter Betrag</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>ein Feld</translation>
    </message>
</context>
<context>
    <name>FirstRunMixin</name>
    <message>
        <source>the sync could not start.</source>
        <translation>die Synchronisierung konnte nicht starten.</translation>
    </message>
    <message>
        <source>it ended without a plan.</source>
        <translation>sie endete ohne Plan.</translation>
    </message>
    <message>
        <source>First sync started. After it, qbsync keeps syncing on its schedule.</source>
        <translation>Die erste Synchronisierung läuft. Danach synchronisiert qbsync nach seinem Zeitplan weiter.</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <source>{count} × {why}</source>
        <translation>{count} × {why}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more for other reasons (see the full list)</source>
        <translation>
            <numerusform>%Ln weiterer aus anderen Gründen (siehe vollständige Liste)</numerusform>
            <numerusform>%Ln weitere aus anderen Gründen (siehe vollständige Liste)</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>would fail: {why}</source>
        <translation>würde fehlschlagen: {why}</translation>
    </message>
    <message>
        <source>left out: {why}</source>
        <translation>ausgelassen: {why}</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>New in
HubSpot</source>
        <translation>Neu in
HubSpot</translation>
    </message>
    <message>
        <source>Matched,
no change</source>
        <translation>Zugeordnet,
keine Änderung</translation>
    </message>
    <message>
        <source>Updated in
HubSpot</source>
        <translation>Aktualisiert
in HubSpot</translation>
    </message>
    <message>
        <source>New in
QuickBooks</source>
        <translation>Neu in
QuickBooks</translation>
    </message>
    <message>
        <source>Updated in
QuickBooks</source>
        <translation>Aktualisiert
in QuickBooks</translation>
    </message>
    <message>
        <source>Would
fail</source>
        <translation>Würden
fehlschlagen</translation>
    </message>
    <message>
        <source>Why left out
or failing</source>
        <translation>Warum ausgelassen
oder fehlgeschlagen</translation>
    </message>
    <message>
        <source>{what}: {count}</source>
        <translation>{what}: {count}</translation>
    </message>
    <message>
        <source>Preview ({time}), nothing written. {counts}.</source>
        <translation>Vorschau ({time}), nichts geschrieben. {counts}.</translation>
    </message>
    <message>
        <source>{count} in {side}</source>
        <translation>{count} in {side}</translation>
    </message>
    <message>
        <source>{count} ({where})</source>
        <translation>{count} ({where})</translation>
    </message>
    <message>
        <source>First sync: what it will do</source>
        <translation>Erste Synchronisierung: was sie tun wird</translation>
    </message>
    <message>
        <source>Show the full list…</source>
        <translation>Vollständige Liste anzeigen…</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>Erneut vorschauen</translation>
    </message>
    <message>
        <source>After changing the sync settings: preview with the new ones</source>
        <translation>Nach dem Ändern der Synchronisierungseinstellungen: Vorschau mit den neuen</translation>
    </message>
    <message>
        <source>Start syncing</source>
        <translation>Synchronisierung starten</translation>
    </message>
    <message>
        <source>Previewing what the first sync would do… Nothing is written.</source>
        <translation>Vorschau der ersten Synchronisierung… Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>The preview could not run: {why}</source>
        <translation>Die Vorschau konnte nicht ausgeführt werden: {why}</translation>
    </message>
    <message>
        <source>Nothing has been written yet. This is what the first sync will do with the current sync settings. Read the QuickBooks settings check above, change the Sync settings if needed (then Preview again), and start when it looks right. After that qbsync keeps syncing on its schedule.</source>
        <translation>Es wurde noch nichts geschrieben. So wird die erste Synchronisierung mit den aktuellen Synchronisierungseinstellungen ablaufen. Lesen Sie oben die Prüfung der QuickBooks-Einstellungen, ändern Sie bei Bedarf die Synchronisierungseinstellungen (dann „Erneut vorschauen“) und starten Sie, wenn alles stimmt. Danach synchronisiert qbsync nach Zeitplan weiter.</translation>
    </message>
    <message>
        <source>There is nothing to sync with the current settings.</source>
        <translation>Mit den aktuellen Einstellungen gibt es nichts zu synchronisieren.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <source>Updated %n field(s) in HubSpot: {fields}</source>
        <translation>
            <numerusform>%n Feld in HubSpot aktualisiert: {fields}</numerusform>
            <numerusform>%n Felder in HubSpot aktualisiert: {fields}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n field(s) in QuickBooks: {fields}</source>
        <translation>
            <numerusform>%n Feld in QuickBooks aktualisiert: {fields}</numerusform>
            <numerusform>%n Felder in QuickBooks aktualisiert: {fields}</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: {reason}</source>
        <translation>Ausgelassen: {reason}</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Created {record} in QuickBooks</source>
        <translation>{record} in QuickBooks erstellt</translation>
    </message>
    <message>
        <source>Created {record} in HubSpot</source>
        <translation>{record} in HubSpot erstellt</translation>
    </message>
    <message>
        <source>Updated {record} in QuickBooks</source>
        <translation>{record} in QuickBooks aktualisiert</translation>
    </message>
    <message>
        <source>Updated {record} in HubSpot</source>
        <translation>{record} in HubSpot aktualisiert</translation>
    </message>
    <message>
        <source>Voided {record} in QuickBooks</source>
        <translation>{record} in QuickBooks storniert</translation>
    </message>
    <message>
        <source>Voided {record} in HubSpot</source>
        <translation>{record} in HubSpot storniert</translation>
    </message>
    <message>
        <source>Linked to the QuickBooks {record} with the same {key}</source>
        <translation>In QuickBooks verknüpft: {record} mit derselben {key}</translation>
    </message>
    <message>
        <source>Linked to the record with the same key</source>
        <translation>Mit dem Datensatz mit demselben Schlüssel verknüpft</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>IncomeAccountSection</name>
    <message>
        <source>Choose an account</source>
        <translation>Konto wählen</translation>
    </message>
    <message>
        <source>First active income account</source>
        <translation>Erstes aktives Erlöskonto</translation>
    </message>
    <message>
        <source>{name} (ID {id})</source>
        <translation>{name} (ID {id})</translation>
    </message>
</context>
<context>
    <name>InvoiceDetail</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>QuickBooks</source>
        <translation>QuickBooks</translation>
    </message>
    <message>
        <source>Made in</source>
        <translation>Erstellt in</translation>
    </message>
    <message>
        <source>HubSpot number</source>
        <translation>HubSpot-Nummer</translation>
    </message>
    <message>
        <source>QuickBooks number</source>
        <translation>QuickBooks-Nummer</translation>
    </message>
    <message>
        <source>HubSpot total</source>
        <translation>HubSpot-Gesamtbetrag</translation>
    </message>
    <message>
        <source>QuickBooks total</source>
        <translation>QuickBooks-Gesamtbetrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Integration sync</source>
        <translation>Integrationssynchronisierung</translation>
    </message>
    <message>
        <source>The totals differ.</source>
        <translation>Die Gesamtbeträge weichen ab.</translation>
    </message>
</context>
<context>
    <name>InvoiceSettings</name>
    <message>
        <source>Send older invoices…</source>
        <translation>Ältere Rechnungen senden…</translation>
    </message>
    <message>
        <source>Sent to QuickBooks:</source>
        <translation>An QuickBooks gesendet:</translation>
    </message>
    <message>
        <source>the moment you switch it on</source>
        <translation>der Moment, in dem Sie sie einschalten</translation>
    </message>
    <message>
        <source>only invoices made in HubSpot</source>
        <translation>nur in HubSpot erstellte Rechnungen</translation>
    </message>
    <message>
        <source>no drafts</source>
        <translation>keine Entwürfe</translation>
    </message>
    <message>
        <source>only invoices created or changed since {moment}</source>
        <translation>nur seit {moment} erstellte oder geänderte Rechnungen</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>qbsync uses the new language the next time it starts.</source>
        <translation>qbsync verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Sprache des Fensters:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>qbsync — HubSpot ⇄ QuickBooks</source>
        <translation>qbsync – HubSpot ⇄ QuickBooks</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Add profile…</source>
        <translation>Profil hinzufügen…</translation>
    </message>
    <message>
        <source>Rename profile…</source>
        <translation>Profil umbenennen…</translation>
    </message>
    <message>
        <source>Remove profile…</source>
        <translation>Profil entfernen…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync both accounts now (Ctrl+R)</source>
        <translation>Beide Accounts jetzt synchronisieren (Strg+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Erneut verknüpfen</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Datensätze suchen</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Preview ({time}) finished. Nothing was written.</source>
        <translation>Vorschau ({time}) beendet. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Sync finished at {time}: {created} created, {updated} updated. Records now: {synced} synced, {failed} failed, {excluded} excluded.</source>
        <translation>Synchronisierung um {time} abgeschlossen: {created} erstellt, {updated} aktualisiert. Datensätze jetzt: {synced} synchronisiert, {failed} fehlgeschlagen, {excluded} ausgeschlossen.</translation>
    </message>
</context>
<context>
    <name>NamingRuleSection</name>
    <message>
        <source>Preview (examples):</source>
        <translation>Vorschau (Beispiele):</translation>
    </message>
    <message>
        <source>Preview (your records):</source>
        <translation>Vorschau (Ihre Datensätze):</translation>
    </message>
</context>
<context>
    <name>ObjectCountsModel</name>
    <message>
        <source>Show these records: {object}, {state}</source>
        <translation>Diese Datensätze anzeigen: {object}, {state}</translation>
    </message>
</context>
<context>
    <name>ObjectEditor</name>
    <message>
        <source>Sync {objects}</source>
        <translation>{objects} synchronisieren</translation>
    </message>
    <message>
        <source>This sync only ever writes in this direction.</source>
        <translation>Diese Synchronisierung schreibt nur in diese Richtung.</translation>
    </message>
    <message>
        <source>When a field changed on both sides since the last sync</source>
        <translation>Wenn sich ein Feld seit der letzten Synchronisierung auf beiden Seiten geändert hat</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <source>When both sides changed:</source>
        <translation>Wenn sich beide Seiten geändert haben:</translation>
    </message>
    <message>
        <source>Fields kept in sync</source>
        <translation>Synchronisierte Felder</translation>
    </message>
    <message>
        <source>Always synced: records are matched on it.</source>
        <translation>Immer synchronisiert: Datensätze werden darüber zugeordnet.</translation>
    </message>
    <message>
        <source>HubSpot property</source>
        <translation>HubSpot-Eigenschaft</translation>
    </message>
    <message>
        <source>QuickBooks field (e.g. Notes)</source>
        <translation>QuickBooks-Feld (z. B. Notes)</translation>
    </message>
    <message>
        <source>Custom mappings</source>
        <translation>Benutzerdefinierte Zuordnungen</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Leave out records where…</source>
        <translation>Datensätze auslassen, wenn…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Switch this sync off; its links are kept for later.</source>
        <translation>Diese Synchronisierung ausschalten; ihre Verknüpfungen bleiben für später erhalten.</translation>
    </message>
    <message>
        <source>Delete sync…</source>
        <translation>Synchronisierung löschen…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Row {row}: a custom mapping needs both a property and a field.</source>
        <translation>Zeile {row}: Eine benutzerdefinierte Zuordnung braucht eine Eigenschaft und ein Feld.</translation>
    </message>
    <message>
        <source>Row {row}: a filter needs a HubSpot property.</source>
        <translation>Zeile {row}: Ein Filter braucht eine HubSpot-Eigenschaft.</translation>
    </message>
    <message>
        <source>Row {row}: “{condition}” needs a value.</source>
        <translation>Zeile {row}: „{condition}“ braucht einen Wert.</translation>
    </message>
</context>
<context>
    <name>Objects</name>
    <message>
        <source>Company, or “Company (First Last)” when taken</source>
        <translation>Unternehmen, oder „Unternehmen (Vorname Nachname)“, wenn vergeben</translation>
    </message>
    <message>
        <source>Always “Company (First Last)”</source>
        <translation>Immer „Unternehmen (Vorname Nachname)“</translation>
    </message>
    <message>
        <source>First Last</source>
        <translation>Vorname Nachname</translation>
    </message>
    <message>
        <source>Always “First Last (email)” (unique, also without a company)</source>
        <translation>Immer „Vorname Nachname (E-Mail)“ (eindeutig, auch ohne Unternehmen)</translation>
    </message>
    <message>
        <source>Unknown way of naming new customers: pick one from the list.</source>
        <translation>Unbekannte Art, neue Kunden zu benennen: Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contacts ⇄ Customers</source>
        <translation>Kontakte ⇄ Kunden</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>QuickBooks display name</source>
        <translation>QuickBooks-Anzeigename</translation>
    </message>
    <message>
        <source>Pick an account from the list, or type its QuickBooks id (digits).</source>
        <translation>Wählen Sie ein Konto aus der Liste oder geben Sie seine QuickBooks-ID (Ziffern) ein.</translation>
    </message>
    <message>
        <source>Pick the income account of the “Custom line item”, which QuickBooks invoice lines without a synced product use.</source>
        <translation>Wählen Sie das Erlöskonto der „Benutzerdefinierten Position“, die QuickBooks-Rechnungspositionen ohne synchronisiertes Produkt verwenden.</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD.</source>
        <translation>Kein Datum: Schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Not a moment: write it as YYYY-MM-DDTHH:MM:SS+00:00.</source>
        <translation>Kein Zeitpunkt: Schreiben Sie ihn als JJJJ-MM-TTTHH:MM:SS+00:00.</translation>
    </message>
    <message>
        <source>Not a HubSpot line item property name (lowercase letters, digits, _).</source>
        <translation>Kein Name einer HubSpot-Positionseigenschaft (Kleinbuchstaben, Ziffern, _).</translation>
    </message>
    <message>
        <source>The tax mapping pairs HubSpot tax rate ids with QuickBooks tax code ids.</source>
        <translation>Die Steuerzuordnung verbindet IDs von HubSpot-Steuersätzen mit IDs von QuickBooks-Steuercodes.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Invoices ⇄ Invoices</source>
        <translation>Rechnungen ⇄ Rechnungen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Income account of the “Custom line item”</source>
        <translation>Erlöskonto der „Benutzerdefinierten Position“</translation>
    </message>
    <message>
        <source>Invoices count from</source>
        <translation>Rechnungen zählen ab</translation>
    </message>
    <message>
        <source>Only QuickBooks invoices created after</source>
        <translation>Nur QuickBooks-Rechnungen, erstellt nach</translation>
    </message>
    <message>
        <source>Line item date used as service date</source>
        <translation>Positionsdatum als Leistungsdatum</translation>
    </message>
    <message>
        <source>HubSpot tax rates as QuickBooks tax codes</source>
        <translation>HubSpot-Steuersätze als QuickBooks-Steuercodes</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Products ⇄ Items</source>
        <translation>Produkte ⇄ Produkte &amp; Services</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Produkt/Service</translation>
    </message>
    <message>
        <source>Income account for new items</source>
        <translation>Erlöskonto für neue Produkte &amp; Services</translation>
    </message>
</context>
<context>
    <name>OptionSections</name>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>From today</source>
        <translation>Ab heute</translation>
    </message>
    <message>
        <source>Recommended: only what is made from now on</source>
        <translation>Empfohlen: nur, was ab jetzt erstellt wird</translation>
    </message>
    <message>
        <source>Not yet: set when you switch it on</source>
        <translation>Noch nicht: wird beim Einschalten gesetzt</translation>
    </message>
    <message>
        <source>HubSpot tax rate</source>
        <translation>HubSpot-Steuersatz</translation>
    </message>
    <message>
        <source>QuickBooks tax code</source>
        <translation>QuickBooks-Steuercode</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlschlagen</translation>
    </message>
    <message>
        <source>Click to see these records</source>
        <translation>Klicken Sie, um diese Datensätze zu sehen</translation>
    </message>
    <message>
        <source>Preview — what a sync would do</source>
        <translation>Vorschau – was eine Synchronisierung tun würde</translation>
    </message>
    <message>
        <source>Filters in use:</source>
        <translation>Verwendete Filter:</translation>
    </message>
    <message>
        <source>No filters in use.</source>
        <translation>Keine Filter aktiv.</translation>
    </message>
    <message>
        <source>Reading the preview…</source>
        <translation>Die Vorschau wird gelesen…</translation>
    </message>
    <message>
        <source>Show all records</source>
        <translation>Alle Datensätze anzeigen</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written. Nothing to do.</source>
        <translation>Es wurde nichts geschrieben. Nichts zu tun.</translation>
    </message>
    <message>
        <source>The preview could not be read: {reason}</source>
        <translation>Die Vorschau konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Records shown: %Ln (the whole preview)</source>
        <translation>
            <numerusform>Angezeigte Datensätze: %Ln (die ganze Vorschau)</numerusform>
            <numerusform>Angezeigte Datensätze: %Ln (die ganze Vorschau)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records shown: %Ln ({action} in {side}, {object})</source>
        <translation>
            <numerusform>Angezeigte Datensätze: %Ln ({action} in {side}, {object})</numerusform>
            <numerusform>Angezeigte Datensätze: %Ln ({action} in {side}, {object})</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Rows exported to {path}: %Ln</source>
        <translation>
            <numerusform>Zeilen exportiert nach {path}: %Ln</numerusform>
            <numerusform>Zeilen exportiert nach {path}: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Export fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Would</source>
        <translation>Würde</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>HubSpot id</source>
        <translation>HubSpot-ID</translation>
    </message>
    <message>
        <source>QuickBooks id</source>
        <translation>QuickBooks-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Fehlerkategorie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlschlagen</translation>
    </message>
    <message>
        <source>{field} is “{value}”</source>
        <translation>{field} ist „{value}“</translation>
    </message>
    <message>
        <source>{field} is not “{value}”</source>
        <translation>{field} ist nicht „{value}“</translation>
    </message>
    <message>
        <source>{field} contains “{value}”</source>
        <translation>{field} enthält „{value}“</translation>
    </message>
    <message>
        <source>{field} does not contain “{value}”</source>
        <translation>{field} enthält nicht „{value}“</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>{field} ist leer</translation>
    </message>
    <message>
        <source>{field} is not empty</source>
        <translation>{field} ist nicht leer</translation>
    </message>
    <message>
        <source>{object}: leave out records where {condition}</source>
        <translation>{object}: Datensätze auslassen, wenn {condition}</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Custom transaction numbers are on</source>
        <translation>Benutzerdefinierte Transaktionsnummern sind aktiviert</translation>
    </message>
    <message>
        <source>Invoices from HubSpot keep their own numbers; when a number is already used in QuickBooks the invoice fails with “Duplicate document number” (E6).</source>
        <translation>Rechnungen aus HubSpot behalten ihre eigenen Nummern; ist eine Nummer in QuickBooks bereits vergeben, schlägt die Rechnung mit „Doppelte Dokumentnummer“ (E6) fehl.</translation>
    </message>
    <message>
        <source>In QuickBooks: Settings &gt; Account and settings &gt; Sales &gt; Custom transaction numbers: switch off (renumber any clashing documents first).</source>
        <translation>In QuickBooks: Einstellungen &gt; Konto und Einstellungen &gt; Verkauf &gt; Benutzerdefinierte Transaktionsnummern: ausschalten (kollidierende Dokumente vorher neu nummerieren).</translation>
    </message>
    <message>
        <source>Revenue recognition is on</source>
        <translation>Die Umsatzrealisierung ist aktiviert</translation>
    </message>
    <message>
        <source>Invoice lines for revenue-recognition items need a service date; without one QuickBooks refuses the invoice (E3).</source>
        <translation>Rechnungspositionen mit Artikeln unter Umsatzrealisierung brauchen ein Leistungsdatum; ohne lehnt QuickBooks die Rechnung ab (E3).</translation>
    </message>
    <message>
        <source>Switch revenue recognition off in QuickBooks, or map a HubSpot date property to the service date in the invoice sync settings.</source>
        <translation>Schalten Sie die Umsatzrealisierung in QuickBooks aus oder ordnen Sie in den Einstellungen der Rechnungssynchronisierung eine HubSpot-Datumseigenschaft dem Leistungsdatum zu.</translation>
    </message>
    <message>
        <source>The company is outside the US ({country})</source>
        <translation>Das Unternehmen ist außerhalb der USA ({country})</translation>
    </message>
    <message>
        <source>QuickBooks requires a tax code on every invoice line in this country; invoices without one are refused.</source>
        <translation>QuickBooks verlangt in diesem Land auf jeder Rechnungsposition einen Steuercode; Rechnungen ohne werden abgelehnt.</translation>
    </message>
    <message>
        <source>Map HubSpot tax to QuickBooks tax codes in the invoice sync settings.</source>
        <translation>Ordnen Sie in den Einstellungen der Rechnungssynchronisierung HubSpot-Steuersätze den QuickBooks-Steuercodes zu.</translation>
    </message>
    <message>
        <source>Closed periods are not locked</source>
        <translation>Abgeschlossene Zeiträume sind nicht gesperrt</translation>
    </message>
    <message>
        <source>With no closing date, a sync can change invoices and payments in periods you have already reported on.</source>
        <translation>Ohne Abschlussdatum kann eine Synchronisierung Rechnungen und Zahlungen in Zeiträumen ändern, über die Sie bereits berichtet haben.</translation>
    </message>
    <message>
        <source>Set a closing date in QuickBooks: Settings &gt; Account and settings &gt; Advanced &gt; Close the books.</source>
        <translation>Legen Sie in QuickBooks ein Abschlussdatum fest: Einstellungen &gt; Konto und Einstellungen &gt; Erweitert &gt; Bücher abschließen.</translation>
    </message>
    <message>
        <source>{object}: a field in the settings is not there</source>
        <translation>{object}: Ein Feld aus den Einstellungen gibt es nicht</translation>
    </message>
    <message>
        <source>In Sync settings, pick the field from the list (the fields your accounts have) or remove the row. Until then the sync cannot fill it.</source>
        <translation>Wählen Sie unter „Synchronisierungseinstellungen“ das Feld aus der Liste (die Felder Ihrer Accounts) oder entfernen Sie die Zeile. Bis dahin kann die Synchronisierung es nicht füllen.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Nothing to do: the sync retries on the next run.</source>
        <translation>Nichts zu tun: Die Synchronisierung versucht es beim nächsten Lauf erneut.</translation>
    </message>
    <message>
        <source>No email address</source>
        <translation>Keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Contacts and customers are matched by email, and this record has none.</source>
        <translation>Kontakte und Kunden werden über die E-Mail-Adresse zugeordnet, und dieser Datensatz hat keine.</translation>
    </message>
    <message>
        <source>Add an email address to the record; it syncs on the next run.</source>
        <translation>Fügen Sie dem Datensatz eine E-Mail-Adresse hinzu; er wird beim nächsten Lauf synchronisiert.</translation>
    </message>
    <message>
        <source>No SKU</source>
        <translation>Keine SKU</translation>
    </message>
    <message>
        <source>Products are matched by SKU; products without one are left out to avoid duplicates.</source>
        <translation>Produkte werden über die SKU zugeordnet; Produkte ohne SKU werden ausgelassen, um Duplikate zu vermeiden.</translation>
    </message>
    <message>
        <source>Give the product a SKU in HubSpot or QuickBooks; it syncs on the next run.</source>
        <translation>Geben Sie dem Produkt in HubSpot oder QuickBooks eine SKU; es wird beim nächsten Lauf synchronisiert.</translation>
    </message>
    <message>
        <source>Left out by a filter</source>
        <translation>Durch einen Filter ausgelassen</translation>
    </message>
    <message>
        <source>The sync settings exclude records where {description}.</source>
        <translation>Die Synchronisierungseinstellungen schließen Datensätze aus, bei denen {description}.</translation>
    </message>
    <message>
        <source>Change the filter in the sync settings if this record should sync.</source>
        <translation>Ändern Sie den Filter in den Synchronisierungseinstellungen, wenn dieser Datensatz synchronisiert werden soll.</translation>
    </message>
    <message>
        <source>Duplicate match key</source>
        <translation>Doppelter Zuordnungsschlüssel</translation>
    </message>
    <message>
        <source>Duplicate {kind}</source>
        <translation>Doppelte {kind}</translation>
    </message>
    <message>
        <source>Another {service} record ({holder}) has the same {kind} “{value}”, so it is not clear which one to sync.</source>
        <translation>Ein anderer {service}-Datensatz ({holder}) hat dieselbe {kind} „{value}“, daher ist unklar, welcher synchronisiert werden soll.</translation>
    </message>
    <message>
        <source>Give each {service} record its own {kind}, or merge the duplicates.</source>
        <translation>Geben Sie jedem {service}-Datensatz eine eigene {kind} oder führen Sie die Duplikate zusammen.</translation>
    </message>
    <message>
        <source>Match key already used</source>
        <translation>Zuordnungsschlüssel bereits vergeben</translation>
    </message>
    <message>
        <source>{Kind} already used by {holder}</source>
        <translation>{Kind} wird bereits von {holder} verwendet</translation>
    </message>
    <message>
        <source>This record&apos;s {kind} was changed to “{value}”, which {holder} already has. The change was not copied, so nothing changed on either side.</source>
        <translation>Die {kind} dieses Datensatzes wurde in „{value}“ geändert, die {holder} bereits hat. Die Änderung wurde nicht übernommen; auf keiner Seite hat sich etwas geändert.</translation>
    </message>
    <message>
        <source>Give this record a {kind} no other record has (or change it back); it syncs on the next run.</source>
        <translation>Geben Sie diesem Datensatz eine {kind}, die kein anderer Datensatz hat (oder machen Sie die Änderung rückgängig); er wird beim nächsten Lauf synchronisiert.</translation>
    </message>
    <message>
        <source>Deleted on one side</source>
        <translation>Auf einer Seite gelöscht</translation>
    </message>
    <message>
        <source>Deleted in {service}</source>
        <translation>In {service} gelöscht</translation>
    </message>
    <message>
        <source>The linked {kind} was deleted, archived or made inactive in {service}; its {other} copy was left as it is.</source>
        <translation>Der verknüpfte Datensatz ({kind}) wurde in {service} gelöscht, archiviert oder inaktiv gesetzt; seine Kopie in {other} blieb unverändert.</translation>
    </message>
    <message>
        <source>Restore it in {service}, or delete the {other} copy yourself if it is no longer needed.</source>
        <translation>Stellen Sie ihn in {service} wieder her, oder löschen Sie die Kopie in {other} selbst, wenn sie nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>Record no longer exists</source>
        <translation>Datensatz existiert nicht mehr</translation>
    </message>
    <message>
        <source>Record no longer exists in {service}</source>
        <translation>Datensatz existiert in {service} nicht mehr</translation>
    </message>
    <message>
        <source>The record, or one it refers to, was deleted or made inactive in {service}.</source>
        <translation>Der Datensatz oder einer, auf den er verweist, wurde in {service} gelöscht oder inaktiv gesetzt.</translation>
    </message>
    <message>
        <source>Restore it in {service} (make it active), or remove the link; then retry.</source>
        <translation>Stellen Sie ihn in {service} wieder her (aktiv setzen) oder entfernen Sie die Verknüpfung; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Display name already used</source>
        <translation>Anzeigename bereits vergeben</translation>
    </message>
    <message>
        <source>Display name is a duplicate</source>
        <translation>Der Anzeigename ist ein Duplikat</translation>
    </message>
    <message>
        <source>QuickBooks names must be unique across customers, vendors and employees, and this one is already used by {holder}.</source>
        <translation>Namen in QuickBooks müssen über Kunden, Lieferanten und Mitarbeiter hinweg eindeutig sein, und dieser wird bereits von {holder} verwendet.</translation>
    </message>
    <message>
        <source>Rename the record holding the name in QuickBooks (for example add “(supplier)” to its display name), or pick another display-name rule on the Sync settings tab: “Company (First Last)”, or “First Last (email)”, which also works for contacts without a company; then press Retry.</source>
        <translation>Benennen Sie den Datensatz mit diesem Namen in QuickBooks um (fügen Sie z. B. „(Lieferant)“ an seinen Anzeigenamen an) oder wählen Sie auf der Registerkarte „Synchronisierungseinstellungen“ eine andere Regel für den Anzeigenamen: „Unternehmen (Vorname Nachname)“ oder „Vorname Nachname (E-Mail)“, die auch für Kontakte ohne Unternehmen funktioniert; klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Document number already used</source>
        <translation>Dokumentnummer bereits vergeben</translation>
    </message>
    <message>
        <source>Duplicate document number: this number is already used</source>
        <translation>Doppelte Dokumentnummer: Diese Nummer ist bereits verwendet worden</translation>
    </message>
    <message>
        <source>QuickBooks “custom transaction numbers” is on and the number is taken by another invoice or credit memo. {detail}</source>
        <translation>In QuickBooks ist „Benutzerdefinierte Transaktionsnummern“ aktiviert, und die Nummer wird bereits von einer anderen Rechnung oder Gutschrift verwendet. {detail}</translation>
    </message>
    <message>
        <source>Renumber the QuickBooks document, then switch custom transaction numbers off.</source>
        <translation>Nummerieren Sie das QuickBooks-Dokument um und deaktivieren Sie dann die benutzerdefinierten Transaktionsnummern.</translation>
    </message>
    <message>
        <source>Service date needed</source>
        <translation>Leistungsdatum erforderlich</translation>
    </message>
    <message>
        <source>Enter a service date for revenue-recognition lines</source>
        <translation>Geben Sie ein Leistungsdatum für die Positionen der Umsatzrealisierung ein</translation>
    </message>
    <message>
        <source>Revenue recognition is on in QuickBooks and the lines carry no service date.</source>
        <translation>In QuickBooks ist die Umsatzrealisierung aktiviert, und die Positionen haben kein Leistungsdatum.</translation>
    </message>
    <message>
        <source>Turn revenue recognition off in QuickBooks, or map a date to the service date.</source>
        <translation>Deaktivieren Sie die Umsatzrealisierung in QuickBooks oder ordnen Sie dem Leistungsdatum ein Datum zu.</translation>
    </message>
    <message>
        <source>Books closed</source>
        <translation>Bücher abgeschlossen</translation>
    </message>
    <message>
        <source>The books are closed for this date</source>
        <translation>Die Bücher sind für dieses Datum abgeschlossen</translation>
    </message>
    <message>
        <source>QuickBooks refuses changes dated on or before its closing date.</source>
        <translation>QuickBooks lehnt Änderungen ab, die auf oder vor dem Abschlussdatum datiert sind.</translation>
    </message>
    <message>
        <source>Change the closing date in QuickBooks, or the record&apos;s date.</source>
        <translation>Ändern Sie das Abschlussdatum in QuickBooks oder das Datum des Datensatzes.</translation>
    </message>
    <message>
        <source>Customer not in HubSpot yet</source>
        <translation>Kunde noch nicht in HubSpot</translation>
    </message>
    <message>
        <source>Invoice needs a customer that exists in both HubSpot and QuickBooks</source>
        <translation>Eine Rechnung braucht einen Kunden, der in HubSpot und in QuickBooks vorhanden ist</translation>
    </message>
    <message>
        <source>The QuickBooks customer “{customer}” has no linked HubSpot contact, so the invoice has no one to belong to in HubSpot.</source>
        <translation>Der QuickBooks-Kunde „{customer}“ hat keinen verknüpften HubSpot-Kontakt, daher gehört die Rechnung in HubSpot zu niemandem.</translation>
    </message>
    <message>
        <source>Sync the customer with contact sync (it needs an email address); the invoice follows by itself on the next run.</source>
        <translation>Synchronisieren Sie den Kunden mit der Kontaktsynchronisierung (er braucht eine E-Mail-Adresse); die Rechnung folgt beim nächsten Lauf von selbst.</translation>
    </message>
    <message>
        <source>The QuickBooks customer “{customer}” has no linked HubSpot contact. A likely match: the HubSpot contact “{likely_match}”.</source>
        <translation>Der QuickBooks-Kunde „{customer}“ hat keinen verknüpften HubSpot-Kontakt. Wahrscheinlich passend: der HubSpot-Kontakt „{likely_match}“.</translation>
    </message>
    <message>
        <source>If it is the same person, make sure contact sync is on and both have the same email; once they are linked, the invoice follows by itself on the next run.</source>
        <translation>Wenn es dieselbe Person ist, stellen Sie sicher, dass die Kontaktsynchronisierung eingeschaltet ist und beide dieselbe E-Mail-Adresse haben; sobald sie verknüpft sind, folgt die Rechnung beim nächsten Lauf von selbst.</translation>
    </message>
    <message>
        <source>Invoice amounts changed in QuickBooks</source>
        <translation>Rechnungsbeträge in QuickBooks geändert</translation>
    </message>
    <message>
        <source>Changes to line items or amounts of HubSpot invoices can&apos;t be made from other apps</source>
        <translation>Änderungen an Positionen oder Beträgen von HubSpot-Rechnungen können nicht über andere Apps vorgenommen werden</translation>
    </message>
    <message>
        <source>This invoice was made in HubSpot, and its lines, amounts or tax were changed in QuickBooks (total {before} when synced, {after} now). The HubSpot invoice was left as it is and the invoice stopped syncing.</source>
        <translation>Diese Rechnung wurde in HubSpot erstellt, und ihre Positionen, Beträge oder Steuern wurden in QuickBooks geändert (Gesamtbetrag {before} beim Synchronisieren, jetzt {after}). Die HubSpot-Rechnung blieb unverändert, und die Rechnung wird nicht mehr synchronisiert.</translation>
    </message>
    <message>
        <source>Undo the change in QuickBooks and make it in HubSpot instead; the invoice syncs again by itself.</source>
        <translation>Machen Sie die Änderung in QuickBooks rückgängig und nehmen Sie sie stattdessen in HubSpot vor; die Rechnung wird dann wieder von selbst synchronisiert.</translation>
    </message>
    <message>
        <source>Invoice lines added or removed in QuickBooks</source>
        <translation>Rechnungspositionen in QuickBooks hinzugefügt oder entfernt</translation>
    </message>
    <message>
        <source>Financial details of a HubSpot invoice were added, removed or changed in QuickBooks</source>
        <translation>Finanzdetails einer HubSpot-Rechnung wurden in QuickBooks hinzugefügt, entfernt oder geändert</translation>
    </message>
    <message>
        <source>This invoice was made in HubSpot, and lines were added or removed in QuickBooks. The HubSpot invoice was left as it is and the invoice stopped syncing.</source>
        <translation>Diese Rechnung wurde in HubSpot erstellt, und in QuickBooks wurden Positionen hinzugefügt oder entfernt. Die HubSpot-Rechnung blieb unverändert, und die Rechnung wird nicht mehr synchronisiert.</translation>
    </message>
    <message>
        <source>Created before {date}</source>
        <translation>Vor dem {date} erstellt</translation>
    </message>
    <message>
        <source>The invoice sync settings bring in only QuickBooks invoices created on or after {date}.</source>
        <translation>Die Einstellungen der Rechnungssynchronisierung übernehmen nur QuickBooks-Rechnungen, die am oder nach dem {date} erstellt wurden.</translation>
    </message>
    <message>
        <source>Nothing to do; to bring older invoices in, choose an earlier date in the invoice sync settings.</source>
        <translation>Nichts zu tun; um ältere Rechnungen zu übernehmen, wählen Sie in den Einstellungen der Rechnungssynchronisierung ein früheres Datum.</translation>
    </message>
    <message>
        <source>Invoice without lines</source>
        <translation>Rechnung ohne Positionen</translation>
    </message>
    <message>
        <source>The invoice has no product or service lines</source>
        <translation>Die Rechnung hat keine Produkt- oder Servicepositionen</translation>
    </message>
    <message>
        <source>A HubSpot invoice needs at least one line item before it can be sent.</source>
        <translation>Eine HubSpot-Rechnung braucht mindestens eine Position, bevor sie gesendet werden kann.</translation>
    </message>
    <message>
        <source>Add a product or service line to the invoice in QuickBooks.</source>
        <translation>Fügen Sie der Rechnung in QuickBooks eine Produkt- oder Serviceposition hinzu.</translation>
    </message>
    <message>
        <source>Made in QuickBooks</source>
        <translation>In QuickBooks erstellt</translation>
    </message>
    <message>
        <source>This invoice came from QuickBooks. Only invoices made in HubSpot are sent to QuickBooks.</source>
        <translation>Diese Rechnung stammt aus QuickBooks. Nur in HubSpot erstellte Rechnungen werden an QuickBooks gesendet.</translation>
    </message>
    <message>
        <source>Nothing to do: edit it in QuickBooks and the HubSpot copy follows.</source>
        <translation>Nichts zu tun: Bearbeiten Sie sie in QuickBooks, die HubSpot-Kopie folgt.</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Rechnungsentwurf</translation>
    </message>
    <message>
        <source>Draft invoices are not sent to QuickBooks.</source>
        <translation>Rechnungsentwürfe werden nicht an QuickBooks gesendet.</translation>
    </message>
    <message>
        <source>Finalise the invoice in HubSpot; it syncs on the next run.</source>
        <translation>Schließen Sie die Rechnung in HubSpot ab; sie wird beim nächsten Lauf synchronisiert.</translation>
    </message>
    <message>
        <source>Older than invoice sync</source>
        <translation>Älter als die Rechnungssynchronisierung</translation>
    </message>
    <message>
        <source>Not changed since invoice sync was switched on</source>
        <translation>Seit dem Einschalten der Rechnungssynchronisierung nicht geändert</translation>
    </message>
    <message>
        <source>Only invoices created or changed after invoice sync was switched on ({since}) are sent to QuickBooks.</source>
        <translation>Nur Rechnungen, die nach dem Einschalten der Rechnungssynchronisierung ({since}) erstellt oder geändert wurden, werden an QuickBooks gesendet.</translation>
    </message>
    <message>
        <source>To send older invoices, use Backfill after looking at its preview.</source>
        <translation>Um ältere Rechnungen zu senden, verwenden Sie die nachträgliche Übertragung, nachdem Sie ihre Vorschau angesehen haben.</translation>
    </message>
    <message>
        <source>Voided before it was sent</source>
        <translation>Vor dem Senden storniert</translation>
    </message>
    <message>
        <source>The invoice was voided in HubSpot before it reached QuickBooks.</source>
        <translation>Die Rechnung wurde in HubSpot storniert, bevor sie QuickBooks erreichte.</translation>
    </message>
    <message>
        <source>Nothing to do: a voided invoice needs no QuickBooks copy.</source>
        <translation>Nichts zu tun: Eine stornierte Rechnung braucht keine QuickBooks-Kopie.</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Kein Kontakt</translation>
    </message>
    <message>
        <source>The invoice has no contact</source>
        <translation>Die Rechnung hat keinen Kontakt</translation>
    </message>
    <message>
        <source>QuickBooks needs a customer, which comes from the invoice&apos;s contact.</source>
        <translation>QuickBooks braucht einen Kunden, der aus dem Kontakt der Rechnung stammt.</translation>
    </message>
    <message>
        <source>Associate a contact with the invoice in HubSpot; it syncs on the next run.</source>
        <translation>Verknüpfen Sie in HubSpot einen Kontakt mit der Rechnung; sie wird beim nächsten Lauf synchronisiert.</translation>
    </message>
    <message>
        <source>Contact not in QuickBooks</source>
        <translation>Kontakt nicht in QuickBooks</translation>
    </message>
    <message>
        <source>The contact has no QuickBooks customer</source>
        <translation>Der Kontakt hat keinen QuickBooks-Kunden</translation>
    </message>
    <message>
        <source>The invoice&apos;s contact {contact} ({email}) is not linked to a QuickBooks customer.</source>
        <translation>Der Kontakt der Rechnung, {contact} ({email}), ist mit keinem QuickBooks-Kunden verknüpft.</translation>
    </message>
    <message>
        <source>Let contact sync create the customer (check the contact&apos;s own sync state); once the contact syncs, the invoice follows by itself.</source>
        <translation>Lassen Sie die Kontaktsynchronisierung den Kunden erstellen (prüfen Sie den Synchronisierungsstatus des Kontakts); sobald der Kontakt synchronisiert ist, folgt die Rechnung von selbst.</translation>
    </message>
    <message>
        <source>The invoice&apos;s contact {contact} ({email}) is not linked to a QuickBooks customer. A likely match: the QuickBooks customer “{likely_match}”.</source>
        <translation>Der Kontakt der Rechnung, {contact} ({email}), ist mit keinem QuickBooks-Kunden verknüpft. Wahrscheinlich passend: der QuickBooks-Kunde „{likely_match}“.</translation>
    </message>
    <message>
        <source>If it is the same person, give the QuickBooks customer the contact&apos;s email; once the contact syncs, the invoice follows by itself.</source>
        <translation>Wenn es dieselbe Person ist, geben Sie dem QuickBooks-Kunden die E-Mail-Adresse des Kontakts; sobald der Kontakt synchronisiert ist, folgt die Rechnung von selbst.</translation>
    </message>
    <message>
        <source>No lines</source>
        <translation>Keine Positionen</translation>
    </message>
    <message>
        <source>The HubSpot invoice has no lines</source>
        <translation>Die HubSpot-Rechnung hat keine Positionen</translation>
    </message>
    <message>
        <source>QuickBooks needs at least one line on an invoice.</source>
        <translation>QuickBooks braucht mindestens eine Position auf einer Rechnung.</translation>
    </message>
    <message>
        <source>Add a product or service line to the invoice in HubSpot, then press Retry.</source>
        <translation>Fügen Sie der Rechnung in HubSpot eine Produkt- oder Serviceposition hinzu und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Number {number} is already used in QuickBooks</source>
        <translation>Nummer {number} ist in QuickBooks bereits vergeben</translation>
    </message>
    <message>
        <source>QuickBooks custom transaction numbers are on, and the QuickBooks document {holder_entity} {holder_id} already has number {number}.</source>
        <translation>In QuickBooks sind benutzerdefinierte Transaktionsnummern aktiviert, und das QuickBooks-Dokument {holder_entity} {holder_id} hat bereits die Nummer {number}.</translation>
    </message>
    <message>
        <source>Renumber that QuickBooks document (or the HubSpot invoice), then press Retry.</source>
        <translation>Nummerieren Sie dieses QuickBooks-Dokument (oder die HubSpot-Rechnung) um und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>The books are closed for {date}</source>
        <translation>Die Bücher sind für den {date} abgeschlossen</translation>
    </message>
    <message>
        <source>The invoice is dated {date}, on or before the QuickBooks closing date ({close_date}), so QuickBooks refuses it. It is not tried again by itself.</source>
        <translation>Die Rechnung ist auf den {date} datiert, am oder vor dem QuickBooks-Abschlussdatum ({close_date}), daher lehnt QuickBooks sie ab. Sie wird nicht von selbst erneut versucht.</translation>
    </message>
    <message>
        <source>Change the closing date in QuickBooks or the invoice date in HubSpot, then press Retry.</source>
        <translation>Ändern Sie das Abschlussdatum in QuickBooks oder das Rechnungsdatum in HubSpot und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Currency mismatch</source>
        <translation>Währung passt nicht</translation>
    </message>
    <message>
        <source>The invoice&apos;s currency does not fit QuickBooks</source>
        <translation>Die Währung der Rechnung passt nicht zu QuickBooks</translation>
    </message>
    <message>
        <source>The invoice is in {currency}, and QuickBooks expects {expected} here.</source>
        <translation>Die Rechnung ist in {currency}, und QuickBooks erwartet hier {expected}.</translation>
    </message>
    <message>
        <source>Bill the invoice in {expected}, or give the QuickBooks customer that currency; then press Retry.</source>
        <translation>Stellen Sie die Rechnung in {expected} aus oder geben Sie dem QuickBooks-Kunden diese Währung; klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Tax rate not mapped</source>
        <translation>Steuersatz nicht zugeordnet</translation>
    </message>
    <message>
        <source>Tax rate “{rate}” has no QuickBooks tax code</source>
        <translation>Der Steuersatz „{rate}“ hat keinen QuickBooks-Steuercode</translation>
    </message>
    <message>
        <source>Every line needs a QuickBooks tax code, and the HubSpot tax rate “{rate}” is not mapped to one. Nothing was sent.</source>
        <translation>Jede Position braucht einen QuickBooks-Steuercode, und der HubSpot-Steuersatz „{rate}“ ist keinem zugeordnet. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Map the rate in the invoice sync settings&apos; tax table, then press Retry.</source>
        <translation>Ordnen Sie den Satz in der Steuertabelle der Rechnungssynchronisierung zu und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Lines without tax have no QuickBooks tax code</source>
        <translation>Positionen ohne Steuer haben keinen QuickBooks-Steuercode</translation>
    </message>
    <message>
        <source>Every line needs a QuickBooks tax code, and none is chosen for lines without a HubSpot tax rate. Nothing was sent.</source>
        <translation>Jede Position braucht einen QuickBooks-Steuercode, und für Positionen ohne HubSpot-Steuersatz ist keiner gewählt. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Choose a tax code for lines without tax in the invoice sync settings&apos; tax table, then press Retry.</source>
        <translation>Wählen Sie in der Steuertabelle der Rechnungssynchronisierung einen Steuercode für Positionen ohne Steuer und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Several sales taxes</source>
        <translation>Mehrere Umsatzsteuern</translation>
    </message>
    <message>
        <source>The invoice&apos;s lines use several sales taxes</source>
        <translation>Die Positionen der Rechnung verwenden mehrere Umsatzsteuern</translation>
    </message>
    <message>
        <source>A US QuickBooks invoice has one sales tax for all its taxable lines; these lines map to {codes}.</source>
        <translation>Eine US-QuickBooks-Rechnung hat eine Umsatzsteuer für alle steuerpflichtigen Positionen; diese Positionen entsprechen {codes}.</translation>
    </message>
    <message>
        <source>Use one tax rate on the invoice&apos;s lines in HubSpot, then press Retry.</source>
        <translation>Verwenden Sie in HubSpot einen einzigen Steuersatz auf den Positionen der Rechnung und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Totals differ</source>
        <translation>Gesamtbeträge weichen ab</translation>
    </message>
    <message>
        <source>The totals would differ</source>
        <translation>Die Gesamtbeträge würden abweichen</translation>
    </message>
    <message>
        <source>HubSpot bills {hubspot_total}, and the QuickBooks invoice would total {quickbooks_total}. Nothing was sent.</source>
        <translation>HubSpot berechnet {hubspot_total}, die QuickBooks-Rechnung käme auf {quickbooks_total}. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Check the invoice&apos;s discounts and tax in HubSpot so the lines add up, then press Retry.</source>
        <translation>Prüfen Sie Rabatte und Steuern der Rechnung in HubSpot, damit die Positionen aufgehen, und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>No account for the custom line item</source>
        <translation>Kein Konto für die benutzerdefinierte Position</translation>
    </message>
    <message>
        <source>The “Custom line item” needs an income account</source>
        <translation>Die „Benutzerdefinierte Position“ braucht ein Erlöskonto</translation>
    </message>
    <message>
        <source>Lines without a synced product go to the QuickBooks item “Custom line item”, which does not exist yet, and no income account is chosen for it.</source>
        <translation>Positionen ohne synchronisiertes Produkt gehen an den QuickBooks-Artikel „Custom line item“, den es noch nicht gibt, und für ihn ist kein Erlöskonto gewählt.</translation>
    </message>
    <message>
        <source>Pick the income account of the custom line item in the invoice sync settings; the invoice syncs on the next run.</source>
        <translation>Wählen Sie in den Einstellungen der Rechnungssynchronisierung das Erlöskonto der benutzerdefinierten Position; die Rechnung wird beim nächsten Lauf synchronisiert.</translation>
    </message>
    <message>
        <source>Custom field not kept</source>
        <translation>Benutzerdefiniertes Feld nicht übernommen</translation>
    </message>
    <message>
        <source>QuickBooks did not keep custom field {slot}</source>
        <translation>QuickBooks hat das benutzerdefinierte Feld {slot} nicht übernommen</translation>
    </message>
    <message>
        <source>The invoice was saved in QuickBooks, but its custom field {slot} did not keep “{value}” (QuickBooks drops a value silently, e.g. when that custom field is switched off in its sales-form settings).</source>
        <translation>Die Rechnung wurde in QuickBooks gespeichert, aber ihr benutzerdefiniertes Feld {slot} hat „{value}“ nicht übernommen (QuickBooks verwirft einen Wert stillschweigend, z. B. wenn dieses Feld in den Einstellungen für Verkaufsformulare ausgeschaltet ist).</translation>
    </message>
    <message>
        <source>Switch the custom field on in QuickBooks (Settings › Sales › Custom fields), or map the HubSpot property to a custom field that is on; then retry.</source>
        <translation>Schalten Sie das benutzerdefinierte Feld in QuickBooks ein (Einstellungen › Verkauf › Benutzerdefinierte Felder) oder ordnen Sie die HubSpot-Eigenschaft einem eingeschalteten Feld zu; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Negative line price</source>
        <translation>Negativer Positionspreis</translation>
    </message>
    <message>
        <source>The line “{line}” has a negative price</source>
        <translation>Die Position „{line}“ hat einen negativen Preis</translation>
    </message>
    <message>
        <source>HubSpot does not accept line items with a price below zero, so the invoice cannot be made there as it is.</source>
        <translation>HubSpot akzeptiert keine Positionen mit einem Preis unter null, daher kann die Rechnung dort so nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Give the discount in QuickBooks as a discount instead of a line with a negative price; the invoice syncs on the next run.</source>
        <translation>Geben Sie den Rabatt in QuickBooks als Rabatt statt als Position mit negativem Preis an; die Rechnung wird beim nächsten Lauf synchronisiert.</translation>
    </message>
    <message>
        <source>Email already used</source>
        <translation>E-Mail bereits vergeben</translation>
    </message>
    <message>
        <source>A HubSpot contact already has this email</source>
        <translation>Ein HubSpot-Kontakt hat diese E-Mail-Adresse bereits</translation>
    </message>
    <message>
        <source>HubSpot keeps one contact per email address. {detail}</source>
        <translation>HubSpot führt einen Kontakt pro E-Mail-Adresse. {detail}</translation>
    </message>
    <message>
        <source>Merge the two contacts in HubSpot, or change one email; then retry.</source>
        <translation>Führen Sie die beiden Kontakte in HubSpot zusammen oder ändern Sie eine E-Mail-Adresse; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Invalid email</source>
        <translation>Ungültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Invalid {field}</source>
        <translation>Ungültig: {field}</translation>
    </message>
    <message>
        <source>“{value}” is not a valid email address.</source>
        <translation>„{value}“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Correct the {field} on the record; it syncs on the next run.</source>
        <translation>Korrigieren Sie das Feld „{field}“ im Datensatz; er wird beim nächsten Lauf synchronisiert.</translation>
    </message>
    <message>
        <source>{service} does not accept this email address. {detail}</source>
        <translation>{service} akzeptiert diese E-Mail-Adresse nicht. {detail}</translation>
    </message>
    <message>
        <source>Value too long</source>
        <translation>Wert zu lang</translation>
    </message>
    <message>
        <source>The {field} is too long: QuickBooks allows at most {limit} characters.</source>
        <translation>Das Feld „{field}“ ist zu lang: QuickBooks erlaubt höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Shorten the {field} on the record; it syncs on the next run.</source>
        <translation>Kürzen Sie das Feld „{field}“ im Datensatz; er wird beim nächsten Lauf synchronisiert.</translation>
    </message>
    <message>
        <source>Characters not allowed</source>
        <translation>Unzulässige Zeichen</translation>
    </message>
    <message>
        <source>QuickBooks does not allow colons, tabs or line breaks in names.</source>
        <translation>QuickBooks erlaubt keine Doppelpunkte, Tabulatoren oder Zeilenumbrüche in Namen.</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>Keine Zahl</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>„{value}“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Too many decimals</source>
        <translation>Zu viele Nachkommastellen</translation>
    </message>
    <message>
        <source>QuickBooks keeps at most 5 decimal places in prices.</source>
        <translation>QuickBooks speichert in Preisen höchstens 5 Nachkommastellen.</translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>Pflichtwert fehlt</translation>
    </message>
    <message>
        <source>{service} needs a {field}.</source>
        <translation>{service} braucht einen Wert für „{field}“.</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Kein Name</translation>
    </message>
    <message>
        <source>The record has no name at all.</source>
        <translation>Der Datensatz hat überhaupt keinen Namen.</translation>
    </message>
    <message>
        <source>Add a first or last name or a company.</source>
        <translation>Fügen Sie einen Vor- oder Nachnamen oder ein Unternehmen hinzu.</translation>
    </message>
    <message>
        <source>Not an income account</source>
        <translation>Kein Erlöskonto</translation>
    </message>
    <message>
        <source>The chosen account is not an income account.</source>
        <translation>Das gewählte Konto ist kein Erlöskonto.</translation>
    </message>
    <message>
        <source>Pick an income account in the product sync settings.</source>
        <translation>Wählen Sie in den Einstellungen der Produktsynchronisierung ein Erlöskonto.</translation>
    </message>
    <message>
        <source>Value refused</source>
        <translation>Wert abgelehnt</translation>
    </message>
    <message>
        <source>{service} rejected the {field}: {detail}</source>
        <translation>{service} hat das Feld „{field}“ abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>Business rule</source>
        <translation>Geschäftsregel</translation>
    </message>
    <message>
        <source>{service} business rule</source>
        <translation>Geschäftsregel von {service}</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>Correct the record in the source system; then retry.</source>
        <translation>Korrigieren Sie den Datensatz im Quellsystem; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Record refused</source>
        <translation>Datensatz abgelehnt</translation>
    </message>
    <message>
        <source>{service} refused the record</source>
        <translation>{service} hat den Datensatz abgelehnt</translation>
    </message>
    <message>
        <source>Correct the record and retry; if it persists, contact support with this message.</source>
        <translation>Korrigieren Sie den Datensatz und versuchen Sie es erneut; wenn es bleibt, wenden Sie sich mit dieser Meldung an den Support.</translation>
    </message>
    <message>
        <source>Changed at the same time</source>
        <translation>Gleichzeitig geändert</translation>
    </message>
    <message>
        <source>Changed in QuickBooks at the same time</source>
        <translation>Gleichzeitig in QuickBooks geändert</translation>
    </message>
    <message>
        <source>Someone changed this record in QuickBooks while the sync was writing it.</source>
        <translation>Jemand hat diesen Datensatz in QuickBooks geändert, während die Synchronisierung ihn schrieb.</translation>
    </message>
    <message>
        <source>Nothing to do: the sync reads it again and retries.</source>
        <translation>Nichts zu tun: Die Synchronisierung liest ihn erneut und versucht es noch einmal.</translation>
    </message>
    <message>
        <source>Connection expired</source>
        <translation>Verknüpfung abgelaufen</translation>
    </message>
    <message>
        <source>{service} connection expired</source>
        <translation>Verknüpfung mit {service} abgelaufen</translation>
    </message>
    <message>
        <source>The {service} sign-in was revoked or has expired.</source>
        <translation>Die Anmeldung bei {service} wurde widerrufen oder ist abgelaufen.</translation>
    </message>
    <message>
        <source>Reconnect {service}; queued changes are kept and sync afterwards.</source>
        <translation>Verknüpfen Sie {service} erneut; wartende Änderungen bleiben erhalten und werden danach synchronisiert.</translation>
    </message>
    <message>
        <source>Permission missing</source>
        <translation>Berechtigung fehlt</translation>
    </message>
    <message>
        <source>Missing {service} permission</source>
        <translation>Fehlende Berechtigung für {service}</translation>
    </message>
    <message>
        <source>The {service} connection was not granted: {scopes}.</source>
        <translation>Für die Verknüpfung mit {service} wurde Folgendes nicht gewährt: {scopes}.</translation>
    </message>
    <message>
        <source>Reconnect {service} and allow the requested permissions.</source>
        <translation>Verknüpfen Sie {service} erneut und erlauben Sie die angeforderten Berechtigungen.</translation>
    </message>
    <message>
        <source>Slowed down by the service</source>
        <translation>Vom Dienst gebremst</translation>
    </message>
    <message>
        <source>{service} asked us to slow down</source>
        <translation>{service} hat um langsamere Anfragen gebeten</translation>
    </message>
    <message>
        <source>{service} limits how many requests an app may make per minute.</source>
        <translation>{service} begrenzt, wie viele Anfragen eine App pro Minute stellen darf.</translation>
    </message>
    <message>
        <source>Nothing to do: the sync waits and retries by itself.</source>
        <translation>Nichts zu tun: Die Synchronisierung wartet und versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>Cannot reach the service</source>
        <translation>Dienst nicht erreichbar</translation>
    </message>
    <message>
        <source>Cannot reach {service}</source>
        <translation>{service} nicht erreichbar</translation>
    </message>
    <message>
        <source>The network or the service is unavailable.</source>
        <translation>Das Netzwerk oder der Dienst ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Nothing to do: the change is kept and retried on the next run.</source>
        <translation>Nichts zu tun: Die Änderung bleibt erhalten und wird beim nächsten Lauf erneut versucht.</translation>
    </message>
    <message>
        <source>Service error</source>
        <translation>Dienstfehler</translation>
    </message>
    <message>
        <source>{service} had an internal error</source>
        <translation>Interner Fehler bei {service}</translation>
    </message>
    <message>
        <source>{service} failed while handling the request.</source>
        <translation>{service} ist bei der Bearbeitung der Anfrage gescheitert.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Unerwartetes Problem</translation>
    </message>
    <message>
        <source>Something the sync did not expect went wrong; the details are in the log.</source>
        <translation>Etwas Unerwartetes ist bei der Synchronisierung schiefgegangen; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Retry; if it persists, report it.</source>
        <translation>Versuchen Sie es erneut; wenn es bleibt, melden Sie es.</translation>
    </message>
    <message>
        <source>Earlier problem</source>
        <translation>Früheres Problem</translation>
    </message>
    <message>
        <source>{legacy_reason}</source>
        <translation>{legacy_reason}</translation>
    </message>
    <message>
        <source>{legacy_fix}</source>
        <translation>{legacy_fix}</translation>
    </message>
    <message>
        <source>another customer, vendor or employee</source>
        <translation>ein anderer Kunde, Lieferant oder Mitarbeiter</translation>
    </message>
    <message>
        <source>a permission the sync needs</source>
        <translation>eine Berechtigung, die die Synchronisierung braucht</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>credit memo</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>sales receipt</source>
        <translation>Verkaufsbeleg</translation>
    </message>
    <message>
        <source>refund receipt</source>
        <translation>Rückerstattungsbeleg</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>Kostenvoranschlag</translation>
    </message>
    <message>
        <source>the customer “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>dem Kunden „{holder_name}“ (QuickBooks-ID {holder_id})</translation>
    </message>
    <message>
        <source>the inactive customer “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>dem inaktiven Kunden „{holder_name}“ (QuickBooks-ID {holder_id})</translation>
    </message>
    <message>
        <source>the vendor “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>dem Lieferanten „{holder_name}“ (QuickBooks-ID {holder_id})</translation>
    </message>
    <message>
        <source>the inactive vendor “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>dem inaktiven Lieferanten „{holder_name}“ (QuickBooks-ID {holder_id})</translation>
    </message>
    <message>
        <source>the employee “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>dem Mitarbeiter „{holder_name}“ (QuickBooks-ID {holder_id})</translation>
    </message>
    <message>
        <source>the inactive employee “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>dem inaktiven Mitarbeiter „{holder_name}“ (QuickBooks-ID {holder_id})</translation>
    </message>
    <message>
        <source>the product or service “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>dem Produkt bzw. der Dienstleistung „{holder_name}“ (QuickBooks-ID {holder_id})</translation>
    </message>
    <message>
        <source>the inactive product or service “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>dem inaktiven Produkt bzw. der inaktiven Dienstleistung „{holder_name}“ (QuickBooks-ID {holder_id})</translation>
    </message>
    <message>
        <source>{title}: {reason}</source>
        <translation>{title}: {reason}</translation>
    </message>
</context>
<context>
    <name>ProfilesMixin</name>
    <message>
        <source>Wait for the running sync to finish before switching client.</source>
        <translation>Warten Sie, bis die laufende Synchronisierung fertig ist, bevor Sie den Kunden wechseln.</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Name of the client business:</source>
        <translation>Name des Kundenunternehmens:</translation>
    </message>
    <message>
        <source>A profile named “{name}” already exists.</source>
        <translation>Ein Profil namens „{name}“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Wait for the running sync to finish before renaming.</source>
        <translation>Warten Sie, bis die laufende Synchronisierung fertig ist, bevor Sie umbenennen.</translation>
    </message>
    <message>
        <source>The profile was not renamed: {why}</source>
        <translation>Das Profil wurde nicht umbenannt: {why}</translation>
    </message>
    <message>
        <source>The last profile cannot be removed.</source>
        <translation>Das letzte Profil kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Remove the profile “{name}”? Its settings are forgotten. The records in HubSpot and QuickBooks are not touched.</source>
        <translation>Das Profil „{name}“ entfernen? Seine Einstellungen werden vergessen. Die Datensätze in HubSpot und QuickBooks bleiben unberührt.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Fehlerkategorie</translation>
    </message>
    <message>
        <source>HubSpot ID</source>
        <translation>HubSpot-ID</translation>
    </message>
    <message>
        <source>QuickBooks ID</source>
        <translation>QuickBooks-ID</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Lösung</translation>
    </message>
</context>
<context>
    <name>RecordsMixin</name>
    <message>
        <source>{problem}

Set it aside and start a fresh one?</source>
        <translation>{problem}

Beiseitelegen und neu beginnen?</translation>
    </message>
    <message>
        <source>Damaged sync memory</source>
        <translation>Beschädigter Synchronisierungsspeicher</translation>
    </message>
    <message>
        <source>The damaged file was not set aside: {reason}</source>
        <translation>Die beschädigte Datei wurde nicht beiseitegelegt: {reason}</translation>
    </message>
    <message>
        <source>The damaged file is kept as {path}. The next sync starts a fresh one.</source>
        <translation>Die beschädigte Datei bleibt als {path} erhalten. Die nächste Synchronisierung beginnt neu.</translation>
    </message>
    <message>
        <source>A sync is running; press Retry when it has finished.</source>
        <translation>Eine Synchronisierung läuft; klicken Sie auf „Erneut versuchen“, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>No failed records to retry.</source>
        <translation>Keine fehlgeschlagenen Datensätze zum erneuten Versuchen.</translation>
    </message>
    <message>
        <source>Those records are no longer failed; nothing to retry.</source>
        <translation>Diese Datensätze sind nicht mehr fehlgeschlagen; nichts erneut zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %Ln failed record(s)…</source>
        <translation>
            <numerusform>%Ln fehlgeschlagener Datensatz wird erneut versucht…</numerusform>
            <numerusform>%Ln fehlgeschlagene Datensätze werden erneut versucht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the retry…</source>
        <translation>Erneuter Versuch wird vorbereitet…</translation>
    </message>
    <message>
        <source>Retry did not start: {reason}</source>
        <translation>Der erneute Versuch hat nicht begonnen: {reason}</translation>
    </message>
    <message>
        <source>Nothing to export yet: run a sync first.</source>
        <translation>Noch nichts zu exportieren: Synchronisieren Sie zuerst.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to {path}.</source>
        <translation>
            <numerusform>%Ln Datensatz nach {path} exportiert.</numerusform>
            <numerusform>%Ln Datensätze nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Export fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Verknüpfung trennen</translation>
    </message>
    <message>
        <source>Connect HubSpot</source>
        <translation>HubSpot verknüpfen</translation>
    </message>
    <message>
        <source>Connect QuickBooks</source>
        <translation>QuickBooks verknüpfen</translation>
    </message>
    <message>
        <source>Waiting for you to allow access in your browser…</source>
        <translation>Warten, bis Sie den Zugriff in Ihrem Browser erlauben…</translation>
    </message>
    <message>
        <source>Connected: {account}</source>
        <translation>Verknüpft: {account}</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Erneut verknüpfen</translation>
    </message>
    <message>
        <source>Missing permissions</source>
        <translation>Fehlende Berechtigungen</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>SettingSection</name>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>SettingsMixin</name>
    <message>
        <source>Sync settings</source>
        <translation>Synchronisierungseinstellungen</translation>
    </message>
    <message>
        <source>The saved settings cannot be used: {reason}</source>
        <translation>Die gespeicherten Einstellungen sind nicht verwendbar: {reason}</translation>
    </message>
    <message>
        <source>Delete the {sync} sync?

Kept: every record in HubSpot and in QuickBooks, untouched, and your other syncs.
Forgotten: which HubSpot {record} goes with which QuickBooks {other}, the settings of this sync and its record list here. Switching it on again matches records afresh.</source>
        <translation>Die Synchronisierung {sync} löschen?

Erhalten bleiben: alle Datensätze in HubSpot und in QuickBooks, unberührt, und Ihre anderen Synchronisierungen.
Vergessen werden: welcher HubSpot-{record} zu welchem QuickBooks-{other} gehört, die Einstellungen dieser Synchronisierung und ihre Datensatzliste hier. Beim erneuten Einschalten werden Datensätze neu zugeordnet.</translation>
    </message>
    <message>
        <source>Delete the {sync} sync</source>
        <translation>Synchronisierung {sync} löschen</translation>
    </message>
    <message>
        <source>Wait for the running sync to finish before deleting.</source>
        <translation>Warten Sie, bis die laufende Synchronisierung fertig ist, bevor Sie löschen.</translation>
    </message>
    <message numerus="yes">
        <source>The {sync} sync is deleted and off; %Ln link(s) forgotten.</source>
        <translation>
            <numerusform>Die Synchronisierung {sync} ist gelöscht und aus; %Ln Verknüpfung vergessen.</numerusform>
            <numerusform>Die Synchronisierung {sync} ist gelöscht und aus; %Ln Verknüpfungen vergessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The {sync} sync was not deleted: {reason}</source>
        <translation>Die Synchronisierung {sync} wurde nicht gelöscht: {reason}</translation>
    </message>
    <message>
        <source>Deleting the {sync} sync…</source>
        <translation>Synchronisierung {sync} wird gelöscht…</translation>
    </message>
    <message>
        <source>Every sync is switched off: there is nothing to try.</source>
        <translation>Jede Synchronisierung ist ausgeschaltet: Es gibt nichts auszuprobieren.</translation>
    </message>
    <message>
        <source>A sync is running; try the preview when it has finished.</source>
        <translation>Eine Synchronisierung läuft; versuchen Sie die Vorschau, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>The preview ended without a plan.</source>
        <translation>Die Vorschau endete ohne Plan.</translation>
    </message>
    <message>
        <source>Runs once both accounts are connected.</source>
        <translation>Läuft, sobald beide Accounts verknüpft sind.</translation>
    </message>
    <message>
        <source>Checking QuickBooks settings…</source>
        <translation>QuickBooks-Einstellungen werden geprüft…</translation>
    </message>
    <message>
        <source>The check could not run: {reason}</source>
        <translation>Die Prüfung konnte nicht laufen: {reason}</translation>
    </message>
    <message>
        <source>Nothing to check here.</source>
        <translation>Hier gibt es nichts zu prüfen.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Both ways</source>
        <translation>In beide Richtungen</translation>
    </message>
    <message>
        <source>HubSpot → QuickBooks only</source>
        <translation>Nur HubSpot → QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks → HubSpot only</source>
        <translation>Nur QuickBooks → HubSpot</translation>
    </message>
    <message>
        <source>Use HubSpot data</source>
        <translation>HubSpot-Daten verwenden</translation>
    </message>
    <message>
        <source>Use QuickBooks data</source>
        <translation>QuickBooks-Daten verwenden</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>never (manual only)</source>
        <translation>nie (nur manuell)</translation>
    </message>
    <message>
        <source>0: no automatic syncs; press Sync now when you want one</source>
        <translation>0: keine automatische Synchronisierung; klicken Sie auf „Jetzt synchronisieren“, wenn Sie eine möchten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <source>Show what a sync with these settings would do, without saving or writing anything</source>
        <translation>Zeigen, was eine Synchronisierung mit diesen Einstellungen tun würde, ohne etwas zu speichern oder zu schreiben</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Automatisch synchronisieren</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red, then save again.</source>
        <translation>Korrigieren Sie die rot markierten Felder und speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>SinceDialog</name>
    <message>
        <source>Send older invoices</source>
        <translation>Ältere Rechnungen senden</translation>
    </message>
    <message>
        <source>Invoices made in HubSpot before invoice sync was switched on are not sent by themselves. Choose from which day older invoices should go to QuickBooks; you see what would be sent before anything is sent.</source>
        <translation>In HubSpot erstellte Rechnungen von vor dem Einschalten der Rechnungssynchronisierung werden nicht von selbst gesendet. Wählen Sie, ab welchem Tag ältere Rechnungen an QuickBooks gehen sollen; Sie sehen, was gesendet würde, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Created on or after:</source>
        <translation>Erstellt am oder nach dem:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>All objects</source>
        <translation>Alle Objekte</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Fehlerkategorien</translation>
    </message>
    <message>
        <source>Search name, {keys}, ID or reason  (Ctrl+F)</source>
        <translation>Name, {keys}, ID oder Grund suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>Auswahl erneut versuchen</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>Alle fehlgeschlagenen erneut versuchen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Select a record to see its IDs, history and any fix.</source>
        <translation>Wählen Sie einen Datensatz, um seine IDs, seinen Verlauf und eine Lösung zu sehen.</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische Details anzeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;By object&lt;/b&gt; — click a count to list those records</source>
        <translation>&lt;b&gt;Nach Objekt&lt;/b&gt; – klicken Sie auf eine Anzahl, um diese Datensätze aufzulisten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln Datensatz</numerusform>
            <numerusform>%Ln Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Problem code</source>
        <translation>Problemcode</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No sync activity recorded yet.</source>
        <translation>Noch keine Synchronisierungsaktivität aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>SyncMixin</name>
    <message>
        <source>Not available while a sync is under way; it comes back when it ends.</source>
        <translation>Nicht verfügbar, solange eine Synchronisierung läuft; danach wieder verfügbar.</translation>
    </message>
    <message>
        <source>Sync is not available: {error}</source>
        <translation>Synchronisierung nicht verfügbar: {error}</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Vorschau läuft…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Preview… (nothing is written)</source>
        <translation>Vorschau… (es wird nichts geschrieben)</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>{object}: {done} of {total}</source>
        <translation>{object}: {done} von {total}</translation>
    </message>
    <message>
        <source>{object}: {done}</source>
        <translation>{object}: {done}</translation>
    </message>
    <message>
        <source>{object}: reading…</source>
        <translation>{object}: wird gelesen…</translation>
    </message>
    <message>
        <source>The preview stopped: {error}</source>
        <translation>Die Vorschau wurde angehalten: {error}</translation>
    </message>
    <message>
        <source>Sync stopped: {error}</source>
        <translation>Synchronisierung angehalten: {error}</translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing is lost; the next run continues.</source>
        <translation>Synchronisierung abgebrochen. Es geht nichts verloren; der nächste Lauf setzt fort.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>qbsync — books in step</source>
        <translation>qbsync – Bücher im Gleichstand</translation>
    </message>
    <message>
        <source>qbsync — syncing…</source>
        <translation>qbsync – synchronisiert…</translation>
    </message>
    <message>
        <source>qbsync — needs your attention</source>
        <translation>qbsync – braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Open qbsync</source>
        <translation>qbsync öffnen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Snooze notifications for 1 hour</source>
        <translation>Benachrichtigungen 1 Stunde stummschalten</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation>Sprache…</translation>
    </message>
    <message>
        <source>Quit qbsync</source>
        <translation>qbsync beenden</translation>
    </message>
    <message>
        <source>qbsync — {need}</source>
        <translation>qbsync – {need}</translation>
    </message>
</context>
<context>
    <name>Trouble</name>
    <message>
        <source>HubSpot or QuickBooks</source>
        <translation>HubSpot oder QuickBooks</translation>
    </message>
    <message>
        <source>Reconnect {service}</source>
        <translation>{service} erneut verknüpfen</translation>
    </message>
    <message>
        <source>Can&apos;t reach {service}</source>
        <translation>{service} nicht erreichbar</translation>
    </message>
    <message>
        <source>The {service} sign-in has expired or was revoked — press Reconnect; nothing queued is lost.</source>
        <translation>Die Anmeldung bei {service} ist abgelaufen oder wurde widerrufen – klicken Sie auf „Erneut verknüpfen“; nichts Wartendes geht verloren.</translation>
    </message>
    <message>
        <source>Can&apos;t reach {service} — check the internet connection; qbsync will try again at {time}.</source>
        <translation>{service} nicht erreichbar – prüfen Sie die Internetverbindung; qbsync versucht es um {time} erneut.</translation>
    </message>
    <message>
        <source>Can&apos;t reach {service} — check the internet connection; press Sync now to try again.</source>
        <translation>{service} nicht erreichbar – prüfen Sie die Internetverbindung; klicken Sie auf „Jetzt synchronisieren“, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>timefmt</name>
    <message>
        <source>today {time}</source>
        <translation>heute {time}</translation>
    </message>
</context>
</TS>
