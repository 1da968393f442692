<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AdminPage</name>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Las dos contraseñas no coinciden.</translation>
        </message>
        <message>
            <source>The first administrator</source>
            <translation>El primer administrador</translation>
        </message>
        <message>
            <source>The person who will add the other users. Keep the password safe: nobody can read it back.</source>
            <translation>La persona que agregará a los demás usuarios. Guarde bien la contraseña: nadie podrá recuperarla.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <source>Password (at least {n} characters)</source>
            <translation>Contraseña (mínimo {n} caracteres)</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Repita la contraseña</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Todavía no hay nada que mostrar.</translation>
        </message>
    </context>
    <context>
        <name>CensusDialog</name>
        <message>
            <source>Verify in census</source>
            <translation>Verificar en el censo</translation>
        </message>
        <message>
            <source>Mark {count} member(s) as seen and verified.</source>
            <translation>Marcar {count} asociado(s) como vistos y verificados.</translation>
        </message>
        <message>
            <source>e.g. Census {year}</source>
            <translation>p. ej. Censo {year}</translation>
        </message>
        <message>
            <source>Open new census</source>
            <translation>Abrir un censo nuevo</translation>
        </message>
        <message>
            <source>Census</source>
            <translation>Censo</translation>
        </message>
        <message>
            <source>or a new one</source>
            <translation>o uno nuevo</translation>
        </message>
        <message>
            <source>Verified on</source>
            <translation>Verificado el</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <source>{name} (from {date}, {count} verified)</source>
            <translation>{name} (desde el {date}, {count} verificados)</translation>
        </message>
    </context>
    <context>
        <name>CoopPage</name>
        <message>
            <source>The cooperative</source>
            <translation>La cooperativa</translation>
        </message>
        <message>
            <source>Its name, the currency of its books, its country and the value of one share.</source>
            <translation>Su nombre, la moneda de su contabilidad, su país y el valor de un aporte.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Currency (ISO code)</source>
            <translation>Moneda (código ISO)</translation>
        </message>
        <message>
            <source>Country (2 letters)</source>
            <translation>País (2 letras)</translation>
        </message>
        <message>
            <source>Value of one share</source>
            <translation>Valor de un aporte</translation>
        </message>
        <message>
            <source>e.g. Cooperativa Minera La Esperanza</source>
            <translation>p. ej. Cooperativa Minera La Esperanza</translation>
        </message>
        <message>
            <source>Pick a currency and a country from the lists or type their codes. The value of one share is what a member pays for each share of the cooperative's capital; the bylaws say it.</source>
            <translation>Elija una moneda y un país de las listas o escriba sus códigos. El valor de un aporte es lo que un asociado paga por cada aporte al capital de la cooperativa; lo fijan los estatutos.</translation>
        </message>
        <message>
            <source>Choose from the list or type the code</source>
            <translation>Elija de la lista o escriba el código</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>The member register at a glance</source>
            <translation>El registro de asociados de un vistazo</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Asociados</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activos</translation>
        </message>
        <message>
            <source>Women among active members</source>
            <translation>Mujeres entre los activos</translation>
        </message>
        <message>
            <source>Applicants waiting</source>
            <translation>Solicitantes en espera</translation>
        </message>
        <message>
            <source>Members by status</source>
            <translation>Asociados por estado</translation>
        </message>
        <message>
            <source>Current members by sex</source>
            <translation>Asociados actuales por sexo</translation>
        </message>
        <message>
            <source>Current members by role</source>
            <translation>Asociados actuales por oficio</translation>
        </message>
        <message>
            <source>Current members by mining site</source>
            <translation>Asociados actuales por sitio minero</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>applicants, active and suspended; {n} registered in all</source>
            <translation>solicitantes, activos y suspendidos; {n} inscritos en total</translation>
        </message>
        <message>
            <source>{n} women</source>
            <translation>{n} mujeres</translation>
        </message>
        <message>
            <source>Other sites</source>
            <translation>Otros sitios</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Nacimiento</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Oficio</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Locality</source>
            <translation>Localidad</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Documento de identidad</translation>
        </message>
        <message>
            <source>Miner card</source>
            <translation>Carné de minero</translation>
        </message>
        <message>
            <source>Mining sites</source>
            <translation>Sitios mineros</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Ingreso</translation>
        </message>
        <message>
            <source>Payouts</source>
            <translation>Pagos</translation>
        </message>
        <message>
            <source>Successor</source>
            <translation>Sucesor</translation>
        </message>
        <message>
            <source>Last verified</source>
            <translation>Última verificación</translation>
        </message>
        <message>
            <source>Shares</source>
            <translation>Aportes</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>Historial de estados</translation>
        </message>
        <message>
            <source>Census verifications</source>
            <translation>Verificaciones de censo</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Change status…</source>
            <translation>Cambiar estado…</translation>
        </message>
        <message>
            <source>Photo…</source>
            <translation>Foto…</translation>
        </message>
        <message>
            <source>Verify in census…</source>
            <translation>Verificar en censo…</translation>
        </message>
        <message>
            <source>Share operation…</source>
            <translation>Operación de aportes…</translation>
        </message>
        <message>
            <source>Choose a member in the list to see their details.</source>
            <translation>Elija un asociado en la lista para ver sus datos.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Sin foto</translation>
        </message>
        <message>
            <source>Member no. {number}</source>
            <translation>Asociado n.º {number}</translation>
        </message>
        <message>
            <source>&lt;b style='color:{colour}'&gt;● {status}&lt;/b&gt; since {date}</source>
            <translation>&lt;b style='color:{colour}'&gt;● {status}&lt;/b&gt; desde el {date}</translation>
        </message>
        <message>
            <source>{date} ({age} years)</source>
            <translation>{date} ({age} años)</translation>
        </message>
        <message>
            <source>{card}, valid until {date}</source>
            <translation>{card}, vigente hasta el {date}</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>Not yet verified in a census.</source>
            <translation>Aún no verificado en un censo.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>{shares} share(s); paid {paid} of {subscribed} {currency}</source>
            <translation>{shares} aporte(s); pagado {paid} de {subscribed} {currency}</translation>
        </message>
    </context>
    <context>
        <name>DonutChart</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Todavía no hay nada que mostrar.</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Back up the cooperative</source>
            <translation>Hacer copia de seguridad de la cooperativa</translation>
        </message>
        <message>
            <source>coopdesk files (*.coopdesk)</source>
            <translation>Archivos coopdesk (*.coopdesk)</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Copia de seguridad hecha</translation>
        </message>
        <message>
            <source>A complete copy of the cooperative was saved to {path}.</source>
            <translation>Se guardó una copia completa de la cooperativa en {path}.</translation>
        </message>
        <message>
            <source>Making the backup…</source>
            <translation>Haciendo la copia de seguridad…</translation>
        </message>
        <message>
            <source>Verifying the audit chain…</source>
            <translation>Verificando la cadena de auditoría…</translation>
        </message>
        <message>
            <source>The audit chain verifies</source>
            <translation>La cadena de auditoría cuadra</translation>
        </message>
        <message>
            <source>All {n} events of the audit chain verify: nothing was changed outside coopdesk.</source>
            <translation>Los {n} eventos de la cadena de auditoría cuadran: nada se cambió fuera de coopdesk.</translation>
        </message>
        <message>
            <source>Head of the chain: {head}</source>
            <translation>Cabeza de la cadena: {head}</translation>
        </message>
        <message>
            <source>The audit chain does not verify</source>
            <translation>La cadena de auditoría no cuadra</translation>
        </message>
        <message>
            <source>The audit chain does not verify.</source>
            <translation>La cadena de auditoría no cuadra.</translation>
        </message>
        <message>
            <source>{n} events verified before the problem. Keep this file as it is and ask your federation or auditor for help.</source>
            <translation>{n} eventos verificados antes del problema. Deje este archivo tal como está y pida ayuda a su federación o a su auditor.</translation>
        </message>
        <message>
            <source>Choose the backup to restore</source>
            <translation>Elija la copia de seguridad que desea restaurar</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>¿Restaurar esta copia de seguridad?</translation>
        </message>
        <message>
            <source>The cooperative {db} will be replaced by the backup {backup}. Everything recorded since that backup was made will be gone from the file (a safety copy of the current state is kept beside it).</source>
            <translation>La cooperativa {db} será reemplazada por la copia {backup}. Todo lo registrado después de hacer esa copia desaparecerá del archivo (por seguridad, se guarda al lado una copia del estado actual).</translation>
        </message>
        <message>
            <source>A copy of the state before the restore is at {path}.</source>
            <translation>Hay una copia del estado anterior a la restauración en {path}.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Copia de seguridad restaurada</translation>
        </message>
        <message>
            <source>The backup was restored. Log in again to continue.</source>
            <translation>Se restauró la copia de seguridad. Vuelva a iniciar sesión para continuar.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>1. Choose the file</source>
            <translation>1. Elija el archivo</translation>
        </message>
        <message>
            <source>A CSV or Excel (.xlsx) file with one member per row and the column names in the first row.</source>
            <translation>Un archivo CSV o Excel (.xlsx) con un asociado por fila y los nombres de las columnas en la primera fila.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Elegir archivo…</translation>
        </message>
        <message>
            <source>Column names are in row</source>
            <translation>Los nombres de las columnas están en la fila</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Elija el archivo que desea importar</translation>
        </message>
        <message>
            <source>Tables (*.csv *.xlsx *.txt *.tsv)</source>
            <translation>Tablas (*.csv *.xlsx *.txt *.tsv)</translation>
        </message>
        <message>
            <source>The file has column names but no rows.</source>
            <translation>El archivo tiene nombres de columnas, pero ninguna fila.</translation>
        </message>
        <message>
            <source>{rows} row(s) in {columns} column(s): {names}</source>
            <translation>{rows} fila(s) en {columns} columna(s): {names}</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import members</source>
            <translation>Importar asociados</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The language of coopdesk's windows and documents.</source>
            <translation>El idioma de las ventanas y documentos de coopdesk.</translation>
        </message>
        <message>
            <source>Choose the language you read best. You can change it later in Settings.</source>
            <translation>Elija el idioma que mejor lee. Puede cambiarlo después en Configuración.</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Where this file is kept is risky</source>
            <translation>El lugar donde se guarda este archivo es riesgoso</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>coopdesk is locked</source>
            <translation>coopdesk está bloqueado</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>Cambiar de usuario</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Locked after {n} minutes without use. Enter the password of {user} to go on.</source>
            <translation>Bloqueado tras {n} minutos sin uso. Escriba la contraseña de {user} para continuar.</translation>
        </message>
        <message>
            <source>Enter the password of {user} to go on.</source>
            <translation>Escriba la contraseña de {user} para continuar.</translation>
        </message>
        <message>
            <source>Log in as another user. The pages will show what their roles allow.</source>
            <translation>Inicie sesión como otro usuario. Las páginas mostrarán lo que permitan sus roles.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in — coopdesk</source>
            <translation>Iniciar sesión — coopdesk</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Entrar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New cooperative…</source>
            <translation>&amp;Nueva cooperativa…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>Hacer &amp;copia de seguridad…</translation>
        </message>
        <message>
            <source>&amp;Verify the audit chain</source>
            <translation>&amp;Verificar la cadena de auditoría</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Bloquear</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;About coopdesk</source>
            <translation>&amp;Acerca de coopdesk</translation>
        </message>
        <message>
            <source>{name} — coopdesk</source>
            <translation>{name} — coopdesk</translation>
        </message>
        <message>
            <source>{user} ({roles})</source>
            <translation>{user} ({roles})</translation>
        </message>
        <message>
            <source>Audit chain #{seq} · {head}</source>
            <translation>Cadena de auditoría #{seq} · {head}</translation>
        </message>
        <message>
            <source>About coopdesk</source>
            <translation>Acerca de coopdesk</translation>
        </message>
        <message>
            <source>coopdesk {version}</source>
            <translation>coopdesk {version}</translation>
        </message>
        <message>
            <source>Governance and finance for artisanal and small-scale miners' cooperatives. Free software under the GNU GPL, version 3 or later.</source>
            <translation>Gobierno y finanzas para cooperativas de mineros artesanales y de pequeña escala. Software libre bajo la GNU GPL, versión 3 o posterior.</translation>
        </message>
        <message>
            <source>The scheduled backup failed: {reason}</source>
            <translation>Falló la copia de seguridad programada: {reason}</translation>
        </message>
        <message>
            <source>Backup made: {path}</source>
            <translation>Copia de seguridad hecha: {path}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>2. Which column holds what</source>
            <translation>2. Qué contiene cada columna</translation>
        </message>
        <message>
            <source>coopdesk guessed from the column names; check each line. Fields marked * are needed (a full name can stand in for first and last names).</source>
            <translation>coopdesk lo adivinó por los nombres de las columnas; revise cada línea. Los campos marcados con * son obligatorios (un nombre completo puede reemplazar a nombres y apellidos).</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— no se importa —</translation>
        </message>
        <message>
            <source>Choose a column for: {fields}.</source>
            <translation>Elija una columna para: {fields}.</translation>
        </message>
        <message>
            <source>The column '{column}' is chosen for {fields}; choose one column for each field.</source>
            <translation>La columna '{column}' está elegida para {fields}; elija una columna para cada campo.</translation>
        </message>
        <message>
            <source>e.g. {value}</source>
            <translation>p. ej. {value}</translation>
        </message>
    </context>
    <context>
        <name>MemberFormDialog</name>
        <message>
            <source>This file is not a picture coopdesk can read; choose a PNG or JPEG photo.</source>
            <translation>Este archivo no es una imagen que coopdesk pueda leer; elija una foto PNG o JPEG.</translation>
        </message>
        <message>
            <source>The photo could not be converted: {reason}</source>
            <translation>No se pudo convertir la foto: {reason}</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Elegir una foto</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>New member</source>
            <translation>Nuevo asociado</translation>
        </message>
        <message>
            <source>Member no. {number}: {name}</source>
            <translation>Asociado n.º {number}: {name}</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identidad</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Trabajo</translation>
        </message>
        <message>
            <source>Successor and payouts</source>
            <translation>Sucesor y pagos</translation>
        </message>
        <message>
            <source>Consents and notes</source>
            <translation>Autorizaciones y notas</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Inscribir</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Woman</source>
            <translation>Mujer</translation>
        </message>
        <message>
            <source>Man</source>
            <translation>Hombre</translation>
        </message>
        <message>
            <source>Photo…</source>
            <translation>Foto…</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Quitar foto</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— elija —</translation>
        </message>
        <message>
            <source>No mining sites yet: add them with Sites… on the Members page.</source>
            <translation>Aún no hay sitios mineros: agréguelos con Sitios… en la página Asociados.</translation>
        </message>
        <message>
            <source>Starts as</source>
            <translation>Empieza como</translation>
        </message>
        <message>
            <source>Choose woman or man.</source>
            <translation>Elija mujer u hombre.</translation>
        </message>
        <message>
            <source>Choose the member's role.</source>
            <translation>Elija el oficio del asociado.</translation>
        </message>
        <message>
            <source>Still to fill in: {fields}.</source>
            <translation>Falta llenar: {fields}.</translation>
        </message>
        <message>
            <source>Correct the fields marked in red to save.</source>
            <translation>Corrija los campos marcados en rojo para guardar.</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Sin foto</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Last names</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>First names</source>
            <translation>Nombres</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Nacimiento</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Oficio</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Locality</source>
            <translation>Localidad</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Ingreso</translation>
        </message>
    </context>
    <context>
        <name>MembersPage</name>
        <message>
            <source>Members</source>
            <translation>Asociados</translation>
        </message>
        <message>
            <source>Search: name, number, ID, phone, place…</source>
            <translation>Buscar: nombre, número, documento, teléfono, lugar…</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>Women and men</source>
            <translation>Mujeres y hombres</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>Todos los oficios</translation>
        </message>
        <message>
            <source>New member…</source>
            <translation>Nuevo asociado…</translation>
        </message>
        <message>
            <source>Register a new member (Ctrl+N)</source>
            <translation>Inscribir un nuevo asociado (Ctrl+N)</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <source>Import members from a CSV or Excel file</source>
            <translation>Importar asociados desde un archivo CSV o Excel</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>Exportar Excel…</translation>
        </message>
        <message>
            <source>Member cards…</source>
            <translation>Carnés…</translation>
        </message>
        <message>
            <source>Cards for the selected members</source>
            <translation>Carnés de los asociados seleccionados</translation>
        </message>
        <message>
            <source>Cards for all active members</source>
            <translation>Carnés de todos los asociados activos</translation>
        </message>
        <message>
            <source>Share register…</source>
            <translation>Registro de aportes…</translation>
        </message>
        <message>
            <source>Sites…</source>
            <translation>Sitios…</translation>
        </message>
        <message>
            <source>All sites</source>
            <translation>Todos los sitios</translation>
        </message>
        <message>
            <source>1 member</source>
            <translation>1 asociado</translation>
        </message>
        <message>
            <source>{count} members</source>
            <translation>{count} asociados</translation>
        </message>
        <message>
            <source>Your role may not change the member register.</source>
            <translation>Su rol no permite modificar el registro de asociados.</translation>
        </message>
        <message>
            <source>Member no. {number} registered.</source>
            <translation>Asociado n.º {number} inscrito.</translation>
        </message>
        <message>
            <source>Member no. {number} saved.</source>
            <translation>Asociado n.º {number} guardado.</translation>
        </message>
        <message>
            <source>The status of member no. {number} was changed.</source>
            <translation>Se cambió el estado del asociado n.º {number}.</translation>
        </message>
        <message>
            <source>{count} member(s) verified in the census.</source>
            <translation>{count} asociado(s) verificado(s) en el censo.</translation>
        </message>
        <message>
            <source>{count} member(s) imported.</source>
            <translation>{count} asociado(s) importado(s).</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export the member register</source>
            <translation>Exportar el registro de asociados</translation>
        </message>
        <message>
            <source>member-register</source>
            <translation>registro-asociados</translation>
        </message>
        <message>
            <source>Writing the member register…</source>
            <translation>Escribiendo el registro de asociados…</translation>
        </message>
        <message>
            <source>Print member cards</source>
            <translation>Imprimir carnés de asociado</translation>
        </message>
        <message>
            <source>member-cards</source>
            <translation>carnes-asociados</translation>
        </message>
        <message>
            <source>Making member cards…</source>
            <translation>Haciendo los carnés…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Guardado en {path}</translation>
        </message>
    </context>
    <context>
        <name>NewCooperativeWizard</name>
        <message>
            <source>New cooperative — coopdesk</source>
            <translation>Nueva cooperativa — coopdesk</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Atrás</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Siguiente &gt;</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>OpenDialog</name>
        <message>
            <source>Open a cooperative — coopdesk</source>
            <translation>Abrir una cooperativa — coopdesk</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>3. Check the rows</source>
            <translation>3. Revise las filas</translation>
        </message>
        <message>
            <source>Nothing has been written yet. Rows with problems are listed below; correct them in the file and check again, or import only the valid rows.</source>
            <translation>Todavía no se ha escrito nada. Las filas con problemas aparecen abajo; corríjalas en el archivo y vuelva a revisar, o importe solo las filas válidas.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>Revisar de nuevo</translation>
        </message>
        <message>
            <source>Checking {rows} row(s)…</source>
            <translation>Revisando {rows} fila(s)…</translation>
        </message>
        <message>
            <source>Checking the rows…</source>
            <translation>Revisando las filas…</translation>
        </message>
        <message>
            <source>The rows could not be checked: {error}</source>
            <translation>No se pudieron revisar las filas: {error}</translation>
        </message>
        <message>
            <source>{valid} row(s) ready to import · {invalid} with problems · {duplicates} already registered (will be skipped)</source>
            <translation>{valid} fila(s) lista(s) para importar · {invalid} con problemas · {duplicates} ya inscrita(s) (se omitirán)</translation>
        </message>
        <message>
            <source>This same file ({name}) was already imported. Rows already in the register will be skipped.</source>
            <translation>Este mismo archivo ({name}) ya se importó. Las filas que ya están en el registro se omitirán.</translation>
        </message>
        <message>
            <source>Only the first {shown} of {count} problems are listed.</source>
            <translation>Solo se muestran los primeros {shown} de {count} problemas.</translation>
        </message>
        <message>
            <source>Import all rows</source>
            <translation>Importar todas las filas</translation>
        </message>
        <message>
            <source>Import only the {count} valid row(s)</source>
            <translation>Importar solo las {count} fila(s) válida(s)</translation>
        </message>
        <message>
            <source>There is no new member to import.</source>
            <translation>No hay ningún asociado nuevo para importar.</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>4. Import</source>
            <translation>4. Importar</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <source>Importing members…</source>
            <translation>Importando asociados…</translation>
        </message>
        <message>
            <source>{count} member(s) registered.</source>
            <translation>{count} asociado(s) inscrito(s).</translation>
        </message>
        <message>
            <source>Member numbers {first} to {last}.</source>
            <translation>Números de asociado del {first} al {last}.</translation>
        </message>
        <message>
            <source>{count} row(s) skipped: already in the register.</source>
            <translation>{count} fila(s) omitida(s): ya están en el registro.</translation>
        </message>
        <message>
            <source>{count} row(s) with problems left out.</source>
            <translation>{count} fila(s) con problemas excluida(s).</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>No se importó nada.</translation>
        </message>
    </context>
    <context>
        <name>SavePage</name>
        <message>
            <source>Where to keep it</source>
            <translation>Dónde guardarlo</translation>
        </message>
        <message>
            <source>Keep the file on this computer's own disk, not on a network share or in a synced folder.</source>
            <translation>Guarde el archivo en el disco de este computador, no en una carpeta de red ni en una carpeta sincronizada.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>A new language applies the next time coopdesk starts.</source>
            <translation>El nuevo idioma se aplica la próxima vez que se abra coopdesk.</translation>
        </message>
        <message>
            <source>The cooperative</source>
            <translation>La cooperativa</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Value of one share</source>
            <translation>Valor de un aporte</translation>
        </message>
        <message>
            <source>Minimum age of a member</source>
            <translation>Edad mínima de un asociado</translation>
        </message>
        <message>
            <source>Lock the window after</source>
            <translation>Bloquear la ventana después de</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Usuarios</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Add user…</source>
            <translation>Agregar usuario…</translation>
        </message>
        <message>
            <source>The cooperative file</source>
            <translation>El archivo de la cooperativa</translation>
        </message>
        <message>
            <source>Back up now…</source>
            <translation>Hacer copia de seguridad…</translation>
        </message>
        <message>
            <source>Restore a backup…</source>
            <translation>Restaurar una copia de seguridad…</translation>
        </message>
        <message>
            <source>Verify the audit chain</source>
            <translation>Verificar la cadena de auditoría</translation>
        </message>
        <message>
            <source>coopdesk also keeps a copy beside the file every day (the last ten are kept).</source>
            <translation>coopdesk también guarda cada día una copia al lado del archivo (se conservan las diez últimas).</translation>
        </message>
        <message>
            <source>{n} years</source>
            <translation>{n} años</translation>
        </message>
        <message>
            <source>{n} minutes without use</source>
            <translation>{n} minutos sin uso</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>Open file: {label}</source>
            <translation>Archivo abierto: {label}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Your roles do not allow this. Ask an administrator.</source>
            <translation>Sus roles no permiten esto. Pídalo a un administrador.</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <source>Share register</source>
            <translation>Registro de aportes</translation>
        </message>
        <message>
            <source>Shares of {name} (no. {number})</source>
            <translation>Aportes de {name} (n.º {number})</translation>
        </message>
        <message>
            <source>Record an operation</source>
            <translation>Registrar una operación</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registrar</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Operación</translation>
        </message>
        <message>
            <source>Member no.</source>
            <translation>Asociado n.º</translation>
        </message>
        <message>
            <source>To member no.</source>
            <translation>Al asociado n.º</translation>
        </message>
        <message>
            <source>Shares</source>
            <translation>Aportes</translation>
        </message>
        <message>
            <source>Amount paid</source>
            <translation>Monto pagado</translation>
        </message>
        <message>
            <source>Operation no. to reverse</source>
            <translation>N.º de operación a anular</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Receipt or reference</source>
            <translation>Recibo o referencia</translation>
        </message>
        <message>
            <source>Your role may look at the register but not record operations.</source>
            <translation>Su rol puede consultar el registro, pero no registrar operaciones.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>(no such member)</source>
            <translation>(no existe ese asociado)</translation>
        </message>
        <message>
            <source>{count} operation(s) in the register.</source>
            <translation>{count} operación(es) en el registro.</translation>
        </message>
        <message>
            <source>Shares held: {shares} · subscribed: {subscribed} {currency} · paid: {paid} {currency} · still to pay: {unpaid} {currency}</source>
            <translation>Aportes: {shares} · suscrito: {subscribed} {currency} · pagado: {paid} {currency} · por pagar: {unpaid} {currency}</translation>
        </message>
        <message>
            <source>Operation no. {number} recorded.</source>
            <translation>Operación n.º {number} registrada.</translation>
        </message>
    </context>
    <context>
        <name>ShareTableModel</name>
        <message>
            <source>Op. no.</source>
            <translation>N.º op.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Operación</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Asociado</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Other member</source>
            <translation>Otro asociado</translation>
        </message>
        <message>
            <source>Shares</source>
            <translation>Aportes</translation>
        </message>
        <message>
            <source>Amount ({currency})</source>
            <translation>Monto ({currency})</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Reversed by operation {number}</source>
            <translation>Anulada por la operación {number}</translation>
        </message>
        <message>
            <source>Reverses operation {number}</source>
            <translation>Anula la operación {number}</translation>
        </message>
        <message>
            <source>{kind} of no. {number}</source>
            <translation>{kind} de la op. n.º {number}</translation>
        </message>
    </context>
    <context>
        <name>SiteDialog</name>
        <message>
            <source>New mining site</source>
            <translation>Nuevo sitio minero</translation>
        </message>
        <message>
            <source>e.g. gold, coltan, tin</source>
            <translation>p. ej. oro, coltán, estaño</translation>
        </message>
        <message>
            <source>e.g. 7.0847 (south is negative)</source>
            <translation>p. ej. 7.0847 (el sur es negativo)</translation>
        </message>
        <message>
            <source>e.g. -74.7027 (west is negative)</source>
            <translation>p. ej. -74.7027 (el oeste es negativo)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Mineral</source>
            <translation>Mineral</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Latitud</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Longitud</translation>
        </message>
        <message>
            <source>Title or licence reference</source>
            <translation>Título minero o licencia</translation>
        </message>
        <message>
            <source>Add site</source>
            <translation>Agregar sitio</translation>
        </message>
        <message>
            <source>'{value}' is not a number of degrees, e.g. 7.0847.</source>
            <translation>'{value}' no es un número de grados, p. ej. 7.0847.</translation>
        </message>
    </context>
    <context>
        <name>SitesDialog</name>
        <message>
            <source>Mining sites</source>
            <translation>Sitios mineros</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sitio</translation>
        </message>
        <message>
            <source>Mineral</source>
            <translation>Mineral</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>Latitud</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>Longitud</translation>
        </message>
        <message>
            <source>Title or licence</source>
            <translation>Título o licencia</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Asociados</translation>
        </message>
        <message>
            <source>No mining sites yet.</source>
            <translation>Aún no hay sitios mineros.</translation>
        </message>
        <message>
            <source>Add site…</source>
            <translation>Agregar sitio…</translation>
        </message>
    </context>
    <context>
        <name>StartDialog</name>
        <message>
            <source>Welcome — coopdesk</source>
            <translation>Bienvenido — coopdesk</translation>
        </message>
        <message>
            <source>The member register, meetings and books of your cooperative.</source>
            <translation>El registro de asociados, las reuniones y la contabilidad de su cooperativa.</translation>
        </message>
        <message>
            <source>Create a new cooperative</source>
            <translation>Crear una cooperativa nueva</translation>
        </message>
        <message>
            <source>Open a cooperative file…</source>
            <translation>Abrir un archivo de cooperativa…</translation>
        </message>
        <message>
            <source>Open the demo cooperative</source>
            <translation>Abrir la cooperativa de demostración</translation>
        </message>
        <message>
            <source>Recently opened (double-click to open):</source>
            <translation>Abiertos recientemente (doble clic para abrir):</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <source>Change status: {name}</source>
            <translation>Cambiar estado: {name}</translation>
        </message>
        <message>
            <source>{name} (no. {number}) is &lt;b style='color:{colour}'&gt;{status}&lt;/b&gt; since {date}.</source>
            <translation>{name} (n.º {number}): &lt;b style='color:{colour}'&gt;{status}&lt;/b&gt; desde el {date}.</translation>
        </message>
        <message>
            <source>No further change of status is possible.</source>
            <translation>Ya no es posible cambiar el estado.</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Nuevo estado</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Change status</source>
            <translation>Cambiar estado</translation>
        </message>
        <message>
            <source>Required for this change.</source>
            <translation>Obligatorio para este cambio.</translation>
        </message>
        <message>
            <source>Optional.</source>
            <translation>Opcional.</translation>
        </message>
    </context>
    <context>
        <name>TargetChooser</name>
        <message>
            <source>Give a PostgreSQL address that starts with postgresql://</source>
            <translation>Escriba una dirección PostgreSQL que empiece por postgresql://</translation>
        </message>
        <message>
            <source>Say where to keep the file.</source>
            <translation>Indique dónde guardar el archivo.</translation>
        </message>
        <message>
            <source>Choose a cooperative file.</source>
            <translation>Elija un archivo de cooperativa.</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>No hay ningún archivo en {path}.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another name.</source>
            <translation>{path} ya existe; elija otro nombre.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>La carpeta {folder} no existe.</translation>
        </message>
        <message>
            <source>coopdesk files (*.coopdesk)</source>
            <translation>Archivos coopdesk (*.coopdesk)</translation>
        </message>
        <message>
            <source>Where to keep the file</source>
            <translation>Dónde guardar el archivo</translation>
        </message>
        <message>
            <source>Open a cooperative file</source>
            <translation>Abrir un archivo de cooperativa</translation>
        </message>
        <message>
            <source>A cooperative file on this computer</source>
            <translation>Un archivo de cooperativa en este computador</translation>
        </message>
        <message>
            <source>A PostgreSQL database on a server (for a federation)</source>
            <translation>Una base de datos PostgreSQL en un servidor (para una federación)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>Add a user</source>
            <translation>Agregar un usuario</translation>
        </message>
        <message>
            <source>e.g. maria.quispe</source>
            <translation>p. ej. maria.quispe</translation>
        </message>
        <message>
            <source>at least {n} characters</source>
            <translation>mínimo {n} caracteres</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Repita la contraseña</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Add the user</source>
            <translation>Agregar el usuario</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Las dos contraseñas no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>coopdesk</name>
        <message>
            <source>'{value}' is not a date; write YYYY-MM-DD.</source>
            <translation>'{value}' no es una fecha; escriba AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>Give the password in the COOPDESK_PASSWORD environment variable, or run the command in a terminal to be asked.</source>
            <translation>Indique la contraseña en la variable de entorno COOPDESK_PASSWORD, o ejecute el comando en una terminal para que se la pida.</translation>
        </message>
        <message>
            <source>Repeat the password: </source>
            <translation>Repita la contraseña: </translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Las dos contraseñas no coinciden.</translation>
        </message>
        <message>
            <source>Say which cooperative: --db PATH_OR_URL (or COOPDESK_DB).</source>
            <translation>Indique la cooperativa: --db PATH_OR_URL (o COOPDESK_DB).</translation>
        </message>
        <message>
            <source>Warning: {text}</source>
            <translation>Atención: {text}</translation>
        </message>
        <message>
            <source>Password for {user}: </source>
            <translation>Contraseña de {user}: </translation>
        </message>
        <message>
            <source>Password for the administrator {user}: </source>
            <translation>Contraseña del administrador {user}: </translation>
        </message>
        <message>
            <source>Created {db} for {name}. Administrator: {user}.</source>
            <translation>Se creó {db} para {name}. Administrador: {user}.</translation>
        </message>
        <message>
            <source>{path} already exists; add --force to replace it.</source>
            <translation>{path} ya existe; agregue --force para reemplazarlo.</translation>
        </message>
        <message>
            <source>Demo cooperative written to {db}. Log in as admin with the password {password}.</source>
            <translation>Cooperativa de demostración escrita en {db}. Inicie sesión como admin con la contraseña {password}.</translation>
        </message>
        <message>
            <source>The audit chain verifies: {n} events, head #{seq} {head}.</source>
            <translation>La cadena de auditoría cuadra: {n} eventos, cabeza #{seq} {head}.</translation>
        </message>
        <message>
            <source>The audit chain does NOT verify: {problem}</source>
            <translation>La cadena de auditoría NO cuadra: {problem}</translation>
        </message>
        <message>
            <source>A PostgreSQL cooperative needs a destination: -o FILE.</source>
            <translation>Una cooperativa en PostgreSQL necesita un destino: -o FILE.</translation>
        </message>
        <message>
            <source>Backup written to {path}.</source>
            <translation>Copia de seguridad escrita en {path}.</translation>
        </message>
        <message>
            <source>Say which cooperative to restore into: --db PATH_OR_URL.</source>
            <translation>Indique en qué cooperativa restaurar: --db PATH_OR_URL.</translation>
        </message>
        <message>
            <source>Restored {target} from {backup}.</source>
            <translation>Se restauró {target} desde {backup}.</translation>
        </message>
        <message>
            <source>The state before the restore was kept in {path}.</source>
            <translation>El estado anterior a la restauración quedó guardado en {path}.</translation>
        </message>
        <message>
            <source>Password for the new user {user}: </source>
            <translation>Contraseña del nuevo usuario {user}: </translation>
        </message>
        <message>
            <source>User {user} added.</source>
            <translation>Usuario {user} agregado.</translation>
        </message>
        <message>
            <source>National ID</source>
            <translation>Documento de identidad</translation>
        </message>
        <message>
            <source>Miner card</source>
            <translation>Carné de minero</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Locality</source>
            <translation>Localidad</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Oficio</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Ingreso</translation>
        </message>
        <message>
            <source>Successor</source>
            <translation>Sucesor</translation>
        </message>
        <message>
            <source>Payout</source>
            <translation>Pago</translation>
        </message>
        <message>
            <source>Sites</source>
            <translation>Sitios</translation>
        </message>
        <message>
            <source>Shares: {shares}, subscribed {sub}, paid {paid} {cur}</source>
            <translation>Aportes: {shares}, suscrito {sub}, pagado {paid} {cur}</translation>
        </message>
        <message>
            <source>Registered member {number}.</source>
            <translation>Asociado {number} inscrito.</translation>
        </message>
        <message>
            <source>Member {number} is now {status}.</source>
            <translation>Estado del asociado {number}: {status}.</translation>
        </message>
        <message>
            <source>Photo of member {number} saved.</source>
            <translation>Foto del asociado {number} guardada.</translation>
        </message>
        <message>
            <source>{n} member(s) verified in {census}.</source>
            <translation>{n} asociado(s) verificado(s) en {census}.</translation>
        </message>
        <message>
            <source>--map takes FIELD=COLUMN, not '{value}'.</source>
            <translation>--map espera CAMPO=COLUMNA, no '{value}'.</translation>
        </message>
        <message>
            <source>{valid} valid row(s), {invalid} with problems, {dup} already registered.</source>
            <translation>{valid} fila(s) válida(s), {invalid} con problemas, {dup} ya inscrita(s).</translation>
        </message>
        <message>
            <source>{created} member(s) created, {dup} already registered, {bad} row(s) left out.</source>
            <translation>{created} asociado(s) creado(s), {dup} ya inscrito(s), {bad} fila(s) excluida(s).</translation>
        </message>
        <message>
            <source>Written {path}.</source>
            <translation>Se escribió {path}.</translation>
        </message>
        <message>
            <source>Site {id} added.</source>
            <translation>Sitio {id} agregado.</translation>
        </message>
        <message>
            <source>Share operation {number} recorded.</source>
            <translation>Operación de aportes {number} registrada.</translation>
        </message>
        <message>
            <source>Governance and finance for miners' cooperatives.</source>
            <translation>Gobierno y finanzas para cooperativas mineras.</translation>
        </message>
        <message>
            <source>the cooperative: a .coopdesk file or a postgresql:// URL</source>
            <translation>la cooperativa: un archivo .coopdesk o una URL postgresql://</translation>
        </message>
        <message>
            <source>log in as this user (default: admin, or COOPDESK_USER)</source>
            <translation>iniciar sesión como este usuario (por defecto: admin, o COOPDESK_USER)</translation>
        </message>
        <message>
            <source>language of the messages</source>
            <translation>idioma de los mensajes</translation>
        </message>
        <message>
            <source>create a new cooperative file</source>
            <translation>crear un nuevo archivo de cooperativa</translation>
        </message>
        <message>
            <source>the new file, or an empty PostgreSQL database URL</source>
            <translation>el nuevo archivo, o la URL de una base de datos PostgreSQL vacía</translation>
        </message>
        <message>
            <source>the value of one share</source>
            <translation>el valor de un aporte</translation>
        </message>
        <message>
            <source>registration number</source>
            <translation>número de registro</translation>
        </message>
        <message>
            <source>the administrator's user name</source>
            <translation>el nombre de usuario del administrador</translation>
        </message>
        <message>
            <source>the administrator's full name</source>
            <translation>el nombre completo del administrador</translation>
        </message>
        <message>
            <source>create the demo cooperative</source>
            <translation>crear la cooperativa de demostración</translation>
        </message>
        <message>
            <source>replace an existing file</source>
            <translation>reemplazar un archivo existente</translation>
        </message>
        <message>
            <source>open the window on a cooperative</source>
            <translation>abrir la ventana con una cooperativa</translation>
        </message>
        <message>
            <source>recompute the audit chain and name the first bad event</source>
            <translation>recalcular la cadena de auditoría e indicar el primer evento con error</translation>
        </message>
        <message>
            <source>back up the cooperative</source>
            <translation>hacer copia de seguridad de la cooperativa</translation>
        </message>
        <message>
            <source>backup file (default: the rotating backups folder beside the file)</source>
            <translation>archivo de copia (por defecto: la carpeta de copias rotativas junto al archivo)</translation>
        </message>
        <message>
            <source>restore the cooperative from a backup</source>
            <translation>restaurar la cooperativa desde una copia de seguridad</translation>
        </message>
        <message>
            <source>users and roles</source>
            <translation>usuarios y roles</translation>
        </message>
        <message>
            <source>add a user (password from COOPDESK_NEW_PASSWORD or asked)</source>
            <translation>agregar un usuario (contraseña tomada de COOPDESK_NEW_PASSWORD o preguntada)</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>nombre completo</translation>
        </message>
        <message>
            <source>list users</source>
            <translation>listar usuarios</translation>
        </message>
        <message>
            <source>the member register</source>
            <translation>el registro de asociados</translation>
        </message>
        <message>
            <source>text to look for in names, numbers, IDs, phones</source>
            <translation>texto a buscar en nombres, números, documentos, teléfonos</translation>
        </message>
        <message>
            <source>list members</source>
            <translation>listar asociados</translation>
        </message>
        <message>
            <source>show one member</source>
            <translation>mostrar un asociado</translation>
        </message>
        <message>
            <source>register a member</source>
            <translation>inscribir un asociado</translation>
        </message>
        <message>
            <source>change a member's status</source>
            <translation>cambiar el estado de un asociado</translation>
        </message>
        <message>
            <source>set or remove a member's photo</source>
            <translation>poner o quitar la foto de un asociado</translation>
        </message>
        <message>
            <source>mark members as verified in a census</source>
            <translation>marcar asociados como verificados en un censo</translation>
        </message>
        <message>
            <source>census name, e.g. 'Census 2026'</source>
            <translation>nombre del censo, p. ej. 'Censo 2026'</translation>
        </message>
        <message>
            <source>import members from CSV or Excel</source>
            <translation>importar asociados desde CSV o Excel</translation>
        </message>
        <message>
            <source>map a field to a column when the guess is wrong</source>
            <translation>asignar un campo a una columna cuando no se adivinó bien</translation>
        </message>
        <message>
            <source>import the valid rows even if others have problems</source>
            <translation>importar las filas válidas aunque otras tengan problemas</translation>
        </message>
        <message>
            <source>check only; write nothing</source>
            <translation>solo revisar; no escribir nada</translation>
        </message>
        <message>
            <source>export the register as PDF or Excel</source>
            <translation>exportar el registro en PDF o Excel</translation>
        </message>
        <message>
            <source>print member cards (PDF)</source>
            <translation>imprimir carnés de asociado (PDF)</translation>
        </message>
        <message>
            <source>members (default: all active)</source>
            <translation>asociados (por defecto: todos los activos)</translation>
        </message>
        <message>
            <source>mining sites</source>
            <translation>sitios mineros</translation>
        </message>
        <message>
            <source>list sites</source>
            <translation>listar sitios</translation>
        </message>
        <message>
            <source>add a site</source>
            <translation>agregar un sitio</translation>
        </message>
        <message>
            <source>title or licence reference</source>
            <translation>título minero o referencia de la licencia</translation>
        </message>
        <message>
            <source>the share capital register</source>
            <translation>el registro de aportes sociales</translation>
        </message>
        <message>
            <source>list operations</source>
            <translation>listar operaciones</translation>
        </message>
        <message>
            <source>subscribe shares</source>
            <translation>suscribir aportes</translation>
        </message>
        <message>
            <source>pay up shares</source>
            <translation>pagar aportes</translation>
        </message>
        <message>
            <source>transfer paid-up shares</source>
            <translation>traspasar aportes pagados</translation>
        </message>
        <message>
            <source>refund shares</source>
            <translation>devolver aportes</translation>
        </message>
        <message>
            <source>reverse an operation</source>
            <translation>anular una operación</translation>
        </message>
        <message>
            <source>Error: {message}</source>
            <translation>Error: {message}</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrador</translation>
        </message>
        <message>
            <source>President</source>
            <translation>Presidente</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secretario</translation>
        </message>
        <message>
            <source>Treasurer</source>
            <translation>Tesorero</translation>
        </message>
        <message>
            <source>Supervisory committee</source>
            <translation>Junta de vigilancia</translation>
        </message>
        <message>
            <source>Teller</source>
            <translation>Escrutador</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Capacitador</translation>
        </message>
        <message>
            <source>change the member register</source>
            <translation>modificar el registro de asociados</translation>
        </message>
        <message>
            <source>record share capital operations</source>
            <translation>registrar operaciones de aportes sociales</translation>
        </message>
        <message>
            <source>manage users</source>
            <translation>administrar usuarios</translation>
        </message>
        <message>
            <source>change the cooperative's settings</source>
            <translation>cambiar la configuración de la cooperativa</translation>
        </message>
        <message>
            <source>make a backup</source>
            <translation>hacer una copia de seguridad</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>set up the chart of accounts and fiscal years</source>
            <translation>configurar el plan de cuentas y los ejercicios</translation>
        </message>
        <message>
            <source>record journal entries</source>
            <translation>registrar asientos contables</translation>
        </message>
        <message>
            <source>close accounting periods</source>
            <translation>cerrar períodos contables</translation>
        </message>
        <message>
            <source>{user} may not {action}. Ask an administrator for the right role.</source>
            <translation>{user} no puede {action}. Pida el rol adecuado a un administrador.</translation>
        </message>
        <message>
            <source>event #{seq} ({action} {entity} {id}, {at})</source>
            <translation>evento #{seq} ({action} {entity} {id}, {at})</translation>
        </message>
        <message>
            <source>The chain is broken before {where}: event #{missing} is missing.</source>
            <translation>La cadena está rota antes del {where}: falta el evento #{missing}.</translation>
        </message>
        <message>
            <source>The chain is broken at {where}: it does not follow the event before it.</source>
            <translation>La cadena está rota en el {where}: no sigue al evento anterior.</translation>
        </message>
        <message>
            <source>{where} does not match its hash: it was changed outside coopdesk.</source>
            <translation>El {where} no coincide con su hash: se cambió fuera de coopdesk.</translation>
        </message>
        <message>
            <source>The chain's head (event #{seq}) does not match its last event (#{count}): events were removed or added outside coopdesk.</source>
            <translation>La cabeza de la cadena (evento #{seq}) no coincide con su último evento (#{count}): se quitaron o agregaron eventos fuera de coopdesk.</translation>
        </message>
        <message>
            <source>{entity} {id} is in the file but no event of the chain records it: it was added outside coopdesk.</source>
            <translation>{entity} {id} está en el archivo, pero ningún evento de la cadena lo registra: se agregó fuera de coopdesk.</translation>
        </message>
        <message>
            <source>{entity} {id} differs from what event #{seq} recorded: it was changed outside coopdesk.</source>
            <translation>{entity} {id} no coincide con lo que registró el evento #{seq}: se cambió fuera de coopdesk.</translation>
        </message>
        <message>
            <source>There is no cooperative file at {path}.</source>
            <translation>No hay ningún archivo de cooperativa en {path}.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another name.</source>
            <translation>{path} ya existe; elija otro nombre.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>La carpeta {folder} no existe.</translation>
        </message>
        <message>
            <source>Cannot open {db}: {reason}</source>
            <translation>No se puede abrir {db}: {reason}</translation>
        </message>
        <message>
            <source>Another program or window is changing {db} right now. Nothing was written; wait a moment and try again.</source>
            <translation>Otro programa u otra ventana está modificando {db} en este momento. No se escribió nada; espere un momento e intente de nuevo.</translation>
        </message>
        <message>
            <source>{path} is not a coopdesk file.</source>
            <translation>{path} no es un archivo de coopdesk.</translation>
        </message>
        <message>
            <source>{path} is on a network share. SQLite files can be damaged when written over a network; keep the file on this computer's own disk.</source>
            <translation>{path} está en una carpeta de red. Los archivos SQLite pueden dañarse si se escriben a través de una red; guarde el archivo en el disco de este computador.</translation>
        </message>
        <message>
            <source>{path} is inside a synced folder. Two computers syncing the same file can overwrite each other's work; keep the file outside the synced folder and sync its backups instead.</source>
            <translation>{path} está dentro de una carpeta sincronizada. Dos computadores que sincronizan el mismo archivo pueden borrar el trabajo del otro; guarde el archivo fuera de la carpeta sincronizada y sincronice mejor sus copias de seguridad.</translation>
        </message>
        <message>
            <source>{path} is on a network file system ({fs}). SQLite files can be damaged when written over a network; keep the file on this computer's own disk.</source>
            <translation>{path} está en un sistema de archivos de red ({fs}). Los archivos SQLite pueden dañarse si se escriben a través de una red; guarde el archivo en el disco de este computador.</translation>
        </message>
        <message>
            <source>Row {row}, {field}: {message}</source>
            <translation>Fila {row}, {field}: {message}</translation>
        </message>
        <message>
            <source>Row {row}: {message}</source>
            <translation>Fila {row}: {message}</translation>
        </message>
        <message>
            <source>{count} problem(s) found; nothing was written.</source>
            <translation>Se encontraron {count} problema(s); no se escribió nada.</translation>
        </message>
        <message>
            <source>  ... and {more} more.</source>
            <translation>  ... y {more} más.</translation>
        </message>
        <message>
            <source>The cooperative's name is empty.</source>
            <translation>Falta el nombre de la cooperativa.</translation>
        </message>
        <message>
            <source>{code} is not an ISO 4217 currency code (e.g. COP, PEN, BOB, CDF, TZS, USD).</source>
            <translation>{code} no es un código de moneda ISO 4217 (p. ej. COP, PEN, BOB, CDF, TZS, USD).</translation>
        </message>
        <message>
            <source>{code} is not a two-letter country code (e.g. CO, PE, BO, CD, TZ).</source>
            <translation>{code} no es un código de país de dos letras (p. ej. CO, PE, BO, CD, TZ).</translation>
        </message>
        <message>
            <source>{code} is not a language coopdesk speaks ({known}).</source>
            <translation>{code} no es un idioma que coopdesk hable ({known}).</translation>
        </message>
        <message>
            <source>The database {db} already holds a cooperative.</source>
            <translation>La base de datos {db} ya contiene una cooperativa.</translation>
        </message>
        <message>
            <source>{db} holds no cooperative. Create one with 'coopdesk init'.</source>
            <translation>{db} no contiene ninguna cooperativa. Cree una con 'coopdesk init'.</translation>
        </message>
        <message>
            <source>{db} is not a coopdesk file or is damaged: {reason}</source>
            <translation>{db} no es un archivo de coopdesk o está dañado: {reason}</translation>
        </message>
        <message>
            <source>The backup {path} did not pass SQLite's check.</source>
            <translation>La copia de seguridad {path} no pasó la revisión de SQLite.</translation>
        </message>
        <message>
            <source>A backup cannot overwrite the file it copies.</source>
            <translation>Una copia de seguridad no puede sobrescribir el archivo que copia.</translation>
        </message>
        <message>
            <source>There is no backup at {path}.</source>
            <translation>No hay ninguna copia de seguridad en {path}.</translation>
        </message>
        <message>
            <source>{path} is not a coopdesk backup.</source>
            <translation>{path} no es una copia de seguridad de coopdesk.</translation>
        </message>
        <message>
            <source>{path} is not a coopdesk backup or is damaged.</source>
            <translation>{path} no es una copia de seguridad de coopdesk o está dañada.</translation>
        </message>
        <message>
            <source>The backup {path} does not verify: {problem}</source>
            <translation>La copia de seguridad {path} no cuadra: {problem}</translation>
        </message>
        <message>
            <source>Log in as an administrator of {db} to restore over it.</source>
            <translation>Inicie sesión como administrador de {db} para restaurar sobre ella.</translation>
        </message>
        <message>
            <source>'{value}' is not an amount.</source>
            <translation>'{value}' no es un monto.</translation>
        </message>
        <message>
            <source>{amount} has more decimals than {currency} allows.</source>
            <translation>{amount} tiene más decimales de los que permite {currency}.</translation>
        </message>
        <message>
            <source>The amount is empty.</source>
            <translation>Falta el monto.</translation>
        </message>
        <message>
            <source>There is nothing to share by: every weight is zero.</source>
            <translation>No hay base para repartir: todos los pesos son cero.</translation>
        </message>
        <message>
            <source>A user name has 2 to 64 letters, digits, dots, dashes or underscores, and no spaces.</source>
            <translation>Un nombre de usuario tiene de 2 a 64 letras, cifras, puntos, guiones o guiones bajos, y ningún espacio.</translation>
        </message>
        <message>
            <source>The full name is empty.</source>
            <translation>Falta el nombre completo.</translation>
        </message>
        <message>
            <source>The password must have at least {n} characters.</source>
            <translation>La contraseña debe tener al menos {n} caracteres.</translation>
        </message>
        <message>
            <source>Give the user at least one role.</source>
            <translation>Asigne al usuario al menos un rol.</translation>
        </message>
        <message>
            <source>There is already a user called {name}.</source>
            <translation>Ya existe un usuario llamado {name}.</translation>
        </message>
        <message>
            <source>This file already has users; log in as an administrator to add more.</source>
            <translation>Este archivo ya tiene usuarios; inicie sesión como administrador para agregar más.</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Nombre de usuario o contraseña incorrectos.</translation>
        </message>
        <message>
            <source>There is no chart template named '{name}'; the templates are: {known}.</source>
            <translation>No existe una plantilla de plan de cuentas llamada '{name}'; las plantillas son: {known}.</translation>
        </message>
        <message>
            <source>There is no member number {number}.</source>
            <translation>No existe el asociado número {number}.</translation>
        </message>
        <message>
            <source>Say what the entry is for.</source>
            <translation>Indique el concepto del asiento.</translation>
        </message>
        <message>
            <source>An entry needs at least two lines.</source>
            <translation>Un asiento necesita al menos dos líneas.</translation>
        </message>
        <message>
            <source>Line {n}: choose an account.</source>
            <translation>Línea {n}: elija una cuenta.</translation>
        </message>
        <message>
            <source>Line {n}: amounts are never negative; put the amount on the other side instead.</source>
            <translation>Línea {n}: los valores nunca son negativos; registre el valor en el otro lado.</translation>
        </message>
        <message>
            <source>Line {n}: give a debit or a credit, not both and not neither.</source>
            <translation>Línea {n}: indique un débito o un crédito, no ambos ni ninguno.</translation>
        </message>
        <message>
            <source>The entry does not balance: debits {debit}, credits {credit}, difference {diff}.</source>
            <translation>El asiento no cuadra: débitos {debit}, créditos {credit}, diferencia {diff}.</translation>
        </message>
        <message>
            <source>This cooperative already has a chart of accounts.</source>
            <translation>Esta cooperativa ya tiene un plan de cuentas.</translation>
        </message>
        <message>
            <source>An account needs a code and a name.</source>
            <translation>Una cuenta necesita un código y un nombre.</translation>
        </message>
        <message>
            <source>There is no account {code}.</source>
            <translation>No existe la cuenta {code}.</translation>
        </message>
        <message>
            <source>Account {code} takes entries itself; add the new account under a heading.</source>
            <translation>La cuenta {code} recibe movimientos directamente; cree la nueva cuenta bajo una cuenta de grupo.</translation>
        </message>
        <message>
            <source>The code of an account under {parent} starts with {parent}.</source>
            <translation>El código de una cuenta bajo {parent} empieza por {parent}.</translation>
        </message>
        <message>
            <source>There is already an account {code}.</source>
            <translation>Ya existe una cuenta {code}.</translation>
        </message>
        <message>
            <source>The year must end after it starts.</source>
            <translation>El ejercicio debe terminar después de empezar.</translation>
        </message>
        <message>
            <source>A fiscal year lasts at most eighteen months.</source>
            <translation>Un ejercicio dura como máximo dieciocho meses.</translation>
        </message>
        <message>
            <source>These dates overlap the fiscal year {name}.</source>
            <translation>Estas fechas se superponen con el ejercicio {name}.</translation>
        </message>
        <message>
            <source>There is already a fiscal year {name}.</source>
            <translation>Ya existe un ejercicio {name}.</translation>
        </message>
        <message>
            <source>Fiscal year {year} has no period starting {date}.</source>
            <translation>El ejercicio {year} no tiene ningún período que empiece el {date}.</translation>
        </message>
        <message>
            <source>Close the earlier periods of {year} first.</source>
            <translation>Cierre primero los períodos anteriores de {year}.</translation>
        </message>
        <message>
            <source>The period starting {date} is already closed.</source>
            <translation>El período que empieza el {date} ya está cerrado.</translation>
        </message>
        <message>
            <source>There is no fiscal year {year}.</source>
            <translation>No existe el ejercicio {year}.</translation>
        </message>
        <message>
            <source>No fiscal year covers {date}; open one first.</source>
            <translation>Ningún ejercicio cubre el {date}; abra uno primero.</translation>
        </message>
        <message>
            <source>The period of {date} is closed; post into an open period, or record a correction in the current one.</source>
            <translation>El período del {date} está cerrado; contabilice en un período abierto o registre una corrección en el período actual.</translation>
        </message>
        <message>
            <source>Line {n}: there is no account {code}.</source>
            <translation>Línea {n}: no existe la cuenta {code}.</translation>
        </message>
        <message>
            <source>Line {n}: account {code} is a heading or closed; choose an account under it.</source>
            <translation>Línea {n}: la cuenta {code} es una cuenta de grupo o está cerrada; elija una cuenta bajo ella.</translation>
        </message>
        <message>
            <source>Line {n}: account {code} ({name}) keeps a member's account; say which member.</source>
            <translation>Línea {n}: la cuenta {code} ({name}) lleva la cuenta de un asociado; indique qué asociado.</translation>
        </message>
        <message>
            <source>Line {n}: account {code} does not keep members' accounts; remove the member or choose a member account.</source>
            <translation>Línea {n}: la cuenta {code} no lleva cuentas de asociados; quite el asociado o elija una cuenta de asociados.</translation>
        </message>
        <message>
            <source>Line {n}: there is no member number {number}.</source>
            <translation>Línea {n}: no existe el asociado número {number}.</translation>
        </message>
        <message>
            <source>Line {n}: {reason}</source>
            <translation>Línea {n}: {reason}</translation>
        </message>
        <message>
            <source>A draft with this identifier exists; post the draft.</source>
            <translation>Ya existe un borrador con este identificador; contabilice el borrador.</translation>
        </message>
        <message>
            <source>This entry is posted; correct it with a reversal.</source>
            <translation>Este asiento está contabilizado; corríjalo con una reversión.</translation>
        </message>
        <message>
            <source>There is no draft {uid}.</source>
            <translation>No existe el borrador {uid}.</translation>
        </message>
        <message>
            <source>This entry is already posted.</source>
            <translation>Este asiento ya está contabilizado.</translation>
        </message>
        <message>
            <source>A posted entry is never deleted; reverse it instead.</source>
            <translation>Un asiento contabilizado nunca se elimina; reviértalo en su lugar.</translation>
        </message>
        <message>
            <source>Give the reason for the reversal.</source>
            <translation>Indique el motivo de la anulación.</translation>
        </message>
        <message>
            <source>There is no posted entry {number} in {year}.</source>
            <translation>No existe el asiento contabilizado {number} en {year}.</translation>
        </message>
        <message>
            <source>Entry {number} is itself a reversal; post the original again instead.</source>
            <translation>El asiento {number} es en sí una reversión; contabilice de nuevo el original en su lugar.</translation>
        </message>
        <message>
            <source>Entry {number} was already reversed by entry {other}.</source>
            <translation>El asiento {number} ya fue revertido por el asiento {other}.</translation>
        </message>
        <message>
            <source>Reversal of entry {number} ({year}): {reason}</source>
            <translation>Reversión del asiento {number} ({year}): {reason}</translation>
        </message>
        <message>
            <source>'{value}' is not a date; write it as DD/MM/YYYY or YYYY-MM-DD.</source>
            <translation>'{value}' no es una fecha; escríbala como DD/MM/AAAA o AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>'{value}' is only a year; write the whole date as DD/MM/YYYY or YYYY-MM-DD.</source>
            <translation>'{value}' es solo un año; escriba la fecha completa como DD/MM/AAAA o AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>The sex is missing; write F (woman) or M (man).</source>
            <translation>Falta el sexo; escriba F (mujer) o M (hombre).</translation>
        </message>
        <message>
            <source>'{value}' is not a sex; write F (woman) or M (man).</source>
            <translation>'{value}' no es un sexo válido; escriba F (mujer) o M (hombre).</translation>
        </message>
        <message>
            <source>The role is missing; write digger, processor, trader or auxiliary.</source>
            <translation>Falta el oficio; escriba minero, seleccionador, comerciante o auxiliar.</translation>
        </message>
        <message>
            <source>'{value}' is not a role; write digger, processor, trader or auxiliary.</source>
            <translation>'{value}' no es un oficio; escriba minero, seleccionador, comerciante o auxiliar.</translation>
        </message>
        <message>
            <source>'{value}': an import only registers applicants and active members; import them as active and record the change of status afterwards.</source>
            <translation>'{value}': una importación solo inscribe solicitantes y asociados activos; impórtelos como activos y registre después el cambio de estado.</translation>
        </message>
        <message>
            <source>'{value}' is not a status; write applicant or active, or leave it empty for active.</source>
            <translation>'{value}' no es un estado; escriba solicitante o activo, o déjelo vacío para activo.</translation>
        </message>
        <message>
            <source>'{value}' is a number in scientific notation and has lost digits; format the column as text in the spreadsheet and type the number again.</source>
            <translation>'{value}' es un número en notación científica y perdió cifras; dé formato de texto a la columna en la hoja de cálculo y escriba el número de nuevo.</translation>
        </message>
        <message>
            <source>'{value}' cannot be read ({error}); correct the cell.</source>
            <translation>'{value}' no se puede leer ({error}); corrija la celda.</translation>
        </message>
        <message>
            <source>'{value}...' is longer than {limit} characters; shorten it.</source>
            <translation>'{value}...' tiene más de {limit} caracteres; acórtelo.</translation>
        </message>
        <message>
            <source>The mining site '{site}' is not in the register; add it under Mining sites first, or correct the name.</source>
            <translation>El sitio minero '{site}' no está en el registro; agréguelo primero en Sitios mineros, o corrija el nombre.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <source>The header row must be 1 or more.</source>
            <translation>La fila de encabezado debe ser 1 o más.</translation>
        </message>
        <message>
            <source>{file} is larger than 100 MB; split it into smaller files.</source>
            <translation>{file} pesa más de 100 MB; divídalo en archivos más pequeños.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>No se puede leer {file}: {reason}</translation>
        </message>
        <message>
            <source>The file {file} is empty.</source>
            <translation>El archivo {file} está vacío.</translation>
        </message>
        <message>
            <source>{file} is not a file coopdesk can import; save it as CSV (.csv) or Excel (.xlsx).</source>
            <translation>{file} no es un archivo que coopdesk pueda importar; guárdelo como CSV (.csv) o Excel (.xlsx).</translation>
        </message>
        <message>
            <source>{file} is not a text table (CSV); it looks like another kind of file. Save the list as CSV or Excel (.xlsx) and try again.</source>
            <translation>{file} no es una tabla de texto (CSV); parece otro tipo de archivo. Guarde la lista como CSV o Excel (.xlsx) e intente de nuevo.</translation>
        </message>
        <message>
            <source>'{encoding}' is not a known text encoding; try utf-8 or cp1252.</source>
            <translation>'{encoding}' no es una codificación de texto conocida; pruebe utf-8 o cp1252.</translation>
        </message>
        <message>
            <source>{file} is not written in {encoding}; choose another encoding (utf-8, cp1252 or latin-1).</source>
            <translation>{file} no está escrito en {encoding}; elija otra codificación (utf-8, cp1252 o latin-1).</translation>
        </message>
        <message>
            <source>{file} cannot be read as CSV: {reason}</source>
            <translation>{file} no se puede leer como CSV: {reason}</translation>
        </message>
        <message>
            <source>{file} is protected by a password or saved in the old Excel format. Remove the password, or save it as .xlsx or CSV, and try again.</source>
            <translation>{file} está protegido con contraseña o guardado en el formato antiguo de Excel. Quite la contraseña, o guárdelo como .xlsx o CSV, e intente de nuevo.</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx), or it is damaged. Open it in a spreadsheet program and save it as .xlsx or CSV.</source>
            <translation>{file} no es un libro de Excel (.xlsx), o está dañado. Ábralo en un programa de hojas de cálculo y guárdelo como .xlsx o CSV.</translation>
        </message>
        <message>
            <source>{file} has no sheet called '{sheet}'; its sheets are: {sheets}.</source>
            <translation>{file} no tiene ninguna hoja llamada '{sheet}'; sus hojas son: {sheets}.</translation>
        </message>
        <message>
            <source>{file} has {count} sheet(s); there is no sheet number {number}.</source>
            <translation>{file} tiene {count} hoja(s); no existe la hoja número {number}.</translation>
        </message>
        <message>
            <source>{file} is in the old Excel format (.xls). Open it in a spreadsheet program and save it as .xlsx or CSV.</source>
            <translation>{file} está en el formato antiguo de Excel (.xls). Ábralo en un programa de hojas de cálculo y guárdelo como .xlsx o CSV.</translation>
        </message>
        <message>
            <source>{file} has no header line at row {row}: the first line must name the columns (or choose the row that does).</source>
            <translation>{file} no tiene encabezado en la fila {row}: la primera fila debe nombrar las columnas (o elija la fila que lo hace).</translation>
        </message>
        <message>
            <source>{file} has a header line but no members below it.</source>
            <translation>{file} tiene una fila de encabezado, pero ningún asociado debajo.</translation>
        </message>
        <message>
            <source>Column {letter}</source>
            <translation>Columna {letter}</translation>
        </message>
        <message>
            <source>'{field}' is not a field coopdesk can import; leave this column out.</source>
            <translation>'{field}' no es un campo que coopdesk pueda importar; deje fuera esta columna.</translation>
        </message>
        <message>
            <source>The column '{column}' is not in the file; choose another column.</source>
            <translation>La columna '{column}' no está en el archivo; elija otra columna.</translation>
        </message>
        <message>
            <source>This column is chosen for {fields}; choose one column for each field.</source>
            <translation>Esta columna está elegida para {fields}; elija una columna para cada campo.</translation>
        </message>
        <message>
            <source>No column is chosen for {field}; choose the column that holds it.</source>
            <translation>No hay ninguna columna elegida para {field}; elija la columna que lo contiene.</translation>
        </message>
        <message>
            <source>This row cannot be read ({error}); check its cells.</source>
            <translation>Esta fila no se puede leer ({error}); revise sus celdas.</translation>
        </message>
        <message>
            <source>National ID {id} is also on row {other}; a member can be in the file only once. Correct the ID or delete one of the two rows.</source>
            <translation>El documento de identidad {id} también está en la fila {other}; un asociado solo puede estar una vez en el archivo. Corrija el documento o borre una de las dos filas.</translation>
        </message>
        <message>
            <source>{name}, born {date}, is also on row {other}; a member can be in the file only once. Give both national IDs if they are two people, or delete one of the two rows.</source>
            <translation>{name}, nacido/a el {date}, también está en la fila {other}; un asociado solo puede estar una vez en el archivo. Escriba los dos documentos de identidad si son dos personas, o borre una de las dos filas.</translation>
        </message>
        <message>
            <source>Import cancelled; nothing was written.</source>
            <translation>Importación cancelada; no se escribió nada.</translation>
        </message>
        <message>
            <source>The rows from {row} on could not be written: {reason}</source>
            <translation>Las filas desde la {row} no se pudieron guardar: {reason}</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Inscripción</translation>
        </message>
        <message>
            <source>Member register</source>
            <translation>Registro de asociados</translation>
        </message>
        <message>
            <source>text “{text}”</source>
            <translation>texto “{text}”</translation>
        </message>
        <message>
            <source>Filtered: {filters}</source>
            <translation>Filtrado: {filters}</translation>
        </message>
        <message>
            <source>Members by status</source>
            <translation>Asociados por estado</translation>
        </message>
        <message>
            <source>{total} members ever registered; {active} active, of whom {women:.0%} are women.</source>
            <translation>{total} asociados inscritos en total; {active} activos, de los cuales el {women:.0%} son mujeres.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Last names</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>First names</source>
            <translation>Nombres</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sexo</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Nacimiento</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verificado</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Asociados</translation>
        </message>
        <message>
            <source>Member cards</source>
            <translation>Carnés de asociado</translation>
        </message>
        <message>
            <source>Member no. {number}</source>
            <translation>Asociado n.º {number}</translation>
        </message>
        <message>
            <source>Member since {date}</source>
            <translation>Asociado desde el {date}</translation>
        </message>
        <message>
            <source>ID {id}</source>
            <translation>Doc. {id}</translation>
        </message>
        <message>
            <source>Woman</source>
            <translation>Mujer</translation>
        </message>
        <message>
            <source>Man</source>
            <translation>Hombre</translation>
        </message>
        <message>
            <source>Digger</source>
            <translation>Minero</translation>
        </message>
        <message>
            <source>Ore selector or processor</source>
            <translation>Seleccionador/a o beneficiador/a</translation>
        </message>
        <message>
            <source>Trader</source>
            <translation>Comerciante</translation>
        </message>
        <message>
            <source>Auxiliary</source>
            <translation>Auxiliar</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Solicitante</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Suspendido</translation>
        </message>
        <message>
            <source>Exited</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <source>Deceased</source>
            <translation>Fallecido</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Efectivo</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>Cuenta bancaria</translation>
        </message>
        <message>
            <source>Mobile money</source>
            <translation>Billetera móvil</translation>
        </message>
        <message>
            <source>Keep and use my personal data</source>
            <translation>Guardar y usar mis datos personales</translation>
        </message>
        <message>
            <source>Use my photo on cards and lists</source>
            <translation>Usar mi foto en carnés y listas</translation>
        </message>
        <message>
            <source>Send me messages by phone</source>
            <translation>Enviarme mensajes al celular</translation>
        </message>
        <message>
            <source>Share my data with buyers and certifiers</source>
            <translation>Compartir mis datos con compradores y certificadores</translation>
        </message>
        <message>
            <source>Member no.</source>
            <translation>Asociado n.º</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Miner card no.</source>
            <translation>N.º de carné de minero</translation>
        </message>
        <message>
            <source>Miner card expiry</source>
            <translation>Vencimiento del carné de minero</translation>
        </message>
        <message>
            <source>Mining sites</source>
            <translation>Sitios mineros</translation>
        </message>
        <message>
            <source>Join date</source>
            <translation>Fecha de ingreso</translation>
        </message>
        <message>
            <source>Successor's relation</source>
            <translation>Parentesco del sucesor</translation>
        </message>
        <message>
            <source>Successor's phone</source>
            <translation>Teléfono del sucesor</translation>
        </message>
        <message>
            <source>Payout method</source>
            <translation>Forma de pago</translation>
        </message>
        <message>
            <source>Payout account</source>
            <translation>Cuenta de pago</translation>
        </message>
        <message>
            <source>Bank or provider</source>
            <translation>Banco o proveedor</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Autorizaciones</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>The first names are missing.</source>
            <translation>Faltan los nombres.</translation>
        </message>
        <message>
            <source>The last names are missing.</source>
            <translation>Faltan los apellidos.</translation>
        </message>
        <message>
            <source>Sex must be F (woman) or M (man), not '{value}'.</source>
            <translation>El sexo debe ser F (mujer) o M (hombre), no '{value}'.</translation>
        </message>
        <message>
            <source>'{value}' is not a role; use digger, processor, trader or auxiliary.</source>
            <translation>'{value}' no es un oficio; use minero, seleccionador, comerciante o auxiliar.</translation>
        </message>
        <message>
            <source>The date of birth is missing.</source>
            <translation>Falta la fecha de nacimiento.</translation>
        </message>
        <message>
            <source>The date of birth {date} is in the future.</source>
            <translation>La fecha de nacimiento {date} está en el futuro.</translation>
        </message>
        <message>
            <source>The date of birth {date} gives an age over 110; check the year.</source>
            <translation>La fecha de nacimiento {date} da una edad de más de 110 años; revise el año.</translation>
        </message>
        <message>
            <source>A minor cannot be registered as a miner: born {date}, {name} is {age} years old; members must be at least {minimum}.</source>
            <translation>Un menor de edad no puede inscribirse como minero: nacido/a el {date}, {name} tiene {age} años; los asociados deben tener al menos {minimum}.</translation>
        </message>
        <message>
            <source>The join date is missing.</source>
            <translation>Falta la fecha de ingreso.</translation>
        </message>
        <message>
            <source>The join date {date} is in the future.</source>
            <translation>La fecha de ingreso {date} está en el futuro.</translation>
        </message>
        <message>
            <source>The join date is before the date of birth.</source>
            <translation>La fecha de ingreso es anterior a la fecha de nacimiento.</translation>
        </message>
        <message>
            <source>On the join date {date} the member was {age}, a minor; a minor cannot be a member. Use the date they joined as an adult.</source>
            <translation>En la fecha de ingreso {date} el asociado tenía {age} años, era menor de edad; un menor no puede ser asociado. Use la fecha en que ingresó siendo adulto.</translation>
        </message>
        <message>
            <source>'{value}' is not a phone number (digits, spaces, an optional + in front).</source>
            <translation>'{value}' no es un número de teléfono (cifras, espacios y, si quiere, un + al inicio).</translation>
        </message>
        <message>
            <source>'{value}' is not a payout method; use cash, bank or mobile.</source>
            <translation>'{value}' no es una forma de pago; use efectivo, banco o móvil.</translation>
        </message>
        <message>
            <source>Give the account or mobile-money number the payouts go to.</source>
            <translation>Indique la cuenta o el número de billetera móvil donde se hacen los pagos.</translation>
        </message>
        <message>
            <source>Unknown consent(s): {values}.</source>
            <translation>Autorización(es) desconocida(s): {values}.</translation>
        </message>
        <message>
            <source>A member who is {current} cannot become {new}.</source>
            <translation>Un asociado en estado {current} no puede pasar a {new}.</translation>
        </message>
        <message>
            <source>Give the reason for this change.</source>
            <translation>Indique el motivo de este cambio.</translation>
        </message>
        <message>
            <source>The date {date} is in the future.</source>
            <translation>La fecha {date} está en el futuro.</translation>
        </message>
        <message>
            <source>The date {date} is before the member's last change of status ({since}).</source>
            <translation>La fecha {date} es anterior al último cambio de estado del asociado ({since}).</translation>
        </message>
        <message>
            <source>Unknown mining site(s): {ids}.</source>
            <translation>Sitio(s) minero(s) desconocido(s): {ids}.</translation>
        </message>
        <message>
            <source>National ID {id} is already registered to member {number}.</source>
            <translation>El documento de identidad {id} ya está inscrito a nombre del asociado {number}.</translation>
        </message>
        <message>
            <source>A new member starts as an applicant or as active.</source>
            <translation>Un nuevo asociado empieza como solicitante o como activo.</translation>
        </message>
        <message>
            <source>National ID {id} is also on row {other}.</source>
            <translation>El documento de identidad {id} también está en la fila {other}.</translation>
        </message>
        <message>
            <source>The photo is larger than 2 MB; use a smaller picture.</source>
            <translation>La foto pesa más de 2 MB; use una imagen más pequeña.</translation>
        </message>
        <message>
            <source>The photo must be a PNG or JPEG picture.</source>
            <translation>La foto debe ser una imagen PNG o JPEG.</translation>
        </message>
        <message>
            <source>The site's name is empty.</source>
            <translation>Falta el nombre del sitio.</translation>
        </message>
        <message>
            <source>The latitude must be between -90 and 90.</source>
            <translation>La latitud debe estar entre -90 y 90.</translation>
        </message>
        <message>
            <source>The longitude must be between -180 and 180.</source>
            <translation>La longitud debe estar entre -180 y 180.</translation>
        </message>
        <message>
            <source>There is already a site called {name}.</source>
            <translation>Ya existe un sitio llamado {name}.</translation>
        </message>
        <message>
            <source>The census needs a name, e.g. 'Census 2026'.</source>
            <translation>El censo necesita un nombre, p. ej. 'Censo 2026'.</translation>
        </message>
        <message>
            <source>There is already a census called {name}.</source>
            <translation>Ya existe un censo llamado {name}.</translation>
        </message>
        <message>
            <source>There is no census {id}.</source>
            <translation>No existe el censo {id}.</translation>
        </message>
        <message>
            <source>Subscription</source>
            <translation>Suscripción</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Pago</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Traspaso</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Devolución</translation>
        </message>
        <message>
            <source>Reversal</source>
            <translation>Anulación</translation>
        </message>
        <message>
            <source>Cancellation of unpaid shares</source>
            <translation>Anulación de aportes no pagados</translation>
        </message>
        <message>
            <source>Member {number} is {status}; their shares can only be refunded.</source>
            <translation>El asociado {number} está en estado {status}; sus aportes solo se pueden devolver.</translation>
        </message>
        <message>
            <source>The number of shares must be at least 1.</source>
            <translation>El número de aportes debe ser al menos 1.</translation>
        </message>
        <message>
            <source>Set the value of one share in the settings first.</source>
            <translation>Primero fije el valor de un aporte en la configuración.</translation>
        </message>
        <message>
            <source>The amount paid must be more than zero.</source>
            <translation>El monto pagado debe ser mayor que cero.</translation>
        </message>
        <message>
            <source>Member {number} owes {owed} {currency} on subscribed shares; a payment of {amount} is more than that.</source>
            <translation>El asociado {number} debe {owed} {currency} de aportes suscritos; un pago de {amount} es mayor que eso.</translation>
        </message>
        <message>
            <source>A member cannot transfer shares to themselves.</source>
            <translation>Un asociado no puede traspasarse aportes a sí mismo.</translation>
        </message>
        <message>
            <source>Shares can only go to an active member; member {number} is {status}.</source>
            <translation>Los aportes solo pueden pasar a un asociado activo; el asociado {number} está en estado {status}.</translation>
        </message>
        <message>
            <source>Member {number} holds {held} fully paid share(s); cannot transfer {shares}.</source>
            <translation>El asociado {number} tiene {held} aporte(s) totalmente pagado(s); no se pueden traspasar {shares}.</translation>
        </message>
        <message>
            <source>Shares are refunded to members who have left; member {number} is {status}.</source>
            <translation>Los aportes se devuelven a los asociados que se retiraron; el asociado {number} está en estado {status}.</translation>
        </message>
        <message>
            <source>Member {number} holds {held} share(s).</source>
            <translation>El asociado {number} tiene {held} aporte(s).</translation>
        </message>
        <message>
            <source>Unpaid part of the shares refunded by operation {number}</source>
            <translation>Parte no pagada de los aportes devueltos en la operación {number}</translation>
        </message>
        <message>
            <source>There is no share operation number {number}.</source>
            <translation>No existe la operación de aportes número {number}.</translation>
        </message>
        <message>
            <source>A reversal cannot itself be reversed; record the operation again instead.</source>
            <translation>Una anulación no se puede anular; mejor registre de nuevo la operación.</translation>
        </message>
        <message>
            <source>Operation {number} is already reversed.</source>
            <translation>La operación {number} ya está anulada.</translation>
        </message>
        <message>
            <source>Reversing operation {number} would leave member {member} with negative capital; reverse the later operations first.</source>
            <translation>Anular la operación {number} dejaría al asociado {member} con aportes negativos; anule primero las operaciones posteriores.</translation>
        </message>
        <message>
            <source>Choose PDF or Excel (xlsx), not '{fmt}'.</source>
            <translation>Elija PDF o Excel (xlsx), no '{fmt}'.</translation>
        </message>
        <message>
            <source>Cannot write {path}: it is open in another program or the folder is read-only.</source>
            <translation>No se puede escribir {path}: está abierto en otro programa o la carpeta es de solo lectura.</translation>
        </message>
        <message>
            <source>Page {page} / {pages}</source>
            <translation>Página {page} / {pages}</translation>
        </message>
        <message>
            <source>Audit chain #{seq} {head}…</source>
            <translation>Cadena de auditoría #{seq} {head}…</translation>
        </message>
        <message>
            <source>Audit chain: not recorded</source>
            <translation>Cadena de auditoría: no registrada</translation>
        </message>
        <message>
            <source>Generated {when}</source>
            <translation>Generado el {when}</translation>
        </message>
        <message>
            <source>{title} (continued)</source>
            <translation>{title} (continuación)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Generado</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>no registrado</translation>
        </message>
        <message>
            <source>Audit chain</source>
            <translation>Cadena de auditoría</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Carné</translation>
        </message>
        <message>
            <source>QR code</source>
            <translation>Código QR</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>With this date of birth the member was a minor when they joined; a minor cannot be registered as a miner.</source>
            <translation>Con esta fecha de nacimiento, el asociado era menor de edad al ingresar; un menor no puede inscribirse como minero.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Not allowed</source>
            <translation>No permitido</translation>
        </message>
        <message>
            <source>Please correct</source>
            <translation>Por favor, corrija</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>coopdesk met an unexpected problem. Nothing was half-written: the change was either saved whole or not at all.</source>
            <translation>coopdesk tuvo un problema inesperado. Nada quedó a medias: el cambio se guardó completo o no se guardó.</translation>
        </message>
    </context>
    <context>
        <name>open_dialog</name>
        <message>
            <source>Demo cooperative: user {user}, password {password}</source>
            <translation>Cooperativa de demostración: usuario {user}, contraseña {password}</translation>
        </message>
        <message>
            <source>Making the demo cooperative…</source>
            <translation>Creando la cooperativa de demostración…</translation>
        </message>
    </context>
    <context>
        <name>ops</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
</TS>
