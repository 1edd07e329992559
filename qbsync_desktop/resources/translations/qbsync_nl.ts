<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AttentionMixin</name>
    <message>
        <source>Reconnect {services}: the sign-in expired or was revoked.</source>
        <translation>{services} opnieuw koppelen: de aanmelding is verlopen of ingetrokken.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) failed to sync — Review</source>
        <translation>
            <numerusform>%Ln record kon niet worden gesynchroniseerd – Bekijken</numerusform>
            <numerusform>%Ln records konden niet worden gesynchroniseerd – Bekijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed record(s)</source>
        <translation>
            <numerusform>%Ln mislukt record</numerusform>
            <numerusform>%Ln mislukte records</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnect {services}</source>
        <translation>{services} opnieuw koppelen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) failed to sync</source>
        <translation>
            <numerusform>%Ln record kon niet worden gesynchroniseerd</numerusform>
            <numerusform>%Ln records konden niet worden gesynchroniseerd</numerusform>
        </translation>
    </message>
    <message>
        <source>{need} ({profile})</source>
        <translation>{need} ({profile})</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} en {second}</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>Laatste synchronisatie: {time}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nog nooit gesynchroniseerd</translation>
    </message>
    <message>
        <source> · last try cancelled</source>
        <translation> · laatste poging geannuleerd</translation>
    </message>
    <message>
        <source> · last try stopped</source>
        <translation> · laatste poging gestopt</translation>
    </message>
</context>
<context>
    <name>BackgroundMixin</name>
    <message>
        <source>Automatic sync off: press Sync now to sync</source>
        <translation>Automatisch synchroniseren uit: klik op Nu synchroniseren</translation>
    </message>
    <message>
        <source>Automatic sync starts once both accounts are connected</source>
        <translation>Automatisch synchroniseren begint zodra beide accounts gekoppeld zijn</translation>
    </message>
    <message>
        <source>Automatic sync starts after the first sync</source>
        <translation>Automatisch synchroniseren begint na de eerste synchronisatie</translation>
    </message>
    <message>
        <source>Automatic sync off</source>
        <translation>Automatisch synchroniseren uit</translation>
    </message>
    <message>
        <source>Next sync: {time}</source>
        <translation>Volgende synchronisatie: {time}</translation>
    </message>
    <message>
        <source>Automatic sync waits for both connections</source>
        <translation>Automatisch synchroniseren wacht op beide koppelingen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) failed to sync</source>
        <translation>
            <numerusform>%Ln record kon niet worden gesynchroniseerd</numerusform>
            <numerusform>%Ln records konden niet worden gesynchroniseerd</numerusform>
        </translation>
    </message>
    <message>
        <source>{profile}: click to see what went wrong and how to fix it.</source>
        <translation>{profile}: klik om te zien wat er misging en hoe je het oplost.</translation>
    </message>
    <message>
        <source>{profile}: {trouble}</source>
        <translation>{profile}: {trouble}</translation>
    </message>
    <message>
        <source>qbsync keeps syncing</source>
        <translation>qbsync blijft synchroniseren</translation>
    </message>
    <message>
        <source>qbsync keeps syncing in the background and lives in the tray. Use Quit in the tray menu to stop it.</source>
        <translation>qbsync blijft op de achtergrond synchroniseren en staat in het systeemvak. Kies Afsluiten in het menu van het pictogram om te stoppen.</translation>
    </message>
    <message>
        <source>Quit qbsync?</source>
        <translation>qbsync afsluiten?</translation>
    </message>
    <message>
        <source>There is no system tray here, so closing the window stops automatic syncs. Quit?</source>
        <translation>Er is hier geen systeemvak, dus als je het venster sluit, stopt het automatisch synchroniseren. Afsluiten?</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <source>HubSpot portal {id}</source>
        <translation>HubSpot-portal {id}</translation>
    </message>
    <message>
        <source>HubSpot account</source>
        <translation>HubSpot-account</translation>
    </message>
    <message>
        <source>{account} ({name})</source>
        <translation>{account} ({name})</translation>
    </message>
    <message>
        <source>QuickBooks company</source>
        <translation>QuickBooks-bedrijf</translation>
    </message>
    <message>
        <source>{company} (company id {id})</source>
        <translation>{company} (bedrijfs-ID {id})</translation>
    </message>
    <message>
        <source>Portal id</source>
        <translation>Portal-ID</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Aangemeld als</translation>
    </message>
    <message>
        <source>Company id</source>
        <translation>Bedrijfs-ID</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale sandbox</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked. Press Reconnect; nothing is lost.</source>
        <translation>De aanmelding is verlopen of ingetrokken. Klik op Opnieuw koppelen; er gaat niets verloren.</translation>
    </message>
    <message>
        <source>Sign-in renews itself while qbsync runs.</source>
        <translation>De aanmelding vernieuwt zichzelf zolang qbsync draait.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in runs out in %n day(s). Press Reconnect before then to keep syncing.</source>
        <translation>
            <numerusform>De aanmelding verloopt over %n dag. Klik daarvoor op Opnieuw koppelen om te blijven synchroniseren.</numerusform>
            <numerusform>De aanmelding verloopt over %n dagen. Klik daarvoor op Opnieuw koppelen om te blijven synchroniseren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign-in valid for %n more day(s) (renews on each sync).</source>
        <translation>
            <numerusform>Aanmelding nog %n dag geldig (wordt bij elke synchronisatie vernieuwd).</numerusform>
            <numerusform>Aanmelding nog %n dagen geldig (wordt bij elke synchronisatie vernieuwd).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionsMixin</name>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Opnieuw koppelen</translation>
    </message>
    <message>
        <source>{service} connected.</source>
        <translation>{service} gekoppeld.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Het koppelen is geannuleerd.</translation>
    </message>
    <message>
        <source>Can&apos;t reach {service} — check the internet connection and press Connect again.</source>
        <translation>{service} is niet bereikbaar – controleer de internetverbinding en klik opnieuw op Koppelen.</translation>
    </message>
    <message>
        <source>Disconnect {service}? qbsync signs out and forgets the access. Your records and sync history stay; connect again to continue.</source>
        <translation>Koppeling met {service} verbreken? qbsync meldt zich af en vergeet de toegang. Je records en synchronisatiegeschiedenis blijven bewaard; koppel opnieuw om verder te gaan.</translation>
    </message>
    <message>
        <source>Disconnect {service}</source>
        <translation>Koppeling met {service} verbreken</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>&lt;b&gt;Connect both accounts to start.&lt;/b&gt; qbsync opens your browser; sign in there and allow access.</source>
        <translation>&lt;b&gt;Koppel beide accounts om te beginnen.&lt;/b&gt; qbsync opent je browser; meld je daar aan en geef toegang.</translation>
    </message>
    <message>
        <source>QuickBooks settings check</source>
        <translation>Controle van de QuickBooks-instellingen</translation>
    </message>
    <message>
        <source>Runs once both accounts are connected.</source>
        <translation>Wordt uitgevoerd zodra beide accounts gekoppeld zijn.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Zo los je het op</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>⚠ Warning</source>
        <translation>⚠ Waarschuwing</translation>
    </message>
    <message>
        <source>ℹ Note</source>
        <translation>ℹ Opmerking</translation>
    </message>
    <message>
        <source>No QuickBooks setting is known to get in the way of what you sync.</source>
        <translation>Er is geen QuickBooks-instelling bekend die in de weg zit bij wat je synchroniseert.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) ({warnings} to fix before syncing); each says how to fix it.</source>
        <translation>
            <numerusform>%n bevinding ({warnings} op te lossen vóór het synchroniseren); elke bevinding zegt hoe.</numerusform>
            <numerusform>%n bevindingen ({warnings} op te lossen vóór het synchroniseren); elke bevinding zegt hoe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Er ging iets mis; het logboek bevat de details.</translation>
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
            <numerusform>%Ln meer om andere redenen (zie de volledige lijst)</numerusform>
            <numerusform>%Ln meer om andere redenen (zie de volledige lijst)</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <source>would fail: {why}</source>
        <translation>zou mislukken: {why}</translation>
    </message>
    <message>
        <source>left out: {why}</source>
        <translation>weggelaten: {why}</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Weggelaten</translation>
    </message>
    <message>
        <source>New in
HubSpot</source>
        <translation>Nieuw in
HubSpot</translation>
    </message>
    <message>
        <source>Updated in
HubSpot</source>
        <translation>Bijgewerkt
in HubSpot</translation>
    </message>
    <message>
        <source>New in
QuickBooks</source>
        <translation>Nieuw in
QuickBooks</translation>
    </message>
    <message>
        <source>Updated in
QuickBooks</source>
        <translation>Bijgewerkt
in QuickBooks</translation>
    </message>
    <message>
        <source>Would
fail</source>
        <translation>Zouden
mislukken</translation>
    </message>
    <message>
        <source>Why left out
or failing</source>
        <translation>Waarom weggelaten
of mislukt</translation>
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
        <translation>Eerste synchronisatie: wat er gaat gebeuren</translation>
    </message>
    <message>
        <source>Show the full list…</source>
        <translation>Volledige lijst tonen…</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>Opnieuw voorbeeld tonen</translation>
    </message>
    <message>
        <source>After changing the sync settings: preview with the new ones</source>
        <translation>Na het wijzigen van de synchronisatie-instellingen: voorbeeld met de nieuwe</translation>
    </message>
    <message>
        <source>Start syncing</source>
        <translation>Synchronisatie starten</translation>
    </message>
    <message>
        <source>Previewing what the first sync would do… Nothing is written.</source>
        <translation>Voorbeeld van de eerste synchronisatie… Er wordt niets weggeschreven.</translation>
    </message>
    <message>
        <source>The preview could not run: {why}</source>
        <translation>Het voorbeeld kon niet worden uitgevoerd: {why}</translation>
    </message>
    <message>
        <source>Nothing has been written yet. This is what the first sync will do with the current sync settings. Read the QuickBooks settings check above, change the Sync settings if needed (then Preview again), and start when it looks right. After that qbsync keeps syncing on its schedule.</source>
        <translation>Er is nog niets weggeschreven. Dit doet de eerste synchronisatie met de huidige synchronisatie-instellingen. Lees hierboven de controle van de QuickBooks-instellingen, wijzig zo nodig de synchronisatie-instellingen (en kies dan Opnieuw voorbeeld tonen) en start als het klopt. Daarna blijft qbsync volgens schema synchroniseren.</translation>
    </message>
    <message>
        <source>There is nothing to sync with the current settings.</source>
        <translation>Er is niets te synchroniseren met de huidige instellingen.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>qbsync uses the new language the next time it starts.</source>
        <translation>qbsync gebruikt de nieuwe taal bij de volgende start.</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Taal van het venster:</translation>
    </message>
</context>
<context>
    <name>ProfilesMixin</name>
    <message>
        <source>Wait for the running sync to finish before switching client.</source>
        <translation>Wacht tot de lopende synchronisatie klaar is voordat je van klant wisselt.</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profiel toevoegen</translation>
    </message>
    <message>
        <source>Name of the client business:</source>
        <translation>Naam van het klantbedrijf:</translation>
    </message>
    <message>
        <source>A profile named “{name}” already exists.</source>
        <translation>Er bestaat al een profiel met de naam ‘{name}’.</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profiel hernoemen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <source>Wait for the running sync to finish before renaming.</source>
        <translation>Wacht tot de lopende synchronisatie klaar is voordat je de naam wijzigt.</translation>
    </message>
    <message>
        <source>The profile was not renamed: {why}</source>
        <translation>Het profiel is niet hernoemd: {why}</translation>
    </message>
    <message>
        <source>The last profile cannot be removed.</source>
        <translation>Het laatste profiel kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>Remove the profile “{name}”? Its settings are forgotten. The records in HubSpot and QuickBooks are not touched.</source>
        <translation>Het profiel ‘{name}’ verwijderen? De instellingen ervan worden vergeten. De records in HubSpot en QuickBooks blijven ongewijzigd.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Not connected</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Koppeling verbreken</translation>
    </message>
    <message>
        <source>Connect HubSpot</source>
        <translation>HubSpot koppelen</translation>
    </message>
    <message>
        <source>Connect QuickBooks</source>
        <translation>QuickBooks koppelen</translation>
    </message>
    <message>
        <source>Waiting for you to allow access in your browser…</source>
        <translation>Wachten tot je toegang geeft in je browser…</translation>
    </message>
    <message>
        <source>Connected: {account}</source>
        <translation>Gekoppeld: {account}</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Opnieuw koppelen</translation>
    </message>
    <message>
        <source>Missing permissions</source>
        <translation>Ontbrekende machtigingen</translation>
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
        <translation>qbsync – boekhouding bijgewerkt</translation>
    </message>
    <message>
        <source>qbsync — syncing…</source>
        <translation>qbsync – bezig met synchroniseren…</translation>
    </message>
    <message>
        <source>qbsync — needs your attention</source>
        <translation>qbsync – vraagt je aandacht</translation>
    </message>
    <message>
        <source>Open qbsync</source>
        <translation>qbsync openen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Snooze notifications for 1 hour</source>
        <translation>Meldingen 1 uur uitstellen</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation>Taal…</translation>
    </message>
    <message>
        <source>Quit qbsync</source>
        <translation>qbsync afsluiten</translation>
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
        <translation>vandaag {time}</translation>
    </message>
</context>
</TS>
