<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Activity</name>
    <message>
        <source>Created in QuickBooks</source>
        <translation>Creado en QuickBooks</translation>
    </message>
    <message>
        <source>Created in HubSpot</source>
        <translation>Creado en HubSpot</translation>
    </message>
    <message>
        <source>Updated in QuickBooks</source>
        <translation>Actualizado en QuickBooks</translation>
    </message>
    <message>
        <source>Updated in HubSpot</source>
        <translation>Actualizado en HubSpot</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Emparejado</translation>
    </message>
    <message>
        <source>Voided in QuickBooks</source>
        <translation>Anulada en QuickBooks</translation>
    </message>
    <message>
        <source>Voided in HubSpot</source>
        <translation>Anulada en HubSpot</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <source>Failed on the way to QuickBooks</source>
        <translation>Falló al enviar a QuickBooks</translation>
    </message>
    <message>
        <source>Failed on the way to HubSpot</source>
        <translation>Falló al enviar a HubSpot</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Otro cambio</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Detenida por un error</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Running or interrupted</source>
        <translation>En curso o interrumpida</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>HubSpot id</source>
        <translation>ID de HubSpot</translation>
    </message>
    <message>
        <source>QuickBooks id</source>
        <translation>ID de QuickBooks</translation>
    </message>
    <message numerus="yes">
        <source>%n new in QuickBooks</source>
        <translation>
            <numerusform>%n nuevo en QuickBooks</numerusform>
            <numerusform>%n nuevos en QuickBooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new in HubSpot</source>
        <translation>
            <numerusform>%n nuevo en HubSpot</numerusform>
            <numerusform>%n nuevos en HubSpot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated in QuickBooks</source>
        <translation>
            <numerusform>%n actualizado en QuickBooks</numerusform>
            <numerusform>%n actualizados en QuickBooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated in HubSpot</source>
        <translation>
            <numerusform>%n actualizado en HubSpot</numerusform>
            <numerusform>%n actualizados en HubSpot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched, no change</source>
        <translation>
            <numerusform>%n emparejado, sin cambios</numerusform>
            <numerusform>%n emparejados, sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing moved</source>
        <translation>nada transferido</translation>
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
        <translation>Aún no hay nada que exportar: sincroniza primero.</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <source>activity of sync {run}</source>
        <translation>actividad de la sincronización {run}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>Rows exported to {path}: %n</source>
        <translation>
            <numerusform>Filas exportadas a {path}: %n</numerusform>
            <numerusform>Filas exportadas a {path}: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: {why}</source>
        <translation>Error al exportar: {why}</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Matched,
no change</source>
        <translation>Emparejados,
sin cambios</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Qué se transfirió</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nada cambió</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Each sync, newest first. Select one to see the records it changed.</source>
        <translation>Cada sincronización, la más reciente primero. Selecciona una para ver los registros que cambió.</translation>
    </message>
    <message>
        <source>Export this sync…</source>
        <translation>Exportar esta sincronización…</translation>
    </message>
    <message>
        <source>Export all activity…</source>
        <translation>Exportar toda la actividad…</translation>
    </message>
    <message>
        <source>No syncs yet.</source>
        <translation>Aún no hay sincronizaciones.</translation>
    </message>
    <message>
        <source>Select a sync to see its records.</source>
        <translation>Selecciona una sincronización para ver sus registros.</translation>
    </message>
    <message numerus="yes">
        <source>Records changed or failed in this sync: %n</source>
        <translation>
            <numerusform>Registros cambiados o con error en esta sincronización: %n</numerusform>
            <numerusform>Registros cambiados o con error en esta sincronización: %n</numerusform>
        </translation>
    </message>
</context>
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
    <name>Backfill</name>
    <message numerus="yes">
        <source>Created on or after {day}: %n invoice(s) would be sent to QuickBooks. Nothing has been sent yet.</source>
        <translation>
            <numerusform>Creadas el {day} o después: se enviaría %n factura a QuickBooks. Todavía no se ha enviado nada.</numerusform>
            <numerusform>Creadas el {day} o después: se enviarían %n facturas a QuickBooks. Todavía no se ha enviado nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Would be sent:</source>
        <translation>Se enviaría:</translation>
    </message>
    <message>
        <source>Left out, and why:</source>
        <translation>Excluidas, y por qué:</translation>
    </message>
    <message numerus="yes">
        <source>Sent to QuickBooks: %n invoice(s).</source>
        <translation>
            <numerusform>Enviada a QuickBooks: %n factura.</numerusform>
            <numerusform>Enviadas a QuickBooks: %n facturas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n invoice(s); see why below.</source>
        <translation>
            <numerusform>Con error: %n factura; vea el motivo abajo.</numerusform>
            <numerusform>Con error: %n facturas; vea los motivos abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Enviadas:</translation>
    </message>
    <message>
        <source>Not sent, and why:</source>
        <translation>No enviadas, y por qué:</translation>
    </message>
    <message>
        <source>Looking for older invoices… (nothing is sent)</source>
        <translation>Buscando facturas anteriores… (no se envía nada)</translation>
    </message>
    <message>
        <source>A sync is running; try again when it has finished.</source>
        <translation>Hay una sincronización en curso; vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>Sending older invoices to QuickBooks…</source>
        <translation>Enviando facturas anteriores a QuickBooks…</translation>
    </message>
    <message>
        <source>Nothing was sent: {reason}</source>
        <translation>No se envió nada: {reason}</translation>
    </message>
</context>
<context>
    <name>BackfillDialog</name>
    <message>
        <source>Send older invoices</source>
        <translation>Enviar facturas anteriores</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
    <name>Cli</name>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>{problem} To do that, run: {command}</source>
        <translation>{problem} Para ello, ejecuta: {command}</translation>
    </message>
    <message>
        <source>Profile {profile} has no database yet; the next sync starts one.</source>
        <translation>El perfil {profile} aún no tiene base de datos; la próxima sincronización crea una.</translation>
    </message>
    <message>
        <source>The database of profile {profile} is sound; nothing was changed.</source>
        <translation>La base de datos del perfil {profile} está bien; no se cambió nada.</translation>
    </message>
    <message>
        <source>The old database is kept as {path}. The next sync starts a fresh one.</source>
        <translation>La base de datos antigua se conserva como {path}. La próxima sincronización empieza una nueva.</translation>
    </message>
    <message>
        <source>There is no profile named {name} (profiles: {known}). Create it with: {command}</source>
        <translation>No hay ningún perfil llamado {name} (perfiles: {known}). Créalo con: {command}</translation>
    </message>
    <message>
        <source>There is no profile named {name}. Create it with: {command}</source>
        <translation>No hay ningún perfil llamado {name}. Créalo con: {command}</translation>
    </message>
    <message>
        <source>Connecting {service} the first time needs the app&apos;s client id: add --client-id ID.</source>
        <translation>La primera conexión con {service} necesita el ID de cliente de la aplicación: añade --client-id ID.</translation>
    </message>
    <message>
        <source>the sign-in would be lost when this command ends</source>
        <translation>el inicio de sesión se perdería al terminar este comando</translation>
    </message>
    <message>
        <source>Open this address in your browser to connect:</source>
        <translation>Abre esta dirección en tu navegador para conectar:</translation>
    </message>
    <message>
        <source>Connected {service} for profile {profile}: {account} ({id}).</source>
        <translation>{service} conectado para el perfil {profile}: {account} ({id}).</translation>
    </message>
    <message>
        <source>Missing permissions: {scopes}</source>
        <translation>Permisos que faltan: {scopes}</translation>
    </message>
    <message>
        <source>No secure password store (keyring) is available, so {consequence}. Start your desktop&apos;s keyring (GNOME Keyring, KWallet) or use the qbsync window, then try again.</source>
        <translation>No hay un almacén seguro de contraseñas (llavero) disponible, así que {consequence}. Inicia el llavero de tu escritorio (GNOME Keyring, KWallet) o usa la ventana de qbsync y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{service} app client secret (not shown): </source>
        <translation>Secreto de cliente de la aplicación de {service} (no se muestra): </translation>
    </message>
    <message>
        <source>Connecting {service} needs the app&apos;s client secret: set {variable} or run the command in a terminal to be asked for it.</source>
        <translation>Conectar {service} necesita el secreto de cliente de la aplicación: define {variable} o ejecuta el comando en un terminal para que se te pida.</translation>
    </message>
    <message>
        <source>qbsync cannot read the sign-ins</source>
        <translation>qbsync no puede leer los inicios de sesión</translation>
    </message>
    <message>
        <source>{service} is not connected for profile {profile}. Run: {command}</source>
        <translation>{service} no está conectado para el perfil {profile}. Ejecuta: {command}</translation>
    </message>
    <message>
        <source>The {service} sign-in for profile {profile} has expired or was revoked. Run: {command} (nothing queued is lost).</source>
        <translation>El inicio de sesión en {service} del perfil {profile} caducó o se revocó. Ejecuta: {command} (no se pierde nada pendiente).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) failed; see why with: {command}</source>
        <translation>
            <numerusform>%Ln registro con error; consulta el motivo con: {command}</numerusform>
            <numerusform>%Ln registros con error; consulta el motivo con: {command}</numerusform>
        </translation>
    </message>
    <message>
        <source>Before syncing: {title}. {explanation} {fix}</source>
        <translation>Antes de sincronizar: {title}. {explanation} {fix}</translation>
    </message>
    <message>
        <source>Dry run (nothing written)</source>
        <translation>Prueba (no se escribió nada)</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Sincronización terminada</translation>
    </message>
    <message>
        <source>{label}: created in HubSpot {created_hubspot}, created in QuickBooks {created_quickbooks}, updated in HubSpot {updated_hubspot}, updated in QuickBooks {updated_quickbooks}, matched {matched}, excluded {excluded}, failed {failed}</source>
        <translation>{label}: creados en HubSpot {created_hubspot}, creados en QuickBooks {created_quickbooks}, actualizados en HubSpot {updated_hubspot}, actualizados en QuickBooks {updated_quickbooks}, emparejados {matched}, excluidos {excluded}, con error {failed}</translation>
    </message>
    <message>
        <source>{text}, finished from an interrupted run {recovered}</source>
        <translation>{text}, terminados de una ejecución interrumpida {recovered}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln synced</source>
        <translation>
            <numerusform>%Ln sincronizado</numerusform>
            <numerusform>%Ln sincronizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln con error</numerusform>
            <numerusform>%Ln con error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln excluded</source>
        <translation>
            <numerusform>%Ln excluido</numerusform>
            <numerusform>%Ln excluidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile {profile}: {counts}</source>
        <translation>Perfil {profile}: {counts}</translation>
    </message>
    <message>
        <source>no records yet</source>
        <translation>aún no hay registros</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>con error</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluido</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Solución: {fix}</translation>
    </message>
</context>
<context>
    <name>CliActivity</name>
    <message numerus="yes">
        <source>Records written to {path}: %Ln</source>
        <translation>
            <numerusform>Registros escritos en {path}: %Ln</numerusform>
            <numerusform>Registros escritos en {path}: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile {profile}: no syncs yet.</source>
        <translation>Perfil {profile}: aún no hay sincronizaciones.</translation>
    </message>
    <message>
        <source>Sync {run} at {when}: {status}; new {created}, updated {updated}, matched {matched}, left out {excluded}, failed {failed}</source>
        <translation>Sincronización {run} el {when}: {status}; nuevos {created}, actualizados {updated}, emparejados {matched}, excluidos {excluded}, con error {failed}</translation>
    </message>
    <message>
        <source>Sync {run} changed no record.</source>
        <translation>La sincronización {run} no cambió ningún registro.</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Solución: {fix}</translation>
    </message>
</context>
<context>
    <name>CliBackfill</name>
    <message>
        <source>send {name}</source>
        <translation>enviar {name}</translation>
    </message>
    <message>
        <source>update {name}</source>
        <translation>actualizar {name}</translation>
    </message>
    <message>
        <source>leave out {name}: {reason}</source>
        <translation>excluir {name}: {reason}</translation>
    </message>
    <message>
        <source>Preview (nothing sent): {sent} to send, {failed} failing</source>
        <translation>Vista previa (no se envió nada): {sent} por enviar, {failed} con error</translation>
    </message>
    <message>
        <source>Backfill finished: {sent} sent, {failed} failed</source>
        <translation>Envío retroactivo terminado: {sent} enviados, {failed} con error</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>The {service} sign-in has expired or was revoked. Run: {command} (nothing queued is lost).</source>
        <translation>El inicio de sesión en {service} caducó o se revocó. Ejecuta: {command} (no se pierde nada pendiente).</translation>
    </message>
    <message>
        <source>{service} is not connected for this profile. Run: {command}</source>
        <translation>{service} no está conectado para este perfil. Ejecuta: {command}</translation>
    </message>
    <message>
        <source>A sync of this profile is already running (in the window or another qbsync). Wait for it to finish, then try again.</source>
        <translation>Ya hay una sincronización de este perfil en curso (en la ventana u otro qbsync). Espera a que termine y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The profile&apos;s database is damaged. Restore it from a backup, or remove the profile&apos;s data folder and sync again to rebuild it.</source>
        <translation>La base de datos del perfil está dañada. Restáurala desde una copia de seguridad, o quita la carpeta de datos del perfil y vuelve a sincronizar para reconstruirla.</translation>
    </message>
    <message>
        <source>qbsync could not write its database: the data folder is read-only or missing. Make it writable (or free up space) and try again.</source>
        <translation>qbsync no pudo escribir su base de datos: la carpeta de datos es de solo lectura o no existe. Hazla escribible (o libera espacio) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>qbsync stopped on an unexpected problem; the details are in the log ({log}). Try again, and report it if it happens again.</source>
        <translation>qbsync se detuvo por un problema inesperado; los detalles están en el registro ({log}). Vuelve a intentarlo e infórmanos si vuelve a ocurrir.</translation>
    </message>
    <message>
        <source>connect it again</source>
        <translation>vuelve a conectarlo</translation>
    </message>
    <message>
        <source>connect it</source>
        <translation>conéctalo</translation>
    </message>
    <message>
        <source>qbsync.log in the log folder</source>
        <translation>qbsync.log en la carpeta de registros</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>el sistema de archivos es de solo lectura</translation>
    </message>
    <message>
        <source>permission was refused</source>
        <translation>se denegó el permiso</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>no se pudo escribir el archivo</translation>
    </message>
    <message>
        <source>qbsync could not write its files ({path}): {why}. Fix that and try again.</source>
        <translation>qbsync no pudo escribir sus archivos ({path}): {why}. Soluciónalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>qbsync could not write its files: {why}. Fix that and try again.</source>
        <translation>qbsync no pudo escribir sus archivos: {why}. Soluciónalo y vuelve a intentarlo.</translation>
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
    <name>FieldCatalogue</name>
    <message>
        <source>Row {row}: HubSpot has no property “{name}” for this sync.</source>
        <translation>Fila {row}: HubSpot no tiene la propiedad «{name}» para esta sincronización.</translation>
    </message>
    <message>
        <source>Row {row}: QuickBooks has no field “{name}” this sync can write.</source>
        <translation>Fila {row}: QuickBooks no tiene ningún campo «{name}» que esta sincronización pueda escribir.</translation>
    </message>
    <message>
        <source>Row {row}: HubSpot does not let other apps change “{name}”; sync it to QuickBooks only.</source>
        <translation>Fila {row}: HubSpot no permite que otras aplicaciones cambien «{name}»; sincronízalo solo hacia QuickBooks.</translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>dirección web</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>fecha y hora</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>opción</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>sí/no</translation>
    </message>
    <message>
        <source>Pick a field or type its name</source>
        <translation>Elige un campo o escribe su nombre</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>billing street</source>
        <translation>calle de facturación</translation>
    </message>
    <message>
        <source>billing street line 2</source>
        <translation>calle de facturación, línea 2</translation>
    </message>
    <message>
        <source>billing city</source>
        <translation>ciudad de facturación</translation>
    </message>
    <message>
        <source>billing state</source>
        <translation>estado de facturación</translation>
    </message>
    <message>
        <source>billing postal code</source>
        <translation>código postal de facturación</translation>
    </message>
    <message>
        <source>billing country</source>
        <translation>país de facturación</translation>
    </message>
    <message>
        <source>shipping street</source>
        <translation>calle de envío</translation>
    </message>
    <message>
        <source>shipping street line 2</source>
        <translation>calle de envío, línea 2</translation>
    </message>
    <message>
        <source>shipping city</source>
        <translation>ciudad de envío</translation>
    </message>
    <message>
        <source>shipping state</source>
        <translation>estado de envío</translation>
    </message>
    <message>
        <source>shipping postal code</source>
        <translation>código postal de envío</translation>
    </message>
    <message>
        <source>shipping country</source>
        <translation>país de envío</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nombre para mostrar</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tratamiento</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>segundo nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>suffix</source>
        <translation>sufijo</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>nombre de la empresa</translation>
    </message>
    <message>
        <source>name printed on cheques</source>
        <translation>nombre impreso en cheques</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>resale number</source>
        <translation>número de reventa</translation>
    </message>
    <message>
        <source>taxable</source>
        <translation>sujeto a impuestos</translation>
    </message>
    <message>
        <source>account number</source>
        <translation>número de cuenta</translation>
    </message>
    <message>
        <source>tax id</source>
        <translation>número de identificación fiscal</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>purchase description</source>
        <translation>descripción de compra</translation>
    </message>
    <message>
        <source>sales price</source>
        <translation>precio de venta</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coste</translation>
    </message>
    <message>
        <source>quantity on hand</source>
        <translation>cantidad disponible</translation>
    </message>
    <message>
        <source>inventory start date</source>
        <translation>fecha de inicio del inventario</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>número de factura</translation>
    </message>
    <message>
        <source>invoice date</source>
        <translation>fecha de factura</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha de vencimiento</translation>
    </message>
    <message>
        <source>ship date</source>
        <translation>fecha de envío</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>número de seguimiento</translation>
    </message>
    <message>
        <source>private note</source>
        <translation>nota interna</translation>
    </message>
    <message>
        <source>message on invoice</source>
        <translation>mensaje en la factura</translation>
    </message>
    <message>
        <source>billing email</source>
        <translation>correo electrónico de facturación</translation>
    </message>
    <message>
        <source>custom field {slot}</source>
        <translation>campo personalizado {slot}</translation>
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
        <translation>dirección de facturación</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>income account</source>
        <translation>cuenta de ingresos</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>line items</source>
        <translation>elementos de pedido</translation>
    </message>
    <message>
        <source>product or service</source>
        <translation>producto o servicio</translation>
    </message>
    <message>
        <source>service date</source>
        <translation>fecha de servicio</translation>
    </message>
    <message>
        <source>tax code</source>
        <translation>código de impuesto</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>state/region</source>
        <translation>estado/región</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>country/region</source>
        <translation>país/región</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>precio unitario</translation>
    </message>
    <message>
        <source>product type</source>
        <translation>tipo de producto</translation>
    </message>
    <message>
        <source>invoice status</source>
        <translation>estado de la factura</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>amount billed</source>
        <translation>importe facturado</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>un campo</translation>
    </message>
</context>
<context>
    <name>FirstRunMixin</name>
    <message>
        <source>the sync could not start.</source>
        <translation>la sincronización no pudo iniciarse.</translation>
    </message>
    <message>
        <source>it ended without a plan.</source>
        <translation>terminó sin un plan.</translation>
    </message>
    <message>
        <source>First sync started. After it, qbsync keeps syncing on its schedule.</source>
        <translation>La primera sincronización ha comenzado. Después, qbsync sigue sincronizando según su programación.</translation>
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
        <source>Matched,
no change</source>
        <translation>Emparejados,
sin cambios</translation>
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
        <source>{what}: {count}</source>
        <translation>{what}: {count}</translation>
    </message>
    <message>
        <source>Preview ({time}), nothing written. {counts}.</source>
        <translation>Vista previa ({time}), no se escribió nada. {counts}.</translation>
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
    <name>History</name>
    <message numerus="yes">
        <source>Updated %n field(s) in HubSpot: {fields}</source>
        <translation>
            <numerusform>%n campo actualizado en HubSpot: {fields}</numerusform>
            <numerusform>%n campos actualizados en HubSpot: {fields}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n field(s) in QuickBooks: {fields}</source>
        <translation>
            <numerusform>%n campo actualizado en QuickBooks: {fields}</numerusform>
            <numerusform>%n campos actualizados en QuickBooks: {fields}</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: {reason}</source>
        <translation>Excluido: {reason}</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Error: {reason}</translation>
    </message>
    <message>
        <source>Created {record} in QuickBooks</source>
        <translation>{record} creado en QuickBooks</translation>
    </message>
    <message>
        <source>Created {record} in HubSpot</source>
        <translation>{record} creado en HubSpot</translation>
    </message>
    <message>
        <source>Updated {record} in QuickBooks</source>
        <translation>{record} actualizado en QuickBooks</translation>
    </message>
    <message>
        <source>Updated {record} in HubSpot</source>
        <translation>{record} actualizado en HubSpot</translation>
    </message>
    <message>
        <source>Voided {record} in QuickBooks</source>
        <translation>{record} anulado en QuickBooks</translation>
    </message>
    <message>
        <source>Voided {record} in HubSpot</source>
        <translation>{record} anulado en HubSpot</translation>
    </message>
    <message>
        <source>Linked to the QuickBooks {record} with the same {key}</source>
        <translation>Vinculado en QuickBooks ({record}) por el mismo {key}</translation>
    </message>
    <message>
        <source>Linked to the record with the same key</source>
        <translation>Vinculado al registro con la misma clave</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
</context>
<context>
    <name>IncomeAccountSection</name>
    <message>
        <source>Choose an account</source>
        <translation>Elige una cuenta</translation>
    </message>
    <message>
        <source>First active income account</source>
        <translation>Primera cuenta de ingresos activa</translation>
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
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulada</translation>
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
        <translation>Creada en</translation>
    </message>
    <message>
        <source>HubSpot number</source>
        <translation>Número de HubSpot</translation>
    </message>
    <message>
        <source>QuickBooks number</source>
        <translation>Número de QuickBooks</translation>
    </message>
    <message>
        <source>HubSpot total</source>
        <translation>Total de HubSpot</translation>
    </message>
    <message>
        <source>QuickBooks total</source>
        <translation>Total de QuickBooks</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Integration sync</source>
        <translation>Sincronización de la integración</translation>
    </message>
    <message>
        <source>The totals differ.</source>
        <translation>Los totales no coinciden.</translation>
    </message>
</context>
<context>
    <name>InvoiceSettings</name>
    <message>
        <source>Send older invoices…</source>
        <translation>Enviar facturas anteriores…</translation>
    </message>
    <message>
        <source>Sent to QuickBooks:</source>
        <translation>Enviadas a QuickBooks:</translation>
    </message>
    <message>
        <source>the moment you switch it on</source>
        <translation>el momento en que la activas</translation>
    </message>
    <message>
        <source>only invoices made in HubSpot</source>
        <translation>solo facturas creadas en HubSpot</translation>
    </message>
    <message>
        <source>no drafts</source>
        <translation>sin borradores</translation>
    </message>
    <message>
        <source>only invoices created or changed since {moment}</source>
        <translation>solo facturas creadas o modificadas desde {moment}</translation>
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
    <name>MainWindow</name>
    <message>
        <source>qbsync — HubSpot ⇄ QuickBooks</source>
        <translation>qbsync – HubSpot ⇄ QuickBooks</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Add profile…</source>
        <translation>Añadir perfil…</translation>
    </message>
    <message>
        <source>Rename profile…</source>
        <translation>Cambiar nombre del perfil…</translation>
    </message>
    <message>
        <source>Remove profile…</source>
        <translation>Quitar perfil…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync both accounts now (Ctrl+R)</source>
        <translation>Sincronizar ambas cuentas ahora (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Volver a conectar</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Intentar ahora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Preview ({time}) finished. Nothing was written.</source>
        <translation>Vista previa ({time}) terminada. No se escribió nada.</translation>
    </message>
    <message>
        <source>Sync finished at {time}: {created} created, {updated} updated. Records now: {synced} synced, {failed} failed, {excluded} excluded.</source>
        <translation>Sincronización terminada a las {time}: {created} creados, {updated} actualizados. Registros ahora: {synced} sincronizados, {failed} con error, {excluded} excluidos.</translation>
    </message>
</context>
<context>
    <name>NamingRuleSection</name>
    <message>
        <source>Preview (examples):</source>
        <translation>Vista previa (ejemplos):</translation>
    </message>
    <message>
        <source>Preview (your records):</source>
        <translation>Vista previa (tus registros):</translation>
    </message>
</context>
<context>
    <name>ObjectCountsModel</name>
    <message>
        <source>Show these records: {object}, {state}</source>
        <translation>Ver estos registros: {object}, {state}</translation>
    </message>
</context>
<context>
    <name>ObjectEditor</name>
    <message>
        <source>Sync {objects}</source>
        <translation>Sincronizar {objects}</translation>
    </message>
    <message>
        <source>This sync only ever writes in this direction.</source>
        <translation>Esta sincronización solo escribe en esta dirección.</translation>
    </message>
    <message>
        <source>When a field changed on both sides since the last sync</source>
        <translation>Cuando un campo cambió en ambos lados desde la última sincronización</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>When both sides changed:</source>
        <translation>Si ambos lados cambiaron:</translation>
    </message>
    <message>
        <source>Fields kept in sync</source>
        <translation>Campos sincronizados</translation>
    </message>
    <message>
        <source>Always synced: records are matched on it.</source>
        <translation>Siempre sincronizado: los registros se emparejan por este campo.</translation>
    </message>
    <message>
        <source>HubSpot property</source>
        <translation>Propiedad de HubSpot</translation>
    </message>
    <message>
        <source>QuickBooks field (e.g. Notes)</source>
        <translation>Campo de QuickBooks (p. ej. Notes)</translation>
    </message>
    <message>
        <source>Custom mappings</source>
        <translation>Asignaciones personalizadas</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Leave out records where…</source>
        <translation>Excluir registros cuando…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Switch this sync off; its links are kept for later.</source>
        <translation>Desactivar esta sincronización; sus vínculos se conservan para más adelante.</translation>
    </message>
    <message>
        <source>Delete sync…</source>
        <translation>Eliminar sincronización…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Row {row}: a custom mapping needs both a property and a field.</source>
        <translation>Fila {row}: una asignación personalizada necesita una propiedad y un campo.</translation>
    </message>
    <message>
        <source>Row {row}: a filter needs a HubSpot property.</source>
        <translation>Fila {row}: un filtro necesita una propiedad de HubSpot.</translation>
    </message>
    <message>
        <source>Row {row}: “{condition}” needs a value.</source>
        <translation>Fila {row}: «{condition}» necesita un valor.</translation>
    </message>
</context>
<context>
    <name>Objects</name>
    <message>
        <source>Company, or “Company (First Last)” when taken</source>
        <translation>Empresa, o «Empresa (Nombre Apellido)» si ya está en uso</translation>
    </message>
    <message>
        <source>Always “Company (First Last)”</source>
        <translation>Siempre «Empresa (Nombre Apellido)»</translation>
    </message>
    <message>
        <source>First Last</source>
        <translation>Nombre Apellido</translation>
    </message>
    <message>
        <source>Always “First Last (email)” (unique, also without a company)</source>
        <translation>Siempre «Nombre Apellido (correo)» (único, también sin empresa)</translation>
    </message>
    <message>
        <source>Unknown way of naming new customers: pick one from the list.</source>
        <translation>Forma desconocida de nombrar a los clientes nuevos: elige una de la lista.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>Contacts ⇄ Customers</source>
        <translation>Contactos ⇄ Clientes</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>QuickBooks display name</source>
        <translation>Nombre para mostrar en QuickBooks</translation>
    </message>
    <message>
        <source>Pick an account from the list, or type its QuickBooks id (digits).</source>
        <translation>Elige una cuenta de la lista o escribe su ID de QuickBooks (dígitos).</translation>
    </message>
    <message>
        <source>Pick the income account of the “Custom line item”, which QuickBooks invoice lines without a synced product use.</source>
        <translation>Elige la cuenta de ingresos del «Elemento de pedido personalizado», que usan las líneas de factura de QuickBooks sin producto sincronizado.</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD.</source>
        <translation>No es una fecha: escríbela como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Not a moment: write it as YYYY-MM-DDTHH:MM:SS+00:00.</source>
        <translation>No es un momento: escríbelo como AAAA-MM-DDTHH:MM:SS+00:00.</translation>
    </message>
    <message>
        <source>Not a HubSpot line item property name (lowercase letters, digits, _).</source>
        <translation>No es el nombre de una propiedad de elemento de pedido de HubSpot (minúsculas, dígitos, _).</translation>
    </message>
    <message>
        <source>The tax mapping pairs HubSpot tax rate ids with QuickBooks tax code ids.</source>
        <translation>La asignación de impuestos empareja ID de tasas de impuesto de HubSpot con ID de códigos de impuesto de QuickBooks.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>factura</translation>
    </message>
    <message>
        <source>Invoices ⇄ Invoices</source>
        <translation>Facturas ⇄ Facturas</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Income account of the “Custom line item”</source>
        <translation>Cuenta de ingresos del «Elemento de pedido personalizado»</translation>
    </message>
    <message>
        <source>Invoices count from</source>
        <translation>Las facturas cuentan desde</translation>
    </message>
    <message>
        <source>Only QuickBooks invoices created after</source>
        <translation>Solo facturas de QuickBooks creadas después de</translation>
    </message>
    <message>
        <source>Line item date used as service date</source>
        <translation>Fecha del elemento de pedido usada como fecha de servicio</translation>
    </message>
    <message>
        <source>HubSpot tax rates as QuickBooks tax codes</source>
        <translation>Tasas de impuesto de HubSpot como códigos de impuesto de QuickBooks</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <source>Products ⇄ Items</source>
        <translation>Productos ⇄ Productos y servicios</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Producto/servicio</translation>
    </message>
    <message>
        <source>Income account for new items</source>
        <translation>Cuenta de ingresos para nuevos productos y servicios</translation>
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
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>From today</source>
        <translation>Desde hoy</translation>
    </message>
    <message>
        <source>Recommended: only what is made from now on</source>
        <translation>Recomendado: solo lo que se cree a partir de ahora</translation>
    </message>
    <message>
        <source>Not yet: set when you switch it on</source>
        <translation>Todavía no: se fija al activarla</translation>
    </message>
    <message>
        <source>HubSpot tax rate</source>
        <translation>Tasa de impuesto de HubSpot</translation>
    </message>
    <message>
        <source>QuickBooks tax code</source>
        <translation>Código de impuesto de QuickBooks</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>In</source>
        <translation>En</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Emparejar</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fallar</translation>
    </message>
    <message>
        <source>Click to see these records</source>
        <translation>Haz clic para ver estos registros</translation>
    </message>
    <message>
        <source>Preview — what a sync would do</source>
        <translation>Vista previa: lo que haría una sincronización</translation>
    </message>
    <message>
        <source>Filters in use:</source>
        <translation>Filtros en uso:</translation>
    </message>
    <message>
        <source>No filters in use.</source>
        <translation>No hay filtros en uso.</translation>
    </message>
    <message>
        <source>Reading the preview…</source>
        <translation>Leyendo la vista previa…</translation>
    </message>
    <message>
        <source>Show all records</source>
        <translation>Ver todos los registros</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <source>Nothing was written. Nothing to do.</source>
        <translation>No se escribió nada. No hay nada que hacer.</translation>
    </message>
    <message>
        <source>The preview could not be read: {reason}</source>
        <translation>No se pudo leer la vista previa: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Records shown: %Ln (the whole preview)</source>
        <translation>
            <numerusform>Registros mostrados: %Ln (toda la vista previa)</numerusform>
            <numerusform>Registros mostrados: %Ln (toda la vista previa)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Records shown: %Ln ({action} in {side}, {object})</source>
        <translation>
            <numerusform>Registros mostrados: %Ln ({action} en {side}, {object})</numerusform>
            <numerusform>Registros mostrados: %Ln ({action} en {side}, {object})</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>Rows exported to {path}: %Ln</source>
        <translation>
            <numerusform>Filas exportadas a {path}: %Ln</numerusform>
            <numerusform>Filas exportadas a {path}: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Error al exportar: {reason}</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>vista previa</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Would</source>
        <translation>Haría</translation>
    </message>
    <message>
        <source>In</source>
        <translation>En</translation>
    </message>
    <message>
        <source>HubSpot id</source>
        <translation>ID de HubSpot</translation>
    </message>
    <message>
        <source>QuickBooks id</source>
        <translation>ID de QuickBooks</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría de error</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Emparejar</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fallar</translation>
    </message>
    <message>
        <source>{field} is “{value}”</source>
        <translation>{field} es «{value}»</translation>
    </message>
    <message>
        <source>{field} is not “{value}”</source>
        <translation>{field} no es «{value}»</translation>
    </message>
    <message>
        <source>{field} contains “{value}”</source>
        <translation>{field} contiene «{value}»</translation>
    </message>
    <message>
        <source>{field} does not contain “{value}”</source>
        <translation>{field} no contiene «{value}»</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>{field} está vacío</translation>
    </message>
    <message>
        <source>{field} is not empty</source>
        <translation>{field} no está vacío</translation>
    </message>
    <message>
        <source>{object}: leave out records where {condition}</source>
        <translation>{object}: excluir registros cuando {condition}</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Custom transaction numbers are on</source>
        <translation>Los números de transacción personalizados están activados</translation>
    </message>
    <message>
        <source>Invoices from HubSpot keep their own numbers; when a number is already used in QuickBooks the invoice fails with “Duplicate document number” (E6).</source>
        <translation>Las facturas de HubSpot conservan sus propios números; si un número ya se usa en QuickBooks, la factura falla con «Número de documento duplicado» (E6).</translation>
    </message>
    <message>
        <source>In QuickBooks: Settings &gt; Account and settings &gt; Sales &gt; Custom transaction numbers: switch off (renumber any clashing documents first).</source>
        <translation>En QuickBooks: Configuración &gt; Cuenta y configuración &gt; Ventas &gt; Números de transacción personalizados: desactívelo (antes renumere los documentos que coincidan).</translation>
    </message>
    <message>
        <source>Revenue recognition is on</source>
        <translation>El reconocimiento de ingresos está activado</translation>
    </message>
    <message>
        <source>Invoice lines for revenue-recognition items need a service date; without one QuickBooks refuses the invoice (E3).</source>
        <translation>Las líneas de factura con artículos de reconocimiento de ingresos necesitan una fecha de servicio; sin ella QuickBooks rechaza la factura (E3).</translation>
    </message>
    <message>
        <source>Switch revenue recognition off in QuickBooks, or map a HubSpot date property to the service date in the invoice sync settings.</source>
        <translation>Desactive el reconocimiento de ingresos en QuickBooks o asigne una propiedad de fecha de HubSpot a la fecha de servicio en la configuración de sincronización de facturas.</translation>
    </message>
    <message>
        <source>The company is outside the US ({country})</source>
        <translation>La empresa está fuera de EE. UU. ({country})</translation>
    </message>
    <message>
        <source>QuickBooks requires a tax code on every invoice line in this country; invoices without one are refused.</source>
        <translation>En este país QuickBooks exige un código de impuesto en cada línea de factura; las facturas sin él se rechazan.</translation>
    </message>
    <message>
        <source>Map HubSpot tax to QuickBooks tax codes in the invoice sync settings.</source>
        <translation>Asigne los impuestos de HubSpot a códigos de impuesto de QuickBooks en la configuración de sincronización de facturas.</translation>
    </message>
    <message>
        <source>Closed periods are not locked</source>
        <translation>Los períodos cerrados no están bloqueados</translation>
    </message>
    <message>
        <source>With no closing date, a sync can change invoices and payments in periods you have already reported on.</source>
        <translation>Sin fecha de cierre, una sincronización puede cambiar facturas y pagos de períodos sobre los que ya ha informado.</translation>
    </message>
    <message>
        <source>Set a closing date in QuickBooks: Settings &gt; Account and settings &gt; Advanced &gt; Close the books.</source>
        <translation>Defina una fecha de cierre en QuickBooks: Configuración &gt; Cuenta y configuración &gt; Avanzado &gt; Cerrar los libros.</translation>
    </message>
    <message>
        <source>{object}: a field in the settings is not there</source>
        <translation>{object}: un campo de la configuración no existe</translation>
    </message>
    <message>
        <source>In Sync settings, pick the field from the list (the fields your accounts have) or remove the row. Until then the sync cannot fill it.</source>
        <translation>En Configuración de sincronización, elige el campo de la lista (los campos de tus cuentas) o quita la fila. Hasta entonces la sincronización no puede rellenarlo.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Nothing to do: the sync retries on the next run.</source>
        <translation>No hay nada que hacer: la sincronización lo reintenta en la próxima ejecución.</translation>
    </message>
    <message>
        <source>No email address</source>
        <translation>Sin dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Contacts and customers are matched by email, and this record has none.</source>
        <translation>Los contactos y clientes se emparejan por correo electrónico, y este registro no tiene ninguno.</translation>
    </message>
    <message>
        <source>Add an email address to the record; it syncs on the next run.</source>
        <translation>Añade una dirección de correo electrónico al registro; se sincronizará en la próxima ejecución.</translation>
    </message>
    <message>
        <source>No SKU</source>
        <translation>Sin SKU</translation>
    </message>
    <message>
        <source>Products are matched by SKU; products without one are left out to avoid duplicates.</source>
        <translation>Los productos se emparejan por SKU; los que no tienen SKU se excluyen para evitar duplicados.</translation>
    </message>
    <message>
        <source>Give the product a SKU in HubSpot or QuickBooks; it syncs on the next run.</source>
        <translation>Asigna un SKU al producto en HubSpot o QuickBooks; se sincronizará en la próxima ejecución.</translation>
    </message>
    <message>
        <source>Left out by a filter</source>
        <translation>Excluido por un filtro</translation>
    </message>
    <message>
        <source>The sync settings exclude records where {description}.</source>
        <translation>La configuración de sincronización excluye los registros en los que {description}.</translation>
    </message>
    <message>
        <source>Change the filter in the sync settings if this record should sync.</source>
        <translation>Cambia el filtro en la configuración de sincronización si este registro debe sincronizarse.</translation>
    </message>
    <message>
        <source>Duplicate match key</source>
        <translation>Clave de emparejamiento duplicada</translation>
    </message>
    <message>
        <source>Duplicate {kind}</source>
        <translation>{kind} duplicado</translation>
    </message>
    <message>
        <source>Another {service} record ({holder}) has the same {kind} “{value}”, so it is not clear which one to sync.</source>
        <translation>Otro registro de {service} ({holder}) tiene el mismo {kind} «{value}», así que no está claro cuál sincronizar.</translation>
    </message>
    <message>
        <source>Give each {service} record its own {kind}, or merge the duplicates.</source>
        <translation>Da a cada registro de {service} su propio {kind} o combina los duplicados.</translation>
    </message>
    <message>
        <source>Match key already used</source>
        <translation>Clave de emparejamiento ya en uso</translation>
    </message>
    <message>
        <source>{Kind} already used by {holder}</source>
        <translation>{Kind} ya en uso por {holder}</translation>
    </message>
    <message>
        <source>This record&apos;s {kind} was changed to “{value}”, which {holder} already has. The change was not copied, so nothing changed on either side.</source>
        <translation>El {kind} de este registro se cambió a «{value}», que ya tiene {holder}. El cambio no se copió, así que nada cambió en ningún lado.</translation>
    </message>
    <message>
        <source>Give this record a {kind} no other record has (or change it back); it syncs on the next run.</source>
        <translation>Da a este registro un {kind} que no tenga ningún otro (o deshaz el cambio); se sincronizará en la próxima ejecución.</translation>
    </message>
    <message>
        <source>Deleted on one side</source>
        <translation>Eliminado en un lado</translation>
    </message>
    <message>
        <source>Deleted in {service}</source>
        <translation>Eliminado en {service}</translation>
    </message>
    <message>
        <source>The linked {kind} was deleted, archived or made inactive in {service}; its {other} copy was left as it is.</source>
        <translation>El registro vinculado ({kind}) se eliminó, archivó o desactivó en {service}; su copia en {other} se dejó como estaba.</translation>
    </message>
    <message>
        <source>Restore it in {service}, or delete the {other} copy yourself if it is no longer needed.</source>
        <translation>Restáuralo en {service} o elimina tú mismo la copia en {other} si ya no se necesita.</translation>
    </message>
    <message>
        <source>Record no longer exists</source>
        <translation>El registro ya no existe</translation>
    </message>
    <message>
        <source>Record no longer exists in {service}</source>
        <translation>El registro ya no existe en {service}</translation>
    </message>
    <message>
        <source>The record, or one it refers to, was deleted or made inactive in {service}.</source>
        <translation>El registro, o uno al que hace referencia, se eliminó o desactivó en {service}.</translation>
    </message>
    <message>
        <source>Restore it in {service} (make it active), or remove the link; then retry.</source>
        <translation>Restáuralo en {service} (actívalo) o quita el vínculo; después vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Display name already used</source>
        <translation>Nombre para mostrar ya en uso</translation>
    </message>
    <message>
        <source>Display name is a duplicate</source>
        <translation>El nombre para mostrar es un duplicado</translation>
    </message>
    <message>
        <source>QuickBooks names must be unique across customers, vendors and employees, and this one is already used by {holder}.</source>
        <translation>Los nombres en QuickBooks deben ser únicos entre clientes, proveedores y empleados, y este ya lo usa {holder}.</translation>
    </message>
    <message>
        <source>Rename the record holding the name in QuickBooks (for example add “(supplier)” to its display name), or pick another display-name rule on the Sync settings tab: “Company (First Last)”, or “First Last (email)”, which also works for contacts without a company; then press Retry.</source>
        <translation>Cambia el nombre del registro que tiene ese nombre en QuickBooks (por ejemplo, añade «(proveedor)» a su nombre para mostrar) o elige otra regla de nombre para mostrar en la pestaña Configuración de sincronización: «Empresa (Nombre Apellido)» o «Nombre Apellido (correo)», que también sirve para contactos sin empresa; después pulsa Reintentar.</translation>
    </message>
    <message>
        <source>Document number already used</source>
        <translation>Número de documento ya en uso</translation>
    </message>
    <message>
        <source>Duplicate document number: this number is already used</source>
        <translation>Número de documento duplicado: este número ya se ha utilizado</translation>
    </message>
    <message>
        <source>QuickBooks “custom transaction numbers” is on and the number is taken by another invoice or credit memo. {detail}</source>
        <translation>En QuickBooks están activados los «Números de transacción personalizados» y el número ya lo usa otra factura o abono. {detail}</translation>
    </message>
    <message>
        <source>Renumber the QuickBooks document, then switch custom transaction numbers off.</source>
        <translation>Cambia el número del documento de QuickBooks y después desactiva los números de transacción personalizados.</translation>
    </message>
    <message>
        <source>Service date needed</source>
        <translation>Falta la fecha de servicio</translation>
    </message>
    <message>
        <source>Enter a service date for revenue-recognition lines</source>
        <translation>Introduce una fecha de servicio para los elementos de pedido de reconocimiento de ingresos</translation>
    </message>
    <message>
        <source>Revenue recognition is on in QuickBooks and the lines carry no service date.</source>
        <translation>El reconocimiento de ingresos está activado en QuickBooks y los elementos de pedido no tienen fecha de servicio.</translation>
    </message>
    <message>
        <source>Turn revenue recognition off in QuickBooks, or map a date to the service date.</source>
        <translation>Desactiva el reconocimiento de ingresos en QuickBooks o asigna una fecha a la fecha de servicio.</translation>
    </message>
    <message>
        <source>Books closed</source>
        <translation>Libros cerrados</translation>
    </message>
    <message>
        <source>The books are closed for this date</source>
        <translation>Los libros están cerrados para esta fecha</translation>
    </message>
    <message>
        <source>QuickBooks refuses changes dated on or before its closing date.</source>
        <translation>QuickBooks rechaza cambios con fecha igual o anterior a su fecha de cierre.</translation>
    </message>
    <message>
        <source>Change the closing date in QuickBooks, or the record&apos;s date.</source>
        <translation>Cambia la fecha de cierre en QuickBooks o la fecha del registro.</translation>
    </message>
    <message>
        <source>Customer not in HubSpot yet</source>
        <translation>El cliente aún no está en HubSpot</translation>
    </message>
    <message>
        <source>Invoice needs a customer that exists in both HubSpot and QuickBooks</source>
        <translation>La factura necesita un cliente que exista tanto en HubSpot como en QuickBooks</translation>
    </message>
    <message>
        <source>The QuickBooks customer “{customer}” has no linked HubSpot contact, so the invoice has no one to belong to in HubSpot.</source>
        <translation>El cliente de QuickBooks «{customer}» no tiene un contacto de HubSpot vinculado, así que la factura no pertenece a nadie en HubSpot.</translation>
    </message>
    <message>
        <source>Sync the customer with contact sync (it needs an email address); the invoice follows by itself on the next run.</source>
        <translation>Sincroniza el cliente con la sincronización de contactos (necesita un correo electrónico); la factura le sigue sola en la próxima ejecución.</translation>
    </message>
    <message>
        <source>The QuickBooks customer “{customer}” has no linked HubSpot contact. A likely match: the HubSpot contact “{likely_match}”.</source>
        <translation>El cliente de QuickBooks «{customer}» no tiene un contacto de HubSpot vinculado. Posible coincidencia: el contacto de HubSpot «{likely_match}».</translation>
    </message>
    <message>
        <source>If it is the same person, make sure contact sync is on and both have the same email; once they are linked, the invoice follows by itself on the next run.</source>
        <translation>Si es la misma persona, asegúrate de que la sincronización de contactos está activada y de que ambos tienen el mismo correo electrónico; cuando estén vinculados, la factura les seguirá sola en la próxima ejecución.</translation>
    </message>
    <message>
        <source>Invoice amounts changed in QuickBooks</source>
        <translation>Importes de la factura cambiados en QuickBooks</translation>
    </message>
    <message>
        <source>Changes to line items or amounts of HubSpot invoices can&apos;t be made from other apps</source>
        <translation>Los cambios en elementos de pedido o importes de facturas de HubSpot no pueden hacerse desde otras aplicaciones</translation>
    </message>
    <message>
        <source>This invoice was made in HubSpot, and its lines, amounts or tax were changed in QuickBooks (total {before} when synced, {after} now). The HubSpot invoice was left as it is and the invoice stopped syncing.</source>
        <translation>Esta factura se creó en HubSpot y sus elementos, importes o impuestos se cambiaron en QuickBooks (total {before} al sincronizar, ahora {after}). La factura de HubSpot se dejó como estaba y la factura dejó de sincronizarse.</translation>
    </message>
    <message>
        <source>Undo the change in QuickBooks and make it in HubSpot instead; the invoice syncs again by itself.</source>
        <translation>Deshaz el cambio en QuickBooks y hazlo en HubSpot; la factura vuelve a sincronizarse sola.</translation>
    </message>
    <message>
        <source>Invoice lines added or removed in QuickBooks</source>
        <translation>Elementos de factura añadidos o quitados en QuickBooks</translation>
    </message>
    <message>
        <source>Financial details of a HubSpot invoice were added, removed or changed in QuickBooks</source>
        <translation>Se añadieron, quitaron o cambiaron datos financieros de una factura de HubSpot en QuickBooks</translation>
    </message>
    <message>
        <source>This invoice was made in HubSpot, and lines were added or removed in QuickBooks. The HubSpot invoice was left as it is and the invoice stopped syncing.</source>
        <translation>Esta factura se creó en HubSpot y en QuickBooks se añadieron o quitaron elementos. La factura de HubSpot se dejó como estaba y la factura dejó de sincronizarse.</translation>
    </message>
    <message>
        <source>Created before {date}</source>
        <translation>Creada antes del {date}</translation>
    </message>
    <message>
        <source>The invoice sync settings bring in only QuickBooks invoices created on or after {date}.</source>
        <translation>La configuración de sincronización de facturas solo trae facturas de QuickBooks creadas a partir del {date}.</translation>
    </message>
    <message>
        <source>Nothing to do; to bring older invoices in, choose an earlier date in the invoice sync settings.</source>
        <translation>No hay nada que hacer; para traer facturas más antiguas, elige una fecha anterior en la configuración de sincronización de facturas.</translation>
    </message>
    <message>
        <source>Invoice without lines</source>
        <translation>Factura sin elementos</translation>
    </message>
    <message>
        <source>The invoice has no product or service lines</source>
        <translation>La factura no tiene elementos de producto o servicio</translation>
    </message>
    <message>
        <source>A HubSpot invoice needs at least one line item before it can be sent.</source>
        <translation>Una factura de HubSpot necesita al menos un elemento de pedido antes de poder enviarse.</translation>
    </message>
    <message>
        <source>Add a product or service line to the invoice in QuickBooks.</source>
        <translation>Añade un elemento de producto o servicio a la factura en QuickBooks.</translation>
    </message>
    <message>
        <source>Made in QuickBooks</source>
        <translation>Creada en QuickBooks</translation>
    </message>
    <message>
        <source>This invoice came from QuickBooks. Only invoices made in HubSpot are sent to QuickBooks.</source>
        <translation>Esta factura vino de QuickBooks. Solo las facturas creadas en HubSpot se envían a QuickBooks.</translation>
    </message>
    <message>
        <source>Nothing to do: edit it in QuickBooks and the HubSpot copy follows.</source>
        <translation>No hay nada que hacer: edítala en QuickBooks y la copia de HubSpot la sigue.</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>Factura en borrador</translation>
    </message>
    <message>
        <source>Draft invoices are not sent to QuickBooks.</source>
        <translation>Las facturas en borrador no se envían a QuickBooks.</translation>
    </message>
    <message>
        <source>Finalise the invoice in HubSpot; it syncs on the next run.</source>
        <translation>Finaliza la factura en HubSpot; se sincronizará en la próxima ejecución.</translation>
    </message>
    <message>
        <source>Older than invoice sync</source>
        <translation>Anterior a la sincronización de facturas</translation>
    </message>
    <message>
        <source>Not changed since invoice sync was switched on</source>
        <translation>Sin cambios desde que se activó la sincronización de facturas</translation>
    </message>
    <message>
        <source>Only invoices created or changed after invoice sync was switched on ({since}) are sent to QuickBooks.</source>
        <translation>Solo se envían a QuickBooks las facturas creadas o modificadas después de activar la sincronización de facturas ({since}).</translation>
    </message>
    <message>
        <source>To send older invoices, use Backfill after looking at its preview.</source>
        <translation>Para enviar facturas más antiguas, usa el envío retroactivo después de revisar su vista previa.</translation>
    </message>
    <message>
        <source>Voided before it was sent</source>
        <translation>Anulada antes de enviarse</translation>
    </message>
    <message>
        <source>The invoice was voided in HubSpot before it reached QuickBooks.</source>
        <translation>La factura se anuló en HubSpot antes de llegar a QuickBooks.</translation>
    </message>
    <message>
        <source>Nothing to do: a voided invoice needs no QuickBooks copy.</source>
        <translation>No hay nada que hacer: una factura anulada no necesita copia en QuickBooks.</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <source>The invoice has no contact</source>
        <translation>La factura no tiene contacto</translation>
    </message>
    <message>
        <source>QuickBooks needs a customer, which comes from the invoice&apos;s contact.</source>
        <translation>QuickBooks necesita un cliente, que sale del contacto de la factura.</translation>
    </message>
    <message>
        <source>Associate a contact with the invoice in HubSpot; it syncs on the next run.</source>
        <translation>Asocia un contacto a la factura en HubSpot; se sincronizará en la próxima ejecución.</translation>
    </message>
    <message>
        <source>Contact not in QuickBooks</source>
        <translation>Contacto no está en QuickBooks</translation>
    </message>
    <message>
        <source>The contact has no QuickBooks customer</source>
        <translation>El contacto no tiene cliente en QuickBooks</translation>
    </message>
    <message>
        <source>The invoice&apos;s contact {contact} ({email}) is not linked to a QuickBooks customer.</source>
        <translation>El contacto de la factura, {contact} ({email}), no está vinculado a un cliente de QuickBooks.</translation>
    </message>
    <message>
        <source>Let contact sync create the customer (check the contact&apos;s own sync state); once the contact syncs, the invoice follows by itself.</source>
        <translation>Deja que la sincronización de contactos cree el cliente (revisa el estado de sincronización del contacto); cuando el contacto se sincronice, la factura le seguirá sola.</translation>
    </message>
    <message>
        <source>The invoice&apos;s contact {contact} ({email}) is not linked to a QuickBooks customer. A likely match: the QuickBooks customer “{likely_match}”.</source>
        <translation>El contacto de la factura, {contact} ({email}), no está vinculado a un cliente de QuickBooks. Posible coincidencia: el cliente de QuickBooks «{likely_match}».</translation>
    </message>
    <message>
        <source>If it is the same person, give the QuickBooks customer the contact&apos;s email; once the contact syncs, the invoice follows by itself.</source>
        <translation>Si es la misma persona, pon en el cliente de QuickBooks el correo electrónico del contacto; cuando el contacto se sincronice, la factura le seguirá sola.</translation>
    </message>
    <message>
        <source>No lines</source>
        <translation>Sin elementos</translation>
    </message>
    <message>
        <source>The HubSpot invoice has no lines</source>
        <translation>La factura de HubSpot no tiene elementos</translation>
    </message>
    <message>
        <source>QuickBooks needs at least one line on an invoice.</source>
        <translation>QuickBooks necesita al menos un elemento en una factura.</translation>
    </message>
    <message>
        <source>Add a product or service line to the invoice in HubSpot, then press Retry.</source>
        <translation>Añade un elemento de producto o servicio a la factura en HubSpot y pulsa Reintentar.</translation>
    </message>
    <message>
        <source>Number {number} is already used in QuickBooks</source>
        <translation>El número {number} ya se usa en QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks custom transaction numbers are on, and the QuickBooks document {holder_entity} {holder_id} already has number {number}.</source>
        <translation>Los números de transacción personalizados están activados en QuickBooks y el documento {holder_entity} {holder_id} de QuickBooks ya tiene el número {number}.</translation>
    </message>
    <message>
        <source>Renumber that QuickBooks document (or the HubSpot invoice), then press Retry.</source>
        <translation>Cambia el número de ese documento de QuickBooks (o de la factura de HubSpot) y pulsa Reintentar.</translation>
    </message>
    <message>
        <source>The books are closed for {date}</source>
        <translation>Los libros están cerrados para el {date}</translation>
    </message>
    <message>
        <source>The invoice is dated {date}, on or before the QuickBooks closing date ({close_date}), so QuickBooks refuses it. It is not tried again by itself.</source>
        <translation>La factura tiene fecha {date}, igual o anterior a la fecha de cierre de QuickBooks ({close_date}), así que QuickBooks la rechaza. No se reintenta sola.</translation>
    </message>
    <message>
        <source>Change the closing date in QuickBooks or the invoice date in HubSpot, then press Retry.</source>
        <translation>Cambia la fecha de cierre en QuickBooks o la fecha de la factura en HubSpot y pulsa Reintentar.</translation>
    </message>
    <message>
        <source>Currency mismatch</source>
        <translation>La moneda no coincide</translation>
    </message>
    <message>
        <source>The invoice&apos;s currency does not fit QuickBooks</source>
        <translation>La moneda de la factura no encaja con QuickBooks</translation>
    </message>
    <message>
        <source>The invoice is in {currency}, and QuickBooks expects {expected} here.</source>
        <translation>La factura está en {currency} y QuickBooks espera {expected} aquí.</translation>
    </message>
    <message>
        <source>Bill the invoice in {expected}, or give the QuickBooks customer that currency; then press Retry.</source>
        <translation>Emite la factura en {expected} o asigna esa moneda al cliente de QuickBooks; después pulsa Reintentar.</translation>
    </message>
    <message>
        <source>Tax rate not mapped</source>
        <translation>Tasa de impuesto sin asignar</translation>
    </message>
    <message>
        <source>Tax rate “{rate}” has no QuickBooks tax code</source>
        <translation>La tasa de impuesto «{rate}» no tiene código de impuesto de QuickBooks</translation>
    </message>
    <message>
        <source>Every line needs a QuickBooks tax code, and the HubSpot tax rate “{rate}” is not mapped to one. Nothing was sent.</source>
        <translation>Cada elemento necesita un código de impuesto de QuickBooks, y la tasa de HubSpot «{rate}» no está asignada a ninguno. No se envió nada.</translation>
    </message>
    <message>
        <source>Map the rate in the invoice sync settings&apos; tax table, then press Retry.</source>
        <translation>Asigna la tasa en la tabla de impuestos de la configuración de sincronización de facturas y pulsa Reintentar.</translation>
    </message>
    <message>
        <source>Lines without tax have no QuickBooks tax code</source>
        <translation>Los elementos sin impuesto no tienen código de impuesto de QuickBooks</translation>
    </message>
    <message>
        <source>Every line needs a QuickBooks tax code, and none is chosen for lines without a HubSpot tax rate. Nothing was sent.</source>
        <translation>Cada elemento necesita un código de impuesto de QuickBooks, y no hay ninguno elegido para los elementos sin tasa de HubSpot. No se envió nada.</translation>
    </message>
    <message>
        <source>Choose a tax code for lines without tax in the invoice sync settings&apos; tax table, then press Retry.</source>
        <translation>Elige un código de impuesto para los elementos sin impuesto en la tabla de impuestos de la configuración de sincronización de facturas y pulsa Reintentar.</translation>
    </message>
    <message>
        <source>Several sales taxes</source>
        <translation>Varios impuestos sobre ventas</translation>
    </message>
    <message>
        <source>The invoice&apos;s lines use several sales taxes</source>
        <translation>Los elementos de la factura usan varios impuestos sobre ventas</translation>
    </message>
    <message>
        <source>A US QuickBooks invoice has one sales tax for all its taxable lines; these lines map to {codes}.</source>
        <translation>Una factura de QuickBooks de EE. UU. tiene un único impuesto sobre ventas para todos sus elementos sujetos a impuestos; estos elementos corresponden a {codes}.</translation>
    </message>
    <message>
        <source>Use one tax rate on the invoice&apos;s lines in HubSpot, then press Retry.</source>
        <translation>Usa una sola tasa de impuesto en los elementos de la factura en HubSpot y pulsa Reintentar.</translation>
    </message>
    <message>
        <source>Totals differ</source>
        <translation>Los totales no coinciden</translation>
    </message>
    <message>
        <source>The totals would differ</source>
        <translation>Los totales no coincidirían</translation>
    </message>
    <message>
        <source>HubSpot bills {hubspot_total}, and the QuickBooks invoice would total {quickbooks_total}. Nothing was sent.</source>
        <translation>HubSpot factura {hubspot_total} y la factura de QuickBooks sumaría {quickbooks_total}. No se envió nada.</translation>
    </message>
    <message>
        <source>Check the invoice&apos;s discounts and tax in HubSpot so the lines add up, then press Retry.</source>
        <translation>Revisa los descuentos e impuestos de la factura en HubSpot para que los elementos cuadren y pulsa Reintentar.</translation>
    </message>
    <message>
        <source>No account for the custom line item</source>
        <translation>Sin cuenta para el elemento personalizado</translation>
    </message>
    <message>
        <source>The “Custom line item” needs an income account</source>
        <translation>El «Elemento de pedido personalizado» necesita una cuenta de ingresos</translation>
    </message>
    <message>
        <source>Lines without a synced product go to the QuickBooks item “Custom line item”, which does not exist yet, and no income account is chosen for it.</source>
        <translation>Los elementos sin producto sincronizado van al artículo de QuickBooks «Custom line item», que aún no existe, y no hay cuenta de ingresos elegida para él.</translation>
    </message>
    <message>
        <source>Pick the income account of the custom line item in the invoice sync settings; the invoice syncs on the next run.</source>
        <translation>Elige la cuenta de ingresos del elemento personalizado en la configuración de sincronización de facturas; la factura se sincronizará en la próxima ejecución.</translation>
    </message>
    <message>
        <source>Custom field not kept</source>
        <translation>Campo personalizado no guardado</translation>
    </message>
    <message>
        <source>QuickBooks did not keep custom field {slot}</source>
        <translation>QuickBooks no guardó el campo personalizado {slot}</translation>
    </message>
    <message>
        <source>The invoice was saved in QuickBooks, but its custom field {slot} did not keep “{value}” (QuickBooks drops a value silently, e.g. when that custom field is switched off in its sales-form settings).</source>
        <translation>La factura se guardó en QuickBooks, pero su campo personalizado {slot} no guardó «{value}» (QuickBooks descarta un valor sin avisar, p. ej. cuando ese campo está desactivado en la configuración de formularios de ventas).</translation>
    </message>
    <message>
        <source>Switch the custom field on in QuickBooks (Settings › Sales › Custom fields), or map the HubSpot property to a custom field that is on; then retry.</source>
        <translation>Activa el campo personalizado en QuickBooks (Configuración › Ventas › Campos personalizados) o asigna la propiedad de HubSpot a un campo personalizado activo; después vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Negative line price</source>
        <translation>Precio de elemento negativo</translation>
    </message>
    <message>
        <source>The line “{line}” has a negative price</source>
        <translation>El elemento «{line}» tiene un precio negativo</translation>
    </message>
    <message>
        <source>HubSpot does not accept line items with a price below zero, so the invoice cannot be made there as it is.</source>
        <translation>HubSpot no acepta elementos de pedido con precio inferior a cero, así que la factura no puede crearse allí tal como está.</translation>
    </message>
    <message>
        <source>Give the discount in QuickBooks as a discount instead of a line with a negative price; the invoice syncs on the next run.</source>
        <translation>Indica el descuento en QuickBooks como descuento en lugar de un elemento con precio negativo; la factura se sincronizará en la próxima ejecución.</translation>
    </message>
    <message>
        <source>Email already used</source>
        <translation>Correo electrónico ya en uso</translation>
    </message>
    <message>
        <source>A HubSpot contact already has this email</source>
        <translation>Un contacto de HubSpot ya tiene este correo electrónico</translation>
    </message>
    <message>
        <source>HubSpot keeps one contact per email address. {detail}</source>
        <translation>HubSpot mantiene un contacto por dirección de correo electrónico. {detail}</translation>
    </message>
    <message>
        <source>Merge the two contacts in HubSpot, or change one email; then retry.</source>
        <translation>Combina los dos contactos en HubSpot o cambia uno de los correos; después vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Invalid email</source>
        <translation>Correo electrónico no válido</translation>
    </message>
    <message>
        <source>Invalid {field}</source>
        <translation>No válido: {field}</translation>
    </message>
    <message>
        <source>“{value}” is not a valid email address.</source>
        <translation>«{value}» no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>Correct the {field} on the record; it syncs on the next run.</source>
        <translation>Corrige el campo «{field}» del registro; se sincronizará en la próxima ejecución.</translation>
    </message>
    <message>
        <source>{service} does not accept this email address. {detail}</source>
        <translation>{service} no acepta esta dirección de correo electrónico. {detail}</translation>
    </message>
    <message>
        <source>Value too long</source>
        <translation>Valor demasiado largo</translation>
    </message>
    <message>
        <source>The {field} is too long: QuickBooks allows at most {limit} characters.</source>
        <translation>El campo «{field}» es demasiado largo: QuickBooks admite como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>Shorten the {field} on the record; it syncs on the next run.</source>
        <translation>Acorta el campo «{field}» del registro; se sincronizará en la próxima ejecución.</translation>
    </message>
    <message>
        <source>Characters not allowed</source>
        <translation>Caracteres no permitidos</translation>
    </message>
    <message>
        <source>QuickBooks does not allow colons, tabs or line breaks in names.</source>
        <translation>QuickBooks no admite dos puntos, tabulaciones ni saltos de línea en los nombres.</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>No es un número</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» no es un número.</translation>
    </message>
    <message>
        <source>Too many decimals</source>
        <translation>Demasiados decimales</translation>
    </message>
    <message>
        <source>QuickBooks keeps at most 5 decimal places in prices.</source>
        <translation>QuickBooks guarda como máximo 5 decimales en los precios.</translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>Falta un valor obligatorio</translation>
    </message>
    <message>
        <source>{service} needs a {field}.</source>
        <translation>{service} necesita un valor para «{field}».</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Sin nombre</translation>
    </message>
    <message>
        <source>The record has no name at all.</source>
        <translation>El registro no tiene ningún nombre.</translation>
    </message>
    <message>
        <source>Add a first or last name or a company.</source>
        <translation>Añade un nombre, un apellido o una empresa.</translation>
    </message>
    <message>
        <source>Not an income account</source>
        <translation>No es una cuenta de ingresos</translation>
    </message>
    <message>
        <source>The chosen account is not an income account.</source>
        <translation>La cuenta elegida no es una cuenta de ingresos.</translation>
    </message>
    <message>
        <source>Pick an income account in the product sync settings.</source>
        <translation>Elige una cuenta de ingresos en la configuración de sincronización de productos.</translation>
    </message>
    <message>
        <source>Value refused</source>
        <translation>Valor rechazado</translation>
    </message>
    <message>
        <source>{service} rejected the {field}: {detail}</source>
        <translation>{service} rechazó el campo «{field}»: {detail}</translation>
    </message>
    <message>
        <source>Business rule</source>
        <translation>Regla comercial</translation>
    </message>
    <message>
        <source>{service} business rule</source>
        <translation>Regla comercial de {service}</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>Correct the record in the source system; then retry.</source>
        <translation>Corrige el registro en el sistema de origen; después vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Record refused</source>
        <translation>Registro rechazado</translation>
    </message>
    <message>
        <source>{service} refused the record</source>
        <translation>{service} rechazó el registro</translation>
    </message>
    <message>
        <source>Correct the record and retry; if it persists, contact support with this message.</source>
        <translation>Corrige el registro y vuelve a intentarlo; si persiste, contacta con soporte con este mensaje.</translation>
    </message>
    <message>
        <source>Changed at the same time</source>
        <translation>Cambiado al mismo tiempo</translation>
    </message>
    <message>
        <source>Changed in QuickBooks at the same time</source>
        <translation>Cambiado en QuickBooks al mismo tiempo</translation>
    </message>
    <message>
        <source>Someone changed this record in QuickBooks while the sync was writing it.</source>
        <translation>Alguien cambió este registro en QuickBooks mientras la sincronización lo escribía.</translation>
    </message>
    <message>
        <source>Nothing to do: the sync reads it again and retries.</source>
        <translation>No hay nada que hacer: la sincronización lo vuelve a leer y lo reintenta.</translation>
    </message>
    <message>
        <source>Connection expired</source>
        <translation>Conexión caducada</translation>
    </message>
    <message>
        <source>{service} connection expired</source>
        <translation>Conexión con {service} caducada</translation>
    </message>
    <message>
        <source>The {service} sign-in was revoked or has expired.</source>
        <translation>El inicio de sesión en {service} se revocó o caducó.</translation>
    </message>
    <message>
        <source>Reconnect {service}; queued changes are kept and sync afterwards.</source>
        <translation>Vuelve a conectar {service}; los cambios pendientes se conservan y se sincronizan después.</translation>
    </message>
    <message>
        <source>Permission missing</source>
        <translation>Falta un permiso</translation>
    </message>
    <message>
        <source>Missing {service} permission</source>
        <translation>Falta un permiso de {service}</translation>
    </message>
    <message>
        <source>The {service} connection was not granted: {scopes}.</source>
        <translation>No se concedió a la conexión con {service}: {scopes}.</translation>
    </message>
    <message>
        <source>Reconnect {service} and allow the requested permissions.</source>
        <translation>Vuelve a conectar {service} y permite los permisos solicitados.</translation>
    </message>
    <message>
        <source>Slowed down by the service</source>
        <translation>Frenado por el servicio</translation>
    </message>
    <message>
        <source>{service} asked us to slow down</source>
        <translation>{service} pidió ir más despacio</translation>
    </message>
    <message>
        <source>{service} limits how many requests an app may make per minute.</source>
        <translation>{service} limita cuántas solicitudes puede hacer una aplicación por minuto.</translation>
    </message>
    <message>
        <source>Nothing to do: the sync waits and retries by itself.</source>
        <translation>No hay nada que hacer: la sincronización espera y lo reintenta sola.</translation>
    </message>
    <message>
        <source>Cannot reach the service</source>
        <translation>No se puede acceder al servicio</translation>
    </message>
    <message>
        <source>Cannot reach {service}</source>
        <translation>No se puede acceder a {service}</translation>
    </message>
    <message>
        <source>The network or the service is unavailable.</source>
        <translation>La red o el servicio no están disponibles.</translation>
    </message>
    <message>
        <source>Nothing to do: the change is kept and retried on the next run.</source>
        <translation>No hay nada que hacer: el cambio se conserva y se reintenta en la próxima ejecución.</translation>
    </message>
    <message>
        <source>Service error</source>
        <translation>Error del servicio</translation>
    </message>
    <message>
        <source>{service} had an internal error</source>
        <translation>{service} tuvo un error interno</translation>
    </message>
    <message>
        <source>{service} failed while handling the request.</source>
        <translation>{service} falló al procesar la solicitud.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Problema inesperado</translation>
    </message>
    <message>
        <source>Something the sync did not expect went wrong; the details are in the log.</source>
        <translation>Algo inesperado falló en la sincronización; los detalles están en el registro de la aplicación.</translation>
    </message>
    <message>
        <source>Retry; if it persists, report it.</source>
        <translation>Vuelve a intentarlo; si persiste, infórmanos.</translation>
    </message>
    <message>
        <source>Earlier problem</source>
        <translation>Problema anterior</translation>
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
        <translation>otro cliente, proveedor o empleado</translation>
    </message>
    <message>
        <source>a permission the sync needs</source>
        <translation>un permiso que necesita la sincronización</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>factura</translation>
    </message>
    <message>
        <source>credit memo</source>
        <translation>abono</translation>
    </message>
    <message>
        <source>sales receipt</source>
        <translation>recibo de venta</translation>
    </message>
    <message>
        <source>refund receipt</source>
        <translation>recibo de reembolso</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>presupuesto</translation>
    </message>
    <message>
        <source>the customer “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>el cliente «{holder_name}» (ID de QuickBooks {holder_id})</translation>
    </message>
    <message>
        <source>the inactive customer “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>el cliente inactivo «{holder_name}» (ID de QuickBooks {holder_id})</translation>
    </message>
    <message>
        <source>the vendor “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>el proveedor «{holder_name}» (ID de QuickBooks {holder_id})</translation>
    </message>
    <message>
        <source>the inactive vendor “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>el proveedor inactivo «{holder_name}» (ID de QuickBooks {holder_id})</translation>
    </message>
    <message>
        <source>the employee “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>el empleado «{holder_name}» (ID de QuickBooks {holder_id})</translation>
    </message>
    <message>
        <source>the inactive employee “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>el empleado inactivo «{holder_name}» (ID de QuickBooks {holder_id})</translation>
    </message>
    <message>
        <source>the product or service “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>el producto o servicio «{holder_name}» (ID de QuickBooks {holder_id})</translation>
    </message>
    <message>
        <source>the inactive product or service “{holder_name}” (QuickBooks id {holder_id})</source>
        <translation>el producto o servicio inactivo «{holder_name}» (ID de QuickBooks {holder_id})</translation>
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
    <name>Records</name>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluido</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría de error</translation>
    </message>
    <message>
        <source>HubSpot ID</source>
        <translation>ID de HubSpot</translation>
    </message>
    <message>
        <source>QuickBooks ID</source>
        <translation>ID de QuickBooks</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Solución</translation>
    </message>
</context>
<context>
    <name>RecordsMixin</name>
    <message>
        <source>{problem}

Set it aside and start a fresh one?</source>
        <translation>{problem}

¿Apartarlo y empezar uno nuevo?</translation>
    </message>
    <message>
        <source>Damaged sync memory</source>
        <translation>Memoria de sincronización dañada</translation>
    </message>
    <message>
        <source>The damaged file was not set aside: {reason}</source>
        <translation>El archivo dañado no se apartó: {reason}</translation>
    </message>
    <message>
        <source>The damaged file is kept as {path}. The next sync starts a fresh one.</source>
        <translation>El archivo dañado se conserva como {path}. La próxima sincronización empieza uno nuevo.</translation>
    </message>
    <message>
        <source>A sync is running; press Retry when it has finished.</source>
        <translation>Hay una sincronización en curso; pulsa Reintentar cuando termine.</translation>
    </message>
    <message>
        <source>No failed records to retry.</source>
        <translation>No hay registros con error que reintentar.</translation>
    </message>
    <message>
        <source>Those records are no longer failed; nothing to retry.</source>
        <translation>Esos registros ya no tienen error; no hay nada que reintentar.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %Ln failed record(s)…</source>
        <translation>
            <numerusform>Reintentando %Ln registro con error…</numerusform>
            <numerusform>Reintentando %Ln registros con error…</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the retry…</source>
        <translation>Preparando el reintento…</translation>
    </message>
    <message>
        <source>Retry did not start: {reason}</source>
        <translation>El reintento no empezó: {reason}</translation>
    </message>
    <message>
        <source>Nothing to export yet: run a sync first.</source>
        <translation>Aún no hay nada que exportar: sincroniza primero.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to {path}.</source>
        <translation>
            <numerusform>%Ln registro exportado a {path}.</numerusform>
            <numerusform>%Ln registros exportados a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Error al exportar: {reason}</translation>
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
        <translation>Configuración de sincronización</translation>
    </message>
    <message>
        <source>The saved settings cannot be used: {reason}</source>
        <translation>No se puede usar la configuración guardada: {reason}</translation>
    </message>
    <message>
        <source>Delete the {sync} sync?

Kept: every record in HubSpot and in QuickBooks, untouched, and your other syncs.
Forgotten: which HubSpot {record} goes with which QuickBooks {other}, the settings of this sync and its record list here. Switching it on again matches records afresh.</source>
        <translation>¿Eliminar la sincronización {sync}?

Se conserva: cada registro en HubSpot y en QuickBooks, sin tocar, y tus otras sincronizaciones.
Se olvida: qué {record} de HubSpot va con qué {other} de QuickBooks, la configuración de esta sincronización y su lista de registros aquí. Al volver a activarla, los registros se emparejan de nuevo.</translation>
    </message>
    <message>
        <source>Delete the {sync} sync</source>
        <translation>Eliminar la sincronización {sync}</translation>
    </message>
    <message>
        <source>Wait for the running sync to finish before deleting.</source>
        <translation>Espera a que termine la sincronización en curso antes de eliminar.</translation>
    </message>
    <message numerus="yes">
        <source>The {sync} sync is deleted and off; %Ln link(s) forgotten.</source>
        <translation>
            <numerusform>La sincronización {sync} está eliminada y desactivada; %Ln vínculo olvidado.</numerusform>
            <numerusform>La sincronización {sync} está eliminada y desactivada; %Ln vínculos olvidados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The {sync} sync was not deleted: {reason}</source>
        <translation>La sincronización {sync} no se eliminó: {reason}</translation>
    </message>
    <message>
        <source>Deleting the {sync} sync…</source>
        <translation>Eliminando la sincronización {sync}…</translation>
    </message>
    <message>
        <source>Every sync is switched off: there is nothing to try.</source>
        <translation>Todas las sincronizaciones están desactivadas: no hay nada que probar.</translation>
    </message>
    <message>
        <source>A sync is running; try the preview when it has finished.</source>
        <translation>Hay una sincronización en curso; prueba la vista previa cuando termine.</translation>
    </message>
    <message>
        <source>The preview ended without a plan.</source>
        <translation>La vista previa terminó sin plan.</translation>
    </message>
    <message>
        <source>Runs once both accounts are connected.</source>
        <translation>Se ejecuta cuando ambas cuentas estén conectadas.</translation>
    </message>
    <message>
        <source>Checking QuickBooks settings…</source>
        <translation>Comprobando la configuración de QuickBooks…</translation>
    </message>
    <message>
        <source>The check could not run: {reason}</source>
        <translation>No se pudo hacer la comprobación: {reason}</translation>
    </message>
    <message>
        <source>Nothing to check here.</source>
        <translation>Aquí no hay nada que comprobar.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Both ways</source>
        <translation>En ambas direcciones</translation>
    </message>
    <message>
        <source>HubSpot → QuickBooks only</source>
        <translation>Solo HubSpot → QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks → HubSpot only</source>
        <translation>Solo QuickBooks → HubSpot</translation>
    </message>
    <message>
        <source>Use HubSpot data</source>
        <translation>Usar datos de HubSpot</translation>
    </message>
    <message>
        <source>Use QuickBooks data</source>
        <translation>Usar datos de QuickBooks</translation>
    </message>
    <message>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>no contiene</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>no está vacío</translation>
    </message>
    <message>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never (manual only)</source>
        <translation>nunca (solo manual)</translation>
    </message>
    <message>
        <source>0: no automatic syncs; press Sync now when you want one</source>
        <translation>0: sin sincronización automática; pulsa Sincronizar ahora cuando quieras una</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Show what a sync with these settings would do, without saving or writing anything</source>
        <translation>Mostrar lo que haría una sincronización con esta configuración, sin guardar ni escribir nada</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Sincronizar automáticamente</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red, then save again.</source>
        <translation>Corrige los campos marcados en rojo y vuelve a guardar.</translation>
    </message>
</context>
<context>
    <name>SinceDialog</name>
    <message>
        <source>Send older invoices</source>
        <translation>Enviar facturas anteriores</translation>
    </message>
    <message>
        <source>Invoices made in HubSpot before invoice sync was switched on are not sent by themselves. Choose from which day older invoices should go to QuickBooks; you see what would be sent before anything is sent.</source>
        <translation>Las facturas creadas en HubSpot antes de activar la sincronización de facturas no se envían solas. Elija desde qué día deben ir a QuickBooks las facturas anteriores; verá lo que se enviaría antes de enviar nada.</translation>
    </message>
    <message>
        <source>Created on or after:</source>
        <translation>Creadas el día o después:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vista previa…</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <source>All objects</source>
        <translation>Todos los objetos</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Search name, {keys}, ID or reason  (Ctrl+F)</source>
        <translation>Buscar nombre, {keys}, ID o motivo  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>Reintentar selección</translation>
    </message>
    <message>
        <source>Retry all failed</source>
        <translation>Reintentar todos los errores</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Select a record to see its IDs, history and any fix.</source>
        <translation>Selecciona un registro para ver sus ID, su historial y la solución.</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Mostrar detalles técnicos</translation>
    </message>
    <message>
        <source>&lt;b&gt;By object&lt;/b&gt; — click a count to list those records</source>
        <translation>&lt;b&gt;Por objeto&lt;/b&gt;: haz clic en un número para ver esos registros</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Problem code</source>
        <translation>Código del problema</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué falló</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>No sync activity recorded yet.</source>
        <translation>Aún no hay actividad de sincronización registrada.</translation>
    </message>
</context>
<context>
    <name>SyncMixin</name>
    <message>
        <source>Not available while a sync is under way; it comes back when it ends.</source>
        <translation>No disponible mientras haya una sincronización en curso; vuelve a estarlo cuando termine.</translation>
    </message>
    <message>
        <source>Sync is not available: {error}</source>
        <translation>La sincronización no está disponible: {error}</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Generando vista previa…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Preview… (nothing is written)</source>
        <translation>Vista previa… (no se escribe nada)</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>{object}: {done} of {total}</source>
        <translation>{object}: {done} de {total}</translation>
    </message>
    <message>
        <source>{object}: {done}</source>
        <translation>{object}: {done}</translation>
    </message>
    <message>
        <source>{object}: reading…</source>
        <translation>{object}: leyendo…</translation>
    </message>
    <message>
        <source>The preview stopped: {error}</source>
        <translation>La vista previa se detuvo: {error}</translation>
    </message>
    <message>
        <source>Sync stopped: {error}</source>
        <translation>La sincronización se detuvo: {error}</translation>
    </message>
    <message>
        <source>Sync cancelled. Nothing is lost; the next run continues.</source>
        <translation>Sincronización cancelada. No se pierde nada; la próxima ejecución continúa.</translation>
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
    <name>Trouble</name>
    <message>
        <source>HubSpot or QuickBooks</source>
        <translation>HubSpot o QuickBooks</translation>
    </message>
    <message>
        <source>Reconnect {service}</source>
        <translation>Volver a conectar {service}</translation>
    </message>
    <message>
        <source>Can&apos;t reach {service}</source>
        <translation>No se puede acceder a {service}</translation>
    </message>
    <message>
        <source>The {service} sign-in has expired or was revoked — press Reconnect; nothing queued is lost.</source>
        <translation>El inicio de sesión en {service} caducó o se revocó: pulsa Volver a conectar; no se pierde nada pendiente.</translation>
    </message>
    <message>
        <source>Can&apos;t reach {service} — check the internet connection; qbsync will try again at {time}.</source>
        <translation>No se puede acceder a {service}: comprueba la conexión a internet; qbsync lo volverá a intentar a las {time}.</translation>
    </message>
    <message>
        <source>Can&apos;t reach {service} — check the internet connection; press Sync now to try again.</source>
        <translation>No se puede acceder a {service}: comprueba la conexión a internet; pulsa Sincronizar ahora para volver a intentarlo.</translation>
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
