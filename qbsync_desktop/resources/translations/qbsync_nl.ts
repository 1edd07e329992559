<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Activity</name>
    <message>
        <source>Created in QuickBooks</source>
        <translation>Aangemaakt in QuickBooks</translation>
    </message>
    <message>
        <source>Created in HubSpot</source>
        <translation>Aangemaakt in HubSpot</translation>
    </message>
    <message>
        <source>Updated in QuickBooks</source>
        <translation>Bijgewerkt in QuickBooks</translation>
    </message>
    <message>
        <source>Updated in HubSpot</source>
        <translation>Bijgewerkt in HubSpot</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <source>Voided in QuickBooks</source>
        <translation>Ongeldig gemaakt in QuickBooks</translation>
    </message>
    <message>
        <source>Voided in HubSpot</source>
        <translation>Ongeldig gemaakt in HubSpot</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Weggelaten</translation>
    </message>
    <message>
        <source>Failed on the way to QuickBooks</source>
        <translation>Mislukt op weg naar QuickBooks</translation>
    </message>
    <message>
        <source>Failed on the way to HubSpot</source>
        <translation>Mislukt op weg naar HubSpot</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Andere wijziging</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Gestopt door een fout</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Running or interrupted</source>
        <translation>Bezig of onderbroken</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Oplossing</translation>
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
            <numerusform>%n nieuw in QuickBooks</numerusform>
            <numerusform>%n nieuw in QuickBooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new in HubSpot</source>
        <translation>
            <numerusform>%n nieuw in HubSpot</numerusform>
            <numerusform>%n nieuw in HubSpot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated in QuickBooks</source>
        <translation>
            <numerusform>%n bijgewerkt in QuickBooks</numerusform>
            <numerusform>%n bijgewerkt in QuickBooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated in HubSpot</source>
        <translation>
            <numerusform>%n bijgewerkt in HubSpot</numerusform>
            <numerusform>%n bijgewerkt in HubSpot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched, no change</source>
        <translation>
            <numerusform>%n gekoppeld, geen wijziging</numerusform>
            <numerusform>%n gekoppeld, geen wijziging</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislukt</numerusform>
            <numerusform>%n mislukt</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing moved</source>
        <translation>niets overgezet</translation>
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
        <translation>Nog niets te exporteren: synchroniseer eerst.</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activiteit</translation>
    </message>
    <message>
        <source>activity of sync {run}</source>
        <translation>activiteit van synchronisatie {run}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message numerus="yes">
        <source>Rows exported to {path}: %n</source>
        <translation>
            <numerusform>Rijen geëxporteerd naar {path}: %n</numerusform>
            <numerusform>Rijen geëxporteerd naar {path}: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: {why}</source>
        <translation>Exporteren mislukt: {why}</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Matched,
no change</source>
        <translation>Gekoppeld,
geen wijziging</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Weggelaten</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Wat is overgezet</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Niets gewijzigd</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Each sync, newest first. Select one to see the records it changed.</source>
        <translation>Elke synchronisatie, nieuwste eerst. Selecteer er een om de gewijzigde records te zien.</translation>
    </message>
    <message>
        <source>Export this sync…</source>
        <translation>Deze synchronisatie exporteren…</translation>
    </message>
    <message>
        <source>Export all activity…</source>
        <translation>Alle activiteit exporteren…</translation>
    </message>
    <message>
        <source>No syncs yet.</source>
        <translation>Nog geen synchronisaties.</translation>
    </message>
    <message>
        <source>Select a sync to see its records.</source>
        <translation>Selecteer een synchronisatie om de records te zien.</translation>
    </message>
    <message numerus="yes">
        <source>Records changed or failed in this sync: %n</source>
        <translation>
            <numerusform>Records gewijzigd of mislukt in deze synchronisatie: %n</numerusform>
            <numerusform>Records gewijzigd of mislukt in deze synchronisatie: %n</numerusform>
        </translation>
    </message>
</context>
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
    <name>Backfill</name>
    <message numerus="yes">
        <source>Created on or after {day}: %n invoice(s) would be sent to QuickBooks. Nothing has been sent yet.</source>
        <translation>
            <numerusform>Gemaakt op of na {day}: %n factuur zou naar QuickBooks worden verzonden. Er is nog niets verzonden.</numerusform>
            <numerusform>Gemaakt op of na {day}: %n facturen zouden naar QuickBooks worden verzonden. Er is nog niets verzonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Would be sent:</source>
        <translation>Zou worden verzonden:</translation>
    </message>
    <message>
        <source>Left out, and why:</source>
        <translation>Weggelaten, en waarom:</translation>
    </message>
    <message numerus="yes">
        <source>Sent to QuickBooks: %n invoice(s).</source>
        <translation>
            <numerusform>Naar QuickBooks verzonden: %n factuur.</numerusform>
            <numerusform>Naar QuickBooks verzonden: %n facturen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n invoice(s); see why below.</source>
        <translation>
            <numerusform>Mislukt: %n factuur; zie hieronder waarom.</numerusform>
            <numerusform>Mislukt: %n facturen; zie hieronder waarom.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Verzonden:</translation>
    </message>
    <message>
        <source>Not sent, and why:</source>
        <translation>Niet verzonden, en waarom:</translation>
    </message>
    <message>
        <source>Looking for older invoices… (nothing is sent)</source>
        <translation>Oudere facturen zoeken… (er wordt niets verzonden)</translation>
    </message>
    <message>
        <source>A sync is running; try again when it has finished.</source>
        <translation>Er loopt een synchronisatie; probeer het opnieuw wanneer die klaar is.</translation>
    </message>
    <message>
        <source>Sending older invoices to QuickBooks…</source>
        <translation>Oudere facturen worden naar QuickBooks verzonden…</translation>
    </message>
    <message>
        <source>Nothing was sent: {reason}</source>
        <translation>Er is niets verzonden: {reason}</translation>
    </message>
</context>
<context>
    <name>BackfillDialog</name>
    <message>
        <source>Send older invoices</source>
        <translation>Oudere facturen verzenden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
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
    <name>Cli</name>
    <message>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <source>{problem} To do that, run: {command}</source>
        <translation>{problem} Voer daarvoor uit: {command}</translation>
    </message>
    <message>
        <source>Profile {profile} has no database yet; the next sync starts one.</source>
        <translation>Profiel {profile} heeft nog geen database; de volgende synchronisatie maakt er een.</translation>
    </message>
    <message>
        <source>The database of profile {profile} is sound; nothing was changed.</source>
        <translation>De database van profiel {profile} is in orde; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The old database is kept as {path}. The next sync starts a fresh one.</source>
        <translation>De oude database is bewaard als {path}. De volgende synchronisatie begint een nieuwe.</translation>
    </message>
    <message>
        <source>There is no profile named {name} (profiles: {known}). Create it with: {command}</source>
        <translation>Er is geen profiel met de naam {name} (profielen: {known}). Maak het aan met: {command}</translation>
    </message>
    <message>
        <source>There is no profile named {name}. Create it with: {command}</source>
        <translation>Er is geen profiel met de naam {name}. Maak het aan met: {command}</translation>
    </message>
    <message>
        <source>Connecting {service} the first time needs the app&apos;s client id: add --client-id ID.</source>
        <translation>De eerste keer koppelen met {service} vraagt de client-ID van de app: voeg --client-id ID toe.</translation>
    </message>
    <message>
        <source>the sign-in would be lost when this command ends</source>
        <translation>de aanmelding zou verloren gaan als deze opdracht eindigt</translation>
    </message>
    <message>
        <source>Open this address in your browser to connect:</source>
        <translation>Open dit adres in je browser om te koppelen:</translation>
    </message>
    <message>
        <source>Connected {service} for profile {profile}: {account} ({id}).</source>
        <translation>{service} gekoppeld voor profiel {profile}: {account} ({id}).</translation>
    </message>
    <message>
        <source>Missing permissions: {scopes}</source>
        <translation>Ontbrekende machtigingen: {scopes}</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available, so {consequence}. Start your desktop&apos;s keyring (GNOME Keyring, KWallet) or use the qbsync window, then try again.</source>
        <translation>Er is geen veilige wachtwoordopslag (sleutelbos) beschikbaar, dus {consequence}. Start de sleutelbos van je bureaublad (GNOME Keyring, KWallet) of gebruik het qbsync-venster en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{service} app client secret (not shown): </source>
        <translation>Client-secret van de {service}-app (wordt niet getoond): </translation>
    </message>
    <message>
        <source>Connecting {service} needs the app&apos;s client secret: set {variable} or run the command in a terminal to be asked for it.</source>
        <translation>Koppelen met {service} vraagt het client-secret van de app: stel {variable} in of voer de opdracht uit in een terminal om ernaar gevraagd te worden.</translation>
    </message>
    <message>
        <source>qbsync cannot read the sign-ins</source>
        <translation>qbsync kan de aanmeldingen niet lezen</translation>
    </message>
    <message>
        <source>{service} is not connected for profile {profile}. Run: {command}</source>
        <translation>{service} is niet gekoppeld voor profiel {profile}. Voer uit: {command}</translation>
    </message>
    <message>
        <source>The {service} sign-in for profile {profile} has expired or was revoked. Run: {command} (nothing queued is lost).</source>
        <translation>De aanmelding bij {service} voor profiel {profile} is verlopen of ingetrokken. Voer uit: {command} (er gaat niets verloren dat klaarstaat).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) failed; see why with: {command}</source>
        <translation>
            <numerusform>%Ln record mislukt; zie waarom met: {command}</numerusform>
            <numerusform>%Ln records mislukt; zie waarom met: {command}</numerusform>
        </translation>
    </message>
    <message>
        <source>Before syncing: {title}. {explanation} {fix}</source>
        <translation>Voor het synchroniseren: {title}. {explanation} {fix}</translation>
    </message>
    <message>
        <source>Dry run (nothing written)</source>
        <translation>Proefrun (niets weggeschreven)</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Synchronisatie voltooid</translation>
    </message>
    <message>
        <source>{label}: created in HubSpot {created_hubspot}, created in QuickBooks {created_quickbooks}, updated in HubSpot {updated_hubspot}, updated in QuickBooks {updated_quickbooks}, matched {matched}, excluded {excluded}, failed {failed}</source>
        <translation>{label}: aangemaakt in HubSpot {created_hubspot}, aangemaakt in QuickBooks {created_quickbooks}, bijgewerkt in HubSpot {updated_hubspot}, bijgewerkt in QuickBooks {updated_quickbooks}, gekoppeld {matched}, uitgesloten {excluded}, mislukt {failed}</translation>
    </message>
    <message>
        <source>{text}, finished from an interrupted run {recovered}</source>
        <translation>{text}, voltooid uit een onderbroken run {recovered}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln synced</source>
        <translation>
            <numerusform>%Ln gesynchroniseerd</numerusform>
            <numerusform>%Ln gesynchroniseerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln mislukt</numerusform>
            <numerusform>%Ln mislukt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded</source>
        <translation>
            <numerusform>%Ln uitgesloten</numerusform>
            <numerusform>%Ln uitgesloten</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile {profile}: {counts}</source>
        <translation>Profiel {profile}: {counts}</translation>
    </message>
    <message>
        <source>no records yet</source>
        <translation>nog geen records</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>uitgesloten</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Oplossing: {fix}</translation>
    </message>
</context>
<context>
    <name>CliActivity</name>
    <message numerus="yes">
        <source>Records written to {path}: %Ln</source>
        <translation>
            <numerusform>Records weggeschreven naar {path}: %Ln</numerusform>
            <numerusform>Records weggeschreven naar {path}: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile {profile}: no syncs yet.</source>
        <translation>Profiel {profile}: nog geen synchronisaties.</translation>
    </message>
    <message>
        <source>Sync {run} at {when}: {status}; new {created}, updated {updated}, matched {matched}, left out {excluded}, failed {failed}</source>
        <translation>Synchronisatie {run} op {when}: {status}; nieuw {created}, bijgewerkt {updated}, gekoppeld {matched}, weggelaten {excluded}, mislukt {failed}</translation>
    </message>
    <message>
        <source>Sync {run} changed no record.</source>
        <translation>Synchronisatie {run} heeft geen record gewijzigd.</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Oplossing: {fix}</translation>
    </message>
</context>
<context>
    <name>CliBackfill</name>
    <message>
        <source>send {name}</source>
        <translation>{name} verzenden</translation>
    </message>
    <message>
        <source>update {name}</source>
        <translation>{name} bijwerken</translation>
    </message>
    <message>
        <source>leave out {name}: {reason}</source>
        <translation>{name} weglaten: {reason}</translation>
    </message>
    <message>
        <source>Preview (nothing sent): {sent} to send, {failed} failing</source>
        <translation>Voorbeeld (niets verzonden): {sent} te verzenden, {failed} mislukken</translation>
    </message>
    <message>
        <source>Backfill finished: {sent} sent, {failed} failed</source>
        <translation>Aanvullen voltooid: {sent} verzonden, {failed} mislukt</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>The {service} sign-in has expired or was revoked. Run: {command} (nothing queued is lost).</source>
        <translation>De aanmelding bij {service} is verlopen of ingetrokken. Voer uit: {command} (er gaat niets verloren dat klaarstaat).</translation>
    </message>
    <message>
        <source>{service} is not connected for this profile. Run: {command}</source>
        <translation>{service} is niet gekoppeld voor dit profiel. Voer uit: {command}</translation>
    </message>
    <message>
        <source>A sync of this profile is already running (in the window or another qbsync). Wait for it to finish, then try again.</source>
        <translation>Er loopt al een synchronisatie van dit profiel (in het venster of een andere qbsync). Wacht tot die klaar is en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The profile&apos;s database is damaged. Restore it from a backup, or remove the profile&apos;s data folder and sync again to rebuild it.</source>
        <translation>De database van het profiel is beschadigd. Zet hem terug uit een back-up, of verwijder de gegevensmap van het profiel en synchroniseer opnieuw om hem opnieuw op te bouwen.</translation>
    </message>
    <message>
        <source>qbsync could not write its database: the data folder is read-only or missing. Make it writable (or free up space) and try again.</source>
        <translation>qbsync kon zijn database niet wegschrijven: de gegevensmap is alleen-lezen of ontbreekt. Maak hem beschrijfbaar (of maak ruimte vrij) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>qbsync stopped on an unexpected problem; the details are in the log ({log}). Try again, and report it if it happens again.</source>
        <translation>qbsync is gestopt door een onverwacht probleem; de details staan in het logboek ({log}). Probeer het opnieuw en meld het als het weer gebeurt.</translation>
    </message>
    <message>
        <source>connect it again</source>
        <translation>koppel het opnieuw</translation>
    </message>
    <message>
        <source>connect it</source>
        <translation>koppel het</translation>
    </message>
    <message>
        <source>qbsync.log in the log folder</source>
        <translation>qbsync.log in de logmap</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>het bestandssysteem is alleen-lezen</translation>
    </message>
    <message>
        <source>permission was refused</source>
        <translation>toestemming is geweigerd</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>het bestand kon niet worden weggeschreven</translation>
    </message>
    <message>
        <source>qbsync could not write its files ({path}): {why}. Fix that and try again.</source>
        <translation>qbsync kon zijn bestanden niet wegschrijven ({path}): {why}. Los dat op en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>qbsync could not write its files: {why}. Fix that and try again.</source>
        <translation>qbsync kon zijn bestanden niet wegschrijven: {why}. Los dat op en probeer het opnieuw.</translation>
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
    <name>FieldCatalogue</name>
    <message>
        <source>Row {row}: HubSpot has no property “{name}” for this sync.</source>
        <translation>Rij {row}: HubSpot heeft geen eigenschap ‘{name}’ voor deze synchronisatie.</translation>
    </message>
    <message>
        <source>Row {row}: QuickBooks has no field “{name}” this sync can write.</source>
        <translation>Rij {row}: QuickBooks heeft geen veld ‘{name}’ dat deze synchronisatie kan schrijven.</translation>
    </message>
    <message>
        <source>Row {row}: HubSpot does not let other apps change “{name}”; sync it to QuickBooks only.</source>
        <translation>Rij {row}: HubSpot laat andere apps ‘{name}’ niet wijzigen; synchroniseer het alleen naar QuickBooks.</translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>webadres</translation>
    </message>
    <message>
        <source>number</source>
        <translation>getal</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>datum en tijd</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>keuze</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nee</translation>
    </message>
    <message>
        <source>Pick a field or type its name</source>
        <translation>Kies een veld of typ de naam</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>billing street</source>
        <translation>factuuradres straat</translation>
    </message>
    <message>
        <source>billing street line 2</source>
        <translation>factuuradres straat regel 2</translation>
    </message>
    <message>
        <source>billing city</source>
        <translation>factuuradres plaats</translation>
    </message>
    <message>
        <source>billing state</source>
        <translation>factuuradres provincie</translation>
    </message>
    <message>
        <source>billing postal code</source>
        <translation>factuuradres postcode</translation>
    </message>
    <message>
        <source>billing country</source>
        <translation>factuuradres land</translation>
    </message>
    <message>
        <source>shipping street</source>
        <translation>verzendadres straat</translation>
    </message>
    <message>
        <source>shipping street line 2</source>
        <translation>verzendadres straat regel 2</translation>
    </message>
    <message>
        <source>shipping city</source>
        <translation>verzendadres plaats</translation>
    </message>
    <message>
        <source>shipping state</source>
        <translation>verzendadres provincie</translation>
    </message>
    <message>
        <source>shipping postal code</source>
        <translation>verzendadres postcode</translation>
    </message>
    <message>
        <source>shipping country</source>
        <translation>verzendadres land</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>weergavenaam</translation>
    </message>
    <message>
        <source>title</source>
        <translation>aanhef</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>tussenvoegsel</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <source>suffix</source>
        <translation>achtervoegsel</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>bedrijfsnaam</translation>
    </message>
    <message>
        <source>name printed on cheques</source>
        <translation>naam op cheques</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobiel</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>resale number</source>
        <translation>wederverkoopnummer</translation>
    </message>
    <message>
        <source>taxable</source>
        <translation>belastbaar</translation>
    </message>
    <message>
        <source>account number</source>
        <translation>rekeningnummer</translation>
    </message>
    <message>
        <source>tax id</source>
        <translation>btw-nummer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>purchase description</source>
        <translation>inkoopbeschrijving</translation>
    </message>
    <message>
        <source>sales price</source>
        <translation>verkoopprijs</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>kostprijs</translation>
    </message>
    <message>
        <source>quantity on hand</source>
        <translation>voorraad</translation>
    </message>
    <message>
        <source>inventory start date</source>
        <translation>startdatum voorraad</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>factuurnummer</translation>
    </message>
    <message>
        <source>invoice date</source>
        <translation>factuurdatum</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>vervaldatum</translation>
    </message>
    <message>
        <source>ship date</source>
        <translation>verzenddatum</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>trackingnummer</translation>
    </message>
    <message>
        <source>private note</source>
        <translation>interne notitie</translation>
    </message>
    <message>
        <source>message on invoice</source>
        <translation>bericht op factuur</translation>
    </message>
    <message>
        <source>billing email</source>
        <translation>factuur-e-mail</translation>
    </message>
    <message>
        <source>custom field {slot}</source>
        <translation>aangepast veld {slot}</translation>
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
        <translation>factuuradres</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>income account</source>
        <translation>inkomstenrekening</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>klant</translation>
    </message>
    <message>
        <source>line items</source>
        <translation>regelitems</translation>
    </message>
    <message>
        <source>product or service</source>
        <translation>product of service</translation>
    </message>
    <message>
        <source>service date</source>
        <translation>servicedatum</translation>
    </message>
    <message>
        <source>tax code</source>
        <translation>btw-code</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totaal</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>straat</translation>
    </message>
    <message>
        <source>city</source>
        <translation>plaats</translation>
    </message>
    <message>
        <source>state/region</source>
        <translation>provincie/regio</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>country/region</source>
        <translation>land/regio</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>eenheidsprijs</translation>
    </message>
    <message>
        <source>product type</source>
        <translation>producttype</translation>
    </message>
    <message>
        <source>invoice status</source>
        <translation>factuurstatus</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <source>amount billed</source>
        <translation>gefactureerd bedrag</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>een veld</translation>
    </message>
</context>
<context>
    <name>FirstRunMixin</name>
    <message>
        <source>the sync could not start.</source>
        <translation>de synchronisatie kon niet starten.</translation>
    </message>
    <message>
        <source>it ended without a plan.</source>
        <translation>het eindigde zonder plan.</translation>
    </message>
    <message>
        <source>First sync started. After it, qbsync keeps syncing on its schedule.</source>
        <translation>De eerste synchronisatie is gestart. Daarna blijft qbsync volgens zijn schema synchroniseren.</translation>
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
        <source>Matched,
no change</source>
        <translation>Gekoppeld,
geen wijziging</translation>
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
        <source>{what}: {count}</source>
        <translation>{what}: {count}</translation>
    </message>
    <message>
        <source>Preview ({time}), nothing written. {counts}.</source>
        <translation>Voorbeeld ({time}), niets weggeschreven. {counts}.</translation>
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
    <name>History</name>
    <message numerus="yes">
        <source>Updated %n field(s) in HubSpot: {fields}</source>
        <translation>
            <numerusform>%n veld bijgewerkt in HubSpot: {fields}</numerusform>
            <numerusform>%n velden bijgewerkt in HubSpot: {fields}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n field(s) in QuickBooks: {fields}</source>
        <translation>
            <numerusform>%n veld bijgewerkt in QuickBooks: {fields}</numerusform>
            <numerusform>%n velden bijgewerkt in QuickBooks: {fields}</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: {reason}</source>
        <translation>Weggelaten: {reason}</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Mislukt: {reason}</translation>
    </message>
    <message>
        <source>Created {record} in QuickBooks</source>
        <translation>{record} aangemaakt in QuickBooks</translation>
    </message>
    <message>
        <source>Created {record} in HubSpot</source>
        <translation>{record} aangemaakt in HubSpot</translation>
    </message>
    <message>
        <source>Updated {record} in QuickBooks</source>
        <translation>{record} bijgewerkt in QuickBooks</translation>
    </message>
    <message>
        <source>Updated {record} in HubSpot</source>
        <translation>{record} bijgewerkt in HubSpot</translation>
    </message>
    <message>
        <source>Voided {record} in QuickBooks</source>
        <translation>{record} ongeldig gemaakt in QuickBooks</translation>
    </message>
    <message>
        <source>Voided {record} in HubSpot</source>
        <translation>{record} ongeldig gemaakt in HubSpot</translation>
    </message>
    <message>
        <source>Linked to the QuickBooks {record} with the same {key}</source>
        <translation>Gekoppeld aan {record} in QuickBooks op basis van {key}</translation>
    </message>
    <message>
        <source>Linked to the record with the same key</source>
        <translation>Gekoppeld aan het record met dezelfde sleutel</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Ongeldig gemaakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
</context>
<context>
    <name>IncomeAccountSection</name>
    <message>
        <source>Choose an account</source>
        <translation>Kies een rekening</translation>
    </message>
    <message>
        <source>First active income account</source>
        <translation>Eerste actieve inkomstenrekening</translation>
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
        <translation>Concept</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Ongeldig gemaakt</translation>
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
        <translation>Gemaakt in</translation>
    </message>
    <message>
        <source>HubSpot number</source>
        <translation>HubSpot-nummer</translation>
    </message>
    <message>
        <source>QuickBooks number</source>
        <translation>QuickBooks-nummer</translation>
    </message>
    <message>
        <source>HubSpot total</source>
        <translation>HubSpot-totaal</translation>
    </message>
    <message>
        <source>QuickBooks total</source>
        <translation>QuickBooks-totaal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Laatst gesynchroniseerd</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <source>Integration sync</source>
        <translation>Integratiesynchronisatie</translation>
    </message>
    <message>
        <source>The totals differ.</source>
        <translation>De totalen verschillen.</translation>
    </message>
</context>
<context>
    <name>InvoiceSettings</name>
    <message>
        <source>Send older invoices…</source>
        <translation>Oudere facturen verzenden…</translation>
    </message>
    <message>
        <source>Sent to QuickBooks:</source>
        <translation>Naar QuickBooks verzonden:</translation>
    </message>
    <message>
        <source>the moment you switch it on</source>
        <translation>het moment waarop je het inschakelt</translation>
    </message>
    <message>
        <source>only invoices made in HubSpot</source>
        <translation>alleen facturen gemaakt in HubSpot</translation>
    </message>
    <message>
        <source>no drafts</source>
        <translation>geen concepten</translation>
    </message>
    <message>
        <source>only invoices created or changed since {moment}</source>
        <translation>alleen facturen aangemaakt of gewijzigd sinds {moment}</translation>
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
    <name>MainWindow</name>
    <message>
        <source>qbsync — HubSpot ⇄ QuickBooks</source>
        <translation>qbsync – HubSpot ⇄ QuickBooks</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <source>Add profile…</source>
        <translation>Profiel toevoegen…</translation>
    </message>
    <message>
        <source>Rename profile…</source>
        <translation>Profiel hernoemen…</translation>
    </message>
    <message>
        <source>Remove profile…</source>
        <translation>Profiel verwijderen…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Sync both accounts now (Ctrl+R)</source>
        <translation>Beide accounts nu synchroniseren (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Opnieuw koppelen</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Nu proberen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Koppelingen</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Records zoeken</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Preview ({time}) finished. Nothing was written.</source>
        <translation>Voorbeeld ({time}) klaar. Er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Sync finished at {time}: {created} created, {updated} updated. Records now: {synced} synced, {failed} failed, {excluded} excluded.</source>
        <translation>Synchronisatie voltooid om {time}: {created} aangemaakt, {updated} bijgewerkt. Records nu: {synced} gesynchroniseerd, {failed} mislukt, {excluded} uitgesloten.</translation>
    </message>
</context>
<context>
    <name>NamingRuleSection</name>
    <message>
        <source>Preview (examples):</source>
        <translation>Voorbeeld (voorbeelden):</translation>
    </message>
    <message>
        <source>Preview (your records):</source>
        <translation>Voorbeeld (je records):</translation>
    </message>
</context>
<context>
    <name>ObjectCountsModel</name>
    <message>
        <source>Show these records: {object}, {state}</source>
        <translation>Deze records tonen: {object}, {state}</translation>
    </message>
</context>
<context>
    <name>ObjectEditor</name>
    <message>
        <source>Sync {objects}</source>
        <translation>{objects} synchroniseren</translation>
    </message>
    <message>
        <source>This sync only ever writes in this direction.</source>
        <translation>Deze synchronisatie schrijft alleen in deze richting.</translation>
    </message>
    <message>
        <source>When a field changed on both sides since the last sync</source>
        <translation>Als een veld sinds de laatste synchronisatie aan beide kanten is gewijzigd</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Richting:</translation>
    </message>
    <message>
        <source>When both sides changed:</source>
        <translation>Conflictoplossing voor gegevens:</translation>
    </message>
    <message>
        <source>Fields kept in sync</source>
        <translation>In kaart gebrachte velden</translation>
    </message>
    <message>
        <source>Always synced: records are matched on it.</source>
        <translation>Altijd gesynchroniseerd: records worden hierop gekoppeld.</translation>
    </message>
    <message>
        <source>HubSpot property</source>
        <translation>HubSpot-eigenschap</translation>
    </message>
    <message>
        <source>QuickBooks field (e.g. Notes)</source>
        <translation>QuickBooks-veld (bijv. Notes)</translation>
    </message>
    <message>
        <source>Custom mappings</source>
        <translation>Aangepaste toewijzingen</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Voorwaarde</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Leave out records where…</source>
        <translation>Records weglaten waarbij…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Switch this sync off; its links are kept for later.</source>
        <translation>Deze synchronisatie uitschakelen; de koppelingen blijven bewaard voor later.</translation>
    </message>
    <message>
        <source>Delete sync…</source>
        <translation>Synchronisatie verwijderen…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Row {row}: a custom mapping needs both a property and a field.</source>
        <translation>Rij {row}: een aangepaste toewijzing heeft een eigenschap en een veld nodig.</translation>
    </message>
    <message>
        <source>Row {row}: a filter needs a HubSpot property.</source>
        <translation>Rij {row}: een filter heeft een HubSpot-eigenschap nodig.</translation>
    </message>
    <message>
        <source>Row {row}: “{condition}” needs a value.</source>
        <translation>Rij {row}: ‘{condition}’ heeft een waarde nodig.</translation>
    </message>
</context>
<context>
    <name>Objects</name>
    <message>
        <source>Company, or “Company (First Last)” when taken</source>
        <translation>Bedrijf, of ‘Bedrijf (Voornaam Achternaam)’ als die al bestaat</translation>
    </message>
    <message>
        <source>Always “Company (First Last)”</source>
        <translation>Altijd ‘Bedrijf (Voornaam Achternaam)’</translation>
    </message>
    <message>
        <source>First Last</source>
        <translation>Voornaam Achternaam</translation>
    </message>
    <message>
        <source>Always “First Last (email)” (unique, also without a company)</source>
        <translation>Altijd ‘Voornaam Achternaam (e-mail)’ (uniek, ook zonder bedrijf)</translation>
    </message>
    <message>
        <source>Unknown way of naming new customers: pick one from the list.</source>
        <translation>Onbekende manier om nieuwe klanten te benoemen: kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contactpersoon</translation>
    </message>
    <message>
        <source>Contacts ⇄ Customers</source>
        <translation>Contactpersonen ⇄ Klanten</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>QuickBooks display name</source>
        <translation>QuickBooks-weergavenaam</translation>
    </message>
    <message>
        <source>Pick an account from the list, or type its QuickBooks id (digits).</source>
        <translation>Kies een rekening uit de lijst of typ de QuickBooks-ID (cijfers).</translation>
    </message>
    <message>
        <source>Pick the income account of the “Custom line item”, which QuickBooks invoice lines without a synced product use.</source>
        <translation>Kies de inkomstenrekening van het ‘Aangepast regelitem’, dat QuickBooks-factuurregels zonder gesynchroniseerd product gebruiken.</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD.</source>
        <translation>Geen datum: schrijf het als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Not a moment: write it as YYYY-MM-DDTHH:MM:SS+00:00.</source>
        <translation>Geen tijdstip: schrijf het als JJJJ-MM-DDTUU:MM:SS+00:00.</translation>
    </message>
    <message>
        <source>Not a HubSpot line item property name (lowercase letters, digits, _).</source>
        <translation>Geen naam van een HubSpot-regelitemeigenschap (kleine letters, cijfers, _).</translation>
    </message>
    <message>
        <source>The tax mapping pairs HubSpot tax rate ids with QuickBooks tax code ids.</source>
        <translation>De belastingtoewijzing koppelt ID&apos;s van HubSpot-belastingtarieven aan ID&apos;s van QuickBooks-btw-codes.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>factuur</translation>
    </message>
    <message>
        <source>Invoices ⇄ Invoices</source>
        <translation>Facturen ⇄ Facturen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Income account of the “Custom line item”</source>
        <translation>Inkomstenrekening van het ‘Aangepast regelitem’</translation>
    </message>
    <message>
        <source>Invoices count from</source>
        <translation>Facturen tellen vanaf</translation>
    </message>
    <message>
        <source>Only QuickBooks invoices created after</source>
        <translation>Alleen QuickBooks-facturen aangemaakt na</translation>
    </message>
    <message>
        <source>Line item date used as service date</source>
        <translation>Datum van regelitem als servicedatum</translation>
    </message>
    <message>
        <source>HubSpot tax rates as QuickBooks tax codes</source>
        <translation>HubSpot-belastingtarieven als QuickBooks-btw-codes</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>Products ⇄ Items</source>
        <translation>Producten ⇄ Producten en services</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Product/service</translation>
    </message>
    <message>
        <source>Income account for new items</source>
        <translation>Inkomstenrekening voor nieuwe producten en services</translation>
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
        <translation>Geen datum</translation>
    </message>
    <message>
        <source>From today</source>
        <translation>Vanaf vandaag</translation>
    </message>
    <message>
        <source>Recommended: only what is made from now on</source>
        <translation>Aanbevolen: alleen wat vanaf nu wordt gemaakt</translation>
    </message>
    <message>
        <source>Not yet: set when you switch it on</source>
        <translation>Nog niet: wordt ingesteld als je het inschakelt</translation>
    </message>
    <message>
        <source>HubSpot tax rate</source>
        <translation>HubSpot-belastingtarief</translation>
    </message>
    <message>
        <source>QuickBooks tax code</source>
        <translation>QuickBooks-btw-code</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglaten</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Mislukken</translation>
    </message>
    <message>
        <source>Click to see these records</source>
        <translation>Klik om deze records te zien</translation>
    </message>
    <message>
        <source>Preview — what a sync would do</source>
        <translation>Voorbeeld – wat een synchronisatie zou doen</translation>
    </message>
    <message>
        <source>Filters in use:</source>
        <translation>Gebruikte filters:</translation>
    </message>
    <message>
        <source>No filters in use.</source>
        <translation>Geen filters in gebruik.</translation>
    </message>
    <message>
        <source>Reading the preview…</source>
        <translation>Het voorbeeld wordt gelezen…</translation>
    </message>
    <message>
        <source>Show all records</source>
        <translation>Alle records tonen</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Nothing was written. Nothing to do.</source>
        <translation>Er is niets weggeschreven. Niets te doen.</translation>
    </message>
    <message>
        <source>The preview could not be read: {reason}</source>
        <translation>Het voorbeeld kon niet worden gelezen: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Records shown: %Ln (the whole preview)</source>
        <translation>
            <numerusform>Getoonde records: %Ln (het hele voorbeeld)</numerusform>
            <numerusform>Getoonde records: %Ln (het hele voorbeeld)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records shown: %Ln ({action} in {side}, {object})</source>
        <translation>
            <numerusform>Getoonde records: %Ln ({action} in {side}, {object})</numerusform>
            <numerusform>Getoonde records: %Ln ({action} in {side}, {object})</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message numerus="yes">
        <source>Rows exported to {path}: %Ln</source>
        <translation>
            <numerusform>Rijen geëxporteerd naar {path}: %Ln</numerusform>
            <numerusform>Rijen geëxporteerd naar {path}: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Exporteren mislukt: {reason}</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>voorbeeld</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Would</source>
        <translation>Zou</translation>
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
        <translation>Naam</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Foutcategorie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Geen wijziging</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglaten</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Mislukken</translation>
    </message>
    <message>
        <source>{field} is “{value}”</source>
        <translation>{field} is ‘{value}’</translation>
    </message>
    <message>
        <source>{field} is not “{value}”</source>
        <translation>{field} is niet ‘{value}’</translation>
    </message>
    <message>
        <source>{field} contains “{value}”</source>
        <translation>{field} bevat ‘{value}’</translation>
    </message>
    <message>
        <source>{field} does not contain “{value}”</source>
        <translation>{field} bevat geen ‘{value}’</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>{field} is leeg</translation>
    </message>
    <message>
        <source>{field} is not empty</source>
        <translation>{field} is niet leeg</translation>
    </message>
    <message>
        <source>{object}: leave out records where {condition}</source>
        <translation>{object}: records weglaten waarbij {condition}</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Custom transaction numbers are on</source>
        <translation>Aangepaste transactienummers staan aan</translation>
    </message>
    <message>
        <source>Invoices from HubSpot keep their own numbers; when a number is already used in QuickBooks the invoice fails with “Duplicate document number” (E6).</source>
        <translation>Facturen uit HubSpot houden hun eigen nummers; als een nummer in QuickBooks al gebruikt is, mislukt de factuur met ‘Dubbel documentnummer’ (E6).</translation>
    </message>
    <message>
        <source>In QuickBooks: Settings &gt; Account and settings &gt; Sales &gt; Custom transaction numbers: switch off (renumber any clashing documents first).</source>
        <translation>In QuickBooks: Instellingen &gt; Account en instellingen &gt; Verkoop &gt; Aangepaste transactienummers: uitzetten (hernummer eerst documenten met hetzelfde nummer).</translation>
    </message>
    <message>
        <source>Revenue recognition is on</source>
        <translation>Inkomstenherkenning staat aan</translation>
    </message>
    <message>
        <source>Invoice lines for revenue-recognition items need a service date; without one QuickBooks refuses the invoice (E3).</source>
        <translation>Factuurregels met artikelen onder inkomstenherkenning hebben een servicedatum nodig; zonder servicedatum weigert QuickBooks de factuur (E3).</translation>
    </message>
    <message>
        <source>Switch revenue recognition off in QuickBooks, or map a HubSpot date property to the service date in the invoice sync settings.</source>
        <translation>Zet inkomstenherkenning uit in QuickBooks, of koppel in de instellingen van de factuursynchronisatie een HubSpot-datumeigenschap aan de servicedatum.</translation>
    </message>
    <message>
        <source>The company is outside the US ({country})</source>
        <translation>Het bedrijf is gevestigd buiten de VS ({country})</translation>
    </message>
    <message>
        <source>QuickBooks requires a tax code on every invoice line in this country; invoices without one are refused.</source>
        <translation>QuickBooks vereist in dit land een btw-code op elke factuurregel; facturen zonder btw-code worden geweigerd.</translation>
    </message>
    <message>
        <source>Map HubSpot tax to QuickBooks tax codes in the invoice sync settings.</source>
        <translation>Koppel in de instellingen van de factuursynchronisatie HubSpot-btw-tarieven aan QuickBooks-btw-codes.</translation>
    </message>
    <message>
        <source>Closed periods are not locked</source>
        <translation>Afgesloten perioden zijn niet vergrendeld</translation>
    </message>
    <message>
        <source>With no closing date, a sync can change invoices and payments in periods you have already reported on.</source>
        <translation>Zonder afsluitdatum kan een synchronisatie facturen en betalingen wijzigen in perioden waarover je al gerapporteerd hebt.</translation>
    </message>
    <message>
        <source>Set a closing date in QuickBooks: Settings &gt; Account and settings &gt; Advanced &gt; Close the books.</source>
        <translation>Stel in QuickBooks een afsluitdatum in: Instellingen &gt; Account en instellingen &gt; Geavanceerd &gt; De boeken afsluiten.</translation>
    </message>
    <message>
        <source>{object}: a field in the settings is not there</source>
        <translation>{object}: een veld uit de instellingen bestaat niet</translation>
    </message>
    <message>
        <source>In Sync settings, pick the field from the list (the fields your accounts have) or remove the row. Until then the sync cannot fill it.</source>
        <translation>Kies in Synchronisatie-instellingen het veld uit de lijst (de velden van je accounts) of verwijder de rij. Tot dan kan de synchronisatie het niet vullen.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Nothing to do: the sync retries on the next run.</source>
        <translation>Niets te doen: de synchronisatie probeert het bij de volgende run opnieuw.</translation>
    </message>
    <message>
        <source>No email address</source>
        <translation>Geen e-mailadres</translation>
    </message>
    <message>
        <source>Contacts and customers are matched by email, and this record has none.</source>
        <translation>Contactpersonen en klanten worden op e-mailadres gekoppeld, en dit record heeft er geen.</translation>
    </message>
    <message>
        <source>Add an email address to the record; it syncs on the next run.</source>
        <translation>Voeg een e-mailadres toe aan het record; het wordt bij de volgende run gesynchroniseerd.</translation>
    </message>
    <message>
        <source>No SKU</source>
        <translation>Geen SKU</translation>
    </message>
    <message>
        <source>Products are matched by SKU; products without one are left out to avoid duplicates.</source>
        <translation>Producten worden op SKU gekoppeld; producten zonder SKU worden weggelaten om dubbele producten te voorkomen.</translation>
    </message>
    <message>
        <source>Give the product a SKU in HubSpot or QuickBooks; it syncs on the next run.</source>
        <translation>Geef het product een SKU in HubSpot of QuickBooks; het wordt bij de volgende run gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Left out by a filter</source>
        <translation>Weggelaten door een filter</translation>
    </message>
    <message>
        <source>The sync settings exclude records where {description}.</source>
        <translation>De synchronisatie-instellingen sluiten records uit waarbij {description}.</translation>
    </message>
    <message>
        <source>Change the filter in the sync settings if this record should sync.</source>
        <translation>Wijzig het filter in de synchronisatie-instellingen als dit record moet worden gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Duplicate match key</source>
        <translation>Dubbele koppelsleutel</translation>
    </message>
    <message>
        <source>Duplicate {kind}</source>
        <translation>Dubbele {kind}</translation>
    </message>
    <message>
        <source>Another {service} record ({holder}) has the same {kind} “{value}”, so it is not clear which one to sync.</source>
        <translation>Een ander {service}-record ({holder}) heeft dezelfde {kind} ‘{value}’, dus het is niet duidelijk welke moet worden gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Give each {service} record its own {kind}, or merge the duplicates.</source>
        <translation>Geef elk {service}-record een eigen {kind} of voeg de duplicaten samen.</translation>
    </message>
    <message>
        <source>Match key already used</source>
        <translation>Koppelsleutel al in gebruik</translation>
    </message>
    <message>
        <source>{Kind} already used by {holder}</source>
        <translation>{Kind} al in gebruik bij {holder}</translation>
    </message>
    <message>
        <source>This record&apos;s {kind} was changed to “{value}”, which {holder} already has. The change was not copied, so nothing changed on either side.</source>
        <translation>De {kind} van dit record is gewijzigd in ‘{value}’, die {holder} al heeft. De wijziging is niet overgenomen, dus aan geen van beide kanten is iets veranderd.</translation>
    </message>
    <message>
        <source>Give this record a {kind} no other record has (or change it back); it syncs on the next run.</source>
        <translation>Geef dit record een {kind} die geen ander record heeft (of zet het terug); het wordt bij de volgende run gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Deleted on one side</source>
        <translation>Aan één kant verwijderd</translation>
    </message>
    <message>
        <source>Deleted in {service}</source>
        <translation>Verwijderd in {service}</translation>
    </message>
    <message>
        <source>The linked {kind} was deleted, archived or made inactive in {service}; its {other} copy was left as it is.</source>
        <translation>Het gekoppelde record ({kind}) is in {service} verwijderd, gearchiveerd of inactief gemaakt; de kopie in {other} is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>Restore it in {service}, or delete the {other} copy yourself if it is no longer needed.</source>
        <translation>Herstel het in {service}, of verwijder zelf de kopie in {other} als die niet meer nodig is.</translation>
    </message>
    <message>
        <source>Record no longer exists</source>
        <translation>Record bestaat niet meer</translation>
    </message>
    <message>
        <source>Record no longer exists in {service}</source>
        <translation>Record bestaat niet meer in {service}</translation>
    </message>
    <message>
        <source>The record, or one it refers to, was deleted or made inactive in {service}.</source>
        <translation>Het record, of een record waarnaar het verwijst, is in {service} verwijderd of inactief gemaakt.</translation>
    </message>
    <message>
        <source>Restore it in {service} (make it active), or remove the link; then retry.</source>
        <translation>Herstel het in {service} (maak het actief) of verwijder de koppeling; probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Display name already used</source>
        <translation>Weergavenaam al in gebruik</translation>
    </message>
    <message>
        <source>Display name is a duplicate</source>
        <translation>De weergavenaam is een duplicaat</translation>
    </message>
    <message>
        <source>QuickBooks names must be unique across customers, vendors and employees, and this one is already used by {holder}.</source>
        <translation>Namen in QuickBooks moeten uniek zijn over klanten, leveranciers en werknemers heen, en deze wordt al gebruikt door {holder}.</translation>
    </message>
    <message>
        <source>Rename the record holding the name in QuickBooks (for example add “(supplier)” to its display name), or pick another display-name rule on the Sync settings tab: “Company (First Last)”, or “First Last (email)”, which also works for contacts without a company; then press Retry.</source>
        <translation>Hernoem het record met deze naam in QuickBooks (voeg bijvoorbeeld ‘(leverancier)’ toe aan de weergavenaam) of kies een andere regel voor de weergavenaam op het tabblad Synchronisatie-instellingen: ‘Bedrijf (Voornaam Achternaam)’ of ‘Voornaam Achternaam (e-mail)’, die ook werkt voor contactpersonen zonder bedrijf; klik daarna op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>Document number already used</source>
        <translation>Documentnummer al in gebruik</translation>
    </message>
    <message>
        <source>Duplicate document number: this number is already used</source>
        <translation>Dubbel documentnummer: dit nummer is al gebruikt</translation>
    </message>
    <message>
        <source>QuickBooks “custom transaction numbers” is on and the number is taken by another invoice or credit memo. {detail}</source>
        <translation>In QuickBooks staat ‘Aangepast transactienummer’ aan en het nummer wordt al gebruikt door een andere factuur of creditnota. {detail}</translation>
    </message>
    <message>
        <source>Renumber the QuickBooks document, then switch custom transaction numbers off.</source>
        <translation>Nummer het QuickBooks-document opnieuw en schakel daarna aangepaste transactienummers uit.</translation>
    </message>
    <message>
        <source>Service date needed</source>
        <translation>Servicedatum nodig</translation>
    </message>
    <message>
        <source>Enter a service date for revenue-recognition lines</source>
        <translation>Voer een servicedatum in voor de regels voor opbrengsterkenning</translation>
    </message>
    <message>
        <source>Revenue recognition is on in QuickBooks and the lines carry no service date.</source>
        <translation>Opbrengsterkenning staat aan in QuickBooks en de regels hebben geen servicedatum.</translation>
    </message>
    <message>
        <source>Turn revenue recognition off in QuickBooks, or map a date to the service date.</source>
        <translation>Schakel opbrengsterkenning uit in QuickBooks of wijs een datum toe aan de servicedatum.</translation>
    </message>
    <message>
        <source>Books closed</source>
        <translation>Boeken afgesloten</translation>
    </message>
    <message>
        <source>The books are closed for this date</source>
        <translation>De boeken zijn afgesloten voor deze datum</translation>
    </message>
    <message>
        <source>QuickBooks refuses changes dated on or before its closing date.</source>
        <translation>QuickBooks weigert wijzigingen gedateerd op of vóór de afsluitdatum.</translation>
    </message>
    <message>
        <source>Change the closing date in QuickBooks, or the record&apos;s date.</source>
        <translation>Wijzig de afsluitdatum in QuickBooks of de datum van het record.</translation>
    </message>
    <message>
        <source>Customer not in HubSpot yet</source>
        <translation>Klant nog niet in HubSpot</translation>
    </message>
    <message>
        <source>Invoice needs a customer that exists in both HubSpot and QuickBooks</source>
        <translation>Een factuur moet een klant hebben die in zowel HubSpot als QuickBooks bestaat</translation>
    </message>
    <message>
        <source>The QuickBooks customer “{customer}” has no linked HubSpot contact, so the invoice has no one to belong to in HubSpot.</source>
        <translation>De QuickBooks-klant ‘{customer}’ heeft geen gekoppelde HubSpot-contactpersoon, dus de factuur hoort in HubSpot bij niemand.</translation>
    </message>
    <message>
        <source>Sync the customer with contact sync (it needs an email address); the invoice follows by itself on the next run.</source>
        <translation>Synchroniseer de klant met de contactpersoonsynchronisatie (die heeft een e-mailadres nodig); de factuur volgt vanzelf bij de volgende run.</translation>
    </message>
    <message>
        <source>The QuickBooks customer “{customer}” has no linked HubSpot contact. A likely match: the HubSpot contact “{likely_match}”.</source>
        <translation>De QuickBooks-klant ‘{customer}’ heeft geen gekoppelde HubSpot-contactpersoon. Waarschijnlijk dezelfde: de HubSpot-contactpersoon ‘{likely_match}’.</translation>
    </message>
    <message>
        <source>If it is the same person, make sure contact sync is on and both have the same email; once they are linked, the invoice follows by itself on the next run.</source>
        <translation>Als het dezelfde persoon is, zorg dan dat de contactpersoonsynchronisatie aan staat en dat beide hetzelfde e-mailadres hebben; zodra ze gekoppeld zijn, volgt de factuur vanzelf bij de volgende run.</translation>
    </message>
    <message>
        <source>Invoice amounts changed in QuickBooks</source>
        <translation>Factuurbedragen gewijzigd in QuickBooks</translation>
    </message>
    <message>
        <source>Changes to line items or amounts of HubSpot invoices can&apos;t be made from other apps</source>
        <translation>Wijzigingen in regelitems of bedragen van HubSpot-facturen kunnen niet vanuit andere apps worden gedaan</translation>
    </message>
    <message>
        <source>This invoice was made in HubSpot, and its lines, amounts or tax were changed in QuickBooks (total {before} when synced, {after} now). The HubSpot invoice was left as it is and the invoice stopped syncing.</source>
        <translation>Deze factuur is gemaakt in HubSpot en de regels, bedragen of belasting zijn in QuickBooks gewijzigd (totaal {before} bij synchronisatie, nu {after}). De HubSpot-factuur is ongewijzigd gelaten en de factuur wordt niet meer gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Undo the change in QuickBooks and make it in HubSpot instead; the invoice syncs again by itself.</source>
        <translation>Draai de wijziging in QuickBooks terug en breng haar in HubSpot aan; de factuur wordt daarna vanzelf weer gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Invoice lines added or removed in QuickBooks</source>
        <translation>Factuurregels toegevoegd of verwijderd in QuickBooks</translation>
    </message>
    <message>
        <source>Financial details of a HubSpot invoice were added, removed or changed in QuickBooks</source>
        <translation>Financiële gegevens van een HubSpot-factuur zijn in QuickBooks toegevoegd, verwijderd of gewijzigd</translation>
    </message>
    <message>
        <source>This invoice was made in HubSpot, and lines were added or removed in QuickBooks. The HubSpot invoice was left as it is and the invoice stopped syncing.</source>
        <translation>Deze factuur is gemaakt in HubSpot en er zijn in QuickBooks regels toegevoegd of verwijderd. De HubSpot-factuur is ongewijzigd gelaten en de factuur wordt niet meer gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Created before {date}</source>
        <translation>Aangemaakt vóór {date}</translation>
    </message>
    <message>
        <source>The invoice sync settings bring in only QuickBooks invoices created on or after {date}.</source>
        <translation>De instellingen voor factuursynchronisatie halen alleen QuickBooks-facturen op die op of na {date} zijn aangemaakt.</translation>
    </message>
    <message>
        <source>Nothing to do; to bring older invoices in, choose an earlier date in the invoice sync settings.</source>
        <translation>Niets te doen; kies een eerdere datum in de instellingen voor factuursynchronisatie om oudere facturen op te halen.</translation>
    </message>
    <message>
        <source>Invoice without lines</source>
        <translation>Factuur zonder regels</translation>
    </message>
    <message>
        <source>The invoice has no product or service lines</source>
        <translation>De factuur heeft geen product- of serviceregels</translation>
    </message>
    <message>
        <source>A HubSpot invoice needs at least one line item before it can be sent.</source>
        <translation>Een HubSpot-factuur heeft minstens één regelitem nodig voordat ze kan worden verzonden.</translation>
    </message>
    <message>
        <source>Add a product or service line to the invoice in QuickBooks.</source>
        <translation>Voeg in QuickBooks een product- of serviceregel toe aan de factuur.</translation>
    </message>
    <message>
        <source>Made in QuickBooks</source>
        <translation>Gemaakt in QuickBooks</translation>
    </message>
    <message>
        <source>This invoice came from QuickBooks. Only invoices made in HubSpot are sent to QuickBooks.</source>
        <translation>Deze factuur komt uit QuickBooks. Alleen facturen die in HubSpot zijn gemaakt, worden naar QuickBooks verzonden.</translation>
    </message>
    <message>
        <source>Nothing to do: edit it in QuickBooks and the HubSpot copy follows.</source>
        <translation>Niets te doen: bewerk haar in QuickBooks en de HubSpot-kopie volgt.</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Conceptfactuur</translation>
    </message>
    <message>
        <source>Draft invoices are not sent to QuickBooks.</source>
        <translation>Conceptfacturen worden niet naar QuickBooks verzonden.</translation>
    </message>
    <message>
        <source>Finalise the invoice in HubSpot; it syncs on the next run.</source>
        <translation>Rond de factuur af in HubSpot; ze wordt bij de volgende run gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Older than invoice sync</source>
        <translation>Ouder dan de factuursynchronisatie</translation>
    </message>
    <message>
        <source>Not changed since invoice sync was switched on</source>
        <translation>Niet gewijzigd sinds de factuursynchronisatie is ingeschakeld</translation>
    </message>
    <message>
        <source>Only invoices created or changed after invoice sync was switched on ({since}) are sent to QuickBooks.</source>
        <translation>Alleen facturen die zijn aangemaakt of gewijzigd nadat de factuursynchronisatie is ingeschakeld ({since}), worden naar QuickBooks verzonden.</translation>
    </message>
    <message>
        <source>To send older invoices, use Backfill after looking at its preview.</source>
        <translation>Gebruik Aanvullen om oudere facturen te verzenden, nadat je het voorbeeld hebt bekeken.</translation>
    </message>
    <message>
        <source>Voided before it was sent</source>
        <translation>Ongeldig gemaakt vóór verzending</translation>
    </message>
    <message>
        <source>The invoice was voided in HubSpot before it reached QuickBooks.</source>
        <translation>De factuur is in HubSpot ongeldig gemaakt voordat ze QuickBooks bereikte.</translation>
    </message>
    <message>
        <source>Nothing to do: a voided invoice needs no QuickBooks copy.</source>
        <translation>Niets te doen: een ongeldige factuur heeft geen QuickBooks-kopie nodig.</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Geen contactpersoon</translation>
    </message>
    <message>
        <source>The invoice has no contact</source>
        <translation>De factuur heeft geen contactpersoon</translation>
    </message>
    <message>
        <source>QuickBooks needs a customer, which comes from the invoice&apos;s contact.</source>
        <translation>QuickBooks heeft een klant nodig, die uit de contactpersoon van de factuur komt.</translation>
    </message>
    <message>
        <source>Associate a contact with the invoice in HubSpot; it syncs on the next run.</source>
        <translation>Koppel in HubSpot een contactpersoon aan de factuur; ze wordt bij de volgende run gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Contact not in QuickBooks</source>
        <translation>Contactpersoon niet in QuickBooks</translation>
    </message>
    <message>
        <source>The contact has no QuickBooks customer</source>
        <translation>De contactpersoon heeft geen QuickBooks-klant</translation>
    </message>
    <message>
        <source>The invoice&apos;s contact {contact} ({email}) is not linked to a QuickBooks customer.</source>
        <translation>De contactpersoon van de factuur, {contact} ({email}), is niet gekoppeld aan een QuickBooks-klant.</translation>
    </message>
    <message>
        <source>Let contact sync create the customer (check the contact&apos;s own sync state); once the contact syncs, the invoice follows by itself.</source>
        <translation>Laat de contactpersoonsynchronisatie de klant aanmaken (controleer de synchronisatiestatus van de contactpersoon); zodra de contactpersoon is gesynchroniseerd, volgt de factuur vanzelf.</translation>
    </message>
    <message>
        <source>The invoice&apos;s contact {contact} ({email}) is not linked to a QuickBooks customer. A likely match: the QuickBooks customer “{likely_match}”.</source>
        <translation>De contactpersoon van de factuur, {contact} ({email}), is niet gekoppeld aan een QuickBooks-klant. Waarschijnlijk dezelfde: de QuickBooks-klant ‘{likely_match}’.</translation>
    </message>
    <message>
        <source>If it is the same person, give the QuickBooks customer the contact&apos;s email; once the contact syncs, the invoice follows by itself.</source>
        <translation>Als het dezelfde persoon is, geef de QuickBooks-klant dan het e-mailadres van de contactpersoon; zodra de contactpersoon is gesynchroniseerd, volgt de factuur vanzelf.</translation>
    </message>
    <message>
        <source>No lines</source>
        <translation>Geen regels</translation>
    </message>
    <message>
        <source>The HubSpot invoice has no lines</source>
        <translation>De HubSpot-factuur heeft geen regels</translation>
    </message>
    <message>
        <source>QuickBooks needs at least one line on an invoice.</source>
        <translation>QuickBooks heeft minstens één regel op een factuur nodig.</translation>
    </message>
    <message>
        <source>Add a product or service line to the invoice in HubSpot, then press Retry.</source>
        <translation>Voeg in HubSpot een product- of serviceregel toe aan de factuur en klik daarna op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>Number {number} is already used in QuickBooks</source>
        <translation>Nummer {number} is al in gebruik in QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks custom transaction numbers are on, and the QuickBooks document {holder_entity} {holder_id} already has number {number}.</source>
        <translation>Aangepaste transactienummers staan aan in QuickBooks en het QuickBooks-document {holder_entity} {holder_id} heeft al nummer {number}.</translation>
    </message>
    <message>
        <source>Renumber that QuickBooks document (or the HubSpot invoice), then press Retry.</source>
        <translation>Nummer dat QuickBooks-document (of de HubSpot-factuur) opnieuw en klik daarna op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>The books are closed for {date}</source>
        <translation>De boeken zijn afgesloten voor {date}</translation>
    </message>
    <message>
        <source>The invoice is dated {date}, on or before the QuickBooks closing date ({close_date}), so QuickBooks refuses it. It is not tried again by itself.</source>
        <translation>De factuur is gedateerd {date}, op of vóór de afsluitdatum van QuickBooks ({close_date}), dus QuickBooks weigert haar. Ze wordt niet vanzelf opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Change the closing date in QuickBooks or the invoice date in HubSpot, then press Retry.</source>
        <translation>Wijzig de afsluitdatum in QuickBooks of de factuurdatum in HubSpot en klik daarna op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>Currency mismatch</source>
        <translation>Valuta komt niet overeen</translation>
    </message>
    <message>
        <source>The invoice&apos;s currency does not fit QuickBooks</source>
        <translation>De valuta van de factuur past niet bij QuickBooks</translation>
    </message>
    <message>
        <source>The invoice is in {currency}, and QuickBooks expects {expected} here.</source>
        <translation>De factuur is in {currency} en QuickBooks verwacht hier {expected}.</translation>
    </message>
    <message>
        <source>Bill the invoice in {expected}, or give the QuickBooks customer that currency; then press Retry.</source>
        <translation>Factureer in {expected} of geef de QuickBooks-klant die valuta; klik daarna op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>Tax rate not mapped</source>
        <translation>Belastingtarief niet toegewezen</translation>
    </message>
    <message>
        <source>Tax rate “{rate}” has no QuickBooks tax code</source>
        <translation>Belastingtarief ‘{rate}’ heeft geen QuickBooks-btw-code</translation>
    </message>
    <message>
        <source>Every line needs a QuickBooks tax code, and the HubSpot tax rate “{rate}” is not mapped to one. Nothing was sent.</source>
        <translation>Elke regel heeft een QuickBooks-btw-code nodig, en het HubSpot-belastingtarief ‘{rate}’ is aan geen code toegewezen. Er is niets verzonden.</translation>
    </message>
    <message>
        <source>Map the rate in the invoice sync settings&apos; tax table, then press Retry.</source>
        <translation>Wijs het tarief toe in de belastingtabel van de factuursynchronisatie-instellingen en klik daarna op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>Lines without tax have no QuickBooks tax code</source>
        <translation>Regels zonder belasting hebben geen QuickBooks-btw-code</translation>
    </message>
    <message>
        <source>Every line needs a QuickBooks tax code, and none is chosen for lines without a HubSpot tax rate. Nothing was sent.</source>
        <translation>Elke regel heeft een QuickBooks-btw-code nodig, en voor regels zonder HubSpot-belastingtarief is er geen gekozen. Er is niets verzonden.</translation>
    </message>
    <message>
        <source>Choose a tax code for lines without tax in the invoice sync settings&apos; tax table, then press Retry.</source>
        <translation>Kies in de belastingtabel van de factuursynchronisatie-instellingen een btw-code voor regels zonder belasting en klik daarna op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>Several sales taxes</source>
        <translation>Meerdere omzetbelastingen</translation>
    </message>
    <message>
        <source>The invoice&apos;s lines use several sales taxes</source>
        <translation>De regels van de factuur gebruiken meerdere omzetbelastingen</translation>
    </message>
    <message>
        <source>A US QuickBooks invoice has one sales tax for all its taxable lines; these lines map to {codes}.</source>
        <translation>Een Amerikaanse QuickBooks-factuur heeft één omzetbelasting voor alle belastbare regels; deze regels komen overeen met {codes}.</translation>
    </message>
    <message>
        <source>Use one tax rate on the invoice&apos;s lines in HubSpot, then press Retry.</source>
        <translation>Gebruik in HubSpot één belastingtarief op de regels van de factuur en klik daarna op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>Totals differ</source>
        <translation>Totalen verschillen</translation>
    </message>
    <message>
        <source>The totals would differ</source>
        <translation>De totalen zouden verschillen</translation>
    </message>
    <message>
        <source>HubSpot bills {hubspot_total}, and the QuickBooks invoice would total {quickbooks_total}. Nothing was sent.</source>
        <translation>HubSpot factureert {hubspot_total} en de QuickBooks-factuur zou uitkomen op {quickbooks_total}. Er is niets verzonden.</translation>
    </message>
    <message>
        <source>Check the invoice&apos;s discounts and tax in HubSpot so the lines add up, then press Retry.</source>
        <translation>Controleer kortingen en belasting van de factuur in HubSpot zodat de regels kloppen en klik daarna op Opnieuw proberen.</translation>
    </message>
    <message>
        <source>No account for the custom line item</source>
        <translation>Geen rekening voor het aangepaste regelitem</translation>
    </message>
    <message>
        <source>The “Custom line item” needs an income account</source>
        <translation>Het ‘Aangepast regelitem’ heeft een inkomstenrekening nodig</translation>
    </message>
    <message>
        <source>Lines without a synced product go to the QuickBooks item “Custom line item”, which does not exist yet, and no income account is chosen for it.</source>
        <translation>Regels zonder gesynchroniseerd product gaan naar het QuickBooks-item ‘Custom line item’, dat nog niet bestaat, en er is geen inkomstenrekening voor gekozen.</translation>
    </message>
    <message>
        <source>Pick the income account of the custom line item in the invoice sync settings; the invoice syncs on the next run.</source>
        <translation>Kies de inkomstenrekening van het aangepaste regelitem in de instellingen voor factuursynchronisatie; de factuur wordt bij de volgende run gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Custom field not kept</source>
        <translation>Aangepast veld niet bewaard</translation>
    </message>
    <message>
        <source>QuickBooks did not keep custom field {slot}</source>
        <translation>QuickBooks heeft aangepast veld {slot} niet bewaard</translation>
    </message>
    <message>
        <source>The invoice was saved in QuickBooks, but its custom field {slot} did not keep “{value}” (QuickBooks drops a value silently, e.g. when that custom field is switched off in its sales-form settings).</source>
        <translation>De factuur is in QuickBooks opgeslagen, maar het aangepaste veld {slot} heeft ‘{value}’ niet bewaard (QuickBooks laat een waarde stilzwijgend vallen, bijv. als dat veld is uitgeschakeld in de instellingen voor verkoopformulieren).</translation>
    </message>
    <message>
        <source>Switch the custom field on in QuickBooks (Settings › Sales › Custom fields), or map the HubSpot property to a custom field that is on; then retry.</source>
        <translation>Schakel het aangepaste veld in QuickBooks in (Instellingen › Verkoop › Aangepaste velden) of wijs de HubSpot-eigenschap toe aan een aangepast veld dat aan staat; probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Negative line price</source>
        <translation>Negatieve regelprijs</translation>
    </message>
    <message>
        <source>The line “{line}” has a negative price</source>
        <translation>De regel ‘{line}’ heeft een negatieve prijs</translation>
    </message>
    <message>
        <source>HubSpot does not accept line items with a price below zero, so the invoice cannot be made there as it is.</source>
        <translation>HubSpot accepteert geen regelitems met een prijs onder nul, dus de factuur kan daar niet zo worden gemaakt.</translation>
    </message>
    <message>
        <source>Give the discount in QuickBooks as a discount instead of a line with a negative price; the invoice syncs on the next run.</source>
        <translation>Geef de korting in QuickBooks op als korting in plaats van als regel met een negatieve prijs; de factuur wordt bij de volgende run gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Email already used</source>
        <translation>E-mailadres al in gebruik</translation>
    </message>
    <message>
        <source>A HubSpot contact already has this email</source>
        <translation>Een HubSpot-contactpersoon heeft dit e-mailadres al</translation>
    </message>
    <message>
        <source>HubSpot keeps one contact per email address. {detail}</source>
        <translation>HubSpot houdt één contactpersoon per e-mailadres aan. {detail}</translation>
    </message>
    <message>
        <source>Merge the two contacts in HubSpot, or change one email; then retry.</source>
        <translation>Voeg de twee contactpersonen samen in HubSpot of wijzig één e-mailadres; probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Invalid email</source>
        <translation>Ongeldig e-mailadres</translation>
    </message>
    <message>
        <source>Invalid {field}</source>
        <translation>Ongeldig: {field}</translation>
    </message>
    <message>
        <source>“{value}” is not a valid email address.</source>
        <translation>‘{value}’ is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>Correct the {field} on the record; it syncs on the next run.</source>
        <translation>Corrigeer het veld ‘{field}’ in het record; het wordt bij de volgende run gesynchroniseerd.</translation>
    </message>
    <message>
        <source>{service} does not accept this email address. {detail}</source>
        <translation>{service} accepteert dit e-mailadres niet. {detail}</translation>
    </message>
    <message>
        <source>Value too long</source>
        <translation>Waarde te lang</translation>
    </message>
    <message>
        <source>The {field} is too long: QuickBooks allows at most {limit} characters.</source>
        <translation>Het veld ‘{field}’ is te lang: QuickBooks staat maximaal {limit} tekens toe.</translation>
    </message>
    <message>
        <source>Shorten the {field} on the record; it syncs on the next run.</source>
        <translation>Kort het veld ‘{field}’ in het record in; het wordt bij de volgende run gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Characters not allowed</source>
        <translation>Tekens niet toegestaan</translation>
    </message>
    <message>
        <source>QuickBooks does not allow colons, tabs or line breaks in names.</source>
        <translation>QuickBooks staat geen dubbele punten, tabs of regeleinden in namen toe.</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>Geen getal</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>‘{value}’ is geen getal.</translation>
    </message>
    <message>
        <source>Too many decimals</source>
        <translation>Te veel decimalen</translation>
    </message>
    <message>
        <source>QuickBooks keeps at most 5 decimal places in prices.</source>
        <translation>QuickBooks bewaart maximaal 5 decimalen in prijzen.</translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>Verplichte waarde ontbreekt</translation>
    </message>
    <message>
        <source>{service} needs a {field}.</source>
        <translation>{service} heeft een waarde voor ‘{field}’ nodig.</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Geen naam</translation>
    </message>
    <message>
        <source>The record has no name at all.</source>
        <translation>Het record heeft helemaal geen naam.</translation>
    </message>
    <message>
        <source>Add a first or last name or a company.</source>
        <translation>Voeg een voornaam, achternaam of bedrijf toe.</translation>
    </message>
    <message>
        <source>Not an income account</source>
        <translation>Geen inkomstenrekening</translation>
    </message>
    <message>
        <source>The chosen account is not an income account.</source>
        <translation>De gekozen rekening is geen inkomstenrekening.</translation>
    </message>
    <message>
        <source>Pick an income account in the product sync settings.</source>
        <translation>Kies een inkomstenrekening in de instellingen voor productsynchronisatie.</translation>
    </message>
    <message>
        <source>Value refused</source>
        <translation>Waarde geweigerd</translation>
    </message>
    <message>
        <source>{service} rejected the {field}: {detail}</source>
        <translation>{service} heeft het veld ‘{field}’ geweigerd: {detail}</translation>
    </message>
    <message>
        <source>Business rule</source>
        <translation>Bedrijfsregel</translation>
    </message>
    <message>
        <source>{service} business rule</source>
        <translation>Bedrijfsregel van {service}</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>Correct the record in the source system; then retry.</source>
        <translation>Corrigeer het record in het bronsysteem; probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Record refused</source>
        <translation>Record geweigerd</translation>
    </message>
    <message>
        <source>{service} refused the record</source>
        <translation>{service} heeft het record geweigerd</translation>
    </message>
    <message>
        <source>Correct the record and retry; if it persists, contact support with this message.</source>
        <translation>Corrigeer het record en probeer het opnieuw; blijft het gebeuren, neem dan contact op met support met dit bericht.</translation>
    </message>
    <message>
        <source>Changed at the same time</source>
        <translation>Tegelijk gewijzigd</translation>
    </message>
    <message>
        <source>Changed in QuickBooks at the same time</source>
        <translation>Tegelijk gewijzigd in QuickBooks</translation>
    </message>
    <message>
        <source>Someone changed this record in QuickBooks while the sync was writing it.</source>
        <translation>Iemand heeft dit record in QuickBooks gewijzigd terwijl de synchronisatie het wegschreef.</translation>
    </message>
    <message>
        <source>Nothing to do: the sync reads it again and retries.</source>
        <translation>Niets te doen: de synchronisatie leest het opnieuw en probeert het nog eens.</translation>
    </message>
    <message>
        <source>Connection expired</source>
        <translation>Koppeling verlopen</translation>
    </message>
    <message>
        <source>{service} connection expired</source>
        <translation>Koppeling met {service} verlopen</translation>
    </message>
    <message>
        <source>The {service} sign-in was revoked or has expired.</source>
        <translation>De aanmelding bij {service} is ingetrokken of verlopen.</translation>
    </message>
    <message>
        <source>Reconnect {service}; queued changes are kept and sync afterwards.</source>
        <translation>Koppel {service} opnieuw; wachtende wijzigingen blijven bewaard en worden daarna gesynchroniseerd.</translation>
    </message>
    <message>
        <source>Permission missing</source>
        <translation>Machtiging ontbreekt</translation>
    </message>
    <message>
        <source>Missing {service} permission</source>
        <translation>Ontbrekende machtiging voor {service}</translation>
    </message>
    <message>
        <source>The {service} connection was not granted: {scopes}.</source>
        <translation>Voor de koppeling met {service} is dit niet toegestaan: {scopes}.</translation>
    </message>
    <message>
        <source>Reconnect {service} and allow the requested permissions.</source>
        <translation>Koppel {service} opnieuw en sta de gevraagde machtigingen toe.</translation>
    </message>
    <message>
        <source>Slowed down by the service</source>
        <translation>Afgeremd door de dienst</translation>
    </message>
    <message>
        <source>{service} asked us to slow down</source>
        <translation>{service} vroeg om het rustiger aan te doen</translation>
    </message>
    <message>
        <source>{service} limits how many requests an app may make per minute.</source>
        <translation>{service} beperkt hoeveel verzoeken een app per minuut mag doen.</translation>
    </message>
    <message>
        <source>Nothing to do: the sync waits and retries by itself.</source>
        <translation>Niets te doen: de synchronisatie wacht en probeert het vanzelf opnieuw.</translation>
    </message>
    <message>
        <source>Cannot reach the service</source>
        <translation>Dienst niet bereikbaar</translation>
    </message>
    <message>
        <source>Cannot reach {service}</source>
        <translation>{service} niet bereikbaar</translation>
    </message>
    <message>
        <source>The network or the service is unavailable.</source>
        <translation>Het netwerk of de dienst is niet beschikbaar.</translation>
    </message>
    <message>
        <source>Nothing to do: the change is kept and retried on the next run.</source>
        <translation>Niets te doen: de wijziging blijft bewaard en wordt bij de volgende run opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Service error</source>
        <translation>Fout bij de dienst</translation>
    </message>
    <message>
        <source>{service} had an internal error</source>
        <translation>Interne fout bij {service}</translation>
    </message>
    <message>
        <source>{service} failed while handling the request.</source>
        <translation>{service} is mislukt bij het verwerken van het verzoek.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Onverwacht probleem</translation>
    </message>
    <message>
        <source>Something the sync did not expect went wrong; the details are in the log.</source>
        <translation>Er ging iets onverwachts mis bij de synchronisatie; de details staan in het logboek.</translation>
    </message>
    <message>
        <source>Retry; if it persists, report it.</source>
        <translation>Probeer het opnieuw; blijft het gebeuren, meld het dan.</translation>
    </message>
    <message>
        <source>Earlier problem</source>
        <translation>Eerder probleem</translation>
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
        <translation>een andere klant, leverancier of werknemer</translation>
    </message>
    <message>
        <source>a permission the sync needs</source>
        <translation>een machtiging die de synchronisatie nodig heeft</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>factuur</translation>
    </message>
    <message>
        <source>credit memo</source>
        <translation>creditnota</translation>
    </message>
    <message>
        <source>sales receipt</source>
        <translation>verkoopbon</translation>
    </message>
    <message>
        <source>refund receipt</source>
        <translation>terugbetalingsbewijs</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>offerte</translation>
    </message>
    <message>
        <source>the customer “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>de klant ‘{holder_name}’ (QuickBooks-ID {holder_id})</translation>
    </message>
    <message>
        <source>the inactive customer “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>de inactieve klant ‘{holder_name}’ (QuickBooks-ID {holder_id})</translation>
    </message>
    <message>
        <source>the vendor “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>de leverancier ‘{holder_name}’ (QuickBooks-ID {holder_id})</translation>
    </message>
    <message>
        <source>the inactive vendor “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>de inactieve leverancier ‘{holder_name}’ (QuickBooks-ID {holder_id})</translation>
    </message>
    <message>
        <source>the employee “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>de werknemer ‘{holder_name}’ (QuickBooks-ID {holder_id})</translation>
    </message>
    <message>
        <source>the inactive employee “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>de inactieve werknemer ‘{holder_name}’ (QuickBooks-ID {holder_id})</translation>
    </message>
    <message>
        <source>the product or service “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>het product of de dienst ‘{holder_name}’ (QuickBooks-ID {holder_id})</translation>
    </message>
    <message>
        <source>the inactive product or service “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>het inactieve product of de inactieve dienst ‘{holder_name}’ (QuickBooks-ID {holder_id})</translation>
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
    <name>Records</name>
    <message>
        <source>Synced</source>
        <translation>Gesynchroniseerd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Uitgesloten</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Foutcategorie</translation>
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
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Oplossing</translation>
    </message>
</context>
<context>
    <name>RecordsMixin</name>
    <message>
        <source>{problem}

Set it aside and start a fresh one?</source>
        <translation>{problem}

Apart zetten en opnieuw beginnen?</translation>
    </message>
    <message>
        <source>Damaged sync memory</source>
        <translation>Beschadigd synchronisatiegeheugen</translation>
    </message>
    <message>
        <source>The damaged file was not set aside: {reason}</source>
        <translation>Het beschadigde bestand is niet apart gezet: {reason}</translation>
    </message>
    <message>
        <source>The damaged file is kept as {path}. The next sync starts a fresh one.</source>
        <translation>Het beschadigde bestand is bewaard als {path}. De volgende synchronisatie begint opnieuw.</translation>
    </message>
    <message>
        <source>A sync is running; press Retry when it has finished.</source>
        <translation>Er loopt een synchronisatie; klik op Opnieuw proberen als die klaar is.</translation>
    </message>
    <message>
        <source>No failed records to retry.</source>
        <translation>Geen mislukte records om opnieuw te proberen.</translation>
    </message>
    <message>
        <source>Those records are no longer failed; nothing to retry.</source>
        <translation>Die records zijn niet meer mislukt; niets om opnieuw te proberen.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %Ln failed record(s)…</source>
        <translation>
            <numerusform>%Ln mislukt record wordt opnieuw geprobeerd…</numerusform>
            <numerusform>%Ln mislukte records worden opnieuw geprobeerd…</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the retry…</source>
        <translation>Nieuwe poging voorbereiden…</translation>
    </message>
    <message>
        <source>Retry did not start: {reason}</source>
        <translation>Nieuwe poging is niet gestart: {reason}</translation>
    </message>
    <message>
        <source>Nothing to export yet: run a sync first.</source>
        <translation>Nog niets te exporteren: synchroniseer eerst.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to {path}.</source>
        <translation>
            <numerusform>%Ln record geëxporteerd naar {path}.</numerusform>
            <numerusform>%Ln records geëxporteerd naar {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Exporteren mislukt: {reason}</translation>
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
        <translation>Synchronisatie-instellingen</translation>
    </message>
    <message>
        <source>The saved settings cannot be used: {reason}</source>
        <translation>De opgeslagen instellingen zijn niet bruikbaar: {reason}</translation>
    </message>
    <message>
        <source>Delete the {sync} sync?

Kept: every record in HubSpot and in QuickBooks, untouched, and your other syncs.
Forgotten: which HubSpot {record} goes with which QuickBooks {other}, the settings of this sync and its record list here. Switching it on again matches records afresh.</source>
        <translation>Synchronisatie {sync} verwijderen?

Bewaard: alle records in HubSpot en in QuickBooks, onaangeroerd, en je andere synchronisaties.
Vergeten: welke HubSpot-{record} bij welke QuickBooks-{other} hoort, de instellingen van deze synchronisatie en de recordlijst hier. Als je haar weer inschakelt, worden records opnieuw gekoppeld.</translation>
    </message>
    <message>
        <source>Delete the {sync} sync</source>
        <translation>Synchronisatie {sync} verwijderen</translation>
    </message>
    <message>
        <source>Wait for the running sync to finish before deleting.</source>
        <translation>Wacht tot de lopende synchronisatie klaar is voordat je verwijdert.</translation>
    </message>
    <message numerus="yes">
        <source>The {sync} sync is deleted and off; %Ln link(s) forgotten.</source>
        <translation>
            <numerusform>Synchronisatie {sync} is verwijderd en uit; %Ln koppeling vergeten.</numerusform>
            <numerusform>Synchronisatie {sync} is verwijderd en uit; %Ln koppelingen vergeten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The {sync} sync was not deleted: {reason}</source>
        <translation>Synchronisatie {sync} is niet verwijderd: {reason}</translation>
    </message>
    <message>
        <source>Deleting the {sync} sync…</source>
        <translation>Synchronisatie {sync} verwijderen…</translation>
    </message>
    <message>
        <source>Every sync is switched off: there is nothing to try.</source>
        <translation>Elke synchronisatie staat uit: er is niets om te proberen.</translation>
    </message>
    <message>
        <source>A sync is running; try the preview when it has finished.</source>
        <translation>Er loopt een synchronisatie; probeer het voorbeeld als die klaar is.</translation>
    </message>
    <message>
        <source>The preview ended without a plan.</source>
        <translation>Het voorbeeld eindigde zonder plan.</translation>
    </message>
    <message>
        <source>Runs once both accounts are connected.</source>
        <translation>Wordt uitgevoerd zodra beide accounts gekoppeld zijn.</translation>
    </message>
    <message>
        <source>Checking QuickBooks settings…</source>
        <translation>QuickBooks-instellingen controleren…</translation>
    </message>
    <message>
        <source>The check could not run: {reason}</source>
        <translation>De controle kon niet worden uitgevoerd: {reason}</translation>
    </message>
    <message>
        <source>Nothing to check here.</source>
        <translation>Hier valt niets te controleren.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Both ways</source>
        <translation>In twee richtingen</translation>
    </message>
    <message>
        <source>HubSpot → QuickBooks only</source>
        <translation>Alleen HubSpot → QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks → HubSpot only</source>
        <translation>Alleen QuickBooks → HubSpot</translation>
    </message>
    <message>
        <source>Use HubSpot data</source>
        <translation>Gebruik HubSpot-gegevens</translation>
    </message>
    <message>
        <source>Use QuickBooks data</source>
        <translation>Gebruik QuickBooks-gegevens</translation>
    </message>
    <message>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>is niet</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>bevat</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>bevat niet</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>is niet leeg</translation>
    </message>
    <message>
        <source>every </source>
        <translation>elke </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never (manual only)</source>
        <translation>nooit (alleen handmatig)</translation>
    </message>
    <message>
        <source>0: no automatic syncs; press Sync now when you want one</source>
        <translation>0: geen automatische synchronisatie; klik op Nu synchroniseren als je er een wilt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Voorbeeld…</translation>
    </message>
    <message>
        <source>Show what a sync with these settings would do, without saving or writing anything</source>
        <translation>Tonen wat een synchronisatie met deze instellingen zou doen, zonder iets op te slaan of weg te schrijven</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Automatisch synchroniseren</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red, then save again.</source>
        <translation>Corrigeer de rood gemarkeerde velden en sla opnieuw op.</translation>
    </message>
</context>
<context>
    <name>SinceDialog</name>
    <message>
        <source>Send older invoices</source>
        <translation>Oudere facturen verzenden</translation>
    </message>
    <message>
        <source>Invoices made in HubSpot before invoice sync was switched on are not sent by themselves. Choose from which day older invoices should go to QuickBooks; you see what would be sent before anything is sent.</source>
        <translation>Facturen die in HubSpot zijn gemaakt voordat factuursynchronisatie werd ingeschakeld, worden niet vanzelf verzonden. Kies vanaf welke dag oudere facturen naar QuickBooks moeten gaan; u ziet wat er verzonden zou worden voordat er iets wordt verzonden.</translation>
    </message>
    <message>
        <source>Created on or after:</source>
        <translation>Gemaakt op of na:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Voorbeeld…</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>All objects</source>
        <translation>Alle objecten</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle foutcategorieën</translation>
    </message>
    <message>
        <source>Search name, {keys}, ID or reason  (Ctrl+F)</source>
        <translation>Zoek naam, {keys}, ID of reden  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>Selectie opnieuw proberen</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>Alle mislukte opnieuw proberen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Select a record to see its IDs, history and any fix.</source>
        <translation>Selecteer een record om de ID&apos;s, de geschiedenis en een eventuele oplossing te zien.</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische details tonen</translation>
    </message>
    <message>
        <source>&lt;b&gt;By object&lt;/b&gt; — click a count to list those records</source>
        <translation>&lt;b&gt;Per object&lt;/b&gt; – klik op een aantal om die records te tonen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Problem code</source>
        <translation>Probleemcode</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Wat er misging</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Synchronisatieactiviteit</translation>
    </message>
    <message>
        <source>No sync activity recorded yet.</source>
        <translation>Nog geen synchronisatieactiviteit vastgelegd.</translation>
    </message>
</context>
<context>
    <name>SyncMixin</name>
    <message>
        <source>Not available while a sync is under way; it comes back when it ends.</source>
        <translation>Niet beschikbaar zolang er een synchronisatie loopt; daarna weer beschikbaar.</translation>
    </message>
    <message>
        <source>Sync is not available: {error}</source>
        <translation>Synchroniseren is niet beschikbaar: {error}</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Voorbeeld maken…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>Preview… (nothing is written)</source>
        <translation>Voorbeeld… (er wordt niets weggeschreven)</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>{object}: {done} of {total}</source>
        <translation>{object}: {done} van {total}</translation>
    </message>
    <message>
        <source>{object}: {done}</source>
        <translation>{object}: {done}</translation>
    </message>
    <message>
        <source>{object}: reading…</source>
        <translation>{object}: lezen…</translation>
    </message>
    <message>
        <source>The preview stopped: {error}</source>
        <translation>Het voorbeeld is gestopt: {error}</translation>
    </message>
    <message>
        <source>Sync stopped: {error}</source>
        <translation>Synchronisatie gestopt: {error}</translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing is lost; the next run continues.</source>
        <translation>Synchronisatie geannuleerd. Er gaat niets verloren; de volgende run gaat verder.</translation>
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
    <name>Trouble</name>
    <message>
        <source>HubSpot or QuickBooks</source>
        <translation>HubSpot of QuickBooks</translation>
    </message>
    <message>
        <source>Reconnect {service}</source>
        <translation>{service} opnieuw koppelen</translation>
    </message>
    <message>
        <source>Can&apos;t reach {service}</source>
        <translation>{service} niet bereikbaar</translation>
    </message>
    <message>
        <source>The {service} sign-in has expired or was revoked — press Reconnect; nothing queued is lost.</source>
        <translation>De aanmelding bij {service} is verlopen of ingetrokken – klik op Opnieuw koppelen; er gaat niets verloren dat klaarstaat.</translation>
    </message>
    <message>
        <source>Can&apos;t reach {service} — check the internet connection; qbsync will try again at {time}.</source>
        <translation>{service} niet bereikbaar – controleer de internetverbinding; qbsync probeert het om {time} opnieuw.</translation>
    </message>
    <message>
        <source>Can&apos;t reach {service} — check the internet connection; press Sync now to try again.</source>
        <translation>{service} niet bereikbaar – controleer de internetverbinding; klik op Nu synchroniseren om het opnieuw te proberen.</translation>
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
