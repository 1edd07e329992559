<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AttentionMixin</name>
    <message>
        <source>Reconnect {services}: the sign-in expired or was revoked.</source>
        <translation>Vuelve a conectar {services}: el inicio de sesión caducó o se revocó.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) failed to sync — Review</source>
        <translation>
            <numerusform>%Ln registro no se pudo sincronizar – Revisar</numerusform>
            <numerusform>%Ln registros no se pudieron sincronizar – Revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed record(s)</source>
        <translation>
            <numerusform>%Ln registro con error</numerusform>
            <numerusform>%Ln registros con error</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnect {services}</source>
        <translation>Volver a conectar {services}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) failed to sync</source>
        <translation>
            <numerusform>%Ln registro no se pudo sincronizar</numerusform>
            <numerusform>%Ln registros no se pudieron sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>{need} ({profile})</source>
        <translation>{need} ({profile})</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>Última sincronización: {time}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source> · last try cancelled</source>
        <translation> · último intento cancelado</translation>
    </message>
    <message>
        <source> · last try stopped</source>
        <translation> · último intento detenido</translation>
    </message>
</context>
<context>
    <name>BackgroundMixin</name>
    <message>
        <source>Automatic sync off: press Sync now to sync</source>
        <translation>Sincronización automática desactivada: pulsa Sincronizar ahora</translation>
    </message>
    <message>
        <source>Automatic sync starts once both accounts are connected</source>
        <translation>La sincronización automática empieza cuando ambas cuentas estén conectadas</translation>
    </message>
    <message>
        <source>Automatic sync starts after the first sync</source>
        <translation>La sincronización automática empieza después de la primera sincronización</translation>
    </message>
    <message>
        <source>Automatic sync off</source>
        <translation>Sincronización automática desactivada</translation>
    </message>
    <message>
        <source>Next sync: {time}</source>
        <translation>Próxima sincronización: {time}</translation>
    </message>
    <message>
        <source>Automatic sync waits for both connections</source>
        <translation>La sincronización automática espera a ambas conexiones</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) failed to sync</source>
        <translation>
            <numerusform>%Ln registro no se pudo sincronizar</numerusform>
            <numerusform>%Ln registros no se pudieron sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>{profile}: click to see what went wrong and how to fix it.</source>
        <translation>{profile}: haz clic para ver qué falló y cómo solucionarlo.</translation>
    </message>
    <message>
        <source>{profile}: {trouble}</source>
        <translation>{profile}: {trouble}</translation>
    </message>
    <message>
        <source>qbsync keeps syncing</source>
        <translation>qbsync sigue sincronizando</translation>
    </message>
    <message>
        <source>qbsync keeps syncing in the background and lives in the tray. Use Quit in the tray menu to stop it.</source>
        <translation>qbsync sigue sincronizando en segundo plano y queda en la bandeja del sistema. Usa Salir en el menú del icono para detenerlo.</translation>
    </message>
    <message>
        <source>Quit qbsync?</source>
        <translation>¿Salir de qbsync?</translation>
    </message>
    <message>
        <source>There is no system tray here, so closing the window stops automatic syncs. Quit?</source>
        <translation>Aquí no hay bandeja del sistema: al cerrar la ventana se detiene la sincronización automática. ¿Salir?</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <source>HubSpot portal {id}</source>
        <translation>Portal de HubSpot {id}</translation>
    </message>
    <message>
        <source>HubSpot account</source>
        <translation>Cuenta de HubSpot</translation>
    </message>
    <message>
        <source>{account} ({name})</source>
        <translation>{account} ({name})</translation>
    </message>
    <message>
        <source>QuickBooks company</source>
        <translation>Empresa de QuickBooks</translation>
    </message>
    <message>
        <source>{company} (company id {id})</source>
        <translation>{company} (ID de empresa {id})</translation>
    </message>
    <message>
        <source>Portal id</source>
        <translation>ID del portal</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>Company id</source>
        <translation>ID de empresa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Sandbox local</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked. Press Reconnect; nothing is lost.</source>
        <translation>El inicio de sesión caducó o se revocó. Pulsa Volver a conectar; no se pierde nada.</translation>
    </message>
    <message>
        <source>Sign-in renews itself while qbsync runs.</source>
        <translation>El inicio de sesión se renueva solo mientras qbsync está en marcha.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in runs out in %n day(s). Press Reconnect before then to keep syncing.</source>
        <translation>
            <numerusform>El inicio de sesión caduca en %n día. Pulsa Volver a conectar antes para seguir sincronizando.</numerusform>
            <numerusform>El inicio de sesión caduca en %n días. Pulsa Volver a conectar antes para seguir sincronizando.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign-in valid for %n more day(s) (renews on each sync).</source>
        <translation>
            <numerusform>Inicio de sesión válido %n día más (se renueva en cada sincronización).</numerusform>
            <numerusform>Inicio de sesión válido %n días más (se renueva en cada sincronización).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionsMixin</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Volver a conectar</translation>
    </message>
    <message>
        <source>{service} connected.</source>
        <translation>{service} conectado.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Se canceló la conexión.</translation>
    </message>
    <message>
        <source>Can&apos;t reach {service} — check the internet connection and press Connect again.</source>
        <translation>No se puede acceder a {service}: comprueba la conexión a internet y vuelve a pulsar Conectar.</translation>
    </message>
    <message>
        <source>Disconnect {service}? qbsync signs out and forgets the access. Your records and sync history stay; connect again to continue.</source>
        <translation>¿Desconectar {service}? qbsync cierra la sesión y olvida el acceso. Tus registros y el historial de sincronización se conservan; vuelve a conectar para continuar.</translation>
    </message>
    <message>
        <source>Disconnect {service}</source>
        <translation>Desconectar {service}</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>&lt;b&gt;Connect both accounts to start.&lt;/b&gt; qbsync opens your browser; sign in there and allow access.</source>
        <translation>&lt;b&gt;Conecta ambas cuentas para empezar.&lt;/b&gt; qbsync abre tu navegador; inicia sesión allí y permite el acceso.</translation>
    </message>
    <message>
        <source>QuickBooks settings check</source>
        <translation>Comprobación de la configuración de QuickBooks</translation>
    </message>
    <message>
        <source>Runs once both accounts are connected.</source>
        <translation>Se ejecuta cuando ambas cuentas estén conectadas.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>⚠ Warning</source>
        <translation>⚠ Advertencia</translation>
    </message>
    <message>
        <source>ℹ Note</source>
        <translation>ℹ Nota</translation>
    </message>
    <message>
        <source>No QuickBooks setting is known to get in the way of what you sync.</source>
        <translation>No se conoce ninguna configuración de QuickBooks que impida lo que sincronizas.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) ({warnings} to fix before syncing); each says how to fix it.</source>
        <translation>
            <numerusform>%n resultado ({warnings} por resolver antes de sincronizar); cada uno dice cómo.</numerusform>
            <numerusform>%n resultados ({warnings} por resolver antes de sincronizar); cada uno dice cómo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Algo salió mal; el registro de la aplicación tiene los detalles.</translation>
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
            <numerusform>%Ln más por otros motivos (ver la lista completa)</numerusform>
            <numerusform>%Ln más por otros motivos (ver la lista completa)</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>would fail: {why}</source>
        <translation>fallaría: {why}</translation>
    </message>
    <message>
        <source>left out: {why}</source>
        <translation>excluido: {why}</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Emparejados</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <source>New in
HubSpot</source>
        <translation>Nuevos en
HubSpot</translation>
    </message>
    <message>
        <source>Updated in
HubSpot</source>
        <translation>Actualizados
en HubSpot</translation>
    </message>
    <message>
        <source>New in
QuickBooks</source>
        <translation>Nuevos en
QuickBooks</translation>
    </message>
    <message>
        <source>Updated in
QuickBooks</source>
        <translation>Actualizados
en QuickBooks</translation>
    </message>
    <message>
        <source>Would
fail</source>
        <translation>Fallarían</translation>
    </message>
    <message>
        <source>Why left out
or failing</source>
        <translation>Por qué se excluyen
o fallan</translation>
    </message>
    <message>
        <source>{count} in {side}</source>
        <translation>{count} en {side}</translation>
    </message>
    <message>
        <source>{count} ({where})</source>
        <translation>{count} ({where})</translation>
    </message>
    <message>
        <source>First sync: what it will do</source>
        <translation>Primera sincronización: lo que hará</translation>
    </message>
    <message>
        <source>Show the full list…</source>
        <translation>Ver la lista completa…</translation>
    </message>
    <message>
        <source>Preview again</source>
        <translation>Vista previa de nuevo</translation>
    </message>
    <message>
        <source>After changing the sync settings: preview with the new ones</source>
        <translation>Tras cambiar la configuración de sincronización: vista previa con la nueva</translation>
    </message>
    <message>
        <source>Start syncing</source>
        <translation>Empezar a sincronizar</translation>
    </message>
    <message>
        <source>Previewing what the first sync would do… Nothing is written.</source>
        <translation>Vista previa de la primera sincronización… No se escribe nada.</translation>
    </message>
    <message>
        <source>The preview could not run: {why}</source>
        <translation>No se pudo generar la vista previa: {why}</translation>
    </message>
    <message>
        <source>Nothing has been written yet. This is what the first sync will do with the current sync settings. Read the QuickBooks settings check above, change the Sync settings if needed (then Preview again), and start when it looks right. After that qbsync keeps syncing on its schedule.</source>
        <translation>Todavía no se ha escrito nada. Esto es lo que hará la primera sincronización con la configuración actual. Lee arriba la comprobación de la configuración de QuickBooks, cambia la configuración de sincronización si hace falta (y luego Vista previa de nuevo) y empieza cuando esté bien. Después qbsync sigue sincronizando según su programación.</translation>
    </message>
    <message>
        <source>There is nothing to sync with the current settings.</source>
        <translation>No hay nada que sincronizar con la configuración actual.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>qbsync uses the new language the next time it starts.</source>
        <translation>qbsync usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation>Idioma de la ventana:</translation>
    </message>
</context>
<context>
    <name>ProfilesMixin</name>
    <message>
        <source>Wait for the running sync to finish before switching client.</source>
        <translation>Espera a que termine la sincronización en curso antes de cambiar de cliente.</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Añadir perfil</translation>
    </message>
    <message>
        <source>Name of the client business:</source>
        <translation>Nombre de la empresa cliente:</translation>
    </message>
    <message>
        <source>A profile named “{name}” already exists.</source>
        <translation>Ya existe un perfil llamado «{name}».</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Cambiar nombre del perfil</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Wait for the running sync to finish before renaming.</source>
        <translation>Espera a que termine la sincronización en curso antes de cambiar el nombre.</translation>
    </message>
    <message>
        <source>The profile was not renamed: {why}</source>
        <translation>No se cambió el nombre del perfil: {why}</translation>
    </message>
    <message>
        <source>The last profile cannot be removed.</source>
        <translation>No se puede eliminar el último perfil.</translation>
    </message>
    <message>
        <source>Remove the profile “{name}”? Its settings are forgotten. The records in HubSpot and QuickBooks are not touched.</source>
        <translation>¿Eliminar el perfil «{name}»? Se olvida su configuración. Los registros de HubSpot y QuickBooks no se tocan.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Eliminar perfil</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Connect HubSpot</source>
        <translation>Conectar HubSpot</translation>
    </message>
    <message>
        <source>Connect QuickBooks</source>
        <translation>Conectar QuickBooks</translation>
    </message>
    <message>
        <source>Waiting for you to allow access in your browser…</source>
        <translation>Esperando a que permitas el acceso en tu navegador…</translation>
    </message>
    <message>
        <source>Connected: {account}</source>
        <translation>Conectado: {account}</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Volver a conectar</translation>
    </message>
    <message>
        <source>Missing permissions</source>
        <translation>Permisos que faltan</translation>
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
        <translation>qbsync – contabilidad al día</translation>
    </message>
    <message>
        <source>qbsync — syncing…</source>
        <translation>qbsync – sincronizando…</translation>
    </message>
    <message>
        <source>qbsync — needs your attention</source>
        <translation>qbsync – necesita tu atención</translation>
    </message>
    <message>
        <source>Open qbsync</source>
        <translation>Abrir qbsync</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Snooze notifications for 1 hour</source>
        <translation>Silenciar notificaciones durante 1 hora</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation>Idioma…</translation>
    </message>
    <message>
        <source>Quit qbsync</source>
        <translation>Salir de qbsync</translation>
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
        <translation>hoy {time}</translation>
    </message>
</context>
</TS>
