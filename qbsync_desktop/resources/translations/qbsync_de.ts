<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <source>Matched</source>
        <translation>Zugeordnet</translation>
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
    <name>timefmt</name>
    <message>
        <source>today {time}</source>
        <translation>heute {time}</translation>
    </message>
</context>
</TS>
