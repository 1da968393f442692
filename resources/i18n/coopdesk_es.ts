<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AccountChooser</name>
        <message>
            <source>code or name</source>
            <translation>código o nombre</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <source>Add an account</source>
            <translation>Agregar una cuenta</translation>
        </message>
        <message>
            <source>No: an ordinary account</source>
            <translation>No: una cuenta normal</translation>
        </message>
        <message>
            <source>Members' share capital</source>
            <translation>Aportes sociales de los asociados</translation>
        </message>
        <message>
            <source>Amounts owed to members</source>
            <translation>Cuentas por pagar a asociados</translation>
        </message>
        <message>
            <source>Loans and advances to members</source>
            <translation>Préstamos y anticipos a asociados</translation>
        </message>
        <message>
            <source>Under the heading</source>
            <translation>Bajo la cuenta de grupo</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Keeps members' accounts</source>
            <translation>Lleva cuentas de asociados</translation>
        </message>
    </context>
    <context>
        <name>AccountTreeModel</name>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Debits {debit} · credits {credit}</source>
            <translation>Débitos {debit} · créditos {credit}</translation>
        </message>
        <message>
            <source>A heading: it shows the sum of the accounts under it.</source>
            <translation>Cuenta de grupo: muestra la suma de las cuentas que tiene debajo.</translation>
        </message>
        <message>
            <source>Member accounts: every line posted here names a member.</source>
            <translation>Cuentas de asociados: cada línea contabilizada aquí indica un asociado.</translation>
        </message>
        <message>
            <source>Closed: no more entries.</source>
            <translation>Cerrada: no admite más movimientos.</translation>
        </message>
    </context>
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
        <name>BooksPage</name>
        <message>
            <source>Books</source>
            <translation>Contabilidad</translation>
        </message>
        <message>
            <source>New entry…</source>
            <translation>Nuevo asiento…</translation>
        </message>
        <message>
            <source>Receipt…</source>
            <translation>Ingreso…</translation>
        </message>
        <message>
            <source>Payment…</source>
            <translation>Egreso…</translation>
        </message>
        <message>
            <source>Reverse…</source>
            <translation>Revertir…</translation>
        </message>
        <message>
            <source>Attach receipt…</source>
            <translation>Adjuntar comprobante…</translation>
        </message>
        <message>
            <source>Open year…</source>
            <translation>Abrir ejercicio…</translation>
        </message>
        <message>
            <source>Close period…</source>
            <translation>Cerrar período…</translation>
        </message>
        <message>
            <source>Close year…</source>
            <translation>Cerrar ejercicio…</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <source>Add account…</source>
            <translation>Agregar cuenta…</translation>
        </message>
        <message>
            <source>Search description or reference…</source>
            <translation>Buscar descripción o referencia…</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Limpiar</translation>
        </message>
        <message>
            <source>Show every entry again</source>
            <translation>Mostrar de nuevo todos los asientos</translation>
        </message>
        <message>
            <source>Balances at</source>
            <translation>Saldos al</translation>
        </message>
        <message>
            <source>All entries</source>
            <translation>Todos los asientos</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Contabilizados</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Borradores</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>Todas las cuentas</translation>
        </message>
        <message>
            <source>&lt;b style='color:#c62828'&gt;No fiscal year is open.&lt;/b&gt; Open one to post entries.</source>
            <translation>&lt;b style='color:#c62828'&gt;No hay ningún ejercicio abierto.&lt;/b&gt; Abra uno para contabilizar asientos.</translation>
        </message>
        <message>
            <source>Fiscal year &lt;b&gt;{year}&lt;/b&gt;: {start} to {end}</source>
            <translation>Ejercicio &lt;b&gt;{year}&lt;/b&gt;: del {start} al {end}</translation>
        </message>
        <message>
            <source>, closed.</source>
            <translation>, cerrado.</translation>
        </message>
        <message>
            <source>, periods closed up to {date}.</source>
            <translation>, períodos cerrados hasta el {date}.</translation>
        </message>
        <message>
            <source>, every period open.</source>
            <translation>, todos los períodos abiertos.</translation>
        </message>
        <message>
            <source>{count} draft(s) waiting to be posted.</source>
            <translation>{count} borrador(es) pendiente(s) de contabilizar.</translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>1 asiento</translation>
        </message>
        <message>
            <source>{count} entries</source>
            <translation>{count} asientos</translation>
        </message>
        <message>
            <source>Your role may not {action}.</source>
            <translation>Su rol no permite {action}.</translation>
        </message>
        <message>
            <source>Open a fiscal year first.</source>
            <translation>Abra primero un ejercicio.</translation>
        </message>
        <message>
            <source>Type a journal entry line by line (Ctrl+N)</source>
            <translation>Escribir un asiento línea por línea (Ctrl+N)</translation>
        </message>
        <message>
            <source>Money received: a share payment, a gold sale, the premium…</source>
            <translation>Dinero recibido: un pago de aportes, una venta de oro, la prima…</translation>
        </message>
        <message>
            <source>Money paid out: fuel, wages, supplies, a member…</source>
            <translation>Dinero pagado: combustible, salarios, insumos, un asociado…</translation>
        </message>
        <message>
            <source>Choose an entry in the journal first.</source>
            <translation>Elija primero un asiento en el libro diario.</translation>
        </message>
        <message>
            <source>A draft is not in the books yet; open it to change or delete it.</source>
            <translation>Un borrador aún no está en la contabilidad; ábralo para modificarlo o eliminarlo.</translation>
        </message>
        <message>
            <source>This entry is itself a reversal.</source>
            <translation>Este asiento es en sí una reversión.</translation>
        </message>
        <message>
            <source>This entry was already reversed by entry {entry}.</source>
            <translation>Este asiento ya fue revertido por el asiento {entry}.</translation>
        </message>
        <message>
            <source>Post the mirror image of the selected entry, with the reason</source>
            <translation>Contabilizar la imagen inversa del asiento seleccionado, con el motivo</translation>
        </message>
        <message>
            <source>Post the draft before attaching its receipt.</source>
            <translation>Contabilice el borrador antes de adjuntarle su comprobante.</translation>
        </message>
        <message>
            <source>Keep a scanned receipt or invoice with the selected entry</source>
            <translation>Guardar un comprobante o una factura escaneados con el asiento seleccionado</translation>
        </message>
        <message>
            <source>Open the next fiscal year</source>
            <translation>Abrir el ejercicio siguiente</translation>
        </message>
        <message>
            <source>Post entries, or a year's opening balances, from Excel or CSV</source>
            <translation>Contabilizar asientos, o los saldos iniciales de un ejercicio, desde Excel o CSV</translation>
        </message>
        <message>
            <source>Add an account under a heading of the chart</source>
            <translation>Agregar una cuenta bajo una cuenta de grupo del plan</translation>
        </message>
        <message>
            <source>There is no open period.</source>
            <translation>No hay ningún período abierto.</translation>
        </message>
        <message>
            <source>Lock a month once its books are checked</source>
            <translation>Bloquear un mes una vez revisadas sus cuentas</translation>
        </message>
        <message>
            <source>There is no open fiscal year.</source>
            <translation>No hay ningún ejercicio abierto.</translation>
        </message>
        <message>
            <source>Year-end closing: income and expenses to the result, every period locked</source>
            <translation>Cierre del ejercicio: ingresos y gastos al resultado, todos los períodos bloqueados</translation>
        </message>
        <message>
            <source>Entry {entry} posted.</source>
            <translation>Asiento {entry} contabilizado.</translation>
        </message>
        <message>
            <source>The draft was deleted.</source>
            <translation>Se eliminó el borrador.</translation>
        </message>
        <message>
            <source>Draft saved; it is not in the books until it is posted.</source>
            <translation>Borrador guardado; no estará en la contabilidad hasta que se contabilice.</translation>
        </message>
        <message>
            <source>Receipt recorded as entry {entry}.</source>
            <translation>Ingreso registrado como asiento {entry}.</translation>
        </message>
        <message>
            <source>Payment recorded as entry {entry}.</source>
            <translation>Egreso registrado como asiento {entry}.</translation>
        </message>
        <message>
            <source>Entry {entry} reversed by entry {reversal}.</source>
            <translation>Asiento {entry} revertido por el asiento {reversal}.</translation>
        </message>
        <message>
            <source>Attach a scanned receipt to entry {entry}</source>
            <translation>Adjuntar un comprobante escaneado al asiento {entry}</translation>
        </message>
        <message>
            <source>Scanned receipts ({patterns})</source>
            <translation>Comprobantes escaneados ({patterns})</translation>
        </message>
        <message>
            <source>{file} could not be read: {reason}</source>
            <translation>No se pudo leer {file}: {reason}</translation>
        </message>
        <message>
            <source>{file} attached to entry {entry}.</source>
            <translation>{file} adjuntado al asiento {entry}.</translation>
        </message>
        <message>
            <source>{count} entries imported.</source>
            <translation>{count} asientos importados.</translation>
        </message>
        <message>
            <source>Account {code} added.</source>
            <translation>Cuenta {code} agregada.</translation>
        </message>
        <message>
            <source>Fiscal year {year} opened.</source>
            <translation>Ejercicio {year} abierto.</translation>
        </message>
        <message>
            <source>The period of {year} starting {date} is closed.</source>
            <translation>Se cerró el período de {year} que empieza el {date}.</translation>
        </message>
        <message>
            <source>Fiscal year {year} closed by entry {entry}.</source>
            <translation>Ejercicio {year} cerrado con el asiento {entry}.</translation>
        </message>
        <message>
            <source>Fiscal year {year} closed.</source>
            <translation>Ejercicio {year} cerrado.</translation>
        </message>
        <message>
            <source>The books are set up.</source>
            <translation>La contabilidad está configurada.</translation>
        </message>
    </context>
    <context>
        <name>CashForm</name>
        <message>
            <source>Record a receipt</source>
            <translation>Registrar un ingreso</translation>
        </message>
        <message>
            <source>Record a payment</source>
            <translation>Registrar un egreso</translation>
        </message>
        <message>
            <source>Your role may not record share payments.</source>
            <translation>Su rol no permite registrar pagos de aportes.</translation>
        </message>
        <message>
            <source>Receipt or invoice number</source>
            <translation>Número de recibo o factura</translation>
        </message>
        <message>
            <source>Attach scanned receipt…</source>
            <translation>Adjuntar comprobante escaneado…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Monto</translation>
        </message>
        <message>
            <source>Received into</source>
            <translation>Recibido en</translation>
        </message>
        <message>
            <source>Paid from</source>
            <translation>Pagado desde</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Asociado</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Scanned receipt</source>
            <translation>Comprobante escaneado</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registrar</translation>
        </message>
        <message>
            <source>Your role may read the books but not record receipts or payments.</source>
            <translation>Su rol puede consultar la contabilidad, pero no registrar ingresos ni egresos.</translation>
        </message>
        <message>
            <source>Member (optional)</source>
            <translation>Asociado (opcional)</translation>
        </message>
        <message>
            <source>(no such member)</source>
            <translation>(no existe ese asociado)</translation>
        </message>
        <message>
            <source>In the books: debit {debit}, credit {credit}.</source>
            <translation>En la contabilidad: débito {debit}, crédito {credit}.</translation>
        </message>
        <message>
            <source>Choose the scanned receipt</source>
            <translation>Elija el comprobante escaneado</translation>
        </message>
        <message>
            <source>Scanned receipts ({patterns})</source>
            <translation>Comprobantes escaneados ({patterns})</translation>
        </message>
        <message>
            <source>{file} is larger than 10 MB; scan it at a lower resolution.</source>
            <translation>{file} pesa más de 10 MB; escanéelo con menor resolución.</translation>
        </message>
        <message>
            <source>{file} could not be read: {reason}</source>
            <translation>No se pudo leer {file}: {reason}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Type the member's number, or choose them in the list.</source>
            <translation>Escriba el número del asociado, o elíjalo en la lista.</translation>
        </message>
        <message>
            <source>There is no member number {number}.</source>
            <translation>No existe el asociado número {number}.</translation>
        </message>
        <message>
            <source>There is no account {code} that takes entries.</source>
            <translation>No existe ninguna cuenta {code} que reciba movimientos.</translation>
        </message>
        <message>
            <source>Recording…</source>
            <translation>Registrando…</translation>
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
        <name>ClosePeriodDialog</name>
        <message>
            <source>Close a period</source>
            <translation>Cerrar un período</translation>
        </message>
        <message>
            <source>{year}: {start} to {end}</source>
            <translation>{year}: del {start} al {end}</translation>
        </message>
        <message>
            <source>Close the period</source>
            <translation>Cerrar el período</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>There is no open period to close.</source>
            <translation>No hay ningún período abierto para cerrar.</translation>
        </message>
        <message>
            <source>After closing, nothing more can be posted dated from {start} to {end}: a mistake found later is corrected by an entry in an open period. Periods close in order, the earliest first. Closing cannot be undone.</source>
            <translation>Después del cierre ya no se podrá contabilizar nada con fecha del {start} al {end}: un error que se encuentre más tarde se corrige con un asiento en un período abierto. Los períodos se cierran en orden, primero el más antiguo. El cierre no se puede deshacer.</translation>
        </message>
    </context>
    <context>
        <name>CloseYearDialog</name>
        <message>
            <source>Close a fiscal year</source>
            <translation>Cerrar un ejercicio</translation>
        </message>
        <message>
            <source>Close the year</source>
            <translation>Cerrar el ejercicio</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Every fiscal year is closed already.</source>
            <translation>Todos los ejercicios ya están cerrados.</translation>
        </message>
        <message>
            <source>&lt;p&gt;Closing the fiscal year &lt;b&gt;{year}&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;posts one entry dated {end} that moves the balance of every income and expense account to the result of the year (surplus or loss), ready for the general assembly to allocate;&lt;/li&gt;&lt;li&gt;locks every period of {year}: nothing more can be posted into it, and a mistake found later is corrected in the next year;&lt;/li&gt;&lt;li&gt;cannot be undone.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;p&gt;Al cerrar el ejercicio &lt;b&gt;{year}&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;se contabiliza un asiento con fecha {end} que traslada el saldo de cada cuenta de ingresos y gastos al resultado del ejercicio (excedente o pérdida), listo para que la asamblea general decida su destino;&lt;/li&gt;&lt;li&gt;se bloquean todos los períodos de {year}: ya no se puede contabilizar nada en ellos, y un error que se encuentre más tarde se corrige en el ejercicio siguiente;&lt;/li&gt;&lt;li&gt;el cierre no se puede deshacer.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>Close {year}</source>
            <translation>Cerrar {year}</translation>
        </message>
        <message>
            <source>{year} still has {count} draft entries; post or delete them first.</source>
            <translation>{year} todavía tiene {count} asientos en borrador; contabilícelos o elimínelos primero.</translation>
        </message>
        <message>
            <source>Close {year} first.</source>
            <translation>Cierre primero {year}.</translation>
        </message>
        <message>
            <source>{year} has not ended yet: it runs until {end}.</source>
            <translation>{year} aún no ha terminado: va hasta el {end}.</translation>
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
        <name>EntryForm</name>
        <message>
            <source>New journal entry</source>
            <translation>Nuevo asiento</translation>
        </message>
        <message>
            <source>Draft journal entry</source>
            <translation>Asiento en borrador</translation>
        </message>
        <message>
            <source>What the entry is for</source>
            <translation>Concepto del asiento</translation>
        </message>
        <message>
            <source>Receipt, invoice or voucher number</source>
            <translation>N.º de recibo, factura o comprobante</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Asociado</translation>
        </message>
        <message>
            <source>Debit</source>
            <translation>Débito</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Crédito</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <source>Add a line</source>
            <translation>Agregar una línea</translation>
        </message>
        <message>
            <source>Remove the line</source>
            <translation>Quitar la línea</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Contabilizar</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Guardar borrador</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Eliminar borrador</translation>
        </message>
        <message>
            <source>Your role may read the books but not record entries.</source>
            <translation>Su rol puede consultar la contabilidad, pero no registrar asientos.</translation>
        </message>
        <message>
            <source>Only member accounts (share capital, payables to members, loans to members) name a member.</source>
            <translation>Solo las cuentas de asociados (aportes sociales, cuentas por pagar a asociados, préstamos a asociados) indican un asociado.</translation>
        </message>
        <message>
            <source>No fiscal year covers {date}; open one first.</source>
            <translation>Ningún ejercicio cubre el {date}; abra uno primero.</translation>
        </message>
        <message>
            <source>The period of {date} is closed; date the entry in an open period.</source>
            <translation>El período del {date} está cerrado; ponga al asiento una fecha de un período abierto.</translation>
        </message>
        <message>
            <source>Line {n}: {reason}</source>
            <translation>Línea {n}: {reason}</translation>
        </message>
        <message>
            <source>Line {n}: there is no account {code} that takes entries.</source>
            <translation>Línea {n}: no existe ninguna cuenta {code} que reciba movimientos.</translation>
        </message>
        <message>
            <source>Line {n}: account {code} keeps members' accounts; say which member.</source>
            <translation>Línea {n}: la cuenta {code} lleva cuentas de asociados; indique qué asociado.</translation>
        </message>
        <message>
            <source>Line {n}: there is no member number {number}.</source>
            <translation>Línea {n}: no existe el asociado número {number}.</translation>
        </message>
        <message>
            <source>Debit {debit} · Credit {credit} · Difference {diff}</source>
            <translation>Débito {debit} · Crédito {credit} · Diferencia {diff}</translation>
        </message>
        <message>
            <source>Debit {debit} · Credit {credit} · Balanced</source>
            <translation>Débito {debit} · Crédito {credit} · Cuadrado</translation>
        </message>
        <message>
            <source>Post is possible once every line is complete and debits equal credits.</source>
            <translation>Podrá contabilizar cuando todas las líneas estén completas y los débitos sean iguales a los créditos.</translation>
        </message>
        <message>
            <source>Delete the draft</source>
            <translation>Eliminar el borrador</translation>
        </message>
        <message>
            <source>Delete this draft? It was never in the books; nothing else changes.</source>
            <translation>¿Eliminar este borrador? Nunca estuvo en la contabilidad; nada más cambia.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
    </context>
    <context>
        <name>EntryViewDialog</name>
        <message>
            <source>draft</source>
            <translation>borrador</translation>
        </message>
        <message>
            <source>Entry {entry}</source>
            <translation>Asiento {entry}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Entry {entry}&lt;/b&gt; of {date}</source>
            <translation>&lt;b&gt;Asiento {entry}&lt;/b&gt; del {date}</translation>
        </message>
        <message>
            <source>Reference: {reference}</source>
            <translation>Referencia: {reference}</translation>
        </message>
        <message>
            <source>Reverses entry {entry}.</source>
            <translation>Revierte el asiento {entry}.</translation>
        </message>
        <message>
            <source>Reversed by entry {entry}.</source>
            <translation>Revertido por el asiento {entry}.</translation>
        </message>
        <message>
            <source>Entered by {user}</source>
            <translation>Registrado por {user}</translation>
        </message>
        <message>
            <source>, posted by {user}</source>
            <translation>, contabilizado por {user}</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Asociado</translation>
        </message>
        <message>
            <source>Debit</source>
            <translation>Débito</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Crédito</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Scanned receipts</source>
            <translation>Comprobantes escaneados</translation>
        </message>
        <message>
            <source>{file} ({size} kB, added by {user})</source>
            <translation>{file} ({size} kB, agregado por {user})</translation>
        </message>
        <message>
            <source>No scanned receipt is attached.</source>
            <translation>No hay ningún comprobante escaneado adjunto.</translation>
        </message>
        <message>
            <source>Save to a file…</source>
            <translation>Guardar en un archivo…</translation>
        </message>
        <message>
            <source>Save the scanned receipt</source>
            <translation>Guardar el comprobante escaneado</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}</source>
            <translation>No se pudo escribir {path}: {reason}</translation>
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
        <name>ImportDialog</name>
        <message>
            <source>Import entries or opening balances</source>
            <translation>Importar asientos o saldos iniciales</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Elegir un archivo…</translation>
        </message>
        <message>
            <source>The file holds opening balances (no dates) for</source>
            <translation>El archivo contiene saldos iniciales (sin fechas) del ejercicio</translation>
        </message>
        <message>
            <source>Columns are found by their names: date, entry, description, account, member, debit, credit, memo, reference (in English, Spanish, French or Swahili). Rows with the same entry number form one entry. A file without dates holds opening balances.</source>
            <translation>Las columnas se reconocen por su nombre: fecha, asiento, descripción, cuenta, socio, débito, crédito, nota, referencia (en inglés, español, francés o suajili). Las filas con el mismo número de asiento forman un solo asiento. Un archivo sin fechas contiene saldos iniciales.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>File (Excel .xlsx or CSV)</source>
            <translation>Archivo (Excel .xlsx o CSV)</translation>
        </message>
        <message>
            <source>Import entries</source>
            <translation>Importar asientos</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
            <translation>Hojas de cálculo (*.xlsx *.xlsm *.csv *.txt)</translation>
        </message>
        <message>
            <source>{count} problem(s); nothing can be imported until they are fixed in the file:</source>
            <translation>{count} problema(s); no se puede importar nada hasta que se corrijan en el archivo:</translation>
        </message>
        <message>
            <source>Opening balances: {lines} lines, one entry on the first day of {year}.</source>
            <translation>Saldos iniciales: {lines} líneas, un asiento el primer día de {year}.</translation>
        </message>
        <message>
            <source>{entries} entries from {rows} rows, all balanced.</source>
            <translation>{entries} asientos de {rows} filas, todos cuadrados.</translation>
        </message>
        <message>
            <source>Press Import to post them.</source>
            <translation>Presione Importar para contabilizarlos.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importando {file}…</translation>
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
        <name>JournalTableModel</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Monto</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Reversal</source>
            <translation>Anulación</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>borrador</translation>
        </message>
        <message>
            <source>reversed by {entry}</source>
            <translation>revertido por {entry}</translation>
        </message>
        <message>
            <source>reverses {entry}</source>
            <translation>revierte {entry}</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>Revertido</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Contabilizado</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>Registrado a mano</translation>
        </message>
        <message>
            <source>Cash book</source>
            <translation>Libro de caja</translation>
        </message>
        <message>
            <source>Opening balances</source>
            <translation>Saldos iniciales</translation>
        </message>
        <message>
            <source>Year-end closing</source>
            <translation>Cierre del ejercicio</translation>
        </message>
        <message>
            <source>Share register</source>
            <translation>Registro de aportes</translation>
        </message>
        <message>
            <source>Gold purchase</source>
            <translation>Compra de oro</translation>
        </message>
        <message>
            <source>Gold sale</source>
            <translation>Venta de oro</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <source>{source} no. {number}</source>
            <translation>{source} n.º {number}</translation>
        </message>
        <message>
            <source>Cash book: {kind}</source>
            <translation>Libro de caja: {kind}</translation>
        </message>
        <message>
            <source>{count} scanned receipt(s) attached</source>
            <translation>{count} comprobante(s) escaneado(s) adjunto(s)</translation>
        </message>
        <message>
            <source>A draft: not in the books until it is posted.</source>
            <translation>Borrador: no está en la contabilidad hasta que se contabilice.</translation>
        </message>
        <message>
            <source>Double-click to see the lines.</source>
            <translation>Doble clic para ver las líneas.</translation>
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
        <name>LotDialog</name>
        <message>
            <source>Record a production lot</source>
            <translation>Registrar un lote de producción</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>A member</source>
            <translation>Un asociado</translation>
        </message>
        <message>
            <source>A work group</source>
            <translation>Un grupo de trabajo</translation>
        </message>
        <message>
            <source>Produced by</source>
            <translation>Producido por</translation>
        </message>
        <message>
            <source>Member no.</source>
            <translation>Asociado n.º</translation>
        </message>
        <message>
            <source>e.g. Tunnel 3 crew</source>
            <translation>p. ej. Cuadrilla del socavón 3</translation>
        </message>
        <message>
            <source>Work group</source>
            <translation>Grupo de trabajo</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Trabajo</translation>
        </message>
        <message>
            <source>miner(s) for</source>
            <translation>minero(s) durante</translation>
        </message>
        <message>
            <source>day(s)</source>
            <translation>día(s)</translation>
        </message>
        <message>
            <source>(no site)</source>
            <translation>(sin sitio)</translation>
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
            <source>e.g. 12.5</source>
            <translation>p. ej. 12.5</translation>
        </message>
        <message>
            <source>Weight (grams)</source>
            <translation>Peso (gramos)</translation>
        </message>
        <message>
            <source>e.g. 916 or 999.9</source>
            <translation>p. ej. 916 o 999.9</translation>
        </message>
        <message>
            <source>Fineness (per mille)</source>
            <translation>Ley (milésimas)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registrar</translation>
        </message>
        <message>
            <source>(no such member)</source>
            <translation>(no existe ese asociado)</translation>
        </message>
        <message>
            <source>Fine metal: {grams} g</source>
            <translation>Metal fino: {grams} g</translation>
        </message>
        <message>
            <source>{grams} g per miner per day</source>
            <translation>{grams} g por minero por día</translation>
        </message>
        <message>
            <source>above the Fairmined limit of {limit} g: check the weight, the miners and the days</source>
            <translation>por encima del límite Fairmined de {limit} g: revise el peso, los mineros y los días</translation>
        </message>
        <message>
            <source>Type the weight in grams, e.g. 12.5</source>
            <translation>Escriba el peso en gramos, p. ej. 12.5</translation>
        </message>
        <message>
            <source>Type the fineness in per mille, e.g. 916</source>
            <translation>Escriba la ley en milésimas, p. ej. 916</translation>
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
        <name>MemberChooser</name>
        <message>
            <source>number or name</source>
            <translation>número o nombre</translation>
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
        <name>OpenYearDialog</name>
        <message>
            <source>Open a fiscal year</source>
            <translation>Abrir un ejercicio</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Último día</translation>
        </message>
        <message>
            <source>Open the year</source>
            <translation>Abrir el ejercicio</translation>
        </message>
        <message>
            <source>Entries can be posted on any day of an open fiscal year. Each month of the year becomes a period that can be closed once its books are checked.</source>
            <translation>Se pueden contabilizar asientos en cualquier día de un ejercicio abierto. Cada mes del ejercicio se convierte en un período que se puede cerrar una vez revisadas sus cuentas.</translation>
        </message>
    </context>
    <context>
        <name>PeriodBar</name>
        <message>
            <source>This month</source>
            <translation>Este mes</translation>
        </message>
        <message>
            <source>This fiscal year</source>
            <translation>Este ejercicio</translation>
        </message>
        <message>
            <source>Last fiscal year</source>
            <translation>Ejercicio anterior</translation>
        </message>
        <message>
            <source>Other dates</source>
            <translation>Otras fechas</translation>
        </message>
        <message>
            <source>from</source>
            <translation>desde</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hasta</translation>
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
        <name>ProductionPage</name>
        <message>
            <source>Production and sales</source>
            <translation>Producción y ventas</translation>
        </message>
        <message>
            <source>Record lot…</source>
            <translation>Registrar lote…</translation>
        </message>
        <message>
            <source>Buy from member…</source>
            <translation>Comprar a un asociado…</translation>
        </message>
        <message>
            <source>Record sale…</source>
            <translation>Registrar venta…</translation>
        </message>
        <message>
            <source>Lots</source>
            <translation>Lotes</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Compras</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Ventas</translation>
        </message>
        <message>
            <source>Grams per miner per day</source>
            <translation>Gramos por minero por día</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>Lote</translation>
        </message>
        <message>
            <source>Member or work group</source>
            <translation>Asociado o grupo de trabajo</translation>
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
            <source>Miners × days</source>
            <translation>Mineros × días</translation>
        </message>
        <message>
            <source>Grams</source>
            <translation>Gramos</translation>
        </message>
        <message>
            <source>Fineness ‰</source>
            <translation>Ley ‰</translation>
        </message>
        <message>
            <source>Fine grams</source>
            <translation>Gramos finos</translation>
        </message>
        <message>
            <source>Sold (g)</source>
            <translation>Vendido (g)</translation>
        </message>
        <message>
            <source>Left (g)</source>
            <translation>Queda (g)</translation>
        </message>
        <message>
            <source>Bought</source>
            <translation>Comprado</translation>
        </message>
        <message>
            <source>no. {number}</source>
            <translation>n.º {number}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Asociado</translation>
        </message>
        <message>
            <source>Price per fine gram</source>
            <translation>Precio por gramo fino</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Monto</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>reversed</source>
            <translation>revertida</translation>
        </message>
        <message>
            <source>lot {lot}: {grams} g</source>
            <translation>lote {lot}: {grams} g</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Comprador</translation>
        </message>
        <message>
            <source>Premium</source>
            <translation>Prima</translation>
        </message>
        <message>
            <source>Miner-days</source>
            <translation>Días-minero</translation>
        </message>
        <message>
            <source>Lots above the limit</source>
            <translation>Lotes sobre el límite</translation>
        </message>
        <message>
            <source>{grams} g per miner per day: above the Fairmined limit of {limit} g</source>
            <translation>{grams} g por minero por día: por encima del límite Fairmined de {limit} g</translation>
        </message>
        <message>
            <source>Above the Fairmined limit of {limit} g per miner per day</source>
            <translation>Por encima del límite Fairmined de {limit} g por minero por día</translation>
        </message>
        <message>
            <source>{lots} lot(s), {grams} g produced · bought {bought} g for {paid} {currency} · sold {sold} g for {sales} {currency}, premium {premium} {currency}</source>
            <translation>{lots} lote(s), {grams} g producidos · comprados {bought} g por {paid} {currency} · vendidos {sold} g por {sales} {currency}, prima {premium} {currency}</translation>
        </message>
        <message>
            <source>Grams of each member or work group divided by the miners and days of its lots. The Fairmined Standard allows at most {limit} g of gold per miner per day.</source>
            <translation>Gramos de cada asociado o grupo de trabajo divididos entre los mineros y los días de sus lotes. El Estándar Fairmined permite como máximo {limit} g de oro por minero por día.</translation>
        </message>
        <message>
            <source>{count} producer(s) above the limit, highlighted.</source>
            <translation>{count} productor(es) por encima del límite, resaltado(s).</translation>
        </message>
        <message>
            <source>Record what a member or a work group brought out</source>
            <translation>Registrar lo que sacó un asociado o un grupo de trabajo</translation>
        </message>
        <message>
            <source>Your role may not record production.</source>
            <translation>Su rol no permite registrar la producción.</translation>
        </message>
        <message>
            <source>The cooperative buys a member's lot and pays them</source>
            <translation>La cooperativa compra el lote de un asociado y se lo paga</translation>
        </message>
        <message>
            <source>Sell lots to a buyer; the premium is booked apart</source>
            <translation>Vender lotes a un comprador; la prima se contabiliza aparte</translation>
        </message>
        <message>
            <source>Your role may not record purchases and sales: it needs the rights to record production and journal entries.</source>
            <translation>Su rol no permite registrar compras y ventas: se necesitan los permisos para registrar la producción y los asientos contables.</translation>
        </message>
        <message>
            <source>Lot {number} recorded.</source>
            <translation>Lote {number} registrado.</translation>
        </message>
        <message>
            <source>Purchase {number} recorded and posted to the books.</source>
            <translation>Compra {number} registrada y contabilizada.</translation>
        </message>
        <message>
            <source>Sale {number} recorded and posted to the books.</source>
            <translation>Venta {number} registrada y contabilizada.</translation>
        </message>
    </context>
    <context>
        <name>PurchaseDialog</name>
        <message>
            <source>Buy gold from a member</source>
            <translation>Comprar oro a un asociado</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Member no.</source>
            <translation>Asociado n.º</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>Lote</translation>
        </message>
        <message>
            <source>e.g. 12.5</source>
            <translation>p. ej. 12.5</translation>
        </message>
        <message>
            <source>e.g. 916</source>
            <translation>p. ej. 916</translation>
        </message>
        <message>
            <source>g at</source>
            <translation>g de ley</translation>
        </message>
        <message>
            <source>per mille</source>
            <translation>milésimas</translation>
        </message>
        <message>
            <source>Weighed here</source>
            <translation>Pesado aquí</translation>
        </message>
        <message>
            <source>Price per fine gram</source>
            <translation>Precio por gramo fino</translation>
        </message>
        <message>
            <source>Paid from: {place}</source>
            <translation>Pagado desde: {place}</translation>
        </message>
        <message>
            <source>Not paid yet: owed to the member</source>
            <translation>Aún no pagado: se le debe al asociado</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Pago</translation>
        </message>
        <message>
            <source>Buy</source>
            <translation>Comprar</translation>
        </message>
        <message>
            <source>(no such member)</source>
            <translation>(no existe ese asociado)</translation>
        </message>
        <message>
            <source>Lot {lot} of {date}: {grams} g at {fineness} per mille</source>
            <translation>Lote {lot} del {date}: {grams} g de ley {fineness} milésimas</translation>
        </message>
        <message>
            <source>No lot: weighed here</source>
            <translation>Sin lote: pesado aquí</translation>
        </message>
        <message>
            <source>Fine metal: {grams} g</source>
            <translation>Metal fino: {grams} g</translation>
        </message>
        <message>
            <source>To pay: {amount} {currency}</source>
            <translation>A pagar: {amount} {currency}</translation>
        </message>
        <message>
            <source>Type the price of a fine gram.</source>
            <translation>Escriba el precio de un gramo fino.</translation>
        </message>
        <message>
            <source>Type the weight in grams and the fineness in per mille.</source>
            <translation>Escriba el peso en gramos y la ley en milésimas.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Member no.</source>
            <translation>Asociado n.º</translation>
        </message>
        <message>
            <source>Type a code or choose</source>
            <translation>Escriba un código o elija</translation>
        </message>
        <message>
            <source>Compare with the previous period</source>
            <translation>Comparar con el período anterior</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>Show the report here (the first {rows} rows of each table)</source>
            <translation>Mostrar el informe aquí (las primeras {rows} filas de cada tabla)</translation>
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
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <source>Choose a report and its period, then press Preview to see it here, or export it as PDF, Excel or CSV.</source>
            <translation>Elija un informe y su período; luego presione Vista previa para verlo aquí, o expórtelo en PDF, Excel o CSV.</translation>
        </message>
        <message>
            <source>at</source>
            <translation>al</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <source>(no such member)</source>
            <translation>(no existe ese asociado)</translation>
        </message>
        <message>
            <source>The preview may be out of date: press Preview to see the report again.</source>
            <translation>La vista previa puede estar desactualizada: presione Vista previa para ver de nuevo el informe.</translation>
        </message>
        <message>
            <source>Building the {report}…</source>
            <translation>Generando el informe “{report}”…</translation>
        </message>
        <message>
            <source>{report}: preview ready.</source>
            <translation>{report}: vista previa lista.</translation>
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
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export the {report}</source>
            <translation>Exportar el informe “{report}”</translation>
        </message>
        <message>
            <source>Writing {path}…</source>
            <translation>Escribiendo {path}…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Guardado en {path}</translation>
        </message>
        <message>
            <source>Cancelled; nothing was written.</source>
            <translation>Cancelado; no se escribió nada.</translation>
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
        <name>ReverseDialog</name>
        <message>
            <source>Reverse entry {entry}</source>
            <translation>Revertir el asiento {entry}</translation>
        </message>
        <message>
            <source>Why the entry was wrong</source>
            <translation>Por qué el asiento estaba equivocado</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Date of the reversal</source>
            <translation>Fecha de la reversión</translation>
        </message>
        <message>
            <source>Post the reversal</source>
            <translation>Contabilizar la reversión</translation>
        </message>
        <message>
            <source>&lt;b&gt;Entry {entry}&lt;/b&gt; of {date}: {description} ({amount})</source>
            <translation>&lt;b&gt;Asiento {entry}&lt;/b&gt; del {date}: {description} ({amount})</translation>
        </message>
        <message>
            <source>A reversal posts the mirror image of this entry (every debit becomes a credit), linked to it. The original stays in the books as it was.</source>
            <translation>Una reversión contabiliza la imagen inversa de este asiento (cada débito se convierte en crédito), vinculada a él. El original queda en la contabilidad tal como estaba.</translation>
        </message>
    </context>
    <context>
        <name>SaleDialog</name>
        <message>
            <source>Record a sale</source>
            <translation>Registrar una venta</translation>
        </message>
        <message>
            <source>Who buys: a refinery, a trader…</source>
            <translation>Quién compra: una refinería, un comerciante…</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Comprador</translation>
        </message>
        <message>
            <source>invoice or contract no.</source>
            <translation>n.º de factura o contrato</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Mineral</source>
            <translation>Mineral</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>Lote</translation>
        </message>
        <message>
            <source>Member or work group</source>
            <translation>Asociado o grupo de trabajo</translation>
        </message>
        <message>
            <source>Fineness ‰</source>
            <translation>Ley ‰</translation>
        </message>
        <message>
            <source>Grams left</source>
            <translation>Gramos restantes</translation>
        </message>
        <message>
            <source>Grams to sell</source>
            <translation>Gramos a vender</translation>
        </message>
        <message>
            <source>Price per fine gram</source>
            <translation>Precio por gramo fino</translation>
        </message>
        <message>
            <source>{currency} per fine gram</source>
            <translation>{currency} por gramo fino</translation>
        </message>
        <message>
            <source>{currency} in all</source>
            <translation>{currency} en total</translation>
        </message>
        <message>
            <source>Fairmined premium</source>
            <translation>Prima Fairmined</translation>
        </message>
        <message>
            <source>Paid into: {place}</source>
            <translation>Pagado en: {place}</translation>
        </message>
        <message>
            <source>Not paid yet: the buyer owes it</source>
            <translation>Aún no pagado: lo debe el comprador</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Pago</translation>
        </message>
        <message>
            <source>Record the sale</source>
            <translation>Registrar la venta</translation>
        </message>
        <message>
            <source>Lots still to sell: tick a lot to sell all that is left of it, or type the grams to take.</source>
            <translation>Lotes por vender: marque un lote para vender todo lo que queda de él, o escriba los gramos que desea tomar.</translation>
        </message>
        <message>
            <source>Grams to take from this lot</source>
            <translation>Gramos que se toman de este lote</translation>
        </message>
        <message>
            <source>No lot of this mineral is waiting to be sold. Record lots first.</source>
            <translation>No hay ningún lote de este mineral pendiente de venta. Registre primero los lotes.</translation>
        </message>
        <message>
            <source>Lot {lot}: '{text}' is not a weight.</source>
            <translation>Lote {lot}: '{text}' no es un peso.</translation>
        </message>
        <message>
            <source>Lot {lot} has {left} g left, not {grams} g.</source>
            <translation>Al lote {lot} le quedan {left} g, no {grams} g.</translation>
        </message>
        <message>
            <source>Lots</source>
            <translation>Lotes</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Fine metal</source>
            <translation>Metal fino</translation>
        </message>
        <message>
            <source>Amount for the metal</source>
            <translation>Monto por el metal</translation>
        </message>
        <message>
            <source>Fairmined premium, apart</source>
            <translation>Prima Fairmined, aparte</translation>
        </message>
        <message>
            <source>The buyer pays</source>
            <translation>El comprador paga</translation>
        </message>
        <message>
            <source>Take grams from at least one lot.</source>
            <translation>Tome gramos de al menos un lote.</translation>
        </message>
        <message>
            <source>Type the price of a fine gram.</source>
            <translation>Escriba el precio de un gramo fino.</translation>
        </message>
        <message>
            <source>Type the premium as an amount, or leave it empty.</source>
            <translation>Escriba la prima como un monto, o déjela vacía.</translation>
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
        <name>SetupPanel</name>
        <message>
            <source>Set up the books</source>
            <translation>Configurar la contabilidad</translation>
        </message>
        <message>
            <source>This cooperative has no chart of accounts yet. Choose the one its accountant uses and the first fiscal year; accounts can be added under any heading later.</source>
            <translation>Esta cooperativa aún no tiene plan de cuentas. Elija el que usa su contador y el primer ejercicio; más adelante se pueden agregar cuentas bajo cualquier cuenta de grupo.</translation>
        </message>
        <message>
            <source>Chart of accounts</source>
            <translation>Plan de cuentas</translation>
        </message>
        <message>
            <source>General chart for cooperatives</source>
            <translation>Plan general para cooperativas</translation>
        </message>
        <message>
            <source>Classes 1 to 6 (assets, liabilities, equity, income, expenses), as used in Latin America and most other countries.</source>
            <translation>Clases 1 a 6 (activos, pasivos, patrimonio, ingresos, gastos), como se usa en América Latina y en la mayoría de los demás países.</translation>
        </message>
        <message>
            <source>SYSCOHADA</source>
            <translation>SYSCOHADA</translation>
        </message>
        <message>
            <source>The OHADA chart, required in West and Central Africa (DR Congo, Cameroon, Côte d'Ivoire, Mali, Burkina Faso…).</source>
            <translation>El plan OHADA, obligatorio en África occidental y central (RD del Congo, Camerún, Costa de Marfil, Malí, Burkina Faso…).</translation>
        </message>
        <message>
            <source>First fiscal year</source>
            <translation>Primer ejercicio</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Último día</translation>
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
            <source>The file {name} is empty.</source>
            <translation>El archivo {name} está vacío.</translation>
        </message>
        <message>
            <source>{name} is an old Excel (.xls) file: save it as .xlsx or CSV first.</source>
            <translation>{name} es un archivo de Excel antiguo (.xls): guárdelo primero como .xlsx o CSV.</translation>
        </message>
        <message>
            <source>{name} is not a statement format coopdesk reads (OFX, CAMT.053, MT940, CSV, Excel).</source>
            <translation>{name} no está en un formato de extracto que coopdesk pueda leer (OFX, CAMT.053, MT940, CSV, Excel).</translation>
        </message>
        <message>
            <source>{name} is an XML file but not a CAMT.053 statement.</source>
            <translation>{name} es un archivo XML, pero no un extracto CAMT.053.</translation>
        </message>
        <message>
            <source>This XML file declares a DTD or entities, which a bank statement never needs; it is refused for safety.</source>
            <translation>Este archivo XML declara una DTD o entidades, algo que un extracto bancario nunca necesita; se rechaza por seguridad.</translation>
        </message>
        <message>
            <source>This XML file is damaged: {error}</source>
            <translation>Este archivo XML está dañado: {error}</translation>
        </message>
        <message>
            <source>This XML file is not a CAMT.053 bank statement.</source>
            <translation>Este archivo XML no es un extracto bancario CAMT.053.</translation>
        </message>
        <message>
            <source>This CAMT.053 file holds no statement.</source>
            <translation>Este archivo CAMT.053 no contiene ningún extracto.</translation>
        </message>
        <message>
            <source>CdtDbtInd must be CRDT or DBIT, not '{value}'.</source>
            <translation>CdtDbtInd debe ser CRDT o DBIT, no '{value}'.</translation>
        </message>
        <message>
            <source>the entry has no amount.</source>
            <translation>el movimiento no tiene monto.</translation>
        </message>
        <message>
            <source>the entry has no booking date.</source>
            <translation>el movimiento no tiene fecha contable.</translation>
        </message>
        <message>
            <source>Line {line}, {field}: {message}</source>
            <translation>Línea {line}, {field}: {message}</translation>
        </message>
        <message>
            <source>Line {line}: {message}</source>
            <translation>Línea {line}: {message}</translation>
        </message>
        <message>
            <source>The file cannot be read as {encoding}.</source>
            <translation>El archivo no se puede leer como {encoding}.</translation>
        </message>
        <message>
            <source>'{value}' is not an amount.</source>
            <translation>'{value}' no es un monto.</translation>
        </message>
        <message>
            <source>'{value}' is not a date.</source>
            <translation>'{value}' no es una fecha.</translation>
        </message>
        <message>
            <source>The OFX file is cut short: it ends without &lt;/OFX&gt;.</source>
            <translation>El archivo OFX está incompleto: termina sin &lt;/OFX&gt;.</translation>
        </message>
        <message>
            <source>This OFX file cannot be read: {error}</source>
            <translation>Este archivo OFX no se puede leer: {error}</translation>
        </message>
        <message>
            <source>This OFX file holds no bank or credit-card statement.</source>
            <translation>Este archivo OFX no contiene ningún extracto bancario ni de tarjeta de crédito.</translation>
        </message>
        <message>
            <source>the transaction has no date.</source>
            <translation>el movimiento no tiene fecha.</translation>
        </message>
        <message>
            <source>the transaction has no amount.</source>
            <translation>el movimiento no tiene monto.</translation>
        </message>
        <message>
            <source>This is not an MT940 statement: no :20: tag.</source>
            <translation>Esto no es un extracto MT940: falta la etiqueta :20:.</translation>
        </message>
        <message>
            <source>This MT940 statement cannot be read: {error}</source>
            <translation>Este extracto MT940 no se puede leer: {error}</translation>
        </message>
        <message>
            <source>{found} of the {count} :61: transactions could be read.</source>
            <translation>Se pudieron leer {found} de los {count} movimientos :61:.</translation>
        </message>
        <message>
            <source>the transaction has no amount or date.</source>
            <translation>el movimiento no tiene monto o fecha.</translation>
        </message>
        <message>
            <source>The amount mode must be one of {modes}.</source>
            <translation>El modo de monto debe ser uno de {modes}.</translation>
        </message>
        <message>
            <source>The encoding must be one of {encodings}.</source>
            <translation>La codificación debe ser una de {encodings}.</translation>
        </message>
        <message>
            <source>Unknown mapping setting(s): {names}.</source>
            <translation>Ajuste(s) de correspondencia desconocido(s): {names}.</translation>
        </message>
        <message>
            <source>This CSV file is damaged: {error}</source>
            <translation>Este archivo CSV está dañado: {error}</translation>
        </message>
        <message>
            <source>This Excel file cannot be opened: {error}</source>
            <translation>Este archivo de Excel no se puede abrir: {error}</translation>
        </message>
        <message>
            <source>The workbook has no sheet '{sheet}'.</source>
            <translation>El libro no tiene ninguna hoja '{sheet}'.</translation>
        </message>
        <message>
            <source>The file has no line {line} for the header.</source>
            <translation>El archivo no tiene una línea {line} para el encabezado.</translation>
        </message>
        <message>
            <source>No header line with a date column and an amount column was found in the first 60 lines; this is not a statement coopdesk recognises, or it needs a mapping.</source>
            <translation>En las primeras 60 líneas no se encontró ninguna línea de encabezado con una columna de fecha y una columna de monto; no es un extracto que coopdesk reconozca, o necesita una correspondencia de columnas.</translation>
        </message>
        <message>
            <source>The header has no column '{column}'.</source>
            <translation>El encabezado no tiene ninguna columna '{column}'.</translation>
        </message>
        <message>
            <source>'{value}' is not a date (expected {format}).</source>
            <translation>'{value}' no es una fecha (se esperaba {format}).</translation>
        </message>
        <message>
            <source>The header has no date column.</source>
            <translation>El encabezado no tiene columna de fecha.</translation>
        </message>
        <message>
            <source>The header has no amount, debit or credit column.</source>
            <translation>El encabezado no tiene columna de monto, débito ni crédito.</translation>
        </message>
        <message>
            <source>The header has no {column} column.</source>
            <translation>El encabezado no tiene columna {column}.</translation>
        </message>
        <message>
            <source>column '{name}'</source>
            <translation>columna '{name}'</translation>
        </message>
        <message>
            <source>the row has an amount but no date.</source>
            <translation>la fila tiene monto, pero no fecha.</translation>
        </message>
        <message>
            <source>The file has a header but no statement lines.</source>
            <translation>El archivo tiene encabezado, pero ninguna línea de extracto.</translation>
        </message>
        <message>
            <source>balance</source>
            <translation>saldo</translation>
        </message>
        <message>
            <source>'{value}' is neither a debit nor a credit mark.</source>
            <translation>'{value}' no es una marca de débito ni de crédito.</translation>
        </message>
        <message>
            <source>the row has no amount.</source>
            <translation>la fila no tiene monto.</translation>
        </message>
        <message>
            <source>Choose at least one statement line and one book line, or book lines that cancel out (an entry and its reversal).</source>
            <translation>Elija al menos una línea del extracto y una línea de libros, o líneas de libros que se anulan entre sí (un asiento y su reversión).</translation>
        </message>
        <message>
            <source>Statement line {id} is not a line of account {code}.</source>
            <translation>La línea del extracto {id} no es una línea de la cuenta {code}.</translation>
        </message>
        <message>
            <source>Statement line {id} ({date}, {text}) is matched already; undo that match first.</source>
            <translation>La línea del extracto {id} ({date}, {text}) ya está cruzada; deshaga primero ese cruce.</translation>
        </message>
        <message>
            <source>Book line {id} is not a posted line of account {code}'s ledger account.</source>
            <translation>La línea de libros {id} no es una línea contabilizada en la cuenta contable de la cuenta {code}.</translation>
        </message>
        <message>
            <source>Book line {id} (entry {number}) is matched already; undo that match first.</source>
            <translation>La línea de libros {id} (asiento {number}) ya está cruzada; deshaga primero ese cruce.</translation>
        </message>
        <message>
            <source>The statement lines total {bank} and the book lines {book} (difference {diff}): matched lines must be the same money.</source>
            <translation>Las líneas del extracto suman {bank} y las de libros {book} (diferencia {diff}): las líneas cruzadas deben corresponder al mismo dinero.</translation>
        </message>
        <message>
            <source>There is no match {id} on account {code}.</source>
            <translation>No existe el cruce {id} en la cuenta {code}.</translation>
        </message>
        <message>
            <source>This match is part of the reconciliation of {date}, which is finished; reopen it first.</source>
            <translation>Este cruce forma parte de la conciliación del {date}, que está terminada; reábrala primero.</translation>
        </message>
        <message>
            <source>Statement line {id} is matched already.</source>
            <translation>La línea del extracto {id} ya está cruzada.</translation>
        </message>
        <message>
            <source>The lines of the entry must come to {amount}, the statement line's amount.</source>
            <translation>Las líneas del asiento deben sumar {amount}, el monto de la línea del extracto.</translation>
        </message>
        <message>
            <source>Give the rule a name (what the lines are: 'bank charges').</source>
            <translation>Dé un nombre a la regla (qué son las líneas: 'gastos bancarios').</translation>
        </message>
        <message>
            <source>Say which lines the rule is for: words the description contains, or a pattern.</source>
            <translation>Indique a qué líneas se aplica la regla: palabras que contiene la descripción, o un patrón.</translation>
        </message>
        <message>
            <source>The pattern is not valid: {error}.</source>
            <translation>El patrón no es válido: {error}.</translation>
        </message>
        <message>
            <source>The lowest amount is above the highest.</source>
            <translation>El monto mínimo es mayor que el máximo.</translation>
        </message>
        <message>
            <source>There is no ledger account {code}.</source>
            <translation>No existe la cuenta contable {code}.</translation>
        </message>
        <message>
            <source>Account {code} is a heading; choose an account under it.</source>
            <translation>La cuenta {code} es una cuenta de grupo; elija una cuenta bajo ella.</translation>
        </message>
        <message>
            <source>Account {code} is a members' account: the rule must name the member.</source>
            <translation>La cuenta {code} es una cuenta de asociados: la regla debe indicar el asociado.</translation>
        </message>
        <message>
            <source>There is no member number {number}.</source>
            <translation>No existe el asociado número {number}.</translation>
        </message>
        <message>
            <source>The fee is a share between 0 and 1 (0.015 for 1.5 %).</source>
            <translation>La comisión es una proporción entre 0 y 1 (0.015 para 1.5 %).</translation>
        </message>
        <message>
            <source>There is no rule {id}.</source>
            <translation>No existe la regla {id}.</translation>
        </message>
        <message>
            <source>'{text}' is not a share: write 1.5% or 0.015.</source>
            <translation>'{text}' no es una proporción: escriba 1.5% o 0.015.</translation>
        </message>
        <message>
            <source>The account is reconciled up to {date} already; choose a later statement date, or reopen that reconciliation.</source>
            <translation>La cuenta ya está conciliada hasta el {date}; elija una fecha de extracto posterior, o reabra esa conciliación.</translation>
        </message>
        <message>
            <source>The imported statement lines give a balance of {stated} on {date}, not the {given} entered: a statement may be missing, or the balance mistyped.</source>
            <translation>Las líneas importadas del extracto dan un saldo de {stated} al {date}, no el de {given} que se ingresó: puede faltar un extracto, o el saldo está mal escrito.</translation>
        </message>
        <message>
            <source>{count} statement line(s) up to {date}, totalling {total}, are not in the books: match them, or make their entries.</source>
            <translation>{count} línea(s) del extracto hasta el {date}, por un total de {total}, no está(n) en libros: crúcelas o haga sus asientos.</translation>
        </message>
        <message>
            <source>The books and the bank differ by {difference}.</source>
            <translation>Los libros y el banco difieren en {difference}.</translation>
        </message>
        <message>
            <source>Besides those lines, {amount} of the difference is unexplained.</source>
            <translation>Además de esas líneas, {amount} de la diferencia no tiene explicación.</translation>
        </message>
        <message>
            <source>Say why the reconciliation is reopened.</source>
            <translation>Indique por qué se reabre la conciliación.</translation>
        </message>
        <message>
            <source>There is no reconciliation {id}.</source>
            <translation>No existe la conciliación {id}.</translation>
        </message>
        <message>
            <source>This reconciliation was reopened already.</source>
            <translation>Esta conciliación ya fue reabierta.</translation>
        </message>
        <message>
            <source>Only the latest reconciliation can be reopened; reopen the one of {date} first.</source>
            <translation>Solo se puede reabrir la última conciliación; reabra primero la del {date}.</translation>
        </message>
        <message>
            <source>Deposits in the books, not yet on the statement</source>
            <translation>Depósitos en libros que aún no aparecen en el extracto</translation>
        </message>
        <message>
            <source>Payments in the books, not yet on the statement</source>
            <translation>Pagos en libros que aún no aparecen en el extracto</translation>
        </message>
        <message>
            <source>On the statement, not yet in the books</source>
            <translation>En el extracto, pero aún no en libros</translation>
        </message>
        <message>
            <source>Bank reconciliation</source>
            <translation>Conciliación bancaria</translation>
        </message>
        <message>
            <source>{account} at {date}</source>
            <translation>{account} al {date}</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Ledger account</source>
            <translation>Cuenta contable</translation>
        </message>
        <message>
            <source>Statement date</source>
            <translation>Fecha del extracto</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>In progress, not finished</source>
            <translation>En curso, sin terminar</translation>
        </message>
        <message>
            <source>Finished by {user} on {when}</source>
            <translation>Terminada por {user} el {when}</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Reabierta</translation>
        </message>
        <message>
            <source>by {user}: {reason}</source>
            <translation>por {user}: {reason}</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Balance in the books</source>
            <translation>Saldo en libros</translation>
        </message>
        <message>
            <source>less deposits not yet on the statement</source>
            <translation>menos depósitos que aún no aparecen en el extracto</translation>
        </message>
        <message>
            <source>plus payments not yet on the statement</source>
            <translation>más pagos que aún no aparecen en el extracto</translation>
        </message>
        <message>
            <source>Expected balance on the statement</source>
            <translation>Saldo esperado en el extracto</translation>
        </message>
        <message>
            <source>Balance on the bank statement</source>
            <translation>Saldo del extracto bancario</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Diferencia</translation>
        </message>
        <message>
            <source>of which statement lines not yet in the books</source>
            <translation>de la cual, líneas del extracto aún no en libros</translation>
        </message>
        <message>
            <source>of which unexplained</source>
            <translation>de la cual, sin explicación</translation>
        </message>
        <message>
            <source>Balance the imported lines give</source>
            <translation>Saldo según las líneas importadas</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>From the books to the bank</source>
            <translation>De los libros al banco</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Monto</translation>
        </message>
        <message>
            <source>The books and the bank agree.</source>
            <translation>Los libros y el banco coinciden.</translation>
        </message>
        <message>
            <source>The books and the bank do not agree yet.</source>
            <translation>Los libros y el banco aún no coinciden.</translation>
        </message>
        <message>
            <source>Lines matched: {bank} on the statement, {book} in the books.</source>
            <translation>Líneas cruzadas: {bank} en el extracto, {book} en libros.</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Asiento</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
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
            <source>Deposits</source>
            <translation>Depósitos</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Egresos</translation>
        </message>
        <message>
            <source>Not in books</source>
            <translation>No están en libros</translation>
        </message>
        <message>
            <source>Account {code} has no reconciliation at {date}; run 'coopdesk bank reconcile' first.</source>
            <translation>La cuenta {code} no tiene conciliación al {date}; ejecute primero 'coopdesk bank reconcile'.</translation>
        </message>
        <message>
            <source>bank account</source>
            <translation>cuenta bancaria</translation>
        </message>
        <message>
            <source>mobile money</source>
            <translation>billetera móvil</translation>
        </message>
        <message>
            <source>There is no bank account {code} (the accounts are: {known}).</source>
            <translation>No existe la cuenta bancaria {code} (las cuentas son: {known}).</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ninguna todavía</translation>
        </message>
        <message>
            <source>A bank account's code is 1 to 20 letters, digits, '-', '_' or '.', without spaces.</source>
            <translation>El código de una cuenta bancaria tiene de 1 a 20 letras, cifras, '-', '_' o '.', sin espacios.</translation>
        </message>
        <message>
            <source>Give the account a name (the bank and what it is for).</source>
            <translation>Dé un nombre a la cuenta (el banco y para qué se usa).</translation>
        </message>
        <message>
            <source>The kind of account is 'bank' or 'mobile_money'.</source>
            <translation>El tipo de cuenta es 'bank' o 'mobile_money'.</translation>
        </message>
        <message>
            <source>There is already a bank account {code}.</source>
            <translation>Ya existe una cuenta bancaria {code}.</translation>
        </message>
        <message>
            <source>Ledger account {code} cannot hold a bank's money: choose an asset account that takes entries.</source>
            <translation>La cuenta contable {code} no puede contener el dinero de un banco: elija una cuenta de activo que acepte asientos.</translation>
        </message>
        <message>
            <source>Ledger account {code} is a members' account.</source>
            <translation>La cuenta contable {code} es una cuenta de asociados.</translation>
        </message>
        <message>
            <source>Ledger account {ledger} already belongs to the bank account {code}.</source>
            <translation>La cuenta contable {ledger} ya pertenece a la cuenta bancaria {code}.</translation>
        </message>
        <message>
            <source>There is no saved mapping '{name}' (saved: {known}).</source>
            <translation>No existe la correspondencia guardada '{name}' (guardadas: {known}).</translation>
        </message>
        <message>
            <source>Give the mapping a name (the bank's, say).</source>
            <translation>Dé un nombre a la correspondencia (por ejemplo, el del banco).</translation>
        </message>
        <message>
            <source>{name} holds no statement lines.</source>
            <translation>{name} no contiene líneas de extracto.</translation>
        </message>
        <message>
            <source>statement {n}</source>
            <translation>extracto {n}</translation>
        </message>
        <message>
            <source>{where} is in {theirs}; account {code} is kept in {ours}.</source>
            <translation>{where} está en {theirs}; la cuenta {code} se lleva en {ours}.</translation>
        </message>
        <message>
            <source>{where} is a statement of account {theirs}, not of {code} ({ours}). Choose the right account.</source>
            <translation>{where} es un extracto de la cuenta {theirs}, no de {code} ({ours}). Elija la cuenta correcta.</translation>
        </message>
        <message>
            <source>{where} does not add up, so it was not imported: {problems}</source>
            <translation>{where} no cuadra, por eso no se importó: {problems}</translation>
        </message>
        <message>
            <source>At {where}: the amount {amount} has more decimals than {currency} has.</source>
            <translation>En {where}: el monto {amount} tiene más decimales de los que tiene {currency}.</translation>
        </message>
        <message>
            <source>{count} new line(s) fall on or before {date}, which is reconciled and finished (the first: {day}, {amount}, '{text}'). Reopen that reconciliation first, if the bank really added them.</source>
            <translation>{count} línea(s) nueva(s) tiene(n) fecha del {date} o anterior, fecha ya conciliada y terminada (la primera: {day}, {amount}, '{text}'). Si el banco realmente las agregó, reabra primero esa conciliación.</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>línea {line}</translation>
        </message>
        <message>
            <source>entry {number}</source>
            <translation>movimiento {number}</translation>
        </message>
        <message>
            <source>At {where}: the balance {previous} plus {amount} gives {expected}, but the bank shows {balance}.</source>
            <translation>En {where}: el saldo {previous} más {amount} da {expected}, pero el banco muestra {balance}.</translation>
        </message>
        <message>
            <source>Opening balance {opening} plus the {count} line(s) totalling {total} gives {expected}, but the closing balance is {closing} (difference {difference}).</source>
            <translation>El saldo inicial {opening} más la(s) {count} línea(s), que suman {total}, da {expected}, pero el saldo final es {closing} (diferencia {difference}).</translation>
        </message>
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
            <source>Books: the {chart} chart of accounts and the fiscal year {year}.</source>
            <translation>Contabilidad: el plan de cuentas {chart} y el ejercicio {year}.</translation>
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
            <source>The bank's and the mobile-money account's monthly statements are in {folder}; the last month's are left to import and reconcile.</source>
            <translation>Los extractos mensuales del banco y de la cuenta de billetera móvil están en {folder}; los del último mes quedan pendientes por importar y conciliar.</translation>
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
            <source>the chart of accounts: general, or SYSCOHADA (OHADA countries)</source>
            <translation>el plan de cuentas: general, o SYSCOHADA (países OHADA)</translation>
        </message>
        <message>
            <source>the first fiscal year, January to December (default: this year)</source>
            <translation>el primer ejercicio, de enero a diciembre (por defecto: este año)</translation>
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
            <source>where to write the bank statement files (default: beside the file, none for a database URL)</source>
            <translation>dónde escribir los archivos de extractos bancarios (por defecto: junto al archivo; ninguno si es una URL de base de datos)</translation>
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
            <source>where the money goes in or out (for the books)</source>
            <translation>por dónde entra o sale el dinero (para la contabilidad)</translation>
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
            <source>--entry is YEAR:NUMBER, e.g. 2026:14; not '{value}'.</source>
            <translation>--entry es YEAR:NUMBER, p. ej. 2026:14; no '{value}'.</translation>
        </message>
        <message>
            <source>No activity found.</source>
            <translation>No se encontró ninguna actividad.</translation>
        </message>
        <message>
            <source>No activity yet: 'coopdesk activity add TITLE --from DATE --to DATE' adds one.</source>
            <translation>Aún no hay actividades: 'coopdesk activity add TITLE --from DATE --to DATE' agrega una.</translation>
        </message>
        <message>
            <source>Activity {number} added.</source>
            <translation>Actividad {number} agregada.</translation>
        </message>
        <message>
            <source>Say what to change: --title, --objective, --from, --to, --responsible, --budget, --indicator or --requirement.</source>
            <translation>Indique qué cambiar: --title, --objective, --from, --to, --responsible, --budget, --indicator o --requirement.</translation>
        </message>
        <message>
            <source>Activity {number} changed.</source>
            <translation>Actividad {number} modificada.</translation>
        </message>
        <message>
            <source>Say the progress: --progress PERCENT.</source>
            <translation>Indique el avance: --progress PERCENT.</translation>
        </message>
        <message>
            <source>Progress of activity {number} recorded: {status}, {progress} %.</source>
            <translation>Avance de la actividad {number} registrado: {status}, {progress} %.</translation>
        </message>
        <message>
            <source>Say what to tag: --entry YEAR:NUMBER, or --line ID (one or more).</source>
            <translation>Indique qué imputar: --entry YEAR:NUMBER, o --line ID (una o más).</translation>
        </message>
        <message>
            <source>{count} line(s) tagged to activity {number}.</source>
            <translation>{count} línea(s) imputada(s) a la actividad {number}.</translation>
        </message>
        <message>
            <source>{count} line(s) untagged.</source>
            <translation>Se quitó la imputación de {count} línea(s).</translation>
        </message>
        <message>
            <source>Responsible: {name}</source>
            <translation>Responsable: {name}</translation>
        </message>
        <message>
            <source>From {starts} to {ends}</source>
            <translation>Del {starts} al {ends}</translation>
        </message>
        <message>
            <source>Objective: {text}</source>
            <translation>Objetivo: {text}</translation>
        </message>
        <message>
            <source>Indicator: {text}</source>
            <translation>Indicador: {text}</translation>
        </message>
        <message>
            <source>Requirement: {ref}</source>
            <translation>Requisito: {ref}</translation>
        </message>
        <message>
            <source>Budget {budget}, actual {actual}, variance {variance}</source>
            <translation>Presupuesto {budget}, ejecutado {actual}, diferencia {variance}</translation>
        </message>
        <message>
            <source>Status: {status}, {progress} % (time gone: {expected} %)</source>
            <translation>Estado: {status}, {progress} % (tiempo transcurrido: {expected} %)</translation>
        </message>
        <message>
            <source>Progress reports:</source>
            <translation>Informes de avance:</translation>
        </message>
        <message>
            <source>No progress report yet.</source>
            <translation>Aún no hay informes de avance.</translation>
        </message>
        <message>
            <source>Tagged lines:</source>
            <translation>Líneas imputadas:</translation>
        </message>
        <message>
            <source>No journal line tagged yet.</source>
            <translation>Aún no hay líneas de asiento imputadas.</translation>
        </message>
        <message>
            <source>(reversed, not counted)</source>
            <translation>(revertido, no se cuenta)</translation>
        </message>
        <message>
            <source>There is no budget for {year} yet: 'coopdesk budget new --year {year}' starts one.</source>
            <translation>Aún no hay presupuesto para {year}: 'coopdesk budget new --year {year}' crea uno.</translation>
        </message>
        <message>
            <source>No budget yet: 'coopdesk budget new --year NAME' starts one.</source>
            <translation>Aún no hay presupuesto: 'coopdesk budget new --year NAME' crea uno.</translation>
        </message>
        <message>
            <source>approved {day}, resolution {resolution}</source>
            <translation>aprobado el {day}, resolución {resolution}</translation>
        </message>
        <message>
            <source>version {n}</source>
            <translation>versión {n}</translation>
        </message>
        <message>
            <source>{n} lines</source>
            <translation>{n} líneas</translation>
        </message>
        <message>
            <source>Budget {year}, version {version}: a draft with {lines} line(s).</source>
            <translation>Presupuesto {year}, versión {version}: un borrador con {lines} línea(s).</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>No se puede leer {path}: {reason}</translation>
        </message>
        <message>
            <source>Row {row} of {path}: give an account and an amount.</source>
            <translation>Fila {row} de {path}: indique una cuenta y un monto.</translation>
        </message>
        <message>
            <source>Give ACCOUNT=AMOUNT pairs, or --file CSV.</source>
            <translation>Indique pares ACCOUNT=AMOUNT, o --file CSV.</translation>
        </message>
        <message>
            <source>Write ACCOUNT=AMOUNT, e.g. 5105=36000000; not '{value}'.</source>
            <translation>Escriba ACCOUNT=AMOUNT, p. ej. 5105=36000000; no '{value}'.</translation>
        </message>
        <message>
            <source>Account {code}: {reason}</source>
            <translation>Cuenta {code}: {reason}</translation>
        </message>
        <message>
            <source>{count} account(s) set in the {year} budget.</source>
            <translation>{count} cuenta(s) fijada(s) en el presupuesto {year}.</translation>
        </message>
        <message>
            <source>--growth: '{value}' is not a percentage.</source>
            <translation>--growth: '{value}' no es un porcentaje.</translation>
        </message>
        <message>
            <source>The {year} budget proposed from the actuals of {source} plus {growth} %: {count} line(s).</source>
            <translation>Presupuesto {year} propuesto a partir de lo ejecutado en {source} más {growth} %: {count} línea(s).</translation>
        </message>
        <message>
            <source>The {year} budget, version {version}, approved on {day} (resolution {resolution}).</source>
            <translation>Presupuesto {year}, versión {version}, aprobado el {day} (resolución {resolution}).</translation>
        </message>
        <message>
            <source>draft, not approved</source>
            <translation>borrador, no aprobado</translation>
        </message>
        <message>
            <source>Budget {year}, version {version}: {approval}</source>
            <translation>Presupuesto {year}, versión {version}: {approval}</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Ejecutado</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Diferencia</translation>
        </message>
        <message>
            <source>% used</source>
            <translation>% ejecutado</translation>
        </message>
        <message>
            <source>OVER BUDGET</source>
            <translation>SOBREPASA EL PRESUPUESTO</translation>
        </message>
        <message>
            <source>Income</source>
            <translation>Ingresos</translation>
        </message>
        <message>
            <source>Expenses</source>
            <translation>Gastos</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>No report named '{name}' here.</source>
            <translation>No hay ningún informe llamado '{name}' aquí.</translation>
        </message>
        <message>
            <source>the action plan: activities, progress and spending tagged from the books</source>
            <translation>el plan de acción: actividades, avance y gastos imputados desde la contabilidad</translation>
        </message>
        <message>
            <source>the activities with budget and actual</source>
            <translation>las actividades con su presupuesto y lo ejecutado</translation>
        </message>
        <message>
            <source>only those running in this calendar year</source>
            <translation>solo las que están en curso en este año calendario</translation>
        </message>
        <message>
            <source>only the overdue ones</source>
            <translation>solo las vencidas</translation>
        </message>
        <message>
            <source>the day to judge against (default: today)</source>
            <translation>la fecha de referencia para evaluar (por defecto: hoy)</translation>
        </message>
        <message>
            <source>the first day</source>
            <translation>el primer día</translation>
        </message>
        <message>
            <source>the last day</source>
            <translation>el último día</translation>
        </message>
        <message>
            <source>the responsible member's number (0: nobody, when changing)</source>
            <translation>el número de asociado del responsable (0: nadie, al modificar)</translation>
        </message>
        <message>
            <source>the amount budgeted</source>
            <translation>el monto presupuestado</translation>
        </message>
        <message>
            <source>a standard's requirement, e.g. craft:2.1</source>
            <translation>un requisito de un estándar, p. ej. craft:2.1</translation>
        </message>
        <message>
            <source>add an activity to the plan</source>
            <translation>agregar una actividad al plan</translation>
        </message>
        <message>
            <source>change an activity's plan</source>
            <translation>modificar el plan de una actividad</translation>
        </message>
        <message>
            <source>record a progress report</source>
            <translation>registrar un informe de avance</translation>
        </message>
        <message>
            <source>per cent done, 0 to 100</source>
            <translation>porcentaje realizado, de 0 a 100</translation>
        </message>
        <message>
            <source>the report's date (default: today)</source>
            <translation>la fecha del informe (por defecto: hoy)</translation>
        </message>
        <message>
            <source>tag journal lines of posted entries to an activity</source>
            <translation>imputar a una actividad líneas de asientos contabilizados</translation>
        </message>
        <message>
            <source>YEAR:NUMBER: the entry's debits to expense accounts</source>
            <translation>YEAR:NUMBER: los débitos del asiento a cuentas de gastos</translation>
        </message>
        <message>
            <source>a journal line's id</source>
            <translation>el id de una línea de asiento</translation>
        </message>
        <message>
            <source>remove the tags of journal lines</source>
            <translation>quitar la imputación de líneas de asiento</translation>
        </message>
        <message>
            <source>an activity with its reports and lines</source>
            <translation>una actividad con sus informes y líneas</translation>
        </message>
        <message>
            <source>the annual budget by account, approved by the assembly, against the actual</source>
            <translation>el presupuesto anual por cuenta, aprobado por la asamblea, frente a lo ejecutado</translation>
        </message>
        <message>
            <source>the budgets and their versions</source>
            <translation>los presupuestos y sus versiones</translation>
        </message>
        <message>
            <source>a fiscal year's name</source>
            <translation>el nombre de un ejercicio</translation>
        </message>
        <message>
            <source>a new draft version of a year's budget</source>
            <translation>una nueva versión en borrador del presupuesto de un año</translation>
        </message>
        <message>
            <source>set amounts of a draft: ACCOUNT=AMOUNT...</source>
            <translation>fijar montos de un borrador: ACCOUNT=AMOUNT...</translation>
        </message>
        <message>
            <source>default: the latest</source>
            <translation>por defecto: la más reciente</translation>
        </message>
        <message>
            <source>a CSV file of ACCOUNT,AMOUNT rows</source>
            <translation>un archivo CSV con filas ACCOUNT,AMOUNT</translation>
        </message>
        <message>
            <source>fill a draft from a year's actuals</source>
            <translation>llenar un borrador a partir de lo ejecutado en un año</translation>
        </message>
        <message>
            <source>the year to start from</source>
            <translation>el año de partida</translation>
        </message>
        <message>
            <source>per cent added, e.g. 5</source>
            <translation>porcentaje que se agrega, p. ej. 5</translation>
        </message>
        <message>
            <source>approve a draft by an assembly's motion</source>
            <translation>aprobar un borrador con una proposición de la asamblea</translation>
        </message>
        <message>
            <source>the passed motion's id</source>
            <translation>el id de la proposición aprobada</translation>
        </message>
        <message>
            <source>the budget against the actual by account</source>
            <translation>el presupuesto frente a lo ejecutado por cuenta</translation>
        </message>
        <message>
            <source>default: the latest approved</source>
            <translation>por defecto: la última aprobada</translation>
        </message>
        <message>
            <source>{option}: give line numbers separated by commas, like 12,15.</source>
            <translation>{option}: indique números de línea separados por comas, p. ej. 12,15.</translation>
        </message>
        <message>
            <source>No bank account yet: 'coopdesk bank add CODE --name NAME --kind bank --ledger CODE' adds one.</source>
            <translation>Aún no hay cuentas bancarias: 'coopdesk bank add CODE --name NAME --kind bank --ledger CODE' agrega una.</translation>
        </message>
        <message>
            <source>never reconciled</source>
            <translation>nunca conciliada</translation>
        </message>
        <message>
            <source>{n} lines, {u} unmatched</source>
            <translation>{n} líneas, {u} sin cruzar</translation>
        </message>
        <message>
            <source>reconciled to {date}</source>
            <translation>conciliada al {date}</translation>
        </message>
        <message>
            <source>book balance {amount}</source>
            <translation>saldo en libros {amount}</translation>
        </message>
        <message>
            <source>Bank account {code} added.</source>
            <translation>Cuenta bancaria {code} agregada.</translation>
        </message>
        <message>
            <source>{file} is not a JSON mapping: {error}</source>
            <translation>{file} no es una correspondencia JSON: {error}</translation>
        </message>
        <message>
            <source>an object {...} is expected</source>
            <translation>se espera un objeto {...}</translation>
        </message>
        <message>
            <source>Mapping {name} saved.</source>
            <translation>Correspondencia {name} guardada.</translation>
        </message>
        <message>
            <source>There is no saved mapping '{name}'.</source>
            <translation>No existe la correspondencia guardada '{name}'.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {error}</source>
            <translation>{file} no se puede leer: {error}</translation>
        </message>
        <message>
            <source>{file}: {format}, {lines} lines from {first} to {last}; {new} new, {known} already imported.</source>
            <translation>{file}: {format}, {lines} líneas del {first} al {last}; {new} nuevas, {known} ya importadas.</translation>
        </message>
        <message>
            <source>{file}: {new} new line(s) imported, {known} already there ({first} to {last}).</source>
            <translation>{file}: {new} línea(s) nueva(s) importada(s), {known} ya estaba(n) ({first} a {last}).</translation>
        </message>
        <message>
            <source> (brought forward)</source>
            <translation> (período anterior)</translation>
        </message>
        <message>
            <source>Would match</source>
            <translation>Se cruzarían</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>Cruzadas</translation>
        </message>
        <message>
            <source>{title}: {n}</source>
            <translation>{title}: {n}</translation>
        </message>
        <message>
            <source>Suggested: {n} (accept with 'coopdesk bank link --account {code} --bank B --book K', refuse with 'coopdesk bank reject ...')</source>
            <translation>Sugeridos: {n} (acéptelos con 'coopdesk bank link --account {code} --bank B --book K', recházelos con 'coopdesk bank reject ...')</translation>
        </message>
        <message>
            <source>Entries proposed by the rules: {n} (post them with 'coopdesk bank post-rules --account {code}')</source>
            <translation>Asientos propuestos por las reglas: {n} (contabilícelos con 'coopdesk bank post-rules --account {code}')</translation>
        </message>
        <message>
            <source>Left on the statement: {n}</source>
            <translation>Quedan en el extracto: {n}</translation>
        </message>
        <message>
            <source>Left in the books: {n}</source>
            <translation>Quedan en libros: {n}</translation>
        </message>
        <message>
            <source>That pairing will not be proposed again.</source>
            <translation>Ese cruce no se volverá a proponer.</translation>
        </message>
        <message>
            <source>Matched (match {id}).</source>
            <translation>Líneas cruzadas (cruce {id}).</translation>
        </message>
        <message>
            <source>Match {id} undone.</source>
            <translation>Cruce {id} deshecho.</translation>
        </message>
        <message>
            <source>There is no statement line B{id} on account {code}.</source>
            <translation>No existe la línea del extracto B{id} en la cuenta {code}.</translation>
        </message>
        <message>
            <source>Entry {number} posted and matched to line B{id}.</source>
            <translation>Asiento {number} contabilizado y cruzado con la línea B{id}.</translation>
        </message>
        <message>
            <source>No rule proposes an entry for the open statement lines.</source>
            <translation>Ninguna regla propone un asiento para las líneas del extracto pendientes.</translation>
        </message>
        <message>
            <source>{n} entries posted: {numbers}</source>
            <translation>{n} asientos contabilizados: {numbers}</translation>
        </message>
        <message>
            <source>Rule {id} added.</source>
            <translation>Regla {id} agregada.</translation>
        </message>
        <message>
            <source>Rule {id} deleted.</source>
            <translation>Regla {id} eliminada.</translation>
        </message>
        <message>
            <source>No rule to suggest: the same words must have been booked by hand to the same account three times.</source>
            <translation>No hay reglas que sugerir: las mismas palabras deben haberse registrado a mano tres veces en la misma cuenta.</translation>
        </message>
        <message>
            <source>{name}: lines containing '{text}' -&gt; {target}</source>
            <translation>{name}: líneas que contienen '{text}' -&gt; {target}</translation>
        </message>
        <message>
            <source>(inactive)</source>
            <translation>(inactiva)</translation>
        </message>
        <message>
            <source>Reconciliation of {code} at {date}</source>
            <translation>Conciliación de {code} al {date}</translation>
        </message>
        <message>
            <source>  Balance in the books:                 {v}</source>
            <translation>  Saldo en libros:                      {v}</translation>
        </message>
        <message>
            <source>  Deposits not yet on the statement:    {v}</source>
            <translation>  Depósitos aún no en el extracto:      {v}</translation>
        </message>
        <message>
            <source>  Payments not yet on the statement:    {v}</source>
            <translation>  Pagos aún no en el extracto:          {v}</translation>
        </message>
        <message>
            <source>  Balance on the statement:             {v}</source>
            <translation>  Saldo en el extracto:                 {v}</translation>
        </message>
        <message>
            <source>  Balance the imported lines give:      {v}</source>
            <translation>  Saldo según las líneas importadas:    {v}</translation>
        </message>
        <message>
            <source>  Difference:                           {v}</source>
            <translation>  Diferencia:                           {v}</translation>
        </message>
        <message>
            <source>  Statement lines not in the books:     {v}</source>
            <translation>  Líneas del extracto no en libros:     {v}</translation>
        </message>
        <message>
            <source>Not finished: the reconciliation does not balance yet.</source>
            <translation>Sin terminar: la conciliación todavía no cuadra.</translation>
        </message>
        <message>
            <source>Reconciliation {id} finished and its lines locked.</source>
            <translation>Conciliación {id} terminada y sus líneas bloqueadas.</translation>
        </message>
        <message>
            <source>done</source>
            <translation>terminada</translation>
        </message>
        <message>
            <source>reopened by {user}: {reason}</source>
            <translation>reabierta por {user}: {reason}</translation>
        </message>
        <message>
            <source>Reconciliation {id} reopened.</source>
            <translation>Conciliación {id} reabierta.</translation>
        </message>
        <message>
            <source>The bank reconciliation report needs the bank account: --account CODE.</source>
            <translation>El informe de conciliación bancaria necesita la cuenta bancaria: --account CODE.</translation>
        </message>
        <message>
            <source>bank and mobile-money accounts: statements, matching, reconciliation</source>
            <translation>cuentas bancarias y de billetera móvil: extractos, cruces, conciliación</translation>
        </message>
        <message>
            <source>list the accounts, one a line, the code first</source>
            <translation>listar las cuentas, una por línea, primero el código</translation>
        </message>
        <message>
            <source>add a bank or mobile-money account</source>
            <translation>agregar una cuenta bancaria o de billetera móvil</translation>
        </message>
        <message>
            <source>the ledger account that holds its money</source>
            <translation>la cuenta contable que contiene su dinero</translation>
        </message>
        <message>
            <source>the account number, IBAN or phone</source>
            <translation>el número de cuenta, IBAN o teléfono</translation>
        </message>
        <message>
            <source>the saved mapping its CSV/Excel files are read with</source>
            <translation>la correspondencia guardada con la que se leen sus archivos CSV/Excel</translation>
        </message>
        <message>
            <source>the first day of its statements; earlier book lines count as agreed</source>
            <translation>el primer día de sus extractos; las líneas de libros anteriores se dan por conciliadas</translation>
        </message>
        <message>
            <source>saved ways to read a bank's CSV or Excel files</source>
            <translation>correspondencias guardadas para leer los archivos CSV o Excel de un banco</translation>
        </message>
        <message>
            <source>list the saved mappings</source>
            <translation>listar las correspondencias guardadas</translation>
        </message>
        <message>
            <source>show a mapping as JSON</source>
            <translation>mostrar una correspondencia en JSON</translation>
        </message>
        <message>
            <source>save a mapping from a JSON file</source>
            <translation>guardar una correspondencia desde un archivo JSON</translation>
        </message>
        <message>
            <source>import a statement file (OFX, CAMT.053, MT940, CSV, Excel)</source>
            <translation>importar un archivo de extracto (OFX, CAMT.053, MT940, CSV, Excel)</translation>
        </message>
        <message>
            <source>a saved mapping, for CSV and Excel</source>
            <translation>una correspondencia guardada, para CSV y Excel</translation>
        </message>
        <message>
            <source>show the lines, import nothing</source>
            <translation>mostrar las líneas, sin importar nada</translation>
        </message>
        <message>
            <source>import a statement whose balances do not add up (it is recorded)</source>
            <translation>importar un extracto cuyos saldos no cuadran (queda registrado)</translation>
        </message>
        <message>
            <source>list statement lines (B...) or book lines (K...)</source>
            <translation>listar las líneas del extracto (B...) o las líneas de libros (K...)</translation>
        </message>
        <message>
            <source>the book lines instead</source>
            <translation>en su lugar, las líneas de libros</translation>
        </message>
        <message>
            <source>match the statement to the books: prints what was matched, suggested and left</source>
            <translation>cruzar el extracto con los libros: muestra lo cruzado, lo sugerido y lo pendiente</translation>
        </message>
        <message>
            <source>save nothing</source>
            <translation>no guardar nada</translation>
        </message>
        <message>
            <source>match statement lines to book lines by hand</source>
            <translation>cruzar a mano líneas del extracto con líneas de libros</translation>
        </message>
        <message>
            <source>refuse a suggested match</source>
            <translation>rechazar un cruce sugerido</translation>
        </message>
        <message>
            <source>statement lines, like B12,B13</source>
            <translation>líneas del extracto, p. ej. B12,B13</translation>
        </message>
        <message>
            <source>book lines, like K40</source>
            <translation>líneas de libros, p. ej. K40</translation>
        </message>
        <message>
            <source>undo a match</source>
            <translation>deshacer un cruce</translation>
        </message>
        <message>
            <source>never propose it again</source>
            <translation>no volver a proponerlo nunca</translation>
        </message>
        <message>
            <source>post the entry a statement line needs, and match it</source>
            <translation>contabilizar el asiento que necesita una línea del extracto, y cruzarla</translation>
        </message>
        <message>
            <source>the statement line, like B12</source>
            <translation>la línea del extracto, p. ej. B12</translation>
        </message>
        <message>
            <source>the ledger account of the other side</source>
            <translation>la cuenta contable de contrapartida</translation>
        </message>
        <message>
            <source>post the entries the rules propose</source>
            <translation>contabilizar los asientos que proponen las reglas</translation>
        </message>
        <message>
            <source>rules that make entries for charges, interest, fees</source>
            <translation>reglas que generan asientos para cargos, intereses y comisiones</translation>
        </message>
        <message>
            <source>list the rules in order</source>
            <translation>listar las reglas en orden</translation>
        </message>
        <message>
            <source>add a rule at the end</source>
            <translation>agregar una regla al final</translation>
        </message>
        <message>
            <source>the ledger account the lines go to</source>
            <translation>la cuenta contable a la que van las líneas</translation>
        </message>
        <message>
            <source>only this bank account's lines</source>
            <translation>solo las líneas de esta cuenta bancaria</translation>
        </message>
        <message>
            <source>the share that is a fee, like 1.5%%</source>
            <translation>la parte que es comisión, p. ej. 1.5%%</translation>
        </message>
        <message>
            <source>delete a rule</source>
            <translation>eliminar una regla</translation>
        </message>
        <message>
            <source>rules suggested from the entries made by hand</source>
            <translation>reglas sugeridas a partir de los asientos hechos a mano</translation>
        </message>
        <message>
            <source>reconcile at a statement date; finishes it when the books and the bank agree</source>
            <translation>conciliar a una fecha del extracto; la conciliación se termina cuando los libros y el banco coinciden</translation>
        </message>
        <message>
            <source>the statement's closing balance</source>
            <translation>el saldo final del extracto</translation>
        </message>
        <message>
            <source>show it, save nothing</source>
            <translation>mostrarla, sin guardar nada</translation>
        </message>
        <message>
            <source>list the reconciliations, latest first</source>
            <translation>listar las conciliaciones, la más reciente primero</translation>
        </message>
        <message>
            <source>reopen the latest reconciliation of an account</source>
            <translation>reabrir la última conciliación de una cuenta</translation>
        </message>
        <message>
            <source>--{field}: '{value}' is not a number.</source>
            <translation>--{field}: '{value}' no es un número.</translation>
        </message>
        <message>
            <source>--{field}: '{value}' is not a whole number.</source>
            <translation>--{field}: '{value}' no es un número entero.</translation>
        </message>
        <message>
            <source>Installed the {template} chart: {count} accounts.</source>
            <translation>Se instaló el plan {template}: {count} cuentas.</translation>
        </message>
        <message>
            <source>No chart of accounts yet: run 'coopdesk books chart general' (or syscohada).</source>
            <translation>Aún no hay plan de cuentas: ejecute 'coopdesk books chart general' (o syscohada).</translation>
        </message>
        <message>
            <source>Account {code} added.</source>
            <translation>Cuenta {code} agregada.</translation>
        </message>
        <message>
            <source>Fiscal year {year} opened.</source>
            <translation>Ejercicio {year} abierto.</translation>
        </message>
        <message>
            <source>Fiscal year {year} closed.</source>
            <translation>Ejercicio {year} cerrado.</translation>
        </message>
        <message>
            <source>Closing entry {number}.</source>
            <translation>Asiento de cierre {number}.</translation>
        </message>
        <message>
            <source>Period starting {date} closed.</source>
            <translation>Se cerró el período que empieza el {date}.</translation>
        </message>
        <message>
            <source>--line is ACCOUNT:DEBIT:CREDIT[:MEMBER], e.g. 1105:500: or 3105::500:12; not '{value}'.</source>
            <translation>--line es CUENTA:DÉBITO:CRÉDITO[:ASOCIADO], p. ej. 1105:500: o 3105::500:12; no '{value}'.</translation>
        </message>
        <message>
            <source>{file} attached to entry {number}.</source>
            <translation>{file} adjuntado al asiento {number}.</translation>
        </message>
        <message>
            <source>Entry {number} of {year} posted.</source>
            <translation>Asiento {number} de {year} contabilizado.</translation>
        </message>
        <message>
            <source>{count} entries written to {path}.</source>
            <translation>{count} asientos escritos en {path}.</translation>
        </message>
        <message>
            <source>{count} entries imported from {file}.</source>
            <translation>{count} asientos importados desde {file}.</translation>
        </message>
        <message>
            <source>'{kind}' is not a kind of {direction}; see 'coopdesk cash kinds'.</source>
            <translation>'{kind}' no es un tipo de {direction}; vea 'coopdesk cash kinds'.</translation>
        </message>
        <message>
            <source>Production lot {number} recorded.</source>
            <translation>Lote de producción {number} registrado.</translation>
        </message>
        <message>
            <source>Purchase {number} recorded.</source>
            <translation>Compra {number} registrada.</translation>
        </message>
        <message>
            <source>--lot is NUMBER:GRAMS, e.g. 12:7.5; not '{value}'.</source>
            <translation>--lot es NÚMERO:GRAMOS, p. ej. 12:7.5; no '{value}'.</translation>
        </message>
        <message>
            <source>Sale {number} recorded.</source>
            <translation>Venta {number} registrada.</translation>
        </message>
        <message>
            <source>Say which election: --election ID (see 'coopdesk election list').</source>
            <translation>Indique qué elección: --election ID (vea 'coopdesk election list').</translation>
        </message>
        <message>
            <source>Say which meeting: --meeting ID (see 'coopdesk meeting list').</source>
            <translation>Indique qué reunión: --meeting ID (vea 'coopdesk meeting list').</translation>
        </message>
        <message>
            <source>Say the format: --format pdf, xlsx or csv.</source>
            <translation>Indique el formato: --format pdf, xlsx o csv.</translation>
        </message>
        <message>
            <source>Report written to {path}.</source>
            <translation>Informe escrito en {path}.</translation>
        </message>
        <message>
            <source>chart of accounts, fiscal years and periods</source>
            <translation>plan de cuentas, ejercicios y períodos</translation>
        </message>
        <message>
            <source>install a chart of accounts template</source>
            <translation>instalar una plantilla de plan de cuentas</translation>
        </message>
        <message>
            <source>the chart with balances</source>
            <translation>el plan de cuentas con sus saldos</translation>
        </message>
        <message>
            <source>balances at this date (default: today)</source>
            <translation>saldos a esta fecha (por defecto: hoy)</translation>
        </message>
        <message>
            <source>add an account under a heading</source>
            <translation>agregar una cuenta bajo una cuenta de grupo</translation>
        </message>
        <message>
            <source>the heading's code</source>
            <translation>el código de la cuenta de grupo</translation>
        </message>
        <message>
            <source>which account serves which purpose; ROLE CODE sets one</source>
            <translation>qué cuenta cumple cada función; ROLE CODE asigna una</translation>
        </message>
        <message>
            <source>fiscal years</source>
            <translation>ejercicios</translation>
        </message>
        <message>
            <source>open a fiscal year with monthly periods</source>
            <translation>abrir un ejercicio con períodos mensuales</translation>
        </message>
        <message>
            <source>year-end closing: income and expenses to the result</source>
            <translation>cierre del ejercicio: ingresos y gastos al resultado</translation>
        </message>
        <message>
            <source>close a monthly period</source>
            <translation>cerrar un período mensual</translation>
        </message>
        <message>
            <source>the period's first day</source>
            <translation>el primer día del período</translation>
        </message>
        <message>
            <source>journal entries</source>
            <translation>asientos contables</translation>
        </message>
        <message>
            <source>list entries</source>
            <translation>listar asientos</translation>
        </message>
        <message>
            <source>post an entry</source>
            <translation>contabilizar un asiento</translation>
        </message>
        <message>
            <source>ACCOUNT:DEBIT:CREDIT[:MEMBER], once per line</source>
            <translation>CUENTA:DÉBITO:CRÉDITO[:ASOCIADO], una vez por línea</translation>
        </message>
        <message>
            <source>reverse a posted entry</source>
            <translation>revertir un asiento contabilizado</translation>
        </message>
        <message>
            <source>attach a scanned receipt (image or PDF)</source>
            <translation>adjuntar un comprobante escaneado (imagen o PDF)</translation>
        </message>
        <message>
            <source>write the journal for hledger or ledger-cli</source>
            <translation>escribir el libro diario para hledger o ledger-cli</translation>
        </message>
        <message>
            <source>file (default: standard output)</source>
            <translation>archivo (por defecto: salida estándar)</translation>
        </message>
        <message>
            <source>import entries, or opening balances, from Excel or CSV</source>
            <translation>importar asientos, o saldos iniciales, desde Excel o CSV</translation>
        </message>
        <message>
            <source>the fiscal year of opening balances (a file without dates)</source>
            <translation>el ejercicio de los saldos iniciales (un archivo sin fechas)</translation>
        </message>
        <message>
            <source>the cash book: receipts and payments</source>
            <translation>el libro de caja: ingresos y egresos</translation>
        </message>
        <message>
            <source>the kinds of receipts and payments</source>
            <translation>los tipos de ingresos y egresos</translation>
        </message>
        <message>
            <source>record a receipt</source>
            <translation>registrar un ingreso</translation>
        </message>
        <message>
            <source>record a payment</source>
            <translation>registrar un egreso</translation>
        </message>
        <message>
            <source>see 'coopdesk cash kinds'</source>
            <translation>vea 'coopdesk cash kinds'</translation>
        </message>
        <message>
            <source>the account, for the kinds 'other'</source>
            <translation>la cuenta, para los tipos 'other'</translation>
        </message>
        <message>
            <source>a scanned receipt (image or PDF)</source>
            <translation>un comprobante escaneado (imagen o PDF)</translation>
        </message>
        <message>
            <source>production, purchases and sales</source>
            <translation>producción, compras y ventas</translation>
        </message>
        <message>
            <source>list production lots</source>
            <translation>listar lotes de producción</translation>
        </message>
        <message>
            <source>record a production lot</source>
            <translation>registrar un lote de producción</translation>
        </message>
        <message>
            <source>parts per thousand, e.g. 916</source>
            <translation>milésimas, p. ej. 916</translation>
        </message>
        <message>
            <source>a work group's name, instead of a member</source>
            <translation>el nombre de un grupo de trabajo, en lugar de un asociado</translation>
        </message>
        <message>
            <source>buy gold from a member</source>
            <translation>comprar oro a un asociado</translation>
        </message>
        <message>
            <source>price of a gram of fine metal</source>
            <translation>precio de un gramo de metal fino</translation>
        </message>
        <message>
            <source>record a sale to a buyer</source>
            <translation>registrar una venta a un comprador</translation>
        </message>
        <message>
            <source>NUMBER:GRAMS, once per lot</source>
            <translation>NÚMERO:GRAMOS, una vez por lote</translation>
        </message>
        <message>
            <source>the Fairmined premium, apart from the price</source>
            <translation>la prima Fairmined, aparte del precio</translation>
        </message>
        <message>
            <source>write a report as PDF, Excel or CSV</source>
            <translation>escribir un informe en PDF, Excel o CSV</translation>
        </message>
        <message>
            <source>without the previous period</source>
            <translation>sin el período anterior</translation>
        </message>
        <message>
            <source>the meeting, for its documents</source>
            <translation>la reunión, para sus documentos</translation>
        </message>
        <message>
            <source>the election, for its documents</source>
            <translation>la elección, para sus documentos</translation>
        </message>
        <message>
            <source>the year of the minutes book, the action plan or the budget</source>
            <translation>el año del libro de actas, del plan de acción o del presupuesto</translation>
        </message>
        <message>
            <source>the business plan (else the latest)</source>
            <translation>el plan de negocios (si no, el más reciente)</translation>
        </message>
        <message>
            <source>craft, fairmined or maendeleo (else all)</source>
            <translation>craft, fairmined o maendeleo (si no, todos)</translation>
        </message>
        <message>
            <source>how many numbered ballot papers to print</source>
            <translation>cuántas papeletas numeradas imprimir</translation>
        </message>
        <message>
            <source>There is no business plan yet: 'coopdesk plan new TITLE --first-year YEAR' makes one.</source>
            <translation>Aún no hay plan de negocios: 'coopdesk plan new TITLE --first-year YEAR' crea uno.</translation>
        </message>
        <message>
            <source>--year: the plan runs from {first} to {last}; {year} is not one of its years.</source>
            <translation>--year: el plan va de {first} a {last}; {year} no es uno de sus años.</translation>
        </message>
        <message>
            <source>No business plan yet: 'coopdesk plan new TITLE --first-year YEAR' makes one.</source>
            <translation>Aún no hay ningún plan de negocios: 'coopdesk plan new TITLE --first-year YEAR' crea uno.</translation>
        </message>
        <message>
            <source>{status}, resolution {ref}</source>
            <translation>{status}, resolución {ref}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Estado: {status}</translation>
        </message>
        <message>
            <source>Cash at the start: {amount} {currency}</source>
            <translation>Caja al inicio: {amount} {currency}</translation>
        </message>
        <message>
            <source>Section {key} ({label}): {words} words</source>
            <translation>Sección {key} ({label}): {words} palabras</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Fine grams sold</source>
            <translation>Gramos finos vendidos</translation>
        </message>
        <message>
            <source>Price per gram</source>
            <translation>Precio por gramo</translation>
        </message>
        <message>
            <source>Premium per gram</source>
            <translation>Prima por gramo</translation>
        </message>
        <message>
            <source>per gram</source>
            <translation>por gramo</translation>
        </message>
        <message>
            <source>per year</source>
            <translation>por año</translation>
        </message>
        <message>
            <source>Projected income statement ({currency})</source>
            <translation>Estado de resultados proyectado ({currency})</translation>
        </message>
        <message>
            <source>Sales of metal</source>
            <translation>Ventas de metal</translation>
        </message>
        <message>
            <source>Variable costs</source>
            <translation>Costos variables</translation>
        </message>
        <message>
            <source>Fixed costs</source>
            <translation>Costos fijos</translation>
        </message>
        <message>
            <source>Depreciation</source>
            <translation>Depreciación</translation>
        </message>
        <message>
            <source>Interest on loans</source>
            <translation>Intereses de préstamos</translation>
        </message>
        <message>
            <source>Operating result</source>
            <translation>Resultado operacional</translation>
        </message>
        <message>
            <source>Premium income</source>
            <translation>Ingresos por prima</translation>
        </message>
        <message>
            <source>Net result</source>
            <translation>Resultado neto</translation>
        </message>
        <message>
            <source>Investments</source>
            <translation>Inversiones</translation>
        </message>
        <message>
            <source>members {members}, premium {premium}, loan {loan}, grant {grant}</source>
            <translation>asociados {members}, prima {premium}, préstamo {loan}, donación {grant}</translation>
        </message>
        <message>
            <source>Break-even</source>
            <translation>Punto de equilibrio</translation>
        </message>
        <message>
            <source>Cash projection ({currency})</source>
            <translation>Flujo de caja ({currency})</translation>
        </message>
        <message>
            <source>Cash at the start of the year</source>
            <translation>Caja al inicio del año</translation>
        </message>
        <message>
            <source>Money in</source>
            <translation>Entradas de dinero</translation>
        </message>
        <message>
            <source>Money out</source>
            <translation>Salidas de dinero</translation>
        </message>
        <message>
            <source>Cash at the end of the year</source>
            <translation>Caja al final del año</translation>
        </message>
        <message>
            <source>Business plan {id} created.</source>
            <translation>Plan de negocios {id} creado.</translation>
        </message>
        <message>
            <source>Give the section's text with --file PATH or --text TEXT.</source>
            <translation>Indique el texto de la sección con --file PATH o --text TEXT.</translation>
        </message>
        <message>
            <source>--file: cannot read {path}: {reason}</source>
            <translation>--file: no se puede leer {path}: {reason}</translation>
        </message>
        <message>
            <source>Section {key} saved.</source>
            <translation>Sección {key} guardada.</translation>
        </message>
        <message>
            <source>Year {year} saved.</source>
            <translation>Año {year} guardado.</translation>
        </message>
        <message>
            <source>Cost line {id} added.</source>
            <translation>Línea de costo {id} agregada.</translation>
        </message>
        <message>
            <source>Cost line {id} removed.</source>
            <translation>Línea de costo {id} eliminada.</translation>
        </message>
        <message>
            <source>Investment {id} added.</source>
            <translation>Inversión {id} agregada.</translation>
        </message>
        <message>
            <source>Investment {id} removed.</source>
            <translation>Inversión {id} eliminada.</translation>
        </message>
        <message>
            <source>The plan starts from the books of {year}: {grams} g sold at {price} a gram, {count} cost lines.</source>
            <translation>El plan parte de la contabilidad de {year}: {grams} g vendidos a {price} el gramo, {count} líneas de costo.</translation>
        </message>
        <message>
            <source>Business plan {id} adopted by resolution {ref}.</source>
            <translation>Plan de negocios {id} adoptado por la resolución {ref}.</translation>
        </message>
        <message>
            <source>Business plan {id} copied as draft {new}.</source>
            <translation>Plan de negocios {id} copiado como borrador {new}.</translation>
        </message>
        <message>
            <source>the business plan: sections, projections, investments, adoption</source>
            <translation>el plan de negocios: secciones, proyecciones, inversiones, adopción</translation>
        </message>
        <message>
            <source>list the business plans</source>
            <translation>listar los planes de negocios</translation>
        </message>
        <message>
            <source>make a new draft plan</source>
            <translation>crear un nuevo plan en borrador</translation>
        </message>
        <message>
            <source>the calendar year of the plan's first year</source>
            <translation>el año calendario del primer año del plan</translation>
        </message>
        <message>
            <source>3 to 5 years (default 3)</source>
            <translation>de 3 a 5 años (por defecto 3)</translation>
        </message>
        <message>
            <source>the cash at the start of the plan</source>
            <translation>la caja al inicio del plan</translation>
        </message>
        <message>
            <source>print a plan and its projection</source>
            <translation>imprimir un plan y su proyección</translation>
        </message>
        <message>
            <source>the plan (default: the latest)</source>
            <translation>el plan (por defecto: el más reciente)</translation>
        </message>
        <message>
            <source>write a section of the plan (Markdown)</source>
            <translation>escribir una sección del plan (Markdown)</translation>
        </message>
        <message>
            <source>a text file with the section</source>
            <translation>un archivo de texto con la sección</translation>
        </message>
        <message>
            <source>the section's text</source>
            <translation>el texto de la sección</translation>
        </message>
        <message>
            <source>set a year's production and prices</source>
            <translation>fijar la producción y los precios de un año</translation>
        </message>
        <message>
            <source>the calendar year, or its place in the plan (1 to 5)</source>
            <translation>el año calendario, o su lugar en el plan (1 a 5)</translation>
        </message>
        <message>
            <source>fine grams sold</source>
            <translation>gramos finos vendidos</translation>
        </message>
        <message>
            <source>price per fine gram</source>
            <translation>precio por gramo fino</translation>
        </message>
        <message>
            <source>premium per fine gram</source>
            <translation>prima por gramo fino</translation>
        </message>
        <message>
            <source>add or remove a cost line</source>
            <translation>agregar o eliminar una línea de costo</translation>
        </message>
        <message>
            <source>add a cost line</source>
            <translation>agregar una línea de costo</translation>
        </message>
        <message>
            <source>the amount of each year in order (one for every year)</source>
            <translation>el monto de cada año en orden (uno por cada año)</translation>
        </message>
        <message>
            <source>the amounts are per gram sold (else per year)</source>
            <translation>los montos son por gramo vendido (si no, por año)</translation>
        </message>
        <message>
            <source>the expense account group's code</source>
            <translation>el código del grupo de cuentas de gastos</translation>
        </message>
        <message>
            <source>remove a cost line</source>
            <translation>eliminar una línea de costo</translation>
        </message>
        <message>
            <source>the cost line's number (see 'plan show')</source>
            <translation>el número de la línea de costo (vea 'plan show')</translation>
        </message>
        <message>
            <source>add or remove an investment</source>
            <translation>agregar o eliminar una inversión</translation>
        </message>
        <message>
            <source>add an investment and its funding</source>
            <translation>agregar una inversión y su financiación</translation>
        </message>
        <message>
            <source>paid by the members</source>
            <translation>pagado por los asociados</translation>
        </message>
        <message>
            <source>paid from the premium</source>
            <translation>pagado con la prima</translation>
        </message>
        <message>
            <source>borrowed</source>
            <translation>prestado</translation>
        </message>
        <message>
            <source>from a grant</source>
            <translation>de una donación</translation>
        </message>
        <message>
            <source>the loan's interest, per cent a year</source>
            <translation>el interés del préstamo, porcentaje anual</translation>
        </message>
        <message>
            <source>useful life in years</source>
            <translation>vida útil en años</translation>
        </message>
        <message>
            <source>remove an investment</source>
            <translation>eliminar una inversión</translation>
        </message>
        <message>
            <source>the investment's number (see 'plan show')</source>
            <translation>el número de la inversión (vea 'plan show')</translation>
        </message>
        <message>
            <source>start the plan from a fiscal year's books</source>
            <translation>iniciar el plan a partir de la contabilidad de un ejercicio</translation>
        </message>
        <message>
            <source>the fiscal year's name</source>
            <translation>el nombre del ejercicio</translation>
        </message>
        <message>
            <source>record the passed motion that adopted the plan</source>
            <translation>registrar la proposición aprobada que adoptó el plan</translation>
        </message>
        <message>
            <source>copy a plan as a new draft</source>
            <translation>copiar un plan como un nuevo borrador</translation>
        </message>
        <message>
            <source>There are no bylaws yet: 'coopdesk bylaws presets' lists the presets, 'coopdesk bylaws preset NAME' installs one.</source>
            <translation>Aún no hay estatutos: 'coopdesk bylaws presets' lista los modelos y 'coopdesk bylaws preset NAME' instala uno.</translation>
        </message>
        <message>
            <source>The bylaws in force are now the preset {name} ({label}); 'coopdesk bylaws show' says them.</source>
            <translation>Los estatutos vigentes son ahora el modelo {name} ({label}); 'coopdesk bylaws show' los muestra.</translation>
        </message>
        <message>
            <source>{file} cannot be written: {error}</source>
            <translation>{file} no se puede escribir: {error}</translation>
        </message>
        <message>
            <source>The bylaws {name} were written to {file}.</source>
            <translation>Los estatutos {name} se escribieron en {file}.</translation>
        </message>
        <message>
            <source>{file} is not a text file in UTF-8.</source>
            <translation>{file} no es un archivo de texto en UTF-8.</translation>
        </message>
        <message>
            <source>{file} is not valid JSON: line {line}, column {column}: {error}.</source>
            <translation>{file} no es un JSON válido: línea {line}, columna {column}: {error}.</translation>
        </message>
        <message>
            <source>{file} does not hold bylaws: an object {{...}} with the rules is expected, as 'coopdesk bylaws export' writes.</source>
            <translation>{file} no contiene estatutos: se espera un objeto {{...}} con las reglas, como el que escribe 'coopdesk bylaws export'.</translation>
        </message>
        <message>
            <source>{file}: {count} problem(s); nothing was changed.</source>
            <translation>{file}: {count} problema(s); no se cambió nada.</translation>
        </message>
        <message>
            <source>The bylaws {name} from {file} are now in force.</source>
            <translation>Los estatutos {name} de {file} están ahora vigentes.</translation>
        </message>
        <message>
            <source>the bylaws: quorum, majorities, notice, the board, ties</source>
            <translation>los estatutos: quórum, mayorías, convocatoria, órganos, empates</translation>
        </message>
        <message>
            <source>say the bylaws in force in plain sentences</source>
            <translation>mostrar los estatutos vigentes en frases sencillas</translation>
        </message>
        <message>
            <source>list the preset bylaws</source>
            <translation>listar los modelos de estatutos</translation>
        </message>
        <message>
            <source>make a preset the bylaws in force</source>
            <translation>poner en vigor un modelo de estatutos</translation>
        </message>
        <message>
            <source>the preset, as 'bylaws presets' lists it</source>
            <translation>el modelo, tal como aparece en 'bylaws presets'</translation>
        </message>
        <message>
            <source>write the bylaws in force to a JSON file</source>
            <translation>escribir los estatutos vigentes en un archivo JSON</translation>
        </message>
        <message>
            <source>make the bylaws of a JSON file the bylaws in force (checked first)</source>
            <translation>poner en vigor los estatutos de un archivo JSON (primero se revisan)</translation>
        </message>
        <message>
            <source>{file}, line {line}: the file is not UTF-8 text.</source>
            <translation>{file}, línea {line}: el archivo no es texto UTF-8.</translation>
        </message>
        <message>
            <source>Draw the lot, then enter it: coopdesk election lot {id} MEMBER --drawn-by NAME (MEMBER: one of {members}).</source>
            <translation>Realice el sorteo y luego ingréselo: coopdesk election lot {id} MEMBER --drawn-by NAME (MEMBER: uno de {members}).</translation>
        </message>
        <message>
            <source>Elected, in order:</source>
            <translation>Elegidos, en orden:</translation>
        </message>
        <message>
            <source>  {n}. {name} (member {number})</source>
            <translation>  {n}. {name} (asociado {number})</translation>
        </message>
        <message>
            <source>No election yet: 'coopdesk election create TITLE --method METHOD --seats N' creates one.</source>
            <translation>Aún no hay elecciones: 'coopdesk election create TITLE --method METHOD --seats N' crea una.</translation>
        </message>
        <message>
            <source>{seats} seat(s)</source>
            <translation>{seats} cargo(s)</translation>
        </message>
        <message>
            <source>{count} candidate(s)</source>
            <translation>{count} candidato(s)</translation>
        </message>
        <message>
            <source>{count} ballot(s)</source>
            <translation>{count} papeleta(s)</translation>
        </message>
        <message>
            <source>Stage: {status}</source>
            <translation>Etapa: {status}</translation>
        </message>
        <message>
            <source>Method: {method}</source>
            <translation>Método: {method}</translation>
        </message>
        <message>
            <source>Seats: {seats}; ballots: {entry}</source>
            <translation>Cargos: {seats}; papeletas: {entry}</translation>
        </message>
        <message>
            <source>Position: {position}</source>
            <translation>Órgano: {position}</translation>
        </message>
        <message>
            <source>Candidates:</source>
            <translation>Candidatos:</translation>
        </message>
        <message>
            <source>No candidates yet.</source>
            <translation>Aún no hay candidatos.</translation>
        </message>
        <message>
            <source>  {place}. {name} (member {number})</source>
            <translation>  {place}. {name} (asociado {number})</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>retirado</translation>
        </message>
        <message>
            <source>Voters checked off the roll: {checked}; ballots: {ballots}</source>
            <translation>Votantes marcados en la lista: {checked}; papeletas: {ballots}</translation>
        </message>
        <message>
            <source>Checked off and not yet voted: {count}</source>
            <translation>Marcados y que aún no han votado: {count}</translation>
        </message>
        <message>
            <source>Counted: {valid} valid vote(s), {blank} blank paper(s), {rounds} round(s).</source>
            <translation>Escrutinio: {valid} voto(s) válido(s), {blank} papeleta(s) en blanco, {rounds} ronda(s).</translation>
        </message>
        <message>
            <source>Quota: {quota}</source>
            <translation>Cociente: {quota}</translation>
        </message>
        <message>
            <source>Lot {n}: {name} (member {number}), drawn by {who}.</source>
            <translation>Sorteo {n}: {name} (asociado {number}), realizado por {who}.</translation>
        </message>
        <message>
            <source>Election {id} created: {title}. Next: coopdesk election nominations {id}.</source>
            <translation>Elección {id} creada: {title}. Siguiente paso: coopdesk election nominations {id}.</translation>
        </message>
        <message>
            <source>Nominations are open for election {id}.</source>
            <translation>La inscripción de candidatos está abierta para la elección {id}.</translation>
        </message>
        <message>
            <source>{name} (member {number}) is candidate {place} on the ballot paper.</source>
            <translation>{name} (asociado {number}) es el candidato {place} en la papeleta.</translation>
        </message>
        <message>
            <source>Member {number} has withdrawn from election {id}.</source>
            <translation>El asociado {number} se retiró de la elección {id}.</translation>
        </message>
        <message>
            <source>The poll of election {id} is open: check the voters off the roll as they vote.</source>
            <translation>La votación de la elección {id} está abierta: marque a los votantes en la lista a medida que votan.</translation>
        </message>
        <message>
            <source>Member {number} checked off the roll ({count} so far).</source>
            <translation>Asociado {number} marcado en la lista de votantes ({count} hasta ahora).</translation>
        </message>
        <message>
            <source>The poll is closed: {checked} voter(s) checked off, {ballots} ballot(s).</source>
            <translation>La votación está cerrada: {checked} votante(s) marcado(s), {ballots} papeleta(s).</translation>
        </message>
        <message>
            <source>Line {line}: '{token}' is not a candidate's place on the paper (a number from 1 to {count}).</source>
            <translation>Línea {line}: '{token}' no es el lugar de un candidato en la papeleta (un número de 1 a {count}).</translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation>Línea {line}: {problem}</translation>
        </message>
        <message>
            <source>The file holds no papers: write one paper a line.</source>
            <translation>El archivo no contiene papeletas: escriba una papeleta por línea.</translation>
        </message>
        <message>
            <source>{count} paper(s) entered; {total} in the ballot box.</source>
            <translation>{count} papeleta(s) ingresada(s); {total} en la urna.</translation>
        </message>
        <message>
            <source>'{item}' is not PLACE=COUNT (the candidate's place on the paper and their papers, like 2=15).</source>
            <translation>'{item}' no tiene la forma PLACE=COUNT (el lugar del candidato en la papeleta y sus papeletas, como 2=15).</translation>
        </message>
        <message>
            <source>Candidate {place} is given twice.</source>
            <translation>El candidato {place} aparece dos veces.</translation>
        </message>
        <message>
            <source>{total} paper(s) in the ballot box.</source>
            <translation>{total} papeleta(s) en la urna.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {error}</source>
            <translation>No se puede escribir {path}: {error}</translation>
        </message>
        <message>
            <source>{count} paper(s) entered from {file}.</source>
            <translation>{count} papeleta(s) ingresada(s) desde {file}.</translation>
        </message>
        <message>
            <source>elections: nominations, the roll, paper ballots, the count, the results sheet</source>
            <translation>elecciones: inscripción de candidatos, lista de votantes, papeletas en papel, escrutinio, hoja de resultados</translation>
        </message>
        <message>
            <source>list the elections, the latest first, the number first</source>
            <translation>listar las elecciones, la más reciente primero, con el número al comienzo</translation>
        </message>
        <message>
            <source>show an election: its stage, candidates, roll and count</source>
            <translation>mostrar una elección: su etapa, candidatos, lista de votantes y escrutinio</translation>
        </message>
        <message>
            <source>create an election (in draft)</source>
            <translation>crear una elección (en borrador)</translation>
        </message>
        <message>
            <source>the post of the bylaws it fills</source>
            <translation>el órgano de los estatutos que provee</translation>
        </message>
        <message>
            <source>ballots cast in the window's booth, or on paper and entered by the tellers (default: booth)</source>
            <translation>papeletas depositadas en la cabina de votación de la ventana, o en papel e ingresadas por los escrutadores (por defecto: cabina)</translation>
        </message>
        <message>
            <source>open the nominations</source>
            <translation>abrir la inscripción de candidatos</translation>
        </message>
        <message>
            <source>put a member on the ballot paper</source>
            <translation>inscribir a un asociado en la papeleta</translation>
        </message>
        <message>
            <source>the day eligibility is judged (default: today)</source>
            <translation>el día en que se verifican los requisitos para ser candidato (por defecto: hoy)</translation>
        </message>
        <message>
            <source>a candidate stands down</source>
            <translation>un candidato se retira</translation>
        </message>
        <message>
            <source>open the poll (the ballot paper is then fixed)</source>
            <translation>abrir la votación (la papeleta queda entonces fija)</translation>
        </message>
        <message>
            <source>check a voter off the roll</source>
            <translation>marcar a un votante en la lista de votantes</translation>
        </message>
        <message>
            <source>close the poll</source>
            <translation>cerrar la votación</translation>
        </message>
        <message>
            <source>enter paper ballots from a file, one paper a line: the candidates' places, first choice first, like '2 1 3'; a blank line is a blank paper</source>
            <translation>ingresar papeletas en papel desde un archivo, una papeleta por línea: los lugares de los candidatos, la primera preferencia primero, como '2 1 3'; una línea vacía es una papeleta en blanco</translation>
        </message>
        <message>
            <source>the file, or - for standard input</source>
            <translation>el archivo, o - para la entrada estándar</translation>
        </message>
        <message>
            <source>enter a plurality election's totals counted by the tellers</source>
            <translation>ingresar los totales de una elección por mayoría simple contados por los escrutadores</translation>
        </message>
        <message>
            <source>blank papers</source>
            <translation>papeletas en blanco</translation>
        </message>
        <message>
            <source>count the closed poll and print the elected in order</source>
            <translation>escrutar la votación cerrada e imprimir los elegidos en orden</translation>
        </message>
        <message>
            <source>enter the lot the count asked for, then count again</source>
            <translation>ingresar el sorteo que pidió el escrutinio y volver a escrutar</translation>
        </message>
        <message>
            <source>the candidate the lot chose (member number)</source>
            <translation>el candidato que designó el sorteo (número de asociado)</translation>
        </message>
        <message>
            <source>who drew the lot</source>
            <translation>quién realizó el sorteo</translation>
        </message>
        <message>
            <source>write the ballots of a closed poll as a BLT file</source>
            <translation>escribir las papeletas de una votación cerrada como archivo BLT</translation>
        </message>
        <message>
            <source>the file, or - for standard output</source>
            <translation>el archivo, o - para la salida estándar</translation>
        </message>
        <message>
            <source>enter a paper election's ballots from a BLT file</source>
            <translation>ingresar las papeletas de una elección en papel desde un archivo BLT</translation>
        </message>
        <message>
            <source>the results sheet, as PDF or Excel</source>
            <translation>la hoja de resultados, en PDF o Excel</translation>
        </message>
        <message>
            <source>numbered paper ballots to print (PDF)</source>
            <translation>papeletas numeradas para imprimir (PDF)</translation>
        </message>
        <message>
            <source>how many papers</source>
            <translation>cuántas papeletas</translation>
        </message>
        <message>
            <source>No stage yet: 'coopdesk formal add KIND TITLE' adds one; the kinds are {kinds}.</source>
            <translation>Aún no hay etapas: 'coopdesk formal add KIND TITLE' agrega una; los tipos son {kinds}.</translation>
        </message>
        <message>
            <source>issued {day}</source>
            <translation>expedido el {day}</translation>
        </message>
        <message>
            <source>expires {day}</source>
            <translation>vence el {day}</translation>
        </message>
        <message>
            <source>fees {amount}</source>
            <translation>derechos {amount}</translation>
        </message>
        <message>
            <source>{n} document(s)</source>
            <translation>{n} documento(s)</translation>
        </message>
        <message>
            <source>{granted} of {total} stages granted and valid on {day}.</source>
            <translation>{granted} de {total} etapas otorgadas y vigentes al {day}.</translation>
        </message>
        <message>
            <source>Authority</source>
            <translation>Autoridad</translation>
        </message>
        <message>
            <source>Applied on</source>
            <translation>Fecha de solicitud</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Fecha de expedición</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Fecha de vencimiento</translation>
        </message>
        <message>
            <source>Mining site</source>
            <translation>Sitio minero</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Document {id}: {file} ({size}, sha256 {sha})</source>
            <translation>Documento {id}: {file} ({size}, sha256 {sha})</translation>
        </message>
        <message>
            <source>Fee: entry {entry} of {day}, {amount}: {text}</source>
            <translation>Derechos: asiento {entry} del {day}, {amount}: {text}</translation>
        </message>
        <message>
            <source>--within: give a number of days, 0 or more.</source>
            <translation>--within: indique un número de días, 0 o más.</translation>
        </message>
        <message>
            <source>Nothing has expired and nothing expires within {days} days.</source>
            <translation>Nada ha vencido y nada vence en los próximos {days} días.</translation>
        </message>
        <message>
            <source>{path} could not be written: {reason}</source>
            <translation>No se pudo escribir {path}: {reason}</translation>
        </message>
        <message>
            <source>Document {id} saved to {path}.</source>
            <translation>Documento {id} guardado en {path}.</translation>
        </message>
        <message>
            <source>Stage {id} added: {title}.</source>
            <translation>Etapa {id} agregada: {title}.</translation>
        </message>
        <message>
            <source>--clear {name}: the same field is also given a value.</source>
            <translation>--clear {name}: al mismo campo también se le da un valor.</translation>
        </message>
        <message>
            <source>Say what to change, e.g. --status granted --issued 2026-03-01 --reference 123.</source>
            <translation>Indique qué cambiar, p. ej. --status granted --issued 2026-03-01 --reference 123.</translation>
        </message>
        <message>
            <source>Stage {id} updated.</source>
            <translation>Etapa {id} actualizada.</translation>
        </message>
        <message>
            <source>{file} could not be read: {reason}</source>
            <translation>No se pudo leer {file}: {reason}</translation>
        </message>
        <message>
            <source>{file} kept with stage {id} as document {doc}.</source>
            <translation>{file} guardado con la etapa {id} como documento {doc}.</translation>
        </message>
        <message>
            <source>Entry {entry} ({amount}) linked as a fee of stage {id}.</source>
            <translation>Asiento {entry} ({amount}) vinculado como pago de derechos de la etapa {id}.</translation>
        </message>
        <message>
            <source>Entry {entry} is no longer a fee of stage {id}.</source>
            <translation>El asiento {entry} ya no es un pago de derechos de la etapa {id}.</translation>
        </message>
        <message>
            <source>who grants it, e.g. the regional environmental authority</source>
            <translation>quién la otorga, p. ej. la autoridad ambiental regional</translation>
        </message>
        <message>
            <source>the number of the certificate, licence or title</source>
            <translation>el número del certificado, la licencia o el título</translation>
        </message>
        <message>
            <source>applied for on</source>
            <translation>solicitado el</translation>
        </message>
        <message>
            <source>issued on</source>
            <translation>expedido el</translation>
        </message>
        <message>
            <source>the last day it is valid</source>
            <translation>el último día de vigencia</translation>
        </message>
        <message>
            <source>the mining site it is about (name or id)</source>
            <translation>el sitio minero al que se refiere (nombre o id)</translation>
        </message>
        <message>
            <source>the formalisation path: registrations, licences, titles, their documents and fees</source>
            <translation>la ruta de formalización: registros, licencias, títulos, sus documentos y derechos</translation>
        </message>
        <message>
            <source>the stages in the path's order</source>
            <translation>las etapas en el orden de la ruta</translation>
        </message>
        <message>
            <source>as they stand on this day (default: today)</source>
            <translation>tal como están en este día (por defecto: hoy)</translation>
        </message>
        <message>
            <source>one stage with its documents and fees</source>
            <translation>una etapa con sus documentos y derechos</translation>
        </message>
        <message>
            <source>add a stage to the path</source>
            <translation>agregar una etapa a la ruta</translation>
        </message>
        <message>
            <source>change a stage's fields</source>
            <translation>modificar los campos de una etapa</translation>
        </message>
        <message>
            <source>empty a field (may be repeated)</source>
            <translation>vaciar un campo (se puede repetir)</translation>
        </message>
        <message>
            <source>keep a scanned document (PDF, JPEG, PNG) with a stage</source>
            <translation>guardar un documento escaneado (PDF, JPEG, PNG) con una etapa</translation>
        </message>
        <message>
            <source>save a kept document to a file</source>
            <translation>copiar a un archivo un documento guardado</translation>
        </message>
        <message>
            <source>the document's number (see 'formal show')</source>
            <translation>el número del documento (vea 'formal show')</translation>
        </message>
        <message>
            <source>the file or folder (default: its own name here)</source>
            <translation>el archivo o la carpeta (por defecto: su propio nombre aquí)</translation>
        </message>
        <message>
            <source>link the posted entry that paid a fee of a stage</source>
            <translation>vincular el asiento contabilizado que pagó derechos de una etapa</translation>
        </message>
        <message>
            <source>unlink an entry from a stage's fees</source>
            <translation>desvincular un asiento de los derechos de una etapa</translation>
        </message>
        <message>
            <source>what has expired or expires soon</source>
            <translation>lo que ha vencido o vence pronto</translation>
        </message>
        <message>
            <source>--lot: '{value}' is not a candidate of this election (give the candidate's number, 1 to {count}, or name).</source>
            <translation>--lot: '{value}' no es un candidato de esta elección (indique el número del candidato, de 1 a {count}, o su nombre).</translation>
        </message>
        <message>
            <source>first count</source>
            <translation>primer escrutinio</translation>
        </message>
        <message>
            <source>surplus of {who} transferred</source>
            <translation>excedente de {who} transferido</translation>
        </message>
        <message>
            <source>{who} excluded</source>
            <translation>{who} excluido(a)</translation>
        </message>
        <message>
            <source>{who} elected</source>
            <translation>{who} elegido(a)</translation>
        </message>
        <message>
            <source>reached the quota</source>
            <translation>alcanzó el cociente</translation>
        </message>
        <message>
            <source>fewest votes</source>
            <translation>menos votos</translation>
        </message>
        <message>
            <source>largest surplus</source>
            <translation>mayor excedente</translation>
        </message>
        <message>
            <source>more than half the votes</source>
            <translation>más de la mitad de los votos</translation>
        </message>
        <message>
            <source>as many candidates left as seats</source>
            <translation>quedan tantos candidatos como cargos</translation>
        </message>
        <message>
            <source>last candidate standing</source>
            <translation>último candidato en pie</translation>
        </message>
        <message>
            <source>most votes</source>
            <translation>más votos</translation>
        </message>
        <message>
            <source>tie broken by the votes at round {round}</source>
            <translation>empate resuelto por los votos de la ronda {round}</translation>
        </message>
        <message>
            <source>tie broken by lot {n}</source>
            <translation>empate resuelto por el sorteo {n}</translation>
        </message>
        <message>
            <source>no votes: excluded in ballot-paper order</source>
            <translation>sin votos: excluidos en el orden de la papeleta</translation>
        </message>
        <message>
            <source>{count} candidates, {seats} seat(s), {valid} valid vote(s), {blank} blank paper(s); method: {method}</source>
            <translation>{count} candidatos, {seats} cargo(s), {valid} voto(s) válido(s), {blank} papeleta(s) en blanco; método: {method}</translation>
        </message>
        <message>
            <source>Round {n}</source>
            <translation>Ronda {n}</translation>
        </message>
        <message>
            <source>non-transferable</source>
            <translation>no transferibles</translation>
        </message>
        <message>
            <source>lost to truncation</source>
            <translation>perdidos por truncamiento</translation>
        </message>
        <message>
            <source>Count again with --lot and the candidate the lot chose (number or name), once per lot drawn, in the order drawn.</source>
            <translation>Vuelva a escrutar con --lot y el candidato que eligió el sorteo (número o nombre), una vez por sorteo, en el orden en que se hicieron.</translation>
        </message>
        <message>
            <source>count a ballot file (BLT) and print the rounds and the winners in order of election</source>
            <translation>escrutar un archivo de papeletas (BLT) e imprimir las rondas y los elegidos en orden de elección</translation>
        </message>
        <message>
            <source>the ballot file, in BLT format</source>
            <translation>el archivo de papeletas, en formato BLT</translation>
        </message>
        <message>
            <source>the candidate a drawn lot chose (number or name); once per lot, in the order drawn</source>
            <translation>el candidato que eligió un sorteo (número o nombre); una vez por sorteo, en el orden en que se hicieron</translation>
        </message>
        <message>
            <source>print only the elected candidates' names, one a line, in order</source>
            <translation>imprimir solo los nombres de los elegidos, uno por línea, en orden</translation>
        </message>
        <message>
            <source>'{value}' is not a date and time; write "YYYY-MM-DD HH:MM".</source>
            <translation>'{value}' no es una fecha y hora; escriba "AAAA-MM-DD HH:MM".</translation>
        </message>
        <message>
            <source>ITEM: the agenda of meeting {id} has no item {place} (it has {count} items).</source>
            <translation>ITEM: el orden del día de la reunión {id} no tiene el punto {place} (tiene {count} puntos).</translation>
        </message>
        <message>
            <source>No meeting yet: 'coopdesk meeting create KIND TITLE --at "YYYY-MM-DD HH:MM"' plans one.</source>
            <translation>Aún no hay reuniones: 'coopdesk meeting create KIND TITLE --at "YYYY-MM-DD HH:MM"' programa una.</translation>
        </message>
        <message>
            <source>minutes No. {number}</source>
            <translation>acta n.º {number}</translation>
        </message>
        <message>
            <source>PASSED, resolution {number}</source>
            <translation>APROBADA, resolución {number}</translation>
        </message>
        <message>
            <source>NOT PASSED</source>
            <translation>NO APROBADA</translation>
        </message>
        <message>
            <source>    Motion {id}: {text} [{decision}] - {result}</source>
            <translation>    Proposición {id}: {text} [{decision}] - {result}</translation>
        </message>
        <message>
            <source>      in favour {yes}, against {no}, abstentions {abstain}, invalid {invalid}; {explanation}</source>
            <translation>      a favor {yes}, en contra {no}, abstenciones {abstain}, nulos {invalid}; {explanation}</translation>
        </message>
        <message>
            <source>When: {when}; place: {place}</source>
            <translation>Fecha: {when}; lugar: {place}</translation>
        </message>
        <message>
            <source>Convened on: {day}</source>
            <translation>Convocada el: {day}</translation>
        </message>
        <message>
            <source>(second convocation)</source>
            <translation>(nueva convocatoria)</translation>
        </message>
        <message>
            <source>Opened {opened}, closed {closed}; chair {chair}, secretary {secretary}</source>
            <translation>Instalada {opened}, cerrada {closed}; presidente {chair}, secretario {secretary}</translation>
        </message>
        <message>
            <source>Entitled {eligible}, present {present}, represented {represented}</source>
            <translation>Hábiles {eligible}, presentes {present}, representados {represented}</translation>
        </message>
        <message>
            <source>Agenda:</source>
            <translation>Orden del día:</translation>
        </message>
        <message>
            <source>Proxy: {giver} ({giver_name}) represented by {holder} ({holder_name})</source>
            <translation>Poder: {giver} ({giver_name}) representado por {holder} ({holder_name})</translation>
        </message>
        <message>
            <source>president</source>
            <translation>presidente</translation>
        </message>
        <message>
            <source>secretary</source>
            <translation>secretario</translation>
        </message>
        <message>
            <source>Signed by {user} ({role}) on {when}</source>
            <translation>Firmada por {user} ({role}) el {when}</translation>
        </message>
        <message>
            <source>Minutes book No. {number}, digest {digest}</source>
            <translation>Libro de actas n.º {number}, código de integridad {digest}</translation>
        </message>
        <message>
            <source>first call</source>
            <translation>primera convocatoria</translation>
        </message>
        <message>
            <source>second call</source>
            <translation>segunda convocatoria</translation>
        </message>
        <message>
            <source>Needed {required} ({call}); present or represented {there}.</source>
            <translation>Se necesitan {required} ({call}); presentes o representados: {there}.</translation>
        </message>
        <message>
            <source>Meeting {id} created.</source>
            <translation>Reunión {id} creada.</translation>
        </message>
        <message>
            <source>Agenda of meeting {id}: {count} items.</source>
            <translation>Orden del día de la reunión {id}: {count} puntos.</translation>
        </message>
        <message>
            <source>Item {place} added to the agenda.</source>
            <translation>Punto {place} agregado al orden del día.</translation>
        </message>
        <message>
            <source>Meeting {id} convened on {day}.</source>
            <translation>Reunión {id} convocada el {day}.</translation>
        </message>
        <message>
            <source>Meeting {id} is open: {eligible} entitled to attend.</source>
            <translation>La reunión {id} está instalada: {eligible} con derecho a asistir.</translation>
        </message>
        <message>
            <source>Member {giver} is represented by member {holder}.</source>
            <translation>El asociado {giver} está representado por el asociado {holder}.</translation>
        </message>
        <message>
            <source>--vote: write MEMBER=yes, MEMBER=no or MEMBER=abstain, not '{text}'.</source>
            <translation>--vote: escriba MEMBER=yes, MEMBER=no o MEMBER=abstain, no '{text}'.</translation>
        </message>
        <message>
            <source>Give either --yes/--no/--abstain or --vote, not both.</source>
            <translation>Indique --yes/--no/--abstain o --vote, no ambos.</translation>
        </message>
        <message>
            <source>Give --yes, --no and --abstain (a show of hands), or --vote MEMBER=yes|no|abstain for each voter.</source>
            <translation>Indique --yes, --no y --abstain (votación a mano alzada), o --vote MEMBER=yes|no|abstain para cada votante.</translation>
        </message>
        <message>
            <source>Motion {id} PASSED: resolution {number}.</source>
            <translation>Proposición {id} APROBADA: resolución {number}.</translation>
        </message>
        <message>
            <source>Motion {id} NOT PASSED.</source>
            <translation>Proposición {id} NO APROBADA.</translation>
        </message>
        <message>
            <source>--file: {file} cannot be read as UTF-8 text: {error}</source>
            <translation>--file: {file} no se puede leer como texto UTF-8: {error}</translation>
        </message>
        <message>
            <source>Minutes of item {place} saved.</source>
            <translation>Acta del punto {place} guardada.</translation>
        </message>
        <message>
            <source>Meeting {id} closed: the president and the secretary may now sign the minutes.</source>
            <translation>Reunión {id} cerrada: el presidente y el secretario ya pueden firmar el acta.</translation>
        </message>
        <message>
            <source>The other signature is still needed.</source>
            <translation>Todavía falta la otra firma.</translation>
        </message>
        <message>
            <source>The minutes are final.</source>
            <translation>El acta es definitiva.</translation>
        </message>
        <message>
            <source>No officer on {day}.</source>
            <translation>Ningún dignatario el {day}.</translation>
        </message>
        <message>
            <source>ended {day}: {reason}</source>
            <translation>terminó el {day}: {reason}</translation>
        </message>
        <message>
            <source>term over</source>
            <translation>período vencido</translation>
        </message>
        <message>
            <source>{days} days left</source>
            <translation>quedan {days} días</translation>
        </message>
        <message>
            <source>Mandate {id}: member {number} as {position}.</source>
            <translation>Mandato {id}: asociado {number} en {position}.</translation>
        </message>
        <message>
            <source>Mandate {id} ended on {day}.</source>
            <translation>El mandato {id} terminó el {day}.</translation>
        </message>
        <message>
            <source>No grievance.</source>
            <translation>No hay quejas.</translation>
        </message>
        <message>
            <source>Outcome ({day}): {text}</source>
            <translation>Resultado ({day}): {text}</translation>
        </message>
        <message>
            <source>Grievance {id} opened.</source>
            <translation>Queja {id} abierta.</translation>
        </message>
        <message>
            <source>Step added to grievance {id}.</source>
            <translation>Paso agregado a la queja {id}.</translation>
        </message>
        <message>
            <source>Grievance {id} closed.</source>
            <translation>Queja {id} cerrada.</translation>
        </message>
        <message>
            <source>meetings: convocation, attendance, quorum, motions, minutes</source>
            <translation>reuniones: convocatoria, asistencia, quórum, proposiciones, actas</translation>
        </message>
        <message>
            <source>list the meetings, the latest first, the number first</source>
            <translation>listar las reuniones, la más reciente primero, con el número al comienzo</translation>
        </message>
        <message>
            <source>show a meeting: agenda, motions, attendance, signatures</source>
            <translation>mostrar una reunión: orden del día, proposiciones, asistencia, firmas</translation>
        </message>
        <message>
            <source>plan a meeting</source>
            <translation>programar una reunión</translation>
        </message>
        <message>
            <source>an agenda item, in order; repeat it</source>
            <translation>un punto del orden del día, en orden; repítalo</translation>
        </message>
        <message>
            <source>the second convocation of a meeting that lacked its quorum</source>
            <translation>la nueva convocatoria de una reunión que no tuvo quórum</translation>
        </message>
        <message>
            <source>replace the agenda of a meeting not yet convened</source>
            <translation>reemplazar el orden del día de una reunión aún no convocada</translation>
        </message>
        <message>
            <source>add an item at the end of the agenda</source>
            <translation>agregar un punto al final del orden del día</translation>
        </message>
        <message>
            <source>record the day the convocation went out</source>
            <translation>registrar el día en que se envió la convocatoria</translation>
        </message>
        <message>
            <source>open the session</source>
            <translation>instalar la sesión</translation>
        </message>
        <message>
            <source>who takes the minutes</source>
            <translation>quién redacta el acta</translation>
        </message>
        <message>
            <source>a member arrives; prints the quorum</source>
            <translation>llega un asociado; muestra el quórum</translation>
        </message>
        <message>
            <source>how the member was found at the door</source>
            <translation>cómo se identificó al asociado en la entrada</translation>
        </message>
        <message>
            <source>a member leaves; prints the quorum</source>
            <translation>sale un asociado; muestra el quórum</translation>
        </message>
        <message>
            <source>an absent member is represented by one present</source>
            <translation>un asociado ausente es representado por uno presente</translation>
        </message>
        <message>
            <source>the quorum now: who is needed, who is there</source>
            <translation>el quórum en este momento: cuántos se necesitan, cuántos hay</translation>
        </message>
        <message>
            <source>put a motion to the vote under an agenda item</source>
            <translation>someter a votación una proposición en un punto del orden del día</translation>
        </message>
        <message>
            <source>the item's number on the agenda, from 1</source>
            <translation>el número del punto en el orden del día, desde 1</translation>
        </message>
        <message>
            <source>a named vote: yes, no or abstain; repeat for each voter</source>
            <translation>una votación nominal: yes, no o abstain; repítalo para cada votante</translation>
        </message>
        <message>
            <source>write the minutes of an agenda item</source>
            <translation>redactar el acta de un punto del orden del día</translation>
        </message>
        <message>
            <source>a UTF-8 text file</source>
            <translation>un archivo de texto UTF-8</translation>
        </message>
        <message>
            <source>close the session</source>
            <translation>cerrar la sesión</translation>
        </message>
        <message>
            <source>sign the minutes as president or as secretary</source>
            <translation>firmar el acta como presidente o como secretario</translation>
        </message>
        <message>
            <source>the day (default: today)</source>
            <translation>el día (por defecto: hoy)</translation>
        </message>
        <message>
            <source>every term, ended ones too</source>
            <translation>todos los períodos, también los terminados</translation>
        </message>
        <message>
            <source>the officers: who holds which position, their terms and warnings</source>
            <translation>los dignatarios: quién ocupa cada cargo, sus períodos y las advertencias</translation>
        </message>
        <message>
            <source>the team, its terms and the warnings</source>
            <translation>el equipo, sus períodos y las advertencias</translation>
        </message>
        <message>
            <source>enter a member's term by hand</source>
            <translation>registrar a mano el período de un asociado</translation>
        </message>
        <message>
            <source>the last day (default: the bylaws' term)</source>
            <translation>el último día (por defecto: el período de los estatutos)</translation>
        </message>
        <message>
            <source>end a term early</source>
            <translation>terminar un período antes de tiempo</translation>
        </message>
        <message>
            <source>the last day of the term</source>
            <translation>el último día del período</translation>
        </message>
        <message>
            <source>the register of grievances</source>
            <translation>el registro de quejas</translation>
        </message>
        <message>
            <source>the register, the latest first</source>
            <translation>el registro, la más reciente primero</translation>
        </message>
        <message>
            <source>only those not closed</source>
            <translation>solo las que no están cerradas</translation>
        </message>
        <message>
            <source>open a grievance</source>
            <translation>abrir una queja</translation>
        </message>
        <message>
            <source>default: today</source>
            <translation>por defecto: hoy</translation>
        </message>
        <message>
            <source>a hearing, mediation, decision or note</source>
            <translation>una audiencia, mediación, decisión o nota</translation>
        </message>
        <message>
            <source>close a grievance</source>
            <translation>cerrar una queja</translation>
        </message>
        <message>
            <source>--use is CODE:TITLE:BUDGET, e.g. EDU:Scholarships:2000000; not '{value}'.</source>
            <translation>--use es CODE:TITLE:BUDGET, p. ej. EDU:Becas:2000000; no '{value}'.</translation>
        </message>
        <message>
            <source>--use {code}: {reason}</source>
            <translation>--use {code}: {reason}</translation>
        </message>
        <message>
            <source>No premium use plan yet: 'coopdesk premium new NAME --from DATE --to DATE --use CODE:TITLE:BUDGET'.</source>
            <translation>Aún no hay plan de uso de la prima: 'coopdesk premium new NAME --from DATE --to DATE --use CODE:TITLE:BUDGET'.</translation>
        </message>
        <message>
            <source>not approved</source>
            <translation>no aprobado</translation>
        </message>
        <message>
            <source>Premium use plan “{name}” created with {count} use(s).</source>
            <translation>Plan de uso de la prima “{name}” creado con {count} uso(s).</translation>
        </message>
        <message>
            <source>Premium use plan “{name}” approved.</source>
            <translation>Plan de uso de la prima “{name}” aprobado.</translation>
        </message>
        <message>
            <source>Entry {entry} tagged to {code}.</source>
            <translation>Asiento {entry} imputado a {code}.</translation>
        </message>
        <message>
            <source>Entry {entry} untagged from {code}.</source>
            <translation>Se quitó la imputación del asiento {entry} a {code}.</translation>
        </message>
        <message>
            <source>Approved: {date} {ref}</source>
            <translation>Aprobado: {date} {ref}</translation>
        </message>
        <message>
            <source>Not approved yet</source>
            <translation>Aún no aprobado</translation>
        </message>
        <message>
            <source>Premium received in the period: {amount}</source>
            <translation>Prima recibida en el período: {amount}</translation>
        </message>
        <message>
            <source>Planned: {planned}; spent: {spent}; left: {left}</source>
            <translation>Previsto: {planned}; gastado: {spent}; restante: {left}</translation>
        </message>
        <message>
            <source>Use code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Planned use</source>
            <translation>Uso previsto</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Gastado</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Restante</translation>
        </message>
        <message>
            <source>% spent</source>
            <translation>% gastado</translation>
        </message>
        <message>
            <source>the Fairmined premium use plan</source>
            <translation>el plan de uso de la prima Fairmined</translation>
        </message>
        <message>
            <source>list the premium use plans</source>
            <translation>listar los planes de uso de la prima</translation>
        </message>
        <message>
            <source>a new plan with its planned uses</source>
            <translation>un nuevo plan con sus usos previstos</translation>
        </message>
        <message>
            <source>a planned use, once per use</source>
            <translation>un uso previsto, una vez por uso</translation>
        </message>
        <message>
            <source>the date the assembly approved it</source>
            <translation>la fecha en que la asamblea lo aprobó</translation>
        </message>
        <message>
            <source>the reference of the assembly's resolution</source>
            <translation>la referencia de la resolución de la asamblea</translation>
        </message>
        <message>
            <source>record the assembly's approval of a plan</source>
            <translation>registrar la aprobación de un plan por la asamblea</translation>
        </message>
        <message>
            <source>count a posted entry as spending on a planned use</source>
            <translation>contar un asiento contabilizado como gasto de un uso previsto</translation>
        </message>
        <message>
            <source>the use's code</source>
            <translation>el código del uso</translation>
        </message>
        <message>
            <source>part of the entry (default: its expenses)</source>
            <translation>parte del asiento (por defecto: sus gastos)</translation>
        </message>
        <message>
            <source>stop counting an entry as spending on a use</source>
            <translation>dejar de contar un asiento como gasto de un uso</translation>
        </message>
        <message>
            <source>the plan's execution; a PDF, Excel or CSV with -o</source>
            <translation>la ejecución del plan; un PDF, Excel o CSV con -o</translation>
        </message>
        <message>
            <source>no funds</source>
            <translation>sin fondos</translation>
        </message>
        <message>
            <source>Policy {name} saved from the preset {preset}.</source>
            <translation>Política {name} guardada a partir del modelo {preset}.</translation>
        </message>
        <message>
            <source>No sharing policy yet: 'coopdesk share policy preset colombia' (or ohada, premium) installs one.</source>
            <translation>Aún no hay política de reparto: 'coopdesk share policy preset colombia' (u ohada, premium) instala una.</translation>
        </message>
        <message>
            <source>There is no sharing policy “{name}”.</source>
            <translation>No existe la política de reparto “{name}”.</translation>
        </message>
        <message>
            <source>Policy {name}</source>
            <translation>Política {name}</translation>
        </message>
        <message>
            <source>Funds, in order:</source>
            <translation>Fondos, en orden:</translation>
        </message>
        <message>
            <source>until it reaches {cap} % of the paid-up capital</source>
            <translation>hasta que alcance el {cap} % del capital pagado</translation>
        </message>
        <message>
            <source>(account {code})</source>
            <translation>(cuenta {code})</translation>
        </message>
        <message>
            <source>The members' part, by:</source>
            <translation>La parte de los asociados, según:</translation>
        </message>
        <message>
            <source>At least {days} active days in the period.</source>
            <translation>Al menos {days} días activos en el período.</translation>
        </message>
        <message>
            <source>Suspended members take no part.</source>
            <translation>Los asociados suspendidos no participan.</translation>
        </message>
        <message>
            <source>Suspended members take part.</source>
            <translation>Los asociados suspendidos participan.</translation>
        </message>
        <message>
            <source>Interest on capital capped at {rate} % a year.</source>
            <translation>Interés sobre el capital limitado al {rate} % anual.</translation>
        </message>
        <message>
            <source>Payouts rounded to multiples of {unit} minor unit(s).</source>
            <translation>Pagos redondeados a múltiplos de {unit} unidad(es) mínima(s).</translation>
        </message>
        <message>
            <source>A payout not collected after {days} days is listed as unclaimed.</source>
            <translation>Un pago que no se cobre en {days} días figura como no cobrado.</translation>
        </message>
        <message>
            <source>--amount: say the amount to share ({source}).</source>
            <translation>--amount: indique el monto a repartir ({source}).</translation>
        </message>
        <message>
            <source>--year: say which closed year's surplus is shared.</source>
            <translation>--year: indique de qué ejercicio cerrado se reparte el excedente.</translation>
        </message>
        <message>
            <source>--from and --to go together: give both, or neither.</source>
            <translation>--from y --to van juntos: indique ambos o ninguno.</translation>
        </message>
        <message>
            <source>Distribution {number} computed as a draft: {shared} {currency} to {count} member(s).</source>
            <translation>Distribución {number} calculada como borrador: {shared} {currency} para {count} asociado(s).</translation>
        </message>
        <message>
            <source>No distribution yet: 'coopdesk share new' computes one.</source>
            <translation>Aún no hay ninguna distribución: 'coopdesk share new' calcula una.</translation>
        </message>
        <message>
            <source>-o: say the file to write the {format} to.</source>
            <translation>-o: indique el archivo en el que se escribirá el {format}.</translation>
        </message>
        <message>
            <source>Distribution {number}: {title} — {status}</source>
            <translation>Distribución {number}: {title} — {status}</translation>
        </message>
        <message>
            <source>Period {start} to {end}, policy {policy}, source account {account}.</source>
            <translation>Período del {start} al {end}, política {policy}, cuenta de origen {account}.</translation>
        </message>
        <message>
            <source>Amount shared: {amount} {currency}</source>
            <translation>Monto repartido: {amount} {currency}</translation>
        </message>
        <message>
            <source>(capped)</source>
            <translation>(tope alcanzado)</translation>
        </message>
        <message>
            <source>Members' part: {pool} {currency}; the members receive {shared}, {residue} is left by rounding.</source>
            <translation>Parte de los asociados: {pool} {currency}; los asociados reciben {shared} y quedan {residue} por redondeo.</translation>
        </message>
        <message>
            <source>Members: {eligible} eligible, {excluded} excluded, {receiving} receive something, {unpaid} not paid yet.</source>
            <translation>Asociados: {eligible} con derecho, {excluded} excluidos, {receiving} reciben algo, {unpaid} aún sin pagar.</translation>
        </message>
        <message>
            <source>Approved on {date}, resolution {resolution}.</source>
            <translation>Aprobada el {date}, resolución {resolution}.</translation>
        </message>
        <message>
            <source>Posted on {date}, entry {entry}.</source>
            <translation>Contabilizada el {date}, asiento {entry}.</translation>
        </message>
        <message>
            <source>paid to {payee}</source>
            <translation>pagado a {payee}</translation>
        </message>
        <message>
            <source>… and {count} more: write the whole list with -o FILE.</source>
            <translation>… y {count} más: escriba la lista completa con -o FILE.</translation>
        </message>
        <message>
            <source>Distribution {number} computed again: {shared} {currency} to {count} member(s).</source>
            <translation>Distribución {number} recalculada: {shared} {currency} para {count} asociado(s).</translation>
        </message>
        <message>
            <source>Draft distribution {number} deleted.</source>
            <translation>Se eliminó el borrador de distribución {number}.</translation>
        </message>
        <message>
            <source>--resolution: give the reference of the assembly's resolution that approved the distribution, e.g. --resolution "AGO-2026 res. 4".</source>
            <translation>--resolution: indique la referencia de la resolución de la asamblea que aprobó la distribución, p. ej. --resolution "AGO-2026 res. 4".</translation>
        </message>
        <message>
            <source>Distribution {number} approved on {date} (resolution {resolution}).</source>
            <translation>Distribución {number} aprobada el {date} (resolución {resolution}).</translation>
        </message>
        <message>
            <source>Distribution {number} has no payouts yet.</source>
            <translation>La distribución {number} aún no tiene pagos.</translation>
        </message>
        <message>
            <source>reversed</source>
            <translation>revertida</translation>
        </message>
        <message>
            <source>--reason: say why it is reversed.</source>
            <translation>--reason: diga por qué se revierte.</translation>
        </message>
        <message>
            <source>Payout {payout} of distribution {number} reversed: {count} member(s) are unpaid again.</source>
            <translation>Pago {payout} de la distribución {number} revertido: {count} asociado(s) quedan otra vez sin pagar.</translation>
        </message>
        <message>
            <source>Distribution {number} reversed by entry {entry} of {year}.</source>
            <translation>Distribución {number} revertida con el asiento {entry} de {year}.</translation>
        </message>
        <message>
            <source>Distribution {number} posted: entry {entry} of {year}.</source>
            <translation>Distribución {number} contabilizada: asiento {entry} de {year}.</translation>
        </message>
        <message>
            <source>Paid {count} member(s) {amount} {currency} by {via}: entry {entry} of {year}.</source>
            <translation>Se pagaron {amount} {currency} a {count} asociado(s) ({via}): asiento {entry} de {year}.</translation>
        </message>
        <message>
            <source>Distribution {number} is not posted yet: nothing can be unclaimed.</source>
            <translation>La distribución {number} aún no está contabilizada: no puede haber pagos no cobrados.</translation>
        </message>
        <message>
            <source>Nothing is unclaimed in distribution {number} (payouts count as unclaimed {days} days after the posting, from {date}).</source>
            <translation>No hay pagos no cobrados en la distribución {number} (los pagos cuentan como no cobrados {days} días después de la contabilización, a partir del {date}).</translation>
        </message>
        <message>
            <source>{count} member(s) have not collected {amount} {currency}.</source>
            <translation>{count} asociado(s) no ha(n) cobrado {amount} {currency}.</translation>
        </message>
        <message>
            <source>There is no distribution yet.</source>
            <translation>Aún no hay ninguna distribución.</translation>
        </message>
        <message>
            <source>Why this amount: {name} (member {member}), distribution {number}: {title}</source>
            <translation>Por qué este monto: {name} (asociado {member}), distribución {number}: {title}</translation>
        </message>
        <message>
            <source>benefit sharing: policies, distributions, payouts</source>
            <translation>reparto de beneficios: políticas, distribuciones, pagos</translation>
        </message>
        <message>
            <source>the sharing policies of the bylaws</source>
            <translation>las políticas de reparto de los estatutos</translation>
        </message>
        <message>
            <source>list the policies</source>
            <translation>listar las políticas</translation>
        </message>
        <message>
            <source>show a policy</source>
            <translation>mostrar una política</translation>
        </message>
        <message>
            <source>install a preset policy (colombia, ohada, premium)</source>
            <translation>instalar una política modelo (colombia, ohada, premium)</translation>
        </message>
        <message>
            <source>save it under this name</source>
            <translation>guardarla con este nombre</translation>
        </message>
        <message>
            <source>compute a new distribution as a draft</source>
            <translation>calcular una nueva distribución como borrador</translation>
        </message>
        <message>
            <source>a closed year's surplus, a Fairmined premium, or an amount decided by the assembly</source>
            <translation>el excedente de un ejercicio cerrado, una prima Fairmined o un monto decidido por la asamblea</translation>
        </message>
        <message>
            <source>the closed fiscal year whose surplus is shared</source>
            <translation>el ejercicio cerrado cuyo excedente se reparte</translation>
        </message>
        <message>
            <source>the amount shared (premium or decided)</source>
            <translation>el monto a repartir (prima o monto decidido)</translation>
        </message>
        <message>
            <source>the period production, shares and days are counted over</source>
            <translation>el período en el que se cuentan la producción, los aportes y los días</translation>
        </message>
        <message>
            <source>the account the amount comes from, instead of the source's usual one</source>
            <translation>la cuenta de la que sale el monto, en lugar de la habitual para ese origen</translation>
        </message>
        <message>
            <source>list the distributions</source>
            <translation>listar las distribuciones</translation>
        </message>
        <message>
            <source>a distribution's funds and members; -o writes the whole document</source>
            <translation>los fondos y los asociados de una distribución; -o escribe el documento completo</translation>
        </message>
        <message>
            <source>compute a draft again</source>
            <translation>recalcular un borrador</translation>
        </message>
        <message>
            <source>delete a draft</source>
            <translation>eliminar un borrador</translation>
        </message>
        <message>
            <source>record the assembly's approval</source>
            <translation>registrar la aprobación de la asamblea</translation>
        </message>
        <message>
            <source>the day of the assembly (default: today)</source>
            <translation>el día de la asamblea (por defecto: hoy)</translation>
        </message>
        <message>
            <source>post an approved distribution to the books</source>
            <translation>contabilizar una distribución aprobada</translation>
        </message>
        <message>
            <source>a distribution's payouts (id, date, method, members, amount, entry)</source>
            <translation>los pagos de una distribución (id, fecha, forma, asociados, monto, asiento)</translation>
        </message>
        <message>
            <source>reverse a posted distribution, or one of its payouts (--payout ID)</source>
            <translation>revertir una distribución contabilizada, o uno de sus pagos (--payout ID)</translation>
        </message>
        <message>
            <source>the payout to reverse (see 'share payouts')</source>
            <translation>el pago que se revierte (vea 'share payouts')</translation>
        </message>
        <message>
            <source>record payouts: every unpaid member of a payout method, or the members named</source>
            <translation>registrar pagos: todos los asociados sin pagar de una forma de pago, o los asociados indicados</translation>
        </message>
        <message>
            <source>member numbers (default: every unpaid member paid this way)</source>
            <translation>números de asociado (por defecto: todos los asociados sin pagar con esta forma de pago)</translation>
        </message>
        <message>
            <source>the payout sheet to sign, as PDF</source>
            <translation>la planilla de pagos para firmar, en PDF</translation>
        </message>
        <message>
            <source>only members paid this way</source>
            <translation>solo los asociados que se pagan con esta forma de pago</translation>
        </message>
        <message>
            <source>members already paid too</source>
            <translation>también los asociados ya pagados</translation>
        </message>
        <message>
            <source>payouts not collected in time</source>
            <translation>pagos no cobrados a tiempo</translation>
        </message>
        <message>
            <source>as of this day (default: today)</source>
            <translation>a esta fecha (por defecto: hoy)</translation>
        </message>
        <message>
            <source>why a member receives what they receive</source>
            <translation>por qué un asociado recibe lo que recibe</translation>
        </message>
        <message>
            <source>the distribution (default: the latest posted)</source>
            <translation>la distribución (por defecto: la última contabilizada)</translation>
        </message>
        <message>
            <source>write the printable document</source>
            <translation>escribir el documento imprimible</translation>
        </message>
        <message>
            <source>{percent} % met</source>
            <translation>{percent} % cumplido</translation>
        </message>
        <message>
            <source>Clause: {clause}</source>
            <translation>Cláusula: {clause}</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Nota: {note}</translation>
        </message>
        <message>
            <source>evidence {id}: {label}</source>
            <translation>evidencia {id}: {label}</translation>
        </message>
        <message>
            <source>activity {number}: {title} ({starts} to {ends}, {status})</source>
            <translation>actividad {number}: {title} ({starts} a {ends}, {status})</translation>
        </message>
        <message>
            <source>suggested: {label} (--kind {kind}{ref})</source>
            <translation>sugerida: {label} (--kind {kind}{ref})</translation>
        </message>
        <message>
            <source>{standard} {id}: {level}.</source>
            <translation>{standard} {id}: {level}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {error}</source>
            <translation>No se puede leer {path}: {error}</translation>
        </message>
        <message>
            <source>--kind: say what kind of evidence: {kinds}.</source>
            <translation>--kind: indique qué tipo de evidencia: {kinds}.</translation>
        </message>
        <message>
            <source>Evidence {id} linked to {standard} {req}.</source>
            <translation>Evidencia {id} vinculada a {standard} {req}.</translation>
        </message>
        <message>
            <source>Evidence {id} removed.</source>
            <translation>Evidencia {id} eliminada.</translation>
        </message>
        <message>
            <source>Activity {number} added to the action plan for {standard} {req}.</source>
            <translation>Actividad {number} agregada al plan de acción para {standard} {req}.</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>CHECK</source>
            <translation>REVISAR</translation>
        </message>
        <message>
            <source>target: {target}</source>
            <translation>meta: {target}</translation>
        </message>
        <message>
            <source>standards: CRAFT, Fairmined, Maendeleo - checklists, evidence and indicators</source>
            <translation>estándares: CRAFT, Fairmined, Maendeleo - listas de verificación, evidencias e indicadores</translation>
        </message>
        <message>
            <source>the standards and their progress</source>
            <translation>los estándares y su avance</translation>
        </message>
        <message>
            <source>a standard's checklist</source>
            <translation>la lista de verificación de un estándar</translation>
        </message>
        <message>
            <source>with the texts, clauses, notes and suggested evidence</source>
            <translation>con los textos, cláusulas, notas y evidencias sugeridas</translation>
        </message>
        <message>
            <source>record a requirement's level</source>
            <translation>registrar el nivel de un requisito</translation>
        </message>
        <message>
            <source>e.g. 2.4</source>
            <translation>p. ej. 2.4</translation>
        </message>
        <message>
            <source>the day assessed (default: today)</source>
            <translation>el día de la evaluación (por defecto: hoy)</translation>
        </message>
        <message>
            <source>link evidence to a requirement</source>
            <translation>vincular una evidencia a un requisito</translation>
        </message>
        <message>
            <source>the record's id (see 'standard show -v')</source>
            <translation>el id del registro (vea 'standard show -v')</translation>
        </message>
        <message>
            <source>a file to keep as evidence</source>
            <translation>un archivo para guardar como evidencia</translation>
        </message>
        <message>
            <source>remove a piece of evidence</source>
            <translation>eliminar una evidencia</translation>
        </message>
        <message>
            <source>an improvement action (an activity of the action plan)</source>
            <translation>una acción de mejora (una actividad del plan de acción)</translation>
        </message>
        <message>
            <source>the member number in charge</source>
            <translation>el número de asociado del responsable</translation>
        </message>
        <message>
            <source>the indicators computed from the records</source>
            <translation>los indicadores calculados a partir de los registros</translation>
        </message>
        <message>
            <source>'{value}' is not a number of grams.</source>
            <translation>'{value}' no es una cantidad de gramos.</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>No training session from {start} to {end}.</source>
            <translation>No hay sesiones de capacitación del {start} al {end}.</translation>
        </message>
        <message>
            <source>{count} attended ({women} women)</source>
            <translation>{count} asistentes ({women} mujeres)</translation>
        </message>
        <message>
            <source>Training session {id} added.</source>
            <translation>Sesión de capacitación {id} agregada.</translation>
        </message>
        <message>
            <source>{count} attended session {id}.</source>
            <translation>{count} asistentes en la sesión {id}.</translation>
        </message>
        <message>
            <source>Member {number} taken off the list; {count} attended session {id}.</source>
            <translation>Asociado {number} retirado de la lista; {count} asistentes en la sesión {id}.</translation>
        </message>
        <message>
            <source>Theme: {theme}; trainer: {trainer}; place: {place}; length: {length}</source>
            <translation>Tema: {theme}; capacitador: {trainer}; lugar: {place}; duración: {length}</translation>
        </message>
        <message>
            <source>{count} attended ({women} women):</source>
            <translation>{count} asistentes ({women} mujeres):</translation>
        </message>
        <message>
            <source>{name} (member {number}): {count} session(s), {length}</source>
            <translation>{name} (asociado {number}): {count} sesión(es), {length}</translation>
        </message>
        <message>
            <source>By theme:</source>
            <translation>Por tema:</translation>
        </message>
        <message>
            <source>closed {day}</source>
            <translation>cerrado el {day}</translation>
        </message>
        <message>
            <source>OPEN</source>
            <translation>ABIERTO</translation>
        </message>
        <message>
            <source>{grams} g mercury</source>
            <translation>{grams} g de mercurio</translation>
        </message>
        <message>
            <source>No incident in the register.</source>
            <translation>No hay incidentes en el registro.</translation>
        </message>
        <message>
            <source>No open incident.</source>
            <translation>No hay incidentes abiertos.</translation>
        </message>
        <message>
            <source>Incident {number} recorded.</source>
            <translation>Incidente {number} registrado.</translation>
        </message>
        <message>
            <source>Incident {number} closed.</source>
            <translation>Incidente {number} cerrado.</translation>
        </message>
        <message>
            <source>Site: {site}</source>
            <translation>Sitio: {site}</translation>
        </message>
        <message>
            <source>Member: {name} ({number})</source>
            <translation>Asociado: {name} ({number})</translation>
        </message>
        <message>
            <source>What happened: {text}</source>
            <translation>Qué pasó: {text}</translation>
        </message>
        <message>
            <source>Action taken: {text}</source>
            <translation>Acción tomada: {text}</translation>
        </message>
        <message>
            <source>Recorded by {user}</source>
            <translation>Registrado por {user}</translation>
        </message>
        <message>
            <source>training sessions and who attended</source>
            <translation>sesiones de capacitación y quiénes asistieron</translation>
        </message>
        <message>
            <source>sessions of a period (default: the last 12 months)</source>
            <translation>sesiones de un período (por defecto: los últimos 12 meses)</translation>
        </message>
        <message>
            <source>record a session given (or planned)</source>
            <translation>registrar una sesión realizada (o prevista)</translation>
        </message>
        <message>
            <source>the trainer or the organisation</source>
            <translation>el capacitador o la organización</translation>
        </message>
        <message>
            <source>how long it lasted</source>
            <translation>cuánto duró</translation>
        </message>
        <message>
            <source>add members to a session's attendance</source>
            <translation>agregar asociados a la asistencia de una sesión</translation>
        </message>
        <message>
            <source>take a member off a session's attendance</source>
            <translation>retirar a un asociado de la asistencia de una sesión</translation>
        </message>
        <message>
            <source>a session and who attended</source>
            <translation>una sesión y quiénes asistieron</translation>
        </message>
        <message>
            <source>a member's training history</source>
            <translation>el historial de capacitación de un asociado</translation>
        </message>
        <message>
            <source>the incident register</source>
            <translation>el registro de incidentes</translation>
        </message>
        <message>
            <source>record an incident</source>
            <translation>registrar un incidente</translation>
        </message>
        <message>
            <source>the day it happened (default: today)</source>
            <translation>el día en que ocurrió (por defecto: hoy)</translation>
        </message>
        <message>
            <source>the mining site's id (see 'coopdesk sites list')</source>
            <translation>el id del sitio minero (vea 'coopdesk sites list')</translation>
        </message>
        <message>
            <source>the member involved</source>
            <translation>el asociado involucrado</translation>
        </message>
        <message>
            <source>grams of mercury used or spilled</source>
            <translation>gramos de mercurio usados o derramados</translation>
        </message>
        <message>
            <source>the action taken already</source>
            <translation>la acción ya tomada</translation>
        </message>
        <message>
            <source>close an incident with the action taken</source>
            <translation>cerrar un incidente con la acción tomada</translation>
        </message>
        <message>
            <source>what was done about it</source>
            <translation>lo que se hizo al respecto</translation>
        </message>
        <message>
            <source>the day it closed (default: today)</source>
            <translation>el día en que se cerró (por defecto: hoy)</translation>
        </message>
        <message>
            <source>an incident in full</source>
            <translation>un incidente completo</translation>
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
            <source>record production, purchases and sales</source>
            <translation>registrar producción, compras y ventas</translation>
        </message>
        <message>
            <source>prepare, post and pay out benefit distributions</source>
            <translation>preparar, contabilizar y pagar distribuciones de beneficios</translation>
        </message>
        <message>
            <source>import bank statements and reconcile the bank</source>
            <translation>importar extractos bancarios y conciliar el banco</translation>
        </message>
        <message>
            <source>change the bylaws and prepare meetings and elections</source>
            <translation>modificar los estatutos y preparar reuniones y elecciones</translation>
        </message>
        <message>
            <source>run an election's poll and count</source>
            <translation>conducir la votación y el escrutinio de una elección</translation>
        </message>
        <message>
            <source>write the plans, the budget and the formalisation and standards records</source>
            <translation>modificar los planes, el presupuesto y los registros de formalización y de estándares</translation>
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
            <source>Others were writing to {db} at the same moment, again and again. Nothing was written; try again.</source>
            <translation>Otros estaban escribiendo en {db} al mismo tiempo, una y otra vez. No se escribió nada; intente de nuevo.</translation>
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
            <source>half</source>
            <translation>la mitad</translation>
        </message>
        <message>
            <source>two thirds</source>
            <translation>las dos terceras partes</translation>
        </message>
        <message>
            <source>three quarters</source>
            <translation>las tres cuartas partes</translation>
        </message>
        <message>
            <source>a third</source>
            <translation>la tercera parte</translation>
        </message>
        <message>
            <source>a quarter</source>
            <translation>la cuarta parte</translation>
        </message>
        <message>
            <source>all</source>
            <translation>la totalidad</translation>
        </message>
        <message>
            <source>Quorum reached</source>
            <translation>Hay quórum</translation>
        </message>
        <message>
            <source>1 more member needed.</source>
            <translation>Falta 1 asociado.</translation>
        </message>
        <message>
            <source>{count} more members needed.</source>
            <translation>Faltan {count} asociados.</translation>
        </message>
        <message>
            <source>{headline} - {counts}</source>
            <translation>{headline} - {counts}</translation>
        </message>
        <message>
            <source>{line}; {rule}</source>
            <translation>{line}; {rule}</translation>
        </message>
        <message>
            <source>{count} in favour</source>
            <translation>{count} a favor</translation>
        </message>
        <message>
            <source>{count} against</source>
            <translation>{count} en contra</translation>
        </message>
        <message>
            <source>1 abstention</source>
            <translation>1 abstención</translation>
        </message>
        <message>
            <source>{count} abstentions</source>
            <translation>{count} abstenciones</translation>
        </message>
        <message>
            <source>1 spoilt vote</source>
            <translation>1 voto nulo</translation>
        </message>
        <message>
            <source>{count} spoilt votes</source>
            <translation>{count} votos nulos</translation>
        </message>
        <message>
            <source>PASSED</source>
            <translation>APROBADA</translation>
        </message>
        <message>
            <source>more than {fraction} of the {base} were needed: {fewest}</source>
            <translation>se necesitaba más de {fraction} del total de {base}: {fewest}</translation>
        </message>
        <message>
            <source>at least {fraction} of the {base} were needed: {fewest}</source>
            <translation>se necesitaba al menos {fraction} del total de {base}: {fewest}</translation>
        </message>
        <message>
            <source>No agenda items.</source>
            <translation>No hay puntos en el orden del día.</translation>
        </message>
        <message>
            <source>Item {place} of {count}</source>
            <translation>Punto {place} de {count}</translation>
        </message>
        <message>
            <source>Item {id} is not on this meeting's agenda.</source>
            <translation>El punto {id} no está en el orden del día de esta reunión.</translation>
        </message>
        <message>
            <source>{name} (member {number}) is checked in. {quorum}</source>
            <translation>Se registró la llegada de {name} (asociado {number}). {quorum}</translation>
        </message>
        <message>
            <source>Type a member number or part of a name.</source>
            <translation>Escriba un número de asociado o parte de un nombre.</translation>
        </message>
        <message>
            <source>Nobody on the roll matches '{text}'.</source>
            <translation>Nadie en la lista coincide con '{text}'.</translation>
        </message>
        <message>
            <source>{count} members match '{text}': choose one.</source>
            <translation>{count} asociados coinciden con '{text}': elija uno.</translation>
        </message>
        <message>
            <source>The agenda is empty: add an item to vote under.</source>
            <translation>El orden del día está vacío: agregue un punto en el que votar.</translation>
        </message>
        <message>
            <source>The election has no candidates.</source>
            <translation>La elección no tiene candidatos.</translation>
        </message>
        <message>
            <source>The number of seats ({seats}) must be between 1 and the number of candidates ({count}).</source>
            <translation>El número de cargos ({seats}) debe estar entre 1 y el número de candidatos ({count}).</translation>
        </message>
        <message>
            <source>Ballot {number}: the weight must be a whole number of at least 1.</source>
            <translation>Papeleta {number}: el peso debe ser un número entero de al menos 1.</translation>
        </message>
        <message>
            <source>Ballot {number}: there is no candidate {candidate}.</source>
            <translation>Papeleta {number}: no existe el candidato {candidate}.</translation>
        </message>
        <message>
            <source>Ballot {number}: candidate {candidate} is marked twice.</source>
            <translation>Papeleta {number}: el candidato {candidate} está marcado dos veces.</translation>
        </message>
        <message>
            <source>equal rankings ('{token}') are not supported.</source>
            <translation>no se admiten preferencias empatadas ('{token}').</translation>
        </message>
        <message>
            <source>'{token}' is not a whole number.</source>
            <translation>'{token}' no es un número entero.</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text.</source>
            <translation>el archivo no es texto UTF-8.</translation>
        </message>
        <message>
            <source>The ballot file is empty.</source>
            <translation>El archivo de papeletas está vacío.</translation>
        </message>
        <message>
            <source>the first line must give the number of candidates and of seats.</source>
            <translation>la primera línea debe indicar el número de candidatos y de cargos.</translation>
        </message>
        <message>
            <source>there must be at least one candidate.</source>
            <translation>debe haber al menos un candidato.</translation>
        </message>
        <message>
            <source>the number of seats ({seats}) must be between 1 and the number of candidates ({count}).</source>
            <translation>el número de cargos ({seats}) debe estar entre 1 y el número de candidatos ({count}).</translation>
        </message>
        <message>
            <source>a name comes before the end-of-ballots line '0'.</source>
            <translation>aparece un nombre antes de la línea '0' que cierra las papeletas.</translation>
        </message>
        <message>
            <source>withdrawn candidates (negative numbers) must come on their own line(s) straight after the first line.</source>
            <translation>los candidatos retirados (números negativos) deben ir en su(s) propia(s) línea(s), justo después de la primera línea.</translation>
        </message>
        <message>
            <source>there is no candidate {candidate} to withdraw.</source>
            <translation>no existe el candidato {candidate} que se quiere retirar.</translation>
        </message>
        <message>
            <source>the weight of a ballot must be at least 1.</source>
            <translation>el peso de una papeleta debe ser al menos 1.</translation>
        </message>
        <message>
            <source>a ballot line must end with 0.</source>
            <translation>una línea de papeleta debe terminar en 0.</translation>
        </message>
        <message>
            <source>there is no candidate {candidate}.</source>
            <translation>no existe el candidato {candidate}.</translation>
        </message>
        <message>
            <source>candidate {candidate} is marked twice.</source>
            <translation>el candidato {candidate} está marcado dos veces.</translation>
        </message>
        <message>
            <source>The file ends before the end-of-ballots line '0'.</source>
            <translation>El archivo termina antes de la línea '0' que cierra las papeletas.</translation>
        </message>
        <message>
            <source>expected a name in double quotes.</source>
            <translation>se esperaba un nombre entre comillas dobles.</translation>
        </message>
        <message>
            <source>The file names {found} of its {count} candidates.</source>
            <translation>El archivo da el nombre de {found} de sus {count} candidatos.</translation>
        </message>
        <message>
            <source>unexpected text after the title.</source>
            <translation>hay texto inesperado después del título.</translation>
        </message>
        <message>
            <source>two candidates are named '{name}'.</source>
            <translation>dos candidatos se llaman '{name}'.</translation>
        </message>
        <message>
            <source>'{name}' cannot be written to a ballot file: it holds a double quote or a line break.</source>
            <translation>'{name}' no se puede escribir en un archivo de papeletas: contiene comillas dobles o un salto de línea.</translation>
        </message>
        <message>
            <source>Ordinary general assembly</source>
            <translation>Asamblea general ordinaria</translation>
        </message>
        <message>
            <source>Extraordinary general assembly</source>
            <translation>Asamblea general extraordinaria</translation>
        </message>
        <message>
            <source>Management committee</source>
            <translation>Consejo de administración</translation>
        </message>
        <message>
            <source>votes for and against</source>
            <translation>votos a favor y en contra</translation>
        </message>
        <message>
            <source>votes for, against and abstentions</source>
            <translation>votos a favor, en contra y abstenciones</translation>
        </message>
        <message>
            <source>valid ballots</source>
            <translation>papeletas válidas</translation>
        </message>
        <message>
            <source>ballots cast</source>
            <translation>papeletas depositadas</translation>
        </message>
        <message>
            <source>members present or represented</source>
            <translation>asociados presentes o representados</translation>
        </message>
        <message>
            <source>members entitled to vote</source>
            <translation>asociados hábiles</translation>
        </message>
        <message>
            <source>Ordinary decision</source>
            <translation>Decisión ordinaria</translation>
        </message>
        <message>
            <source>Amendment of the bylaws</source>
            <translation>Reforma de estatutos</translation>
        </message>
        <message>
            <source>Dissolution</source>
            <translation>Disolución</translation>
        </message>
        <message>
            <source>Merger</source>
            <translation>Fusión</translation>
        </message>
        <message>
            <source>Distribution of the surplus</source>
            <translation>Distribución de excedentes</translation>
        </message>
        <message>
            <source>Admission of a member</source>
            <translation>Admisión de un asociado</translation>
        </message>
        <message>
            <source>Exclusion of a member</source>
            <translation>Exclusión de un asociado</translation>
        </message>
        <message>
            <source>Votes at an earlier stage of the count</source>
            <translation>Votos en una ronda anterior del escrutinio</translation>
        </message>
        <message>
            <source>More first preferences</source>
            <translation>Más primeras preferencias</translation>
        </message>
        <message>
            <source>Longer membership</source>
            <translation>Mayor antigüedad como asociado</translation>
        </message>
        <message>
            <source>Older member</source>
            <translation>Asociado de mayor edad</translation>
        </message>
        <message>
            <source>A drawn lot</source>
            <translation>Sorteo</translation>
        </message>
        <message>
            <source>The stored bylaws are damaged ({what}): choose a preset or enter them again.</source>
            <translation>Los estatutos guardados están dañados ({what}): elija un modelo o vuelva a ingresarlos.</translation>
        </message>
        <message>
            <source>The stored bylaws are damaged: a section is missing or malformed.</source>
            <translation>Los estatutos guardados están dañados: falta una sección o está mal formada.</translation>
        </message>
        <message>
            <source>The bylaws need a name.</source>
            <translation>Los estatutos necesitan un nombre.</translation>
        </message>
        <message>
            <source>{meeting}: say what quorum it needs.</source>
            <translation>{meeting}: indique qué quórum necesita.</translation>
        </message>
        <message>
            <source>{meeting}: the quorum at first call must be a share above 0 and at most 1 (all members).</source>
            <translation>{meeting}: el quórum en primera convocatoria debe ser una proporción mayor que 0 y como máximo 1 (todos los asociados).</translation>
        </message>
        <message>
            <source>{meeting}: the quorum at second call must be a share between 0 and 1.</source>
            <translation>{meeting}: el quórum en segunda convocatoria debe ser una proporción entre 0 y 1.</translation>
        </message>
        <message>
            <source>{meeting}: the quorum at second call cannot be higher than at first call.</source>
            <translation>{meeting}: el quórum en segunda convocatoria no puede ser mayor que en primera convocatoria.</translation>
        </message>
        <message>
            <source>{meeting}: the minimum number of members cannot be negative.</source>
            <translation>{meeting}: el número mínimo de asociados no puede ser negativo.</translation>
        </message>
        <message>
            <source>{meeting}: the wait before the second call cannot be negative.</source>
            <translation>{meeting}: la espera antes de la segunda convocatoria no puede ser negativa.</translation>
        </message>
        <message>
            <source>{meeting}: the quorum of delegates must be a share above 0 and at most 1.</source>
            <translation>{meeting}: el quórum de delegados debe ser una proporción mayor que 0 y como máximo 1.</translation>
        </message>
        <message>
            <source>{meeting}: say how many days of notice it needs.</source>
            <translation>{meeting}: indique con cuántos días de anticipación debe convocarse.</translation>
        </message>
        <message>
            <source>{meeting}: the notice period cannot be negative.</source>
            <translation>{meeting}: la anticipación de la convocatoria no puede ser negativa.</translation>
        </message>
        <message>
            <source>{decision}: say what majority it needs.</source>
            <translation>{decision}: indique qué mayoría necesita.</translation>
        </message>
        <message>
            <source>{decision}: the majority must be a share above 0 and at most 1 ("more than" all votes cannot be reached).</source>
            <translation>{decision}: la mayoría debe ser una proporción mayor que 0 y como máximo 1 (no se puede alcanzar "más de" la totalidad de los votos).</translation>
        </message>
        <message>
            <source>Position {n} needs a name.</source>
            <translation>El órgano {n} necesita un nombre.</translation>
        </message>
        <message>
            <source>The position {position} is listed twice.</source>
            <translation>El órgano {position} aparece dos veces.</translation>
        </message>
        <message>
            <source>{position}: a position has at least one seat.</source>
            <translation>{position}: un órgano tiene al menos un cargo.</translation>
        </message>
        <message>
            <source>{position}: a term lasts at least one month.</source>
            <translation>{position}: un período dura al menos un mes.</translation>
        </message>
        <message>
            <source>{position}: a position sits on the management or the supervisory committee, or on none.</source>
            <translation>{position}: un órgano sesiona como Consejo de administración o como Junta de vigilancia, o como ninguno de los dos.</translation>
        </message>
        <message>
            <source>{position}: the limit of consecutive terms must be at least one term, or none.</source>
            <translation>{position}: el límite de períodos consecutivos debe ser de al menos un período, o no haber límite.</translation>
        </message>
        <message>
            <source>The months of membership a candidate needs cannot be negative.</source>
            <translation>Los meses de antigüedad como asociado que se exigen a un candidato no pueden ser negativos.</translation>
        </message>
        <message>
            <source>The minimum number of women cannot be negative.</source>
            <translation>El número mínimo de mujeres no puede ser negativo.</translation>
        </message>
        <message>
            <source>The board has {seats} seats; it cannot hold at least {minimum} women.</source>
            <translation>Los órganos tienen {seats} cargos en total; no es posible elegir al menos {minimum} mujeres.</translation>
        </message>
        <message>
            <source>The number of proxies a member may hold cannot be negative.</source>
            <translation>El número de poderes que puede recibir un asociado no puede ser negativo.</translation>
        </message>
        <message>
            <source>Proxies are allowed: say how many one member may hold (at least one).</source>
            <translation>Se admiten poderes: indique cuántos puede recibir un asociado (al menos uno).</translation>
        </message>
        <message>
            <source>'{role}' is not a role of coopdesk.</source>
            <translation>'{role}' no es un rol de coopdesk.</translation>
        </message>
        <message>
            <source>The tie-break must end with a drawn lot, so that every tie can be settled.</source>
            <translation>El desempate debe terminar con un sorteo, para que todo empate pueda resolverse.</translation>
        </message>
        <message>
            <source>The drawn lot is the last step, and only once.</source>
            <translation>El sorteo es el último paso y aparece una sola vez.</translation>
        </message>
        <message>
            <source>A step of the tie-break is listed twice.</source>
            <translation>Un paso del desempate aparece dos veces.</translation>
        </message>
        <message>
            <source>The bylaws say no quorum for the {meeting}.</source>
            <translation>Los estatutos no fijan quórum para esta reunión ({meeting}).</translation>
        </message>
        <message>
            <source>Counts of members cannot be negative.</source>
            <translation>El número de asociados no puede ser negativo.</translation>
        </message>
        <message>
            <source>{present} members present can hold at most {limit} proxies; {proxies} were entered.</source>
            <translation>{present} asociados presentes pueden tener como máximo {limit} poderes; se ingresaron {proxies}.</translation>
        </message>
        <message>
            <source>{there} present or represented, but only {pool} may attend.</source>
            <translation>{there} presentes o representados, pero solo {pool} pueden asistir.</translation>
        </message>
        <message>
            <source>Quorum reached: {there} present or represented, {required} needed.</source>
            <translation>Hay quórum: {there} presentes o representados; se necesitan {required}.</translation>
        </message>
        <message>
            <source>Nobody is entitled to attend; there can be no quorum.</source>
            <translation>Nadie tiene derecho a asistir; no puede haber quórum.</translation>
        </message>
        <message>
            <source>1 more delegate needed.</source>
            <translation>Falta 1 delegado.</translation>
        </message>
        <message>
            <source>{count} more delegates needed.</source>
            <translation>Faltan {count} delegados.</translation>
        </message>
        <message>
            <source>At second call, after {minutes} minutes, {required} will be enough.</source>
            <translation>En segunda convocatoria, pasados {minutes} minutos, bastarán {required}.</translation>
        </message>
        <message>
            <source>The bylaws say no majority for this decision ({decision}).</source>
            <translation>Los estatutos no fijan mayoría para esta decisión ({decision}).</translation>
        </message>
        <message>
            <source>Counts of votes cannot be negative.</source>
            <translation>El número de votos no puede ser negativo.</translation>
        </message>
        <message>
            <source>This majority is taken of the members present: enter how many are present or represented.</source>
            <translation>Esta mayoría se calcula sobre los asociados presentes: indique cuántos están presentes o representados.</translation>
        </message>
        <message>
            <source>{cast} ballots cast but only {present} present or represented.</source>
            <translation>{cast} papeletas depositadas, pero solo {present} presentes o representados.</translation>
        </message>
        <message>
            <source>{cast} votes but only {entitled} members entitled to vote.</source>
            <translation>{cast} votos, pero solo {entitled} asociados hábiles.</translation>
        </message>
        <message>
            <source>more than {fraction} of the {base}</source>
            <translation>más de {fraction} del total de {base}</translation>
        </message>
        <message>
            <source>at least {fraction} of the {base}</source>
            <translation>al menos {fraction} del total de {base}</translation>
        </message>
        <message>
            <source>Not passed: the rule is {rule}, and there are none.</source>
            <translation>No aprobada: la regla es {rule}, y ese total es cero.</translation>
        </message>
        <message>
            <source>Passed: {yes} in favour; the rule is {rule} ({base}), so {fewest} were needed.</source>
            <translation>Aprobada: {yes} a favor; la regla es {rule} ({base}), así que se necesitaban {fewest}.</translation>
        </message>
        <message>
            <source>Not passed: {yes} in favour; the rule is {rule} ({base}), so {fewest} were needed.</source>
            <translation>No aprobada: {yes} a favor; la regla es {rule} ({base}), así que se necesitaban {fewest}.</translation>
        </message>
        <message>
            <source>Not an active member.</source>
            <translation>No es un asociado activo.</translation>
        </message>
        <message>
            <source>Shares not paid up.</source>
            <translation>Aportes no pagados por completo.</translation>
        </message>
        <message>
            <source>A member for {months} months; the bylaws require at least {minimum}.</source>
            <translation>Asociado desde hace {months} meses; los estatutos exigen al menos {minimum}.</translation>
        </message>
        <message>
            <source>The bylaws have no position named {position}.</source>
            <translation>Los estatutos no tienen ningún órgano llamado {position}.</translation>
        </message>
        <message>
            <source>Has served {terms} consecutive terms as {position}; the bylaws allow {limit}.</source>
            <translation>Ha ejercido {terms} períodos consecutivos en {position}; los estatutos permiten {limit}.</translation>
        </message>
        <message>
            <source>Women elected to the board: {women}; the bylaws require at least {minimum}.</source>
            <translation>Mujeres elegidas: {women}; los estatutos exigen al menos {minimum}.</translation>
        </message>
        <message>
            <source>The bylaws say no notice period for the {meeting}.</source>
            <translation>Los estatutos no fijan la anticipación de la convocatoria para esta reunión ({meeting}).</translation>
        </message>
        <message>
            <source>The meeting is dated before its convocation.</source>
            <translation>La fecha de la reunión es anterior a la de su convocatoria.</translation>
        </message>
        <message>
            <source>{meeting}: {days} business days of notice are required; the convocation gives {given}.</source>
            <translation>{meeting}: se debe convocar con {days} días hábiles de anticipación; la convocatoria se hizo con {given}.</translation>
        </message>
        <message>
            <source>{meeting}: {days} days of notice are required; the convocation gives {given}.</source>
            <translation>{meeting}: se debe convocar con {days} días de anticipación; la convocatoria se hizo con {given}.</translation>
        </message>
        <message>
            <source>A candidate is listed twice among the tied.</source>
            <translation>Un candidato aparece dos veces entre los empatados.</translation>
        </message>
        <message>
            <source>Lot {number} must choose one of the tied candidates.</source>
            <translation>El sorteo {number} debe designar a uno de los candidatos empatados.</translation>
        </message>
        <message>
            <source>one third</source>
            <translation>la tercera parte</translation>
        </message>
        <message>
            <source>one quarter</source>
            <translation>la cuarta parte</translation>
        </message>
        <message>
            <source>one fifth</source>
            <translation>la quinta parte</translation>
        </message>
        <message>
            <source>two fifths</source>
            <translation>las dos quintas partes</translation>
        </message>
        <message>
            <source>three fifths</source>
            <translation>las tres quintas partes</translation>
        </message>
        <message>
            <source>four fifths</source>
            <translation>las cuatro quintas partes</translation>
        </message>
        <message>
            <source>one tenth</source>
            <translation>la décima parte</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Quórum</translation>
        </message>
        <message>
            <source>Majorities</source>
            <translation>Mayorías</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Convocatoria</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Órganos</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidatos</translation>
        </message>
        <message>
            <source>Proxies</source>
            <translation>Poderes</translation>
        </message>
        <message>
            <source>Ties</source>
            <translation>Empates</translation>
        </message>
        <message>
            <source>Grievances</source>
            <translation>Quejas</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>Enter a share: 1/2, 50 % or 0.5.</source>
            <translation>Escriba una proporción: 1/2, 50 % o 0.5.</translation>
        </message>
        <message>
            <source>'{text}' is not a share between 0 and 1: write it as 1/2, 50 % or 0.5.</source>
            <translation>'{text}' no es una proporción entre 0 y 1: escríbala como 1/2, 50 % o 0.5.</translation>
        </message>
        <message>
            <source>all the {whom}</source>
            <translation>la totalidad de {whom}</translation>
        </message>
        <message>
            <source>more than {share} of the {whom}</source>
            <translation>más de {share} del total de {whom}</translation>
        </message>
        <message>
            <source>at least {share} of the {whom}</source>
            <translation>al menos {share} del total de {whom}</translation>
        </message>
        <message>
            <source>members of the committee</source>
            <translation>miembros del órgano</translation>
        </message>
        <message>
            <source>members</source>
            <translation>asociados</translation>
        </message>
        <message>
            <source>{meeting}: {first}, at every call.</source>
            <translation>{meeting}: {first}, en cualquier convocatoria.</translation>
        </message>
        <message>
            <source>any number present, and never fewer than {minimum}</source>
            <translation>cualquier número de presentes, y nunca menos de {minimum}</translation>
        </message>
        <message>
            <source>any number present</source>
            <translation>cualquier número de presentes</translation>
        </message>
        <message>
            <source>more than {share}</source>
            <translation>más de {share}</translation>
        </message>
        <message>
            <source>{share}, and never fewer than {minimum}</source>
            <translation>{share}, y nunca menos de {minimum}</translation>
        </message>
        <message>
            <source>{meeting}: {first} at first call; at a second convocation, {second}.</source>
            <translation>{meeting}: {first} en primera convocatoria; en una nueva convocatoria, {second}.</translation>
        </message>
        <message>
            <source>{meeting}: {first} at first call; after {minutes} minutes, {second}.</source>
            <translation>{meeting}: {first} en primera convocatoria; pasados {minutes} minutos, {second}.</translation>
        </message>
        <message>
            <source>{meeting} of delegates: {share} at any call.</source>
            <translation>{meeting} de delegados: {share} en cualquier convocatoria.</translation>
        </message>
        <message>
            <source>delegates</source>
            <translation>delegados</translation>
        </message>
        <message>
            <source>1 month</source>
            <translation>1 mes</translation>
        </message>
        <message>
            <source>{count} months</source>
            <translation>{count} meses</translation>
        </message>
        <message>
            <source>No quorum is set for: {meetings}.</source>
            <translation>No se fija quórum para: {meetings}.</translation>
        </message>
        <message>
            <source>Members represented by a proxy count towards the quorum.</source>
            <translation>Los asociados representados por poder cuentan para el quórum.</translation>
        </message>
        <message>
            <source>Members represented by a proxy do not count towards the quorum.</source>
            <translation>Los asociados representados por poder no cuentan para el quórum.</translation>
        </message>
        <message>
            <source>{decision}: no majority is set.</source>
            <translation>{decision}: no se fija mayoría.</translation>
        </message>
        <message>
            <source>{decision}: {rule}.</source>
            <translation>{decision}: {rule}.</translation>
        </message>
        <message>
            <source>{meeting}: no notice period is set.</source>
            <translation>{meeting}: no se fija la anticipación de la convocatoria.</translation>
        </message>
        <message>
            <source>{meeting}: no notice needed.</source>
            <translation>{meeting}: no se necesita convocar con anticipación.</translation>
        </message>
        <message>
            <source>{meeting}: at least 1 business day of notice.</source>
            <translation>{meeting}: se convoca con al menos 1 día hábil de anticipación.</translation>
        </message>
        <message>
            <source>{meeting}: at least 1 day of notice.</source>
            <translation>{meeting}: se convoca con al menos 1 día de anticipación.</translation>
        </message>
        <message>
            <source>{meeting}: at least {days} business days of notice.</source>
            <translation>{meeting}: se convoca con al menos {days} días hábiles de anticipación.</translation>
        </message>
        <message>
            <source>{meeting}: at least {days} days of notice.</source>
            <translation>{meeting}: se convoca con al menos {days} días de anticipación.</translation>
        </message>
        <message>
            <source>Notice is counted from the day after the convocation up to and including the day of the meeting; business days leave out Saturdays, Sundays and holidays.</source>
            <translation>La anticipación se cuenta desde el día siguiente a la convocatoria hasta el día de la reunión, inclusive; los días hábiles excluyen sábados, domingos y festivos.</translation>
        </message>
        <message>
            <source>1 seat</source>
            <translation>1 cargo</translation>
        </message>
        <message>
            <source>{count} seats</source>
            <translation>{count} cargos</translation>
        </message>
        <message>
            <source>no limit on terms in a row</source>
            <translation>sin límite de períodos consecutivos</translation>
        </message>
        <message>
            <source>at most 1 term in a row</source>
            <translation>como máximo 1 período consecutivo</translation>
        </message>
        <message>
            <source>at most {count} terms in a row</source>
            <translation>como máximo {count} períodos consecutivos</translation>
        </message>
        <message>
            <source>{position}: {seats}, terms of {months}, {limit}.</source>
            <translation>{position}: {seats}, períodos de {months}, {limit}.</translation>
        </message>
        <message>
            <source>Sits on the {committee}.</source>
            <translation>Sesiona como {committee}.</translation>
        </message>
        <message>
            <source>No positions are set.</source>
            <translation>No se fijan órganos.</translation>
        </message>
        <message>
            <source>No minimum number of women on the board.</source>
            <translation>No se exige un número mínimo de mujeres en los órganos.</translation>
        </message>
        <message>
            <source>At least {count} women on the board.</source>
            <translation>Al menos {count} mujeres en los órganos.</translation>
        </message>
        <message>
            <source>A candidate must be an active member.</source>
            <translation>Un candidato debe ser asociado activo.</translation>
        </message>
        <message>
            <source>A candidate must have paid up the shares they subscribed.</source>
            <translation>Un candidato debe haber pagado por completo los aportes que suscribió.</translation>
        </message>
        <message>
            <source>A candidate must have been a member for at least {months}.</source>
            <translation>Un candidato debe tener al menos {months} de antigüedad como asociado.</translation>
        </message>
        <message>
            <source>Any member may stand.</source>
            <translation>Cualquier asociado puede ser candidato.</translation>
        </message>
        <message>
            <source>No proxies: members vote in person.</source>
            <translation>No se admiten poderes: los asociados votan en persona.</translation>
        </message>
        <message>
            <source>A member may represent one other member by proxy, no more.</source>
            <translation>Un asociado puede representar por poder a un solo asociado, no más.</translation>
        </message>
        <message>
            <source>A member may hold at most {count} proxies.</source>
            <translation>Un asociado puede recibir como máximo {count} poderes.</translation>
        </message>
        <message>
            <source>A tie is settled by these steps, in order:</source>
            <translation>Un empate se resuelve con estos pasos, en orden:</translation>
        </message>
        <message>
            <source>The register of grievances is kept and read by: {roles}.</source>
            <translation>Llevan y consultan el registro de quejas: {roles}.</translation>
        </message>
        <message>
            <source>Nobody is named to keep the register of grievances.</source>
            <translation>No se ha designado a nadie para llevar el registro de quejas.</translation>
        </message>
        <message>
            <source>Bylaws: {name}</source>
            <translation>Estatutos: {name}</translation>
        </message>
        <message>
            <source>plurality (most votes)</source>
            <translation>mayoría simple (el más votado)</translation>
        </message>
        <message>
            <source>block vote (one mark per seat)</source>
            <translation>voto en bloque (una marca por cargo)</translation>
        </message>
        <message>
            <source>approval (mark every acceptable candidate)</source>
            <translation>voto por aprobación (se marca a todo candidato aceptable)</translation>
        </message>
        <message>
            <source>instant-runoff (ranked, one seat)</source>
            <translation>voto preferencial con segunda vuelta instantánea (por orden de preferencia, un cargo)</translation>
        </message>
        <message>
            <source>single transferable vote (ranked)</source>
            <translation>voto único transferible (por orden de preferencia)</translation>
        </message>
        <message>
            <source>voting booth on this laptop</source>
            <translation>cabina de votación en este portátil</translation>
        </message>
        <message>
            <source>paper ballots entered by the tellers</source>
            <translation>papeletas en papel ingresadas por los escrutadores</translation>
        </message>
        <message>
            <source>{ballots} ballots for {checked} voters checked off the roll.</source>
            <translation>{ballots} papeletas para {checked} votantes marcados en la lista de votantes.</translation>
        </message>
        <message>
            <source>Not counted yet.</source>
            <translation>Aún sin escrutar.</translation>
        </message>
        <message>
            <source>Valid votes: {valid}. Blank ballots: {blank}.</source>
            <translation>Votos válidos: {valid}. Papeletas en blanco: {blank}.</translation>
        </message>
        <message>
            <source>Quota: {quota}.</source>
            <translation>Cociente: {quota}.</translation>
        </message>
        <message>
            <source>{place}. {name}</source>
            <translation>{place}. {name}</translation>
        </message>
        <message>
            <source>{place}. {name} (withdrawn)</source>
            <translation>{place}. {name} (retirado)</translation>
        </message>
        <message>
            <source>Non-transferable</source>
            <translation>No transferibles</translation>
        </message>
        <message>
            <source>Lost to truncation</source>
            <translation>Perdidos por truncamiento</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Cociente</translation>
        </message>
        <message>
            <source>Tied with {others}: decided by the votes at round {round}.</source>
            <translation>Empatado con {others}: se decidió por los votos de la ronda {round}.</translation>
        </message>
        <message>
            <source>Tied with {others}: decided by lot {n}.</source>
            <translation>Empatado con {others}: se decidió por el sorteo {n}.</translation>
        </message>
        <message>
            <source>Round {round}: first count of {valid} valid votes.</source>
            <translation>Ronda {round}: primer recuento de {valid} votos válidos.</translation>
        </message>
        <message>
            <source>Round {round}: the surplus of {name} ({surplus} votes) passes to the next choices, at {value} of a vote per paper.</source>
            <translation>Ronda {round}: el excedente de {name} ({surplus} votos) pasa a las siguientes preferencias, a razón de {value} de voto por papeleta.</translation>
        </message>
        <message>
            <source>Round {round}: {name} is excluded with no votes (candidates with no votes go in ballot-paper order).</source>
            <translation>Ronda {round}: {name} queda excluido sin votos (los candidatos sin votos se excluyen en el orden de la papeleta).</translation>
        </message>
        <message>
            <source>Round {round}: {name} is excluded with the fewest votes ({votes}); their ballots pass to the next choices.</source>
            <translation>Ronda {round}: {name} queda excluido por tener menos votos ({votes}); sus papeletas pasan a las siguientes preferencias.</translation>
        </message>
        <message>
            <source>Round {round}: {name} elected with {votes} votes (quota {quota}).</source>
            <translation>Ronda {round}: {name} elegido con {votes} votos (cociente {quota}).</translation>
        </message>
        <message>
            <source>Round {round}: {name} elected with {votes} of {total} votes, more than half.</source>
            <translation>Ronda {round}: {name} elegido con {votes} de {total} votos, más de la mitad.</translation>
        </message>
        <message>
            <source>Round {round}: {name} elected, the last candidate standing.</source>
            <translation>Ronda {round}: {name} elegido, último candidato en pie.</translation>
        </message>
        <message>
            <source>Round {round}: {name} elected with {votes} votes: as many candidates left as seats.</source>
            <translation>Ronda {round}: {name} elegido con {votes} votos: quedan tantos candidatos como cargos.</translation>
        </message>
        <message>
            <source>Round {round}: {name} elected with {votes} votes.</source>
            <translation>Ronda {round}: {name} elegido con {votes} votos.</translation>
        </message>
        <message>
            <source>No one is elected yet.</source>
            <translation>Aún no hay nadie elegido.</translation>
        </message>
        <message>
            <source>Elected, in order: {names}</source>
            <translation>Elegidos, en orden: {names}</translation>
        </message>
        <message>
            <source>Votes in round {n}</source>
            <translation>Votos en la ronda {n}</translation>
        </message>
        <message>
            <source>Touch the one candidate you choose.</source>
            <translation>Toque el candidato que elige.</translation>
        </message>
        <message>
            <source>Touch up to {n} candidates you choose.</source>
            <translation>Toque hasta {n} candidatos que elija.</translation>
        </message>
        <message>
            <source>Touch every candidate you accept.</source>
            <translation>Toque cada candidato que acepta.</translation>
        </message>
        <message>
            <source>Touch the candidates in the order you prefer them: first your first choice, then your second, and so on. You may stop at any time.</source>
            <translation>Toque los candidatos en el orden de su preferencia: primero su primera opción, luego la segunda, y así sucesivamente. Puede detenerse en cualquier momento.</translation>
        </message>
        <message>
            <source>A voter is already in the booth.</source>
            <translation>Ya hay un votante en la cabina.</translation>
        </message>
        <message>
            <source>The poll is not open.</source>
            <translation>La votación no está abierta.</translation>
        </message>
        <message>
            <source>No voter is checked off and waiting to vote: check the next voter off the roll first.</source>
            <translation>No hay ningún votante marcado en la lista que esté esperando para votar: primero marque al siguiente votante en la lista de votantes.</translation>
        </message>
        <message>
            <source>The booth is not open for a voter.</source>
            <translation>La cabina no está abierta para un votante.</translation>
        </message>
        <message>
            <source>There is no candidate {place} on this ballot.</source>
            <translation>No hay ningún candidato {place} en esta papeleta.</translation>
        </message>
        <message>
            <source>You may choose at most {n} candidates. Touch a chosen candidate to take the mark away.</source>
            <translation>Puede elegir como máximo {n} candidatos. Toque un candidato elegido para quitarle la marca.</translation>
        </message>
        <message>
            <source>This ballot is not ranked: mark the candidates instead.</source>
            <translation>En esta papeleta no se ordenan los candidatos: márquelos.</translation>
        </message>
        <message>
            <source>This candidate is already your choice {n}.</source>
            <translation>Este candidato ya es su opción {n}.</translation>
        </message>
        <message>
            <source>Choose a candidate first - or choose a blank ballot.</source>
            <translation>Elija primero un candidato, o elija voto en blanco.</translation>
        </message>
        <message>
            <source>A blank ballot: no candidate chosen.</source>
            <translation>Voto en blanco: ningún candidato elegido.</translation>
        </message>
        <message>
            <source>Choice {n}: {name}</source>
            <translation>Opción {n}: {name}</translation>
        </message>
        <message>
            <source>There is nothing to go back from.</source>
            <translation>No hay nada que deshacer.</translation>
        </message>
        <message>
            <source>Review the ballot before casting it.</source>
            <translation>Revise la papeleta antes de depositarla.</translation>
        </message>
        <message>
            <source>Round {round}: {names} are tied for exclusion. Draw a lot to choose the candidate to exclude.</source>
            <translation>Ronda {round}: {names} están empatados para la exclusión. Realice un sorteo para elegir al candidato que se excluye.</translation>
        </message>
        <message>
            <source>Round {round}: {names} have equal surpluses. Draw a lot to choose whose surplus is transferred first.</source>
            <translation>Ronda {round}: {names} tienen excedentes iguales. Realice un sorteo para elegir de quién se transfiere primero el excedente.</translation>
        </message>
        <message>
            <source>Round {round}: {names} are tied for a seat. Draw a lot to choose the candidate to elect.</source>
            <translation>Ronda {round}: {names} están empatados por un cargo. Realice un sorteo para elegir al candidato que resulta elegido.</translation>
        </message>
        <message>
            <source>Lot {number} must choose one of the tied candidates ({names}).</source>
            <translation>El sorteo {number} debe designar a uno de los candidatos empatados ({names}).</translation>
        </message>
        <message>
            <source>Instant-runoff elects one candidate; this election has {seats} seats. Count it by single transferable vote.</source>
            <translation>La segunda vuelta instantánea elige a un solo candidato; esta elección tiene {seats} cargos. Haga el escrutinio por voto único transferible.</translation>
        </message>
        <message>
            <source>'{method}' is not a counting method; choose one of {methods}.</source>
            <translation>'{method}' no es un método de escrutinio; elija uno de estos: {methods}.</translation>
        </message>
        <message>
            <source>Election '{title}' is at the stage '{status}': its ballots can be exported only once the poll has closed.</source>
            <translation>La elección '{title}' está en la etapa '{status}': sus papeletas solo se pueden exportar cuando se haya cerrado la votación.</translation>
        </message>
        <message>
            <source>there is no candidate {place} on the paper (1 to {count}).</source>
            <translation>no hay ningún candidato {place} en la papeleta (de 1 a {count}).</translation>
        </message>
        <message>
            <source>candidate {place} is marked twice.</source>
            <translation>el candidato {place} está marcado dos veces.</translation>
        </message>
        <message>
            <source>candidate {place} has withdrawn.</source>
            <translation>el candidato {place} se retiró.</translation>
        </message>
        <message>
            <source>at most {limit} marks on this ballot; it has {count}.</source>
            <translation>esta papeleta admite como máximo {limit} marcas; tiene {count}.</translation>
        </message>
        <message>
            <source>This election's ballots were cast in the booth: ballot files are imported into paper elections only.</source>
            <translation>Las papeletas de esta elección se depositaron en la cabina de votación: los archivos de papeletas solo se importan en elecciones en papel.</translation>
        </message>
        <message>
            <source>Election '{title}' is at the stage '{status}': ballots are imported once the poll has closed, before the count.</source>
            <translation>La elección '{title}' está en la etapa '{status}': las papeletas se importan una vez cerrada la votación, antes del escrutinio.</translation>
        </message>
        <message>
            <source>The file has {found} candidates; this election has {count}.</source>
            <translation>El archivo tiene {found} candidatos; esta elección tiene {count}.</translation>
        </message>
        <message>
            <source>Candidate {place} in the file is '{found}'; on this election's paper it is '{expected}'.</source>
            <translation>El candidato {place} del archivo es '{found}'; en la papeleta de esta elección es '{expected}'.</translation>
        </message>
        <message>
            <source>The file has {name} withdrawn; in this election they stand.</source>
            <translation>En el archivo, {name} figura como retirado; en esta elección sigue siendo candidato.</translation>
        </message>
        <message>
            <source>Line {line}: the file holds more than {count} papers.</source>
            <translation>Línea {line}: el archivo contiene más de {count} papeletas.</translation>
        </message>
        <message>
            <source>Plurality: the candidates with the most votes are elected</source>
            <translation>Mayoría simple: se eligen los candidatos más votados</translation>
        </message>
        <message>
            <source>Block vote: a vote for each seat, the most votes are elected</source>
            <translation>Voto en bloque: un voto por cada cargo; se eligen los más votados</translation>
        </message>
        <message>
            <source>Approval vote: a vote for every candidate approved of</source>
            <translation>Voto por aprobación: un voto por cada candidato que se aprueba</translation>
        </message>
        <message>
            <source>Instant-runoff vote: candidates ranked, a majority elects</source>
            <translation>Voto preferencial con segunda vuelta instantánea: candidatos por orden de preferencia; elige la mayoría</translation>
        </message>
        <message>
            <source>Single transferable vote (Scottish rules): candidates ranked, a quota elects</source>
            <translation>Voto único transferible (reglas escocesas): candidatos por orden de preferencia; elige un cociente</translation>
        </message>
        <message>
            <source>Cast in the booth, on the laptop</source>
            <translation>Depositadas en la cabina de votación, en el portátil</translation>
        </message>
        <message>
            <source>On paper, entered by the tellers</source>
            <translation>En papel, ingresadas por los escrutadores</translation>
        </message>
        <message>
            <source>to exclude</source>
            <translation>a quién excluir</translation>
        </message>
        <message>
            <source>whose surplus goes first</source>
            <translation>de quién se transfiere primero el excedente</translation>
        </message>
        <message>
            <source>to elect</source>
            <translation>a quién elegir</translation>
        </message>
        <message>
            <source>First count</source>
            <translation>Primer recuento</translation>
        </message>
        <message>
            <source>Surplus of {who} transferred</source>
            <translation>Excedente de {who} transferido</translation>
        </message>
        <message>
            <source>tied with {tied}; decided by the votes at round {round}</source>
            <translation>empatado con {tied}; se decidió por los votos de la ronda {round}</translation>
        </message>
        <message>
            <source>tied with {tied}; decided by lot {lot}</source>
            <translation>empatado con {tied}; se decidió por el sorteo {lot}</translation>
        </message>
        <message>
            <source>no votes, like {tied}: excluded in ballot-paper order</source>
            <translation>sin votos, igual que {tied}: excluido en el orden de la papeleta</translation>
        </message>
        <message>
            <source>(each paper at {value} of a vote)</source>
            <translation>(cada papeleta vale {value} de voto)</translation>
        </message>
        <message>
            <source>{what} ({why})</source>
            <translation>{what} ({why})</translation>
        </message>
        <message>
            <source>elected, round {round}</source>
            <translation>elegido, ronda {round}</translation>
        </message>
        <message>
            <source>excluded, round {round}</source>
            <translation>excluido, ronda {round}</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Votos</translation>
        </message>
        <message>
            <source>The count</source>
            <translation>El escrutinio</translation>
        </message>
        <message>
            <source>Votes round by round</source>
            <translation>Votos ronda por ronda</translation>
        </message>
        <message>
            <source>Votes, rounds {first} to {last}</source>
            <translation>Votos, rondas {first} a {last}</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidato</translation>
        </message>
        <message>
            <source>{name} (withdrawn)</source>
            <translation>{name} (retirado)</translation>
        </message>
        <message>
            <source>Lost to rounding down</source>
            <translation>Perdidos por redondeo hacia abajo</translation>
        </message>
        <message>
            <source>Transfer value of a paper</source>
            <translation>Valor de transferencia de una papeleta</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Rondas</translation>
        </message>
        <message>
            <source>Votes in the last round (round {n})</source>
            <translation>Votos en la última ronda (ronda {n})</translation>
        </message>
        <message>
            <source>Election '{title}' is not counted yet (it is at the stage '{status}'): count it first.</source>
            <translation>La elección '{title}' aún no se ha escrutado (está en la etapa '{status}'): haga primero el escrutinio.</translation>
        </message>
        <message>
            <source>Election results</source>
            <translation>Resultados de la elección</translation>
        </message>
        <message>
            <source>{title}, counted {when}</source>
            <translation>{title}, escrutada el {when}</translation>
        </message>
        <message>
            <source>Election</source>
            <translation>Elección</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Órgano</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Cargos</translation>
        </message>
        <message>
            <source>Ballots</source>
            <translation>Papeletas</translation>
        </message>
        <message>
            <source>Voters checked off the roll</source>
            <translation>Votantes marcados en la lista</translation>
        </message>
        <message>
            <source>Ballot papers</source>
            <translation>Papeletas</translation>
        </message>
        <message>
            <source>Blank papers</source>
            <translation>Papeletas en blanco</translation>
        </message>
        <message>
            <source>Valid votes</source>
            <translation>Votos válidos</translation>
        </message>
        <message>
            <source>Ballots and the roll</source>
            <translation>Papeletas y lista de votantes</translation>
        </message>
        <message>
            <source>As many ballots as voters checked off.</source>
            <translation>Tantas papeletas como votantes marcados.</translation>
        </message>
        <message>
            <source>Elected, in order of election</source>
            <translation>Elegidos, en orden de elección</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Asociado</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Ronda</translation>
        </message>
        <message>
            <source>No one was elected.</source>
            <translation>No se eligió a nadie.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué sucedió</translation>
        </message>
        <message>
            <source>What happened in each round</source>
            <translation>Qué sucedió en cada ronda</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>Lote</translation>
        </message>
        <message>
            <source>To choose</source>
            <translation>Para decidir</translation>
        </message>
        <message>
            <source>The lot chose</source>
            <translation>El sorteo designó a</translation>
        </message>
        <message>
            <source>Drawn by</source>
            <translation>Realizado por</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Ingresado por</translation>
        </message>
        <message>
            <source>{name} (member {number})</source>
            <translation>{name} (asociado {number})</translation>
        </message>
        <message>
            <source>Lots drawn</source>
            <translation>Sorteos realizados</translation>
        </message>
        <message>
            <source>Signed by the tellers, the president and the secretary of the meeting.</source>
            <translation>Firmado por los escrutadores, el presidente y el secretario de la reunión.</translation>
        </message>
        <message>
            <source>Mark ONE candidate with a cross (X).</source>
            <translation>Marque UN candidato con una equis (X).</translation>
        </message>
        <message>
            <source>Mark ONE candidate with a cross (X); the {seats} candidates with the most votes are elected.</source>
            <translation>Marque UN candidato con una equis (X); se eligen los {seats} candidatos más votados.</translation>
        </message>
        <message>
            <source>Mark up to {seats} candidates with a cross (X), one cross for each.</source>
            <translation>Marque hasta {seats} candidatos con una equis (X), una equis para cada uno.</translation>
        </message>
        <message>
            <source>Mark with a cross (X) every candidate you approve of; as many as you wish.</source>
            <translation>Marque con una equis (X) cada candidato que aprueba; tantos como desee.</translation>
        </message>
        <message>
            <source>Number the candidates in order of preference: 1 for your first choice, 2 for your second, 3 for your third, and so on. Number as many as you wish.</source>
            <translation>Numere los candidatos en orden de preferencia: 1 para su primera opción, 2 para la segunda, 3 para la tercera, y así sucesivamente. Numere tantos como desee.</translation>
        </message>
        <message>
            <source>Do not write your name on this paper. Fold it and put it in the ballot box.</source>
            <translation>No escriba su nombre en esta papeleta. Dóblela y deposítela en la urna.</translation>
        </message>
        <message>
            <source>Print between 1 and {most} ballot papers at a time, not {papers}.</source>
            <translation>Imprima entre 1 y {most} papeletas a la vez, no {papers}.</translation>
        </message>
        <message>
            <source>Election '{title}' has no candidates yet: nominate them before printing the ballot papers.</source>
            <translation>La elección '{title}' aún no tiene candidatos: inscríbalos antes de imprimir las papeletas.</translation>
        </message>
        <message>
            <source>Your preference (1, 2, 3...)</source>
            <translation>Su preferencia (1, 2, 3...)</translation>
        </message>
        <message>
            <source>Your mark (X)</source>
            <translation>Su marca (X)</translation>
        </message>
        <message>
            <source>{seats} seats to fill.</source>
            <translation>{seats} cargos por proveer.</translation>
        </message>
        <message>
            <source>One seat to fill.</source>
            <translation>Un cargo por proveer.</translation>
        </message>
        <message>
            <source>{title} — {position}</source>
            <translation>{title} — {position}</translation>
        </message>
        <message>
            <source>{cooperative} — Ballot paper No. {number}</source>
            <translation>{cooperative} — Papeleta n.º {number}</translation>
        </message>
        <message>
            <source>{title}: {papers} numbered papers</source>
            <translation>{title}: {papers} papeletas numeradas</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>borrador</translation>
        </message>
        <message>
            <source>nominations</source>
            <translation>inscripción de candidatos</translation>
        </message>
        <message>
            <source>poll open</source>
            <translation>votación abierta</translation>
        </message>
        <message>
            <source>poll closed</source>
            <translation>votación cerrada</translation>
        </message>
        <message>
            <source>counted</source>
            <translation>escrutada</translation>
        </message>
        <message>
            <source>There is no election {id}.</source>
            <translation>No existe la elección {id}.</translation>
        </message>
        <message>
            <source>Election '{title}' is at the stage '{status}': this cannot be done now.</source>
            <translation>La elección '{title}' está en la etapa '{status}': esto no se puede hacer ahora.</translation>
        </message>
        <message>
            <source>Give the election a title.</source>
            <translation>Dé un título a la elección.</translation>
        </message>
        <message>
            <source>An election fills at least one seat.</source>
            <translation>Una elección provee al menos un cargo.</translation>
        </message>
        <message>
            <source>Instant-runoff elects one candidate; for {seats} seats choose single transferable vote.</source>
            <translation>La segunda vuelta instantánea elige a un solo candidato; para {seats} cargos elija el voto único transferible.</translation>
        </message>
        <message>
            <source>Ballots are cast in the booth or entered from paper.</source>
            <translation>Las papeletas se depositan en la cabina de votación o se ingresan a partir de papeletas en papel.</translation>
        </message>
        <message>
            <source>{position} has {count} seats in the bylaws; this election cannot fill {seats}.</source>
            <translation>Según los estatutos, {position} tiene {count} cargos; esta elección no puede proveer {seats}.</translation>
        </message>
        <message>
            <source>There is no meeting {id}.</source>
            <translation>No existe la reunión {id}.</translation>
        </message>
        <message>
            <source>The meeting '{title}' is over: an election cannot be added to it.</source>
            <translation>La reunión '{title}' ya terminó: no se le puede agregar una elección.</translation>
        </message>
        <message>
            <source>Save the cooperative's bylaws first: they say who may stand.</source>
            <translation>Guarde primero los estatutos de la cooperativa: en ellos se indica quién puede ser candidato.</translation>
        </message>
        <message>
            <source>{who} is already a candidate.</source>
            <translation>{who} ya es candidato.</translation>
        </message>
        <message>
            <source>{who} cannot stand: {reasons}</source>
            <translation>{who} no puede ser candidato: {reasons}</translation>
        </message>
        <message>
            <source>{who} is not standing in this election.</source>
            <translation>{who} no es candidato en esta elección.</translation>
        </message>
        <message>
            <source>{count} candidates for {seats} seats: nominate at least as many candidates as there are seats.</source>
            <translation>{count} candidatos para {seats} cargos: inscriba al menos tantos candidatos como cargos haya.</translation>
        </message>
        <message>
            <source>{who} is not on the roll: the member is {status}; only active members vote.</source>
            <translation>{who} no está en la lista de votantes: el estado del asociado es {status}; solo votan los asociados activos.</translation>
        </message>
        <message>
            <source>{who} is not checked in at the meeting: voters vote in person, in the room.</source>
            <translation>{who} no tiene registrada su llegada a la reunión: los votantes votan en persona, en el recinto.</translation>
        </message>
        <message>
            <source>{who} was already checked off the roll (by {user}).</source>
            <translation>{who} ya fue marcado en la lista de votantes (por {user}).</translation>
        </message>
        <message>
            <source>{where}: there is no candidate {place} on the paper.</source>
            <translation>{where}: no hay ningún candidato {place} en la papeleta.</translation>
        </message>
        <message>
            <source>{where}: candidate {place} is marked twice.</source>
            <translation>{where}: el candidato {place} está marcado dos veces.</translation>
        </message>
        <message>
            <source>{where}: candidate {place} has withdrawn.</source>
            <translation>{where}: el candidato {place} se retiró.</translation>
        </message>
        <message>
            <source>{where}: at most {limit} marks on this ballot; it has {count}.</source>
            <translation>{where}: esta papeleta admite como máximo {limit} marcas; tiene {count}.</translation>
        </message>
        <message>
            <source>This election's ballots are on paper: the tellers enter them when the poll has closed.</source>
            <translation>Las papeletas de esta elección son en papel: los escrutadores las ingresan cuando se ha cerrado la votación.</translation>
        </message>
        <message>
            <source>No voter is checked off and waiting to vote: a teller checks the next voter off the roll first.</source>
            <translation>No hay ningún votante marcado en la lista que esté esperando para votar: primero un escrutador marca al siguiente votante en la lista de votantes.</translation>
        </message>
        <message>
            <source>The ballot</source>
            <translation>La papeleta</translation>
        </message>
        <message>
            <source>This election's ballots were cast in the booth.</source>
            <translation>Las papeletas de esta elección se depositaron en la cabina de votación.</translation>
        </message>
        <message>
            <source>Totals can be entered for a plurality election only; enter these ballots one by one.</source>
            <translation>Solo se pueden ingresar totales en una elección por mayoría simple; ingrese estas papeletas una por una.</translation>
        </message>
        <message>
            <source>Candidate {place}: a total cannot be negative.</source>
            <translation>Candidato {place}: un total no puede ser negativo.</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totales</translation>
        </message>
        <message>
            <source>Blank ballots cannot be negative.</source>
            <translation>El número de papeletas en blanco no puede ser negativo.</translation>
        </message>
        <message>
            <source>Ballot {number}</source>
            <translation>Papeleta {number}</translation>
        </message>
        <message>
            <source>Ballots are already entered: clear them before entering totals.</source>
            <translation>Ya hay papeletas ingresadas: bórrelas antes de ingresar totales.</translation>
        </message>
        <message>
            <source>Say why the entered ballots are cleared.</source>
            <translation>Indique por qué se borran las papeletas ingresadas.</translation>
        </message>
        <message>
            <source>Say who drew the lot.</source>
            <translation>Indique quién realizó el sorteo.</translation>
        </message>
        <message>
            <source>The count has not asked for a lot: count the election first.</source>
            <translation>El escrutinio no ha pedido ningún sorteo: haga primero el escrutinio de la elección.</translation>
        </message>
        <message>
            <source>The lot must choose one of the tied candidates (members {names}).</source>
            <translation>El sorteo debe designar a uno de los candidatos empatados (asociados {names}).</translation>
        </message>
        <message>
            <source>Payments and benefit sharing</source>
            <translation>Pagos y reparto de beneficios</translation>
        </message>
        <message>
            <source>Work, safety and the mine site</source>
            <translation>Trabajo, seguridad y la mina</translation>
        </message>
        <message>
            <source>Land, claims and neighbours</source>
            <translation>Tierras, títulos mineros y vecinos</translation>
        </message>
        <message>
            <source>Conduct of a member or an officer</source>
            <translation>Conducta de un asociado o de un dignatario</translation>
        </message>
        <message>
            <source>Elections, meetings and decisions</source>
            <translation>Elecciones, reuniones y decisiones</translation>
        </message>
        <message>
            <source>Discrimination or harassment</source>
            <translation>Discriminación o acoso</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otros</translation>
        </message>
        <message>
            <source>open</source>
            <translation>abierta</translation>
        </message>
        <message>
            <source>in mediation</source>
            <translation>en mediación</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>resuelta</translation>
        </message>
        <message>
            <source>closed without agreement</source>
            <translation>cerrada sin acuerdo</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>Audiencia</translation>
        </message>
        <message>
            <source>Mediation</source>
            <translation>Mediación</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>{user} may not see the register of grievances: the bylaws open it to {roles} only.</source>
            <translation>{user} no puede ver el registro de quejas: los estatutos solo lo abren a {roles}.</translation>
        </message>
        <message>
            <source>no one</source>
            <translation>nadie</translation>
        </message>
        <message>
            <source>There is no grievance {id}.</source>
            <translation>No existe la queja {id}.</translation>
        </message>
        <message>
            <source>'{category}' is not a category of grievance; choose one of {categories}.</source>
            <translation>'{category}' no es una categoría de queja; elija una de estas: {categories}.</translation>
        </message>
        <message>
            <source>Name the parties to the grievance.</source>
            <translation>Indique las partes de la queja.</translation>
        </message>
        <message>
            <source>Say what the grievance is about.</source>
            <translation>Indique de qué trata la queja.</translation>
        </message>
        <message>
            <source>A grievance cannot be opened in the future.</source>
            <translation>No se puede abrir una queja con fecha futura.</translation>
        </message>
        <message>
            <source>'{kind}' is not a step; choose one of {kinds}.</source>
            <translation>'{kind}' no es un paso; elija uno de estos: {kinds}.</translation>
        </message>
        <message>
            <source>Say what happened at this step.</source>
            <translation>Indique qué sucedió en este paso.</translation>
        </message>
        <message>
            <source>Grievance {id} is closed.</source>
            <translation>La queja {id} está cerrada.</translation>
        </message>
        <message>
            <source>A step cannot come before the grievance was opened ({day}).</source>
            <translation>Un paso no puede ser anterior a la apertura de la queja ({day}).</translation>
        </message>
        <message>
            <source>Say how the grievance ended.</source>
            <translation>Indique cómo terminó la queja.</translation>
        </message>
        <message>
            <source>Grievance {id} is already closed.</source>
            <translation>La queja {id} ya está cerrada.</translation>
        </message>
        <message>
            <source>A grievance cannot close before it was opened ({day}).</source>
            <translation>Una queja no se puede cerrar antes de su apertura ({day}).</translation>
        </message>
        <message>
            <source>Enter the bylaws first: the quorum and the majorities come from them.</source>
            <translation>Ingrese primero los estatutos: de ellos salen el quórum y las mayorías.</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} a las {time}</translation>
        </message>
        <message>
            <source>{kind}: {title}, {when}</source>
            <translation>{kind}: {title}, {when}</translation>
        </message>
        <message>
            <source>This is the second convocation of a meeting that lacked its quorum: the second-call quorum applies from the start, {second} of the {eligible} entitled to attend.</source>
            <translation>Esta es la nueva convocatoria de una reunión que no tuvo quórum: el quórum de segunda convocatoria se aplica desde el inicio, {second} de los {eligible} con derecho a asistir.</translation>
        </message>
        <message>
            <source>With {eligible} entitled to attend, {first} must be present or represented.</source>
            <translation>Con {eligible} con derecho a asistir, deben estar presentes o representados {first}.</translation>
        </message>
        <message>
            <source>With {eligible} entitled to attend: {first} at first call; {second} at a second convocation.</source>
            <translation>Con {eligible} con derecho a asistir: {first} en primera convocatoria; {second} en una nueva convocatoria.</translation>
        </message>
        <message>
            <source>With {eligible} entitled to attend: {first} at first call; {second} at second call, {minutes} minutes after the time set.</source>
            <translation>Con {eligible} con derecho a asistir: {first} en primera convocatoria; {second} en segunda convocatoria, {minutes} minutos después de la hora fijada.</translation>
        </message>
        <message>
            <source>not yet sent</source>
            <translation>aún no enviada</translation>
        </message>
        <message>
            <source>Notice required</source>
            <translation>Anticipación exigida</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>no fijada</translation>
        </message>
        <message>
            <source>Convocation sent on</source>
            <translation>Convocatoria enviada el</translation>
        </message>
        <message>
            <source>Signed by {user} ({role}) on {date}</source>
            <translation>Firmada por {user} ({role}) el {date}</translation>
        </message>
        <message>
            <source>Convocation</source>
            <translation>Convocatoria</translation>
        </message>
        <message>
            <source>Draft: not yet convened</source>
            <translation>Borrador: aún no convocada</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Fecha y hora</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>to be announced</source>
            <translation>por anunciar</translation>
        </message>
        <message>
            <source>Second convocation</source>
            <translation>Segunda convocatoria</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Orden del día</translation>
        </message>
        <message>
            <source>A member who cannot attend may be represented by another member with a signed proxy, handed in at the door.</source>
            <translation>Un asociado que no pueda asistir puede hacerse representar por otro asociado mediante un poder firmado, que se entrega a la entrada.</translation>
        </message>
        <message>
            <source>, at {place}</source>
            <translation>, en {place}</translation>
        </message>
        <message>
            <source>The members of the {kind} of {cooperative} are called to meet on {when}{where}.</source>
            <translation>Se convoca a los miembros del {kind} de {cooperative} a reunirse el {when}{where}.</translation>
        </message>
        <message>
            <source>The members of {cooperative} are called to the {kind} on {when}, at {place}.</source>
            <translation>Se convoca a los asociados de {cooperative} a la {kind} que se realizará el {when}, en {place}.</translation>
        </message>
        <message>
            <source>The members of {cooperative} are called to the {kind} on {when}.</source>
            <translation>Se convoca a los asociados de {cooperative} a la {kind} que se realizará el {when}.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punto</translation>
        </message>
        <message>
            <source>({count} left before the end)</source>
            <translation>({count} se retiraron antes del final)</translation>
        </message>
        <message>
            <source>Entitled to attend</source>
            <translation>Con derecho a asistir</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Presentes</translation>
        </message>
        <message>
            <source>Represented by proxy</source>
            <translation>Representados por poder</translation>
        </message>
        <message>
            <source>No quorum could be computed.</source>
            <translation>No se pudo calcular el quórum.</translation>
        </message>
        <message>
            <source>At the opening ({call}), {required} of the {eligible} entitled to attend were needed; {there} were present or represented during the meeting.</source>
            <translation>A la apertura ({call}) se necesitaban {required} de los {eligible} asociados con derecho a asistir; durante la reunión estuvieron presentes o representados {there}.</translation>
        </message>
        <message>
            <source>The quorum was reached.</source>
            <translation>Hubo quórum.</translation>
        </message>
        <message>
            <source>The quorum was not reached.</source>
            <translation>No hubo quórum.</translation>
        </message>
        <message>
            <source>Called for</source>
            <translation>Convocada para las</translation>
        </message>
        <message>
            <source>Opened at</source>
            <translation>Se abrió a las</translation>
        </message>
        <message>
            <source>Closed at</source>
            <translation>Se cerró a las</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Presidente de la reunión</translation>
        </message>
        <message>
            <source>PASSED - resolution {number}</source>
            <translation>APROBADA - resolución {number}</translation>
        </message>
        <message>
            <source>Motion {n}: {text}</source>
            <translation>Proposición {n}: {text}</translation>
        </message>
        <message>
            <source>Type of decision</source>
            <translation>Tipo de decisión</translation>
        </message>
        <message>
            <source>in favour {yes}, against {no}, abstentions {abstain}, invalid {invalid}</source>
            <translation>a favor {yes}, en contra {no}, abstenciones {abstain}, nulos {invalid}</translation>
        </message>
        <message>
            <source>Present or represented</source>
            <translation>Presentes o representados</translation>
        </message>
        <message>
            <source>The bylaws</source>
            <translation>Los estatutos</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Votación</translation>
        </message>
        <message>
            <source>Named vote</source>
            <translation>Votación nominal</translation>
        </message>
        <message>
            <source>No minutes were written for this item.</source>
            <translation>No se redactó acta para este punto.</translation>
        </message>
        <message>
            <source>Elections held at the meeting</source>
            <translation>Elecciones realizadas en la reunión</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Orden</translation>
        </message>
        <message>
            <source>Elected</source>
            <translation>Elegido</translation>
        </message>
        <message>
            <source>Resolutions</source>
            <translation>Resoluciones</translation>
        </message>
        <message>
            <source>No resolution was passed.</source>
            <translation>No se aprobó ninguna resolución.</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolución</translation>
        </message>
        <message>
            <source>Motion</source>
            <translation>Proposición</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Firmas</translation>
        </message>
        <message>
            <source>Minutes book</source>
            <translation>Libro de actas</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>N.º {number}</translation>
        </message>
        <message>
            <source>Digest</source>
            <translation>Huella criptográfica</translation>
        </message>
        <message>
            <source>{digest} (the start of the digest the audit chain holds: check it with 'coopdesk verify')</source>
            <translation>{digest} (el comienzo de la huella que guarda la cadena de auditoría: verifíquela con 'coopdesk verify')</translation>
        </message>
        <message>
            <source>DRAFT - not signed</source>
            <translation>BORRADOR - sin firmar</translation>
        </message>
        <message>
            <source>Minutes No. {number}</source>
            <translation>Acta n.º {number}</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Acta</translation>
        </message>
        <message>
            <source>No minutes are final yet.</source>
            <translation>Todavía no hay ninguna acta definitiva.</translation>
        </message>
        <message>
            <source>No minutes of {year} are final yet.</source>
            <translation>Todavía no hay ninguna acta definitiva de {year}.</translation>
        </message>
        <message>
            <source>Minutes No. {number}: {line}</source>
            <translation>Acta n.º {number}: {line}</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>represented by {number} ({name})</source>
            <translation>representado por {number} ({name})</translation>
        </message>
        <message>
            <source>Attendance sheet</source>
            <translation>Planilla de asistencia</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Chair of the meeting</source>
            <translation>Presidente de la reunión</translation>
        </message>
        <message>
            <source>Secretary of the meeting</source>
            <translation>Secretario de la reunión</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>planeada</translation>
        </message>
        <message>
            <source>convened</source>
            <translation>convocada</translation>
        </message>
        <message>
            <source>in session</source>
            <translation>en sesión</translation>
        </message>
        <message>
            <source>closed, minutes to sign</source>
            <translation>cerrada, acta por firmar</translation>
        </message>
        <message>
            <source>minutes final</source>
            <translation>acta definitiva</translation>
        </message>
        <message>
            <source>show of hands</source>
            <translation>a mano alzada</translation>
        </message>
        <message>
            <source>named vote</source>
            <translation>votación nominal</translation>
        </message>
        <message>
            <source>in favour</source>
            <translation>a favor</translation>
        </message>
        <message>
            <source>against</source>
            <translation>en contra</translation>
        </message>
        <message>
            <source>abstains</source>
            <translation>se abstiene</translation>
        </message>
        <message>
            <source>The meeting '{title}' is {status}: this cannot be done now.</source>
            <translation>La reunión '{title}' está en estado '{status}': esto no se puede hacer ahora.</translation>
        </message>
        <message>
            <source>{name} (member {number}) is not on the roll: only active members attend and vote.</source>
            <translation>{name} (asociado {number}) no está en la lista de asociados hábiles: solo los asociados activos asisten y votan.</translation>
        </message>
        <message>
            <source>{name} (member {number}) does not sit on the {committee}.</source>
            <translation>{name} (asociado {number}) no forma parte de este órgano ({committee}).</translation>
        </message>
        <message>
            <source>'{kind}' is not a kind of meeting; choose one of {kinds}.</source>
            <translation>'{kind}' no es un tipo de reunión; elija uno de estos: {kinds}.</translation>
        </message>
        <message>
            <source>Agenda item {n} has no title.</source>
            <translation>El punto {n} del orden del día no tiene título.</translation>
        </message>
        <message>
            <source>Give the agenda item a title.</source>
            <translation>Dé un título al punto del orden del día.</translation>
        </message>
        <message>
            <source>A convocation states the agenda: add its items first.</source>
            <translation>La convocatoria incluye el orden del día: agregue primero sus puntos.</translation>
        </message>
        <message>
            <source>Say who chairs the meeting.</source>
            <translation>Indique quién preside la reunión.</translation>
        </message>
        <message>
            <source>Say who takes the minutes.</source>
            <translation>Indique quién levanta el acta.</translation>
        </message>
        <message>
            <source>{time} is not during the meeting.</source>
            <translation>{time} no está dentro del horario de la reunión.</translation>
        </message>
        <message>
            <source>A member is found by number, name or photo.</source>
            <translation>Un asociado se busca por número, nombre o foto.</translation>
        </message>
        <message>
            <source>{name} (member {number}) is already checked in.</source>
            <translation>{name} (asociado {number}) ya tiene registrada su asistencia.</translation>
        </message>
        <message>
            <source>{name} (member {number}) is not in the room.</source>
            <translation>{name} (asociado {number}) no está en la sala.</translation>
        </message>
        <message>
            <source>The bylaws allow no proxies.</source>
            <translation>Los estatutos no admiten poderes.</translation>
        </message>
        <message>
            <source>A member cannot hold their own proxy.</source>
            <translation>Un asociado no puede recibir su propio poder.</translation>
        </message>
        <message>
            <source>{name} (member {number}) is in the room and votes in person.</source>
            <translation>{name} (asociado {number}) está en la sala y vota personalmente.</translation>
        </message>
        <message>
            <source>{name} (member {number}) must be checked in to hold a proxy.</source>
            <translation>{name} (asociado {number}) debe tener registrada su asistencia para recibir un poder.</translation>
        </message>
        <message>
            <source>{name} (member {number}) has already given a proxy.</source>
            <translation>{name} (asociado {number}) ya otorgó un poder.</translation>
        </message>
        <message>
            <source>{name} (member {number}) holds proxies and is absent.</source>
            <translation>{name} (asociado {number}) tiene poderes y está ausente.</translation>
        </message>
        <message>
            <source>{name} (member {number}) already holds {count} proxies, the most the bylaws allow.</source>
            <translation>{name} (asociado {number}) ya tiene {count} poderes, el máximo que permiten los estatutos.</translation>
        </message>
        <message>
            <source>{name} (member {number}) gave no proxy.</source>
            <translation>{name} (asociado {number}) no otorgó ningún poder.</translation>
        </message>
        <message>
            <source>Write the motion put to the vote.</source>
            <translation>Escriba la proposición que se somete a votación.</translation>
        </message>
        <message>
            <source>'{kind}' is not a type of decision.</source>
            <translation>'{kind}' no es un tipo de decisión.</translation>
        </message>
        <message>
            <source>No quorum: {message} The meeting cannot decide.</source>
            <translation>No hay quórum: {message} La reunión no puede decidir.</translation>
        </message>
        <message>
            <source>Member {number}: a vote is yes, no or abstain, not '{vote}'.</source>
            <translation>Asociado {number}: un voto es sí, no o abstención, no '{vote}'.</translation>
        </message>
        <message>
            <source>{name} (member {number}) is not in the room and cannot vote.</source>
            <translation>{name} (asociado {number}) no está en la sala y no puede votar.</translation>
        </message>
        <message>
            <source>The minutes are signed: they can no longer be changed.</source>
            <translation>El acta está firmada: ya no se puede modificar.</translation>
        </message>
        <message>
            <source>{user} may not sign minutes: only the president and the secretary sign them.</source>
            <translation>{user} no puede firmar actas: solo las firman el presidente y el secretario.</translation>
        </message>
        <message>
            <source>Minutes are signed after the meeting closes.</source>
            <translation>El acta se firma después de cerrar la reunión.</translation>
        </message>
        <message>
            <source>{user} has already signed these minutes.</source>
            <translation>{user} ya firmó esta acta.</translation>
        </message>
        <message>
            <source>The president and the secretary are two people: the other must sign.</source>
            <translation>El presidente y el secretario son dos personas distintas: debe firmar el otro.</translation>
        </message>
        <message>
            <source>A term cannot end ({ends}) before it starts ({starts}).</source>
            <translation>Un período no puede terminar ({ends}) antes de empezar ({starts}).</translation>
        </message>
        <message>
            <source>Member {number} already holds {position} on {day}.</source>
            <translation>El asociado {number} ya ocupa un cargo en {position} el {day}.</translation>
        </message>
        <message>
            <source>Say why the term ends early.</source>
            <translation>Indique por qué el período termina anticipadamente.</translation>
        </message>
        <message>
            <source>There is no mandate {id}.</source>
            <translation>No existe el mandato {id}.</translation>
        </message>
        <message>
            <source>This term already ended on {day}.</source>
            <translation>Este período ya terminó el {day}.</translation>
        </message>
        <message>
            <source>The last day must fall within the term, {starts} to {ends}.</source>
            <translation>El último día debe estar dentro del período, del {starts} al {ends}.</translation>
        </message>
        <message>
            <source>Replaced by the election '{title}'.</source>
            <translation>Reemplazado por la elección '{title}'.</translation>
        </message>
        <message>
            <source>{name}'s term as {position} ends on {day} ({days} days).</source>
            <translation>El período de {name} en {position} termina el {day} ({days} días).</translation>
        </message>
        <message>
            <source>{position}: {held} of {seats} seats filled.</source>
            <translation>{position}: {held} de {seats} cargos provistos.</translation>
        </message>
        <message>
            <source>{name}'s term as {position} ended on {day}; elect a successor.</source>
            <translation>El período de {name} en {position} terminó el {day}; elija un sucesor.</translation>
        </message>
        <message>
            <source>Colombian cooperative law (Ley 79 de 1988)</source>
            <translation>Legislación cooperativa colombiana (Ley 79 de 1988)</translation>
        </message>
        <message>
            <source>OHADA cooperative law (Uniform Act of 2010)</source>
            <translation>Derecho cooperativo OHADA (Acto Uniforme de 2010)</translation>
        </message>
        <message>
            <source>There are no preset bylaws '{name}'; choose one of {names}.</source>
            <translation>No existe el modelo de estatutos '{name}'; elija uno de estos: {names}.</translation>
        </message>
        <message>
            <source>A member pays shares</source>
            <translation>Un asociado paga aportes</translation>
        </message>
        <message>
            <source>A buyer pays for gold</source>
            <translation>Un comprador paga oro</translation>
        </message>
        <message>
            <source>Fairmined premium received</source>
            <translation>Prima Fairmined recibida</translation>
        </message>
        <message>
            <source>Admission fee</source>
            <translation>Cuota de admisión</translation>
        </message>
        <message>
            <source>A member repays a loan</source>
            <translation>Un asociado paga un préstamo</translation>
        </message>
        <message>
            <source>Other receipt</source>
            <translation>Otro ingreso</translation>
        </message>
        <message>
            <source>Fuel</source>
            <translation>Combustible</translation>
        </message>
        <message>
            <source>Processing inputs and supplies</source>
            <translation>Insumos y materiales de beneficio</translation>
        </message>
        <message>
            <source>Safety equipment</source>
            <translation>Equipos de seguridad</translation>
        </message>
        <message>
            <source>Maintenance and repairs</source>
            <translation>Mantenimiento y reparaciones</translation>
        </message>
        <message>
            <source>Wages</source>
            <translation>Salarios</translation>
        </message>
        <message>
            <source>Mining royalties and taxes</source>
            <translation>Regalías mineras e impuestos</translation>
        </message>
        <message>
            <source>Training and education</source>
            <translation>Capacitación y educación</translation>
        </message>
        <message>
            <source>Bank and mobile money fees</source>
            <translation>Comisiones bancarias y de billetera móvil</translation>
        </message>
        <message>
            <source>Pay a member what is owed</source>
            <translation>Pagar a un asociado lo que se le debe</translation>
        </message>
        <message>
            <source>Loan or advance to a member</source>
            <translation>Préstamo o anticipo a un asociado</translation>
        </message>
        <message>
            <source>Pay a supplier's invoice</source>
            <translation>Pagar la factura de un proveedor</translation>
        </message>
        <message>
            <source>Deposit cash at the bank</source>
            <translation>Depositar efectivo en el banco</translation>
        </message>
        <message>
            <source>Other payment</source>
            <translation>Otro egreso</translation>
        </message>
        <message>
            <source>Cash box</source>
            <translation>Caja</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Banco</translation>
        </message>
        <message>
            <source>Mobile money</source>
            <translation>Billetera móvil</translation>
        </message>
        <message>
            <source>There is no kind of receipt or payment named '{kind}'; the kinds are: {known}.</source>
            <translation>No existe ningún tipo de ingreso o egreso llamado '{kind}'; los tipos son: {known}.</translation>
        </message>
        <message>
            <source>Money is kept in cash, bank or mobile_money, not '{place}'.</source>
            <translation>El dinero se guarda en cash, bank o mobile_money, no en '{place}'.</translation>
        </message>
        <message>
            <source>The amount must be more than zero.</source>
            <translation>El monto debe ser mayor que cero.</translation>
        </message>
        <message>
            <source>Say which member.</source>
            <translation>Indique qué asociado.</translation>
        </message>
        <message>
            <source>Choose the account this is for.</source>
            <translation>Elija la cuenta a la que corresponde.</translation>
        </message>
        <message>
            <source>A deposit takes money from the cash box or mobile money to the bank; choose where it comes from.</source>
            <translation>Un depósito lleva dinero de la caja o de la billetera móvil al banco; elija de dónde sale.</translation>
        </message>
        <message>
            <source>The date {date} is in the future.</source>
            <translation>La fecha {date} está en el futuro.</translation>
        </message>
        <message>
            <source>The books have no chart of accounts yet; set them up before recording receipts.</source>
            <translation>La contabilidad aún no tiene plan de cuentas; configúrela antes de registrar ingresos.</translation>
        </message>
        <message>
            <source>The money and the other side are the same account {code}.</source>
            <translation>El dinero y la contrapartida son la misma cuenta {code}.</translation>
        </message>
        <message>
            <source>{text} (member {number})</source>
            <translation>{text} (asociado {number})</translation>
        </message>
        <message>
            <source>There is no chart template named '{name}'; the templates are: {known}.</source>
            <translation>No existe una plantilla de plan de cuentas llamada '{name}'; las plantillas son: {known}.</translation>
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
            <source>{file} cannot be read as CSV: {reason}</source>
            <translation>{file} no se puede leer como CSV: {reason}</translation>
        </message>
        <message>
            <source>{file} has no column for: {fields}. The first row must name the columns (account, debit, credit; and date for entries).</source>
            <translation>{file} no tiene columna para: {fields}. La primera fila debe nombrar las columnas (cuenta, débito, crédito; y fecha para los asientos).</translation>
        </message>
        <message>
            <source>{file} has no date column, so it holds opening balances: say for which fiscal year.</source>
            <translation>{file} no tiene columna de fecha, así que contiene saldos iniciales: indique de qué ejercicio.</translation>
        </message>
        <message>
            <source>There is no fiscal year {year}.</source>
            <translation>No existe el ejercicio {year}.</translation>
        </message>
        <message>
            <source>The date is missing.</source>
            <translation>Falta la fecha.</translation>
        </message>
        <message>
            <source>The account is missing.</source>
            <translation>Falta la cuenta.</translation>
        </message>
        <message>
            <source>There is no account {code}.</source>
            <translation>No existe la cuenta {code}.</translation>
        </message>
        <message>
            <source>Account {code} is a heading or closed; choose an account under it.</source>
            <translation>La cuenta {code} es una cuenta de grupo o está cerrada; elija una cuenta bajo ella.</translation>
        </message>
        <message>
            <source>Account {code} is income or expense; opening balances are for assets, liabilities and equity.</source>
            <translation>La cuenta {code} es de ingresos o gastos; los saldos iniciales son para activos, pasivos y patrimonio.</translation>
        </message>
        <message>
            <source>'{value}' is not a member number.</source>
            <translation>'{value}' no es un número de asociado.</translation>
        </message>
        <message>
            <source>Account {code} does not keep members' accounts.</source>
            <translation>La cuenta {code} no lleva cuentas de asociados.</translation>
        </message>
        <message>
            <source>Account {code} keeps a member's account; say which member.</source>
            <translation>La cuenta {code} lleva la cuenta de un asociado; indique qué asociado.</translation>
        </message>
        <message>
            <source>Amounts are never negative; put the amount on the other side instead.</source>
            <translation>Los valores nunca son negativos; registre el valor en el otro lado.</translation>
        </message>
        <message>
            <source>Give a debit or a credit, not both and not neither.</source>
            <translation>Indique un débito o un crédito, no ambos ni ninguno.</translation>
        </message>
        <message>
            <source>rows {first}–{last}</source>
            <translation>filas {first}–{last}</translation>
        </message>
        <message>
            <source>Entry {entry} ({rows}) has more than one date.</source>
            <translation>El asiento {entry} ({rows}) tiene más de una fecha.</translation>
        </message>
        <message>
            <source>The opening balances</source>
            <translation>El asiento de saldos iniciales</translation>
        </message>
        <message>
            <source>Entry {entry}</source>
            <translation>El asiento {entry}</translation>
        </message>
        <message>
            <source>{what} ({rows}) does not balance: debits {debit}, credits {credit}, difference {diff}.</source>
            <translation>{what} ({rows}) no cuadra: débitos {debit}, créditos {credit}, diferencia {diff}.</translation>
        </message>
        <message>
            <source>An entry needs at least two lines.</source>
            <translation>Un asiento necesita al menos dos líneas.</translation>
        </message>
        <message>
            <source>Opening balances {year}</source>
            <translation>Saldos iniciales {year}</translation>
        </message>
        <message>
            <source>Imported from {file}</source>
            <translation>Importado desde {file}</translation>
        </message>
        <message>
            <source>{file} has a header line but no entries below it.</source>
            <translation>{file} tiene una línea de encabezado pero ningún asiento debajo.</translation>
        </message>
        <message>
            <source>… and {count} more problems.</source>
            <translation>… y {count} problemas más.</translation>
        </message>
        <message>
            <source>Nothing was imported from {file}; fix these rows first:</source>
            <translation>No se importó nada desde {file}; corrija primero estas filas:</translation>
        </message>
        <message>
            <source>{file} holds no entries.</source>
            <translation>{file} no contiene asientos.</translation>
        </message>
        <message>
            <source>{file} was already imported on {date}; nothing was imported again.</source>
            <translation>{file} ya se importó el {date}; no se volvió a importar nada.</translation>
        </message>
        <message>
            <source>This year already has its opening balances (entry {number}); reverse that entry first to enter them again.</source>
            <translation>Este ejercicio ya tiene sus saldos iniciales (asiento {number}); revierta primero ese asiento para volver a registrarlos.</translation>
        </message>
        <message>
            <source>There is no journal entry {number}.</source>
            <translation>No existe el asiento {number}.</translation>
        </message>
        <message>
            <source>There is no attachment {number}.</source>
            <translation>No existe el adjunto {number}.</translation>
        </message>
        <message>
            <source>There is no draft {uid}.</source>
            <translation>No existe el borrador {uid}.</translation>
        </message>
        <message>
            <source>Trial balance</source>
            <translation>Balance de comprobación</translation>
        </message>
        <message>
            <source>General ledger</source>
            <translation>Libro mayor</translation>
        </message>
        <message>
            <source>Account statement</source>
            <translation>Extracto de cuenta</translation>
        </message>
        <message>
            <source>Member statement</source>
            <translation>Estado de cuenta del asociado</translation>
        </message>
        <message>
            <source>Cash book</source>
            <translation>Libro de caja</translation>
        </message>
        <message>
            <source>Income statement</source>
            <translation>Estado de resultados</translation>
        </message>
        <message>
            <source>Balance sheet</source>
            <translation>Balance general</translation>
        </message>
        <message>
            <source>There is no report named '{name}'; the reports are: {known}.</source>
            <translation>No existe ningún informe llamado '{name}'; los informes son: {known}.</translation>
        </message>
        <message>
            <source>The report “{report}” needs an account: give its code with the option 'account'.</source>
            <translation>El informe “{report}” necesita una cuenta: indique su código con la opción 'account'.</translation>
        </message>
        <message>
            <source>The report “{report}” needs a member: give the member number with the option 'member'.</source>
            <translation>El informe “{report}” necesita un asociado: indique el número de asociado con la opción 'member'.</translation>
        </message>
        <message>
            <source>The period must end on or after the day it starts.</source>
            <translation>El período debe terminar el mismo día en que empieza o después.</translation>
        </message>
        <message>
            <source>At {date}</source>
            <translation>Al {date}</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>Del {start} al {end}</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Período anterior</translation>
        </message>
        <message>
            <source>Generated for</source>
            <translation>Generado para</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>Saldo inicial</translation>
        </message>
        <message>
            <source>Debit</source>
            <translation>Débito</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Crédito</translation>
        </message>
        <message>
            <source>Closing balance</source>
            <translation>Saldo final</translation>
        </message>
        <message>
            <source>Debit, previous period</source>
            <translation>Débito, período anterior</translation>
        </message>
        <message>
            <source>Credit, previous period</source>
            <translation>Crédito, período anterior</translation>
        </message>
        <message>
            <source>Total income</source>
            <translation>Total ingresos</translation>
        </message>
        <message>
            <source>Total expenses</source>
            <translation>Total gastos</translation>
        </message>
        <message>
            <source>Total assets</source>
            <translation>Total activos</translation>
        </message>
        <message>
            <source>Total liabilities</source>
            <translation>Total pasivos</translation>
        </message>
        <message>
            <source>Total equity</source>
            <translation>Total patrimonio</translation>
        </message>
        <message>
            <source>Assets</source>
            <translation>Activos</translation>
        </message>
        <message>
            <source>Liabilities</source>
            <translation>Pasivos</translation>
        </message>
        <message>
            <source>Equity</source>
            <translation>Patrimonio</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>Este período</translation>
        </message>
        <message>
            <source>Total {heading}</source>
            <translation>Total {heading}</translation>
        </message>
        <message>
            <source>Result (surplus or loss)</source>
            <translation>Resultado (excedente o pérdida)</translation>
        </message>
        <message>
            <source>Result not yet closed</source>
            <translation>Resultado aún no cerrado</translation>
        </message>
        <message>
            <source>Total liabilities and equity</source>
            <translation>Total pasivos y patrimonio</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Ingresos</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>{account}: closing balance of the previous period</source>
            <translation>{account}: saldo final del período anterior</translation>
        </message>
        <message>
            <source>{account}: balance brought forward</source>
            <translation>{account}: saldo anterior</translation>
        </message>
        <message>
            <source>{account}: closing balance</source>
            <translation>{account}: saldo final</translation>
        </message>
        <message>
            <source>Say what the entry is for.</source>
            <translation>Indique el concepto del asiento.</translation>
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
            <source>The period of {date} is closed.</source>
            <translation>El período del {date} está cerrado.</translation>
        </message>
        <message>
            <source>The chart of accounts says no account for '{role}'; choose one in the books' settings.</source>
            <translation>El plan de cuentas no indica ninguna cuenta para '{role}'; elija una en la configuración de la contabilidad.</translation>
        </message>
        <message>
            <source>Line {n}: account {code} is income or expense; opening balances are for assets, liabilities and equity.</source>
            <translation>Línea {n}: la cuenta {code} es de ingresos o gastos; los saldos iniciales son para activos, pasivos y patrimonio.</translation>
        </message>
        <message>
            <source>{year} already has its opening balances (entry {number}); reverse that entry first to enter them again.</source>
            <translation>{year} ya tiene sus saldos iniciales (asiento {number}); revierta primero ese asiento para volver a registrarlos.</translation>
        </message>
        <message>
            <source>The fiscal year {year} is already closed.</source>
            <translation>El ejercicio {year} ya está cerrado.</translation>
        </message>
        <message>
            <source>Close the fiscal year {year} first.</source>
            <translation>Cierre primero el ejercicio {year}.</translation>
        </message>
        <message>
            <source>{year} still has {count} draft entries; post or delete them before closing the year.</source>
            <translation>{year} todavía tiene {count} asientos en borrador; contabilícelos o elimínelos antes de cerrar el ejercicio.</translation>
        </message>
        <message>
            <source>Year-end closing {year}: income and expenses to the result</source>
            <translation>Cierre del ejercicio {year}: ingresos y gastos al resultado</translation>
        </message>
        <message>
            <source>{file} is not a scanned receipt coopdesk can keep; attach a PDF or a photo (JPEG, PNG, TIFF, WebP).</source>
            <translation>{file} no es un comprobante escaneado que coopdesk pueda guardar; adjunte un PDF o una foto (JPEG, PNG, TIFF, WebP).</translation>
        </message>
        <message>
            <source>{file} is larger than 10 MB; scan it at a lower resolution.</source>
            <translation>{file} pesa más de 10 MB; escanéelo con menor resolución.</translation>
        </message>
        <message>
            <source>share operation {number} reversed by {reversal}: {reason}</source>
            <translation>operación de aportes {number} anulada por la operación {reversal}: {reason}</translation>
        </message>
        <message>
            <source>Share payment, member {number}</source>
            <translation>Pago de aportes, asociado {number}</translation>
        </message>
        <message>
            <source>Transfer of {shares} share(s), member {number} to member {other}</source>
            <translation>Traspaso de {shares} aporte(s), del asociado {number} al asociado {other}</translation>
        </message>
        <message>
            <source>Refund of {shares} share(s) to member {number}</source>
            <translation>Devolución de {shares} aporte(s) al asociado {number}</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
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
            <source>OVERDUE - {status}</source>
            <translation>VENCIDA - {status}</translation>
        </message>
        <message>
            <source>LATE - {status}</source>
            <translation>ATRASADA - {status}</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <translation>Año {year}</translation>
        </message>
        <message>
            <source>All activities</source>
            <translation>Todas las actividades</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <source>{what}, situation on {day}</source>
            <translation>{what}, situación al {day}</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Actividades</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminada</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencidas</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Atrasadas</translation>
        </message>
        <message>
            <source>Actual (from the books)</source>
            <translation>Ejecutado (según la contabilidad)</translation>
        </message>
        <message>
            <source>No activity in the action plan yet.</source>
            <translation>Aún no hay actividades en el plan de acción.</translation>
        </message>
        <message>
            <source>OVERDUE: {list}.</source>
            <translation>VENCIDAS: {list}.</translation>
        </message>
        <message>
            <source>{number}. {title} (ended {day})</source>
            <translation>{number}. {title} (terminó el {day})</translation>
        </message>
        <message>
            <source>LATE (progress behind the time gone by more than {points} points): {list}.</source>
            <translation>ATRASADAS (avance por debajo del tiempo transcurrido en más de {points} puntos): {list}.</translation>
        </message>
        <message>
            <source>{number}. {title} ({progress} % done, {expected} % of the time gone)</source>
            <translation>{number}. {title} ({progress} % realizado, {expected} % del tiempo transcurrido)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Progress %</source>
            <translation>Avance %</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronograma</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>VENCIDA</translation>
        </message>
        <message>
            <source>LATE</source>
            <translation>ATRASADA</translation>
        </message>
        <message>
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
        <message>
            <source>Budget and actual by activity</source>
            <translation>Presupuesto y ejecutado por actividad</translation>
        </message>
        <message>
            <source>Spending tagged to each activity</source>
            <translation>Gastos imputados a cada actividad</translation>
        </message>
        <message>
            <source>{text} (reversed, not counted)</source>
            <translation>{text} (revertido, no se cuenta)</translation>
        </message>
        <message>
            <source>{number}. {title}: budget {budget}, actual {actual}</source>
            <translation>{number}. {title}: presupuesto {budget}, ejecutado {actual}</translation>
        </message>
        <message>
            <source>Spending</source>
            <translation>Gastos</translation>
        </message>
        <message>
            <source>No fiscal year holds today's date; say which year.</source>
            <translation>Ningún ejercicio contiene la fecha de hoy; indique qué año.</translation>
        </message>
        <message>
            <source>There is no fiscal year in {year}.</source>
            <translation>No hay ningún ejercicio en {year}.</translation>
        </message>
        <message>
            <source>Budget against actual</source>
            <translation>Presupuesto frente a lo ejecutado</translation>
        </message>
        <message>
            <source>Fiscal year {year}, version {version}</source>
            <translation>Ejercicio {year}, versión {version}</translation>
        </message>
        <message>
            <source>Approved by the general assembly on {day}, resolution {resolution} (“{meeting}”)</source>
            <translation>Aprobado por la asamblea general el {day}, resolución {resolution} (“{meeting}”)</translation>
        </message>
        <message>
            <source>DRAFT: not approved by the general assembly yet</source>
            <translation>BORRADOR: aún no aprobado por la asamblea general</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>{year}: {start} to {end}</source>
            <translation>{year}: del {start} al {end}</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Aprobación</translation>
        </message>
        <message>
            <source>posted entries of the year up to {day}, year-end closing left out</source>
            <translation>asientos contabilizados del año hasta el {day}, sin el cierre del ejercicio</translation>
        </message>
        <message>
            <source>Budgeted result</source>
            <translation>Resultado presupuestado</translation>
        </message>
        <message>
            <source>Actual result</source>
            <translation>Resultado ejecutado</translation>
        </message>
        <message>
            <source>OVER BUDGET: {list}.</source>
            <translation>SOBREPASAN EL PRESUPUESTO: {list}.</translation>
        </message>
        <message>
            <source>{code} {name} ({used})</source>
            <translation>{code} {name} ({used})</translation>
        </message>
        <message>
            <source>{pct} % used</source>
            <translation>{pct} % ejecutado</translation>
        </message>
        <message>
            <source>no budget</source>
            <translation>sin presupuesto</translation>
        </message>
        <message>
            <source>Variance (+ favourable)</source>
            <translation>Diferencia (+ favorable)</translation>
        </message>
        <message>
            <source>Nothing budgeted or recorded.</source>
            <translation>Nada presupuestado ni registrado.</translation>
        </message>
        <message>
            <source>Total {what}: budget {budget}, actual {actual}, {used}.</source>
            <translation>Total {what}: presupuesto {budget}, ejecutado {actual}, {used}.</translation>
        </message>
        <message>
            <source>Result (income less expenses)</source>
            <translation>Resultado (ingresos menos gastos)</translation>
        </message>
        <message>
            <source>Expenses: budget and actual by group</source>
            <translation>Gastos: presupuesto y ejecutado por grupo</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <source>There is no activity number {number}.</source>
            <translation>No existe la actividad número {number}.</translation>
        </message>
        <message>
            <source>There is no member number {number} to be responsible.</source>
            <translation>No existe el asociado número {number} para ser responsable.</translation>
        </message>
        <message>
            <source>Give the activity a title, e.g. “Helmets and boots for every digger”.</source>
            <translation>Dé un título a la actividad, p. ej. “Cascos y botas para cada minero”.</translation>
        </message>
        <message>
            <source>The title is longer than {n} characters.</source>
            <translation>El título tiene más de {n} caracteres.</translation>
        </message>
        <message>
            <source>Give a date.</source>
            <translation>Indique una fecha.</translation>
        </message>
        <message>
            <source>The budget must be an amount.</source>
            <translation>El presupuesto debe ser un monto.</translation>
        </message>
        <message>
            <source>The budget cannot be less than zero.</source>
            <translation>El presupuesto no puede ser menor que cero.</translation>
        </message>
        <message>
            <source>The requirement's reference is longer than {n} characters.</source>
            <translation>La referencia del requisito tiene más de {n} caracteres.</translation>
        </message>
        <message>
            <source>The activity ends ({ends}) before it starts ({starts}).</source>
            <translation>La actividad termina ({ends}) antes de empezar ({starts}).</translation>
        </message>
        <message>
            <source>An activity has no field “{field}” to change here; the fields are {fields}.</source>
            <translation>Una actividad no tiene ningún campo “{field}” que se pueda cambiar aquí; los campos son {fields}.</translation>
        </message>
        <message>
            <source>The status is one of {statuses}; not “{status}”.</source>
            <translation>El estado es uno de {statuses}; no “{status}”.</translation>
        </message>
        <message>
            <source>The progress is a whole per cent from 0 to 100; not {value}.</source>
            <translation>El avance es un porcentaje entero de 0 a 100; no {value}.</translation>
        </message>
        <message>
            <source>An activity that is done is 100 % done; the progress says {value} %.</source>
            <translation>Una actividad terminada está 100 % realizada; el avance indica {value} %.</translation>
        </message>
        <message>
            <source>Give the date of the report.</source>
            <translation>Indique la fecha del informe.</translation>
        </message>
        <message>
            <source>Line {line} is already tagged to activity {number}.</source>
            <translation>La línea {line} ya está imputada a la actividad {number}.</translation>
        </message>
        <message>
            <source>Choose at least one journal line to tag.</source>
            <translation>Elija al menos una línea de asiento para imputar.</translation>
        </message>
        <message>
            <source>There is no journal line {line}.</source>
            <translation>No existe la línea de asiento {line}.</translation>
        </message>
        <message>
            <source>Line {line} belongs to a draft entry; only lines of posted entries are tagged.</source>
            <translation>La línea {line} pertenece a un asiento en borrador; solo se imputan líneas de asientos contabilizados.</translation>
        </message>
        <message>
            <source>There is no posted entry {entry}.</source>
            <translation>No existe el asiento contabilizado {entry}.</translation>
        </message>
        <message>
            <source>Entry {entry} has no debit to an expense account; tag its lines one by one instead.</source>
            <translation>El asiento {entry} no tiene débitos a cuentas de gastos; impute sus líneas una por una.</translation>
        </message>
        <message>
            <source>Choose at least one tagged line.</source>
            <translation>Elija al menos una línea imputada.</translation>
        </message>
        <message>
            <source>Line {line} is not tagged to any activity.</source>
            <translation>La línea {line} no está imputada a ninguna actividad.</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>aprobado</translation>
        </message>
        <message>
            <source>There is no budget {id}.</source>
            <translation>No existe el presupuesto {id}.</translation>
        </message>
        <message>
            <source>Version {version} of the {year} budget was approved on {date} and is frozen. Make a revision (a new version) to change it.</source>
            <translation>La versión {version} del presupuesto {year} se aprobó el {date} y está congelada. Haga una revisión (una nueva versión) para cambiarla.</translation>
        </message>
        <message>
            <source>Version {version} of the {year} budget is still a draft: change it rather than starting another.</source>
            <translation>La versión {version} del presupuesto {year} aún es un borrador: modifíquela en lugar de empezar otra.</translation>
        </message>
        <message>
            <source>Account {code}: there is no such account.</source>
            <translation>Cuenta {code}: no existe esa cuenta.</translation>
        </message>
        <message>
            <source>Account {code}: a heading; budget the accounts under it.</source>
            <translation>Cuenta {code}: es una cuenta de grupo; presupueste las cuentas que tiene debajo.</translation>
        </message>
        <message>
            <source>Account {code} is not an income or expense account.</source>
            <translation>La cuenta {code} no es una cuenta de ingresos ni de gastos.</translation>
        </message>
        <message>
            <source>Account {code}: the amount is not a number.</source>
            <translation>Cuenta {code}: el monto no es un número.</translation>
        </message>
        <message>
            <source>Account {code}: the amount {amount} is less than zero.</source>
            <translation>Cuenta {code}: el monto {amount} es menor que cero.</translation>
        </message>
        <message>
            <source>The growth is a percentage above -100 and at most 1000; not {value}.</source>
            <translation>El crecimiento es un porcentaje mayor que -100 y como máximo 1000; no {value}.</translation>
        </message>
        <message>
            <source>There is no motion {id}.</source>
            <translation>No existe la proposición {id}.</translation>
        </message>
        <message>
            <source>Motion {id} was voted by “{meeting}”, not by a general assembly; only the assembly approves the budget.</source>
            <translation>La proposición {id} fue votada por “{meeting}”, no por una asamblea general; solo la asamblea aprueba el presupuesto.</translation>
        </message>
        <message>
            <source>Motion {id} did not pass; it cannot approve the budget.</source>
            <translation>La proposición {id} no fue aprobada; no puede aprobar el presupuesto.</translation>
        </message>
        <message>
            <source>Motion {id} already approved version {version} of a budget.</source>
            <translation>La proposición {id} ya aprobó la versión {version} de un presupuesto.</translation>
        </message>
        <message>
            <source>The budget has no lines yet; give amounts before it is approved.</source>
            <translation>El presupuesto aún no tiene líneas; indique montos antes de aprobarlo.</translation>
        </message>
        <message>
            <source>There is no budget for {year} yet.</source>
            <translation>Aún no hay presupuesto para {year}.</translation>
        </message>
        <message>
            <source>The {year} budget has no version {version}.</source>
            <translation>El presupuesto {year} no tiene versión {version}.</translation>
        </message>
        <message>
            <source>Profile of the cooperative</source>
            <translation>Perfil de la cooperativa</translation>
        </message>
        <message>
            <source>Market and buyers</source>
            <translation>Mercado y compradores</translation>
        </message>
        <message>
            <source>Production and operations</source>
            <translation>Producción y operaciones</translation>
        </message>
        <message>
            <source>Organisation and management</source>
            <translation>Organización y administración</translation>
        </message>
        <message>
            <source>Risks and how we meet them</source>
            <translation>Riesgos y cómo los enfrentamos</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Adoptado</translation>
        </message>
        <message>
            <source>There is no business plan {id}.</source>
            <translation>No existe el plan de negocios {id}.</translation>
        </message>
        <message>
            <source>The plan “{title}” was adopted (resolution {ref}) and can no longer be changed. Make a copy to work on a new version.</source>
            <translation>El plan “{title}” fue adoptado (resolución {ref}) y ya no se puede modificar. Haga una copia para trabajar en una nueva versión.</translation>
        </message>
        <message>
            <source>{label}: give an amount.</source>
            <translation>{label}: indique un monto.</translation>
        </message>
        <message>
            <source>{label} must be more than zero.</source>
            <translation>{label} debe ser mayor que cero.</translation>
        </message>
        <message>
            <source>{label} cannot be negative.</source>
            <translation>{label} no puede ser negativo.</translation>
        </message>
        <message>
            <source>{label}: {problem}</source>
            <translation>{label}: {problem}</translation>
        </message>
        <message>
            <source>Give the {what}.</source>
            <translation>Indique {what}.</translation>
        </message>
        <message>
            <source>The {what} is longer than {n} characters.</source>
            <translation>{what} tiene más de {n} caracteres.</translation>
        </message>
        <message>
            <source>The plan runs from {first} to {last}; year {index} is not one of its years (1 to {count}).</source>
            <translation>El plan va de {first} a {last}; el año {index} no es uno de sus años (1 a {count}).</translation>
        </message>
        <message>
            <source>The grams sold must be zero or more.</source>
            <translation>Los gramos vendidos deben ser cero o más.</translation>
        </message>
        <message>
            <source>Give the grams to the milligram (three decimals at most), not {grams}.</source>
            <translation>Indique los gramos con precisión de miligramo (tres decimales como máximo), no {grams}.</translation>
        </message>
        <message>
            <source>There is no account {code} in the chart.</source>
            <translation>No existe la cuenta {code} en el plan de cuentas.</translation>
        </message>
        <message>
            <source>Account {code} ({name}) is not an expense account.</source>
            <translation>La cuenta {code} ({name}) no es una cuenta de gastos.</translation>
        </message>
        <message>
            <source>plan's title</source>
            <translation>el título del plan</translation>
        </message>
        <message>
            <source>The first year {year} is not a calendar year.</source>
            <translation>El primer año {year} no es un año calendario.</translation>
        </message>
        <message>
            <source>A business plan covers {low} to {high} years, not {years}.</source>
            <translation>Un plan de negocios abarca de {low} a {high} años, no {years}.</translation>
        </message>
        <message>
            <source>Unknown mineral {mineral}; known: {known}.</source>
            <translation>Mineral desconocido {mineral}; conocidos: {known}.</translation>
        </message>
        <message>
            <source>The opening cash: give an amount.</source>
            <translation>El efectivo inicial: indique un valor.</translation>
        </message>
        <message>
            <source>Unknown section {key}; the sections are {keys}.</source>
            <translation>Sección desconocida {key}; las secciones son {keys}.</translation>
        </message>
        <message>
            <source>The section is longer than {n} characters.</source>
            <translation>La sección tiene más de {n} caracteres.</translation>
        </message>
        <message>
            <source>The price per gram</source>
            <translation>El precio por gramo</translation>
        </message>
        <message>
            <source>The premium per gram</source>
            <translation>La prima por gramo</translation>
        </message>
        <message>
            <source>Give one amount for each of the plan's {count} years, not {given}.</source>
            <translation>Indique un valor para cada uno de los {count} años del plan, no {given}.</translation>
        </message>
        <message>
            <source>The cost per gram in {year}</source>
            <translation>El costo por gramo en {year}</translation>
        </message>
        <message>
            <source>The cost in {year}</source>
            <translation>El costo en {year}</translation>
        </message>
        <message>
            <source>cost's label</source>
            <translation>la descripción del costo</translation>
        </message>
        <message>
            <source>There is no cost line {id}.</source>
            <translation>No existe la línea de costo {id}.</translation>
        </message>
        <message>
            <source>item's name</source>
            <translation>el nombre del bien</translation>
        </message>
        <message>
            <source>The cost</source>
            <translation>El costo</translation>
        </message>
        <message>
            <source>From the members</source>
            <translation>De los asociados</translation>
        </message>
        <message>
            <source>From the premium</source>
            <translation>De la prima</translation>
        </message>
        <message>
            <source>From a loan</source>
            <translation>De un préstamo</translation>
        </message>
        <message>
            <source>From a grant</source>
            <translation>De una donación</translation>
        </message>
        <message>
            <source>The funding adds up to {funded}, not to the cost {cost}: members {members} + premium {premium} + loan {loan} + grant {grant}; {gap} {what}.</source>
            <translation>La financiación suma {funded}, no el costo {cost}: asociados {members} + prima {premium} + préstamo {loan} + donación {grant}; {gap} {what}.</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>faltan</translation>
        </message>
        <message>
            <source>too much</source>
            <translation>sobran</translation>
        </message>
        <message>
            <source>Repay the loan over 1 to 30 years.</source>
            <translation>Pague el préstamo en un plazo de 1 a 30 años.</translation>
        </message>
        <message>
            <source>The loan's interest rate is a percentage a year, from 0 to 100.</source>
            <translation>La tasa de interés del préstamo es un porcentaje anual, de 0 a 100.</translation>
        </message>
        <message>
            <source>Give the interest rate to two decimals at most, not {rate}.</source>
            <translation>Indique la tasa de interés con dos decimales como máximo, no {rate}.</translation>
        </message>
        <message>
            <source>The item's useful life is 1 to 50 years.</source>
            <translation>La vida útil del bien es de 1 a 50 años.</translation>
        </message>
        <message>
            <source>There is no investment {id}.</source>
            <translation>No existe la inversión {id}.</translation>
        </message>
        <message>
            <source>There is no fiscal year {year}; the books have: {names}.</source>
            <translation>No existe el ejercicio {year}; la contabilidad tiene: {names}.</translation>
        </message>
        <message>
            <source>The books of {year} have no posted expenses and no sales of {mineral}: there is nothing to start from.</source>
            <translation>La contabilidad de {year} no tiene gastos contabilizados ni ventas de {mineral}: no hay de dónde partir.</translation>
        </message>
        <message>
            <source>Motion {id} (“{text}”) did not pass; only a passed motion adopts a plan.</source>
            <translation>La proposición {id} (“{text}”) no fue aprobada; solo una proposición aprobada adopta un plan.</translation>
        </message>
        <message>
            <source>Motion {id} already adopted the plan “{title}”.</source>
            <translation>La proposición {id} ya adoptó el plan “{title}”.</translation>
        </message>
        <message>
            <source>Draft: not adopted yet</source>
            <translation>Borrador: aún no adoptado</translation>
        </message>
        <message>
            <source>Adopted by resolution {ref} of “{meeting}” on {date}</source>
            <translation>Adoptado por la resolución {ref} de “{meeting}” el {date}</translation>
        </message>
        <message>
            <source>{year}: each gram of {metal} costs {cost} to produce and sells for {price}; no quantity sold covers the costs.</source>
            <translation>{year}: cada gramo de {metal} cuesta {cost} producirlo y se vende a {price}; ninguna cantidad vendida cubre los costos.</translation>
        </message>
        <message>
            <source>{year}: there are no fixed costs; every gram sold earns {margin}.</source>
            <translation>{year}: no hay costos fijos; cada gramo vendido deja {margin}.</translation>
        </message>
        <message>
            <source>{year}: the cooperative covers its costs from {need} g of fine {metal} sold (sales of {money}). It plans {planned} g, {percent} % above that.</source>
            <translation>{year}: la cooperativa cubre sus costos a partir de {need} g de {metal} fino vendidos (ventas de {money}). Planea {planned} g, {percent} % por encima.</translation>
        </message>
        <message>
            <source>{year}: the cooperative covers its costs from {need} g of fine {metal} sold (sales of {money}). It plans only {planned} g, {percent} % short: a loss without the premium.</source>
            <translation>{year}: la cooperativa cubre sus costos a partir de {need} g de {metal} fino vendidos (ventas de {money}). Solo planea {planned} g, {percent} % menos: una pérdida sin la prima.</translation>
        </message>
        <message>
            <source>Cash stays above zero every year; it is lowest at the end of {year} ({amount} {currency}).</source>
            <translation>El efectivo se mantiene por encima de cero todos los años; el punto más bajo es al final de {year} ({amount} {currency}).</translation>
        </message>
        <message>
            <source>Warning: cash falls below zero at the end of {years} {currency}. Find more funding, spread the investments or cut costs before adopting the plan.</source>
            <translation>Atención: el efectivo queda por debajo de cero al final de {years} {currency}. Busque más financiación, reparta las inversiones en el tiempo o reduzca costos antes de adoptar el plan.</translation>
        </message>
        <message>
            <source>There is no business plan yet.</source>
            <translation>Aún no hay plan de negocios.</translation>
        </message>
        <message>
            <source>Business plan</source>
            <translation>Plan de negocios</translation>
        </message>
        <message>
            <source>Cooperative</source>
            <translation>Cooperativa</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Years</source>
            <translation>Años</translation>
        </message>
        <message>
            <source>{first} to {last} ({count} years)</source>
            <translation>{first} a {last} ({count} años)</translation>
        </message>
        <message>
            <source>Metal</source>
            <translation>Metal</translation>
        </message>
        <message>
            <source>Cash at the start</source>
            <translation>Efectivo al inicio</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Última modificación</translation>
        </message>
        <message>
            <source>{date} by {user}</source>
            <translation>{date} por {user}</translation>
        </message>
        <message>
            <source>Adopting motion</source>
            <translation>Proposición de adopción</translation>
        </message>
        <message>
            <source>This section is not written yet.</source>
            <translation>Esta sección aún no está escrita.</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Supuestos</translation>
        </message>
        <message>
            <source>Variable cost per gram</source>
            <translation>Costo variable por gramo</translation>
        </message>
        <message>
            <source>Production and prices</source>
            <translation>Producción y precios</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Criterio</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Costos</translation>
        </message>
        <message>
            <source>No costs entered yet.</source>
            <translation>Aún no se han ingresado costos.</translation>
        </message>
        <message>
            <source>Projected income statement</source>
            <translation>Estado de resultados proyectado</translation>
        </message>
        <message>
            <source>Costs are shown as negative amounts. The operating result leaves out the Fairmined premium, which is kept for the uses the assembly votes; the net result includes it.</source>
            <translation>Los costos se muestran como valores negativos. El resultado operacional no incluye la prima Fairmined, que se reserva para los usos que vote la asamblea; el resultado neto sí la incluye.</translation>
        </message>
        <message>
            <source>Revenue and costs per year</source>
            <translation>Ingresos y costos por año</translation>
        </message>
        <message>
            <source>Total costs</source>
            <translation>Total de costos</translation>
        </message>
        <message>
            <source>Investment programme</source>
            <translation>Programa de inversiones</translation>
        </message>
        <message>
            <source>{amount} over {years} years at {rate} % a year</source>
            <translation>{amount} a {years} años al {rate} % anual</translation>
        </message>
        <message>
            <source>Premium</source>
            <translation>Prima</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>Préstamo</translation>
        </message>
        <message>
            <source>Grant</source>
            <translation>Donación</translation>
        </message>
        <message>
            <source>Cost and funding</source>
            <translation>Costo y financiación</translation>
        </message>
        <message>
            <source>Life (years)</source>
            <translation>Vida útil (años)</translation>
        </message>
        <message>
            <source>Write-off a year</source>
            <translation>Depreciación anual</translation>
        </message>
        <message>
            <source>Write-off and loans</source>
            <translation>Depreciación y préstamos</translation>
        </message>
        <message>
            <source>The programme costs {cost}: {members} from the members, {premium} from the premium, {loan} borrowed and {grant} in grants. Items are written off in equal parts over their life; loans are repaid in equal parts from the year after they are drawn, with interest on what is still owed.</source>
            <translation>El programa cuesta {cost}: {members} de los asociados, {premium} de la prima, {loan} en préstamos y {grant} en donaciones. Los bienes se deprecian en partes iguales durante su vida útil; los préstamos se pagan en cuotas iguales a partir del año siguiente a su desembolso, con intereses sobre el saldo pendiente.</translation>
        </message>
        <message>
            <source>No investment is planned.</source>
            <translation>No hay inversiones previstas.</translation>
        </message>
        <message>
            <source>Margin per gram</source>
            <translation>Margen por gramo</translation>
        </message>
        <message>
            <source>Costs to cover</source>
            <translation>Costos por cubrir</translation>
        </message>
        <message>
            <source>Break-even grams</source>
            <translation>Gramos de equilibrio</translation>
        </message>
        <message>
            <source>Break-even sales</source>
            <translation>Ventas de equilibrio</translation>
        </message>
        <message>
            <source>Grams planned</source>
            <translation>Gramos previstos</translation>
        </message>
        <message>
            <source>The break-even is the quantity of fine metal whose margin (price less the variable cost of each gram) pays the fixed costs, the depreciation and the interest of the year. The premium is not counted.</source>
            <translation>El punto de equilibrio es la cantidad de metal fino cuyo margen (precio menos el costo variable de cada gramo) paga los costos fijos, la depreciación y los intereses del año. La prima no se tiene en cuenta.</translation>
        </message>
        <message>
            <source>Cash projection</source>
            <translation>Flujo de caja proyectado</translation>
        </message>
        <message>
            <source>Premium received</source>
            <translation>Prima recibida</translation>
        </message>
        <message>
            <source>Contributions of members</source>
            <translation>Aportes de los asociados</translation>
        </message>
        <message>
            <source>Loans drawn</source>
            <translation>Préstamos desembolsados</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>Donaciones</translation>
        </message>
        <message>
            <source>Costs paid</source>
            <translation>Costos pagados</translation>
        </message>
        <message>
            <source>Investments bought</source>
            <translation>Inversiones compradas</translation>
        </message>
        <message>
            <source>Loans repaid</source>
            <translation>Préstamos pagados</translation>
        </message>
        <message>
            <source>Interest paid</source>
            <translation>Intereses pagados</translation>
        </message>
        <message>
            <source>Cash at the end of each year</source>
            <translation>Efectivo al final de cada año</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} bytes</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <source>{status} (in {days} days)</source>
            <translation>{status} (en {days} días)</translation>
        </message>
        <message>
            <source>{status} ({days} days ago)</source>
            <translation>{status} (hace {days} días)</translation>
        </message>
        <message>
            <source>Formalisation path</source>
            <translation>Ruta de formalización</translation>
        </message>
        <message>
            <source>As it stands on {date}</source>
            <translation>Situación al {date}</translation>
        </message>
        <message>
            <source>Step {step}: {title} ({status})</source>
            <translation>Paso {step}: {title} ({status})</translation>
        </message>
        <message>
            <source>Every stage is granted and valid</source>
            <translation>Todas las etapas están otorgadas y vigentes</translation>
        </message>
        <message>
            <source>No stage recorded yet</source>
            <translation>Aún no hay etapas registradas</translation>
        </message>
        <message>
            <source>Stages granted and valid</source>
            <translation>Etapas otorgadas y vigentes</translation>
        </message>
        <message>
            <source>{granted} of {total}</source>
            <translation>{granted} de {total}</translation>
        </message>
        <message>
            <source>Current step</source>
            <translation>Paso actual</translation>
        </message>
        <message>
            <source>Next expiry</source>
            <translation>Próximo vencimiento</translation>
        </message>
        <message>
            <source>{title}, on {date}</source>
            <translation>{title}, el {date}</translation>
        </message>
        <message>
            <source>Miner cards</source>
            <translation>Carnés de minero</translation>
        </message>
        <message>
            <source>Fees paid</source>
            <translation>Tasas pagadas</translation>
        </message>
        <message>
            <source>The path</source>
            <translation>La ruta</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Expedida</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Ruta</translation>
        </message>
        <message>
            <source>Mining site: {site}.</source>
            <translation>Sitio minero: {site}.</translation>
        </message>
        <message>
            <source>{step}. {title}: {notes}</source>
            <translation>{step}. {title}: {notes}</translation>
        </message>
        <message>
            <source>No stage of the formalisation path is recorded yet.</source>
            <translation>Aún no hay ninguna etapa de la ruta de formalización registrada.</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Advertencias</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Tasas</translation>
        </message>
        <message>
            <source>Each amount is what the posted entry paid, read from the books (its total debits).</source>
            <translation>Cada valor es lo que pagó el asiento contabilizado, tomado de la contabilidad (el total de sus débitos).</translation>
        </message>
        <message>
            <source>No fee is linked to an entry of the books yet.</source>
            <translation>Aún no hay ninguna tasa vinculada a un asiento de la contabilidad.</translation>
        </message>
        <message>
            <source>Documents held</source>
            <translation>Documentos guardados</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Agregado</translation>
        </message>
        <message>
            <source>SHA-256 (start)</source>
            <translation>SHA-256 (inicio)</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>No document is kept yet.</source>
            <translation>Aún no hay documentos guardados.</translation>
        </message>
        <message>
            <source>Members' miner cards</source>
            <translation>Carnés de minero de los asociados</translation>
        </message>
        <message>
            <source>Active members</source>
            <translation>Asociados activos</translation>
        </message>
        <message>
            <source>Holding a valid card</source>
            <translation>Con carné vigente</translation>
        </message>
        <message>
            <source>Expiring within {days} days</source>
            <translation>Vencen en {days} días o menos</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Vencidos</translation>
        </message>
        <message>
            <source>No card recorded</source>
            <translation>Sin carné registrado</translation>
        </message>
        <message>
            <source>Card expires</source>
            <translation>Vencimiento del carné</translation>
        </message>
        <message>
            <source>Cards expiring within {days} days</source>
            <translation>Carnés que vencen en {days} días o menos</translation>
        </message>
        <message>
            <source>Cards expired</source>
            <translation>Carnés vencidos</translation>
        </message>
        <message>
            <source>… and {more} more (see the member register).</source>
            <translation>… y {more} más (vea el registro de asociados).</translation>
        </message>
        <message>
            <source>Miners registered</source>
            <translation>Mineros inscritos</translation>
        </message>
        <message>
            <source>Cooperative registered</source>
            <translation>Cooperativa registrada</translation>
        </message>
        <message>
            <source>Regional permit or environmental licence</source>
            <translation>Permiso regional o licencia ambiental</translation>
        </message>
        <message>
            <source>National licence or mining title</source>
            <translation>Licencia nacional o título minero</translation>
        </message>
        <message>
            <source>Artisanal mining zone</source>
            <translation>Zona de minería artesanal</translation>
        </message>
        <message>
            <source>Other step</source>
            <translation>Otro paso</translation>
        </message>
        <message>
            <source>The members registered as miners with the authority, each with a miner card: e.g. the subsistence miner certificate and RUCOM in Colombia, the artisanal miner card in DR Congo.</source>
            <translation>Los asociados inscritos como mineros ante la autoridad, cada uno con su carné de minero: p. ej. el certificado de minero de subsistencia y el RUCOM en Colombia, la carte de creuseur en la RD del Congo.</translation>
        </message>
        <message>
            <source>The cooperative's legal registration: e.g. the Chamber of Commerce in Colombia, the registry of cooperatives elsewhere.</source>
            <translation>El registro legal de la cooperativa: p. ej. la Cámara de Comercio en Colombia, el registro de cooperativas en otros países.</translation>
        </message>
        <message>
            <source>A permit from the province or region: e.g. an environmental licence from a regional environmental authority, a water or explosives permit.</source>
            <translation>Un permiso de la provincia o región: p. ej. una licencia ambiental de una autoridad ambiental regional, un permiso de agua o de explosivos.</translation>
        </message>
        <message>
            <source>The right to mine from the national authority: a licence, a mining title or a concession contract.</source>
            <translation>El derecho a explotar otorgado por la autoridad nacional: una licencia, un título minero o un contrato de concesión.</translation>
        </message>
        <message>
            <source>An area set aside for artisanal mining: e.g. a ZEA in DR Congo, a special reserve area (área de reserva especial) in Colombia.</source>
            <translation>Un área reservada para la minería artesanal: p. ej. una ZEA en la RD del Congo, un área de reserva especial en Colombia.</translation>
        </message>
        <message>
            <source>Any other step the authorities or a buyer require.</source>
            <translation>Cualquier otro paso que exijan las autoridades o un comprador.</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>No iniciada</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Solicitada</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Otorgada</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Negada</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>Caducada</translation>
        </message>
        <message>
            <source>Applied, in progress</source>
            <translation>Solicitada, en trámite</translation>
        </message>
        <message>
            <source>Granted, valid</source>
            <translation>Otorgada, vigente</translation>
        </message>
        <message>
            <source>Expiring soon</source>
            <translation>Vence pronto</translation>
        </message>
        <message>
            <source>Name the entry as YEAR:NUMBER, e.g. 2026:14; not “{value}”.</source>
            <translation>Indique el asiento como AÑO:NÚMERO, p. ej. 2026:14; no “{value}”.</translation>
        </message>
        <message>
            <source>There is no stage {id} on the formalisation path.</source>
            <translation>No existe la etapa {id} en la ruta de formalización.</translation>
        </message>
        <message>
            <source>There is no mining site {id}.</source>
            <translation>No existe el sitio minero {id}.</translation>
        </message>
        <message>
            <source>There is no mining site “{name}”; the sites are: {known}.</source>
            <translation>No existe el sitio minero “{name}”; los sitios son: {known}.</translation>
        </message>
        <message>
            <source>“{value}” is not a date.</source>
            <translation>“{value}” no es una fecha.</translation>
        </message>
        <message>
            <source>A stage is one of: {kinds}; not “{kind}”.</source>
            <translation>Una etapa es una de: {kinds}; no “{kind}”.</translation>
        </message>
        <message>
            <source>Give the stage a title, e.g. “Environmental licence”.</source>
            <translation>Dé un título a la etapa, p. ej. “Licencia ambiental”.</translation>
        </message>
        <message>
            <source>The authority's name is longer than {n} characters.</source>
            <translation>El nombre de la autoridad tiene más de {n} caracteres.</translation>
        </message>
        <message>
            <source>The reference number is longer than {n} characters.</source>
            <translation>El número de referencia tiene más de {n} caracteres.</translation>
        </message>
        <message>
            <source>A stage's status is one of: {statuses}; not “{status}”.</source>
            <translation>El estado de una etapa es uno de: {statuses}; no “{status}”.</translation>
        </message>
        <message>
            <source>application</source>
            <translation>solicitud</translation>
        </message>
        <message>
            <source>issue</source>
            <translation>expedición</translation>
        </message>
        <message>
            <source>The {what} date {date} is in the future.</source>
            <translation>La fecha de {what} {date} está en el futuro.</translation>
        </message>
        <message>
            <source>It cannot be issued ({issued}) before it was applied for ({applied}).</source>
            <translation>No puede haberse expedido ({issued}) antes de solicitarse ({applied}).</translation>
        </message>
        <message>
            <source>It must expire after it was issued ({issued}), not on {expires}.</source>
            <translation>Debe vencer después de su expedición ({issued}), no el {expires}.</translation>
        </message>
        <message>
            <source>A granted stage needs the date it was issued.</source>
            <translation>Una etapa otorgada necesita su fecha de expedición.</translation>
        </message>
        <message>
            <source>A granted stage needs its reference number (of the certificate, licence or title).</source>
            <translation>Una etapa otorgada necesita su número de referencia (del certificado, la licencia o el título).</translation>
        </message>
        <message>
            <source>A stage with an application or issue date has started: say whether it is applied for, granted, refused or lapsed.</source>
            <translation>Una etapa con fecha de solicitud o de expedición ya empezó: indique si está solicitada, otorgada, negada o caducada.</translation>
        </message>
        <message>
            <source>A stage has no field “{name}”; its fields are: {known}.</source>
            <translation>Una etapa no tiene el campo “{name}”; sus campos son: {known}.</translation>
        </message>
        <message>
            <source>“{title}” keeps {docs} document(s) and {fees} fee(s): mark it lapsed instead of removing it.</source>
            <translation>“{title}” tiene {docs} documento(s) y {fees} tasa(s): márquela como caducada en lugar de eliminarla.</translation>
        </message>
        <message>
            <source>{file} is not a document coopdesk can keep; add a PDF or a photo (JPEG or PNG).</source>
            <translation>{file} no es un documento que coopdesk pueda guardar; agregue un PDF o una foto (JPEG o PNG).</translation>
        </message>
        <message>
            <source>Give the document's file name.</source>
            <translation>Indique el nombre del archivo del documento.</translation>
        </message>
        <message>
            <source>There is no document {id}.</source>
            <translation>No existe el documento {id}.</translation>
        </message>
        <message>
            <source>Entry {entry} is a reversal; it paid no fee.</source>
            <translation>El asiento {entry} es una reversión; no pagó ninguna tasa.</translation>
        </message>
        <message>
            <source>Entry {entry} was reversed; it paid no fee.</source>
            <translation>El asiento {entry} fue revertido; no pagó ninguna tasa.</translation>
        </message>
        <message>
            <source>Entry {entry} is already linked to “{title}”.</source>
            <translation>El asiento {entry} ya está vinculado a “{title}”.</translation>
        </message>
        <message>
            <source>Entry {entry} is not a fee of “{title}”.</source>
            <translation>El asiento {entry} no es una tasa de “{title}”.</translation>
        </message>
        <message>
            <source>{valid} of {members} active members hold a valid miner card</source>
            <translation>{valid} de {members} asociados activos tienen carné de minero vigente</translation>
        </message>
        <message>
            <source>{name} (No. {number}, {date})</source>
            <translation>{name} (n.º {number}, {date})</translation>
        </message>
        <message>
            <source>{names} and {more} more</source>
            <translation>{names} y {more} más</translation>
        </message>
        <message>
            <source>{stage} expired on {date}, {days} days ago: renew it.</source>
            <translation>{stage} venció el {date}, hace {days} días: renuévela.</translation>
        </message>
        <message>
            <source>{stage} expires today: renew it.</source>
            <translation>{stage} vence hoy: renuévela.</translation>
        </message>
        <message>
            <source>{stage} expires on {date}, in {days} days: apply for its renewal now.</source>
            <translation>{stage} vence el {date}, en {days} días: solicite su renovación ya.</translation>
        </message>
        <message>
            <source>{count} active members' miner cards have expired: {names}.</source>
            <translation>{count} asociados activos tienen el carné de minero vencido: {names}.</translation>
        </message>
        <message>
            <source>{count} active members' miner cards expire within {days} days: {names}.</source>
            <translation>A {count} asociados activos se les vence el carné de minero en {days} días o menos: {names}.</translation>
        </message>
        <message>
            <source>{value} %</source>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>Women among active members</source>
            <translation>Mujeres entre los activos</translation>
        </message>
        <message>
            <source>{women} women of {total} active members.</source>
            <translation>{women} mujeres de {total} asociados activos.</translation>
        </message>
        <message>
            <source>at least {n} women</source>
            <translation>al menos {n} mujeres</translation>
        </message>
        <message>
            <source>{women} women of {total} officers in office.</source>
            <translation>{women} mujeres de {total} dignatarios en ejercicio.</translation>
        </message>
        <message>
            <source>The bylaws ask for at least {n}.</source>
            <translation>Los estatutos exigen al menos {n}.</translation>
        </message>
        <message>
            <source>Women among the officers</source>
            <translation>Mujeres entre los dignatarios</translation>
        </message>
        <message>
            <source>Under {age} on {date}: member number(s) {numbers}. Check their records now.</source>
            <translation>Menores de {age} al {date}: asociado(s) número {numbers}. Revise sus registros ya.</translation>
        </message>
        <message>
            <source>No member on the register is under {age}.</source>
            <translation>Ningún asociado del registro es menor de {age}.</translation>
        </message>
        <message>
            <source>Members under {age} on the register</source>
            <translation>Asociados menores de {age} en el registro</translation>
        </message>
        <message>
            <source>Fine gold per miner per day</source>
            <translation>Oro fino por minero por día</translation>
        </message>
        <message>
            <source>at most {value} g</source>
            <translation>como máximo {value} g</translation>
        </message>
        <message>
            <source>No gold production lots from {start} to {end}.</source>
            <translation>No hay lotes de producción de oro del {start} al {end}.</translation>
        </message>
        <message>
            <source>{value} g</source>
            <translation>{value} g</translation>
        </message>
        <message>
            <source>{grams} g of fine gold in {lots} lots over {days} miner-days, {start} to {end}.</source>
            <translation>{grams} g de oro fino en {lots} lotes durante {days} días-minero, del {start} al {end}.</translation>
        </message>
        <message>
            <source>Fairmined premium spent against plan</source>
            <translation>Prima Fairmined gastada frente al plan</translation>
        </message>
        <message>
            <source>No premium use plan approved by the assembly yet.</source>
            <translation>La asamblea aún no ha aprobado ningún plan de uso de la prima.</translation>
        </message>
        <message>
            <source>{spent} of {budget} {currency} spent; plan “{plan}”, {start} to {end}.</source>
            <translation>{spent} de {budget} {currency} gastados; plan “{plan}”, del {start} al {end}.</translation>
        </message>
        <message>
            <source>Last ordinary assembly: {title} on {date}.</source>
            <translation>Última asamblea ordinaria: {title} el {date}.</translation>
        </message>
        <message>
            <source>No ordinary general assembly with final minutes in the 12 months to {date}; the bylaws call for one every year.</source>
            <translation>No hay ninguna asamblea general ordinaria con acta definitiva en los 12 meses hasta el {date}; los estatutos exigen una cada año.</translation>
        </message>
        <message>
            <source>General assemblies in the last 12 months</source>
            <translation>Asambleas generales en los últimos 12 meses</translation>
        </message>
        <message>
            <source>an ordinary assembly each year</source>
            <translation>una asamblea ordinaria cada año</translation>
        </message>
        <message>
            <source>{n} of {total} active members attended at least one session.</source>
            <translation>{n} de {total} asociados activos asistieron al menos a una sesión.</translation>
        </message>
        <message>
            <source>By theme: {themes}.</source>
            <translation>Por tema: {themes}.</translation>
        </message>
        <message>
            <source>Members trained in the last 12 months</source>
            <translation>Asociados capacitados en los últimos 12 meses</translation>
        </message>
        <message>
            <source>By kind: {kinds}. Serious or fatal: {serious}.</source>
            <translation>Por tipo: {kinds}. Graves o mortales: {serious}.</translation>
        </message>
        <message>
            <source>No incident recorded from {start} to {end}.</source>
            <translation>No hay incidentes registrados del {start} al {end}.</translation>
        </message>
        <message>
            <source>Incidents in the last 12 months</source>
            <translation>Incidentes en los últimos 12 meses</translation>
        </message>
        <message>
            <source>Mercury used in the last 12 months</source>
            <translation>Mercurio usado en los últimos 12 meses</translation>
        </message>
        <message>
            <source>The total of {n} entries “mercury used” in the incident register.</source>
            <translation>El total de {n} registros de “mercurio usado” en el registro de incidentes.</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Partly met</source>
            <translation>Cumplido parcialmente</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>No aplica</translation>
        </message>
        <message>
            <source>Final minutes</source>
            <translation>Acta definitiva</translation>
        </message>
        <message>
            <source>Register extract</source>
            <translation>Extracto del registro</translation>
        </message>
        <message>
            <source>Formalisation document</source>
            <translation>Documento de formalización</translation>
        </message>
        <message>
            <source>Training session</source>
            <translation>Sesión de capacitación</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Incidente</translation>
        </message>
        <message>
            <source>Journal entry</source>
            <translation>Asiento contable</translation>
        </message>
        <message>
            <source>Formalisation stage</source>
            <translation>Etapa de formalización</translation>
        </message>
        <message>
            <source>{where}: “{key}” must be a text that is not empty.</source>
            <translation>{where}: “{key}” debe ser un texto no vacío.</translation>
        </message>
        <message>
            <source>{file}: the file must hold one JSON object.</source>
            <translation>{file}: el archivo debe contener un solo objeto JSON.</translation>
        </message>
        <message>
            <source>{file}: “sections” must be a list that is not empty.</source>
            <translation>{file}: “sections” debe ser una lista no vacía.</translation>
        </message>
        <message>
            <source>{file}, section {n}</source>
            <translation>{file}, sección {n}</translation>
        </message>
        <message>
            <source>{where}: a section must be an object.</source>
            <translation>{where}: una sección debe ser un objeto.</translation>
        </message>
        <message>
            <source>{file}, section {id}</source>
            <translation>{file}, sección {id}</translation>
        </message>
        <message>
            <source>{where}: this section id is used twice.</source>
            <translation>{where}: este id de sección se usa dos veces.</translation>
        </message>
        <message>
            <source>{where}: “requirements” must be a list that is not empty.</source>
            <translation>{where}: “requirements” debe ser una lista no vacía.</translation>
        </message>
        <message>
            <source>{file}, section {id}, requirement {n}</source>
            <translation>{file}, sección {id}, requisito {n}</translation>
        </message>
        <message>
            <source>{where}: a requirement must be an object.</source>
            <translation>{where}: un requisito debe ser un objeto.</translation>
        </message>
        <message>
            <source>{file}, requirement {id}</source>
            <translation>{file}, requisito {id}</translation>
        </message>
        <message>
            <source>{where}: this requirement id is used twice.</source>
            <translation>{where}: este id de requisito se usa dos veces.</translation>
        </message>
        <message>
            <source>{where}: the id is too long.</source>
            <translation>{where}: el id es demasiado largo.</translation>
        </message>
        <message>
            <source>{where}: “evidence” must be a list of texts.</source>
            <translation>{where}: “evidence” debe ser una lista de textos.</translation>
        </message>
        <message>
            <source>{where}: “indicator” must be a text.</source>
            <translation>{where}: “indicator” debe ser un texto.</translation>
        </message>
        <message>
            <source>{file}: cannot be read ({error}).</source>
            <translation>{file}: no se puede leer ({error}).</translation>
        </message>
        <message>
            <source>{file}: not valid JSON at line {line}: {error}.</source>
            <translation>{file}: JSON no válido en la línea {line}: {error}.</translation>
        </message>
        <message>
            <source>{file}: its key “{key}” differs from the file's name.</source>
            <translation>{file}: su clave “{key}” no coincide con el nombre del archivo.</translation>
        </message>
        <message>
            <source>There is no standard “{key}”; the standards are {keys}.</source>
            <translation>No existe el estándar “{key}”; los estándares son {keys}.</translation>
        </message>
        <message>
            <source>{standard} has no requirement “{id}”.</source>
            <translation>{standard} no tiene el requisito “{id}”.</translation>
        </message>
        <message>
            <source>“{level}” is not a level; choose one of {levels}.</source>
            <translation>“{level}” no es un nivel; elija uno de {levels}.</translation>
        </message>
        <message>
            <source>The assessment's date {date} is in the future.</source>
            <translation>La fecha de la evaluación {date} está en el futuro.</translation>
        </message>
        <message>
            <source>The note is longer than {n} characters.</source>
            <translation>La nota tiene más de {n} caracteres.</translation>
        </message>
        <message>
            <source>There is no {what} with id {id}.</source>
            <translation>No existe ningún registro de {what} con id {id}.</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>reunión</translation>
        </message>
        <message>
            <source>The minutes of “{title}” are not final yet: sign them first, or link the meeting itself.</source>
            <translation>El acta de “{title}” aún no es definitiva: fírmela primero o vincule la reunión misma.</translation>
        </message>
        <message>
            <source>Minutes no. {number}: {title} ({date})</source>
            <translation>Acta n.º {number}: {title} ({date})</translation>
        </message>
        <message>
            <source>Meeting: {title} ({date})</source>
            <translation>Reunión: {title} ({date})</translation>
        </message>
        <message>
            <source>training session</source>
            <translation>sesión de capacitación</translation>
        </message>
        <message>
            <source>Training: {topic} ({date})</source>
            <translation>Capacitación: {topic} ({date})</translation>
        </message>
        <message>
            <source>incident</source>
            <translation>incidente</translation>
        </message>
        <message>
            <source>Incident no. {number}: {kind} ({date})</source>
            <translation>Incidente n.º {number}: {kind} ({date})</translation>
        </message>
        <message>
            <source>formalisation stage</source>
            <translation>etapa de formalización</translation>
        </message>
        <message>
            <source>{title}, reference {ref}</source>
            <translation>{title}, referencia {ref}</translation>
        </message>
        <message>
            <source>formalisation document</source>
            <translation>documento de formalización</translation>
        </message>
        <message>
            <source>{file} ({stage})</source>
            <translation>{file} ({stage})</translation>
        </message>
        <message>
            <source>posted journal entry</source>
            <translation>asiento contabilizado</translation>
        </message>
        <message>
            <source>Entry {key}: {text}</source>
            <translation>Asiento {key}: {text}</translation>
        </message>
        <message>
            <source>activity</source>
            <translation>actividad</translation>
        </message>
        <message>
            <source>Activity {number}: {title}</source>
            <translation>Actividad {number}: {title}</translation>
        </message>
        <message>
            <source>“{kind}” is not a kind of evidence; choose one of {kinds}.</source>
            <translation>“{kind}” no es un tipo de evidencia; elija uno de {kinds}.</translation>
        </message>
        <message>
            <source>The label is longer than {n} characters.</source>
            <translation>La etiqueta tiene más de {n} caracteres.</translation>
        </message>
        <message>
            <source>Say which {what} is the evidence.</source>
            <translation>Indique qué {what} es la evidencia.</translation>
        </message>
        <message>
            <source>A {what} names no record.</source>
            <translation>La evidencia de tipo {what} no indica ningún registro.</translation>
        </message>
        <message>
            <source>Give the file's name.</source>
            <translation>Indique el nombre del archivo.</translation>
        </message>
        <message>
            <source>The file's name is longer than 200 characters.</source>
            <translation>El nombre del archivo tiene más de 200 caracteres.</translation>
        </message>
        <message>
            <source>The file {file} is larger than 20 MB.</source>
            <translation>El archivo {file} pesa más de 20 MB.</translation>
        </message>
        <message>
            <source>Only a file carries a file's name and contents.</source>
            <translation>Solo un archivo lleva nombre de archivo y contenido.</translation>
        </message>
        <message>
            <source>{label} is already evidence for {standard} {id}.</source>
            <translation>{label} ya es evidencia de {standard} {id}.</translation>
        </message>
        <message>
            <source>Member register on {date}: {count} members</source>
            <translation>Registro de asociados al {date}: {count} asociados</translation>
        </message>
        <message>
            <source>There is no evidence with id {id}.</source>
            <translation>No existe la evidencia con id {id}.</translation>
        </message>
        <message>
            <source>There is no file kept with evidence {id}.</source>
            <translation>No hay ningún archivo guardado con la evidencia {id}.</translation>
        </message>
        <message>
            <source>Improve on {standard} {id}: {title}</source>
            <translation>Mejorar en {standard} {id}: {title}</translation>
        </message>
        <message>
            <source>CRAFT, Fairmined and Maendeleo</source>
            <translation>CRAFT, Fairmined y Maendeleo</translation>
        </message>
        <message>
            <source>Standards: progress and evidence</source>
            <translation>Estándares: avance y evidencias</translation>
        </message>
        <message>
            <source>{which}, on {date}</source>
            <translation>{which}, al {date}</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avance</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Estándar</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>Requisitos</translation>
        </message>
        <message>
            <source>% met (weighted)</source>
            <translation>% cumplido (ponderado)</translation>
        </message>
        <message>
            <source>Weights: met 1, partly met 0.66, in progress 0.33, not started 0; requirements not applicable are left out.</source>
            <translation>Pesos: cumplido 1, cumplido parcialmente 0.66, en curso 0.33, no iniciado 0; los requisitos que no aplican se excluyen.</translation>
        </message>
        <message>
            <source>Progress by standard (% met, weighted)</source>
            <translation>Avance por estándar (% cumplido, ponderado)</translation>
        </message>
        <message>
            <source>Progress by section (% met, weighted)</source>
            <translation>Avance por sección (% cumplido, ponderado)</translation>
        </message>
        <message>
            <source>Requirements by level</source>
            <translation>Requisitos por nivel</translation>
        </message>
        <message>
            <source>Indicators computed from the records</source>
            <translation>Indicadores calculados a partir de los registros</translation>
        </message>
        <message>
            <source>NO</source>
            <translation>NO</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <source>{version}, {publisher}. {levels}</source>
            <translation>{version}, {publisher}. {levels}</translation>
        </message>
        <message>
            <source>The requirements below are summaries in our own words; the standard's text is authoritative.</source>
            <translation>Los requisitos siguientes son resúmenes en nuestras propias palabras; el texto del estándar es el que tiene autoridad.</translation>
        </message>
        <message>
            <source>Clause: {clause}.</source>
            <translation>Cláusula: {clause}.</translation>
        </message>
        <message>
            <source>Evidence: {items}.</source>
            <translation>Evidencias: {items}.</translation>
        </message>
        <message>
            <source>Improvement activities: {items}.</source>
            <translation>Actividades de mejora: {items}.</translation>
        </message>
        <message>
            <source>{number}. {title} ({status}, {progress} %)</source>
            <translation>{number}. {title} ({status}, {progress} %)</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Requisito</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Evaluado el</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <source>{id}. {title}: {percent} % met</source>
            <translation>{id}. {title}: {percent} % cumplido</translation>
        </message>
        <message>
            <source>Safety at work</source>
            <translation>Seguridad en el trabajo</translation>
        </message>
        <message>
            <source>First aid</source>
            <translation>Primeros auxilios</translation>
        </message>
        <message>
            <source>Mercury and mercury-free processing</source>
            <translation>Mercurio y beneficio sin mercurio</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Medio ambiente</translation>
        </message>
        <message>
            <source>Governance and the bylaws</source>
            <translation>Gobierno y estatutos</translation>
        </message>
        <message>
            <source>Finance and bookkeeping</source>
            <translation>Finanzas y contabilidad</translation>
        </message>
        <message>
            <source>Gender and women's leadership</source>
            <translation>Género y liderazgo de las mujeres</translation>
        </message>
        <message>
            <source>Rights and the law</source>
            <translation>Derechos y la ley</translation>
        </message>
        <message>
            <source>Mining and processing techniques</source>
            <translation>Técnicas de minería y de beneficio</translation>
        </message>
        <message>
            <source>Accident</source>
            <translation>Accidente</translation>
        </message>
        <message>
            <source>Near miss</source>
            <translation>Casi accidente</translation>
        </message>
        <message>
            <source>Occupational illness</source>
            <translation>Enfermedad laboral</translation>
        </message>
        <message>
            <source>Mercury used</source>
            <translation>Mercurio usado</translation>
        </message>
        <message>
            <source>Mercury spilled or released</source>
            <translation>Mercurio derramado o liberado</translation>
        </message>
        <message>
            <source>Environmental damage</source>
            <translation>Daño ambiental</translation>
        </message>
        <message>
            <source>Child labour</source>
            <translation>Trabajo infantil</translation>
        </message>
        <message>
            <source>Conflict or violence</source>
            <translation>Conflicto o violencia</translation>
        </message>
        <message>
            <source>Security (theft, intrusion)</source>
            <translation>Seguridad (robo, intrusión)</translation>
        </message>
        <message>
            <source>minor</source>
            <translation>leve</translation>
        </message>
        <message>
            <source>serious</source>
            <translation>grave</translation>
        </message>
        <message>
            <source>fatal</source>
            <translation>mortal</translation>
        </message>
        <message>
            <source>At most {count} characters, please.</source>
            <translation>Máximo {count} caracteres, por favor.</translation>
        </message>
        <message>
            <source>Say what the session was about.</source>
            <translation>Indique de qué trató la sesión.</translation>
        </message>
        <message>
            <source>'{theme}' is not a theme; choose one of {themes}.</source>
            <translation>'{theme}' no es un tema; elija uno de {themes}.</translation>
        </message>
        <message>
            <source>Name the trainer or the organisation.</source>
            <translation>Indique el nombre del capacitador o de la organización.</translation>
        </message>
        <message>
            <source>The length is in minutes, from 0 to {most}.</source>
            <translation>La duración es en minutos, de 0 a {most}.</translation>
        </message>
        <message>
            <source>There is no training session {id}.</source>
            <translation>No existe la sesión de capacitación {id}.</translation>
        </message>
        <message>
            <source>{name} (member {number}) is not an active member.</source>
            <translation>{name} (asociado {number}) no es un asociado activo.</translation>
        </message>
        <message>
            <source>{name} (member {number}) joined on {joined}, after the session.</source>
            <translation>{name} (asociado {number}) ingresó el {joined}, después de la sesión.</translation>
        </message>
        <message>
            <source>{count} of the members named cannot be on the attendance list; nothing was written.</source>
            <translation>{count} de los asociados indicados no pueden estar en la lista de asistencia; no se guardó nada.</translation>
        </message>
        <message>
            <source>The session of {day} has not taken place yet: attendance is taken on the day.</source>
            <translation>La sesión del {day} aún no se ha realizado: la asistencia se toma el mismo día.</translation>
        </message>
        <message>
            <source>A session with attendance has taken place: it cannot be moved to a day ahead.</source>
            <translation>Una sesión con asistencia ya se realizó: no se puede pasar a una fecha futura.</translation>
        </message>
        <message>
            <source>{name} (member {number}) is already on the list.</source>
            <translation>{name} (asociado {number}) ya está en la lista.</translation>
        </message>
        <message>
            <source>Member {number} is not on the attendance list of this session.</source>
            <translation>El asociado {number} no está en la lista de asistencia de esta sesión.</translation>
        </message>
        <message>
            <source>Mercury is recorded only for mercury used or spilled.</source>
            <translation>El mercurio solo se registra cuando se usa o se derrama.</translation>
        </message>
        <message>
            <source>Say how many grams of mercury were used or spilled.</source>
            <translation>Indique cuántos gramos de mercurio se usaron o se derramaron.</translation>
        </message>
        <message>
            <source>Give the grams of mercury to the milligram at most (three decimals).</source>
            <translation>Indique los gramos de mercurio con precisión de miligramo como máximo (tres decimales).</translation>
        </message>
        <message>
            <source>The grams of mercury must be more than zero.</source>
            <translation>Los gramos de mercurio deben ser más de cero.</translation>
        </message>
        <message>
            <source>There is no incident number {number}.</source>
            <translation>No existe el incidente número {number}.</translation>
        </message>
        <message>
            <source>'{kind}' is not a kind of incident; choose one of {kinds}.</source>
            <translation>'{kind}' no es un tipo de incidente; elija uno de {kinds}.</translation>
        </message>
        <message>
            <source>'{severity}' is not a severity; choose one of {choices}.</source>
            <translation>'{severity}' no es una gravedad; elija una de {choices}.</translation>
        </message>
        <message>
            <source>An incident cannot be recorded on a day ahead ({day}).</source>
            <translation>No se puede registrar un incidente en una fecha futura ({day}).</translation>
        </message>
        <message>
            <source>Say what happened.</source>
            <translation>Indique qué pasó.</translation>
        </message>
        <message>
            <source>Say what was done about it.</source>
            <translation>Indique qué se hizo al respecto.</translation>
        </message>
        <message>
            <source>Incident {number} was closed on {day}; a closed incident is not reopened: record a new one.</source>
            <translation>El incidente {number} se cerró el {day}; un incidente cerrado no se reabre: registre uno nuevo.</translation>
        </message>
        <message>
            <source>An incident cannot be closed before it happened ({day}).</source>
            <translation>Un incidente no se puede cerrar antes de haber ocurrido ({day}).</translation>
        </message>
        <message>
            <source>An incident cannot be closed on a day ahead.</source>
            <translation>Un incidente no se puede cerrar en una fecha futura.</translation>
        </message>
        <message>
            <source>Training report</source>
            <translation>Informe de capacitación</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Hours of training given</source>
            <translation>Horas de capacitación impartidas</translation>
        </message>
        <message>
            <source>Members trained (each counted once)</source>
            <translation>Asociados capacitados (cada uno contado una vez)</translation>
        </message>
        <message>
            <source>Women among them</source>
            <translation>Mujeres entre ellos</translation>
        </message>
        <message>
            <source>{women} ({share} %)</source>
            <translation>{women} ({share} %)</translation>
        </message>
        <message>
            <source>Attendances (a member at a session)</source>
            <translation>Asistencias (un asociado en una sesión)</translation>
        </message>
        <message>
            <source>Hours received (hours × attendees)</source>
            <translation>Horas recibidas (horas × asistentes)</translation>
        </message>
        <message>
            <source>No training session in this period.</source>
            <translation>No hay sesiones de capacitación en este período.</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Eje temático</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistió</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Mujeres</translation>
        </message>
        <message>
            <source>By theme</source>
            <translation>Por eje temático</translation>
        </message>
        <message>
            <source>Attendances</source>
            <translation>Asistencias</translation>
        </message>
        <message>
            <source>Hours given</source>
            <translation>Horas impartidas</translation>
        </message>
        <message>
            <source>Hours received</source>
            <translation>Horas recibidas</translation>
        </message>
        <message>
            <source>Members trained by theme</source>
            <translation>Asociados capacitados por eje temático</translation>
        </message>
        <message>
            <source>Women were {share} % of the members trained in the period ({women} of {members}).</source>
            <translation>Las mujeres fueron el {share} % de los asociados capacitados en el período ({women} de {members}).</translation>
        </message>
        <message>
            <source>Incident register</source>
            <translation>Registro de incidentes</translation>
        </message>
        <message>
            <source>{days} days (last accident on {day})</source>
            <translation>{days} días (último accidente el {day})</translation>
        </message>
        <message>
            <source>no accident recorded</source>
            <translation>ningún accidente registrado</translation>
        </message>
        <message>
            <source>Incidents recorded</source>
            <translation>Incidentes registrados</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>Aún abiertos</translation>
        </message>
        <message>
            <source>Serious or fatal</source>
            <translation>Graves o mortales</translation>
        </message>
        <message>
            <source>Mercury used or released</source>
            <translation>Mercurio usado o liberado</translation>
        </message>
        <message>
            <source>{grams} g</source>
            <translation>{grams} g</translation>
        </message>
        <message>
            <source>Days since the last accident</source>
            <translation>Días desde el último accidente</translation>
        </message>
        <message>
            <source>No incident recorded in this period.</source>
            <translation>Ningún incidente registrado en este período.</translation>
        </message>
        <message>
            <source>The register</source>
            <translation>El registro</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Sitio</translation>
        </message>
        <message>
            <source>Mercury (g)</source>
            <translation>Mercurio (g)</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrado</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Inscribir</translation>
        </message>
        <message>
            <source>By kind and severity</source>
            <translation>Por tipo y gravedad</translation>
        </message>
        <message>
            <source>By kind</source>
            <translation>Por tipo</translation>
        </message>
        <message>
            <source>Incidents by kind</source>
            <translation>Incidentes por tipo</translation>
        </message>
        <message>
            <source>Mercury</source>
            <translation>Mercurio</translation>
        </message>
        <message>
            <source>{count} record(s) of mercury used or released, {grams} g in all.</source>
            <translation>{count} registro(s) de mercurio usado o liberado, {grams} g en total.</translation>
        </message>
        <message>
            <source>Mercury (g) by record</source>
            <translation>Mercurio (g) por registro</translation>
        </message>
        <message>
            <source>What happened and what was done</source>
            <translation>Qué pasó y qué se hizo</translation>
        </message>
        <message>
            <source>No. {number}, {day}: {kind} ({severity})</source>
            <translation>N.º {number}, {day}: {kind} ({severity})</translation>
        </message>
        <message>
            <source>Action taken</source>
            <translation>Acción tomada</translation>
        </message>
        <message>
            <source>closed on {day}</source>
            <translation>cerrado el {day}</translation>
        </message>
        <message>
            <source>Training record</source>
            <translation>Constancia de capacitación</translation>
        </message>
        <message>
            <source>Member number</source>
            <translation>Número de asociado</translation>
        </message>
        <message>
            <source>Member since</source>
            <translation>Asociado desde</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>Sesiones a las que asistió</translation>
        </message>
        <message>
            <source>Hours of training</source>
            <translation>Horas de capacitación</translation>
        </message>
        <message>
            <source>{name} has attended no training session recorded by the cooperative.</source>
            <translation>{name} no ha asistido a ninguna sesión de capacitación registrada por la cooperativa.</translation>
        </message>
        <message>
            <source>{name} attended the training sessions below, as recorded on the cooperative's attendance lists.</source>
            <translation>{name} asistió a las sesiones de capacitación que siguen, según las listas de asistencia de la cooperativa.</translation>
        </message>
        <message>
            <source>{topic} ({theme}). Trainer: {trainer}. {hours} h.</source>
            <translation>{topic} ({theme}). Capacitador: {trainer}. {hours} h.</translation>
        </message>
        <message>
            <source>Issued on {day}.</source>
            <translation>Expedida el {day}.</translation>
        </message>
        <message>
            <source>Lots</source>
            <translation>Lotes</translation>
        </message>
        <message>
            <source>Grams produced</source>
            <translation>Gramos producidos</translation>
        </message>
        <message>
            <source>Fine grams</source>
            <translation>Gramos finos</translation>
        </message>
        <message>
            <source>Grams bought</source>
            <translation>Gramos comprados</translation>
        </message>
        <message>
            <source>Paid to members</source>
            <translation>Pagado a asociados</translation>
        </message>
        <message>
            <source>Grams sold</source>
            <translation>Gramos vendidos</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Ventas</translation>
        </message>
        <message>
            <source>Member or work group</source>
            <translation>Asociado o grupo de trabajo</translation>
        </message>
        <message>
            <source>Mineral</source>
            <translation>Mineral</translation>
        </message>
        <message>
            <source>Grams</source>
            <translation>Gramos</translation>
        </message>
        <message>
            <source>Grams, previous period</source>
            <translation>Gramos, período anterior</translation>
        </message>
        <message>
            <source>Fine grams, previous period</source>
            <translation>Gramos finos, período anterior</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>Producción</translation>
        </message>
        <message>
            <source>Purchases from members</source>
            <translation>Compras a asociados</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Compras</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Comprador</translation>
        </message>
        <message>
            <source>Fineness (‰)</source>
            <translation>Ley (‰)</translation>
        </message>
        <message>
            <source>Gold per miner per day</source>
            <translation>Oro por minero por día</translation>
        </message>
        <message>
            <source>Under the Fairmined Standard an artisanal miner brings out at most {limit} g of gold a day. Each producer's grams are divided by the miners and days of its lots; those above the limit are flagged.</source>
            <translation>Según el Estándar Fairmined, un minero artesanal saca como máximo {limit} g de oro al día. Los gramos de cada productor se dividen entre los mineros y los días de sus lotes; se señalan los que superan el límite.</translation>
        </message>
        <message>
            <source>Miner-days</source>
            <translation>Días-minero</translation>
        </message>
        <message>
            <source>Grams per miner per day</source>
            <translation>Gramos por minero por día</translation>
        </message>
        <message>
            <source>Lots above</source>
            <translation>Lotes sobre el límite</translation>
        </message>
        <message>
            <source>Flag</source>
            <translation>Alerta</translation>
        </message>
        <message>
            <source>Above {limit} g</source>
            <translation>Más de {limit} g</translation>
        </message>
        <message>
            <source>Per miner-day</source>
            <translation>Por día-minero</translation>
        </message>
        <message>
            <source>Production and sales</source>
            <translation>Producción y ventas</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Oro</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>Plata</translation>
        </message>
        <message>
            <source>Platinum</source>
            <translation>Platino</translation>
        </message>
        <message>
            <source>Diamonds</source>
            <translation>Diamantes</translation>
        </message>
        <message>
            <source>Coltan</source>
            <translation>Coltán</translation>
        </message>
        <message>
            <source>Tin (cassiterite)</source>
            <translation>Estaño (casiterita)</translation>
        </message>
        <message>
            <source>The weight must be more than zero grams.</source>
            <translation>El peso debe ser mayor que cero gramos.</translation>
        </message>
        <message>
            <source>Weigh to the milligram at most (three decimals of a gram).</source>
            <translation>Pese como máximo al miligramo (tres decimales de gramo).</translation>
        </message>
        <message>
            <source>The fineness is in parts per thousand, from 1 to 1000 (pure gold is 999.9; 22 carats is 916).</source>
            <translation>La ley se expresa en milésimas, de 1 a 1000 (el oro puro es 999.9; el de 22 quilates, 916).</translation>
        </message>
        <message>
            <source>Give the fineness with one decimal at most.</source>
            <translation>Indique la ley con un decimal como máximo.</translation>
        </message>
        <message>
            <source>Unknown mineral '{mineral}'; choose one of: {known}.</source>
            <translation>Mineral desconocido '{mineral}'; elija uno de: {known}.</translation>
        </message>
        <message>
            <source>Say who produced the lot: a member or a work group, not both.</source>
            <translation>Indique quién produjo el lote: un asociado o un grupo de trabajo, no ambos.</translation>
        </message>
        <message>
            <source>Miners and days are whole numbers, at least 1.</source>
            <translation>Los mineros y los días son números enteros, al menos 1.</translation>
        </message>
        <message>
            <source>A lot of one member counts one miner; record a work group for several.</source>
            <translation>Un lote de un asociado cuenta un solo minero; registre un grupo de trabajo si son varios.</translation>
        </message>
        <message>
            <source>Member {number} has left the cooperative.</source>
            <translation>El asociado {number} se retiró de la cooperativa.</translation>
        </message>
        <message>
            <source>There is no site named {name}.</source>
            <translation>No existe ningún sitio llamado {name}.</translation>
        </message>
        <message>
            <source>There is no production lot {number}.</source>
            <translation>No existe el lote de producción {number}.</translation>
        </message>
        <message>
            <source>The price per gram must be more than zero.</source>
            <translation>El precio por gramo debe ser mayor que cero.</translation>
        </message>
        <message>
            <source>Pay from cash, bank or mobile_money, or owe it (payable).</source>
            <translation>Pague desde cash, bank o mobile_money, o déjelo como deuda (payable).</translation>
        </message>
        <message>
            <source>Lot {lot} is not member {number}'s.</source>
            <translation>El lote {lot} no es del asociado {number}.</translation>
        </message>
        <message>
            <source>Lot {lot} was already bought.</source>
            <translation>El lote {lot} ya fue comprado.</translation>
        </message>
        <message>
            <source>Give the lot, or the weight and the fineness.</source>
            <translation>Indique el lote, o el peso y la ley.</translation>
        </message>
        <message>
            <source>This purchase comes to nothing; check the weight and price.</source>
            <translation>Esta compra da cero; revise el peso y el precio.</translation>
        </message>
        <message>
            <source>Purchase {number}: {grams} g at {fineness} from member {member}</source>
            <translation>Compra {number}: {grams} g de ley {fineness} al asociado {member}</translation>
        </message>
        <message>
            <source>Name the buyer.</source>
            <translation>Indique el comprador.</translation>
        </message>
        <message>
            <source>List the lots the sale came from.</source>
            <translation>Indique los lotes de los que sale la venta.</translation>
        </message>
        <message>
            <source>The premium cannot be negative.</source>
            <translation>La prima no puede ser negativa.</translation>
        </message>
        <message>
            <source>The buyer pays into cash, bank or mobile_money, or later (customers).</source>
            <translation>El comprador paga en cash, bank o mobile_money, o más tarde (customers).</translation>
        </message>
        <message>
            <source>A lot is listed twice.</source>
            <translation>Un lote aparece dos veces.</translation>
        </message>
        <message>
            <source>Line {n}: lot {lot} has {left} g left to sell, not {grams} g.</source>
            <translation>Línea {n}: al lote {lot} le quedan {left} g por vender, no {grams} g.</translation>
        </message>
        <message>
            <source>A sale is of one mineral; these lots hold {minerals}.</source>
            <translation>Una venta es de un solo mineral; estos lotes contienen {minerals}.</translation>
        </message>
        <message>
            <source>Sale {number} to {buyer}: {grams} g</source>
            <translation>Venta {number} a {buyer}: {grams} g</translation>
        </message>
        <message>
            <source>Audit chain at export</source>
            <translation>Cadena de auditoría al exportar</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>late</source>
            <translation>atrasada</translation>
        </message>
        <message>
            <source>Today: {date}</source>
            <translation>Hoy: {date}</translation>
        </message>
        <message>
            <source>1 more row in the export.</source>
            <translation>1 fila más en la exportación.</translation>
        </message>
        <message>
            <source>{count} more rows in the export.</source>
            <translation>{count} filas más en la exportación.</translation>
        </message>
        <message>
            <source>Choose PDF, Excel (xlsx) or CSV, not '{fmt}'.</source>
            <translation>Elija PDF, Excel (xlsx) o CSV, no '{fmt}'.</translation>
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
            <source>Planned</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>Today, {date}</source>
            <translation>Hoy, {date}</translation>
        </message>
        <message>
            <source>Nothing planned.</source>
            <translation>Nada previsto.</translation>
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
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Done %</source>
            <translation>% realizado</translation>
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
            <source>Production delivered (grams)</source>
            <translation>Producción entregada (gramos)</translation>
        </message>
        <message>
            <source>Production delivered (value)</source>
            <translation>Producción entregada (valor)</translation>
        </message>
        <message>
            <source>Shares held (weighted by days)</source>
            <translation>Aportes (ponderados por días)</translation>
        </message>
        <message>
            <source>Days worked</source>
            <translation>Días trabajados</translation>
        </message>
        <message>
            <source>Equal parts</source>
            <translation>Partes iguales</translation>
        </message>
        <message>
            <source>Statutory reserve</source>
            <translation>Reserva legal</translation>
        </message>
        <message>
            <source>Education fund</source>
            <translation>Fondo de educación</translation>
        </message>
        <message>
            <source>Solidarity fund</source>
            <translation>Fondo de solidaridad</translation>
        </message>
        <message>
            <source>Community development fund</source>
            <translation>Fondo de desarrollo comunitario</translation>
        </message>
        <message>
            <source>Other fund</source>
            <translation>Otro fondo</translation>
        </message>
        <message>
            <source>The policy needs a name.</source>
            <translation>La política necesita un nombre.</translation>
        </message>
        <message>
            <source>Step {n} ({step}): the percentage must be between 0 and 100.</source>
            <translation>Paso {n} ({step}): el porcentaje debe estar entre 0 y 100.</translation>
        </message>
        <message>
            <source>Step {n} ({step}): the cap cannot be negative.</source>
            <translation>Paso {n} ({step}): el tope no puede ser negativo.</translation>
        </message>
        <message>
            <source>The funds take {total} % of the amount; together they cannot take more than 100 %.</source>
            <translation>Los fondos toman el {total} % del monto; juntos no pueden tomar más del 100 %.</translation>
        </message>
        <message>
            <source>Say how the members' part is shared: by production, shares, days worked or equally.</source>
            <translation>Indique cómo se reparte la parte de los asociados: según la producción, los aportes, los días trabajados o en partes iguales.</translation>
        </message>
        <message>
            <source>The weight of {basis} cannot be negative.</source>
            <translation>La ponderación de {basis} no puede ser negativa.</translation>
        </message>
        <message>
            <source>{basis} is listed twice.</source>
            <translation>{basis} aparece dos veces.</translation>
        </message>
        <message>
            <source>At least one basis of the members' part needs a weight above zero.</source>
            <translation>Al menos un criterio de la parte de los asociados necesita una ponderación mayor que cero.</translation>
        </message>
        <message>
            <source>The minimum number of days cannot be negative.</source>
            <translation>El número mínimo de días no puede ser negativo.</translation>
        </message>
        <message>
            <source>The cap on interest on capital cannot be negative.</source>
            <translation>El tope del interés sobre el capital no puede ser negativo.</translation>
        </message>
        <message>
            <source>Payouts are rounded to at least one minor unit.</source>
            <translation>Los pagos se redondean como mínimo a una unidad mínima de la moneda.</translation>
        </message>
        <message>
            <source>The time before a payout counts as unclaimed must be at least one day.</source>
            <translation>El plazo para que un pago cuente como no cobrado debe ser de al menos un día.</translation>
        </message>
        <message>
            <source>The policy does not say how the members' part is shared.</source>
            <translation>La política no indica cómo se reparte la parte de los asociados.</translation>
        </message>
        <message>
            <source>No eligible member has anything on the basis “{basis}” in this period; change the policy's mix or the period.</source>
            <translation>Ningún asociado con derecho tiene nada en el criterio “{basis}” en este período; cambie la combinación de la política o el período.</translation>
        </message>
        <message>
            <source>The members' part is negative; there is nothing to share.</source>
            <translation>La parte de los asociados es negativa; no hay nada que repartir.</translation>
        </message>
        <message>
            <source>Member {number} has a negative value ({value}) on the basis “{basis}”; correct the records before sharing.</source>
            <translation>El asociado {number} tiene un valor negativo ({value}) en el criterio “{basis}”; corrija los registros antes de repartir.</translation>
        </message>
        <message>
            <source>No member is eligible for this distribution.</source>
            <translation>Ningún asociado tiene derecho a esta distribución.</translation>
        </message>
        <message>
            <source>suspended</source>
            <translation>suspendido</translation>
        </message>
        <message>
            <source>not yet admitted</source>
            <translation>aún no admitido</translation>
        </message>
        <message>
            <source>not active in the period</source>
            <translation>no estuvo activo en el período</translation>
        </message>
        <message>
            <source>active {days} days, fewer than the {min} the policy requires</source>
            <translation>activo {days} días, menos de los {min} que exige la política</translation>
        </message>
        <message>
            <source>{grams} g of fine metal</source>
            <translation>{grams} g de metal fino</translation>
        </message>
        <message>
            <source>{capital} of capital on average over the period</source>
            <translation>{capital} de capital en promedio durante el período</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation>{days} días</translation>
        </message>
        <message>
            <source>{parts} part(s)</source>
            <translation>{parts} parte(s)</translation>
        </message>
        <message>
            <source>Member {member} is not on distribution {number}: they were not a member during its period ({start} to {end}).</source>
            <translation>El asociado {member} no está en la distribución {number}: no era asociado durante su período (del {start} al {end}).</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Distribución</translation>
        </message>
        <message>
            <source>Amount shared</source>
            <translation>Monto repartido</translation>
        </message>
        <message>
            <source>{fund} {amount}</source>
            <translation>{fund} {amount}</translation>
        </message>
        <message>
            <source>Distribution {number}, “{title}”, shares {amount}.</source>
            <translation>La distribución {number}, “{title}”, reparte {amount}.</translation>
        </message>
        <message>
            <source>First the funds the bylaws require: {funds}. What is left, {pool}, is the members' part.</source>
            <translation>Primero, los fondos que exigen los estatutos: {funds}. Lo que queda, {pool}, es la parte de los asociados.</translation>
        </message>
        <message>
            <source>All of it, {pool}, is the members' part.</source>
            <translation>Todo, {pool}, es la parte de los asociados.</translation>
        </message>
        <message>
            <source>Members' part</source>
            <translation>Parte de los asociados</translation>
        </message>
        <message>
            <source>{who} takes no part in this distribution: {reason}.</source>
            <translation>{who} no participa en esta distribución: {reason}.</translation>
        </message>
        <message>
            <source>Amount received</source>
            <translation>Monto recibido</translation>
        </message>
        <message>
            <source>{basis}: {weight} % of the members' part, that is {part}. {who} had {value}, out of {total} for all eligible members together: {pct} %. That gives {portion}.</source>
            <translation>{basis}: {weight} % de la parte de los asociados, es decir, {part}. {who} tenía {value}, de un total de {total} para todos los asociados con derecho juntos: {pct} %. Eso da {portion}.</translation>
        </message>
        <message>
            <source>{value} of {total} ({pct} %)</source>
            <translation>{value} de {total} ({pct} %)</translation>
        </message>
        <message>
            <source>Added up, the exact share of {who} is {exact}.</source>
            <translation>En total, la parte exacta de {who} es {exact}.</translation>
        </message>
        <message>
            <source>Exact share</source>
            <translation>Parte exacta</translation>
        </message>
        <message>
            <source>Amounts are paid to the smallest unit of the currency. Every member first receives their exact share rounded down; the {left} unit(s) left over went one each to the members with the largest remainders, ties to the lower member number.</source>
            <translation>Los montos se pagan hasta la unidad más pequeña de la moneda. Primero cada asociado recibe su parte exacta redondeada hacia abajo; las {left} unidad(es) sobrante(s) se asignaron, una a cada uno, a los asociados con los mayores residuos y, en caso de empate, al de número de asociado más bajo.</translation>
        </message>
        <message>
            <source>Amounts are paid in whole multiples of {unit}. Every member first receives their exact share rounded down to a multiple of {unit}; the {left} multiple(s) left over went one each to the members with the largest remainders, ties to the lower member number.</source>
            <translation>Los montos se pagan en múltiplos enteros de {unit}. Primero cada asociado recibe su parte exacta redondeada hacia abajo a un múltiplo de {unit}; los {left} múltiplo(s) sobrante(s) se asignaron, uno a cada uno, a los asociados con los mayores residuos y, en caso de empate, al de número de asociado más bajo.</translation>
        </message>
        <message>
            <source>{who} was one of them: rounded down, the share was {floor}; with the extra unit it is {amount}.</source>
            <translation>{who} fue uno de ellos: redondeada hacia abajo, su parte era {floor}; con la unidad adicional es {amount}.</translation>
        </message>
        <message>
            <source>{who} was not one of them: the share rounded down is {amount}.</source>
            <translation>{who} no fue uno de ellos: su parte redondeada hacia abajo es {amount}.</translation>
        </message>
        <message>
            <source>{residue}, less than one unit of rounding, stays in account {account}.</source>
            <translation>{residue}, menos de una unidad de redondeo, queda en la cuenta {account}.</translation>
        </message>
        <message>
            <source>Difference from the exact share</source>
            <translation>Diferencia con la parte exacta</translation>
        </message>
        <message>
            <source>As {who} has died, the amount is paid to {payee}, the nominated successor.</source>
            <translation>Como {who} falleció, el monto se paga a {payee}, el sucesor designado.</translation>
        </message>
        <message>
            <source>(no successor recorded)</source>
            <translation>(no hay sucesor registrado)</translation>
        </message>
        <message>
            <source>Paid to</source>
            <translation>Pagado a</translation>
        </message>
        <message>
            <source>Paid on {date} by {via}.</source>
            <translation>Pagado el {date} ({via}).</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Pagado el</translation>
        </message>
        <message>
            <source>Not paid yet.</source>
            <translation>Aún no pagado.</translation>
        </message>
        <message>
            <source>Colombian cooperative law (20 % reserve, 20 % education, 10 % solidarity)</source>
            <translation>Ley cooperativa colombiana (20 % reserva, 20 % educación, 10 % solidaridad)</translation>
        </message>
        <message>
            <source>OHADA-style (reserve to half the capital, education, solidarity, community)</source>
            <translation>Estilo OHADA (reserva hasta la mitad del capital, educación, solidaridad, comunidad)</translation>
        </message>
        <message>
            <source>Fairmined premium (half community project, half by production)</source>
            <translation>Prima Fairmined (mitad proyecto comunitario, mitad según producción)</translation>
        </message>
        <message>
            <source>Name the entry as YEAR/NUMBER, e.g. 2026/14; not “{value}”.</source>
            <translation>Indique el asiento como YEAR/NUMBER, p. ej. 2026/14; no “{value}”.</translation>
        </message>
        <message>
            <source>There is no premium use plan “{name}”.</source>
            <translation>No existe el plan de uso de la prima “{name}”.</translation>
        </message>
        <message>
            <source>The plan “{plan}” has no use {code}; its uses are {codes}.</source>
            <translation>El plan “{plan}” no tiene el uso {code}; sus usos son {codes}.</translation>
        </message>
        <message>
            <source>Give the reference of the assembly's resolution that approved the plan.</source>
            <translation>Indique la referencia de la resolución de la asamblea que aprobó el plan.</translation>
        </message>
        <message>
            <source>The resolution's reference is longer than {n} characters.</source>
            <translation>La referencia de la resolución tiene más de {n} caracteres.</translation>
        </message>
        <message>
            <source>The approval date {date} is in the future.</source>
            <translation>La fecha de aprobación {date} está en el futuro.</translation>
        </message>
        <message>
            <source>A plan needs at least one planned use: a code, a title and a budget.</source>
            <translation>Un plan necesita al menos un uso previsto: un código, un título y un presupuesto.</translation>
        </message>
        <message>
            <source>give it a code</source>
            <translation>asígnele un código</translation>
        </message>
        <message>
            <source>the code {code} must be one word of at most {n} characters</source>
            <translation>el código {code} debe ser una sola palabra de máximo {n} caracteres</translation>
        </message>
        <message>
            <source>the code {code} is already used by use {row}</source>
            <translation>el código {code} ya lo usa el uso {row}</translation>
        </message>
        <message>
            <source>give it a title</source>
            <translation>asígnele un título</translation>
        </message>
        <message>
            <source>the title is longer than {n} characters</source>
            <translation>el título tiene más de {n} caracteres</translation>
        </message>
        <message>
            <source>the budget must be more than zero</source>
            <translation>el presupuesto debe ser mayor que cero</translation>
        </message>
        <message>
            <source>Use {row} ({code}): {problems}.</source>
            <translation>Uso {row} ({code}): {problems}.</translation>
        </message>
        <message>
            <source>Give the plan a name, e.g. “Premium 2026”.</source>
            <translation>Asigne un nombre al plan, p. ej. “Prima 2026”.</translation>
        </message>
        <message>
            <source>The name is longer than {n} characters.</source>
            <translation>El nombre tiene más de {n} caracteres.</translation>
        </message>
        <message>
            <source>The plan ends ({end}) before it starts ({start}).</source>
            <translation>El plan termina ({end}) antes de empezar ({start}).</translation>
        </message>
        <message>
            <source>Give the date on which the assembly approved the plan.</source>
            <translation>Indique la fecha en que la asamblea aprobó el plan.</translation>
        </message>
        <message>
            <source>There is already a premium use plan “{name}”.</source>
            <translation>Ya existe un plan de uso de la prima “{name}”.</translation>
        </message>
        <message>
            <source>The plan “{name}” was already approved on {date} (resolution {ref}).</source>
            <translation>El plan “{name}” ya fue aprobado el {date} (resolución {ref}).</translation>
        </message>
        <message>
            <source>The plan “{name}” is not approved yet: record the assembly's approval before tagging spending against it.</source>
            <translation>El plan “{name}” aún no está aprobado: registre la aprobación de la asamblea antes de imputarle gastos.</translation>
        </message>
        <message>
            <source>Entry {entry} is a reversal of entry {other}; it is not spending.</source>
            <translation>El asiento {entry} es una reversión del asiento {other}; no es un gasto.</translation>
        </message>
        <message>
            <source>Entry {entry} was reversed by entry {other}; it is no longer spending.</source>
            <translation>El asiento {entry} fue revertido por el asiento {other}; ya no es un gasto.</translation>
        </message>
        <message>
            <source>Entry {entry} is dated {date}, outside the plan's period ({start} to {end}).</source>
            <translation>El asiento {entry} tiene fecha {date}, fuera del período del plan (del {start} al {end}).</translation>
        </message>
        <message>
            <source>Entry {entry} is already tagged to {code}.</source>
            <translation>El asiento {entry} ya está imputado a {code}.</translation>
        </message>
        <message>
            <source>Entry {entry} is already wholly tagged ({tagged} of {total}).</source>
            <translation>El asiento {entry} ya está imputado en su totalidad ({tagged} de {total}).</translation>
        </message>
        <message>
            <source>The amount {amount} is more than the whole of entry {entry} ({total}).</source>
            <translation>El monto {amount} es mayor que el total del asiento {entry} ({total}).</translation>
        </message>
        <message>
            <source>Entry {entry} amounts to {total}, of which {tagged} is already tagged to other uses; at most {left} is left.</source>
            <translation>El asiento {entry} suma {total}, de los cuales {tagged} ya están imputados a otros usos; queda como máximo {left}.</translation>
        </message>
        <message>
            <source>Entry {entry} is not tagged to {code}.</source>
            <translation>El asiento {entry} no está imputado a {code}.</translation>
        </message>
        <message>
            <source>Premium use plan: execution report</source>
            <translation>Plan de uso de la prima: informe de ejecución</translation>
        </message>
        <message>
            <source>{date}, resolution {ref}</source>
            <translation>{date}, resolución {ref}</translation>
        </message>
        <message>
            <source>Approved by the assembly</source>
            <translation>Aprobado por la asamblea</translation>
        </message>
        <message>
            <source>Premium received in the period</source>
            <translation>Prima recibida en el período</translation>
        </message>
        <message>
            <source>{amount} ({percent} % of the plan)</source>
            <translation>{amount} ({percent} % del plan)</translation>
        </message>
        <message>
            <source>Left to spend</source>
            <translation>Por gastar</translation>
        </message>
        <message>
            <source>Premium received not yet spent</source>
            <translation>Prima recibida aún no gastada</translation>
        </message>
        <message>
            <source>The premium received in the period ({received}) is less than the plan's budget ({planned}).</source>
            <translation>La prima recibida en el período ({received}) es menor que el presupuesto del plan ({planned}).</translation>
        </message>
        <message>
            <source>Spending is above the budget for: {codes}.</source>
            <translation>El gasto supera el presupuesto en: {codes}.</translation>
        </message>
        <message>
            <source>Execution by use</source>
            <translation>Ejecución por uso</translation>
        </message>
        <message>
            <source>Execution</source>
            <translation>Ejecución</translation>
        </message>
        <message>
            <source>{code} budget</source>
            <translation>Presupuesto {code}</translation>
        </message>
        <message>
            <source>{code} spent</source>
            <translation>Gastado {code}</translation>
        </message>
        <message>
            <source>Budget and spending by use</source>
            <translation>Presupuesto y gasto por uso</translation>
        </message>
        <message>
            <source>Premium received, planned and spent</source>
            <translation>Prima recibida, prevista y gastada</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibido</translation>
        </message>
        <message>
            <source>Spending tagged to each use</source>
            <translation>Gastos imputados a cada uso</translation>
        </message>
        <message>
            <source>No spending tagged yet.</source>
            <translation>Aún no hay gastos imputados.</translation>
        </message>
        <message>
            <source>Step {n} ({step}): type the percentage as a number, like 20 or 12.5.</source>
            <translation>Paso {n} ({step}): escriba el porcentaje como un número, p. ej. 20 o 12.5.</translation>
        </message>
        <message>
            <source>Step {n} ({step}): type the cap as a percentage of the paid-up capital, like 50, or leave it blank.</source>
            <translation>Paso {n} ({step}): escriba el tope como porcentaje del capital pagado, p. ej. 50, o déjelo vacío.</translation>
        </message>
        <message>
            <source>The weight of {basis} is not a number.</source>
            <translation>La ponderación de {basis} no es un número.</translation>
        </message>
        <message>
            <source>Type the minimum number of days as a whole number.</source>
            <translation>Escriba el número mínimo de días como un número entero.</translation>
        </message>
        <message>
            <source>Type the days before a payout counts as unclaimed as a whole number.</source>
            <translation>Escriba como número entero los días tras los cuales un pago cuenta como no cobrado.</translation>
        </message>
        <message>
            <source>Type the cap on interest on capital as a yearly percentage, like 5, or leave it blank.</source>
            <translation>Escriba el tope del interés sobre el capital como porcentaje anual, p. ej. 5, o déjelo vacío.</translation>
        </message>
        <message>
            <source>The rounding unit: {reason}</source>
            <translation>La unidad de redondeo: {reason}</translation>
        </message>
        <message>
            <source>Left by rounding</source>
            <translation>Sobrante por redondeo</translation>
        </message>
        <message>
            <source>Fairmined premium {year}</source>
            <translation>Prima Fairmined {year}</translation>
        </message>
        <message>
            <source>Distribution decided by the assembly {year}</source>
            <translation>Distribución decidida por la asamblea {year}</translation>
        </message>
        <message>
            <source>Surplus {year}</source>
            <translation>Excedentes {year}</translation>
        </message>
        <message>
            <source>Give the distribution a title.</source>
            <translation>Asigne un título a la distribución.</translation>
        </message>
        <message>
            <source>Say which closed year's surplus is shared.</source>
            <translation>Indique de qué ejercicio cerrado se reparte el excedente.</translation>
        </message>
        <message>
            <source>No closed year has a surplus left to share. Close the year in the books first, or share a premium or an amount the assembly decided.</source>
            <translation>Ningún ejercicio cerrado tiene excedente por repartir. Primero cierre el ejercicio en la contabilidad, o reparta una prima o un monto decidido por la asamblea.</translation>
        </message>
        <message>
            <source>The surplus of {year} cannot be shared: the year is not closed, closed without a surplus, or its surplus is already shared.</source>
            <translation>El excedente de {year} no se puede repartir: el ejercicio no está cerrado, se cerró sin excedente o su excedente ya se repartió.</translation>
        </message>
        <message>
            <source>Say the amount to share; it must be more than zero.</source>
            <translation>Indique el monto a repartir; debe ser mayor que cero.</translation>
        </message>
        <message>
            <source>Say the period over which production, shares and days are counted.</source>
            <translation>Indique el período en el que se cuentan la producción, los aportes y los días.</translation>
        </message>
        <message>
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>El período termina ({end}) antes de empezar ({start}).</translation>
        </message>
        <message>
            <source>Choose one of the preset policies.</source>
            <translation>Elija una de las políticas modelo.</translation>
        </message>
        <message>
            <source>A policy named “{name}” is stored already: choose it in the list, or give the preset another name.</source>
            <translation>Ya hay una política guardada con el nombre “{name}”: elíjala en la lista o dé otro nombre al modelo.</translation>
        </message>
        <message>
            <source>Choose the policy the distribution follows, install a preset or write one.</source>
            <translation>Elija la política que sigue la distribución, instale un modelo o escriba una.</translation>
        </message>
        <message>
            <source>Compute the preview first.</source>
            <translation>Calcule primero la vista previa.</translation>
        </message>
        <message>
            <source>Give the date the assembly approved the distribution.</source>
            <translation>Indique la fecha en que la asamblea aprobó la distribución.</translation>
        </message>
        <message>
            <source>The assembly cannot approve sharing the surplus of {year} before the year ends ({end}).</source>
            <translation>La asamblea no puede aprobar el reparto del excedente de {year} antes de que termine el ejercicio ({end}).</translation>
        </message>
        <message>
            <source>Give the reference of the assembly's resolution that approved the distribution.</source>
            <translation>Indique la referencia de la resolución de la asamblea que aprobó la distribución.</translation>
        </message>
        <message>
            <source>Give the date of the posting.</source>
            <translation>Indique la fecha de contabilización.</translation>
        </message>
        <message>
            <source>The posting date {date} is before the approval ({approved}).</source>
            <translation>La fecha de contabilización {date} es anterior a la aprobación ({approved}).</translation>
        </message>
        <message>
            <source>Distribution {number} is approved but not posted; correct the posting and finish again, or post it later from the Benefit sharing page.</source>
            <translation>La distribución {number} está aprobada pero no contabilizada; corrija la contabilización y vuelva a presionar Finalizar, o contabilícela más tarde desde la página Reparto de beneficios.</translation>
        </message>
        <message>
            <source>Fine metal (g)</source>
            <translation>Metal fino (g)</translation>
        </message>
        <message>
            <source>Production delivered</source>
            <translation>Producción entregada</translation>
        </message>
        <message>
            <source>Average capital</source>
            <translation>Capital promedio</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Partes</translation>
        </message>
        <message>
            <source>grams of fine metal</source>
            <translation>gramos de metal fino</translation>
        </message>
        <message>
            <source>{currency} paid for production</source>
            <translation>{currency} pagados por la producción</translation>
        </message>
        <message>
            <source>{currency} of paid-up capital, on average over the period</source>
            <translation>{currency} de capital pagado, en promedio durante el período</translation>
        </message>
        <message>
            <source>days worked</source>
            <translation>días trabajados</translation>
        </message>
        <message>
            <source>members, one part each</source>
            <translation>asociados, una parte cada uno</translation>
        </message>
        <message>
            <source>Pay by cash, bank or mobile_money, not “{via}”.</source>
            <translation>Pague con cash, bank o mobile_money, no con “{via}”.</translation>
        </message>
        <message>
            <source>{source} {year}</source>
            <translation>{source} {year}</translation>
        </message>
        <message>
            <source>{basis} {weight} %</source>
            <translation>{basis} {weight} %</translation>
        </message>
        <message>
            <source>at least {days} active days in the period</source>
            <translation>al menos {days} días activos en el período</translation>
        </message>
        <message>
            <source>suspended members take no part</source>
            <translation>los asociados suspendidos no participan</translation>
        </message>
        <message>
            <source>interest on capital capped at {rate} % a year</source>
            <translation>interés sobre el capital limitado al {rate} % anual</translation>
        </message>
        <message>
            <source>payouts in multiples of {unit}</source>
            <translation>pagos en múltiplos de {unit}</translation>
        </message>
        <message>
            <source>{date}, resolution {resolution}</source>
            <translation>{date}, resolución {resolution}</translation>
        </message>
        <message>
            <source>Entry {entry} of {date}</source>
            <translation>Asiento {entry} del {date}</translation>
        </message>
        <message>
            <source>Not posted yet</source>
            <translation>Aún sin contabilizar</translation>
        </message>
        <message>
            <source>{source}, account {account}</source>
            <translation>{source}, cuenta {account}</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Política</translation>
        </message>
        <message>
            <source>{name}: the members' part by {mix}</source>
            <translation>{name}: la parte de los asociados según {mix}</translation>
        </message>
        <message>
            <source>Eligibility</source>
            <translation>Requisitos</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Contabilizado</translation>
        </message>
        <message>
            <source>{eligible} eligible, {excluded} excluded, {receiving} receive something, {unpaid} not paid yet</source>
            <translation>{eligible} con derecho, {excluded} excluidos, {receiving} reciben algo, {unpaid} aún sin pagar</translation>
        </message>
        <message>
            <source>Distribution {number}: {title}</source>
            <translation>Distribución {number}: {title}</translation>
        </message>
        <message>
            <source>{status} — {period}</source>
            <translation>{status} — {period}</translation>
        </message>
        <message>
            <source>capped: the fund has reached its ceiling</source>
            <translation>con tope: el fondo alcanzó su límite</translation>
        </message>
        <message>
            <source>Members' part, shared among the members</source>
            <translation>Parte de los asociados, repartida entre ellos</translation>
        </message>
        <message>
            <source>{count} member(s) receive something</source>
            <translation>{count} asociado(s) recibe(n) algo</translation>
        </message>
        <message>
            <source>less than one unit of rounding: stays in the source account</source>
            <translation>menos de una unidad de redondeo: queda en la cuenta de origen</translation>
        </message>
        <message>
            <source>Funds and members' part</source>
            <translation>Fondos y parte de los asociados</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>The members' part by basis</source>
            <translation>La parte de los asociados por criterio</translation>
        </message>
        <message>
            <source>The members' part, {pool}, is divided among the bases of the policy by their weights; each basis's part is shared in proportion to what each eligible member has on it. Rounded to the unit, the members receive {shared} together; {residue} is left by rounding.</source>
            <translation>La parte de los asociados, {pool}, se divide entre los criterios de la política según sus ponderaciones; la parte de cada criterio se reparte en proporción a lo que cada asociado con derecho tiene en él. Redondeado a la unidad, los asociados reciben {shared} en conjunto; quedan {residue} por redondeo.</translation>
        </message>
        <message>
            <source>Weight %</source>
            <translation>Ponderación %</translation>
        </message>
        <message>
            <source>Part of the pool</source>
            <translation>Parte del total</translation>
        </message>
        <message>
            <source>All eligible members together</source>
            <translation>Todos los asociados con derecho juntos</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Where the money goes</source>
            <translation>Destino del dinero</translation>
        </message>
        <message>
            <source>Active days</source>
            <translation>Días activos</translation>
        </message>
        <message>
            <source>{title} ({currency})</source>
            <translation>{title} ({currency})</translation>
        </message>
        <message>
            <source>Excluded because</source>
            <translation>Excluido porque</translation>
        </message>
        <message>
            <source>Members of distribution {number}</source>
            <translation>Asociados de la distribución {number}</translation>
        </message>
        <message>
            <source>Payout sheet, distribution {number}</source>
            <translation>Planilla de pagos, distribución {number}</translation>
        </message>
        <message>
            <source>Payout sheet by {method}, distribution {number}</source>
            <translation>Planilla de pagos ({method}), distribución {number}</translation>
        </message>
        <message>
            <source>Listed</source>
            <translation>Incluidos</translation>
        </message>
        <message>
            <source>members not paid yet</source>
            <translation>asociados aún sin pagar</translation>
        </message>
        <message>
            <source>every member who receives something</source>
            <translation>todos los asociados que reciben algo</translation>
        </message>
        <message>
            <source>Day of payment</source>
            <translation>Fecha de pago</translation>
        </message>
        <message>
            <source>This distribution is not posted yet: nobody may be paid from this sheet until the assembly has approved it and it is posted.</source>
            <translation>Esta distribución aún no está contabilizada: no se puede pagar a nadie con esta planilla hasta que la asamblea la apruebe y se contabilice.</translation>
        </message>
        <message>
            <source>Nobody is left to pay in this distribution.</source>
            <translation>No queda nadie por pagar en esta distribución.</translation>
        </message>
        <message>
            <source>Nobody receives anything from this distribution.</source>
            <translation>Nadie recibe nada de esta distribución.</translation>
        </message>
        <message>
            <source>Pay each member the amount on their line and have them sign or press their thumb beside it. A deceased member's share is paid to the successor named on the line. Record the payout in coopdesk the same day.</source>
            <translation>Pague a cada asociado el monto de su línea y pídale que firme o ponga su huella al lado. La parte de un asociado fallecido se paga al sucesor indicado en la línea. Registre el pago en coopdesk el mismo día.</translation>
        </message>
        <message>
            <source>Paid to (successor)</source>
            <translation>Pagado a (sucesor)</translation>
        </message>
        <message>
            <source>Account or phone</source>
            <translation>Cuenta o teléfono</translation>
        </message>
        <message>
            <source>Signature or thumbprint</source>
            <translation>Firma o huella</translation>
        </message>
        <message>
            <source>{method}: {count} member(s)</source>
            <translation>{method}: {count} asociado(s)</translation>
        </message>
        <message>
            <source>Payout sheet</source>
            <translation>Planilla de pagos</translation>
        </message>
        <message>
            <source>Total to pay</source>
            <translation>Total a pagar</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Testigo</translation>
        </message>
        <message>
            <source>Why this amount</source>
            <translation>Por qué este monto</translation>
        </message>
        <message>
            <source>Distribution {number}: {title} — member {member}, {name}</source>
            <translation>Distribución {number}: {title} — asociado {member}, {name}</translation>
        </message>
        <message>
            <source>In figures</source>
            <translation>En cifras</translation>
        </message>
        <message>
            <source>Unclaimed payouts, distribution {number}</source>
            <translation>Pagos no cobrados, distribución {number}</translation>
        </message>
        <message>
            <source>Unclaimed after</source>
            <translation>No cobrado después de</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>A la fecha</translation>
        </message>
        <message>
            <source>The distribution is not posted yet, so no payout can be unclaimed.</source>
            <translation>La distribución aún no está contabilizada, así que ningún pago puede estar sin cobrar.</translation>
        </message>
        <message>
            <source>Payouts count as unclaimed from {date}, {days} days after the posting; nothing is unclaimed yet.</source>
            <translation>Los pagos cuentan como no cobrados a partir del {date}, {days} días después de la contabilización; todavía no hay pagos sin cobrar.</translation>
        </message>
        <message>
            <source>Every member has been paid: nothing is unclaimed.</source>
            <translation>Se pagó a todos los asociados: no hay pagos sin cobrar.</translation>
        </message>
        <message>
            <source>{count} member(s) have not collected {amount} since {date}.</source>
            <translation>{count} asociado(s) no ha(n) cobrado {amount} desde el {date}.</translation>
        </message>
        <message>
            <source>Surplus of a closed year</source>
            <translation>Excedente de un ejercicio cerrado</translation>
        </message>
        <message>
            <source>Amount decided by the assembly</source>
            <translation>Monto decidido por la asamblea</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>Revertido</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>Transferencia bancaria</translation>
        </message>
        <message>
            <source>Step “{step}”: there is no postable account {code}.</source>
            <translation>Paso “{step}”: no existe ninguna cuenta {code} que reciba movimientos.</translation>
        </message>
        <message>
            <source>There is no preset policy “{name}”; choose one of {names}.</source>
            <translation>No existe la política modelo “{name}”; elija una de {names}.</translation>
        </message>
        <message>
            <source>There is no distribution number {number}.</source>
            <translation>No existe la distribución número {number}.</translation>
        </message>
        <message>
            <source>{what}: there is no postable account {code}.</source>
            <translation>{what}: no existe ninguna cuenta {code} que reciba movimientos.</translation>
        </message>
        <message>
            <source>{what}: {reason} (coopdesk books roles {role} CODE)</source>
            <translation>{what}: {reason} (coopdesk books roles {role} CODE)</translation>
        </message>
        <message>
            <source>The year {year} is not closed yet; its surplus is known only once it is closed.</source>
            <translation>El ejercicio {year} aún no está cerrado; su excedente solo se conoce una vez cerrado.</translation>
        </message>
        <message>
            <source>The year {year} closed without a surplus; there is nothing to share.</source>
            <translation>El ejercicio {year} se cerró sin excedente; no hay nada que repartir.</translation>
        </message>
        <message>
            <source>The surplus of {year} is already shared by distribution {number}.</source>
            <translation>El excedente de {year} ya se repartió en la distribución {number}.</translation>
        </message>
        <message>
            <source>The source account</source>
            <translation>La cuenta de origen</translation>
        </message>
        <message>
            <source>The members' payable account</source>
            <translation>La cuenta por pagar a asociados</translation>
        </message>
        <message>
            <source>Only a draft can be computed again.</source>
            <translation>Solo se puede recalcular un borrador.</translation>
        </message>
        <message>
            <source>Only a draft can be deleted; a posted distribution is undone by reversing its entry in the books.</source>
            <translation>Solo se puede eliminar un borrador; una distribución contabilizada se deshace revirtiendo su asiento en la contabilidad.</translation>
        </message>
        <message>
            <source>Distribution {number} is {status}. {message}</source>
            <translation>La distribución {number} está en estado {status}. {message}</translation>
        </message>
        <message>
            <source>It can be approved only once, as a draft.</source>
            <translation>Solo se puede aprobar una vez, como borrador.</translation>
        </message>
        <message>
            <source>Only an approved distribution can be posted.</source>
            <translation>Solo se puede contabilizar una distribución aprobada.</translation>
        </message>
        <message>
            <source>The payout date {date} is in the future.</source>
            <translation>La fecha de pago {date} está en el futuro.</translation>
        </message>
        <message>
            <source>Post the distribution before paying it out.</source>
            <translation>Contabilice la distribución antes de pagarla.</translation>
        </message>
        <message>
            <source>The payout date {date} is before the distribution was posted ({posted}).</source>
            <translation>La fecha de pago {date} es anterior a la contabilización de la distribución ({posted}).</translation>
        </message>
        <message>
            <source>Member {number} receives nothing from distribution {run}.</source>
            <translation>El asociado {number} no recibe nada de la distribución {run}.</translation>
        </message>
        <message>
            <source>Member {number} has already been paid.</source>
            <translation>Al asociado {number} ya se le pagó.</translation>
        </message>
        <message>
            <source>Nobody is left to pay by {via} in distribution {number}.</source>
            <translation>En la distribución {number} no queda nadie por pagar con la forma de pago {via}.</translation>
        </message>
        <message>
            <source>Deceased member(s) {numbers} have no nominated successor; record the successor in the register before paying their share.</source>
            <translation>Asociado(s) fallecido(s) {numbers} sin sucesor designado; registre el sucesor en el registro de asociados antes de pagar su parte.</translation>
        </message>
        <message>
            <source>Payout of distribution {number} ({count} member(s))</source>
            <translation>Pago de la distribución {number} ({count} asociado(s))</translation>
        </message>
        <message>
            <source>Distribution {number} has no payout {payout}.</source>
            <translation>La distribución {number} no tiene el pago {payout}.</translation>
        </message>
        <message>
            <source>Payout {payout} is already reversed.</source>
            <translation>El pago {payout} ya está revertido.</translation>
        </message>
        <message>
            <source>Only a posted distribution can be reversed; a draft or an approved one is deleted or left as it is.</source>
            <translation>Solo se puede revertir una distribución contabilizada; un borrador se elimina y una aprobada se deja como está.</translation>
        </message>
        <message>
            <source>Distribution {number} has {count} payout(s); members were paid. Reverse the payouts first.</source>
            <translation>La distribución {number} tiene {count} pago(s); hay asociados ya pagados. Revierta primero los pagos.</translation>
        </message>
        <message>
            <source>This entry is a payout of distribution {number}; reverse it from the Benefit sharing page ('coopdesk share reverse {number} --payout ID'), so its members show as unpaid again.</source>
            <translation>Este asiento es un pago de la distribución {number}; reviértalo desde la página Reparto de beneficios ('coopdesk share reverse {number} --payout ID'), para que sus asociados figuren otra vez sin pagar.</translation>
        </message>
        <message>
            <source>This entry posts distribution {number}; reverse it from the Benefit sharing page ('coopdesk share reverse {number}'), so the distribution follows.</source>
            <translation>Este asiento contabiliza la distribución {number}; reviértalo desde la página Reparto de beneficios ('coopdesk share reverse {number}'), para que la distribución lo refleje.</translation>
        </message>
        <message>
            <source>Assembly mode - {title}</source>
            <translation>Modo asamblea - {title}</translation>
        </message>
        <message>
            <source>{subtitle} - {status}</source>
            <translation>{subtitle} - {status}</translation>
        </message>
        <message>
            <source>No motion has been voted yet.</source>
            <translation>Todavía no se ha votado ninguna proposición.</translation>
        </message>
        <message>
            <source>Last vote: {motion}</source>
            <translation>Última votación: {motion}</translation>
        </message>
        <message>
            <source>Resolution {number}</source>
            <translation>Resolución {number}</translation>
        </message>
        <message>
            <source>Resolutions so far: {count}</source>
            <translation>Resoluciones hasta ahora: {count}</translation>
        </message>
        <message>
            <source>Check in:</source>
            <translation>Registrar asistencia:</translation>
        </message>
        <message>
            <source>member number or name, then Enter</source>
            <translation>número o nombre del asociado, luego Enter</translation>
        </message>
        <message>
            <source>the check-in is closed</source>
            <translation>el registro de asistencia está cerrado</translation>
        </message>
        <message>
            <source>only a teller checks members in</source>
            <translation>solo un escrutador registra la asistencia</translation>
        </message>
        <message>
            <source>QUORUM</source>
            <translation>QUÓRUM</translation>
        </message>
        <message>
            <source>The meeting is not in session.</source>
            <translation>La reunión no está en sesión.</translation>
        </message>
        <message>
            <source>present or represented, of {required} needed</source>
            <translation>presentes o representados, de {required} necesarios</translation>
        </message>
        <message>
            <source>{present} in the room, {represented} by proxy; {eligible} entitled; {call}</source>
            <translation>{present} en la sala, {represented} por poder; {eligible} con derecho a asistir; {call}</translation>
        </message>
        <message>
            <source>{number} - {name}</source>
            <translation>{number} - {name}</translation>
        </message>
        <message>
            <source>(in the room)</source>
            <translation>(en la sala)</translation>
        </message>
        <message>
            <source>Wait for a teller to let you vote</source>
            <translation>Espere a que un escrutador le permita votar</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>Empezar de nuevo</translation>
        </message>
        <message>
            <source>Blank ballot</source>
            <translation>Voto en blanco</translation>
        </message>
        <message>
            <source>Next: check my ballot</source>
            <translation>Siguiente: revisar mi papeleta</translation>
        </message>
        <message>
            <source>Change my ballot</source>
            <translation>Cambiar mi papeleta</translation>
        </message>
        <message>
            <source>Cast my ballot</source>
            <translation>Depositar mi voto</translation>
        </message>
        <message>
            <source>Thank you. Your vote is cast.</source>
            <translation>Gracias. Su voto quedó depositado.</translation>
        </message>
        <message>
            <source>member number (leave empty if already checked off)</source>
            <translation>número de asociado (déjelo vacío si ya está marcado en la lista)</translation>
        </message>
        <message>
            <source>password of {user}</source>
            <translation>contraseña de {user}</translation>
        </message>
        <message>
            <source>Let the voter vote</source>
            <translation>Dejar votar al votante</translation>
        </message>
        <message>
            <source>Take the booth back (no ballot cast)</source>
            <translation>Recuperar la cabina (sin depositar papeleta)</translation>
        </message>
        <message>
            <source>Close the booth</source>
            <translation>Cerrar la cabina</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Volver</translation>
        </message>
        <message>
            <source>The poll is closed.</source>
            <translation>La votación está cerrada.</translation>
        </message>
        <message>
            <source>Choice {n}</source>
            <translation>Opción {n}</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>Elegido</translation>
        </message>
        <message>
            <source>You chose a blank ballot</source>
            <translation>Usted eligió votar en blanco</translation>
        </message>
        <message>
            <source>No candidate is marked.</source>
            <translation>No hay ningún candidato marcado.</translation>
        </message>
        <message>
            <source>Cast it blank, or go back and choose.</source>
            <translation>Deposítela en blanco, o vuelva atrás y elija.</translation>
        </message>
        <message>
            <source>Cast a blank ballot</source>
            <translation>Votar en blanco</translation>
        </message>
        <message>
            <source>Check your ballot</source>
            <translation>Revise su papeleta</translation>
        </message>
        <message>
            <source>Is this right? Cast it, or go back and change it.</source>
            <translation>¿Está correcto? Deposítela, o vuelva atrás y cámbiela.</translation>
        </message>
        <message>
            <source>Voters checked off and waiting to vote: {n}. Enter a member number to check the next voter off the roll here, and your password.</source>
            <translation>Votantes marcados en la lista que esperan para votar: {n}. Escriba aquí un número de asociado para marcar al siguiente votante en la lista de votantes, y su contraseña.</translation>
        </message>
        <message>
            <source>A voter is in the booth. Enter your password to take the booth back without a ballot; the voter stays checked off.</source>
            <translation>Hay un votante en la cabina. Escriba su contraseña para recuperar la cabina sin papeleta; el votante sigue marcado en la lista.</translation>
        </message>
        <message>
            <source>{user} may not run the poll.</source>
            <translation>{user} no puede conducir la votación.</translation>
        </message>
        <message>
            <source>Enter the voter's member number (digits only).</source>
            <translation>Escriba el número de asociado del votante (solo dígitos).</translation>
        </message>
        <message>
            <source>Change the activity</source>
            <translation>Modificar la actividad</translation>
        </message>
        <message>
            <source>New activity</source>
            <translation>Nueva actividad</translation>
        </message>
        <message>
            <source>e.g. Helmets and boots for every digger</source>
            <translation>p. ej. Cascos y botas para todos los mineros</translation>
        </message>
        <message>
            <source>(nobody yet)</source>
            <translation>(nadie todavía)</translation>
        </message>
        <message>
            <source>How success is measured, e.g. diggers equipped</source>
            <translation>Cómo se mide el logro, p. ej. mineros dotados</translation>
        </message>
        <message>
            <source>A standard's requirement, e.g. craft:2.1 (optional)</source>
            <translation>Un requisito de un estándar, p. ej. craft:2.1 (opcional)</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Responsible member</source>
            <translation>Asociado responsable</translation>
        </message>
        <message>
            <source>Budget ({currency})</source>
            <translation>Presupuesto ({currency})</translation>
        </message>
        <message>
            <source>Save the activity</source>
            <translation>Guardar la actividad</translation>
        </message>
        <message>
            <source>Add the activity</source>
            <translation>Agregar la actividad</translation>
        </message>
        <message>
            <source>Report progress</source>
            <translation>Informar el avance</translation>
        </message>
        <message>
            <source>{number}. {title} ({starts} to {ends}); now {status}, {progress} %.</source>
            <translation>{number}. {title} ({starts} a {ends}); ahora {status}, {progress} %.</translation>
        </message>
        <message>
            <source>What was done, what holds it up</source>
            <translation>Qué se hizo, qué la está frenando</translation>
        </message>
        <message>
            <source>Record the report</source>
            <translation>Registrar el informe</translation>
        </message>
        <message>
            <source>Tag journal lines</source>
            <translation>Imputar líneas del diario</translation>
        </message>
        <message>
            <source>Tick the expense lines spent on {number}. {title}. Only lines of posted entries not tagged to another activity are listed.</source>
            <translation>Marque las líneas de gasto dedicadas a {number}. {title}. Solo aparecen líneas de asientos contabilizados que no estén imputadas a otra actividad.</translation>
        </message>
        <message>
            <source>Search the description or the account</source>
            <translation>Buscar en la descripción o la cuenta</translation>
        </message>
        <message>
            <source>Only from {starts} to {ends}</source>
            <translation>Solo de {starts} a {ends}</translation>
        </message>
        <message>
            <source>Tag the ticked lines</source>
            <translation>Imputar las líneas marcadas</translation>
        </message>
        <message>
            <source>{count} line(s) ticked, {amount} {currency}; {shown} line(s) listed.</source>
            <translation>{count} línea(s) marcada(s), {amount} {currency}; {shown} línea(s) en la lista.</translation>
        </message>
        <message>
            <source>No expense line left to tag here.</source>
            <translation>No queda ninguna línea de gasto por imputar aquí.</translation>
        </message>
        <message>
            <source>Approve the budget</source>
            <translation>Aprobar el presupuesto</translation>
        </message>
        <message>
            <source>The {year} budget, version {version}, is approved by a motion the general assembly passed. Once approved it is frozen; a change is a new version.</source>
            <translation>El presupuesto {year}, versión {version}, se aprueba con una proposición aprobada por la asamblea general. Una vez aprobado queda congelado; un cambio es una nueva versión.</translation>
        </message>
        <message>
            <source>{day} - resolution {resolution}: {text}</source>
            <translation>{day} - resolución {resolution}: {text}</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Aprobar</translation>
        </message>
        <message>
            <source>No general assembly has passed a motion yet. Record the assembly's vote on the budget in Meetings first.</source>
            <translation>Ninguna asamblea general ha aprobado todavía una proposición. Registre primero en Reuniones la votación de la asamblea sobre el presupuesto.</translation>
        </message>
        <message>
            <source>Choose the motion.</source>
            <translation>Elija la proposición.</translation>
        </message>
        <message>
            <source>New bank account</source>
            <translation>Nueva cuenta bancaria</translation>
        </message>
        <message>
            <source>short, e.g. AGRARIO or MPESA</source>
            <translation>corto, p. ej. AGRARIO o MPESA</translation>
        </message>
        <message>
            <source>the bank and what the account is for</source>
            <translation>el banco y para qué es la cuenta</translation>
        </message>
        <message>
            <source>(bank account {code})</source>
            <translation>(cuenta bancaria {code})</translation>
        </message>
        <message>
            <source>e.g. Banco Agrario, M-Pesa</source>
            <translation>p. ej. Banco Agrario, M-Pesa</translation>
        </message>
        <message>
            <source>None (recognise the columns)</source>
            <translation>Ninguna (reconocer las columnas)</translation>
        </message>
        <message>
            <source>Book lines dated before the day the statements start are taken as agreed with the bank (they are not asked for on statements).</source>
            <translation>Las líneas de libros con fecha anterior al día en que empiezan los extractos se dan por conciliadas con el banco (no se buscan en los extractos).</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Entidad</translation>
        </message>
        <message>
            <source>Default mapping (CSV/Excel)</source>
            <translation>Correspondencia predeterminada (CSV/Excel)</translation>
        </message>
        <message>
            <source>Statements start on</source>
            <translation>Los extractos empiezan el</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>Agregar cuenta</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Número de teléfono</translation>
        </message>
        <message>
            <source>Account number</source>
            <translation>Número de cuenta</translation>
        </message>
        <message>
            <source>the wallet's phone number</source>
            <translation>el número de teléfono de la billetera</translation>
        </message>
        <message>
            <source>as on the statements</source>
            <translation>como figura en los extractos</translation>
        </message>
        <message>
            <source>A member is given by their number, e.g. 17.</source>
            <translation>El asociado se indica con su número, p. ej. 17.</translation>
        </message>
        <message>
            <source>Change the rule</source>
            <translation>Modificar la regla</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>Nueva regla</translation>
        </message>
        <message>
            <source>e.g. Bank charges</source>
            <translation>p. ej. Gastos bancarios</translation>
        </message>
        <message>
            <source>words the statement line contains</source>
            <translation>palabras que contiene la línea del extracto</translation>
        </message>
        <message>
            <source>or a pattern, e.g. ^COMISION</source>
            <translation>o un patrón, p. ej. ^COMISION</translation>
        </message>
        <message>
            <source>no lower limit</source>
            <translation>sin límite inferior</translation>
        </message>
        <message>
            <source>no upper limit</source>
            <translation>sin límite superior</translation>
        </message>
        <message>
            <source>Any bank account</source>
            <translation>Cualquier cuenta bancaria</translation>
        </message>
        <message>
            <source>member number, if the lines are one member's</source>
            <translation>número de asociado, si las líneas son de un solo asociado</translation>
        </message>
        <message>
            <source>e.g. 1.5% (the part of each line that is a fee)</source>
            <translation>p. ej. 1.5% (la parte de cada línea que es comisión)</translation>
        </message>
        <message>
            <source>Active (tried when matching)</source>
            <translation>Activa (se prueba al cruzar)</translation>
        </message>
        <message>
            <source>Amounts are signed as on the statement: a charge is negative, so “highest amount 0” keeps the rule to money going out.</source>
            <translation>Los montos llevan el signo que tienen en el extracto: un cargo es negativo, así que “monto máximo 0” limita la regla al dinero que sale.</translation>
        </message>
        <message>
            <source>Text contains</source>
            <translation>El texto contiene</translation>
        </message>
        <message>
            <source>Pattern (regular expression)</source>
            <translation>Patrón (expresión regular)</translation>
        </message>
        <message>
            <source>Lowest amount</source>
            <translation>Monto mínimo</translation>
        </message>
        <message>
            <source>Highest amount</source>
            <translation>Monto máximo</translation>
        </message>
        <message>
            <source>Book to account</source>
            <translation>Registrar en la cuenta</translation>
        </message>
        <message>
            <source>Fee share</source>
            <translation>Parte de comisión</translation>
        </message>
        <message>
            <source>Fee account</source>
            <translation>Cuenta de comisiones</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>Guardar regla</translation>
        </message>
        <message>
            <source>Choose the account the lines are booked to.</source>
            <translation>Elija la cuenta en la que se registran las líneas.</translation>
        </message>
        <message>
            <source>There is no ledger account {code} that takes entries.</source>
            <translation>No existe una cuenta contable {code} que acepte asientos.</translation>
        </message>
        <message>
            <source>Make an entry from a statement line</source>
            <translation>Hacer un asiento a partir de una línea del extracto</translation>
        </message>
        <message>
            <source>{date} · {text} · {amount} {currency}</source>
            <translation>{date} · {text} · {amount} {currency}</translation>
        </message>
        <message>
            <source>optional member number</source>
            <translation>número de asociado (opcional)</translation>
        </message>
        <message>
            <source>Proposed by the rule “{rule}”: {lines}.</source>
            <translation>Propuesto por la regla “{rule}”: {lines}.</translation>
        </message>
        <message>
            <source>Post entry</source>
            <translation>Contabilizar asiento</translation>
        </message>
        <message>
            <source>Choose the account the line is booked to.</source>
            <translation>Elija la cuenta en la que se registra la línea.</translation>
        </message>
        <message>
            <source>at least</source>
            <translation>al menos</translation>
        </message>
        <message>
            <source>more than</source>
            <translation>más de</translation>
        </message>
        <message>
            <source>A share: 1/2, 2/3, 50 % or 0.5.</source>
            <translation>Una proporción: 1/2, 2/3, 50 % o 0.5.</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Candidates and proxies</source>
            <translation>Candidatos y poderes</translation>
        </message>
        <message>
            <source>Save the bylaws</source>
            <translation>Guardar los estatutos</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>e.g. Bylaws of 2024</source>
            <translation>p. ej. Estatutos de 2024</translation>
        </message>
        <message>
            <source>the law and the articles of the bylaws these rules come from</source>
            <translation>la ley y los artículos de los estatutos de donde provienen estas reglas</translation>
        </message>
        <message>
            <source>Who keeps and reads the register of grievances</source>
            <translation>Quién lleva y consulta el registro de quejas</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <source>First call</source>
            <translation>Primera convocatoria</translation>
        </message>
        <message>
            <source>Second call</source>
            <translation>Segunda convocatoria</translation>
        </message>
        <message>
            <source>Never fewer than</source>
            <translation>Nunca menos de</translation>
        </message>
        <message>
            <source>Second call after</source>
            <translation>Segunda convocatoria después de</translation>
        </message>
        <message>
            <source>Delegates' assembly</source>
            <translation>Asamblea de delegados</translation>
        </message>
        <message>
            <source>no second call</source>
            <translation>sin segunda convocatoria</translation>
        </message>
        <message>
            <source>second convocation only</source>
            <translation>solo en nueva convocatoria</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutos</translation>
        </message>
        <message>
            <source>as members</source>
            <translation>igual que asociados</translation>
        </message>
        <message>
            <source>Shares of the members entitled to attend: 1/2, 2/3, 50 % or 0.5. At second call the lower share applies after the wait, or only when the meeting is convened a second time; "Never fewer than" is the least number of members even then. Leave "Second call" blank when there is none, and "Delegates' assembly" blank when delegates follow the members' rules.</source>
            <translation>Proporciones de los asociados con derecho a asistir: 1/2, 2/3, 50 % o 0.5. En segunda convocatoria, la proporción menor se aplica después de la espera, o solo cuando la reunión se convoca por segunda vez; "Nunca menos de" es el número mínimo de asociados incluso en ese caso. Deje "Segunda convocatoria" en blanco cuando no la haya, y "Asamblea de delegados" en blanco cuando los delegados sigan las reglas de los asociados.</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <source>Of</source>
            <translation>De</translation>
        </message>
        <message>
            <source>of the</source>
            <translation>de los</translation>
        </message>
        <message>
            <source>"More than half" of 30 needs 16; "at least two thirds" of 30 is reached by 20.</source>
            <translation>"Más de la mitad" de 30 exige 16; "al menos las dos terceras partes" de 30 se alcanza con 20.</translation>
        </message>
        <message>
            <source>Notice at least</source>
            <translation>Anticipación mínima</translation>
        </message>
        <message>
            <source>business days (no weekends or holidays)</source>
            <translation>días hábiles (sin fines de semana ni festivos)</translation>
        </message>
        <message>
            <source>days</source>
            <translation>días</translation>
        </message>
        <message>
            <source>Notice is counted from the day after the convocation up to and including the day of the meeting.</source>
            <translation>La anticipación se cuenta desde el día siguiente a la convocatoria hasta el día de la reunión, inclusive.</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Período</translation>
        </message>
        <message>
            <source>Terms in a row</source>
            <translation>Períodos consecutivos</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Consejo o junta</translation>
        </message>
        <message>
            <source>Add a position</source>
            <translation>Agregar un órgano</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>no minimum</source>
            <translation>sin mínimo</translation>
        </message>
        <message>
            <source>Women on the board, at least</source>
            <translation>Mujeres en los órganos, al menos</translation>
        </message>
        <message>
            <source>Candidates must be active members</source>
            <translation>Los candidatos deben ser asociados activos</translation>
        </message>
        <message>
            <source>Candidates must have paid up the shares they subscribed</source>
            <translation>Los candidatos deben haber pagado los aportes que suscribieron</translation>
        </message>
        <message>
            <source>months</source>
            <translation>meses</translation>
        </message>
        <message>
            <source>Who may stand for a position</source>
            <translation>Quién puede ser candidato</translation>
        </message>
        <message>
            <source>A member for at least</source>
            <translation>Asociado desde hace al menos</translation>
        </message>
        <message>
            <source>A member may be represented by another member</source>
            <translation>Un asociado puede hacerse representar por otro asociado</translation>
        </message>
        <message>
            <source>Members represented count towards the quorum</source>
            <translation>Los asociados representados cuentan para el quórum</translation>
        </message>
        <message>
            <source>Proxies one member may hold, at most</source>
            <translation>Poderes que puede recibir un asociado, como máximo</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>A tie is settled by the ticked steps, from the top. A drawn lot is always the last step, so that every tie can be settled.</source>
            <translation>Un empate se resuelve con los pasos marcados, de arriba abajo. El sorteo es siempre el último paso, para que todo empate pueda resolverse.</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>sin límite</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>{meeting}, first call</source>
            <translation>{meeting}, primera convocatoria</translation>
        </message>
        <message>
            <source>{meeting}, second call</source>
            <translation>{meeting}, segunda convocatoria</translation>
        </message>
        <message>
            <source>{meeting}, delegates</source>
            <translation>{meeting}, delegados</translation>
        </message>
        <message>
            <source>New election</source>
            <translation>Nueva elección</translation>
        </message>
        <message>
            <source>e.g. Board of directors 2026</source>
            <translation>p. ej. Consejo de Administración 2026</translation>
        </message>
        <message>
            <source>None (not a post of the bylaws)</source>
            <translation>Ninguno (no es un órgano de los estatutos)</translation>
        </message>
        <message>
            <source>{name} ({seats} seats)</source>
            <translation>{name} ({seats} cargos)</translation>
        </message>
        <message>
            <source>Counting method</source>
            <translation>Método de escrutinio</translation>
        </message>
        <message>
            <source>Create the election</source>
            <translation>Crear la elección</translation>
        </message>
        <message>
            <source>Type the candidates' numbers on the paper, e.g. 2 1 3; 0 for a blank ballot.</source>
            <translation>Escriba los números de los candidatos tal como están en la papeleta, p. ej. 2 1 3; 0 para una papeleta en blanco.</translation>
        </message>
        <message>
            <source>Only the candidates' numbers, separated by spaces: e.g. 2 1 3.</source>
            <translation>Solo los números de los candidatos, separados por espacios: p. ej. 2 1 3.</translation>
        </message>
        <message>
            <source>Add a stage to the path</source>
            <translation>Agregar una etapa a la ruta</translation>
        </message>
        <message>
            <source>Change “{title}”</source>
            <translation>Modificar “{title}”</translation>
        </message>
        <message>
            <source>e.g. Environmental licence</source>
            <translation>p. ej. Licencia ambiental</translation>
        </message>
        <message>
            <source>who grants it</source>
            <translation>quién la otorga</translation>
        </message>
        <message>
            <source>number of the certificate, licence or title</source>
            <translation>número del certificado, la licencia o el título</translation>
        </message>
        <message>
            <source>The last day it is valid; blank when it does not expire.</source>
            <translation>El último día de vigencia; vacío si no vence.</translation>
        </message>
        <message>
            <source>(no particular site)</source>
            <translation>(ningún sitio en particular)</translation>
        </message>
        <message>
            <source>Kind of step</source>
            <translation>Tipo de paso</translation>
        </message>
        <message>
            <source>Reference number</source>
            <translation>Número de radicado</translation>
        </message>
        <message>
            <source>Applied for on</source>
            <translation>Solicitado el</translation>
        </message>
        <message>
            <source>Add the stage</source>
            <translation>Agregar la etapa</translation>
        </message>
        <message>
            <source>Save the changes</source>
            <translation>Guardar los cambios</translation>
        </message>
        <message>
            <source>Link a fee of “{title}”</source>
            <translation>Vincular un derecho pagado por “{title}”</translation>
        </message>
        <message>
            <source>Choose the payment that paid the fee. Its amount is read from the books: the entry's total.</source>
            <translation>Elija el pago con el que se pagó el derecho. Su monto se toma de la contabilidad: el total del asiento.</translation>
        </message>
        <message>
            <source>Already a fee of</source>
            <translation>Ya es un derecho pagado por</translation>
        </message>
        <message>
            <source>The books hold no posted payment yet: record the payment in the cash book first.</source>
            <translation>La contabilidad aún no tiene ningún pago contabilizado: registre primero el pago en el libro de caja.</translation>
        </message>
        <message>
            <source>e.g. evaluation fee, annual follow-up fee</source>
            <translation>p. ej. tasa de evaluación, tasa anual de seguimiento</translation>
        </message>
        <message>
            <source>Link the fee</source>
            <translation>Vincular el derecho</translation>
        </message>
        <message>
            <source>Choose the payment in the list.</source>
            <translation>Elija el pago en la lista.</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nueva reunión</translation>
        </message>
        <message>
            <source>e.g. Ordinary general assembly 2026</source>
            <translation>p. ej. Asamblea general ordinaria 2026</translation>
        </message>
        <message>
            <source>One item a line, in order:
Quorum and agenda
Accounts of the year
Election of the board</source>
            <translation>Un punto por línea, en orden:
Verificación del quórum y orden del día
Estados financieros del ejercicio
Elección del Consejo de Administración</translation>
        </message>
        <message>
            <source>Kind of meeting</source>
            <translation>Tipo de reunión</translation>
        </message>
        <message>
            <source>Create the meeting</source>
            <translation>Crear la reunión</translation>
        </message>
        <message>
            <source>Save the agenda</source>
            <translation>Guardar el orden del día</translation>
        </message>
        <message>
            <source>One item a line, in order.</source>
            <translation>Un punto por línea, en orden.</translation>
        </message>
        <message>
            <source>Convene the meeting</source>
            <translation>Convocar la reunión</translation>
        </message>
        <message>
            <source>{title}, {when}. The convocation, with its agenda, goes out on:</source>
            <translation>{title}, {when}. La convocatoria, con su orden del día, se envía el:</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Enviada el</translation>
        </message>
        <message>
            <source>Convene</source>
            <translation>Convocar</translation>
        </message>
        <message>
            <source>Open the meeting</source>
            <translation>Abrir la reunión</translation>
        </message>
        <message>
            <source>Add a proxy</source>
            <translation>Agregar un poder</translation>
        </message>
        <message>
            <source>Absent member (number)</source>
            <translation>Asociado ausente (número)</translation>
        </message>
        <message>
            <source>Represented by (in the room)</source>
            <translation>Representado por (en la sala)</translation>
        </message>
        <message>
            <source>Add the proxy</source>
            <translation>Agregar el poder</translation>
        </message>
        <message>
            <source>Check in the member who holds the proxy first.</source>
            <translation>Registre primero la asistencia del asociado que recibe el poder.</translation>
        </message>
        <message>
            <source>Put a motion to the vote</source>
            <translation>Someter una proposición a votación</translation>
        </message>
        <message>
            <source>Agenda item {place}: {title}</source>
            <translation>Punto {place} del orden del día: {title}</translation>
        </message>
        <message>
            <source>No agenda item</source>
            <translation>Sin punto del orden del día</translation>
        </message>
        <message>
            <source>did not vote</source>
            <translation>no votó</translation>
        </message>
        <message>
            <source>Votes by name</source>
            <translation>Votos nominales</translation>
        </message>
        <message>
            <source>In favour</source>
            <translation>A favor</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>En contra</translation>
        </message>
        <message>
            <source>Abstentions</source>
            <translation>Abstenciones</translation>
        </message>
        <message>
            <source>Spoilt</source>
            <translation>Nulos</translation>
        </message>
        <message>
            <source>Record the vote</source>
            <translation>Registrar la votación</translation>
        </message>
        <message>
            <source>With this date of birth the member was a minor when they joined; a minor cannot be registered as a miner.</source>
            <translation>Con esta fecha de nacimiento, el asociado era menor de edad al ingresar; un menor no puede inscribirse como minero.</translation>
        </message>
        <message>
            <source>New business plan</source>
            <translation>Nuevo plan de negocios</translation>
        </message>
        <message>
            <source>e.g. Business plan {first}-{last}</source>
            <translation>p. ej. Plan de negocios {first}-{last}</translation>
        </message>
        <message>
            <source>No: I will enter the numbers</source>
            <translation>No: ingresaré las cifras yo mismo</translation>
        </message>
        <message>
            <source>{year} (closed)</source>
            <translation>{year} (cerrado)</translation>
        </message>
        <message>
            <source>{year} (current)</source>
            <translation>{year} (en curso)</translation>
        </message>
        <message>
            <source>First year</source>
            <translation>Primer año</translation>
        </message>
        <message>
            <source>Number of years</source>
            <translation>Número de años</translation>
        </message>
        <message>
            <source>Cash at the start ({currency})</source>
            <translation>Caja al inicio ({currency})</translation>
        </message>
        <message>
            <source>Start from the books of</source>
            <translation>Partir de la contabilidad de</translation>
        </message>
        <message>
            <source>Starting from the books fills every year with the grams sold, the average price and premium of that fiscal year, and a cost line for each group of expense accounts.</source>
            <translation>Partir de la contabilidad llena cada año con los gramos vendidos, el precio promedio y la prima de ese ejercicio, y una línea de costo por cada grupo de cuentas de gastos.</translation>
        </message>
        <message>
            <source>Create the plan</source>
            <translation>Crear el plan</translation>
        </message>
        <message>
            <source>Cost line</source>
            <translation>Línea de costo</translation>
        </message>
        <message>
            <source>Change the cost line</source>
            <translation>Modificar la línea de costo</translation>
        </message>
        <message>
            <source>e.g. Fuel, Wages, Gold bought from members</source>
            <translation>p. ej. Combustible, Salarios, Oro comprado a los asociados</translation>
        </message>
        <message>
            <source>The amounts are per gram sold (a variable cost)</source>
            <translation>Los montos son por gramo vendido (un costo variable)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>The same amount every year</source>
            <translation>El mismo monto cada año</translation>
        </message>
        <message>
            <source>Account group</source>
            <translation>Grupo de cuentas</translation>
        </message>
        <message>
            <source>Amount ({currency})</source>
            <translation>Monto ({currency})</translation>
        </message>
        <message>
            <source>Save the cost line</source>
            <translation>Guardar la línea de costo</translation>
        </message>
        <message>
            <source>{year}: {problem}</source>
            <translation>{year}: {problem}</translation>
        </message>
        <message>
            <source>Investment</source>
            <translation>Inversión</translation>
        </message>
        <message>
            <source>Change the investment</source>
            <translation>Modificar la inversión</translation>
        </message>
        <message>
            <source>e.g. Concentration table, compressor</source>
            <translation>p. ej. Mesa concentradora, compresor</translation>
        </message>
        <message>
            <source>Year bought</source>
            <translation>Año de compra</translation>
        </message>
        <message>
            <source>Cost ({currency})</source>
            <translation>Costo ({currency})</translation>
        </message>
        <message>
            <source>Paid by the members</source>
            <translation>Pagado por los asociados</translation>
        </message>
        <message>
            <source>Paid from the premium</source>
            <translation>Pagado con la prima</translation>
        </message>
        <message>
            <source>Borrowed</source>
            <translation>Con préstamo</translation>
        </message>
        <message>
            <source>Loan repaid over (years)</source>
            <translation>Préstamo pagado en (años)</translation>
        </message>
        <message>
            <source>Loan interest (% a year)</source>
            <translation>Intereses del préstamo (% anual)</translation>
        </message>
        <message>
            <source>Useful life (years)</source>
            <translation>Vida útil (años)</translation>
        </message>
        <message>
            <source>Save the investment</source>
            <translation>Guardar la inversión</translation>
        </message>
        <message>
            <source>Adopt the plan</source>
            <translation>Adoptar el plan</translation>
        </message>
        <message>
            <source>Resolution {ref}: {text} ({meeting}, {date})</source>
            <translation>Resolución {ref}: {text} ({meeting}, {date})</translation>
        </message>
        <message>
            <source>Once adopted, “{title}” can no longer be changed; a new version is a copy.</source>
            <translation>Una vez adoptado, “{title}” ya no se puede modificar; una nueva versión es una copia.</translation>
        </message>
        <message>
            <source>Adopted by the motion</source>
            <translation>Adoptado por la proposición</translation>
        </message>
        <message>
            <source>Adopt</source>
            <translation>Adoptar</translation>
        </message>
        <message>
            <source>No motion has passed yet: record the meeting's vote first.</source>
            <translation>Todavía no se ha aprobado ninguna proposición: registre primero la votación de la reunión.</translation>
        </message>
        <message>
            <source>Copy the plan</source>
            <translation>Copiar el plan</translation>
        </message>
        <message>
            <source>{title} (revised)</source>
            <translation>{title} (revisado)</translation>
        </message>
        <message>
            <source>Title of the copy</source>
            <translation>Título de la copia</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
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
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Distribution {number}, “{title}”: {amount}</source>
            <translation>Distribución {number}, “{title}”: {amount}</translation>
        </message>
        <message>
            <source>Approve distribution {number}</source>
            <translation>Aprobar la distribución {number}</translation>
        </message>
        <message>
            <source>e.g. General assembly of 15 March, resolution 4</source>
            <translation>p. ej. Asamblea general del 15 de marzo, resolución 4</translation>
        </message>
        <message>
            <source>Approved by the assembly on</source>
            <translation>Aprobada por la asamblea el</translation>
        </message>
        <message>
            <source>Reverse in distribution {number}</source>
            <translation>Revertir en la distribución {number}</translation>
        </message>
        <message>
            <source>Payout {payout} of {date}: {count} member(s), {amount} by {via} (entry {entry})</source>
            <translation>Pago {payout} del {date}: {count} asociado(s), {amount} en {via} (asiento {entry})</translation>
        </message>
        <message>
            <source>The distribution itself (its payouts reversed first)</source>
            <translation>La distribución misma (revertidos antes sus pagos)</translation>
        </message>
        <message>
            <source>The distribution itself</source>
            <translation>La distribución misma</translation>
        </message>
        <message>
            <source>e.g. paid twice; the member did not come</source>
            <translation>p. ej. pagado dos veces; el asociado no vino</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Revertir</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Payout {payout} reversed: {count} member(s) are unpaid again.</source>
            <translation>Pago {payout} revertido: {count} asociado(s) quedan otra vez sin pagar.</translation>
        </message>
        <message>
            <source>Distribution {number} reversed by entry {year}/{entry}.</source>
            <translation>Distribución {number} revertida con el asiento {year}/{entry}.</translation>
        </message>
        <message>
            <source>Post distribution {number}</source>
            <translation>Contabilizar la distribución {number}</translation>
        </message>
        <message>
            <source>One entry: {source} debited {amount}; each fund credited; each member's payable credited in the member sub-ledger ({count} member(s)).</source>
            <translation>Un solo asiento: débito de {amount} a {source}; crédito a cada fondo; crédito a la cuenta por pagar de cada asociado en el auxiliar de asociados ({count} asociado(s)).</translation>
        </message>
        <message>
            <source>Approved on {date}: {resolution}</source>
            <translation>Aprobada el {date}: {resolution}</translation>
        </message>
        <message>
            <source>Posting date</source>
            <translation>Fecha de contabilización</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Contabilizar</translation>
        </message>
        <message>
            <source>Pay out distribution {number}</source>
            <translation>Pagar la distribución {number}</translation>
        </message>
        <message>
            <source>{via} — {count} member(s) to pay, {amount}</source>
            <translation>{via} — {count} asociado(s) por pagar, {amount}</translation>
        </message>
        <message>
            <source>Everyone not paid yet who is paid this way</source>
            <translation>Todos los que aún no se han pagado con esta forma de pago</translation>
        </message>
        <message>
            <source>Only the {count} member(s) selected: {numbers}</source>
            <translation>Solo los {count} asociado(s) seleccionado(s): {numbers}</translation>
        </message>
        <message>
            <source>e.g. transfer batch or receipt book number</source>
            <translation>p. ej. lote de transferencias o número del talonario de recibos</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Forma de pago</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quiénes</translation>
        </message>
        <message>
            <source>Pay and post</source>
            <translation>Pagar y contabilizar</translation>
        </message>
        <message>
            <source>Every way, grouped as the treasurer pays</source>
            <translation>Todas las formas de pago, agrupadas como paga el tesorero</translation>
        </message>
        <message>
            <source>Only the members not paid yet</source>
            <translation>Solo los asociados aún sin pagar</translation>
        </message>
        <message>
            <source>PDF, to print and sign</source>
            <translation>PDF, para imprimir y firmar</translation>
        </message>
        <message>
            <source>Excel</source>
            <translation>Excel</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Guardar…</translation>
        </message>
        <message>
            <source>Why this amount — member {number}</source>
            <translation>Por qué este monto — asociado {number}</translation>
        </message>
        <message>
            <source>{name} (member {number}) receives {amount}</source>
            <translation>{name} (asociado {number}) recibe {amount}</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Cifra</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Save this explanation as a PDF to print and hand to the member</source>
            <translation>Guardar esta explicación como PDF para imprimirla y entregarla al asociado</translation>
        </message>
        <message>
            <source>Print the explanation</source>
            <translation>Imprimir la explicación</translation>
        </message>
        <message>
            <source>why-this-amount-{run}-{member}.pdf</source>
            <translation>por-que-este-monto-{run}-{member}.pdf</translation>
        </message>
        <message>
            <source>Writing {path}…</source>
            <translation>Escribiendo {path}…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Guardado en {path}</translation>
        </message>
        <message>
            <source>Unclaimed payouts of distribution {number}</source>
            <translation>Pagos no cobrados de la distribución {number}</translation>
        </message>
        <message>
            <source>The distribution is not posted: nothing can be unclaimed yet.</source>
            <translation>La distribución no está contabilizada: todavía no puede haber pagos sin cobrar.</translation>
        </message>
        <message>
            <source>Nobody's payout is unclaimed. Payouts count as unclaimed {days} days after the posting ({date}).</source>
            <translation>No hay ningún pago sin cobrar. Los pagos cuentan como no cobrados {days} días después de la contabilización ({date}).</translation>
        </message>
        <message>
            <source>{count} member(s) have not collected {amount}, {days} days or more after the posting on {date}.</source>
            <translation>{count} asociado(s) no ha(n) cobrado {amount}, {days} días o más después de la contabilización del {date}.</translation>
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
            <source>e.g. bylaws-2024</source>
            <translation>p. ej. estatutos-2024</translation>
        </message>
        <message>
            <source>Fund</source>
            <translation>Fondo</translation>
        </message>
        <message>
            <source>% of the amount</source>
            <translation>% del monto</translation>
        </message>
        <message>
            <source>Until % of capital</source>
            <translation>Hasta % del capital</translation>
        </message>
        <message>
            <source>Name in the bylaws</source>
            <translation>Nombre en los estatutos</translation>
        </message>
        <message>
            <source>Add a fund</source>
            <translation>Agregar un fondo</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Suspended members take no part</source>
            <translation>Los asociados suspendidos no participan</translation>
        </message>
        <message>
            <source>no cap</source>
            <translation>sin tope</translation>
        </message>
        <message>
            <source>smallest unit</source>
            <translation>unidad mínima</translation>
        </message>
        <message>
            <source>Funds, in the order of the bylaws</source>
            <translation>Fondos, en el orden de los estatutos</translation>
        </message>
        <message>
            <source>The members' part is shared by (weights; leave blank what is not used):</source>
            <translation>La parte de los asociados se reparte según (ponderaciones; deje vacío lo que no se use):</translation>
        </message>
        <message>
            <source>Eligible after</source>
            <translation>Con derecho tras</translation>
        </message>
        <message>
            <source>active in the period</source>
            <translation>activos en el período</translation>
        </message>
        <message>
            <source>Interest on capital at most</source>
            <translation>Interés sobre el capital como máximo</translation>
        </message>
        <message>
            <source>% a year</source>
            <translation>% anual</translation>
        </message>
        <message>
            <source>Round payouts to</source>
            <translation>Redondear los pagos a</translation>
        </message>
        <message>
            <source>from the posting</source>
            <translation>desde la contabilización</translation>
        </message>
        <message>
            <source>New sharing policy</source>
            <translation>Nueva política de reparto</translation>
        </message>
        <message>
            <source>Edit the sharing policy “{name}”</source>
            <translation>Editar la política de reparto “{name}”</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>A distribution keeps a copy of the policy it was computed with: editing a policy changes no distribution already made.</source>
            <translation>Una distribución guarda una copia de la política con la que se calculó: editar una política no cambia ninguna distribución ya hecha.</translation>
        </message>
        <message>
            <source>Start from</source>
            <translation>Partir de</translation>
        </message>
        <message>
            <source>{standard} {id}: {title}</source>
            <translation>{standard} {id}: {title}</translation>
        </message>
        <message>
            <source>Assess a requirement</source>
            <translation>Evaluar un requisito</translation>
        </message>
        <message>
            <source>What was seen, what is missing</source>
            <translation>Qué se observó, qué falta</translation>
        </message>
        <message>
            <source>Record the assessment</source>
            <translation>Registrar la evaluación</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation>Agregar evidencia</translation>
        </message>
        <message>
            <source>A record coopdesk holds</source>
            <translation>Un registro que coopdesk conserva</translation>
        </message>
        <message>
            <source>An extract of the member register, today</source>
            <translation>Un extracto del registro de asociados, a hoy</translation>
        </message>
        <message>
            <source>A file (a photo, a scan, a report)</source>
            <translation>Un archivo (una foto, un escaneo, un informe)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Leave blank for the record's own name</source>
            <translation>Déjelo vacío para usar el nombre propio del registro</translation>
        </message>
        <message>
            <source>No record fits this requirement yet.</source>
            <translation>Todavía ningún registro corresponde a este requisito.</translation>
        </message>
        <message>
            <source>Add the evidence</source>
            <translation>Agregar la evidencia</translation>
        </message>
        <message>
            <source>Label (optional)</source>
            <translation>Etiqueta (opcional)</translation>
        </message>
        <message>
            <source>A file to keep as evidence</source>
            <translation>Un archivo para conservar como evidencia</translation>
        </message>
        <message>
            <source>Choose one of the records.</source>
            <translation>Elija uno de los registros.</translation>
        </message>
        <message>
            <source>Choose the file.</source>
            <translation>Elija el archivo.</translation>
        </message>
        <message>
            <source>Make an improvement action</source>
            <translation>Crear una acción de mejora</translation>
        </message>
        <message>
            <source>e.g. Buy retorts and train the processors</source>
            <translation>p. ej. Comprar retortas y capacitar a los beneficiadores</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>nadie todavía</translation>
        </message>
        <message>
            <source>What will be done</source>
            <translation>Qué se hará</translation>
        </message>
        <message>
            <source>Responsible (member number)</source>
            <translation>Responsable (número de asociado)</translation>
        </message>
        <message>
            <source>The action becomes an activity of the action plan, where its progress and spending are followed.</source>
            <translation>La acción se convierte en una actividad del plan de acción, donde se hace seguimiento a su avance y sus gastos.</translation>
        </message>
        <message>
            <source>Add to the action plan</source>
            <translation>Agregar al plan de acción</translation>
        </message>
        <message>
            <source>Correct the session</source>
            <translation>Corregir la sesión</translation>
        </message>
        <message>
            <source>New training session</source>
            <translation>Nueva sesión de capacitación</translation>
        </message>
        <message>
            <source>What the session was about</source>
            <translation>De qué trató la sesión</translation>
        </message>
        <message>
            <source>The trainer or the organisation</source>
            <translation>El capacitador o la organización</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Save the session</source>
            <translation>Guardar la sesión</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>{day}: {topic}</source>
            <translation>{day}: {topic}</translation>
        </message>
        <message>
            <source>Type a name or a number</source>
            <translation>Escriba un nombre o un número</translation>
        </message>
        <message>
            <source>Tick all shown</source>
            <translation>Marcar todos los mostrados</translation>
        </message>
        <message>
            <source>Untick all shown</source>
            <translation>Desmarcar todos los mostrados</translation>
        </message>
        <message>
            <source>Save the attendance</source>
            <translation>Guardar la asistencia</translation>
        </message>
        <message>
            <source>This session is on {day}: attendance is taken on the day.</source>
            <translation>Esta sesión es el {day}: la asistencia se toma ese día.</translation>
        </message>
        <message>
            <source>Record an incident</source>
            <translation>Registrar un incidente</translation>
        </message>
        <message>
            <source>(no member)</source>
            <translation>(ningún asociado)</translation>
        </message>
        <message>
            <source>grams, e.g. 12.5</source>
            <translation>gramos, p. ej. 12.5</translation>
        </message>
        <message>
            <source>Member involved</source>
            <translation>Asociado involucrado</translation>
        </message>
        <message>
            <source>Action taken so far</source>
            <translation>Acción tomada hasta ahora</translation>
        </message>
        <message>
            <source>Record the incident</source>
            <translation>Registrar el incidente</translation>
        </message>
        <message>
            <source>Close an incident</source>
            <translation>Cerrar un incidente</translation>
        </message>
        <message>
            <source>Incident {number} of {day}: {kind}</source>
            <translation>Incidente {number} del {day}: {kind}</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>Cerrada el</translation>
        </message>
        <message>
            <source>Close the incident</source>
            <translation>Cerrar el incidente</translation>
        </message>
        <message>
            <source>✓ matched; a lock: in a finished reconciliation</source>
            <translation>✓ cruzada; un candado: en una conciliación terminada</translation>
        </message>
        <message>
            <source>Matched, in a finished reconciliation (reopen it to change this)</source>
            <translation>Cruzada, en una conciliación terminada (reábrala para cambiar esto)</translation>
        </message>
        <message>
            <source>Brought forward: before the account's statements begin, taken as agreed with the bank</source>
            <translation>Período anterior: antes de que empiecen los extractos de la cuenta, se da por conciliado con el banco</translation>
        </message>
        <message>
            <source>Not matched yet</source>
            <translation>Aún sin cruzar</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Balance after it: {balance}</source>
            <translation>Saldo después de esta línea: {balance}</translation>
        </message>
        <message>
            <source>matched automatically</source>
            <translation>cruzada automáticamente</translation>
        </message>
        <message>
            <source>matched by hand</source>
            <translation>cruzada a mano</translation>
        </message>
        <message>
            <source>booked from this line</source>
            <translation>asiento hecho desde esta línea</translation>
        </message>
        <message>
            <source>Brought forward: before the account's statements begin</source>
            <translation>Período anterior: antes de que empiecen los extractos de la cuenta</translation>
        </message>
        <message>
            <source>Gold sold</source>
            <translation>Oro vendido</translation>
        </message>
        <message>
            <source>Capital (average)</source>
            <translation>Capital (promedio)</translation>
        </message>
        <message>
            <source>Days active</source>
            <translation>Días activos</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Pagado</translation>
        </message>
        <message>
            <source>{date}, {via}</source>
            <translation>{date}, {via}</translation>
        </message>
        <message>
            <source>not yet ({method})</source>
            <translation>aún no ({method})</translation>
        </message>
        <message>
            <source>No part: {reason}</source>
            <translation>No participa: {reason}</translation>
        </message>
        <message>
            <source>Paid to the successor {payee}</source>
            <translation>Pagado al sucesor {payee}</translation>
        </message>
        <message>
            <source>Deceased, no successor recorded</source>
            <translation>Fallecido, sin sucesor registrado</translation>
        </message>
        <message>
            <source>New account…</source>
            <translation>Nueva cuenta…</translation>
        </message>
        <message>
            <source>Import statement…</source>
            <translation>Importar extracto…</translation>
        </message>
        <message>
            <source>Match automatically</source>
            <translation>Cruzar automáticamente</translation>
        </message>
        <message>
            <source>There is no bank or mobile-money account yet.
Add one, tied to the ledger account that holds its money; then import its statements and match them to the books.</source>
            <translation>Aún no hay cuentas bancarias ni de billetera móvil.
Agregue una, vinculada a la cuenta contable que contiene su dinero; luego importe sus extractos y crúcelos con los libros.</translation>
        </message>
        <message>
            <source>Matching</source>
            <translation>Cruce</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>Sugerencias</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Reglas</translation>
        </message>
        <message>
            <source>Reconciliation</source>
            <translation>Conciliación</translation>
        </message>
        <message>
            <source>Ledger account {code} {name}</source>
            <translation>Cuenta contable {code} {name}</translation>
        </message>
        <message>
            <source>book balance {amount} {currency}</source>
            <translation>saldo en libros {amount} {currency}</translation>
        </message>
        <message>
            <source>{lines} statement line(s), {open} not matched</source>
            <translation>{lines} línea(s) de extracto, {open} sin cruzar</translation>
        </message>
        <message>
            <source>statements up to {date}</source>
            <translation>extractos hasta el {date}</translation>
        </message>
        <message>
            <source>reconciled up to {date}</source>
            <translation>conciliada hasta el {date}</translation>
        </message>
        <message>
            <source>Your role may read the bank but not change it.</source>
            <translation>Su rol puede consultar el banco, pero no modificarlo.</translation>
        </message>
        <message>
            <source>Adding accounts is not available in this version.</source>
            <translation>Agregar cuentas no está disponible en esta versión.</translation>
        </message>
        <message>
            <source>Importing statements is not available in this version.</source>
            <translation>Importar extractos no está disponible en esta versión.</translation>
        </message>
        <message>
            <source>{new} new statement line(s) imported, {known} already known.</source>
            <translation>{new} línea(s) nueva(s) del extracto importada(s), {known} ya conocida(s).</translation>
        </message>
        <message>
            <source>Matching the statement to the books…</source>
            <translation>Cruzando el extracto con los libros…</translation>
        </message>
        <message>
            <source>{matched} matched, {suggested} suggested, {proposed} entries proposed, {left} left.</source>
            <translation>{matched} cruzadas, {suggested} sugeridas, {proposed} asientos propuestos, {left} pendientes.</translation>
        </message>
        <message>
            <source>The reconciliation is not available in this version.</source>
            <translation>La conciliación no está disponible en esta versión.</translation>
        </message>
        <message>
            <source>Not matched</source>
            <translation>Sin cruzar</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todas</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>from</source>
            <translation>desde</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <source>Search text or reference (Ctrl+F)</source>
            <translation>Buscar texto o referencia (Ctrl+F)</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>Cruzar</translation>
        </message>
        <message>
            <source>Match the selected lines (Ctrl+M or Enter)</source>
            <translation>Cruzar las líneas seleccionadas (Ctrl+M o Enter)</translation>
        </message>
        <message>
            <source>Undo match</source>
            <translation>Deshacer cruce</translation>
        </message>
        <message>
            <source>Undo the selected line's match (Ctrl+U)</source>
            <translation>Deshacer el cruce de la línea seleccionada (Ctrl+U)</translation>
        </message>
        <message>
            <source>Make entry…</source>
            <translation>Hacer asiento…</translation>
        </message>
        <message>
            <source>Book a statement line the books lack (Ctrl+E)</source>
            <translation>Registrar una línea del extracto que falta en los libros (Ctrl+E)</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Extracto</translation>
        </message>
        <message>
            <source>{count} line(s)</source>
            <translation>{count} línea(s)</translation>
        </message>
        <message>
            <source>Books</source>
            <translation>Contabilidad</translation>
        </message>
        <message>
            <source>Select lines on both sides with the same total, then match them (Ctrl+M).</source>
            <translation>Seleccione líneas en ambos lados con el mismo total y luego crúcelas (Ctrl+M).</translation>
        </message>
        <message>
            <source>Statement: {bank} ({n} line(s)) · Books: {book} ({m} line(s)) · Difference: {diff}</source>
            <translation>Extracto: {bank} ({n} línea(s)) · Libros: {book} ({m} línea(s)) · Diferencia: {diff}</translation>
        </message>
        <message>
            <source>Matched {n} statement line(s) with {m} book line(s).</source>
            <translation>Se cruzaron {n} línea(s) del extracto con {m} línea(s) de libros.</translation>
        </message>
        <message>
            <source>Undo the match</source>
            <translation>Deshacer el cruce</translation>
        </message>
        <message>
            <source>Undo this match. Should the matcher never propose these lines together again?</source>
            <translation>Deshacer este cruce. ¿Desea que el cruce automático no vuelva a proponer nunca estas líneas juntas?</translation>
        </message>
        <message>
            <source>Yes: undo it and never propose it again. No: only undo it. An entry made from a statement line stays in the books.</source>
            <translation>Sí: deshacerlo y no volver a proponerlo. No: solo deshacerlo. Un asiento hecho a partir de una línea del extracto queda en los libros.</translation>
        </message>
        <message>
            <source>Match undone; the pairing will not be proposed again.</source>
            <translation>Cruce deshecho; no se volverá a proponer.</translation>
        </message>
        <message>
            <source>Match undone.</source>
            <translation>Cruce deshecho.</translation>
        </message>
        <message>
            <source>Entry {entry} posted and matched to the statement line.</source>
            <translation>Asiento {entry} contabilizado y cruzado con la línea del extracto.</translation>
        </message>
        <message>
            <source>Deposit not yet on the statement</source>
            <translation>Depósito que aún no aparece en el extracto</translation>
        </message>
        <message>
            <source>Payment not yet on the statement</source>
            <translation>Pago que aún no aparece en el extracto</translation>
        </message>
        <message>
            <source>On the statement, not in the books</source>
            <translation>En el extracto, no en libros</translation>
        </message>
        <message>
            <source>Reopen the reconciliation</source>
            <translation>Reabrir la conciliación</translation>
        </message>
        <message>
            <source>The reconciliation of {date} will be reopened: its matches may be changed again until it is finished anew. Say why; the reason is kept with the record and in the audit trail.</source>
            <translation>La conciliación del {date} se reabrirá: sus cruces se podrán volver a cambiar hasta que se termine de nuevo. Indique por qué; el motivo se guarda con la conciliación y en la cadena de auditoría.</translation>
        </message>
        <message>
            <source>e.g. the bank added a debit note dated in the month</source>
            <translation>p. ej. el banco agregó una nota débito con fecha del mes</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Reference / entry</source>
            <translation>Referencia / asiento</translation>
        </message>
        <message>
            <source>The books lack this statement line: match it, or make its entry.</source>
            <translation>Esta línea del extracto falta en los libros: crúcela o haga su asiento.</translation>
        </message>
        <message>
            <source>Bank balance</source>
            <translation>Saldo del banco</translation>
        </message>
        <message>
            <source>Book balance</source>
            <translation>Saldo en libros</translation>
        </message>
        <message>
            <source>Done by</source>
            <translation>Terminada por</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Terminada el</translation>
        </message>
        <message>
            <source>as printed on the statement</source>
            <translation>tal como figura en el extracto</translation>
        </message>
        <message>
            <source>Closing balance per statement</source>
            <translation>Saldo final según el extracto</translation>
        </message>
        <message>
            <source>Back to the current reconciliation</source>
            <translation>Volver a la conciliación actual</translation>
        </message>
        <message>
            <source>Outstanding deposits (+)</source>
            <translation>Depósitos pendientes (+)</translation>
        </message>
        <message>
            <source>Outstanding payments (−)</source>
            <translation>Pagos pendientes (−)</translation>
        </message>
        <message>
            <source>Bank balance per statement</source>
            <translation>Saldo del banco según el extracto</translation>
        </message>
        <message>
            <source>Statement lines not in the books</source>
            <translation>Líneas del extracto que no están en libros</translation>
        </message>
        <message>
            <source>Finish reconciliation</source>
            <translation>Terminar la conciliación</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Ver</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>Reabrir…</translation>
        </message>
        <message>
            <source>Choose a bank account.</source>
            <translation>Elija una cuenta bancaria.</translation>
        </message>
        <message>
            <source>Type the closing balance printed on the bank's statement.</source>
            <translation>Escriba el saldo final que figura en el extracto del banco.</translation>
        </message>
        <message>
            <source>The books and the bank agree</source>
            <translation>Los libros y el banco coinciden</translation>
        </message>
        <message>
            <source>The books and the bank do not agree yet</source>
            <translation>Los libros y el banco aún no coinciden</translation>
        </message>
        <message>
            <source>Matched up to {date}: {bank} statement line(s) and {book} book line(s).</source>
            <translation>Cruzadas hasta el {date}: {bank} línea(s) del extracto y {book} línea(s) de libros.</translation>
        </message>
        <message>
            <source>{count} item(s) explain the difference between the books and the bank</source>
            <translation>{count} partida(s) explica(n) la diferencia entre los libros y el banco</translation>
        </message>
        <message>
            <source>Nothing outstanding: every line is matched.</source>
            <translation>Nada pendiente: todas las líneas están cruzadas.</translation>
        </message>
        <message>
            <source>Reconciliation of {date}, finished by {user} on {when}</source>
            <translation>Conciliación del {date}, terminada por {user} el {when}</translation>
        </message>
        <message>
            <source>Reopened by {user}: {reason}</source>
            <translation>Reabierta por {user}: {reason}</translation>
        </message>
        <message>
            <source>Finish the reconciliation?</source>
            <translation>¿Terminar la conciliación?</translation>
        </message>
        <message>
            <source>The reconciliation of {account} at {date} will be saved, and the matches it proves locked (a reopening is recorded in the audit trail).</source>
            <translation>La conciliación de {account} al {date} se guardará y los cruces que respalda quedarán bloqueados (si se reabre, queda registrado en la cadena de auditoría).</translation>
        </message>
        <message>
            <source>The reconciliation of {date} is finished and saved.</source>
            <translation>La conciliación del {date} está terminada y guardada.</translation>
        </message>
        <message>
            <source>The reconciliation of {date} is reopened.</source>
            <translation>La conciliación del {date} fue reabierta.</translation>
        </message>
        <message>
            <source>reconciliation-{account}-{date}</source>
            <translation>conciliacion-{account}-{date}</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Agregar…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Suggest rules from my entries</source>
            <translation>Sugerir reglas a partir de mis asientos</translation>
        </message>
        <message>
            <source>Add this rule</source>
            <translation>Agregar esta regla</translation>
        </message>
        <message>
            <source>Rules turn statement lines the books lack (bank charges, interest, mobile-money fees) into proposed entries. They are tried in order; the first that fits wins.</source>
            <translation>Las reglas convierten en asientos propuestos las líneas del extracto que faltan en los libros (gastos bancarios, intereses, comisiones de billetera móvil). Se prueban en orden; se aplica la primera que corresponda.</translation>
        </message>
        <message>
            <source>Rules suggested from the entries you made by hand</source>
            <translation>Reglas sugeridas a partir de los asientos que usted hizo a mano</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Text or pattern</source>
            <translation>Texto o patrón</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>Montos</translation>
        </message>
        <message>
            <source>any</source>
            <translation>cualquiera</translation>
        </message>
        <message>
            <source>→ Account</source>
            <translation>→ Cuenta</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Comisión</translation>
        </message>
        <message>
            <source>Rule saved.</source>
            <translation>Regla guardada.</translation>
        </message>
        <message>
            <source>Rule “{name}” saved.</source>
            <translation>Regla “{name}” guardada.</translation>
        </message>
        <message>
            <source>Delete the rule?</source>
            <translation>¿Eliminar la regla?</translation>
        </message>
        <message>
            <source>Delete the rule “{name}”? Entries it made stay in the books.</source>
            <translation>¿Eliminar la regla “{name}”? Los asientos que generó quedan en los libros.</translation>
        </message>
        <message>
            <source>Rule “{name}” deleted.</source>
            <translation>Regla “{name}” eliminada.</translation>
        </message>
        <message>
            <source>{count} rule(s) suggested from the entries made by hand.</source>
            <translation>{count} regla(s) sugerida(s) a partir de los asientos hechos a mano.</translation>
        </message>
        <message>
            <source>No rule to suggest: a rule is suggested once the same words were booked by hand three times to the same account.</source>
            <translation>No hay reglas que sugerir: se sugiere una regla cuando las mismas palabras se han registrado a mano tres veces en la misma cuenta.</translation>
        </message>
        <message>
            <source>Rule “{name}” added.</source>
            <translation>Regla “{name}” agregada.</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Accept the selected suggestions (A)</source>
            <translation>Aceptar las sugerencias seleccionadas (A)</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Rechazar</translation>
        </message>
        <message>
            <source>Never propose the selected suggestions again (R)</source>
            <translation>No volver a proponer las sugerencias seleccionadas (R)</translation>
        </message>
        <message>
            <source>Post selected entries</source>
            <translation>Contabilizar los asientos seleccionados</translation>
        </message>
        <message>
            <source>Book text</source>
            <translation>Texto en libros</translation>
        </message>
        <message>
            <source>Score %</source>
            <translation>Puntaje %</translation>
        </message>
        <message>
            <source>Booked to</source>
            <translation>Registrado en</translation>
        </message>
        <message>
            <source>Suggested matches: run “Match automatically”.</source>
            <translation>Cruces sugeridos: ejecute “Cruzar automáticamente”.</translation>
        </message>
        <message>
            <source>Suggested matches ({count}): accept (A) or reject (R) them</source>
            <translation>Cruces sugeridos ({count}): acéptelos (A) o recházelos (R)</translation>
        </message>
        <message>
            <source>Entries the rules propose ({count})</source>
            <translation>Asientos que proponen las reglas ({count})</translation>
        </message>
        <message>
            <source>{count} suggested match(es) accepted.</source>
            <translation>{count} cruce(s) sugerido(s) aceptado(s).</translation>
        </message>
        <message>
            <source>{count} suggestion(s) rejected; they will not be proposed again.</source>
            <translation>{count} sugerencia(s) rechazada(s); no se volverán a proponer.</translation>
        </message>
        <message>
            <source>{count} entr(y/ies) posted and matched: {entries}.</source>
            <translation>{count} asiento(s) contabilizado(s) y cruzado(s): {entries}.</translation>
        </message>
        <message>
            <source>Record the registrations, licences and titles on the Formalisation page.</source>
            <translation>Anote las inscripciones, licencias y títulos en la página Formalización.</translation>
        </message>
        <message>
            <source>{granted} of {total} stages granted</source>
            <translation>{granted} de {total} etapas otorgadas</translation>
        </message>
        <message>
            <source>Current step: {step}. {title} ({status})</source>
            <translation>Paso actual: {step}. {title} ({status})</translation>
        </message>
        <message>
            <source>Every stage is granted and valid.</source>
            <translation>Todas las etapas están otorgadas y vigentes.</translation>
        </message>
        <message>
            <source>⚠ {count} warning(s). {first}</source>
            <translation>⚠ {count} advertencia(s). {first}</translation>
        </message>
        <message>
            <source>Nothing expires within {days} days.</source>
            <translation>Nada vence en los próximos {days} días.</translation>
        </message>
        <message>
            <source>No stage yet: add the first step of the path.</source>
            <translation>Aún no hay etapas: agregue el primer paso de la ruta.</translation>
        </message>
        <message>
            <source>{state}: expires today</source>
            <translation>{state}: vence hoy</translation>
        </message>
        <message>
            <source>{state}: {days} days left</source>
            <translation>{state}: quedan {days} días</translation>
        </message>
        <message>
            <source>{state} to {date}</source>
            <translation>{state} hasta el {date}</translation>
        </message>
        <message>
            <source>Formalisation</source>
            <translation>Formalización</translation>
        </message>
        <message>
            <source>Add a stage…</source>
            <translation>Agregar una etapa…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Modificar…</translation>
        </message>
        <message>
            <source>Remove the stage</source>
            <translation>Quitar la etapa</translation>
        </message>
        <message>
            <source>Documents kept</source>
            <translation>Documentos conservados</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Add a document…</source>
            <translation>Agregar un documento…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Guardar como…</translation>
        </message>
        <message>
            <source>Fees paid (from the books)</source>
            <translation>Derechos pagados (según la contabilidad)</translation>
        </message>
        <message>
            <source>Link a payment…</source>
            <translation>Vincular un pago…</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Desvincular</translation>
        </message>
        <message>
            <source>{granted} of {total} stages granted and valid</source>
            <translation>{granted} de {total} etapas otorgadas y vigentes</translation>
        </message>
        <message>
            <source>next expiry: {title} on {date}</source>
            <translation>próximo vencimiento: {title} el {date}</translation>
        </message>
        <message>
            <source>Step {step}: {title}</source>
            <translation>Paso {step}: {title}</translation>
        </message>
        <message>
            <source>No stage chosen</source>
            <translation>Ninguna etapa elegida</translation>
        </message>
        <message>
            <source>{date} ({days} days ago)</source>
            <translation>{date} (hace {days} días)</translation>
        </message>
        <message>
            <source>{date} (in {days} days)</source>
            <translation>{date} (en {days} días)</translation>
        </message>
        <message>
            <source>{when} by {user}</source>
            <translation>{when} por {user}</translation>
        </message>
        <message>
            <source>Total {amount} {currency}</source>
            <translation>Total {amount} {currency}</translation>
        </message>
        <message>
            <source>Your role may read the formalisation path but not change it.</source>
            <translation>Su rol puede consultar la ruta de formalización, pero no modificarla.</translation>
        </message>
        <message>
            <source>Stage added.</source>
            <translation>Etapa agregada.</translation>
        </message>
        <message>
            <source>“{title}” saved.</source>
            <translation>“{title}” guardado.</translation>
        </message>
        <message>
            <source>Take “{title}” off the path?</source>
            <translation>¿Quitar “{title}” de la ruta?</translation>
        </message>
        <message>
            <source>“{title}” removed from the path.</source>
            <translation>“{title}” se quitó de la ruta.</translation>
        </message>
        <message>
            <source>Keep a document with “{title}”</source>
            <translation>Conservar un documento con “{title}”</translation>
        </message>
        <message>
            <source>Scanned documents ({patterns})</source>
            <translation>Documentos escaneados ({patterns})</translation>
        </message>
        <message>
            <source>{file} kept with “{title}”.</source>
            <translation>{file} conservado con “{title}”.</translation>
        </message>
        <message>
            <source>No program on this computer opens {file}; save it and open it from its folder.</source>
            <translation>Ningún programa de este computador abre {file}; guárdelo y ábralo desde su carpeta.</translation>
        </message>
        <message>
            <source>Save the document</source>
            <translation>Guardar el documento</translation>
        </message>
        <message>
            <source>Remove the document</source>
            <translation>Quitar el documento</translation>
        </message>
        <message>
            <source>Remove {file} from this stage? The audit trail keeps its fingerprint.</source>
            <translation>¿Quitar {file} de esta etapa? La cadena de auditoría conserva su huella.</translation>
        </message>
        <message>
            <source>{file} removed.</source>
            <translation>{file} quitado.</translation>
        </message>
        <message>
            <source>Entry {entry} linked as a fee of “{title}”.</source>
            <translation>Asiento {entry} vinculado como derecho pagado por “{title}”.</translation>
        </message>
        <message>
            <source>Stop counting entry {entry} ({amount}) as a fee of “{title}”?</source>
            <translation>¿Dejar de contar el asiento {entry} ({amount}) como derecho pagado por “{title}”?</translation>
        </message>
        <message>
            <source>Entry {entry} unlinked.</source>
            <translation>Asiento {entry} desvinculado.</translation>
        </message>
        <message>
            <source>Start from a preset…</source>
            <translation>Partir de un modelo…</translation>
        </message>
        <message>
            <source>Use the preset: {label}</source>
            <translation>Usar el modelo: {label}</translation>
        </message>
        <message>
            <source>No bylaws yet.
Start from the preset for your country's law, then change every rule to match your own bylaws.</source>
            <translation>Aún no hay estatutos.
Parta del modelo según la ley de su país y luego ajuste cada regla a sus propios estatutos.</translation>
        </message>
        <message>
            <source>Your role may read the bylaws but not change them.</source>
            <translation>Su rol puede consultar los estatutos, pero no modificarlos.</translation>
        </message>
        <message>
            <source>Results sheet (PDF)…</source>
            <translation>Hoja de resultados (PDF)…</translation>
        </message>
        <message>
            <source>Results (Excel)…</source>
            <translation>Resultados (Excel)…</translation>
        </message>
        <message>
            <source>papers</source>
            <translation>papeletas</translation>
        </message>
        <message>
            <source>Numbered ballot papers (PDF)…</source>
            <translation>Papeletas numeradas (PDF)…</translation>
        </message>
        <message>
            <source>Export ballots (BLT)…</source>
            <translation>Exportar papeletas (BLT)…</translation>
        </message>
        <message>
            <source>Import paper ballots (BLT)…</source>
            <translation>Importar papeletas en papel (BLT)…</translation>
        </message>
        <message>
            <source>Results sheet</source>
            <translation>Hoja de resultados</translation>
        </message>
        <message>
            <source>results</source>
            <translation>resultados</translation>
        </message>
        <message>
            <source>ballots</source>
            <translation>papeletas</translation>
        </message>
        <message>
            <source>Export ballots (BLT)</source>
            <translation>Exportar papeletas (BLT)</translation>
        </message>
        <message>
            <source>Ballot files (*.blt)</source>
            <translation>Archivos de papeletas (*.blt)</translation>
        </message>
        <message>
            <source>Import paper ballots (BLT)</source>
            <translation>Importar papeletas en papel (BLT)</translation>
        </message>
        <message>
            <source>Ballot files (*.blt);;All files (*)</source>
            <translation>Archivos de papeletas (*.blt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>{n} papers read from {path}.</source>
            <translation>{n} papeletas leídas de {path}.</translation>
        </message>
        <message>
            <source>New election…</source>
            <translation>Nueva elección…</translation>
        </message>
        <message>
            <source>No election yet. Create one with “New election…”: choose the counting method, the seats and whether members vote in the booth on this laptop or on paper.</source>
            <translation>Aún no hay ninguna elección. Cree una con “Nueva elección…”: elija el método de escrutinio, los cargos y si los asociados votan en la cabina en este computador o en papel.</translation>
        </message>
        <message>
            <source>Candidates (in ballot-paper order)</source>
            <translation>Candidatos (en el orden de la papeleta)</translation>
        </message>
        <message>
            <source>Open nominations</source>
            <translation>Abrir la inscripción de candidatos</translation>
        </message>
        <message>
            <source>member number or name</source>
            <translation>número o nombre del asociado</translation>
        </message>
        <message>
            <source>Nominate</source>
            <translation>Inscribir</translation>
        </message>
        <message>
            <source>Withdraw the candidate</source>
            <translation>Retirar al candidato</translation>
        </message>
        <message>
            <source>Open the poll</source>
            <translation>Abrir la votación</translation>
        </message>
        <message>
            <source>The poll</source>
            <translation>La votación</translation>
        </message>
        <message>
            <source>member number or name of the voter</source>
            <translation>número o nombre del asociado que vota</translation>
        </message>
        <message>
            <source>Check off the roll</source>
            <translation>Marcar en la lista de votantes</translation>
        </message>
        <message>
            <source>Open the booth (full screen)</source>
            <translation>Abrir la cabina (pantalla completa)</translation>
        </message>
        <message>
            <source>Close the poll</source>
            <translation>Cerrar la votación</translation>
        </message>
        <message>
            <source>Paper ballots</source>
            <translation>Papeletas en papel</translation>
        </message>
        <message>
            <source>Second entry: enter the same papers again to check the first entry (nothing is saved)</source>
            <translation>Segunda digitación: ingrese de nuevo las mismas papeletas para verificar la primera digitación (no se guarda nada)</translation>
        </message>
        <message>
            <source>candidates' numbers, first choice first, e.g. 2 1 3 - then Enter; 0 for a blank ballot</source>
            <translation>números de los candidatos, la primera preferencia primero, p. ej. 2 1 3 - luego Enter; 0 para una papeleta en blanco</translation>
        </message>
        <message>
            <source>Remove the last</source>
            <translation>Quitar la última</translation>
        </message>
        <message>
            <source>Save the ballots</source>
            <translation>Guardar las papeletas</translation>
        </message>
        <message>
            <source>Save the totals</source>
            <translation>Guardar los totales</translation>
        </message>
        <message>
            <source>Clear the entered ballots…</source>
            <translation>Borrar las papeletas ingresadas…</translation>
        </message>
        <message>
            <source>Count the votes</source>
            <translation>Hacer el escrutinio</translation>
        </message>
        <message>
            <source>who drew the lot, in front of the assembly</source>
            <translation>quién realizó el sorteo, ante la asamblea</translation>
        </message>
        <message>
            <source>Enter the lot</source>
            <translation>Registrar el sorteo</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Your role may not prepare elections.</source>
            <translation>Su rol no permite preparar elecciones.</translation>
        </message>
        <message>
            <source>{n} seat(s)</source>
            <translation>{n} cargo(s)</translation>
        </message>
        <message>
            <source>stage: {status}</source>
            <translation>etapa: {status}</translation>
        </message>
        <message>
            <source>{place}. {name} (member {number})</source>
            <translation>{place}. {name} (asociado {number})</translation>
        </message>
        <message>
            <source>Checked off the roll: {checked} · ballots in the urn: {ballots}</source>
            <translation>Marcados en la lista de votantes: {checked} · papeletas en la urna: {ballots}</translation>
        </message>
        <message>
            <source>waiting to vote: {n}</source>
            <translation>esperando para votar: {n}</translation>
        </message>
        <message>
            <source>{ballots} papers entered for {checked} voters checked off.</source>
            <translation>{ballots} papeletas ingresadas para {checked} votantes marcados en la lista.</translation>
        </message>
        <message>
            <source>Blank ballots</source>
            <translation>Papeletas en blanco</translation>
        </message>
        <message>
            <source>Ballot {n}: {marks}</source>
            <translation>Papeleta {n}: {marks}</translation>
        </message>
        <message>
            <source>Ballot {n}: blank</source>
            <translation>Papeleta {n}: en blanco</translation>
        </message>
        <message>
            <source>Check {n} ballots against the first entry</source>
            <translation>Verificar {n} papeletas contra la primera digitación</translation>
        </message>
        <message>
            <source>Save {n} ballots</source>
            <translation>Guardar {n} papeletas</translation>
        </message>
        <message>
            <source>elected in this round</source>
            <translation>elegido en esta ronda</translation>
        </message>
        <message>
            <source>excluded in this round</source>
            <translation>excluido en esta ronda</translation>
        </message>
        <message>
            <source>Type a member number or a name.</source>
            <translation>Escriba un número de asociado o un nombre.</translation>
        </message>
        <message>
            <source>No member matches “{text}”.</source>
            <translation>Ningún asociado coincide con “{text}”.</translation>
        </message>
        <message>
            <source>{n} members match: {names}{more}. Type the member number.</source>
            <translation>{n} asociados coinciden: {names}{more}. Escriba el número de asociado.</translation>
        </message>
        <message>
            <source>Election created. Open the nominations to put candidates on the paper.</source>
            <translation>Elección creada. Abra la inscripción de candidatos para incluirlos en la papeleta.</translation>
        </message>
        <message>
            <source>Nominations are open.</source>
            <translation>La inscripción de candidatos está abierta.</translation>
        </message>
        <message>
            <source>Candidate {place} on the paper.</source>
            <translation>Candidato {place} en la papeleta.</translation>
        </message>
        <message>
            <source>Select the candidate who withdraws.</source>
            <translation>Seleccione el candidato que se retira.</translation>
        </message>
        <message>
            <source>{name} withdrew.</source>
            <translation>{name} se retiró.</translation>
        </message>
        <message>
            <source>The poll is open: check voters off the roll.</source>
            <translation>La votación está abierta: marque a los votantes en la lista de votantes.</translation>
        </message>
        <message>
            <source>Member {number} checked off the roll.</source>
            <translation>Asociado {number} marcado en la lista de votantes.</translation>
        </message>
        <message>
            <source>Close the booth first (the teller's Close button).</source>
            <translation>Primero cierre la cabina (el botón Cerrar del escrutador).</translation>
        </message>
        <message>
            <source>The poll is closed: {ballots} ballots, {checked} voters checked off.</source>
            <translation>La votación está cerrada: {ballots} papeletas, {checked} votantes marcados en la lista.</translation>
        </message>
        <message>
            <source>There is no candidate {place} on the paper (1 to {count}).</source>
            <translation>No hay ningún candidato {place} en la papeleta (de 1 a {count}).</translation>
        </message>
        <message>
            <source>Candidate {place} is marked twice.</source>
            <translation>El candidato {place} está marcado dos veces.</translation>
        </message>
        <message>
            <source>Both entries agree.</source>
            <translation>Las dos digitaciones coinciden.</translation>
        </message>
        <message>
            <source>The entries differ:</source>
            <translation>Las digitaciones no coinciden:</translation>
        </message>
        <message>
            <source>blank</source>
            <translation>en blanco</translation>
        </message>
        <message>
            <source>ballot {marks}: {first} in the first entry, {second} in the second</source>
            <translation>papeleta {marks}: {first} en la primera digitación, {second} en la segunda</translation>
        </message>
        <message>
            <source>{n} ballots saved; {total} in the urn.</source>
            <translation>{n} papeletas guardadas; {total} en la urna.</translation>
        </message>
        <message>
            <source>Totals saved: {total} papers.</source>
            <translation>Totales guardados: {total} papeletas.</translation>
        </message>
        <message>
            <source>Clear the entered ballots</source>
            <translation>Borrar las papeletas ingresadas</translation>
        </message>
        <message>
            <source>Why are the entered ballots cleared?</source>
            <translation>¿Por qué se borran las papeletas ingresadas?</translation>
        </message>
        <message>
            <source>The entered ballots were cleared; enter them again.</source>
            <translation>Se borraron las papeletas ingresadas; ingréselas de nuevo.</translation>
        </message>
        <message>
            <source>Counting the votes…</source>
            <translation>Haciendo el escrutinio…</translation>
        </message>
        <message>
            <source>The count needs a lot: draw it in front of the assembly and enter it under “The count”.</source>
            <translation>El escrutinio necesita un sorteo: realícelo ante la asamblea y regístrelo en “El escrutinio”.</translation>
        </message>
        <message>
            <source>Counted.</source>
            <translation>Escrutinio hecho.</translation>
        </message>
        <message>
            <source>Open a grievance</source>
            <translation>Abrir una queja</translation>
        </message>
        <message>
            <source>Who complains, and against whom</source>
            <translation>Quién presenta la queja y contra quién</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Abierta el</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Partes</translation>
        </message>
        <message>
            <source>What it is about</source>
            <translation>De qué se trata</translation>
        </message>
        <message>
            <source>Open the grievance</source>
            <translation>Abrir la queja</translation>
        </message>
        <message>
            <source>Add a step</source>
            <translation>Agregar un paso</translation>
        </message>
        <message>
            <source>Add the step</source>
            <translation>Agregar el paso</translation>
        </message>
        <message>
            <source>Grievance {id}: {parties}</source>
            <translation>Queja {id}: {parties}</translation>
        </message>
        <message>
            <source>Close a grievance</source>
            <translation>Cerrar una queja</translation>
        </message>
        <message>
            <source>Resolved: the parties agreed</source>
            <translation>Resuelta: las partes llegaron a un acuerdo</translation>
        </message>
        <message>
            <source>Closed without agreement</source>
            <translation>Cerrada sin acuerdo</translation>
        </message>
        <message>
            <source>Ending</source>
            <translation>Forma de cierre</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Close the grievance</source>
            <translation>Cerrar la queja</translation>
        </message>
        <message>
            <source>The bylaws keep the register of grievances for the roles they name; yours is not one of them, so it is not shown here.</source>
            <translation>Los estatutos reservan el registro de quejas a los roles que nombran; el suyo no es uno de ellos, por eso no se muestra aquí.</translation>
        </message>
        <message>
            <source>Open a grievance…</source>
            <translation>Abrir una queja…</translation>
        </message>
        <message>
            <source>Add a step…</source>
            <translation>Agregar un paso…</translation>
        </message>
        <message>
            <source>Close…</source>
            <translation>Cerrar…</translation>
        </message>
        <message>
            <source>Open ones only</source>
            <translation>Solo las abiertas</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <source>No grievance in the register.</source>
            <translation>No hay quejas en el registro.</translation>
        </message>
        <message>
            <source>Grievance {id}: {category}</source>
            <translation>Queja {id}: {category}</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Outcome, {day}</source>
            <translation>Resultado, {day}</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>In the room: {count}</source>
            <translation>En la sala: {count}</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>Nueva reunión…</translation>
        </message>
        <message>
            <source>Agenda…</source>
            <translation>Orden del día…</translation>
        </message>
        <message>
            <source>Convene…</source>
            <translation>Convocar…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <source>Close the meeting</source>
            <translation>Cerrar la reunión</translation>
        </message>
        <message>
            <source>Sign the minutes</source>
            <translation>Firmar el acta</translation>
        </message>
        <message>
            <source>Assembly mode</source>
            <translation>Modo asamblea</translation>
        </message>
        <message>
            <source>{document} ({format})…</source>
            <translation>{document} ({format})…</translation>
        </message>
        <message>
            <source>Minutes no.</source>
            <translation>Acta n.º</translation>
        </message>
        <message>
            <source>Attendance and quorum</source>
            <translation>Asistencia y quórum</translation>
        </message>
        <message>
            <source>Agenda, motions and minutes</source>
            <translation>Orden del día, proposiciones y acta</translation>
        </message>
        <message>
            <source>Member number or part of a name, then Enter</source>
            <translation>Número de asociado o parte de un nombre, luego Enter</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Registrar asistencia</translation>
        </message>
        <message>
            <source>Leaves the room</source>
            <translation>Sale de la sala</translation>
        </message>
        <message>
            <source>In the room</source>
            <translation>En la sala</translation>
        </message>
        <message>
            <source>Add a proxy…</source>
            <translation>Agregar un poder…</translation>
        </message>
        <message>
            <source>Add an item…</source>
            <translation>Agregar un punto…</translation>
        </message>
        <message>
            <source>For / against / abstain</source>
            <translation>A favor / en contra / abstención</translation>
        </message>
        <message>
            <source>Put a motion to the vote…</source>
            <translation>Someter una proposición a votación…</translation>
        </message>
        <message>
            <source>What was said and decided under this item.</source>
            <translation>Lo que se dijo y se decidió en este punto.</translation>
        </message>
        <message>
            <source>Save the minutes</source>
            <translation>Guardar el acta</translation>
        </message>
        <message>
            <source>Motions</source>
            <translation>Proposiciones</translation>
        </message>
        <message>
            <source>Minutes of this item</source>
            <translation>Acta de este punto</translation>
        </message>
        <message>
            <source>No meeting yet. Plan one with “New meeting…”.</source>
            <translation>Aún no hay ninguna reunión. Planee una con “Nueva reunión…”.</translation>
        </message>
        <message>
            <source>{number} - {name} (arrived {time})</source>
            <translation>{number} - {name} (llegó a las {time})</translation>
        </message>
        <message>
            <source>{giver} - {giver_name}, by {holder} - {holder_name}</source>
            <translation>{giver} - {giver_name}, por {holder} - {holder_name}</translation>
        </message>
        <message>
            <source>(1 motion)</source>
            <translation>(1 proposición)</translation>
        </message>
        <message>
            <source>({count} motions)</source>
            <translation>({count} proposiciones)</translation>
        </message>
        <message>
            <source>{kind} - {when}{place} - {status}</source>
            <translation>{kind} - {when}{place} - {status}</translation>
        </message>
        <message>
            <source>convened on {day}</source>
            <translation>convocada el {day}</translation>
        </message>
        <message>
            <source>chair: {name}</source>
            <translation>preside: {name}</translation>
        </message>
        <message>
            <source>secretary: {name}</source>
            <translation>secretario: {name}</translation>
        </message>
        <message>
            <source>signed by the president ({user})</source>
            <translation>firmada por el presidente ({user})</translation>
        </message>
        <message>
            <source>signed by the secretary ({user})</source>
            <translation>firmada por el secretario ({user})</translation>
        </message>
        <message>
            <source>minutes book no. {number}</source>
            <translation>libro de actas n.º {number}</translation>
        </message>
        <message>
            <source>The check-in opens when the meeting is opened.</source>
            <translation>El registro de asistencia se abre cuando se abre la reunión.</translation>
        </message>
        <message>
            <source>The meeting is closed.</source>
            <translation>La reunión está cerrada.</translation>
        </message>
        <message>
            <source>{count} present at the end.</source>
            <translation>{count} presentes al final.</translation>
        </message>
        <message>
            <source>Present {present}, represented {represented}, needed {required} of {eligible} entitled ({call}).</source>
            <translation>Presentes {present}, representados {represented}, se necesitan {required} de {eligible} con derecho a asistir ({call}).</translation>
        </message>
        <message>
            <source>{yes} / {no} / {abstain}</source>
            <translation>{yes} / {no} / {abstain}</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>aprobada</translation>
        </message>
        <message>
            <source>not passed</source>
            <translation>no aprobada</translation>
        </message>
        <message>
            <source>Your role may read the meetings but not prepare them.</source>
            <translation>Su rol puede consultar las reuniones, pero no prepararlas.</translation>
        </message>
        <message>
            <source>Add an item</source>
            <translation>Agregar un punto</translation>
        </message>
        <message>
            <source>Title of the item added to the agenda:</source>
            <translation>Título del punto que se agrega al orden del día:</translation>
        </message>
        <message>
            <source>The meeting is closed. Finish the minutes; then the president and the secretary sign them.</source>
            <translation>La reunión está cerrada. Termine el acta; luego el presidente y el secretario la firman.</translation>
        </message>
        <message>
            <source>The minutes are final: number {number} in the minutes book.</source>
            <translation>El acta es definitiva: número {number} del libro de actas.</translation>
        </message>
        <message>
            <source>Signed. The minutes can no longer be changed; they become final when the other officer signs.</source>
            <translation>Firmada. El acta ya no se puede modificar; queda definitiva cuando firme el otro dignatario.</translation>
        </message>
        <message>
            <source>Resolution {number}.</source>
            <translation>Resolución {number}.</translation>
        </message>
        <message>
            <source>{document}-{date}</source>
            <translation>{document}-{date}</translation>
        </message>
        <message>
            <source>Add a mandate</source>
            <translation>Agregar un mandato</translation>
        </message>
        <message>
            <source>{name} ({months} months)</source>
            <translation>{name} ({months} meses)</translation>
        </message>
        <message>
            <source>Leave blank for the term the bylaws set.</source>
            <translation>Déjelo en blanco para el período que fijan los estatutos.</translation>
        </message>
        <message>
            <source>Term starts</source>
            <translation>Inicio del período</translation>
        </message>
        <message>
            <source>Term ends (blank: the bylaws' term)</source>
            <translation>Fin del período (en blanco: el período de los estatutos)</translation>
        </message>
        <message>
            <source>Add the mandate</source>
            <translation>Agregar el mandato</translation>
        </message>
        <message>
            <source>The bylaws name no positions yet: enter them first.</source>
            <translation>Los estatutos aún no definen ningún órgano: ingréselos primero.</translation>
        </message>
        <message>
            <source>End a term early</source>
            <translation>Terminar un período anticipadamente</translation>
        </message>
        <message>
            <source>{name} (member {number}), {position}, {starts} to {ends}.</source>
            <translation>{name} (asociado {number}), {position}, del {starts} al {ends}.</translation>
        </message>
        <message>
            <source>e.g. resigned, moved away, excluded</source>
            <translation>p. ej. renunció, se mudó, fue excluido</translation>
        </message>
        <message>
            <source>Last day in office</source>
            <translation>Último día en el cargo</translation>
        </message>
        <message>
            <source>End the term</source>
            <translation>Terminar el período</translation>
        </message>
        <message>
            <source>Show all terms, past ones too</source>
            <translation>Mostrar todos los períodos, también los pasados</translation>
        </message>
        <message>
            <source>Add a mandate…</source>
            <translation>Agregar un mandato…</translation>
        </message>
        <message>
            <source>End a term early…</source>
            <translation>Terminar un período anticipadamente…</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Días restantes</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminó</translation>
        </message>
        <message>
            <source>Every term, past and present</source>
            <translation>Todos los períodos, pasados y actuales</translation>
        </message>
        <message>
            <source>The team in office on {day}</source>
            <translation>Los dignatarios en ejercicio el {day}</translation>
        </message>
        <message>
            <source>{day}: {reason}</source>
            <translation>{day}: {reason}</translation>
        </message>
        <message>
            <source>No mandates yet. They are created when an election to a position is counted; a team elected before coopdesk was used can be added by hand.</source>
            <translation>Aún no hay mandatos. Se crean cuando se hace el escrutinio de una elección a un órgano; los dignatarios elegidos antes de usar coopdesk se pueden agregar a mano.</translation>
        </message>
        <message>
            <source>Your role may read the officers register but not change it.</source>
            <translation>Su rol puede consultar el registro de dignatarios, pero no modificarlo.</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <source>Elections</source>
            <translation>Elecciones</translation>
        </message>
        <message>
            <source>Officers</source>
            <translation>Dignatarios</translation>
        </message>
        <message>
            <source>Bylaws</source>
            <translation>Estatutos</translation>
        </message>
        <message>
            <source>Governance</source>
            <translation>Gobierno</translation>
        </message>
        <message>
            <source>Print the training record…</source>
            <translation>Imprimir la constancia de capacitación…</translation>
        </message>
        <message>
            <source>Training: {count} session(s), {hours} h</source>
            <translation>Capacitación: {count} sesión(es), {hours} h</translation>
        </message>
        <message>
            <source>No training session attended yet.</source>
            <translation>Todavía no ha asistido a ninguna sesión de capacitación.</translation>
        </message>
        <message>
            <source>training-record-{number}</source>
            <translation>constancia-capacitacion-{number}</translation>
        </message>
        <message>
            <source>Print the training record</source>
            <translation>Imprimir la constancia de capacitación</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Planes</translation>
        </message>
        <message>
            <source>No activity to show on the timeline.</source>
            <translation>No hay actividades para mostrar en el cronograma.</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Solo vencidas</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Nueva…</translation>
        </message>
        <message>
            <source>Report progress…</source>
            <translation>Informar el avance…</translation>
        </message>
        <message>
            <source>Tag journal lines…</source>
            <translation>Imputar líneas del diario…</translation>
        </message>
        <message>
            <source>Untag the chosen lines</source>
            <translation>Quitar la imputación de las líneas elegidas</translation>
        </message>
        <message>
            <source>Progress reports</source>
            <translation>Informes de avance</translation>
        </message>
        <message>
            <source>Journal lines tagged to it</source>
            <translation>Líneas del diario imputadas a ella</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Todos los años</translation>
        </message>
        <message>
            <source>{count} activities; budget {budget} {currency}, actual {actual} {currency} from the books.</source>
            <translation>{count} actividades; presupuesto {budget} {currency}, ejecutado {actual} {currency} según la contabilidad.</translation>
        </message>
        <message>
            <source>{count} overdue</source>
            <translation>{count} vencida(s)</translation>
        </message>
        <message>
            <source>{count} late</source>
            <translation>{count} atrasada(s)</translation>
        </message>
        <message>
            <source>No activity here yet. “New…” adds the first.</source>
            <translation>Aún no hay actividades aquí. “Nueva…” agrega la primera.</translation>
        </message>
        <message>
            <source>No overdue activity.</source>
            <translation>Ninguna actividad vencida.</translation>
        </message>
        <message>
            <source>Choose an activity to see its progress reports and the journal lines tagged to it.</source>
            <translation>Elija una actividad para ver sus informes de avance y las líneas del diario imputadas a ella.</translation>
        </message>
        <message>
            <source>{progress} % done; {expected} % of its time gone.</source>
            <translation>{progress} % realizado; {expected} % de su plazo transcurrido.</translation>
        </message>
        <message>
            <source>Your role may read the action plan but not change it.</source>
            <translation>Su rol puede consultar el plan de acción, pero no modificarlo.</translation>
        </message>
        <message>
            <source>Activity {number} saved.</source>
            <translation>Actividad {number} guardada.</translation>
        </message>
        <message>
            <source>Progress of activity {number} recorded.</source>
            <translation>Avance de la actividad {number} registrado.</translation>
        </message>
        <message>
            <source>Untag</source>
            <translation>Quitar imputación</translation>
        </message>
        <message>
            <source>Stop counting {count} line(s) as spending on activity {number}?</source>
            <translation>¿Dejar de contar {count} línea(s) como gasto de la actividad {number}?</translation>
        </message>
        <message>
            <source>Export the action plan</source>
            <translation>Exportar el plan de acción</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>Nueva versión</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Added to last year's actuals</source>
            <translation>Sumado a lo ejecutado del año anterior</translation>
        </message>
        <message>
            <source>Propose from last year</source>
            <translation>Proponer a partir del año anterior</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation>Aprobar…</translation>
        </message>
        <message>
            <source>{version} - approved</source>
            <translation>{version} - aprobada</translation>
        </message>
        <message>
            <source>{version} - draft</source>
            <translation>{version} - borrador</translation>
        </message>
        <message>
            <source>income</source>
            <translation>ingreso</translation>
        </message>
        <message>
            <source>expense</source>
            <translation>gasto</translation>
        </message>
        <message>
            <source>There is no fiscal year yet: open one in the Ledger's settings first.</source>
            <translation>Todavía no hay ningún ejercicio: abra uno primero en la configuración del Libro.</translation>
        </message>
        <message>
            <source>No budget for {year} yet. “New version” starts one; then type the amounts or propose them from last year.</source>
            <translation>Aún no hay presupuesto para {year}. “Nueva versión” crea uno; luego escriba los montos o propóngalos a partir del año anterior.</translation>
        </message>
        <message>
            <source>Version {version}: approved by the general assembly on {day}, resolution {resolution} (“{meeting}”). It is frozen; a change is a new version.</source>
            <translation>Versión {version}: aprobada por la asamblea general el {day}, resolución {resolution} (“{meeting}”). Está congelada; un cambio es una nueva versión.</translation>
        </message>
        <message>
            <source>Version {version}: DRAFT, not approved yet.</source>
            <translation>Versión {version}: BORRADOR, aún no aprobada.</translation>
        </message>
        <message>
            <source>Type the amounts in the Budget column and Save; “Approve…” once the general assembly has voted it.</source>
            <translation>Escriba los montos en la columna Presupuesto y Guarde; “Aprobar…” cuando la asamblea general lo haya votado.</translation>
        </message>
        <message>
            <source>{count} account(s) over budget.</source>
            <translation>{count} cuenta(s) por encima del presupuesto.</translation>
        </message>
        <message>
            <source>{what}: budget {budget}, actual {actual} {currency}</source>
            <translation>{what}: presupuesto {budget}, ejecutado {actual} {currency}</translation>
        </message>
        <message>
            <source>{text}; {pct} % used</source>
            <translation>{text}; {pct} % ejecutado</translation>
        </message>
        <message>
            <source>Your role may read the budget but not change it.</source>
            <translation>Su rol puede consultar el presupuesto, pero no modificarlo.</translation>
        </message>
        <message>
            <source>Version {version} of the {year} budget started as a draft.</source>
            <translation>La versión {version} del presupuesto {year} se inició como borrador.</translation>
        </message>
        <message>
            <source>The budget is saved.</source>
            <translation>El presupuesto se guardó.</translation>
        </message>
        <message>
            <source>There is no fiscal year before {year} to start from.</source>
            <translation>No hay ningún ejercicio anterior a {year} del cual partir.</translation>
        </message>
        <message>
            <source>Proposed from the actuals of {source} plus {growth} %: {count} account(s).</source>
            <translation>Propuesto a partir de lo ejecutado en {source} más {growth} %: {count} cuenta(s).</translation>
        </message>
        <message>
            <source>The budget is approved.</source>
            <translation>El presupuesto está aprobado.</translation>
        </message>
        <message>
            <source>Export the budget</source>
            <translation>Exportar el presupuesto</translation>
        </message>
        <message>
            <source>revenue</source>
            <translation>ingresos</translation>
        </message>
        <message>
            <source>costs</source>
            <translation>costos</translation>
        </message>
        <message>
            <source>cash</source>
            <translation>caja</translation>
        </message>
        <message>
            <source>Revenue, costs and cash per year</source>
            <translation>Ingresos, costos y caja por año</translation>
        </message>
        <message>
            <source>Revenue (sales and premium)</source>
            <translation>Ingresos (ventas y prima)</translation>
        </message>
        <message>
            <source>New plan…</source>
            <translation>Nuevo plan…</translation>
        </message>
        <message>
            <source>Copy…</source>
            <translation>Copiar…</translation>
        </message>
        <message>
            <source>Adopt…</source>
            <translation>Adoptar…</translation>
        </message>
        <message>
            <source>Plan:</source>
            <translation>Plan:</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>Production and costs</source>
            <translation>Producción y costos</translation>
        </message>
        <message>
            <source>No business plan yet. “New plan…” makes one; it can start from the books of a fiscal year.</source>
            <translation>Aún no hay plan de negocios. “Nuevo plan…” crea uno; puede partir de la contabilidad de un ejercicio.</translation>
        </message>
        <message>
            <source>Write the section here. Blank lines separate paragraphs; a line starting with “- ” is a bullet; **bold** and *italic* work.</source>
            <translation>Escriba aquí la sección. Las líneas vacías separan los párrafos; una línea que empieza con “- ” es una viñeta; **negrita** y *cursiva* funcionan.</translation>
        </message>
        <message>
            <source>Save the section</source>
            <translation>Guardar la sección</translation>
        </message>
        <message>
            <source>Save the years</source>
            <translation>Guardar los años</translation>
        </message>
        <message>
            <source>Add a cost…</source>
            <translation>Agregar un costo…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Production and prices&lt;/b&gt;: type in the table, then save.</source>
            <translation>&lt;b&gt;Producción y precios&lt;/b&gt;: escriba en la tabla y luego guarde.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Costs&lt;/b&gt;: per gram sold, or per year</source>
            <translation>&lt;b&gt;Costos&lt;/b&gt;: por gramo vendido o por año</translation>
        </message>
        <message>
            <source>Loan terms</source>
            <translation>Condiciones del préstamo</translation>
        </message>
        <message>
            <source>Life</source>
            <translation>Vida útil</translation>
        </message>
        <message>
            <source>Add an investment…</source>
            <translation>Agregar una inversión…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Investment programme&lt;/b&gt; and how each item is funded</source>
            <translation>&lt;b&gt;Programa de inversiones&lt;/b&gt; y cómo se financia cada una</translation>
        </message>
        <message>
            <source>&lt;b&gt;Projected income statement&lt;/b&gt;</source>
            <translation>&lt;b&gt;Estado de resultados proyectado&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Break-even&lt;/b&gt;</source>
            <translation>&lt;b&gt;Punto de equilibrio&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cash projection&lt;/b&gt;</source>
            <translation>&lt;b&gt;Flujo de caja proyectado&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Adopted by resolution {ref} of “{meeting}” on {date}. It can no longer be changed; copy it to work on a new version.</source>
            <translation>Adoptado por la resolución {ref} de “{meeting}” el {date}. Ya no se puede modificar; cópielo para trabajar en una nueva versión.</translation>
        </message>
        <message>
            <source>Draft, {first} to {last}; cash at the start {cash} {currency}.</source>
            <translation>Borrador, {first} a {last}; caja al inicio {cash} {currency}.</translation>
        </message>
        <message>
            <source>{label}: {words} words</source>
            <translation>{label}: {words} palabras</translation>
        </message>
        <message>
            <source>{years} years at {rate} %</source>
            <translation>{years} años al {rate} %</translation>
        </message>
        <message>
            <source>Total {cost}: members {members}, premium {premium}, loans {loan}, grants {grant} ({currency}).</source>
            <translation>Total {cost}: asociados {members}, prima {premium}, préstamos {loan}, donaciones {grant} ({currency}).</translation>
        </message>
        <message>
            <source>No investment planned yet.</source>
            <translation>Todavía no hay inversiones previstas.</translation>
        </message>
        <message>
            <source>Your role may read the business plan but not change it.</source>
            <translation>Su rol puede consultar el plan de negocios, pero no modificarlo.</translation>
        </message>
        <message>
            <source>An adopted plan is not changed: copy it.</source>
            <translation>Un plan adoptado no se modifica: cópielo.</translation>
        </message>
        <message>
            <source>Plan created.</source>
            <translation>Plan creado.</translation>
        </message>
        <message>
            <source>Copied as a new draft.</source>
            <translation>Copiado como un nuevo borrador.</translation>
        </message>
        <message>
            <source>The plan is adopted.</source>
            <translation>El plan está adoptado.</translation>
        </message>
        <message>
            <source>Section saved.</source>
            <translation>Sección guardada.</translation>
        </message>
        <message>
            <source>{year}, grams: {problem}</source>
            <translation>{year}, gramos: {problem}</translation>
        </message>
        <message>
            <source>Years saved.</source>
            <translation>Años guardados.</translation>
        </message>
        <message>
            <source>Export the business plan</source>
            <translation>Exportar el plan de negocios</translation>
        </message>
        <message>
            <source>'{value}' is not a number.</source>
            <translation>'{value}' no es un número.</translation>
        </message>
        <message>
            <source>New premium use plan</source>
            <translation>Nuevo plan de uso de la prima</translation>
        </message>
        <message>
            <source>e.g. Fairmined premium {year}</source>
            <translation>p. ej. Prima Fairmined {year}</translation>
        </message>
        <message>
            <source>Add a use</source>
            <translation>Agregar un uso</translation>
        </message>
        <message>
            <source>Remove the use</source>
            <translation>Quitar el uso</translation>
        </message>
        <message>
            <source>The assembly has already approved this plan</source>
            <translation>La asamblea ya aprobó este plan</translation>
        </message>
        <message>
            <source>e.g. General assembly 2026, resolution 7</source>
            <translation>p. ej. Asamblea general 2026, resolución 7</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Aprobado el</translation>
        </message>
        <message>
            <source>Planned uses, as the assembly approves them:</source>
            <translation>Usos previstos, tal como los aprueba la asamblea:</translation>
        </message>
        <message>
            <source>Total budget: {amount} {currency}</source>
            <translation>Presupuesto total: {amount} {currency}</translation>
        </message>
        <message>
            <source>Row {row}: {reason}</source>
            <translation>Fila {row}: {reason}</translation>
        </message>
        <message>
            <source>Approval of “{plan}”</source>
            <translation>Aprobación de “{plan}”</translation>
        </message>
        <message>
            <source>Record the approval</source>
            <translation>Registrar la aprobación</translation>
        </message>
        <message>
            <source>Tag spending to “{plan}”</source>
            <translation>Imputar gastos a “{plan}”</translation>
        </message>
        <message>
            <source>Already tagged</source>
            <translation>Ya imputado</translation>
        </message>
        <message>
            <source>Entry number</source>
            <translation>Número de asiento</translation>
        </message>
        <message>
            <source>All of its expenses</source>
            <translation>Todos sus gastos</translation>
        </message>
        <message>
            <source>Expense entries of the plan's period ({start} to {end}); pick one, or give any posted entry's year and number below.</source>
            <translation>Asientos de gastos del período del plan (del {start} al {end}); elija uno, o indique abajo el año y el número de cualquier asiento contabilizado.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Imputar</translation>
        </message>
        <message>
            <source>Tag spending…</source>
            <translation>Imputar gastos…</translation>
        </message>
        <message>
            <source>Report…</source>
            <translation>Informe…</translation>
        </message>
        <message>
            <source>Planned uses</source>
            <translation>Usos previstos</translation>
        </message>
        <message>
            <source>Spent {amount} {currency} above the budget.</source>
            <translation>Se gastaron {amount} {currency} por encima del presupuesto.</translation>
        </message>
        <message>
            <source>Spent (%)</source>
            <translation>Gastado (%)</translation>
        </message>
        <message>
            <source>No premium use plan yet. Press “New plan…” to enter the uses the assembly approves for the Fairmined premium.</source>
            <translation>Aún no hay plan de uso de la prima. Presione “Nuevo plan…” para ingresar los usos que la asamblea aprueba para la prima Fairmined.</translation>
        </message>
        <message>
            <source>{start} to {end} · premium received {received} {currency} · planned {planned} · spent {spent} ({percent} %) · left {left}</source>
            <translation>Del {start} al {end} · prima recibida {received} {currency} · previsto {planned} · gastado {spent} ({percent} %) · restante {left}</translation>
        </message>
        <message>
            <source>Approved by the assembly on {date}, resolution {ref}.</source>
            <translation>Aprobado por la asamblea el {date}, resolución {ref}.</translation>
        </message>
        <message>
            <source>Not approved yet: record the assembly's approval before tagging spending against this plan.</source>
            <translation>Aún no aprobado: registre la aprobación de la asamblea antes de imputar gastos a este plan.</translation>
        </message>
        <message>
            <source>Spending tagged to {code} — {title}</source>
            <translation>Gastos imputados a {code} — {title}</translation>
        </message>
        <message>
            <source>Spending tagged</source>
            <translation>Gastos imputados</translation>
        </message>
        <message>
            <source>Your role may not change the premium use plan.</source>
            <translation>Su rol no permite modificar el plan de uso de la prima.</translation>
        </message>
        <message>
            <source>A plan of the uses the assembly approves for the premium</source>
            <translation>Un plan de los usos que la asamblea aprueba para la prima</translation>
        </message>
        <message>
            <source>Already approved.</source>
            <translation>Ya está aprobado.</translation>
        </message>
        <message>
            <source>Record the date and the resolution of the assembly that approved the plan</source>
            <translation>Registrar la fecha y la resolución de la asamblea que aprobó el plan</translation>
        </message>
        <message>
            <source>Count a posted entry of the books as spending on a use</source>
            <translation>Contar un asiento contabilizado como gasto de un uso</translation>
        </message>
        <message>
            <source>Record the assembly's approval first.</source>
            <translation>Registre primero la aprobación de la asamblea.</translation>
        </message>
        <message>
            <source>Stop counting the selected entry as spending on this use</source>
            <translation>Dejar de contar el asiento seleccionado como gasto de este uso</translation>
        </message>
        <message>
            <source>The plan's execution report, as PDF, Excel or CSV</source>
            <translation>El informe de ejecución del plan, en PDF, Excel o CSV</translation>
        </message>
        <message>
            <source>Plan “{name}” created.</source>
            <translation>Plan “{name}” creado.</translation>
        </message>
        <message>
            <source>Plan “{name}” approved.</source>
            <translation>Plan “{name}” aprobado.</translation>
        </message>
        <message>
            <source>Stop counting entry {entry} ({amount}) as spending on {code}?</source>
            <translation>¿Dejar de contar el asiento {entry} ({amount}) como gasto de {code}?</translation>
        </message>
        <message>
            <source>Execution report of “{plan}”</source>
            <translation>Informe de ejecución de “{plan}”</translation>
        </message>
        <message>
            <source>(until {cap} % of capital)</source>
            <translation>(hasta el {cap} % del capital)</translation>
        </message>
        <message>
            <source>no fund</source>
            <translation>ningún fondo</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>Benefit sharing</source>
            <translation>Reparto de beneficios</translation>
        </message>
        <message>
            <source>New distribution…</source>
            <translation>Nueva distribución…</translation>
        </message>
        <message>
            <source>Recompute</source>
            <translation>Recalcular</translation>
        </message>
        <message>
            <source>Post…</source>
            <translation>Contabilizar…</translation>
        </message>
        <message>
            <source>Pay…</source>
            <translation>Pagar…</translation>
        </message>
        <message>
            <source>Reverse…</source>
            <translation>Revertir…</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>Vista previa…</translation>
        </message>
        <message>
            <source>Payout sheet…</source>
            <translation>Planilla de pagos…</translation>
        </message>
        <message>
            <source>Unclaimed…</source>
            <translation>No cobrados…</translation>
        </message>
        <message>
            <source>Why this amount…</source>
            <translation>Por qué este monto…</translation>
        </message>
        <message>
            <source>New policy…</source>
            <translation>Nueva política…</translation>
        </message>
        <message>
            <source>Install</source>
            <translation>Instalar</translation>
        </message>
        <message>
            <source>As PDF…</source>
            <translation>En PDF…</translation>
        </message>
        <message>
            <source>As Excel…</source>
            <translation>En Excel…</translation>
        </message>
        <message>
            <source>Find a member by name or number</source>
            <translation>Buscar un asociado por nombre o número</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Distributions</source>
            <translation>Distribuciones</translation>
        </message>
        <message>
            <source>Policies</source>
            <translation>Políticas</translation>
        </message>
        <message>
            <source>Premium use plan</source>
            <translation>Plan de uso de la prima</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Repartido</translation>
        </message>
        <message>
            <source>Not paid yet</source>
            <translation>Aún sin pagar</translation>
        </message>
        <message>
            <source>Fund or part</source>
            <translation>Fondo o parte</translation>
        </message>
        <message>
            <source>Funds</source>
            <translation>Fondos</translation>
        </message>
        <message>
            <source>Members' part shared by</source>
            <translation>Parte de los asociados repartida según</translation>
        </message>
        <message>
            <source>Eligible after (days)</source>
            <translation>Con derecho tras (días)</translation>
        </message>
        <message>
            <source>Unclaimed after (days)</source>
            <translation>No cobrado tras (días)</translation>
        </message>
        <message>
            <source>No distribution yet: press “New distribution…”.</source>
            <translation>Aún no hay ninguna distribución: presione “Nueva distribución…”.</translation>
        </message>
        <message>
            <source>Period {start} to {end}, policy “{policy}”.</source>
            <translation>Período del {start} al {end}, política “{policy}”.</translation>
        </message>
        <message>
            <source>Approved on {date}: {resolution}.</source>
            <translation>Aprobada el {date}: {resolution}.</translation>
        </message>
        <message>
            <source>{eligible} member(s) eligible, {excluded} taking no part; {members} receive something, {unpaid} not paid yet.</source>
            <translation>{eligible} asociado(s) con derecho, {excluded} que no participa(n); {members} recibe(n) algo, {unpaid} aún sin pagar.</translation>
        </message>
        <message>
            <source>{count} member line(s)</source>
            <translation>{count} línea(s) de asociado</translation>
        </message>
        <message>
            <source>The premium use plan is not available in this version.</source>
            <translation>El plan de uso de la prima no está disponible en esta versión.</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Eliminar borrador</translation>
        </message>
        <message>
            <source>Your role may not prepare, post or pay out distributions.</source>
            <translation>Su rol no permite preparar, contabilizar ni pagar distribuciones.</translation>
        </message>
        <message>
            <source>Distribution {number} kept as a draft.</source>
            <translation>Distribución {number} guardada como borrador.</translation>
        </message>
        <message>
            <source>Distribution {number} approved.</source>
            <translation>Distribución {number} aprobada.</translation>
        </message>
        <message>
            <source>Distribution {number} approved and posted (entry {entry}).</source>
            <translation>Distribución {number} aprobada y contabilizada (asiento {entry}).</translation>
        </message>
        <message>
            <source>Distribution {number} computed again.</source>
            <translation>Distribución {number} recalculada.</translation>
        </message>
        <message>
            <source>Delete the draft?</source>
            <translation>¿Eliminar el borrador?</translation>
        </message>
        <message>
            <source>Distribution {number} is a draft; deleting it removes its computation and nothing else.</source>
            <translation>La distribución {number} es un borrador; al eliminarla se borra su cálculo y nada más.</translation>
        </message>
        <message>
            <source>Distribution {number} posted: entry {year}/{entry}.</source>
            <translation>Distribución {number} contabilizada: asiento {year}/{entry}.</translation>
        </message>
        <message>
            <source>Paid {count} member(s) {amount}: entry {year}/{entry}.</source>
            <translation>Se pagaron {amount} a {count} asociado(s): asiento {year}/{entry}.</translation>
        </message>
        <message>
            <source>Policy “{name}” saved.</source>
            <translation>Política “{name}” guardada.</translation>
        </message>
        <message>
            <source>Preset installed as the policy “{name}”.</source>
            <translation>Modelo instalado como la política “{name}”.</translation>
        </message>
        <message>
            <source>distribution-{number}-preview</source>
            <translation>distribucion-{number}-vista-previa</translation>
        </message>
        <message>
            <source>distribution-{number}-payout-sheet</source>
            <translation>distribucion-{number}-planilla-de-pagos</translation>
        </message>
        <message>
            <source>distribution-{number}-unclaimed</source>
            <translation>distribucion-{number}-no-cobrados</translation>
        </message>
        <message>
            <source>Checklists</source>
            <translation>Listas de verificación</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Capacitación</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidentes</translation>
        </message>
        <message>
            <source>Standards</source>
            <translation>Estándares</translation>
        </message>
        <message>
            <source>from the start</source>
            <translation>desde el inicio</translation>
        </message>
        <message>
            <source>to reach over time</source>
            <translation>por alcanzar con el tiempo</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <source>Records that fit this requirement: double-click one to attach it.</source>
            <translation>Registros que corresponden a este requisito: haga doble clic en uno para adjuntarlo.</translation>
        </message>
        <message>
            <source>Assess…</source>
            <translation>Evaluar…</translation>
        </message>
        <message>
            <source>Add evidence…</source>
            <translation>Agregar evidencia…</translation>
        </message>
        <message>
            <source>Remove evidence</source>
            <translation>Quitar la evidencia</translation>
        </message>
        <message>
            <source>Make an improvement action…</source>
            <translation>Crear una acción de mejora…</translation>
        </message>
        <message>
            <source>Records that would fit (double-click to attach)</source>
            <translation>Registros que podrían corresponder (doble clic para adjuntar)</translation>
        </message>
        <message>
            <source>Improvement activities</source>
            <translation>Actividades de mejora</translation>
        </message>
        <message>
            <source>History of assessments</source>
            <translation>Historial de evaluaciones</translation>
        </message>
        <message>
            <source>{percent} % met; {assessed} of {total} assessed</source>
            <translation>{percent} % cumplido; {assessed} de {total} evaluados</translation>
        </message>
        <message>
            <source>Choose a requirement on the left.</source>
            <translation>Elija un requisito a la izquierda.</translation>
        </message>
        <message>
            <source>on {date} by {user}</source>
            <translation>el {date} por {user}</translation>
        </message>
        <message>
            <source>Stage: {stage}</source>
            <translation>Etapa: {stage}</translation>
        </message>
        <message>
            <source>Level:</source>
            <translation>Nivel:</translation>
        </message>
        <message>
            <source>Added by {user} on {when}</source>
            <translation>Agregada por {user} el {when}</translation>
        </message>
        <message>
            <source>No evidence yet.</source>
            <translation>Todavía no hay evidencia.</translation>
        </message>
        <message>
            <source>{number}. {title} ({starts} to {ends}): {status}, {progress} %</source>
            <translation>{number}. {title} ({starts} a {ends}): {status}, {progress} %</translation>
        </message>
        <message>
            <source>No improvement action yet.</source>
            <translation>Todavía no hay acciones de mejora.</translation>
        </message>
        <message>
            <source>Not assessed yet.</source>
            <translation>Aún no evaluado.</translation>
        </message>
        <message>
            <source>Your role may read the standards but not change them.</source>
            <translation>Su rol puede consultar los estándares, pero no modificarlos.</translation>
        </message>
        <message>
            <source>Remove “{label}” from this requirement's evidence? The record itself is kept.</source>
            <translation>¿Quitar “{label}” de la evidencia de este requisito? El registro en sí se conserva.</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>Record an incident…</source>
            <translation>Registrar un incidente…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Incident register ({format})…</source>
            <translation>Registro de incidentes ({format})…</translation>
        </message>
        <message>
            <source>{days} days since the last accident</source>
            <translation>{days} días desde el último accidente</translation>
        </message>
        <message>
            <source>No accident recorded</source>
            <translation>Ningún accidente registrado</translation>
        </message>
        <message>
            <source>{since} · mercury this year: {grams} g · in the period: {total} incident(s), {open} open</source>
            <translation>{since} · mercurio este año: {grams} g · en el período: {total} incidente(s), {open} abierto(s)</translation>
        </message>
        <message>
            <source>No incident in the register for this period.</source>
            <translation>Ningún incidente en el registro para este período.</translation>
        </message>
        <message>
            <source>Incident {number}: {kind}, {severity}</source>
            <translation>Incidente {number}: {kind}, {severity}</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Registrado por</translation>
        </message>
        <message>
            <source>incidents-{start}-{end}</source>
            <translation>incidentes-{start}-{end}</translation>
        </message>
        <message>
            <source>{total} requirements</source>
            <translation>{total} requisitos</translation>
        </message>
        <message>
            <source>Target met: {target}</source>
            <translation>Meta cumplida: {target}</translation>
        </message>
        <message>
            <source>Target met</source>
            <translation>Meta cumplida</translation>
        </message>
        <message>
            <source>CHECK: {detail}</source>
            <translation>VERIFICAR: {detail}</translation>
        </message>
        <message>
            <source>Standards report (PDF)…</source>
            <translation>Informe de estándares (PDF)…</translation>
        </message>
        <message>
            <source>Standards report (Excel)…</source>
            <translation>Informe de estándares (Excel)…</translation>
        </message>
        <message>
            <source>Progress on the standards</source>
            <translation>Avance en los estándares</translation>
        </message>
        <message>
            <source>Indicators are computed from the register, the officers, production, the premium plan, the minutes, training and the incident register; hover over a card for how.</source>
            <translation>Los indicadores se calculan a partir del registro de asociados, los dignatarios, la producción, el plan de la prima, las actas, la capacitación y el registro de incidentes; pase el puntero sobre una tarjeta para ver cómo.</translation>
        </message>
        <message>
            <source>Indicators on {date}</source>
            <translation>Indicadores al {date}</translation>
        </message>
        <message>
            <source>Standards report</source>
            <translation>Informe de estándares</translation>
        </message>
        <message>
            <source>All themes</source>
            <translation>Todos los ejes temáticos</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>Nueva sesión…</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Corregir…</translation>
        </message>
        <message>
            <source>Attendance…</source>
            <translation>Asistencia…</translation>
        </message>
        <message>
            <source>Training report ({format})…</source>
            <translation>Informe de capacitación ({format})…</translation>
        </message>
        <message>
            <source>{sessions} session(s) given, {hours} hours; {members} members trained, {share} % of them women.</source>
            <translation>{sessions} sesión(es) impartida(s), {hours} horas; {members} asociados capacitados, {share} % de ellos mujeres.</translation>
        </message>
        <message>
            <source>(planned)</source>
            <translation>(prevista)</translation>
        </message>
        <message>
            <source>{count} attended “{topic}” ({women} women):</source>
            <translation>{count} asistieron a “{topic}” ({women} mujeres):</translation>
        </message>
        <message>
            <source>training-{start}-{end}</source>
            <translation>capacitacion-{start}-{end}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>One amount column, signed (− for money out)</source>
            <translation>Una sola columna de monto, con signo (− para el dinero que sale)</translation>
        </message>
        <message>
            <source>Two columns: debit and credit</source>
            <translation>Dos columnas: débito y crédito</translation>
        </message>
        <message>
            <source>An amount and a debit/credit indicator column</source>
            <translation>Una columna de monto y otra que indica débito o crédito</translation>
        </message>
        <message>
            <source>Debit (money out)</source>
            <translation>Débito (dinero que sale)</translation>
        </message>
        <message>
            <source>Credit (money in)</source>
            <translation>Crédito (dinero que entra)</translation>
        </message>
        <message>
            <source>Debit/credit indicator</source>
            <translation>Indicador de débito/crédito</translation>
        </message>
        <message>
            <source>Counterparty</source>
            <translation>Contraparte</translation>
        </message>
        <message>
            <source>Import a statement into {code} — {name}</source>
            <translation>Importar un extracto a {code} — {name}</translation>
        </message>
        <message>
            <source>Next &gt;</source>
            <translation>Siguiente &gt;</translation>
        </message>
        <message>
            <source>&lt; Back</source>
            <translation>&lt; Atrás</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Choose the statement file</source>
            <translation>Elija el archivo del extracto</translation>
        </message>
        <message>
            <source>OFX, CAMT.053, MT940, CSV or Excel (.xlsx), as the bank or the mobile-money operator exports it. You may also drop the file here.</source>
            <translation>OFX, CAMT.053, MT940, CSV o Excel (.xlsx), tal como lo exporta el banco o el operador de billetera móvil. También puede arrastrar el archivo hasta aquí.</translation>
        </message>
        <message>
            <source>the file's path</source>
            <translation>la ruta del archivo</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <source>Recognise the columns automatically</source>
            <translation>Reconocer las columnas automáticamente</translation>
        </message>
        <message>
            <source>Saved mapping: {name}</source>
            <translation>Correspondencia guardada: {name}</translation>
        </message>
        <message>
            <source>Define the columns…</source>
            <translation>Definir las columnas…</translation>
        </message>
        <message>
            <source>Read the columns</source>
            <translation>Leer las columnas</translation>
        </message>
        <message>
            <source>Drop a statement file here</source>
            <translation>Arrastre aquí un archivo de extracto</translation>
        </message>
        <message>
            <source>Statements (*.ofx *.qfx *.xml *.sta *.mt940 *.940 *.txt *.csv *.xlsx);;All files (*)</source>
            <translation>Extractos (*.ofx *.qfx *.xml *.sta *.mt940 *.940 *.txt *.csv *.xlsx);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>There is no file {path}.</source>
            <translation>No existe el archivo {path}.</translation>
        </message>
        <message>
            <source>{name} is larger than 50 MB: is it really a statement?</source>
            <translation>{name} pesa más de 50 MB: ¿de verdad es un extracto?</translation>
        </message>
        <message>
            <source>{format} file, {size} bytes</source>
            <translation>Archivo {format}, {size} bytes</translation>
        </message>
        <message>
            <source>This format says itself which column is what.</source>
            <translation>Este formato indica por sí mismo qué es cada columna.</translation>
        </message>
        <message>
            <source>Next, say which column of the file is the date, the amount and the rest; the mapping can be saved for this bank's next files.</source>
            <translation>A continuación, indique qué columna del archivo es la fecha, cuál el monto y cuáles las demás; la correspondencia se puede guardar para los próximos archivos de este banco.</translation>
        </message>
        <message>
            <source>The file is read as the saved mapping says.</source>
            <translation>El archivo se lee según lo indica la correspondencia guardada.</translation>
        </message>
        <message>
            <source>coopdesk finds the header line and recognises the columns by their names (date, description, amount or debit and credit, balance…). If it cannot, define the columns.</source>
            <translation>coopdesk busca la línea de encabezado y reconoce las columnas por su nombre (fecha, descripción, monto o débito y crédito, saldo…). Si no lo logra, defina las columnas.</translation>
        </message>
        <message>
            <source>Which column holds what</source>
            <translation>Qué contiene cada columna</translation>
        </message>
        <message>
            <source>The column names are those of the file's header line. Leave a setting on “recognise” to let coopdesk work it out.</source>
            <translation>Los nombres de las columnas son los de la línea de encabezado del archivo. Deje un ajuste en “reconocer” para que coopdesk lo deduzca.</translation>
        </message>
        <message>
            <source>find it</source>
            <translation>buscarla</translation>
        </message>
        <message>
            <source>recognise</source>
            <translation>reconocer</translation>
        </message>
        <message>
            <source>semicolon ;</source>
            <translation>punto y coma ;</translation>
        </message>
        <message>
            <source>comma ,</source>
            <translation>coma ,</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabulación</translation>
        </message>
        <message>
            <source>bar |</source>
            <translation>barra |</translation>
        </message>
        <message>
            <source>comma: 1.234,50</source>
            <translation>coma: 1.234,50</translation>
        </message>
        <message>
            <source>point: 1,234.50</source>
            <translation>punto: 1,234.50</translation>
        </message>
        <message>
            <source>the other one</source>
            <translation>el otro</translation>
        </message>
        <message>
            <source>point .</source>
            <translation>punto .</translation>
        </message>
        <message>
            <source>space</source>
            <translation>espacio</translation>
        </message>
        <message>
            <source>apostrophe '</source>
            <translation>apóstrofo '</translation>
        </message>
        <message>
            <source>e.g. the bank's name; leave empty not to save it</source>
            <translation>p. ej. el nombre del banco; déjelo vacío para no guardarla</translation>
        </message>
        <message>
            <source>Header line</source>
            <translation>Línea de encabezado</translation>
        </message>
        <message>
            <source>Separator</source>
            <translation>Separador</translation>
        </message>
        <message>
            <source>Dates written as</source>
            <translation>Fechas escritas como</translation>
        </message>
        <message>
            <source>Decimal separator</source>
            <translation>Separador decimal</translation>
        </message>
        <message>
            <source>Thousands separator</source>
            <translation>Separador de miles</translation>
        </message>
        <message>
            <source>Save this mapping as</source>
            <translation>Guardar esta correspondencia como</translation>
        </message>
        <message>
            <source>Header on line {line}: {names}</source>
            <translation>Encabezado en la línea {line}: {names}</translation>
        </message>
        <message>
            <source>Check the lines</source>
            <translation>Revisar las líneas</translation>
        </message>
        <message>
            <source>Nothing has been imported yet. Lines imported before are skipped, so importing the same file again adds nothing.</source>
            <translation>Todavía no se ha importado nada. Las líneas importadas antes se omiten, así que importar de nuevo el mismo archivo no agrega nada.</translation>
        </message>
        <message>
            <source>Import it anyway (what does not add up is recorded)</source>
            <translation>Importarlo de todos modos (lo que no cuadra queda registrado)</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <source>Reading the statement…</source>
            <translation>Leyendo el extracto…</translation>
        </message>
        <message>
            <source>Nothing can be imported from this file.</source>
            <translation>No se puede importar nada de este archivo.</translation>
        </message>
        <message>
            <source>Correct the file and choose it again, or go back and say which column holds what.</source>
            <translation>Corrija el archivo y vuelva a elegirlo, o regrese e indique qué contiene cada columna.</translation>
        </message>
        <message>
            <source>{lines} line(s): {new} new, {known} already imported</source>
            <translation>{lines} línea(s): {new} nueva(s), {known} ya importada(s)</translation>
        </message>
        <message>
            <source>From {first} to {last} · {format}{mapping}</source>
            <translation>Del {first} al {last} · {format}{mapping}</translation>
        </message>
        <message>
            <source>, mapping “{name}”</source>
            <translation>, correspondencia “{name}”</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>no indicado</translation>
        </message>
        <message>
            <source>Statement {n}: opening balance {opening}, closing balance {closing}</source>
            <translation>Extracto {n}: saldo inicial {opening}, saldo final {closing}</translation>
        </message>
        <message>
            <source>Opening balance {opening}, closing balance {closing}</source>
            <translation>Saldo inicial {opening}, saldo final {closing}</translation>
        </message>
        <message>
            <source>The statement does not add up by its own balances:</source>
            <translation>El extracto no cuadra con sus propios saldos:</translation>
        </message>
        <message>
            <source>Every line of this file was imported before: importing it again adds nothing.</source>
            <translation>Todas las líneas de este archivo ya se habían importado: importarlo de nuevo no agrega nada.</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nueva</translation>
        </message>
        <message>
            <source>already imported</source>
            <translation>ya importada</translation>
        </message>
        <message>
            <source>The first {shown} of {count} lines are listed.</source>
            <translation>Se muestran las primeras {shown} de {count} líneas.</translation>
        </message>
        <message>
            <source>Importing the statement…</source>
            <translation>Importando el extracto…</translation>
        </message>
        <message>
            <source>{new} new line(s), {known} already imported</source>
            <translation>{new} línea(s) nueva(s), {known} ya importada(s)</translation>
        </message>
        <message>
            <source>The mapping was not saved: {problem}</source>
            <translation>La correspondencia no se guardó: {problem}</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>No se importó nada.</translation>
        </message>
        <message>
            <source>New distribution</source>
            <translation>Nueva distribución</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Finalizar</translation>
        </message>
        <message>
            <source>1. What is shared</source>
            <translation>1. Qué se reparte</translation>
        </message>
        <message>
            <source>The surplus of a closed year, a Fairmined premium received, or an amount the assembly decided; and the period over which production, shares and days worked are counted.</source>
            <translation>El excedente de un ejercicio cerrado, una prima Fairmined recibida o un monto que decidió la asamblea; y el período en el que se cuentan la producción, los aportes y los días trabajados.</translation>
        </message>
        <message>
            <source>e.g. 25,000,000.00</source>
            <translation>p. ej. 25,000,000.00</translation>
        </message>
        <message>
            <source>Period counted</source>
            <translation>Período considerado</translation>
        </message>
        <message>
            <source>{year}: surplus {amount}</source>
            <translation>{year}: excedente {amount}</translation>
        </message>
        <message>
            <source>(no closed year has a surplus left to share)</source>
            <translation>(ningún ejercicio cerrado tiene excedente por repartir)</translation>
        </message>
        <message>
            <source>the year's surplus, as the closing carried it</source>
            <translation>el excedente del ejercicio, tal como lo trasladó el cierre</translation>
        </message>
        <message>
            <source>the premium account holds {amount}</source>
            <translation>la cuenta de la prima tiene {amount}</translation>
        </message>
        <message>
            <source>2. The sharing policy</source>
            <translation>2. La política de reparto</translation>
        </message>
        <message>
            <source>The funds the bylaws require, then how the members' part is shared. Edit the policy here if the assembly decided otherwise; a changed policy is stored when you press Next.</source>
            <translation>Los fondos que exigen los estatutos y luego cómo se reparte la parte de los asociados. Edite aquí la política si la asamblea decidió otra cosa; una política modificada se guarda al presionar Siguiente.</translation>
        </message>
        <message>
            <source>its own name</source>
            <translation>su propio nombre</translation>
        </message>
        <message>
            <source>or install a preset</source>
            <translation>o instale un modelo</translation>
        </message>
        <message>
            <source>as</source>
            <translation>como</translation>
        </message>
        <message>
            <source>(no policy stored yet: install a preset)</source>
            <translation>(aún no hay políticas guardadas: instale un modelo)</translation>
        </message>
        <message>
            <source>3. Preview</source>
            <translation>3. Vista previa</translation>
        </message>
        <message>
            <source>The distribution is computed as a draft. Check the funds and the members' amounts; go back to change the source or the policy.</source>
            <translation>La distribución se calcula como borrador. Revise los fondos y los montos de los asociados; vuelva atrás para cambiar el origen o la política.</translation>
        </message>
        <message>
            <source>Where the amount goes</source>
            <translation>Destino del monto</translation>
        </message>
        <message>
            <source>&lt; Previous</source>
            <translation>&lt; Anterior</translation>
        </message>
        <message>
            <source>Next page &gt;</source>
            <translation>Página siguiente &gt;</translation>
        </message>
        <message>
            <source>Computing every member's share…</source>
            <translation>Calculando la parte de cada asociado…</translation>
        </message>
        <message>
            <source>Computing the distribution…</source>
            <translation>Calculando la distribución…</translation>
        </message>
        <message>
            <source>The distribution cannot be computed:</source>
            <translation>No se puede calcular la distribución:</translation>
        </message>
        <message>
            <source>Draft distribution {number}, “{title}”: {source}, {start} to {end}, policy “{policy}”.</source>
            <translation>Borrador de distribución {number}, “{title}”: {source}, del {start} al {end}, política “{policy}”.</translation>
        </message>
        <message>
            <source>Received by {count} member(s)</source>
            <translation>Recibido por {count} asociado(s)</translation>
        </message>
        <message>
            <source>Left in the source account by rounding</source>
            <translation>Queda en la cuenta de origen por redondeo</translation>
        </message>
        <message>
            <source>{eligible} member(s) eligible, {excluded} taking no part (see the note of each).</source>
            <translation>{eligible} asociado(s) con derecho, {excluded} que no participa(n) (vea la nota de cada uno).</translation>
        </message>
        <message>
            <source>Members — {basis}</source>
            <translation>Asociados — {basis}</translation>
        </message>
        <message>
            <source>{first}–{last} of {total}</source>
            <translation>{first}–{last} de {total}</translation>
        </message>
        <message>
            <source>4. Approval and posting</source>
            <translation>4. Aprobación y contabilización</translation>
        </message>
        <message>
            <source>The assembly's approval (its date and the reference of its resolution), then the posting: one entry in the books, each member's amount in their account.</source>
            <translation>La aprobación de la asamblea (su fecha y la referencia de su resolución) y luego la contabilización: un asiento en la contabilidad, con el monto de cada asociado en su cuenta.</translation>
        </message>
        <message>
            <source>Approve and post now</source>
            <translation>Aprobar y contabilizar ahora</translation>
        </message>
        <message>
            <source>Record the approval; post later</source>
            <translation>Registrar la aprobación; contabilizar más tarde</translation>
        </message>
        <message>
            <source>Keep it as a draft for now</source>
            <translation>Dejarla como borrador por ahora</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>Distribution {number}, “{title}”: {amount} — funds {funds}, members {shared}.</source>
            <translation>Distribución {number}, “{title}”: {amount} — fondos {funds}, asociados {shared}.</translation>
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
