<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Entorno de ejecución</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>see the text</source>
        <translation>ver el texto</translation>
    </message>
    <message>
        <source>About FieldDesk</source>
        <translation>Acerca de FieldDesk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Missions, trainings, reports and sync for the field offices of a human rights technical cooperation programme.</source>
        <translation>Misiones, capacitaciones, informes y sincronización para las oficinas sobre el terreno de un programa de cooperación técnica en materia de derechos humanos.</translation>
    </message>
    <message>
        <source>FieldDesk is free software under the MIT licence. It is built on the libraries and fonts below, each under its own licence: choose one to read it.</source>
        <translation>FieldDesk es software libre con licencia MIT. Se basa en las bibliotecas y fuentes siguientes, cada una con su propia licencia: elija una para leerla.</translation>
    </message>
    <message>
        <source>Your data is kept in %1, not in the program's folder: installing a newer version or removing FieldDesk leaves it where it is.</source>
        <translation>Sus datos se guardan en %1, no en la carpeta del programa: instalar una versión más reciente o desinstalar FieldDesk los deja donde están.</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Componentes y sus licencias</translation>
    </message>
    <message>
        <source>Licence of %1</source>
        <translation>Licencia de %1</translation>
    </message>
    <message>
        <source>The licence text of %1 is not included with this copy of FieldDesk; see %2.</source>
        <translation>El texto de la licencia de %1 no se incluye en esta copia de FieldDesk; véase %2.</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Prueba inicial</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Prueba final</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Activities of this participant</source>
        <translation>Actividades de este participante</translation>
    </message>
    <message>
        <source>Attendance and scores are recorded in each activity.</source>
        <translation>La asistencia y las calificaciones se registran en cada actividad.</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Assess: %1</source>
        <translation>Evaluar: %1</translation>
    </message>
    <message>
        <source>From the evidence (%1)</source>
        <translation>Según los datos registrados (%1)</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>0 – does not apply</source>
        <translation>0 – no se aplica</translation>
    </message>
    <message>
        <source>3 – applies fully</source>
        <translation>3 – se aplica plenamente</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Why this score: the facts, who was consulted.</source>
        <translation>Por qué esta puntuación: los hechos, a quién se consultó.</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>No hay datos registrados.</translation>
    </message>
    <message>
        <source>Evidence recorded:</source>
        <translation>Datos registrados:</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>“%1” is a .%2 file: a program or script that runs on this computer with your rights when opened. Open it only if you know where it comes from. Open it?</source>
        <translation>«%1» es un archivo .%2: un programa o script que se ejecuta en este ordenador con sus permisos al abrirlo. Ábralo solo si sabe de dónde viene. ¿Abrirlo?</translation>
    </message>
    <message>
        <source>Open a program?</source>
        <translation>¿Abrir un programa?</translation>
    </message>
    <message>
        <source>Type: .%1, a program or script (FieldDesk asks before opening it)</source>
        <translation>Tipo: .%1, un programa o un script (FieldDesk pregunta antes de abrirlo)</translation>
    </message>
    <message>
        <source>Type: .%1</source>
        <translation>Tipo: .%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Files are copied into the profile and travel with the next sync bundle.</source>
        <translation>Los archivos se copian en el perfil y se envían con el próximo paquete de sincronización.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Copying files into the profile…</source>
        <translation>Copiando los archivos en el perfil…</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Quitar el adjunto</translation>
    </message>
    <message>
        <source>Remove “%1” from this record?</source>
        <translation>¿Quitar «%1» de este registro?</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Days present</source>
        <translation>Días de asistencia</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Attendance by participant and day</source>
        <translation>Asistencia por participante y día</translation>
    </message>
    <message>
        <source>Checked: present. Empty: absent. Dash: not recorded. Click a cell or press the space bar to change it; each change is saved at once.</source>
        <translation>Marcado: presente. Vacío: ausente. Guion: sin registrar. Haga clic en una casilla o pulse la barra espaciadora para cambiarla; cada cambio se guarda de inmediato.</translation>
    </message>
    <message>
        <source>Everyone &amp;present on the selected day</source>
        <translation>Todos &amp;presentes el día seleccionado</translation>
    </message>
<message>
        <source>Checked: present. Empty: absent. Dash: not recorded. Click a cell or press the space bar to change it, or type 1 (present) or 0 (absent); Enter or Tab moves on. Each change is saved at once.</source>
        <translation>Marcado: presente. Vacío: ausente. Guion: sin registrar. Haga clic en una celda o pulse la barra espaciadora para cambiarla, o escriba 1 (presente) o 0 (ausente); Intro o Tab pasa a la siguiente. Cada cambio se guarda al instante.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>FieldDesk backs up this profile once a day when it is first used, and before every bundle import, database upgrade and restore. It keeps the last 10 automatic backups and every backup made by hand. Backups are encrypted like the profile.</source>
        <translation>FieldDesk hace una copia de seguridad de este perfil una vez al día, la primera vez que se usa, y antes de cada importación de paquete, actualización de la base de datos y restauración. Conserva las 10 últimas copias automáticas y todas las hechas a mano. Las copias están cifradas como el perfil.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>Back up to a &amp;folder…</source>
        <translation>Copia en una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Back up now and copy the backup to a folder, for example on a USB stick, with the key file that opens it</source>
        <translation>Hacer una copia ahora y copiarla en una carpeta, por ejemplo en una memoria USB, con el archivo de claves que la abre</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Changes made here that headquarters has not yet acknowledged: %1 (the oldest from %2). Restoring a backup would replace them.</source>
        <translation>Cambios hechos aquí cuya recepción la sede aún no ha confirmado: %1 (el más antiguo del %2). Restaurar una copia los reemplazaría.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Copy the backup to a folder</source>
        <translation>Copiar la copia en una carpeta</translation>
    </message>
    <message>
        <source>Backed up (%1).</source>
        <translation>Copia hecha (%1).</translation>
    </message>
    <message>
        <source>Backed up and copied to %1, with the key file that opens it (the passphrase or the recovery key is still needed).</source>
        <translation>Copia hecha y copiada en %1, con el archivo de claves que la abre (sigue haciendo falta la frase de contraseña o la clave de recuperación).</translation>
    </message>
    <message>
        <source>Backed up and copied to %1. This profile is not encrypted: anyone who has the copy can read it.</source>
        <translation>Copia hecha y copiada en %1. Este perfil no está cifrado: cualquiera que tenga la copia puede leerla.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the profile's data with the backup made %1? Everything recorded since then is replaced. The current data is backed up first, so restoring that backup undoes this.</source>
        <translation>¿Reemplazar los datos del perfil por la copia hecha el %1? Todo lo registrado desde entonces se reemplaza. Los datos actuales se copian primero, así que restaurar esa copia deshace esto.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Changes not yet at headquarters</source>
        <translation>Cambios que aún no están en la sede</translation>
    </message>
    <message>
        <source>Changes made here that headquarters has not acknowledged: %1 (the oldest from %2). Restoring replaces them; they stay in the backup made before the restore. Sending a bundle to headquarters first is safer.

Restore anyway?</source>
        <translation>Cambios hechos aquí cuya recepción la sede no ha confirmado: %1 (el más antiguo del %2). La restauración los reemplaza; quedan en la copia hecha antes de restaurar. Es más seguro enviar antes un paquete a la sede.

¿Restaurar de todos modos?</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>No se ha restaurado nada.</translation>
    </message>
    <message>
        <source>Back up now and copy the backup to a folder, for example on a USB stick, with a key file that opens it with the recovery key</source>
        <translation>Hacer ahora una copia de seguridad y copiarla en una carpeta, por ejemplo en una memoria USB, con un archivo de clave que la abre con la clave de recuperación</translation>
    </message>
    <message>
        <source>Backed up and copied to %1, with a key file that opens it with the recovery key only (not with the passphrase: an old copy never opens with an old passphrase).</source>
        <translation>Copia de seguridad hecha y copiada en %1, con un archivo de clave que la abre solo con la clave de recuperación (no con la frase de contraseña: una copia antigua nunca se abre con una frase antigua).</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Daily, on first use</source>
        <translation>Diaria, al primer uso</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Hecha a mano</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before encrypting</source>
        <translation>Antes de cifrar</translation>
    </message>
    <message>
        <source>Before a database upgrade</source>
        <translation>Antes de una actualización de la base de datos</translation>
    </message>
    <message>
        <source>Before importing bundle #%1 from %2</source>
        <translation>Antes de importar el paquete n.º %1 de %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>A mano</translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Fuente de financiación</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation>Presupuesto (USD)</translation>
    </message>
    <message>
        <source>Expenditure (USD)</source>
        <translation>Gasto (USD)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>partida presupuestaria</translation>
    </message>
    <message>
        <source>Total budget %1 USD; spent %2 USD%3.</source>
        <translation>Presupuesto total %1 USD; gastado %2 USD%3.</translation>
    </message>
    <message>
        <source>Execution (%)</source>
        <translation>Ejecución (%)</translation>
    </message>
    <message>
        <source>Budget and expenditure per year and funding source; the execution rate is expenditure as a share of budget.</source>
        <translation>Presupuesto y gasto por año y fuente de financiación; la tasa de ejecución es el gasto como proporción del presupuesto.</translation>
    </message>
    <message>
        <source>Execution by year: %1.</source>
        <translation>Ejecución por año: %1.</translation>
    </message>
    <message>
        <source>Total budget %1; spent %2%3.</source>
        <translation>Presupuesto total %1; gastado %2%3.</translation>
    </message>
</context>
<context>
    <name>BundlePreview</name>
    <message>
        <source>Import bundle</source>
        <translation>Importar el paquete</translation>
    </message>
    <message>
        <source>Bundle #%1 from %2 has been checked: it is signed by %2 and addressed to this office. Nothing has been changed yet.</source>
        <translation>El paquete n.º %1 de %2 ha sido verificado: está firmado por %2 y dirigido a esta oficina. Todavía no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>New records:</source>
        <translation>Registros nuevos:</translation>
    </message>
    <message>
        <source>Updated records:</source>
        <translation>Registros actualizados:</translation>
    </message>
    <message>
        <source>Already up to date:</source>
        <translation>Ya actualizados:</translation>
    </message>
    <message>
        <source>%1 (both sides changed the same thing; you will review them on the Conflicts tab)</source>
        <translation>%1 (ambas partes cambiaron lo mismo; los revisará en la pestaña Conflictos)</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflictos:</translation>
    </message>
    <message>
        <source>Waiting for a parent record:</source>
        <translation>A la espera de un registro padre:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Welcome to FieldDesk</source>
        <translation>Bienvenido a FieldDesk</translation>
    </message>
    <message>
        <source>FieldDesk keeps your office's missions, trainings and participants on this computer.</source>
        <translation>FieldDesk guarda en esta computadora las misiones, capacitaciones y participantes de su oficina.</translation>
    </message>
    <message>
        <source>&amp;Set up my office</source>
        <translation>&amp;Configurar mi oficina</translation>
    </message>
    <message>
        <source>&amp;Explore FieldDesk with demo data</source>
        <translation>&amp;Explorar FieldDesk con datos de demostración</translation>
    </message>
    <message>
        <source>Your data will be kept in %1.</source>
        <translation>Sus datos se guardarán en %1.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>El mío</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>El suyo</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Show &amp;resolved conflicts</source>
        <translation>Mostrar conflictos &amp;resueltos</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>This office's value</source>
        <translation>Valor de esta oficina</translation>
    </message>
    <message>
        <source>The other office's value</source>
        <translation>Valor de la otra oficina</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conservar el &amp;mío</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conservar el &amp;suyo</translation>
    </message>
    <message>
        <source>&amp;Open the record to edit it</source>
        <translation>&amp;Abrir el registro para editarlo</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>el mío</translation>
    </message>
    <message>
        <source>theirs (%1)</source>
        <translation>el suyo (%1)</translation>
    </message>
    <message>
        <source>No conflict selected. Conflicts appear here when this office and another changed the same thing between two syncs.</source>
        <translation>Ningún conflicto seleccionado. Los conflictos aparecen aquí cuando esta oficina y otra cambiaron lo mismo entre dos sincronizaciones.</translation>
    </message>
    <message>
        <source>(resolved: %1)</source>
        <translation>(resuelto: %1)</translation>
    </message>
    <message>
        <source>Value from %1</source>
        <translation>Valor de %1</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Resolviendo…</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>FieldDesk is locked</source>
        <translation>FieldDesk está bloqueado</translation>
    </message>
    <message>
        <source>Office %1. Type the passphrase to go on: the windows come back as they were.</source>
        <translation>Oficina %1. Escriba la frase de contraseña para continuar: las ventanas vuelven tal como estaban.</translation>
    </message>
</context>
<context>
    <name>CriteriaView</name>
    <message>
        <source>Headquarters sets the criteria and their weights; every office ranks its requests by them.</source>
        <translation>La Sede fija los criterios y sus pesos; cada oficina clasifica sus solicitudes según ellos.</translation>
    </message>
    <message>
        <source>Set by headquarters; every office ranks its requests by them.</source>
        <translation>Fijados por la Sede; cada oficina clasifica sus solicitudes según ellos.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>How it is evaluated</source>
        <translation>Cómo se evalúa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Priority criteria</source>
        <translation>Criterios de prioridad</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
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
        <source>0 (not counted) to 10.</source>
        <translation>De 0 (no se cuenta) a 10.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Añadir: %1</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>criterio</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Editar: %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Activities and participants per quarter</source>
        <translation>Actividades y participantes por trimestre</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>training activities</source>
        <translation>actividades de capacitación</translation>
    </message>
    <message>
        <source>people trained</source>
        <translation>personas capacitadas</translation>
    </message>
    <message>
        <source>missions</source>
        <translation>misiones</translation>
    </message>
    <message>
        <source>recommendations being followed up</source>
        <translation>recomendaciones en seguimiento</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Activities and participants per quarter</source>
        <translation>Actividades y participantes por trimestre</translation>
    </message>
    <message>
        <source>Participants by sex</source>
        <translation>Participantes por sexo</translation>
    </message>
    <message>
        <source>Participants by target group</source>
        <translation>Participantes por grupo destinatario</translation>
    </message>
    <message>
        <source>Recommendations by follow-up status</source>
        <translation>Recomendaciones por estado del seguimiento</translation>
    </message>
    <message>
        <source>Missions by status</source>
        <translation>Misiones por estado</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Todavía no hay nada registrado.</translation>
    </message>
    <message>
        <source>open requests for assistance</source>
        <translation>solicitudes de asistencia abiertas</translation>
    </message>
    <message>
        <source>Open requests by status</source>
        <translation>Solicitudes abiertas por estado</translation>
    </message>
    <message>
        <source>Projects by stage</source>
        <translation>Proyectos por etapa</translation>
    </message>
    <message>
        <source>Indicators on and off track</source>
        <translation>Indicadores en buen camino y retrasados</translation>
    </message>
<message>
        <source>closed projects sustained at 12 months</source>
        <translation>proyectos cerrados sostenidos a los 12 meses</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
<message>
        <source>Activities by thematic area</source>
        <translation>Actividades por área temática</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>dd</source>
        <comment>day in a date format</comment>
        <translation>dd</translation>
    </message>
    <message>
        <source>mm</source>
        <comment>month in a date format</comment>
        <translation>mm</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>year in a date format</comment>
        <translation>aaaa</translation>
    </message>
    <message>
        <source>Type the date as %1 or as %2, or press Alt+Down for a calendar.</source>
        <translation>Escriba la fecha como %1 o como %2, o pulse Alt+Abajo para ver un calendario.</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Abrir el calendario</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as %2 or as %3.</source>
        <translation>«%1» no es una fecha. Escríbala como %2 o como %3.</translation>
    </message>
    <message>
        <source>“%1”: write the year in full, with four digits.</source>
        <translation>«%1»: escriba el año completo, con cuatro cifras.</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>«%1» no es una fecha: no existe el mes %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date: %2 %3 has %4 days.</source>
        <translation>«%1» no es una fecha: %2 de %3 tiene %4 días.</translation>
    </message>
    <message>
        <source>“%1” is outside the dates this field accepts (%2 to %3).</source>
        <translation>«%1» está fuera de las fechas que admite este campo (del %2 al %3).</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>Finish loads the demo data; it takes a few seconds.</source>
        <translation>Finalizar carga los datos de demostración; tarda unos segundos.</translation>
    </message>
    <message>
        <source>The demo holds invented missions, trainings and participants in five countries, recorded by a Guatemala office. Use it to try FieldDesk, not for real work: for real work, start again with a new profile folder. As it holds nothing real, the demo profile is not encrypted.</source>
        <translation>La demostración contiene misiones, capacitaciones y participantes ficticios en cinco países, registrados por una oficina de Guatemala. Úsela para probar FieldDesk, no para trabajo real: para eso, empiece de nuevo con una carpeta de perfil nueva. Como no contiene nada real, el perfil de demostración no está cifrado.</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Possible duplicate: %1. Check whether this is the same person before adding a new record.</source>
        <translation>Posible duplicado: %1. Compruebe si es la misma persona antes de añadir un registro nuevo.</translation>
    </message>
<message>
        <source>&amp;Not the same person</source>
        <translation>&amp;No es la misma persona</translation>
    </message>
    <message>
        <source>Record a new person and do not offer these records as duplicates again</source>
        <translation>Registrar a una persona nueva y no volver a proponer estos registros como duplicados</translation>
    </message>
    <message>
        <source>Possible duplicate: this person may be recorded already. Use the existing record, or say that this is not the same person.</source>
        <translation>Posible duplicado: esta persona quizá ya esté registrada. Use el registro existente o indique que no es la misma persona.</translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation>&amp;Usar esta persona</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation>Usar esta persona</translation>
    </message>
</context>
<context>
    <name>EnrollmentTab</name>
    <message>
        <source>Find a participant to enrol</source>
        <translation>Buscar un participante para inscribir</translation>
    </message>
    <message>
        <source>&amp;Find a participant:</source>
        <translation>&amp;Buscar un participante:</translation>
    </message>
    <message>
        <source>E&amp;nrol</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <source>New &amp;participant…</source>
        <translation>Nuevo &amp;participante…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Enrolled participants</source>
        <translation>Participantes inscritos</translation>
    </message>
    <message>
        <source>&amp;Remove from the activity</source>
        <translation>&amp;Quitar de la actividad</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>women: %1, men: %2</source>
        <translation>mujeres: %1, hombres: %2</translation>
    </message>
    <message>
        <source>Remove from the activity</source>
        <translation>Quitar de la actividad</translation>
    </message>
    <message>
        <source>Remove %1 from this activity? Their attendance and scores here are removed too.</source>
        <translation>¿Quitar a %1 de esta actividad? También se quitarán su asistencia y sus calificaciones en ella.</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importar desde Excel…</translation>
    </message>
    <message>
        <source>Import participants from an Excel file and enrol them in this activity</source>
        <translation>Importar participantes desde un archivo Excel e inscribirlos en esta actividad</translation>
    </message>
</context>
<context>
    <name>EvaluationsSection</name>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <source>Lessons learnt</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>Mid-term and end-of-project evaluations: what was found, and what was learnt.</source>
        <translation>Evaluaciones de mitad de período y finales: lo que se constató y lo que se aprendió.</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>Send &amp;everything, not only what the recipient has not confirmed</source>
        <translation>Enviar &amp;todo, no solo lo que el destinatario no ha confirmado</translation>
    </message>
    <message>
        <source>&amp;Make bundle…</source>
        <translation>&amp;Crear el paquete…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <source>Drop bundle files here, or</source>
        <translation>Suelte aquí los archivos de paquete, o</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Importar paquetes…</translation>
    </message>
    <message>
        <source>No office is trusted yet. Exchange identity cards on the Keys tab first.</source>
        <translation>Aún no se confía en ninguna oficina. Intercambie primero las tarjetas de identidad en la pestaña Claves.</translation>
    </message>
    <message>
        <source>%1 change(s) that %2 has not confirmed yet, the oldest from %3.</source>
        <translation>%1 cambio(s) que %2 aún no ha confirmado; el más antiguo del %3.</translation>
    </message>
    <message>
        <source>%1 has confirmed every change; a bundle now only carries the confirmation of what you received.</source>
        <translation>%1 ha confirmado todos los cambios; ahora un paquete solo lleva la confirmación de lo que usted recibió.</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>Guardar el paquete</translation>
    </message>
    <message>
        <source>FieldDesk bundles (*.fdb);;All files (*)</source>
        <translation>Paquetes de FieldDesk (*.fdb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Bundle saved</source>
        <translation>Paquete guardado</translation>
    </message>
    <message>
        <source>Bundle #%1 for %2 was saved to %3 with %4 change(s) and %5 attachment(s). Carry it to %2 and import it there.</source>
        <translation>El paquete n.º %1 para %2 se guardó en %3 con %4 cambio(s) y %5 adjunto(s). Llévelo a %2 e impórtelo allí.</translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>Creando el paquete…</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Verificando el paquete…</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Paquete no importado</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Paquete importado</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Importando el paquete…</translation>
    </message>
    <message>
        <source>Bundle #%1 for %2 was saved to %3 with %4 and %5. Carry it to %2 and import it there.</source>
        <translation>El paquete n.º %1 para %2 se guardó en %3 con %4 y %5. Llévelo a %2 e impórtelo allí.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) that %1 has not confirmed yet, the oldest from %2.</source>
        <translation>
            <numerusform>%Ln cambio que %1 aún no ha confirmado, del %2.</numerusform>
            <numerusform>%Ln cambios que %1 aún no ha confirmado; el más antiguo del %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln cambio</numerusform>
            <numerusform>%Ln cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln adjunto</numerusform>
            <numerusform>%Ln adjuntos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpertEditor</name>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Language codes separated by commas, for example: en, fr, es.</source>
        <translation>Códigos de idioma separados por comas, por ejemplo: en, fr, es.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>New expert</source>
        <translation>Nuevo experto</translation>
    </message>
</context>
<context>
    <name>ExpertsPage</name>
    <message>
        <source>Experts</source>
        <translation>Expertos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expert(s)</source>
        <translation>
            <numerusform>%Ln experto</numerusform>
            <numerusform>%Ln expertos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Más filtros</translation>
    </message>
    <message>
        <source>More filters (%1 in use)</source>
        <translation>Más filtros (%1 en uso)</translation>
    </message>
    <message>
        <source>Fewer filters</source>
        <translation>Menos filtros</translation>
    </message>
</context>
<context>
    <name>FindingsSection</name>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatación</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>constatación</translation>
    </message>
    <message>
        <source>What the mission found, by thematic area.</source>
        <translation>Lo que constató la misión, por área temática.</translation>
    </message>
<message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>FieldDesk – first start</source>
        <translation>FieldDesk – primer inicio</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Cargando los datos de demostración…</translation>
    </message>
    <message>
        <source>Creating the profile…</source>
        <translation>Creando el perfil…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>The recovery key is shown only now. Without it, a forgotten passphrase means the data cannot be opened. Go on without keeping it?</source>
        <translation>La clave de recuperación solo se muestra ahora. Sin ella, si se olvida la frase de contraseña, los datos ya no podrán abrirse. ¿Continuar sin guardarla?</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for: %1</source>
        <translation>Elegir: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpTimeline</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>follow-up note</source>
        <translation>nota de seguimiento</translation>
    </message>
    <message>
        <source>Each step in following up this recommendation, oldest first. The latest note sets the recommendation's status.</source>
        <translation>Cada paso del seguimiento de esta recomendación, del más antiguo al más reciente. La última nota determina el estado de la recomendación.</translation>
    </message>
</context>
<context>
    <name>GenerateStrip</name>
    <message>
        <source>Progress of the report</source>
        <translation>Progreso del informe</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop generating the report</source>
        <translation>Detener la generación del informe</translation>
    </message>
    <message>
        <source>Cancelled: no report was made.</source>
        <translation>Cancelado: no se generó ningún informe.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>(from a sync bundle)</source>
        <translation>(desde un paquete de sincronización)</translation>
    </message>
<message>
        <source>headquarters (root key)</source>
        <translation>sede (clave raíz)</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History of this record</source>
        <translation>Historial de este registro</translation>
    </message>
    <message>
        <source>Every change to this record, latest first, as kept in the change log.</source>
        <translation>Todos los cambios de este registro, los más recientes primero, tal como constan en el registro de cambios.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicados</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Paquetes enviados y recibidos</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recibido de</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Enviado a</translation>
    </message>
    <message>
        <source>missing before it: %1 (their changes came in later bundles)</source>
        <translation>faltan antes de este: %1 (sus cambios llegaron en paquetes posteriores)</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>todo</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>Importar desde Excel</translation>
    </message>
    <message>
        <source>Import participants from an Excel file and enrol them in “%1”. People already recorded are recognised, so no one is added twice.</source>
        <translation>Importe participantes desde un archivo Excel e inscríbalos en «%1». Las personas ya registradas se reconocen, así que nadie se añade dos veces.</translation>
    </message>
    <message>
        <source>Import %1 from an Excel file. The file is checked first and nothing is written until you press Import; rows already recorded are recognised, so importing a file twice adds nothing twice.</source>
        <translation>Importe %1 desde un archivo Excel. Primero se comprueba el archivo y no se guarda nada hasta que pulse Importar; las filas ya registradas se reconocen, así que importar dos veces un archivo no duplica nada.</translation>
    </message>
    <message>
        <source>An .xlsx file: a FieldDesk template or export</source>
        <translation>Un archivo .xlsx: una plantilla o una exportación de FieldDesk</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que se importará</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Template for</source>
        <translation>Plantilla para</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Guardar una &amp;plantilla…</translation>
    </message>
    <message>
        <source>No file yet? Start from an empty template with the right column titles:</source>
        <translation>¿Aún no tiene un archivo? Empiece con una plantilla vacía con los títulos de columna correctos:</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemas en el archivo</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
    <message>
        <source>C&amp;heck the file</source>
        <translation>Co&amp;mprobar el archivo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>Co&amp;mprobar de nuevo</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Guardar una plantilla</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The template was saved to %1. Fill it in, then import it here.</source>
        <translation>La plantilla se guardó en %1. Rellénela y luego impórtela aquí.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>(the whole row)</source>
        <translation>(toda la fila)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué se hará</translation>
    </message>
    <message>
        <source>Someone new: add them</source>
        <translation>Una persona nueva: añadirla</translation>
    </message>
    <message>
        <source>The same person as %1 (%2)</source>
        <translation>La misma persona que %1 (%2)</translation>
    </message>
    <message>
        <source>Already recorded: left as it is</source>
        <translation>Ya registrado: se deja como está</translation>
    </message>
    <message>
        <source>New: added</source>
        <translation>Nuevo: se añade</translation>
    </message>
    <message>
        <source>; enrolled in the activity</source>
        <translation>; se inscribe en la actividad</translation>
    </message>
    <message>
        <source>Not the same person: add them</source>
        <translation>No es la misma persona: añadirla</translation>
    </message>
    <message>
        <source>Use this person: %1 (%2)</source>
        <translation>Usar esta persona: %1 (%2)</translation>
    </message>
    <message>
        <source>To decide: the same person, or someone new?</source>
        <translation>Por decidir: ¿la misma persona o alguien nuevo?</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>This bundle was imported before; nothing was changed.</source>
        <translation>Este paquete ya se importó antes; no se cambió nada.</translation>
    </message>
    <message>
        <source>A later bundle from %1 has already brought these changes; nothing was changed.</source>
        <translation>Un paquete posterior de %1 ya trajo estos cambios; no se cambió nada.</translation>
    </message>
    <message>
        <source>Bundle no. %1 from %2 applied.</source>
        <translation>Paquete n.º %1 de %2 aplicado.</translation>
    </message>
    <message>
        <source>New records: %1</source>
        <translation>Registros nuevos: %1</translation>
    </message>
    <message>
        <source>Updated records: %1</source>
        <translation>Registros actualizados: %1</translation>
    </message>
    <message>
        <source>Already up to date: %1</source>
        <translation>Ya al día: %1</translation>
    </message>
    <message>
        <source>Conflicts to review (Sync page, Conflicts): %1</source>
        <translation>Conflictos por revisar (página Sincronización, Conflictos): %1</translation>
    </message>
    <message>
        <source>Changes refused and kept for review: %1</source>
        <translation>Cambios rechazados y guardados para revisión: %1</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>participants</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>training activities</source>
        <translation>actividades de capacitación</translation>
    </message>
    <message>
        <source>missions</source>
        <translation>misiones</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new participant(s)</source>
        <translation>
            <numerusform>%Ln participante nuevo</numerusform>
            <numerusform>%Ln participantes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new training activity(-ies)</source>
        <translation>
            <numerusform>%Ln actividad de capacitación nueva</numerusform>
            <numerusform>%Ln actividades de capacitación nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new mission(s)</source>
        <translation>
            <numerusform>%Ln misión nueva</numerusform>
            <numerusform>%Ln misiones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the file</source>
        <translation>
            <numerusform>%Ln problema en el archivo</numerusform>
            <numerusform>%Ln problemas en el archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until they are corrected: correct the file, save it and check it again.</source>
        <translation>No se puede importar nada hasta que se corrijan: corrija el archivo, guárdelo y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>To add: %1.</source>
        <translation>Para añadir: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) already recorded, left as they are.</source>
        <translation>
            <numerusform>%Ln fila ya registrada, se deja como está.</numerusform>
            <numerusform>%Ln filas ya registradas, se dejan como están.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) to enrol in the activity.</source>
        <translation>
            <numerusform>%Ln participante para inscribir en la actividad.</numerusform>
            <numerusform>%Ln participantes para inscribir en la actividad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) may already be recorded (highlighted): choose in the last column whether each is the same person or someone new.</source>
        <translation>
            <numerusform>%Ln participante quizá ya esté registrado (resaltado): elija en la última columna si es la misma persona o alguien nuevo.</numerusform>
            <numerusform>%Ln participantes quizá ya estén registrados (resaltados): elija para cada uno en la última columna si es la misma persona o alguien nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>No se guarda nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importado: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) enrolled in the activity.</source>
        <translation>
            <numerusform>%Ln participante inscrito en la actividad.</numerusform>
            <numerusform>%Ln participantes inscritos en la actividad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were already recorded and left as they were.</source>
        <translation>
            <numerusform>%Ln fila ya estaba registrada y se dejó como estaba.</numerusform>
            <numerusform>%Ln filas ya estaban registradas y se dejaron como estaban.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsSection</name>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Fecha de la línea de base</translation>
    </message>
    <message>
        <source>Empty: the project's start.</source>
        <translation>Vacío: el inicio del proyecto.</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha meta</translation>
    </message>
    <message>
        <source>Empty: the project's end.</source>
        <translation>Vacío: el fin del proyecto.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>This office</source>
        <translation>Esta oficina</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Oficina:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <source>&amp;Save my identity card…</source>
        <translation>&amp;Guardar mi tarjeta de identidad…</translation>
    </message>
    <message>
        <source>Trusted offices</source>
        <translation>Oficinas de confianza</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>De confianza desde</translation>
    </message>
    <message>
        <source>&amp;Trust an identity card…</source>
        <translation>&amp;Confiar en una tarjeta de identidad…</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>sede</translation>
    </message>
    <message>
        <source>field office</source>
        <translation>oficina sobre el terreno</translation>
    </message>
    <message>
        <source>Save identity card</source>
        <translation>Guardar la tarjeta de identidad</translation>
    </message>
    <message>
        <source>Identity cards (*.fdcard);;All files (*)</source>
        <translation>Tarjetas de identidad (*.fdcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Identity card saved</source>
        <translation>Tarjeta de identidad guardada</translation>
    </message>
    <message>
        <source>The card of %1 was saved to %2. Give it to the other office; when they trust it, read them this fingerprint by phone: %3</source>
        <translation>La tarjeta de %1 se guardó en %2. Entréguela a la otra oficina; cuando confíen en ella, léales esta huella por teléfono: %3</translation>
    </message>
    <message>
        <source>Trust an identity card</source>
        <translation>Confiar en una tarjeta de identidad</translation>
    </message>
    <message>
        <source>Identity cards (*.fdcard *.card *.json);;All files (*)</source>
        <translation>Tarjetas de identidad (*.fdcard *.card *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Trust this office?</source>
        <translation>¿Confiar en esta oficina?</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)

Fingerprint: %4

Call the office and have them read their fingerprint to you. Trust the card only if every character matches.</source>
        <translation>%1 – %2 (%3)

Huella: %4

Llame a la oficina y pida que le lean su huella. Confíe en la tarjeta solo si coinciden todos los caracteres.</translation>
    </message>
    <message>
        <source>Already trusted</source>
        <translation>Ya es de confianza</translation>
    </message>
    <message>
        <source>%1 was already trusted with these keys.</source>
        <translation>%1 ya era de confianza con estas claves.</translation>
    </message>
    <message>
        <source>Earlier keys:</source>
        <translation>Claves anteriores:</translation>
    </message>
    <message>
        <source>Earlier keys</source>
        <translation>Claves anteriores</translation>
    </message>
    <message>
        <source>none (these are the first keys)</source>
        <translation>ninguna (son las primeras claves)</translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation>sustituidas el %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revocadas el %1</translation>
    </message>
    <message>
        <source>This headquarters profile's private keys lie unencrypted in its folder: whoever copies them can read every office's bundles and sign as headquarters. Encrypt them with 'fielddesk encrypt' (the window then asks for the passphrase when it starts).</source>
        <translation>Las claves privadas de este perfil de la sede están sin cifrar en su carpeta: quien las copie puede leer los paquetes de todas las oficinas y firmar como la sede. Cífrelas con «fielddesk encrypt» (la ventana pedirá entonces la frase de contraseña al iniciarse).</translation>
    </message>
    <message>
        <source>Bundles signed by:</source>
        <translation>Paquetes firmados por:</translation>
    </message>
    <message>
        <source>%1's own key, certified by headquarters' key</source>
        <translation>la clave propia de %1, certificada por la clave de la sede</translation>
    </message>
    <message>
        <source>headquarters' key (no key of your own: 'fielddesk keys user add NAME')</source>
        <translation>la clave de la sede (sin clave propia: «fielddesk keys user add NOMBRE»)</translation>
    </message>
    <message>
        <source>nobody: no key of your own here, and headquarters' root key is kept offline (ask its holder: 'fielddesk keys user add NAME --root FILE')</source>
        <translation>nadie: aquí no hay ninguna clave suya, y la clave raíz de la sede se guarda fuera de línea (pídalo a quien la custodia: 'fielddesk keys user add NOMBRE --root ARCHIVO')</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Search (Ctrl+F)…</source>
        <translation>Buscar (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Mostrar filtros</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FieldDesk – %1 – %2</source>
        <translation>FieldDesk – %1 – %2</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Oficina %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>Back up the profile, copy a backup to a folder, or restore one</source>
        <translation>Hacer una copia del perfil, copiarla en una carpeta o restaurar una</translation>
    </message>
<message>
        <source>A&amp;ccess record…</source>
        <translation>Registro de a&amp;ccesos…</translation>
    </message>
    <message>
        <source>Who printed or exported whose data here, for an audit</source>
        <translation>Quién imprimió o exportó los datos de quién aquí, para una auditoría</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>Tipo de interlocutor</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otras personas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Women met</source>
        <translation>Mujeres entrevistadas</translation>
    </message>
    <message>
        <source>Men met</source>
        <translation>Hombres entrevistados</translation>
    </message>
    <message>
        <source>Others met</source>
        <translation>Otras personas entrevistadas</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>«%1» tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>No se pudo leer ni escribir el archivo: %1</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1: %2). Nothing was saved by this step; the details were written to the log.</source>
        <translation>Se produjo un error inesperado (%1: %2). En este paso no se guardó nada; los detalles se anotaron en el registro.</translation>
    </message>
    <message>
        <source>FieldDesk</source>
        <translation>FieldDesk</translation>
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <translation>Autoridad solicitante</translation>
    </message>
    <message>
        <source>Request date</source>
        <translation>Fecha de la solicitud</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Áreas temáticas</translation>
    </message>
    <message>
        <source>Linked projects</source>
        <translation>Proyectos vinculados</translation>
    </message>
    <message>
        <source>Terms of reference</source>
        <translation>Términos de referencia</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constataciones</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Nueva misión</translation>
    </message>
</context>
<context>
    <name>MissionRecommendationsSection</name>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>Institución destinataria</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recomendación</translation>
    </message>
    <message>
        <source>Follow each recommendation up on the Recommendations page.</source>
        <translation>El seguimiento de cada recomendación se hace en la página Recomendaciones.</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <source>Missions</source>
        <translation>Misiones</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
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
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Solicitada el</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Áreas temáticas</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mission(s)</source>
        <translation>
            <numerusform>%Ln misión</numerusform>
            <numerusform>%Ln misiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the mission “%1” with its team, meetings and findings?</source>
        <translation>¿Eliminar la misión «%1» con su equipo, sus reuniones y sus constataciones?</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>Tipo de interlocutor</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Add and &amp;enrol</source>
        <translation>Añadir e &amp;inscribir</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Working… this can take a moment; please wait.</source>
        <translation>Trabajando… puede tardar un momento; espere, por favor.</translation>
    </message>
    <message>
        <source>Several wrong tries: the next one is possible in %1 s.</source>
        <translation>Varios intentos erróneos: el próximo será posible dentro de %1 s.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>La frase de contraseña actual no es correcta. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña a&amp;ctual:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nueva frase de contraseña, otra vez</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>At least 8 characters. A few unrelated words are easier to remember and harder to guess than a short password with symbols. Without the passphrase, only the recovery key opens the profile.</source>
        <translation>Al menos 8 caracteres. Unas cuantas palabras sin relación entre sí son más fáciles de recordar y más difíciles de adivinar que una contraseña corta con símbolos. Sin la frase de contraseña, solo la clave de recuperación abre el perfil.</translation>
    </message>
    <message>
        <source>Too short: at least 8 characters (%1 so far).</source>
        <translation>Demasiado corta: al menos 8 caracteres (%1 por ahora).</translation>
    </message>
    <message>
        <source>The passphrase starts or ends with a space; remove it, it is easily forgotten.</source>
        <translation>La frase de contraseña empieza o termina con un espacio; quítelo, se olvida fácilmente.</translation>
    </message>
    <message>
        <source>Type the same passphrase again below.</source>
        <translation>Escriba la misma frase de contraseña abajo.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Type the current passphrase too.</source>
        <translation>Escriba también la frase de contraseña actual.</translation>
    </message>
    <message>
        <source>The passphrases match. Accepted, but a longer one (12 characters or more) is harder to guess.</source>
        <translation>Las frases de contraseña coinciden. Aceptada, pero una más larga (12 caracteres o más) es más difícil de adivinar.</translation>
    </message>
    <message>
        <source>The passphrases match, and the length is good.</source>
        <translation>Las frases de contraseña coinciden y la longitud es buena.</translation>
    </message>
    <message>
        <source>Too easy to guess: common words, names, dates, keyboard patterns and repeats are tried first. Use three or four unrelated words, or a sentence of your own.</source>
        <translation>Demasiado fácil de adivinar: las palabras comunes, los nombres, las fechas, las secuencias del teclado y las repeticiones se prueban primero. Use tres o cuatro palabras sin relación entre sí, o una frase propia.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Your office</source>
        <translation>Su oficina</translation>
    </message>
    <message>
        <source>Every record you make carries this office's code, so headquarters knows where it comes from.</source>
        <translation>Cada registro que cree lleva el código de esta oficina, para que la sede sepa de dónde procede.</translation>
    </message>
    <message>
        <source>for example GT-01</source>
        <translation>por ejemplo GT-01</translation>
    </message>
    <message>
        <source>for example Guatemala office</source>
        <translation>por ejemplo Oficina de Guatemala</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>&amp;Código de la oficina:</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nombre de la oficina:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>The office code is required.</source>
        <translation>El código de la oficina es obligatorio.</translation>
    </message>
    <message>
        <source>Use 2 to 32 letters, digits or hyphens, for example GT-01.</source>
        <translation>Use de 2 a 32 letras, cifras o guiones, por ejemplo GT-01.</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>El nombre de la oficina es obligatorio.</translation>
    </message>
</context>
<context>
    <name>OfficesTab</name>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Último paquete recibido</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Paquetes recibidos</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>Paquetes faltantes</translation>
    </message>
    <message>
        <source>Not yet confirmed by the office</source>
        <translation>Aún no confirmado por la oficina</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>Each office's data can be viewed on the list pages with the Office filter.</source>
        <translation>Los datos de cada oficina pueden verse en las páginas de listas con el filtro Oficina.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>silent for more than 30 days</source>
        <translation>sin noticias desde hace más de 30 días</translation>
    </message>
    <message>
        <source>in touch</source>
        <translation>en contacto</translation>
    </message>
<message>
        <source>Erasures not yet confirmed</source>
        <translation>Borrados aún sin confirmar</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Misiones</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Capacitaciones</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Expertos</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
<message>
        <source>Due</source>
        <translation>Vencimientos</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
<message>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
<message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
<message>
        <source>Board</source>
        <translation>Junta</translation>
    </message>
<message>
        <source>Grants</source>
        <translation>Subvenciones</translation>
    </message>
<message>
        <source>Fellowships</source>
        <translation>Becas</translation>
    </message>
<message>
        <source>Reviews</source>
        <translation>Exámenes</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
<message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>Tipo de interlocutor</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Agrees that contact details are kept</source>
        <translation>Acepta que se guarden sus datos de contacto</translation>
    </message>
    <message>
        <source>E-mail and phone may be kept only with the participant's consent.</source>
        <translation>El correo electrónico y el teléfono solo pueden guardarse con el consentimiento del participante.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
<message>
        <source>Merg&amp;e…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>Merge this record with another record of the same person</source>
        <translation>Fusionar este registro con otro registro de la misma persona</translation>
    </message>
<message>
        <source>Erase personal data…</source>
        <translation>Borrar los datos personales…</translation>
    </message>
    <message>
        <source>The person asked to be forgotten: replace their name and contacts with a pseudonym here and at every site</source>
        <translation>La persona pidió ser olvidada: sustituir su nombre y sus datos de contacto por un seudónimo aquí y en todas las sedes</translation>
    </message>
    <message>
        <source>Name shared</source>
        <translation>Nombre compartido</translation>
    </message>
    <message>
        <source>Agrees that the name is shared with headquarters</source>
        <translation>Acepta que su nombre se comparta con la sede</translation>
    </message>
    <message>
        <source>Without this, the name leaves the office only as a pseudonym (bundles to headquarters, exported spreadsheets).</source>
        <translation>Sin este consentimiento, el nombre solo sale de la oficina como seudónimo (paquetes para la sede, hojas de cálculo exportadas).</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consentimiento dado el</translation>
    </message>
<message>
        <source>Fellowships</source>
        <translation>Becas</translation>
    </message>
    <message>
        <source>Headquarters holds this participant under their office&apos;s pseudonym and cannot tell who they are: their office, which holds the name, erases them.</source>
        <translation>La sede guarda a este participante bajo el seudónimo de su oficina y no puede saber quién es: su oficina, que guarda el nombre, lo borra.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>Tipo de interlocutor</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the participant “%1”? Their enrollments in activities are deleted with them.</source>
        <translation>¿Eliminar al participante «%1»? También se eliminarán sus inscripciones en actividades.</translation>
    </message>
<message>
        <source>Delete the participant “%1”? Their enrollments in activities and their fellowships are deleted with them.</source>
        <translation>¿Eliminar al participante «%1»? También se eliminarán sus inscripciones en actividades y sus becas.</translation>
    </message>
</context>
<context>
    <name>PartsSection</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Ver…</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Añadir: %1</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Editar: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected line (%1)?</source>
        <translation>¿Quitar la línea seleccionada (%1)?</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>The profile is encrypted with this passphrase: without it, nobody can read the data, even with this computer in hand.</source>
        <translation>El perfil se cifra con esta frase de contraseña: sin ella, nadie puede leer los datos, ni siquiera con este ordenador en la mano.</translation>
    </message>
    <message>
        <source>&amp;Do not encrypt (training or demo use only)</source>
        <translation>&amp;No cifrar (solo para formación o demostración)</translation>
    </message>
    <message>
        <source>Without encryption, anyone who has this computer, or its disk, can read every name and finding in the profile. Use this only for training or demonstrations; the profile can be encrypted later from Preferences.</source>
        <translation>Sin cifrado, cualquiera que tenga este ordenador, o su disco, puede leer cada nombre y cada constatación del perfil. Úselo solo para formación o demostraciones; el perfil puede cifrarse más tarde desde Preferencias.</translation>
    </message>
    <message>
        <source>&amp;Create the profile</source>
        <translation>&amp;Crear el perfil</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Folder for sync bundles</source>
        <translation>Carpeta de los paquetes de sincronización</translation>
    </message>
    <message>
        <source>Folder for reports</source>
        <translation>Carpeta de los informes</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Folder for sync &amp;bundles:</source>
        <translation>Carpeta de los &amp;paquetes de sincronización:</translation>
    </message>
    <message>
        <source>Folder for &amp;reports:</source>
        <translation>Carpeta de los &amp;informes:</translation>
    </message>
    <message>
        <source>Dates and numbers follow the conventions of the language: today is %1; one thousand two hundred and fifty-five is %2.</source>
        <translation>Las fechas y los números siguen las convenciones del idioma: hoy es %1; mil doscientos cincuenta y cinco se escribe %2.</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>The report could not be read for printing (%1).</source>
        <translation>No se pudo leer el informe para imprimirlo (%1).</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected and try again.</source>
        <translation>No se pudo iniciar la impresora. Compruebe que esté conectada y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Headquarters has recorded no facts about this country.</source>
        <translation>La Sede no ha registrado datos sobre este país.</translation>
    </message>
    <message>
        <source>On the UN list of least developed countries.</source>
        <translation>Figura en la lista de países menos adelantados de las Naciones Unidas.</translation>
    </message>
    <message>
        <source>Not on the UN list of least developed countries.</source>
        <translation>No figura en la lista de países menos adelantados de las Naciones Unidas.</translation>
    </message>
    <message>
        <source>Recorded by headquarters as in transition to democracy.</source>
        <translation>La Sede lo registra como país en transición hacia la democracia.</translation>
    </message>
    <message>
        <source>Not recorded by headquarters as in transition to democracy.</source>
        <translation>La Sede no lo registra como país en transición hacia la democracia.</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(al %1)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Met %1 (%2), %3</source>
        <translation>Reunión con %1 (%2), %3</translation>
    </message>
    <message>
        <source>Assessed by staff (the evidence suggests %1)</source>
        <translation>Evaluado por el personal (los datos indican %1)</translation>
    </message>
    <message>
        <source>Assessed by staff</source>
        <translation>Evaluado por el personal</translation>
    </message>
    <message>
        <source>From the evidence</source>
        <translation>Según los datos registrados</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Aún sin evaluar</translation>
    </message>
    <message>
        <source>Same total as “%1”, which scores higher on “%2” (%3 against %4).</source>
        <translation>Mismo total que «%1», que puntúa más en «%2» (%3 frente a %4).</translation>
    </message>
    <message>
        <source>Same total and scores as “%1”, which was received earlier (%2 against %3).</source>
        <translation>Mismo total y puntuaciones que «%1», recibida antes (%2 frente a %3).</translation>
    </message>
    <message>
        <source>Same total, scores and date received as “%1”, which was recorded first.</source>
        <translation>Mismo total, puntuaciones y fecha de recepción que «%1», registrada antes.</translation>
    </message>
<message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>%1 (%2, coordination register)</source>
        <translation>%1 (%2, registro de coordinación)</translation>
    </message>
<message>
        <source>Special procedure: %1</source>
        <translation>Procedimiento especial: %1</translation>
    </message>
    <message>
        <source>Universal periodic review, cycle %1</source>
        <translation>Examen periódico universal, ciclo %1</translation>
    </message>
    <message>
        <source>para. %1</source>
        <translation>párr. %1</translation>
    </message>
</context>
<context>
    <name>PriorityTab</name>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Priority criteria</source>
        <translation>Criterios de prioridad</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>E&amp;valuar…</translation>
    </message>
    <message>
        <source>Each criterion is scored from 0 to 3: from the recorded evidence, unless staff assess it. The total is the weighted score out of 100.</source>
        <translation>Cada criterio se puntúa de 0 a 3: según los datos registrados, salvo que el personal lo evalúe. El total es la puntuación ponderada sobre 100.</translation>
    </message>
    <message>
        <source>Total %1 out of 100: ranked %2 of %3 open requests.</source>
        <translation>Total %1 sobre 100: puesto %2 de %3 solicitudes abiertas.</translation>
    </message>
    <message>
        <source>Total %1 out of 100. The request is closed and no longer ranked.</source>
        <translation>Total %1 sobre 100. La solicitud está cerrada y ya no se clasifica.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(y %n más)</numerusform>
            <numerusform>(y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Project code</source>
        <translation>Código del proyecto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Fuente de financiación</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Áreas temáticas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>National partner</source>
        <translation>Contraparte nacional</translation>
    </message>
    <message>
        <source>The national institution that carries the work on when the project ends.</source>
        <translation>La institución nacional que continúa el trabajo cuando termina el proyecto.</translation>
    </message>
    <message>
        <source>Exit plan</source>
        <translation>Estrategia de salida</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
<message>
        <source>After the exit</source>
        <translation>Después de la salida</translation>
    </message>
<message>
        <source>Board</source>
        <translation>Junta</translation>
    </message>
<message>
        <source>Grants</source>
        <translation>Subvenciones</translation>
    </message>
<message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Fuente de financiación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <source>Thematic areas</source>
        <translation>Áreas temáticas</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln proyecto</numerusform>
            <numerusform>%Ln proyectos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Ficheros de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>Open requests, highest priority first. Equal totals are parted by the scores on the heaviest criteria, then by the earlier date received.</source>
        <translation>Solicitudes abiertas, de mayor a menor prioridad. Los empates se resuelven por las puntuaciones en los criterios de mayor peso y luego por la fecha de recepción más temprana.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tie parted by</source>
        <translation>Empate resuelto por</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>Clasificando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open request(s)</source>
        <translation>
            <numerusform>%Ln solicitud abierta</numerusform>
            <numerusform>%Ln solicitudes abiertas</numerusform>
        </translation>
    </message>
<message>
        <source>Others working on this</source>
        <translation>Otros que trabajan en esto</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>The needs assessment mission that made it, if any.</source>
        <translation>La misión de evaluación de necesidades que la formuló, si la hubo.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>Institución destinataria</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>Estado del seguimiento</translation>
    </message>
    <message>
        <source>Set by the latest follow-up note, when there is one.</source>
        <translation>Lo fija la última nota de seguimiento, si la hay.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Nueva recomendación</translation>
    </message>
<message>
        <source>Treaty body</source>
        <translation>Órgano de tratado</translation>
    </message>
    <message>
        <source>When the source is a treaty body.</source>
        <translation>Cuando la fuente es un órgano de tratado.</translation>
    </message>
    <message>
        <source>Special procedure mandate</source>
        <translation>Mandato de procedimiento especial</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>Ciclo del EPU</translation>
    </message>
    <message>
        <source>Recommending state</source>
        <translation>Estado recomendante</translation>
    </message>
    <message>
        <source>The state that made it in the periodic review.</source>
        <translation>El Estado que la formuló en el examen periódico.</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Signatura del documento</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>State's response</source>
        <translation>Respuesta del Estado</translation>
    </message>
    <message>
        <source>Response comment</source>
        <translation>Comentario sobre la respuesta</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Metas de los ODS</translation>
    </message>
    <message>
        <source>Projects that answer it</source>
        <translation>Proyectos que la atienden</translation>
    </message>
<message>
        <source>What was done</source>
        <translation>Lo que se ha hecho</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>Institución destinataria</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln recomendación</numerusform>
            <numerusform>%Ln recomendaciones</numerusform>
        </translation>
    </message>
<message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <source>Choose a record in the list, or create a new one (Ctrl+N).</source>
        <translation>Elija un registro en la lista o cree uno nuevo (Ctrl+N).</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>Choose one of the suggestions, or clear the field.</source>
        <translation>Elija una de las sugerencias o vacíe el campo.</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Corrija primero los campos marcados.</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>Este registro fue eliminado.</translation>
    </message>
    <message>
        <source>This record belongs to office %1. You can read it; only that office or headquarters can change it.</source>
        <translation>Este registro pertenece a la oficina %1. Puede consultarlo; solo esa oficina o la sede pueden modificarlo.</translation>
    </message>
    <message>
        <source>Save the record first.</source>
        <translation>Guarde primero el registro.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
<message>
        <source>After the exit</source>
        <translation>Después de la salida</translation>
    </message>
<message>
        <source>Board member</source>
        <translation>Miembro de la Junta</translation>
    </message>
    <message>
        <source>Adopted by the Board</source>
        <translation>Aprobada por la Junta</translation>
    </message>
    <message>
        <source>Board decision</source>
        <translation>Decisión de la Junta</translation>
    </message>
<message>
        <source>Grant</source>
        <translation>Subvención</translation>
    </message>
    <message>
        <source>Grant tranche</source>
        <translation>Tramo de subvención</translation>
    </message>
    <message>
        <source>Grant report</source>
        <translation>Informe de subvención</translation>
    </message>
    <message>
        <source>Choose a record in the list.</source>
        <translation>Elija un registro en la lista.</translation>
    </message>
    <message>
        <source>Accreditation review</source>
        <translation>Examen de acreditación</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Preocupación</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Oficina regional</translation>
    </message>
<message>
        <source>Kept by headquarters; it arrives with headquarters' bundles.</source>
        <translation>Lo lleva la sede; llega con los paquetes de la sede.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete “%1”? Its parts and attachments are deleted with it.</source>
        <translation>¿Eliminar «%1»? Sus elementos y adjuntos se eliminarán también.</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The list was saved to %1.</source>
        <translation>La lista se guardó en %1.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Escriba para buscar…</translation>
    </message>
</context>
<context>
    <name>RecordReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>C&amp;onfidential on every page</source>
        <translation>C&amp;onfidencial en cada página</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Guardar como &amp;Word…</translation>
    </message>
    <message>
        <source>Save an editable copy (.docx) with the same text and letterhead</source>
        <translation>Guardar una copia editable (.docx) con el mismo texto y membrete</translation>
    </message>
    <message>
        <source>Save an editable copy</source>
        <translation>Guardar una copia editable</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>Saving an editable copy</source>
        <translation>Guardando una copia editable</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Blank rows</source>
        <translation>Filas en blanco</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>Filas en &amp;blanco para quienes no se inscribieron:</translation>
    </message>
    <message>
        <source>A column for &amp;every day, weekends too</source>
        <translation>Una columna para cada &amp;día, también los fines de semana</translation>
    </message>
</context>
<context>
    <name>RecordReportsButton</name>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Save the record first: reports show what is saved.</source>
        <translation>Guarde primero el registro: los informes muestran lo que está guardado.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Reading the list…</source>
        <translation>Leyendo la lista…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>The recovery key is shown only now. Without it, a forgotten passphrase means the data cannot be opened. Close without keeping it?</source>
        <translation>La clave de recuperación solo se muestra ahora. Sin ella, si se olvida la frase de contraseña, los datos ya no podrán abrirse. ¿Cerrar sin guardarla?</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>If the passphrase is forgotten, this recovery key is the only way to open the profile. It is shown only now. Write it down or print it, and keep it locked away, apart from this computer: anyone who has both can read the profile.</source>
        <translation>Si se olvida la frase de contraseña, esta clave de recuperación es la única forma de abrir el perfil. Solo se muestra ahora. Anótela o imprímala y guárdela bajo llave, lejos de este ordenador: quien tenga ambos puede leer el perfil.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Save printable sheet (PDF)…</source>
        <translation>&amp;Guardar hoja para imprimir (PDF)…</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>He &amp;anotado o impreso la clave de recuperación</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet was saved as %1. Print it, then delete the file: a copy left on this computer defeats its purpose.</source>
        <translation>La hoja se guardó como %1. Imprímala y después borre el archivo: una copia en este ordenador anula su propósito.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>The profile is made and encrypted. Keep its recovery key before you go on.</source>
        <translation>El perfil está creado y cifrado. Guarde su clave de recuperación antes de continuar.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Pag&amp;e</source>
        <translation>Pá&amp;gina</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation>Ajustar el ancho de la página a la ventana</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>Mostrar páginas completas</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>Imprimir el informe (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Save a copy of the report as a PDF file</source>
        <translation>Guardar una copia del informe como archivo PDF</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Choose a report and press Generate: it is shown here, ready to print or save.</source>
        <translation>Elija un informe y pulse Generar: se mostrará aquí, listo para imprimir o guardar.</translation>
    </message>
    <message>
        <source>The report could not be shown (%1).</source>
        <translation>No se pudo mostrar el informe (%1).</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln página</numerusform>
            <numerusform>%Ln páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln página enviada a la impresora.</numerusform>
            <numerusform>%Ln páginas enviadas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Imprimiendo la página %1 de %2…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Mission report</source>
        <translation>Informe de misión</translation>
    </message>
    <message>
        <source>Training report</source>
        <translation>Informe de capacitación</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <source>Certificates of participation</source>
        <translation>Certificados de participación</translation>
    </message>
    <message>
        <source>Programme summary</source>
        <translation>Resumen del programa</translation>
    </message>
    <message>
        <source>Recommendation follow-up</source>
        <translation>Seguimiento de las recomendaciones</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <source>Cover, terms of reference, stakeholders met, findings and recommendations.</source>
        <translation>Portada, términos de referencia, interlocutores entrevistados, conclusiones y recomendaciones.</translation>
    </message>
    <message>
        <source>Participants by sex, target group and organisation; attendance, tests, evaluations and cost.</source>
        <translation>Participantes por sexo, grupo destinatario y organización; asistencia, pruebas, evaluaciones y costo.</translation>
    </message>
    <message>
        <source>One row per participant and a signature box per day, to print and sign.</source>
        <translation>Una fila por participante y una casilla de firma por día, para imprimir y firmar.</translation>
    </message>
    <message>
        <source>One certificate of participation per enrolled participant.</source>
        <translation>Un certificado de participación por cada participante inscrito.</translation>
    </message>
    <message>
        <source>Missions, trainings, participants reached, projects and expenditure for a period.</source>
        <translation>Misiones, capacitaciones, participantes alcanzados, proyectos y gastos de un período.</translation>
    </message>
    <message>
        <source>Recommendations by status, each with its latest follow-up note.</source>
        <translation>Recomendaciones por estado, cada una con su última nota de seguimiento.</translation>
    </message>
    <message>
        <source>Requests ranked by priority</source>
        <translation>Solicitudes ordenadas por prioridad</translation>
    </message>
    <message>
        <source>Assessment of a request</source>
        <translation>Evaluación de una solicitud</translation>
    </message>
    <message>
        <source>Project progress report</source>
        <translation>Informe de avance del proyecto</translation>
    </message>
    <message>
        <source>Portfolio overview</source>
        <translation>Panorama de la cartera</translation>
    </message>
    <message>
        <source>Open requests for assistance ranked by the priority criteria, each score explained.</source>
        <translation>Las solicitudes de asistencia abiertas ordenadas según los criterios de prioridad, con cada puntuación explicada.</translation>
    </message>
    <message>
        <source>One request for assistance: the criteria, the evidence behind each score, and its history.</source>
        <translation>Una solicitud de asistencia: los criterios, los datos en que se basa cada puntuación y su historial.</translation>
    </message>
    <message>
        <source>Results, indicators against their targets, budget execution, risks and the exit plan.</source>
        <translation>Resultados, indicadores frente a sus metas, ejecución del presupuesto, riesgos y plan de salida.</translation>
    </message>
    <message>
        <source>Requests, projects, indicators, budget execution and exit plans of an office.</source>
        <translation>Solicitudes, proyectos, indicadores, ejecución del presupuesto y planes de salida de una oficina.</translation>
    </message>
    <message>
        <source>The office's paper</source>
        <translation>El papel de la oficina</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
<message>
        <source>Everything held about this person</source>
        <translation>Todo lo que se guarda sobre esta persona</translation>
    </message>
    <message>
        <source>Every field, activity, attendance, score and change recorded about one participant.</source>
        <translation>Cada campo, actividad, asistencia, puntuación y cambio registrados sobre un participante.</translation>
    </message>
<message>
        <source>Implementation matrix</source>
        <translation>Matriz de implementación</translation>
    </message>
    <message>
        <source>Recommendations to one country by thematic area and mechanism, with the state's response, their follow-up and the projects that answer them.</source>
        <translation>Las recomendaciones dirigidas a un país, por área temática y mecanismo, con la respuesta del Estado, su seguimiento y los proyectos que las atienden.</translation>
    </message>
<message>
        <source>The Voluntary Fund</source>
        <translation>El Fondo de Contribuciones Voluntarias</translation>
    </message>
    <message>
        <source>The Fund's position, contributions by donor, allocations by project and the regular budget against the Fund.</source>
        <translation>La situación del Fondo, las contribuciones por donante, las asignaciones por proyecto y el presupuesto ordinario frente al Fondo.</translation>
    </message>
<message>
        <source>Board pack</source>
        <translation>Documentación para la Junta</translation>
    </message>
    <message>
        <source>For a session of the Board of Trustees: the Fund's position, the portfolio, the follow-up of the Board's earlier recommendations and the requests ranked, with a cover page and contents.</source>
        <translation>Para un período de sesiones de la Junta de Síndicos: la situación del Fondo, la cartera, el seguimiento de las recomendaciones anteriores de la Junta y las solicitudes clasificadas, con portada e índice.</translation>
    </message>
<message>
        <source>Grants</source>
        <translation>Subvenciones</translation>
    </message>
    <message>
        <source>Grants of an office with their grantees, amounts paid, status and overdue tranches and reports.</source>
        <translation>Subvenciones de una oficina: beneficiarios, importes pagados, estado y tramos e informes vencidos.</translation>
    </message>
<message>
        <source>Fellowships</source>
        <translation>Becas</translation>
    </message>
    <message>
        <source>Fellows by cohort with their host, placement weeks, objectives met and final report, and what each did afterwards.</source>
        <translation>Los becarios por promoción, con su acogida, las semanas de pasantía, los objetivos cumplidos y el informe final, y qué hizo cada uno después.</translation>
    </message>
    <message>
        <source>Fellowship certificate</source>
        <translation>Certificado de beca</translation>
    </message>
    <message>
        <source>The certificate of a completed fellowship, numbered like the certificates of participation.</source>
        <translation>El certificado de una beca completada, numerado como los certificados de participación.</translation>
    </message>
<message>
        <source>Review dossier</source>
        <translation>Expediente de examen</translation>
    </message>
    <message>
        <source>One country and one thematic area from the records: requests and decisions, missions, trainings with people reached, learning gain and cost, projects with indicators and budget, evaluations, lessons, checks after the exit and the follow-up of recommendations.</source>
        <translation>Un país y un área temática, a partir de los registros: solicitudes y decisiones, misiones, capacitaciones con las personas alcanzadas, avance del aprendizaje y costo, proyectos con indicadores y presupuesto, evaluaciones, lecciones, verificaciones después de la salida y seguimiento de las recomendaciones.</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>Institución nacional de derechos humanos</translation>
    </message>
    <message>
        <source>One institution: its profile, GANHRI accreditation history, Paris Principles concerns, regional offices and the projects, missions, trainings and recommendations concerning it, by year.</source>
        <translation>Una institución: su perfil, su historial de acreditación ante la GANHRI, las preocupaciones respecto de los Principios de París, sus oficinas regionales y los proyectos, misiones, capacitaciones y recomendaciones que la conciernen, por año.</translation>
    </message>
<message>
        <source>National action plan</source>
        <translation>Plan de acción nacional</translation>
    </message>
    <message>
        <source>One national action plan: its actions by status, the overdue ones, and the recommendations to its country that no action answers.</source>
        <translation>Un plan de acción nacional: sus acciones por estado, las vencidas y las recomendaciones dirigidas a su país que ninguna acción atiende.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>Ge&amp;nerar</translation>
    </message>
    <message>
        <source>%1 is ready.</source>
        <translation>%1: listo.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Training activity</source>
        <translation>Actividad de capacitación</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Leave the dates empty for the whole programme.</source>
        <translation>Deje las fechas vacías para todo el programa.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Confidential on every page</source>
        <translation>Confidencial en cada página</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <source>Cover, terms of reference, stakeholders met, findings and recommendations.</source>
        <translation>Portada, términos de referencia, interlocutores entrevistados, conclusiones y recomendaciones.</translation>
    </message>
    <message>
        <source>Participants by sex, target group and organisation; attendance, tests, evaluations and cost.</source>
        <translation>Participantes por sexo, grupo destinatario y organización; asistencia, pruebas, evaluaciones y costo.</translation>
    </message>
    <message>
        <source>One row per participant and a signature box per day, to print and sign.</source>
        <translation>Una fila por participante y una casilla de firma por día, para imprimir y firmar.</translation>
    </message>
    <message>
        <source>One certificate of participation per enrolled participant.</source>
        <translation>Un certificado de participación por cada participante inscrito.</translation>
    </message>
    <message>
        <source>Missions, trainings, participants reached, projects and expenditure for a period.</source>
        <translation>Misiones, capacitaciones, participantes alcanzados, proyectos y gastos de un período.</translation>
    </message>
    <message>
        <source>Recommendations by status, each with its latest follow-up note.</source>
        <translation>Recomendaciones por estado, cada una con su última nota de seguimiento.</translation>
    </message>
    <message>
        <source>Choose a mission first: type part of its title and pick it from the list.</source>
        <translation>Elija primero una misión: escriba parte de su título y selecciónela en la lista.</translation>
    </message>
    <message>
        <source>Choose a training activity first: type part of its title and pick it from the list.</source>
        <translation>Elija primero una actividad de capacitación: escriba parte de su título y selecciónela en la lista.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>El final del período es anterior a su inicio.</translation>
    </message>
    <message>
        <source>Request for assistance</source>
        <translation>Solicitud de asistencia</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Blank rows</source>
        <translation>Filas en blanco</translation>
    </message>
    <message>
        <source>Rows at the end for participants not on the list.</source>
        <translation>Filas al final para los participantes que no están en la lista.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>A column for every day, weekends too</source>
        <translation>Una columna para cada día, también los fines de semana</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Choose a request for assistance first: type part of its title and pick it from the list.</source>
        <translation>Elija primero una solicitud de asistencia: escriba parte de su título y elíjala en la lista.</translation>
    </message>
    <message>
        <source>Choose a project first: type part of its title or code and pick it from the list.</source>
        <translation>Elija primero un proyecto: escriba parte de su título o de su código y elíjalo en la lista.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
<message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>All thematic areas</source>
        <translation>Todas las áreas temáticas</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>Meta de los ODS</translation>
    </message>
    <message>
        <source>A target of the Sustainable Development Goals, such as 16.3; empty for all.</source>
        <translation>Una meta de los Objetivos de Desarrollo Sostenible, como 16.3; vacío para todas.</translation>
    </message>
<message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>One year, such as 2026; empty for every year.</source>
        <translation>Un año, por ejemplo 2026; vacío para todos.</translation>
    </message>
    <message>
        <source>Write a year, such as 2026, or leave it empty for every year.</source>
        <translation>Escriba un año, por ejemplo 2026, o déjelo vacío para todos los años.</translation>
    </message>
<message>
        <source>Board session</source>
        <translation>Período de sesiones de la Junta</translation>
    </message>
    <message>
        <source>Choose a Board session first: type part of its title or place and pick it from the list.</source>
        <translation>Elija primero un período de sesiones de la Junta: escriba parte de su título o lugar y elíjalo en la lista.</translation>
    </message>
<message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Only what has something overdue</source>
        <translation>Solo lo que tiene algo vencido</translation>
    </message>
<message>
        <source>Fellowship</source>
        <translation>Beca</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>Type part of the cohort's name and pick the fellow from the list.</source>
        <translation>Escriba parte del nombre de la promoción y elija al becario en la lista.</translation>
    </message>
    <message>
        <source>One cohort of fellows, by its name; empty for all.</source>
        <translation>Una promoción de becarios, por su nombre; vacío para todas.</translation>
    </message>
    <message>
        <source>Choose a fellowship first: type part of its cohort and pick the fellow from the list.</source>
        <translation>Elija primero una beca: escriba parte de su promoción y elija al becario en la lista.</translation>
    </message>
<message>
        <source>Choose a country and a thematic area: a review dossier is about one of each.</source>
        <translation>Elija un país y un área temática: un expediente de examen trata de uno de cada uno.</translation>
    </message>
    <message>
        <source>National institution</source>
        <translation>Institución nacional</translation>
    </message>
    <message>
        <source>Type part of its name or acronym and pick it from the list.</source>
        <translation>Escriba parte de su nombre o sigla y elíjala de la lista.</translation>
    </message>
    <message>
        <source>Choose a national institution first: type part of its name or acronym and pick it from the list.</source>
        <translation>Elija primero una institución nacional: escriba parte de su nombre o sigla y elíjala de la lista.</translation>
    </message>
<message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <translation>Autoridad solicitante</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Fecha de recepción</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>The number of the letter or note verbale.</source>
        <translation>El número de la carta o nota verbal.</translation>
    </message>
    <message>
        <source>Areas requested</source>
        <translation>Esferas solicitadas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Once saved, the status changes with “Change status”, which records the date and who made the change.</source>
        <translation>Una vez guardada, el estado cambia con «Cambiar estado», que registra la fecha y quién hizo el cambio.</translation>
    </message>
    <message>
        <source>Needs assessment mission</source>
        <translation>Misión de evaluación de necesidades</translation>
    </message>
    <message>
        <source>Resulting projects</source>
        <translation>Proyectos resultantes</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Fecha de la decisión</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>Motivos de la decisión</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>New request for assistance</source>
        <translation>Nueva solicitud de asistencia</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Areas requested</source>
        <translation>Esferas solicitadas</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decidida el</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Area requested</source>
        <translation>Esfera solicitada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln solicitud</numerusform>
            <numerusform>%Ln solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the request “%1” with its scores and status history?</source>
        <translation>¿Eliminar la solicitud «%1» con sus puntuaciones y su historial de estados?</translation>
    </message>
</context>
<context>
    <name>ResultsSection</name>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Activities serving it</source>
        <translation>Actividades que contribuyen</translation>
    </message>
    <message>
        <source>Trainings and advisory services of this project.</source>
        <translation>Capacitaciones y servicios de asesoramiento de este proyecto.</translation>
    </message>
    <message>
        <source>Missions serving it</source>
        <translation>Misiones que contribuyen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>The objective and the expected results; choose one to see its indicators.</source>
        <translation>El objetivo y los resultados esperados; elija uno para ver sus indicadores.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Indicators of: %1</source>
        <translation>Indicadores de: %1</translation>
    </message>
    <message>
        <source>Indicators: choose a result above.</source>
        <translation>Indicadores: elija un resultado arriba.</translation>
    </message>
    <message>
        <source>Values of: %1</source>
        <translation>Valores de: %1</translation>
    </message>
    <message>
        <source>Values: choose an indicator above.</source>
        <translation>Valores: elija un indicador arriba.</translation>
    </message>
</context>
<context>
    <name>RisksSection</name>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigación</translation>
    </message>
    <message>
        <source>No longer a risk</source>
        <translation>Ya no es un riesgo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>riesgo</translation>
    </message>
</context>
<context>
    <name>SafetyFlows</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>You opened the profile with the recovery key. Choose a new passphrase now; the recovery key keeps working.</source>
        <translation>Ha abierto el perfil con la clave de recuperación. Elija ahora una nueva frase de contraseña; la clave de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>&amp;Set the passphrase</source>
        <translation>&amp;Establecer la frase de contraseña</translation>
    </message>
    <message>
        <source>The new passphrase is set. The recovery key still works.</source>
        <translation>La nueva frase de contraseña está establecida. La clave de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>The data stays as it is; only the passphrase that opens it changes. Backups open with the new passphrase too. The recovery key is unchanged.</source>
        <translation>Los datos no cambian; solo cambia la frase de contraseña que los abre. Las copias de seguridad también se abren con la nueva frase. La clave de recuperación no cambia.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <source>The passphrase was changed. The recovery key is unchanged.</source>
        <translation>Se ha cambiado la frase de contraseña. La clave de recuperación no cambia.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <source>A new recovery key replaces the current one, which stops opening this profile (copies of backups made earlier keep the key file they were made with). Type the passphrase to go on.</source>
        <translation>Una nueva clave de recuperación sustituye a la actual, que deja de abrir este perfil (las copias de seguridad hechas antes conservan el archivo de claves con que se hicieron). Escriba la frase de contraseña para continuar.</translation>
    </message>
    <message>
        <source>&amp;Make a new key</source>
        <translation>&amp;Crear una clave nueva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The new recovery key. The old one no longer opens the profile.</source>
        <translation>La nueva clave de recuperación. La anterior ya no abre el perfil.</translation>
    </message>
    <message>
        <source>Encrypt this profile</source>
        <translation>Cifrar este perfil</translation>
    </message>
    <message>
        <source>Once encrypted, the profile's database, backups, attachments and keys cannot be read without the passphrase or the recovery key. A backup is made first. It takes a moment (longer for a big profile).</source>
        <translation>Una vez cifrados, la base de datos, las copias de seguridad, los adjuntos y las claves del perfil no pueden leerse sin la frase de contraseña o la clave de recuperación. Primero se hace una copia de seguridad. Tarda un momento (más en un perfil grande).</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Cifrar</translation>
    </message>
    <message>
        <source>The profile is now encrypted. A backup was made first, and is encrypted too.</source>
        <translation>El perfil ya está cifrado. Primero se hizo una copia de seguridad, que también está cifrada.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Data safety</source>
        <translation>Seguridad de los datos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Lock the window after minutes without use</source>
        <translation>Bloquear la ventana tras estos minutos sin uso</translation>
    </message>
    <message>
        <source>Loc&amp;k the window after:</source>
        <translation>&amp;Bloquear la ventana tras:</translation>
    </message>
    <message>
        <source>&amp;Encrypt this profile…</source>
        <translation>&amp;Cifrar este perfil…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>Cam&amp;biar la frase de contraseña…</translation>
    </message>
    <message>
        <source>New reco&amp;very key…</source>
        <translation>Nueva clave de recu&amp;peración…</translation>
    </message>
    <message>
        <source>This profile is encrypted: its database, backups, attachments and keys cannot be read without the passphrase or the recovery key.</source>
        <translation>Este perfil está cifrado: su base de datos, sus copias de seguridad, sus adjuntos y sus claves no pueden leerse sin la frase de contraseña o la clave de recuperación.</translation>
    </message>
    <message>
        <source>Locking hides every window until the passphrase is typed again; nothing is closed or lost.</source>
        <translation>El bloqueo oculta todas las ventanas hasta que se vuelva a escribir la frase de contraseña; no se cierra ni se pierde nada.</translation>
    </message>
    <message>
        <source>This profile is not encrypted: anyone who has this computer, or its disk, can read it. Encrypt it for real work.</source>
        <translation>Este perfil no está cifrado: cualquiera que tenga este ordenador, o su disco, puede leerlo. Cífrelo para el trabajo real.</translation>
    </message>
    <message>
        <source>Only an encrypted profile locks (a plain one has no passphrase to ask for).</source>
        <translation>Solo se bloquea un perfil cifrado (uno sin cifrar no tiene frase de contraseña que pedir).</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Prueba inicial</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Prueba final</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Evaluation (1–5)</source>
        <translation>Evaluación (1–5)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>Tests and evaluation</source>
        <translation>Pruebas y evaluación</translation>
    </message>
    <message>
        <source>Scores are percentages (0 to 100); the evaluation is the participant's rating of the activity, from 1 (poor) to 5 (excellent). Type a number or press F2 to change a cell.</source>
        <translation>Las calificaciones son porcentajes (0 a 100); la evaluación es la valoración de la actividad por el participante, de 1 (deficiente) a 5 (excelente). Escriba un número o pulse F2 para cambiar una casilla.</translation>
    </message>
    <message>
        <source>average pre-test %1</source>
        <translation>promedio de la prueba inicial %1</translation>
    </message>
    <message>
        <source>average post-test %1</source>
        <translation>promedio de la prueba final %1</translation>
    </message>
    <message>
        <source>average evaluation %1 / 5</source>
        <translation>evaluación media %1 / 5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln certificate(s) issued</source>
        <translation>
            <numerusform>%Ln certificado expedido</numerusform>
            <numerusform>%Ln certificados expedidos</numerusform>
        </translation>
    </message>
<message>
        <source>Scores are percentages (0 to 100); the evaluation is the participant's rating of the activity, from 1 (poor) to 5 (excellent). Type a number in a cell; Enter or Tab moves on, Esc cancels, Ctrl+V pastes a column copied from a spreadsheet.</source>
        <translation>Las puntuaciones son porcentajes (0 a 100); la evaluación es la valoración de la actividad por el participante, de 1 (deficiente) a 5 (excelente). Escriba un número en una celda; Intro o Tab pasa a la siguiente, Esc cancela, Ctrl+V pega una columna copiada de una hoja de cálculo.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show what is typed in: %1</source>
        <translation>Mostrar lo escrito en: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sync: this profile starts a new sync incarnation, so its next bundle is not mistaken for one sent before.</source>
        <translation>Sincronización: este perfil inicia una nueva encarnación de sincronización, para que su próximo paquete no se confunda con uno enviado antes.</translation>
    </message>
    <message>
        <source>Changes made here after this backup that headquarters had already received: %1. They come back with the next bundle from headquarters.</source>
        <translation>Cambios hechos aquí después de esta copia que la sede ya había recibido: %1. Volverán con el próximo paquete de la sede.</translation>
    </message>
    <message>
        <source>Changes made here after this backup that headquarters had not acknowledged: %1. They are kept in the backup made before the restore, and come back if a bundle that carries them still reaches headquarters.</source>
        <translation>Cambios hechos aquí después de esta copia que la sede no había confirmado: %1. Se conservan en la copia hecha antes de la restauración y volverán si un paquete que los contiene todavía llega a la sede.</translation>
    </message>
    <message>
        <source>Changes in this backup not yet acknowledged, sent with the next bundle: %1.</source>
        <translation>Cambios de esta copia aún no confirmados, que se enviarán con el próximo paquete: %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Show FieldDesk in the new language now? The window is opened again; nothing is lost.</source>
        <translation>¿Mostrar FieldDesk en el nuevo idioma ahora? La ventana se vuelve a abrir; no se pierde nada.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>The backup was restored. The data as it was just before is kept as the backup of %1.</source>
        <translation>Se ha restaurado la copia. Los datos tal como estaban justo antes se conservan en la copia del %1.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Encrypting the profile, interrupted earlier, is now finished. This is its recovery key.</source>
        <translation>El cifrado del perfil, interrumpido antes, ha terminado. Esta es su clave de recuperación.</translation>
    </message>
    <message>
        <source>The daily backup could not be made</source>
        <translation>No se pudo hacer la copia de seguridad diaria</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>The daily retention sweep could not be made</source>
        <translation>No se pudo hacer la depuración diaria de los datos</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
</context>
<context>
    <name>StatusHistory</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>cambio de estado</translation>
    </message>
    <message>
        <source>Every change of status, with its date and who made it. Use “Change status” on the Details tab to make one.</source>
        <translation>Cada cambio de estado, con su fecha y quién lo hizo. Use «Cambiar estado» en la pestaña Detalles para hacer uno.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Cambiar es&amp;tado…</translation>
    </message>
    <message>
        <source>Status: %1, since %2 (%3).</source>
        <translation>Estado: %1, desde el %2 (%3).</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Estado: %1.</translation>
    </message>
    <message>
        <source>This status is final.</source>
        <translation>Este estado es definitivo.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Send and receive</source>
        <translation>Enviar y recibir</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Bundles carry changes between this office and %1 on a USB stick or by e-mail. They are signed and encrypted; a bundle is checked completely before anything is applied.</source>
        <translation>Los paquetes llevan los cambios entre esta oficina y %1 en una memoria USB o por correo electrónico. Están firmados y cifrados; un paquete se verifica por completo antes de aplicar nada.</translation>
    </message>
    <message>
        <source>the field offices</source>
        <translation>las oficinas sobre el terreno</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>la sede</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Offices silent for more than 30 days: %1</source>
        <translation>Oficinas sin noticias desde hace más de 30 días: %1</translation>
    </message>
    <message>
        <source>Every office has sent a bundle in the last 30 days.</source>
        <translation>Todas las oficinas han enviado un paquete en los últimos 30 días.</translation>
    </message>
    <message>
        <source>%1 change(s) not yet confirmed by headquarters, the oldest from %2.</source>
        <translation>%1 cambio(s) aún no confirmado(s) por la sede; el más antiguo del %2.</translation>
    </message>
    <message>
        <source>Headquarters has confirmed every change made here.</source>
        <translation>La sede ha confirmado todos los cambios hechos aquí.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1: last bundle sent %2, last received %3</source>
        <translation>%1: último paquete enviado %2, último recibido %3</translation>
    </message>
    <message>
        <source>No office is trusted yet: exchange identity cards on the Sync page.</source>
        <translation>Aún no se confía en ninguna oficina: intercambie las tarjetas de identidad en la página Sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet confirmed by headquarters, the oldest from %1.</source>
        <translation>
            <numerusform>%Ln cambio aún no confirmado por la sede, del %1.</numerusform>
            <numerusform>%Ln cambios aún no confirmados por la sede; el más antiguo del %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>Roster expert</source>
        <translation>Experto de la lista</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Jefe</translation>
    </message>
    <message>
        <source>A staff member by name, or an expert from the roster below.</source>
        <translation>Un miembro del personal (su nombre) o un experto de la lista (abajo).</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Función en el equipo</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Jefe del equipo</translation>
    </message>
    <message>
        <source>Leads the mission</source>
        <translation>Dirige la misión</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>miembro del equipo</translation>
    </message>
<message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>TrainingEditor</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grupos destinatarios</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Áreas temáticas</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Tests and evaluation</source>
        <translation>Pruebas y evaluación</translation>
    </message>
    <message>
        <source>New training activity</source>
        <translation>Nueva actividad de capacitación</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Trainings</source>
        <translation>Capacitaciones</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
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
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Áreas temáticas</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grupos destinatarios</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Costo (USD)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(-ies)</source>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the activity “%1” with its enrollments, attendance and scores?</source>
        <translation>¿Eliminar la actividad «%1» con sus inscripciones, su asistencia y sus calificaciones?</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Change status</source>
        <translation>Cambiar estado</translation>
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
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>Motivos de la decisión</translation>
    </message>
    <message>
        <source>Required when the request is approved or declined.</source>
        <translation>Obligatorio cuando la solicitud se aprueba o se rechaza.</translation>
    </message>
    <message>
        <source>Now: %1. It can go to the statuses offered below.</source>
        <translation>Ahora: %1. Puede pasar a los estados que se ofrecen abajo.</translation>
    </message>
    <message>
        <source>Give the reasons for the decision: approved and declined requests are explained.</source>
        <translation>Indique los motivos de la decisión: las solicitudes aprobadas y rechazadas se justifican.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The translation into %1 is not installed with this FieldDesk (%2 is missing), so the interface stays in English. Reinstall FieldDesk, or run `make translations` in a source checkout.</source>
        <translation>La traducción al %1 no está instalada con este FieldDesk (falta %2), así que la interfaz sigue en inglés. Vuelva a instalar FieldDesk, o ejecute `make translations` en una copia del código fuente.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>FieldDesk is locked</source>
        <translation>FieldDesk está bloqueado</translation>
    </message>
    <message>
        <source>FieldDesk was locked because it was not used for a while. Type the passphrase to go on; nothing you were doing is lost.</source>
        <translation>FieldDesk se bloqueó porque no se usó durante un rato. Escriba la frase de contraseña para continuar; no se pierde nada de lo que estaba haciendo.</translation>
    </message>
    <message>
        <source>Open FieldDesk</source>
        <translation>Abrir FieldDesk</translation>
    </message>
    <message>
        <source>The profile in %1 is encrypted. Type its passphrase to open it.</source>
        <translation>El perfil de %1 está cifrado. Escriba su frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>Usar la clave de &amp;recuperación</translation>
    </message>
    <message>
        <source>The recovery key is on the sheet kept when the profile was made: FDRK and 40 letters and digits. Dashes and spaces do not matter. You will then choose a new passphrase.</source>
        <translation>La clave de recuperación está en la hoja guardada al crear el perfil: FDRK y 40 letras y cifras. Los guiones y los espacios no importan. Después elegirá una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clave de &amp;recuperación:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Several wrong tries: the next one is possible in %1 s.</source>
        <translation>Varios intentos erróneos: el próximo será posible dentro de %1 s.</translation>
    </message>
    <message>
        <source>This is not a recovery key: it starts with FDRK, followed by 40 letters and digits.</source>
        <translation>No es una clave de recuperación: empieza por FDRK, seguida de 40 letras y cifras.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>This recovery key does not open the profile. Check it against the sheet (letters and digits only; dashes do not matter). Nothing was changed.</source>
        <translation>Esta clave de recuperación no abre el perfil. Compárela con la hoja (solo cuentan letras y cifras; los guiones no importan). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The passphrase is not right. Nothing was changed.</source>
        <translation>La frase de contraseña no es correcta. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>ValuesSection</name>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Medido el</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Valor real</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A year, or part of one: 2026, 2026 H1, 2026 Q3.</source>
        <translation>Un año, o parte de él: 2026, 2026 S1, 2026 T3.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Guardar el registro</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Eliminar el registro</translation>
    </message>
    <message>
        <source>Ne&amp;xt record</source>
        <translation>Registro &amp;siguiente</translation>
    </message>
    <message>
        <source>Next record</source>
        <translation>Registro siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous record</source>
        <translation>Registro &amp;anterior</translation>
    </message>
    <message>
        <source>Previous record</source>
        <translation>Registro anterior</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Buscar en la lista</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exportar a Excel…</translation>
    </message>
    <message>
        <source>Export the list to Excel</source>
        <translation>Exportar la lista a Excel</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit FieldDesk</source>
        <translation>Salir de FieldDesk</translation>
    </message>
    <message>
        <source>&amp;About FieldDesk</source>
        <translation>&amp;Acerca de FieldDesk</translation>
    </message>
    <message>
        <source>About FieldDesk</source>
        <translation>Acerca de FieldDesk</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importar desde Excel…</translation>
    </message>
    <message>
        <source>Import records from an Excel file</source>
        <translation>Importar registros desde un archivo Excel</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>The user guide, at the part about this page</source>
        <translation>La guía del usuario, en la parte sobre esta página</translation>
    </message>
<message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Printed reports</source>
        <translation>Informes impresos</translation>
    </message>
    <message>
        <source>Language of the office's name and address</source>
        <translation>Idioma del nombre y la dirección de la oficina</translation>
    </message>
    <message>
        <source>Office name in this language</source>
        <translation>Nombre de la oficina en este idioma</translation>
    </message>
    <message>
        <source>Address in this language</source>
        <translation>Dirección en este idioma</translation>
    </message>
    <message>
        <source>Default language of the letterhead</source>
        <translation>Idioma predeterminado del membrete</translation>
    </message>
    <message>
        <source>Logo file (PNG or JPEG)</source>
        <translation>Archivo del logotipo (PNG o JPEG)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Signatory's name</source>
        <translation>Nombre del firmante</translation>
    </message>
    <message>
        <source>Signatory's title</source>
        <translation>Cargo del firmante</translation>
    </message>
    <message>
        <source>Document symbol pattern</source>
        <translation>Modelo de signatura del documento</translation>
    </message>
    <message>
        <source>{office}, {year}, {kind} and {n} are replaced, e.g. {office}/{year}/{kind}/{n}</source>
        <translation>{office}, {year}, {kind} y {n} se sustituyen, p. ej. {office}/{year}/{kind}/{n}</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Saturday and Sunday</source>
        <translation>Sábado y domingo</translation>
    </message>
    <message>
        <source>Friday and Saturday</source>
        <translation>Viernes y sábado</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Fin de semana</translation>
    </message>
    <message>
        <source>Organisation named on certificates</source>
        <translation>Organización que figura en los certificados</translation>
    </message>
    <message>
        <source>Who signs certificates</source>
        <translation>Quién firma los certificados</translation>
    </message>
    <message>
        <source>The letterhead's signatory</source>
        <translation>El firmante del membrete</translation>
    </message>
    <message>
        <source>Your name on printed histories</source>
        <translation>Su nombre en los historiales impresos</translation>
    </message>
    <message>
        <source>Language of the te&amp;xts below:</source>
        <translation>Idioma de los te&amp;xtos siguientes:</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nombre de la oficina:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>De&amp;fault language:</source>
        <translation>Idioma &amp;predeterminado:</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;gotipo:</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>&amp;Firmante:</translation>
    </message>
    <message>
        <source>Signatory's &amp;title:</source>
        <translation>&amp;Cargo del firmante:</translation>
    </message>
    <message>
        <source>Document s&amp;ymbol:</source>
        <translation>Si&amp;gnatura del documento:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Pa&amp;pel:</translation>
    </message>
    <message>
        <source>&amp;Weekend:</source>
        <translation>Fin de se&amp;mana:</translation>
    </message>
    <message>
        <source>&amp;Organisation on certificates:</source>
        <translation>&amp;Organización en los certificados:</translation>
    </message>
    <message>
        <source>&amp;Certificates signed by:</source>
        <translation>Certificados firmados po&amp;r:</translation>
    </message>
    <message>
        <source>Your name on pr&amp;inted histories:</source>
        <translation>Su nombre en los &amp;historiales impresos:</translation>
    </message>
    <message>
        <source>Keep the current logo</source>
        <translation>Conservar el logotipo actual</translation>
    </message>
    <message>
        <source>No logo yet: name a PNG or JPEG file</source>
        <translation>Aún no hay logotipo: indique un archivo PNG o JPEG</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Saving the report settings</source>
        <translation>Guardando la configuración de los informes</translation>
    </message>
<message>
        <source>The office's usual training language</source>
        <translation>Idioma habitual de las formaciones de la oficina</translation>
    </message>
    <message>
        <source>Usual &amp;language of trainings:</source>
        <translation>&amp;Idioma habitual de las formaciones:</translation>
    </message>
</context>
<context>
    <name>WordCopy</name>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Guardar como &amp;Word…</translation>
    </message>
    <message>
        <source>Save an editable copy (.docx) with the same text and letterhead</source>
        <translation>Guardar una copia editable (.docx) con el mismo texto y membrete</translation>
    </message>
    <message>
        <source>Save an editable copy</source>
        <translation>Guardar una copia editable</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>Saving an editable copy</source>
        <translation>Guardando una copia editable</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>FieldDesk user guide</source>
        <translation>Guía del usuario de FieldDesk</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context><name>MergeDialog</name><message>
        <source>Merge participants</source>
        <translation>Fusionar participantes</translation>
    </message>
    <message>
        <source>The other record of this person</source>
        <translation>El otro registro de esta persona</translation>
    </message>
    <message>
        <source>Merge &amp;with:</source>
        <translation>Fusionar &amp;con:</translation>
    </message>
    <message>
        <source>&amp;Swap: keep the other record</source>
        <translation>&amp;Invertir: conservar el otro registro</translation>
    </message>
    <message>
        <source>Choose, for each field, the value the person keeps. The other record's enrolments move to the kept one; an activity where both are enrolled keeps one enrolment with the better attendance and scores. The other record is then kept only as a pointer to the kept one.</source>
        <translation>Elija, para cada campo, el valor que conserva la persona. Las inscripciones del otro registro pasan al conservado; una actividad en la que ambos están inscritos conserva una sola inscripción, con la mejor asistencia y las mejores puntuaciones. El otro registro queda solo como referencia al conservado.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Se conserva: %1</translation>
    </message>
    <message>
        <source>Merged into it: %1</source>
        <translation>Se fusiona con él: %1</translation>
    </message>
    <message>
        <source>%1: both are enrolled; one enrolment is kept, with the better attendance and scores</source>
        <translation>%1: ambos están inscritos; se conserva una inscripción, con la mejor asistencia y las mejores puntuaciones</translation>
    </message>
    <message>
        <source>%1: the enrolment moves to the kept record</source>
        <translation>%1: la inscripción pasa al registro conservado</translation>
    </message>
    <message>
        <source>Attachments that move to the kept record: %1</source>
        <translation>Adjuntos que pasan al registro conservado: %1</translation>
    </message>
    <message>
        <source>The merged record is enrolled in no activity.</source>
        <translation>El registro fusionado no está inscrito en ninguna actividad.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>Tipo de actor</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
<message>
        <source>Fellowships that move to the kept record: %1</source>
        <translation>Becas que pasan al registro conservado: %1</translation>
    </message>
</context><context><name>ActivityStatus</name><message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context><context><name>CriterionEvaluation</name><message>
        <source>Country facts: in transition to democracy</source>
        <translation>Datos del país: en transición hacia la democracia</translation>
    </message>
    <message>
        <source>Country facts: least developed country</source>
        <translation>Datos del país: país menos adelantado</translation>
    </message>
    <message>
        <source>Open recommendations of treaty bodies</source>
        <translation>Recomendaciones pendientes de los órganos de tratados</translation>
    </message>
    <message>
        <source>Open recommendations of special procedures and the periodic review</source>
        <translation>Recomendaciones pendientes de los procedimientos especiales y del examen periódico</translation>
    </message>
    <message>
        <source>Open recommendations of the Board of Trustees</source>
        <translation>Recomendaciones pendientes de la Junta de Síndicos</translation>
    </message>
    <message>
        <source>Views of national institutions and NGOs recorded</source>
        <translation>Opiniones registradas de las instituciones nacionales y las ONG</translation>
    </message>
    <message>
        <source>UN agencies and donors met during the needs assessment</source>
        <translation>Organismos de las Naciones Unidas y donantes consultados en la evaluación de necesidades</translation>
    </message>
    <message>
        <source>Assessed by staff</source>
        <translation>Evaluado por el personal</translation>
    </message>
</context><context><name>EvaluationKind</name><message>
        <source>Mid-term evaluation</source>
        <translation>Evaluación de mitad de período</translation>
    </message>
    <message>
        <source>End-of-project evaluation</source>
        <translation>Evaluación final del proyecto</translation>
    </message>
</context><context><name>FollowUpStatus</name><message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Aplicada parcialmente</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Aplicada</translation>
    </message>
    <message>
        <source>No longer relevant</source>
        <translation>Ya no pertinente</translation>
    </message>
</context><context><name>FundingSource</name><message>
        <source>UN regular budget</source>
        <translation>Presupuesto ordinario de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Voluntary Fund for Technical Cooperation</source>
        <translation>Fondo de Contribuciones Voluntarias para la Cooperación Técnica</translation>
    </message>
    <message>
        <source>Other donor</source>
        <translation>Otro donante</translation>
    </message>
</context><context><name>ImportProblems</name><message>
        <source>A value is required here.</source>
        <translation>Aquí se requiere un valor.</translation>
    </message>
    <message>
        <source>The same as row %1.</source>
        <translation>Igual que la fila %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as a date, or as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>«%1» no es una fecha: escríbala como fecha, o como AAAA-MM-DD o DD.MM.AAAA.</translation>
    </message>
    <message>
        <source>“%1” is not a known country: write its ISO 3166 code (GT, MW, RU…).</source>
        <translation>«%1» no es un país conocido: escriba su código ISO 3166 (GT, MW, RU…).</translation>
    </message>
    <message>
        <source>“%1” is not one of the allowed values (%2).</source>
        <translation>«%1» no es uno de los valores permitidos (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>«%1» no es un número entero.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation>«%1» no es sí ni no.</translation>
    </message>
    <message>
        <source>There is no project with the code “%1”.</source>
        <translation>No hay ningún proyecto con el código «%1».</translation>
    </message>
</context><context><name>MissionStatus</name><message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>In the field</source>
        <translation>Sobre el terreno</translation>
    </message>
    <message>
        <source>Report drafted</source>
        <translation>Informe en borrador</translation>
    </message>
    <message>
        <source>Report final</source>
        <translation>Informe definitivo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context><context><name>OfficeRole</name><message>
        <source>Field office</source>
        <translation>Oficina sobre el terreno</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Sede</translation>
    </message>
</context><context><name>PriorityCriterion</name><message>
        <source>Country in transition to democracy</source>
        <translation>País en transición hacia la democracia</translation>
    </message>
    <message>
        <source>Least developed country</source>
        <translation>País menos adelantado</translation>
    </message>
    <message>
        <source>Needs named by treaty bodies</source>
        <translation>Necesidades señaladas por los órganos de tratados</translation>
    </message>
    <message>
        <source>Needs named by special rapporteurs, representatives and working groups</source>
        <translation>Necesidades señaladas por relatores especiales, representantes y grupos de trabajo</translation>
    </message>
    <message>
        <source>Recommendations of the Board of Trustees</source>
        <translation>Recomendaciones de la Junta de Síndicos</translation>
    </message>
    <message>
        <source>Views of national institutions and NGOs</source>
        <translation>Opiniones de las instituciones nacionales y las ONG</translation>
    </message>
    <message>
        <source>Coordination with other UN bodies and donors</source>
        <translation>Coordinación con otros organismos de las Naciones Unidas y los donantes</translation>
    </message>
</context><context><name>Problems</name><message>
        <source>%1 contains a character that is not allowed: %2. Remove it.</source>
        <translation>%1 contiene un carácter no permitido: %2. Elimínelo.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1: el campo es obligatorio.</translation>
    </message>
    <message>
        <source>%1 must have at most %2 characters.</source>
        <translation>%1: como máximo %2 caracteres.</translation>
    </message>
    <message>
        <source>%1 must have at least %2 characters.</source>
        <translation>%1: como mínimo %2 caracteres.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1: el valor debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>La fecha de fin (%1) es anterior a la fecha de inicio (%2).</translation>
    </message>
    <message>
        <source>An activity can last at most %1 days.</source>
        <translation>Una actividad puede durar como máximo %1 días.</translation>
    </message>
    <message>
        <source>%1 “%2” is already used by another record.</source>
        <translation>%1 «%2» ya lo usa otro registro.</translation>
    </message>
    <message>
        <source>The mission cannot start before the request was received.</source>
        <translation>La misión no puede empezar antes de que se recibiera la solicitud.</translation>
    </message>
    <message>
        <source>Name a staff member or choose an expert from the roster.</source>
        <translation>Indique un miembro del personal o elija un experto de la lista.</translation>
    </message>
    <message>
        <source>Contact details may be kept only with the participant's consent.</source>
        <translation>Los datos de contacto solo pueden guardarse con el consentimiento del participante.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Esto no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>This participant is already enrolled in this activity.</source>
        <translation>Este participante ya está inscrito en esta actividad.</translation>
    </message>
</context><context><name>ProgressStatus</name><message>
        <source>Achieved</source>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En buen camino</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Retrasado</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Aún sin medir</translation>
    </message>
</context><context><name>ProjectStatus</name><message>
        <source>Pipeline</source>
        <translation>En preparación</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
</context><context><name>RecommendationSource</name><message>
        <source>Needs assessment mission</source>
        <translation>Misión de evaluación de necesidades</translation>
    </message>
    <message>
        <source>Treaty body</source>
        <translation>Órgano de tratado</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>Procedimiento especial</translation>
    </message>
    <message>
        <source>Universal periodic review</source>
        <translation>Examen periódico universal</translation>
    </message>
    <message>
        <source>Board of Trustees of the Voluntary Fund</source>
        <translation>Junta de Síndicos del Fondo de Contribuciones Voluntarias</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>Institución nacional de derechos humanos</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
<message>
        <source>Other mechanism</source>
        <translation>Otro mecanismo</translation>
    </message>
</context><context><name>RequestChannel</name><message>
        <source>Letter from the government</source>
        <translation>Carta del gobierno</translation>
    </message>
    <message>
        <source>Note verbale from the permanent mission</source>
        <translation>Nota verbal de la misión permanente</translation>
    </message>
    <message>
        <source>Through the field office</source>
        <translation>Por medio de la oficina en el terreno</translation>
    </message>
    <message>
        <source>Through the UN country team</source>
        <translation>Por medio del equipo de las Naciones Unidas en el país</translation>
    </message>
    <message>
        <source>At a meeting or mission</source>
        <translation>En una reunión o misión</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context><context><name>RequestStatus</name><message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation>En examen</translation>
    </message>
    <message>
        <source>Needs assessment planned</source>
        <translation>Evaluación de necesidades prevista</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Evaluada</translation>
    </message>
    <message>
        <source>Project proposed</source>
        <translation>Proyecto propuesto</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
</context><context><name>ResultLevel</name><message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Resultado esperado</translation>
    </message>
</context><context><name>Sex</name><message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
</context><context><name>StakeholderType</name><message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Parliament</source>
        <translation>Parlamento</translation>
    </message>
    <message>
        <source>Judiciary</source>
        <translation>Poder judicial</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Fuerzas armadas</translation>
    </message>
    <message>
        <source>Prison administration</source>
        <translation>Administración penitenciaria</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>Institución nacional de derechos humanos</translation>
    </message>
    <message>
        <source>NGO or civil society</source>
        <translation>ONG o sociedad civil</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>Organismo de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Independent expert</source>
        <translation>Experto independiente</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Ámbito académico</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medios de comunicación</translation>
    </message>
</context><context><name>ThematicArea</name><message>
        <source>National human rights institutions</source>
        <translation>Instituciones nacionales de derechos humanos</translation>
    </message>
    <message>
        <source>National human rights action plans</source>
        <translation>Planes nacionales de acción en materia de derechos humanos</translation>
    </message>
    <message>
        <source>Human rights education</source>
        <translation>Educación en derechos humanos</translation>
    </message>
    <message>
        <source>Administration of justice</source>
        <translation>Administración de justicia</translation>
    </message>
    <message>
        <source>Constitutional and legislative reform</source>
        <translation>Reforma constitucional y legislativa</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>Elecciones</translation>
    </message>
    <message>
        <source>Treaty body reporting</source>
        <translation>Informes a los órganos de tratados</translation>
    </message>
    <message>
        <source>Economic, social and cultural rights and the right to development</source>
        <translation>Derechos económicos, sociales y culturales y derecho al desarrollo</translation>
    </message>
    <message>
        <source>Compensation of victims</source>
        <translation>Reparación a las víctimas</translation>
    </message>
    <message>
        <source>Support to NGOs and civil society</source>
        <translation>Apoyo a las ONG y la sociedad civil</translation>
    </message>
</context><context><name>TrainingForm</name><message>
        <source>Training course</source>
        <translation>Curso de capacitación</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminario</translation>
    </message>
    <message>
        <source>Fellowship</source>
        <translation>Beca</translation>
    </message>
    <message>
        <source>Advisory service</source>
        <translation>Servicio de asesoramiento</translation>
    </message>
    <message>
        <source>Expert consultation</source>
        <translation>Consulta de expertos</translation>
    </message>
</context><context><name>Grid</name><message>
        <source>Type a whole number from %1 to %2.</source>
        <translation>Escriba un número entero de %1 a %2.</translation>
    </message>
    <message>
        <source>Type a number from %1 to %2.</source>
        <translation>Escriba un número de %1 a %2.</translation>
    </message>
</context><context><name>ShortcutsDialog</name><message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context><context><name>Shortcuts</name><message>
        <source>Go to the pages of the side bar, in order</source>
        <translation>Ir a las páginas de la barra lateral, en orden</translation>
    </message>
    <message>
        <source>Next or previous field (from a list to its editor and back)</source>
        <translation>Campo siguiente o anterior (de una lista a su ficha y de vuelta)</translation>
    </message>
    <message>
        <source>Close a dialog without saving; in a grid, cancel the cell being typed</source>
        <translation>Cerrar un cuadro de diálogo sin guardar; en una cuadrícula, cancelar la celda que se escribe</translation>
    </message>
    <message>
        <source>Open a date field's calendar</source>
        <translation>Abrir el calendario de un campo de fecha</translation>
    </message>
    <message>
        <source>In a grid: save the cell and go to the next one</source>
        <translation>En una cuadrícula: guardar la celda y pasar a la siguiente</translation>
    </message>
    <message>
        <source>In a grid: clear the cell (attendance: not recorded)</source>
        <translation>En una cuadrícula: vaciar la celda (asistencia: sin registrar)</translation>
    </message>
    <message>
        <source>In the attendance grid: present, absent, next state</source>
        <translation>En la cuadrícula de asistencia: presente, ausente, estado siguiente</translation>
    </message>
    <message>
        <source>In a grid: paste a column copied from a spreadsheet, from the current cell down</source>
        <translation>En una cuadrícula: pegar una columna copiada de una hoja de cálculo, desde la celda actual hacia abajo</translation>
    </message>
    <message>
        <source>Next or previous tab</source>
        <translation>Pestaña siguiente o anterior</translation>
    </message>
</context><context><name>EraseDialog</name><message>
        <source>Erase personal data</source>
        <translation>Borrar los datos personales</translation>
    </message>
    <message>
        <source>Erase the personal data of “%1”?

Their name, e-mail, phone, organisation and position are replaced by a pseudonym here, in the history of changes and in the search index, and their attachments are deleted. Sex, stakeholder type, country and their activities with attendance and scores are kept, so statistics do not change.

The erasure goes with the next bundle to every site that holds this participant, and is applied there too. It cannot be undone. Backups made before the erasure keep the data until they are rotated out.</source>
        <translation>¿Borrar los datos personales de «%1»?

Su nombre, correo electrónico, teléfono, organización y cargo se sustituyen por un seudónimo aquí, en el historial de cambios y en el índice de búsqueda, y sus archivos adjuntos se eliminan. Se conservan el sexo, el tipo de actor, el país y sus actividades con asistencia y puntuaciones, así que las estadísticas no cambian.

El borrado viaja con el próximo paquete a cada sede que tenga a este participante y se aplica allí también. No se puede deshacer. Las copias de seguridad hechas antes del borrado conservan los datos hasta que se renuevan.</translation>
    </message>
    <message>
        <source>Why (kept here; do not name the person)</source>
        <translation>Por qué (se guarda aquí; no nombre a la persona)</translation>
    </message>
    <message>
        <source>Reason for the erasure</source>
        <translation>Motivo del borrado</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Erasing personal data</source>
        <translation>Borrando los datos personales</translation>
    </message>
    <message>
        <source>No backup of this profile holds the person.</source>
        <translation>Ninguna copia de seguridad de este perfil contiene a la persona.</translation>
    </message>
    <message>
        <source>These backups still hold the person:</source>
        <translation>Estas copias de seguridad aún contienen a la persona:</translation>
    </message>
    <message>
        <source>%1: cannot be opened with this profile's key (made under another passphrase or key), so what it holds cannot be told</source>
        <translation>%1: no se abre con la clave de este perfil (hecha con otra frase de contraseña o clave), así que no se puede saber lo que contiene</translation>
    </message>
    <message>
        <source>%1: rotated out after %2 more automatic backups (one each day FieldDesk is used)</source>
        <translation>%1: se descarta tras %2 copias automáticas más (una cada día que se usa FieldDesk)</translation>
    </message>
    <message>
        <source>%1: proposed for deletion on %2</source>
        <translation>%1: se propondrá eliminarla el %2</translation>
    </message>
    <message>
        <source>%1: kept until deleted (made by hand)</source>
        <translation>%1: se conserva hasta que se elimine (hecha a mano)</translation>
    </message>
    <message>
        <source>The data is kept on a database server: its backups are its administrator's.</source>
        <translation>Los datos se guardan en un servidor de bases de datos: sus copias de seguridad corresponden a su administrador.</translation>
    </message>
    <message>
        <source>Also &amp;remove the person from these backups</source>
        <translation>&amp;Quitar también a la persona de estas copias de seguridad</translation>
    </message>
    <message>
        <source>Each is rewritten, encrypted as before; a backup made by an older version is deleted.</source>
        <translation>Cada una se reescribe, cifrada como antes; una copia hecha por una versión anterior se elimina.</translation>
    </message>
    <message>
        <source>The data is kept on a PostgreSQL server. Its backups are made outside FieldDesk by the server's administrator: each one made so far holds the person, and after the erasure the administrator must delete them or remove the person from them.</source>
        <translation>Los datos se guardan en un servidor PostgreSQL. Sus copias de seguridad las hace fuera de FieldDesk el administrador del servidor: cada una de las hechas hasta ahora guarda a la persona y, tras el borrado, el administrador debe eliminarlas o quitar de ellas a la persona.</translation>
    </message>
    <message>
        <source>%1: copied to %2, out of reach now (a USB stick not plugged in?), so what it holds cannot be told</source>
        <translation>%1: copiada en %2, fuera de alcance ahora (¿memoria USB no conectada?), así que no se puede saber qué guarda</translation>
    </message>
    <message>
        <source>%1: the SQLite file kept by the move to PostgreSQL, kept until deleted</source>
        <translation>%1: el archivo SQLite conservado al pasar a PostgreSQL, se conserva hasta que se elimine</translation>
    </message>
    <message>
        <source>%1: copied to %2, kept there until deleted</source>
        <translation>%1: copiada en %2, se conserva allí hasta que se elimine</translation>
    </message>
    <message>
        <source>%1: kept until deleted (made before the data moved to PostgreSQL)</source>
        <translation>%1: se conserva hasta que se elimine (hecha antes de que los datos pasaran a PostgreSQL)</translation>
    </message>
</context><context><name>AccessModel</name><message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>File, office or record</source>
        <translation>Archivo, oficina o ficha</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Hoja de cálculo</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Subject access report</source>
        <translation>Informe de acceso de la persona</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Borrado</translation>
    </message>
<message>
        <source>Retention sweep</source>
        <translation>Depuración de conservación</translation>
    </message>
    <message>
        <source>Data export (JSON)</source>
        <translation>Exportación de datos (JSON)</translation>
    </message>
</context><context><name>AccessRecordDialog</name><message>
        <source>Access record</source>
        <translation>Registro de accesos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Search what was made, its file, office or record</source>
        <translation>Buscar lo que se hizo, su archivo, oficina o ficha</translation>
    </message>
    <message>
        <source>Search the access record</source>
        <translation>Buscar en el registro de accesos</translation>
    </message>
    <message>
        <source>Export for an audit…</source>
        <translation>Exportar para una auditoría…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Every report, spreadsheet, bundle, subject access report and erasure made here: who, when, what and for how many people. It never holds the personal data itself.</source>
        <translation>Cada informe, hoja de cálculo, paquete, informe de acceso y borrado hecho aquí: quién, cuándo, qué y para cuántas personas. Nunca contiene los datos personales en sí.</translation>
    </message>
    <message>
        <source>Export the access record</source>
        <translation>Exportar el registro de accesos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n evento escrito en %1.</numerusform>
            <numerusform>%n eventos escritos en %1.</numerusform>
        </translation>
    </message>
</context><context><name>StateResponse</name><message>
        <source>No response recorded</source>
        <translation>Sin respuesta registrada</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Tomada en cuenta</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>En examen</translation>
    </message>
</context><context><name>IndexImportDialog</name><message>
        <source>Import recommendations from the Universal Human Rights Index</source>
        <translation>Importar recomendaciones del Índice Universal de Derechos Humanos</translation>
    </message>
    <message>
        <source>Export the recommendations from uhri.ohchr.org as CSV or Excel, then choose the file here. Nothing is written until you press Import; recommendations already recorded (same document symbol and paragraph) are left as they are.</source>
        <translation>Exporte las recomendaciones desde uhri.ohchr.org en CSV o Excel y elija aquí el archivo. No se guarda nada hasta que pulse Importar; las recomendaciones ya registradas (misma signatura y mismo párrafo) se dejan como están.</translation>
    </message>
    <message>
        <source>Type the file's path, or Browse</source>
        <translation>Escriba la ruta del archivo, o Examinar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Según el archivo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Index exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Exportaciones del Índice (*.csv *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>New: %1. Already recorded: %2. For another country (left out): %3.</source>
        <translation>Nuevas: %1. Ya registradas: %2. De otro país (omitidas): %3.</translation>
    </message>
    <message>
        <source>Problems: %1. Correct the file and check it again; nothing will be imported until then.</source>
        <translation>Problemas: %1. Corrija el archivo y vuelva a comprobarlo; no se importará nada hasta entonces.</translation>
    </message>
    <message>
        <source>Recommendations imported: %1.</source>
        <translation>Recomendaciones importadas: %1.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Fila %1, %2: %3</translation>
    </message>
</context><context><name>Due</name><message>
        <source>Due</source>
        <translation>Vencimientos</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Lo que vence</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Mission report</source>
        <translation>Informe de misión</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>Revisión de seguimiento</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Valor del indicador</translation>
    </message>
    <message>
        <source>Final project report</source>
        <translation>Informe final del proyecto</translation>
    </message>
    <message>
        <source>Mid-term evaluation</source>
        <translation>Evaluación de medio término</translation>
    </message>
    <message>
        <source>End-of-project evaluation</source>
        <translation>Evaluación final del proyecto</translation>
    </message>
    <message>
        <source>Decision on a request</source>
        <translation>Decisión sobre una solicitud</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Days late: %1</source>
        <translation>Días de retraso: %1</translation>
    </message>
    <message>
        <source>%1 overdue, %2 this week, %3 this month</source>
        <translation>%1 atrasados, %2 esta semana, %3 este mes</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Atrasados: %1</translation>
    </message>
    <message>
        <source>Overdue per office: %1</source>
        <translation>Atrasados por oficina: %1</translation>
    </message>
    <message>
        <source>Most urgent items due</source>
        <translation>Vencimientos más urgentes</translation>
    </message>
    <message>
        <source>&amp;All that is due…</source>
        <translation>&amp;Todos los vencimientos…</translation>
    </message>
    <message>
        <source>Finding what is due…</source>
        <translation>Buscando los vencimientos…</translation>
    </message>
    <message>
        <source>What is due: open the Due page</source>
        <translation>Lo que vence: abrir la página Vencimientos</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>&amp;Reglas…</translation>
    </message>
    <message>
        <source>How many days after what each item is due</source>
        <translation>Cuántos días después de qué vence cada elemento</translation>
    </message>
<message>
        <source>Sustainability check</source>
        <translation>Verificación de sostenibilidad</translation>
    </message>
    <message>
        <source>%1 months after the exit</source>
        <translation>%1 meses después de la salida</translation>
    </message>
<message>
        <source>Grant tranche</source>
        <translation>Tramo de subvención</translation>
    </message>
    <message>
        <source>Grant report</source>
        <translation>Informe de subvención</translation>
    </message>
    <message>
        <source>tranche %1</source>
        <translation>tramo %1</translation>
    </message>
<message>
        <source>Synthesis of a review</source>
        <translation>Síntesis de un examen</translation>
    </message>
</context><context><name>Lessons</name><message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Mission finding</source>
        <translation>Hallazgo de misión</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Nota de seguimiento</translation>
    </message>
    <message>
        <source>Search findings, lessons and notes</source>
        <translation>Buscar hallazgos, lecciones y notas</translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation>Buscar lecciones</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Lessons found</source>
        <translation>Lecciones encontradas</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>All thematic areas</source>
        <translation>Todas las áreas</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 encontrados</translation>
    </message>
    <message>
        <source>Lessons from before</source>
        <translation>Lecciones anteriores</translation>
    </message>
    <message>
        <source>Once saved, the lessons recorded for the same country and thematic areas show here.</source>
        <translation>Una vez guardado, aquí se muestran las lecciones del mismo país y las mismas áreas temáticas.</translation>
    </message>
    <message>
        <source>Lessons recorded for the same country and thematic areas: %1</source>
        <translation>Lecciones del mismo país y las mismas áreas temáticas: %1</translation>
    </message>
<message>
        <source>After the exit</source>
        <translation>Después de la salida</translation>
    </message>
<message>
        <source>Review finding</source>
        <translation>Conclusión de examen</translation>
    </message>
</context><context><name>DueRules</name><message>
        <source>Rules for what is due</source>
        <translation>Reglas de los vencimientos</translation>
    </message>
    <message>
        <source>Headquarters sets these rules; every office is held to them.</source>
        <translation>La sede fija estas reglas; todas las oficinas deben cumplirlas.</translation>
    </message>
    <message>
        <source>Set by headquarters; every office is held to them.</source>
        <translation>Fijadas por la sede; todas las oficinas deben cumplirlas.</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Lo que vence</translation>
    </message>
    <message>
        <source>Days after</source>
        <translation>Días después</translation>
    </message>
    <message>
        <source>Reporting period (months)</source>
        <translation>Período de informe (meses)</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Período de informe</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
<message>
        <source>Months after the exit</source>
        <translation>Meses después de la salida</translation>
    </message>
    <message>
        <source>When the checks fall after a project's exit, e.g. 6, 12, 24.</source>
        <translation>Cuándo caen las verificaciones tras la salida de un proyecto, p. ej. 6, 12, 24.</translation>
    </message>
</context><context>
    <name>RetentionSection</name>
    <message>
        <source>Retention of personal data</source>
        <translation>Conservación de los datos personales</translation>
    </message>
    <message>
        <source>Headquarters sets how long personal data is kept; every office applies it in a daily sweep.</source>
        <translation>La sede fija cuánto tiempo se conservan los datos personales; cada oficina lo aplica en una depuración diaria.</translation>
    </message>
    <message>
        <source>Set by headquarters; applied here in a daily sweep.</source>
        <translation>Fijado por la sede; se aplica aquí en una depuración diaria.</translation>
    </message>
    <message>
        <source>Contact &amp;details, after the last activity:</source>
        <translation>&amp;Datos de contacto, tras la última actividad:</translation>
    </message>
    <message>
        <source>Records of &amp;erasures:</source>
        <translation>Registros de &amp;supresiones:</translation>
    </message>
    <message>
        <source>Backups made by &amp;hand:</source>
        <translation>Copias de seguridad &amp;manuales:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Not in use.</source>
        <translation>No se aplica.</translation>
    </message>
    <message>
        <source>Participants whose contact details are removed at today's sweep: %1</source>
        <translation>Participantes cuyos datos de contacto se eliminan en la depuración de hoy: %1</translation>
    </message>
    <message>
        <source>Erasure records removed at today's sweep: %1</source>
        <translation>Registros de supresión eliminados en la depuración de hoy: %1</translation>
    </message>
    <message>
        <source>Manual backups proposed for deletion now: %1</source>
        <translation>Copias de seguridad manuales propuestas para eliminar ahora: %1</translation>
    </message>
    <message>
        <source>Participants whose contact details will be removed on %1: %2</source>
        <translation>Participantes cuyos datos de contacto se eliminarán el %1: %2</translation>
    </message>
    <message>
        <source>Erasure records that will be removed on %1: %2</source>
        <translation>Registros de supresión que se eliminarán el %1: %2</translation>
    </message>
    <message>
        <source>Manual backups proposed for deletion on %1: %2</source>
        <translation>Copias de seguridad manuales propuestas para eliminar el %1: %2</translation>
    </message>
    <message>
        <source>Nothing in the next 90 days.</source>
        <translation>Nada en los próximos 90 días.</translation>
    </message>
    <message>
        <source>Erasure records past this period, kept until every office that must apply them has acknowledged them: %1</source>
        <translation>Registros de supresiones que superan este plazo, conservados hasta que cada oficina que debe aplicarlos acuse recibo: %1</translation>
    </message>
    <message>
        <source>Participants' &amp;names never leave the offices</source>
        <translation>Los &amp;nombres de los participantes nunca salen de las oficinas</translation>
    </message>
    <message>
        <source>Every participant is sent to headquarters under a pseudonym, whatever their consent; the offices' reports for sharing and spreadsheets show the pseudonyms too. Names stay in the offices.</source>
        <translation>Cada participante se envía a la sede con un seudónimo, sea cual sea su consentimiento; los informes para compartir y las hojas de cálculo de las oficinas también muestran los seudónimos. Los nombres se quedan en las oficinas.</translation>
    </message>
    <message>
        <source>A participant's name is sent to headquarters unless they did not consent to share it.</source>
        <translation>El nombre de un participante se envía a la sede, salvo que no haya aceptado compartirlo.</translation>
    </message>
    <message>
        <source>When you press OK, the names of the offices' participants held here are replaced by their pseudonyms.</source>
        <translation>Al pulsar Aceptar, los nombres de los participantes de las oficinas guardados aquí se sustituirán por sus seudónimos.</translation>
    </message>
    <message>
        <source>Set by headquarters.</source>
        <translation>Fijado por la sede.</translation>
    </message>
    <message>
        <source>This office sends every participant to headquarters under a &amp;pseudonym</source>
        <translation>Esta oficina envía a cada participante a la sede con un &amp;pseudónimo</translation>
    </message>
    <message>
        <source>Whatever their consent, participants reach headquarters under the pseudonym only, without contacts, organisation, position or files.</source>
        <translation>Sea cual sea su consentimiento, los participantes llegan a la sede solo con su seudónimo, sin datos de contacto, organización, cargo ni archivos.</translation>
    </message>
    <message>
        <source>Participants who consent to share their name reach headquarters by name, with their files; the others under the pseudonym.</source>
        <translation>Los participantes que consienten en compartir su nombre llegan a la sede con su nombre y sus archivos; los demás, con su seudónimo.</translation>
    </message>
    <message>
        <source>When you press OK, every participant of this office is sent again with the next bundle, and headquarters replaces the names and removes the files it holds.</source>
        <translation>Al pulsar Aceptar, cada participante de esta oficina se envía de nuevo con el próximo paquete, y la sede sustituye los nombres y elimina los archivos que guarda.</translation>
    </message>
    <message>
        <source>When you press OK, every participant of this office is sent again with the next bundle, by name where they consent.</source>
        <translation>Al pulsar Aceptar, cada participante de esta oficina se envía de nuevo con el próximo paquete, con su nombre si lo consiente.</translation>
    </message>
    <message>
        <source>This office&apos;s reports for sharing and spreadsheets show the pseudonyms too.</source>
        <translation>Los informes para compartir y las hojas de cálculo de esta oficina también muestran los seudónimos.</translation>
    </message>
</context>
<context><name>AfterExitSection</name><message>
        <source>Months after the exit</source>
        <translation>Meses después de la salida</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Verificado el</translation>
    </message>
    <message>
        <source>Partner still running it</source>
        <translation>El socio lo mantiene</translation>
    </message>
    <message>
        <source>National budget line</source>
        <translation>Partida presupuestaria nacional</translation>
    </message>
    <message>
        <source>Trained staff in post</source>
        <translation>Personal capacitado en su puesto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>National partner still running it</source>
        <translation>El socio nacional lo mantiene</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>A national budget line</source>
        <translation>Una partida presupuestaria nacional</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Trained staff still in post</source>
        <translation>Personal capacitado aún en su puesto</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>What was seen: a budget law, a payroll, a visit (attach files on the project).</source>
        <translation>Lo que se constató: una ley de presupuesto, una nómina, una visita (adjunte los archivos al proyecto).</translation>
    </message>
    <message>
        <source>sustainability check</source>
        <translation>verificación de sostenibilidad</translation>
    </message>
    <message>
        <source>When a project closes, whether what it set in motion lasted is checked some months after its exit; each check is due until it is recorded here.</source>
        <translation>Cuando un proyecto se cierra, se verifica unos meses después de su salida si lo que puso en marcha perdura; cada verificación vence hasta que se registra aquí.</translation>
    </message>
    <message>
        <source>Checks are scheduled once the project is closed.</source>
        <translation>Las verificaciones se programan una vez cerrado el proyecto.</translation>
    </message>
    <message>
        <source>Closed without an exit or end date: give one to schedule the checks.</source>
        <translation>Cerrado sin fecha de salida ni de fin: indique una para programar las verificaciones.</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>%1 months (%2, %3)</source>
        <translation>%1 meses (%2, %3)</translation>
    </message>
    <message>
        <source>Exit on %1. Checks: %2.</source>
        <translation>Salida el %1. Verificaciones: %2.</translation>
    </message>
</context><context>
    <name>ReferenceLists</name>
    <message>
        <source>Reference lists</source>
        <translation>Listas de referencia</translation>
    </message>
    <message>
        <source>Reference list</source>
        <translation>Lista de referencia</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Nueva entrada…</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Áreas temáticas</translation>
    </message>
    <message>
        <source>Stakeholder types and target groups</source>
        <translation>Tipos de actores y grupos destinatarios</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>Personas afectadas</translation>
    </message>
    <message>
        <source>Treaty bodies</source>
        <translation>Órganos de tratados</translation>
    </message>
    <message>
        <source>UPR cycles</source>
        <translation>Ciclos del EPU</translation>
    </message>
    <message>
        <source>Type in a cell to rename or translate an entry; Enter or Tab saves it and moves on. An empty name shows FieldDesk's own word in grey. Retire an entry instead of deleting it: records that use it keep its name. Every office receives the lists with its next bundle.</source>
        <translation>Escriba en una celda para cambiar el nombre de una entrada o traducirla; Intro o Tab la guarda y pasa a la siguiente. Un nombre vacío muestra en gris la palabra de FieldDesk. Retire una entrada en lugar de eliminarla: los registros que la usan conservan su nombre. Cada oficina recibe las listas con su próximo paquete.</translation>
    </message>
    <message>
        <source>Kept by headquarters: new entries and names arrive with the next bundle and are used at once.</source>
        <translation>Las mantiene la sede: las nuevas entradas y los nombres llegan con el próximo paquete y se usan de inmediato.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Shipped with FieldDesk; type to write headquarters' own name.</source>
        <translation>Incluido en FieldDesk; escriba para poner el nombre propio de la sede.</translation>
    </message>
    <message>
        <source>An entry needs its English name: records and reports fall back to it.</source>
        <translation>Una entrada necesita su nombre en inglés: los registros y los informes recurren a él.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>Un nombre tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>New entry: %1</source>
        <translation>Nueva entrada: %1</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Nombre en inglés</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>&amp;English name</source>
        <translation>Nombre en &amp;inglés</translation>
    </message>
    <message>
        <source>The code is kept for good: records point to it, so renaming the entry later changes no record and no report. Letters, digits and . _ - only.</source>
        <translation>El código es definitivo: los registros apuntan a él, así que cambiar el nombre de la entrada más adelante no altera ningún registro ni informe. Solo letras, cifras y . _ -.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>No se pudo guardar el cambio: %1</translation>
    </message>
</context>
<context><name>ActivitiesPage</name><message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Existing or planned</source>
        <translation>En curso o prevista</translation>
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
        <source>Thematic areas</source>
        <translation>Áreas temáticas</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grupos destinatarios</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
</context><context><name>PartnersPage</name><message>
        <source>Partners</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln asociado</numerusform>
            <numerusform>%Ln asociados</numerusform>
        </translation>
    </message>
</context><context><name>PartnerEditor</name><message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation>Tipo de asociado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>For a national partner (a ministry, a national NGO); empty for an agency or donor working in many countries.</source>
        <translation>Para un asociado nacional (un ministerio, una ONG nacional); vacío para un organismo o donante que trabaja en muchos países.</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nuevo asociado</translation>
    </message>
    <message>
        <source>Already in the register, perhaps the same partner: %1. Use it rather than recording it again.</source>
        <translation>Ya está en el registro, quizá el mismo asociado: %1. Úselo en lugar de registrarlo de nuevo.</translation>
    </message>
</context><context><name>PartnerActivityEditor</name><message>
        <source>Partner</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Existing or planned</source>
        <translation>En curso o prevista</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Áreas temáticas</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Grupos destinatarios</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Cooperation framework outcome</source>
        <translation>Efecto del marco de cooperación</translation>
    </message>
    <message>
        <source>Source of the information</source>
        <translation>Fuente de la información</translation>
    </message>
    <message>
        <source>Information as of</source>
        <translation>Información al</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>When known; empty when not.</source>
        <translation>Si se conoce; vacío si no.</translation>
    </message>
    <message>
        <source>The ISO 4217 code: USD, EUR, GTQ…</source>
        <translation>El código ISO 4217: USD, EUR, GTQ…</translation>
    </message>
    <message>
        <source>The outcome of the UN sustainable development cooperation framework it serves.</source>
        <translation>El efecto del marco de cooperación de las Naciones Unidas para el desarrollo sostenible al que contribuye.</translation>
    </message>
    <message>
        <source>New partner activity</source>
        <translation>Nueva actividad de asociado</translation>
    </message>
</context><context><name>OptionalAmountInput</name><message>
        <source>Write the amount in figures, for example 1200000 (or leave it empty when unknown).</source>
        <translation>Escriba el monto en cifras, por ejemplo 1200000 (o déjelo vacío si se desconoce).</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Un monto no puede ser negativo.</translation>
    </message>
</context><context><name>CoordinationPage</name><message>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Actividades</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>A&amp;sociados</translation>
    </message>
</context><context><name>Coordination</name><message>
        <source>Partners</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Existing or planned</source>
        <translation>En curso o prevista</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Others working on this</source>
        <translation>Otros que trabajan en esto</translation>
    </message>
    <message>
        <source>Import the register from Excel</source>
        <translation>Importar el registro desde Excel</translation>
    </message>
    <message>
        <source>Thematic areas in common</source>
        <translation>Áreas temáticas en común</translation>
    </message>
    <message>
        <source>Once saved, the partners working in the same country and thematic areas show here.</source>
        <translation>Una vez guardado, aquí aparecen los asociados que trabajan en el mismo país y las mismas áreas temáticas.</translation>
    </message>
    <message>
        <source>Others working on this (the coordination register: the same country and thematic areas, in the same period or planned): %1</source>
        <translation>Otros que trabajan en esto (registro de coordinación: el mismo país y las mismas áreas temáticas, en el mismo período o previstos): %1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Fila %1, %2: %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was imported. Correct them in the sheet and import it again.

%2</source>
        <translation>%1 tiene problemas; no se importó nada. Corríjalos en la hoja e impórtela de nuevo.

%2</translation>
    </message>
    <message>
        <source>%1: %2 new partner(s), %3 new activity(ies), %4 already recorded. Import them?</source>
        <translation>%1: %2 asociado(s) nuevo(s), %3 actividad(es) nueva(s), %4 ya registrada(s). ¿Importarlos?</translation>
    </message>
    <message>
        <source>Everything in %1 is already recorded.</source>
        <translation>Todo lo que contiene %1 ya está registrado.</translation>
    </message>
    <message>
        <source>Imported %1 partner(s) and %2 activity(ies).</source>
        <translation>Se importaron %1 asociado(s) y %2 actividad(es).</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 already recorded. Import them?</source>
        <translation>%1: %2, %3, ya registrados: %4. ¿Importarlos?</translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>Se importaron %1 y %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new partner(s)</source>
        <translation>
            <numerusform>%Ln asociado nuevo</numerusform>
            <numerusform>%Ln asociados nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new activity(ies)</source>
        <translation>
            <numerusform>%Ln actividad nueva</numerusform>
            <numerusform>%Ln actividades nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln asociado</numerusform>
            <numerusform>%Ln asociados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
</context><context><name>AllocationEditor</name><message>
        <source>Allocated on</source>
        <translation>Asignada el</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Monto (USD)</translation>
    </message>
    <message>
        <source>Contribution drawn on</source>
        <translation>Contribución utilizada</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>New allocation</source>
        <translation>Nueva asignación</translation>
    </message>
</context><context><name>AllocationsList</name><message>
        <source>Allocated on</source>
        <translation>Asignada el</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Monto (USD)</translation>
    </message>
    <message>
        <source>Contribution drawn on</source>
        <translation>Contribución utilizada</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <source>Saved, with a warning: %1</source>
        <translation>Guardada, con una advertencia: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln allocation(s)</source>
        <translation>
            <numerusform>%Ln asignación</numerusform>
            <numerusform>%Ln asignaciones</numerusform>
        </translation>
    </message>
</context><context><name>ProjectAllocations</name><message>
        <source>Allocated on</source>
        <translation>Asignada el</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Monto (USD)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Allocations from the Voluntary Fund</source>
        <translation>Asignaciones del Fondo de Contribuciones Voluntarias</translation>
    </message>
    <message>
        <source>Drawn on</source>
        <translation>Con cargo a</translation>
    </message>
</context><context><name>ContributionEditor</name><message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Earmark</source>
        <translation>Asignación específica</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Earmarked country</source>
        <translation>País de destino</translation>
    </message>
    <message>
        <source>Earmarked region</source>
        <translation>Región de destino</translation>
    </message>
    <message>
        <source>Earmarked theme</source>
        <translation>Tema de destino</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>Nueva contribución</translation>
    </message>
    <message>
        <source>Pledged on</source>
        <translation>Prometida el</translation>
    </message>
    <message>
        <source>The ISO 4217 code: EUR, CHF, NOK, USD…</source>
        <translation>El código ISO 4217: EUR, CHF, NOK, USD…</translation>
    </message>
</context><context><name>ContributionsList</name><message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Earmark</source>
        <translation>Asignación específica</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuciones</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s)</source>
        <translation>
            <numerusform>%Ln contribución</numerusform>
            <numerusform>%Ln contribuciones</numerusform>
        </translation>
    </message>
</context><context><name>PositionTab</name><message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Not counted, for want of a rate of exchange: %1. Record the rates on the Rates tab.</source>
        <translation>No contado, por falta de tipo de cambio: %1. Registre los tipos en la pestaña Tipos.</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Regular budget</source>
        <translation>Presupuesto ordinario</translation>
    </message>
    <message>
        <source>Regular budget against the Fund, by year and country</source>
        <translation>Presupuesto ordinario frente al Fondo, por año y país</translation>
    </message>
    <message>
        <source>Regular budget spent</source>
        <translation>Presupuesto ordinario gastado</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <source>The Fund's position by year</source>
        <translation>La situación del Fondo por año</translation>
    </message>
    <message>
        <source>US dollars at the UN operational rates of exchange. The balance is what was received less what was allocated, up to the end of the year.</source>
        <translation>Dólares estadounidenses a los tipos de cambio operacionales de las Naciones Unidas. El saldo es lo recibido menos lo asignado hasta el fin del año.</translation>
    </message>
    <message>
        <source>Voluntary Fund budget</source>
        <translation>Presupuesto del Fondo de Contribuciones Voluntarias</translation>
    </message>
    <message>
        <source>Voluntary Fund spent</source>
        <translation>Fondo de Contribuciones Voluntarias gastado</translation>
    </message>
</context><context><name>RateEditor</name><message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>Unidades por dólar estadounidense</translation>
    </message>
    <message>
        <source>New exchange rate</source>
        <translation>Nuevo tipo de cambio</translation>
    </message>
    <message>
        <source>The ISO 4217 code: EUR, CHF, NOK…</source>
        <translation>El código ISO 4217: EUR, CHF, NOK…</translation>
    </message>
    <message>
        <source>The UN operational rate of exchange, usually from the first of a month.</source>
        <translation>El tipo de cambio operacional de las Naciones Unidas, por lo general desde el primer día del mes.</translation>
    </message>
</context><context><name>RatesList</name><message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>Unidades por dólar estadounidense</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Tipos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rate(s)</source>
        <translation>
            <numerusform>%Ln tipo</numerusform>
            <numerusform>%Ln tipos</numerusform>
        </translation>
    </message>
</context><context><name>DonorEditor</name><message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>A government donor is a state: its country.</source>
        <translation>Un donante gubernamental es un Estado: su país.</translation>
    </message>
    <message>
        <source>Kind of donor</source>
        <translation>Tipo de donante</translation>
    </message>
    <message>
        <source>New donor</source>
        <translation>Nuevo donante</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context><context><name>DonorsList</name><message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Donantes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln donor(s)</source>
        <translation>
            <numerusform>%Ln donante</numerusform>
            <numerusform>%Ln donantes</numerusform>
        </translation>
    </message>
</context><context><name>FundPage</name><message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Headquarters keeps the Voluntary Fund and sends it with its bundles: here you can read it, search it and export it to Excel, not change it. In Position, spent and the regular budget count this office's projects only.</source>
        <translation>La sede lleva el Fondo de Contribuciones Voluntarias y lo envía con sus paquetes: aquí puede consultarlo, buscar en él y exportarlo a Excel, pero no modificarlo. En Situación, lo gastado y el presupuesto ordinario cuentan solo los proyectos de esta oficina.</translation>
    </message>
</context><context><name>BoardPage</name><message>
        <source>Board of Trustees</source>
        <translation>Junta de Síndicos</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Período de sesiones</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln período de sesiones</numerusform>
            <numerusform>%Ln períodos de sesiones</numerusform>
        </translation>
    </message>
</context><context><name>BoardSessionEditor</name><message>
        <source>Session number</source>
        <translation>Número del período de sesiones</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>As the Board names it, for example: Forty-first session.</source>
        <translation>Como la llama la Junta, por ejemplo: 41.º período de sesiones.</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Adopted recommendations</source>
        <translation>Recomendaciones aprobadas</translation>
    </message>
    <message>
        <source>Decisions on projects</source>
        <translation>Decisiones sobre proyectos</translation>
    </message>
    <message>
        <source>New Board session</source>
        <translation>Nuevo período de sesiones de la Junta</translation>
    </message>
</context><context><name>MembersSection</name><message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Propuesto por</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
</context><context><name>AdoptedSection</name><message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>Estado del seguimiento</translation>
    </message>
    <message>
        <source>Recommendations whose source is the Board of Trustees, not yet linked to a session. Record a new one on the Recommendations page first.</source>
        <translation>Recomendaciones cuya fuente es la Junta de Síndicos, aún no vinculadas a un período de sesiones. Registre antes una nueva en la página Recomendaciones.</translation>
    </message>
    <message>
        <source>adopted recommendation</source>
        <translation>recomendación aprobada</translation>
    </message>
    <message>
        <source>The recommendations of the Board of Trustees adopted at this session; their follow-up is recorded on the Recommendations page.</source>
        <translation>Las recomendaciones de la Junta de Síndicos aprobadas en este período de sesiones; su seguimiento se registra en la página Recomendaciones.</translation>
    </message>
</context><context><name>DecisionsSection</name><message>
        <source>Project code</source>
        <translation>Código del proyecto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Amount recommended</source>
        <translation>Importe recomendado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
</context><context><name>ProjectDecisionsSection</name><message>
        <source>Session</source>
        <translation>Período de sesiones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Amount recommended</source>
        <translation>Importe recomendado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <source>Decisions of the Board of Trustees on this project, recorded on the Board page.</source>
        <translation>Decisiones de la Junta de Síndicos sobre este proyecto, registradas en la página Junta.</translation>
    </message>
</context><context><name>Grants</name><message>
        <source>Grants</source>
        <translation>Subvenciones</translation>
    </message>
    <message>
        <source>Tranche %1</source>
        <translation>Tramo %1</translation>
    </message>
    <message>
        <source>%1, due %2 (days late: %3)</source>
        <translation>%1, vencía el %2 (días de retraso: %3)</translation>
    </message>
    <message>
        <source>Paid %1 of %2 %3.</source>
        <translation>Pagado: %1 de %2 %3.</translation>
    </message>
    <message>
        <source>Warning: the tranches add up to %1 %3, not the grant's %2 %3.</source>
        <translation>Atención: los tramos suman %1 %3, no los %2 %3 de la subvención.</translation>
    </message>
    <message>
        <source>Overdue: %1.</source>
        <translation>Vencido: %1.</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>Vencidos: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>Only grants with something &amp;overdue</source>
        <translation>Solo subvenciones con algo &amp;vencido</translation>
    </message>
    <message>
        <source>Grantee</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Grants shown: %1</source>
        <translation>Subvenciones mostradas: %1</translation>
    </message>
    <message>
        <source>%1 (days late: %2)</source>
        <translation>%1 (días de retraso: %2)</translation>
    </message>
<message>
        <source>Grants are added on a project's Grants tab: open the project on the Projects page. Enter or a double-click here opens a grant there.</source>
        <translation>Las subvenciones se añaden en la pestaña Subvenciones de un proyecto: abra el proyecto en la página Proyectos. Intro o un doble clic aquí abre allí una subvención.</translation>
    </message>
    <message>
        <source>Paid %1 of %2.</source>
        <translation>Pagado: %1 de %2.</translation>
    </message>
    <message>
        <source>Warning: the tranches add up to %1, not the grant's %2.</source>
        <translation>Atención: los tramos suman %1, no los %2 de la subvención.</translation>
    </message>
</context><context><name>GrantsTab</name><message>
        <source>Tranches</source>
        <translation>Tramos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Choose a grant to see its tranches and reports.</source>
        <translation>Elija una subvención para ver sus tramos e informes.</translation>
    </message>
</context><context><name>GrantsSection</name><message>
        <source>Grantee</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>The NGO or national institution that receives the grant.</source>
        <translation>La ONG o institución nacional que recibe la subvención.</translation>
    </message>
    <message>
        <source>Kind of grantee</source>
        <translation>Tipo de beneficiario</translation>
    </message>
    <message>
        <source>Grantee's country</source>
        <translation>País del beneficiario</translation>
    </message>
    <message>
        <source>Three capital letters: USD, EUR, CHF.</source>
        <translation>Tres letras mayúsculas: USD, EUR, CHF.</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>subvención</translation>
    </message>
</context><context><name>TranchesSection</name><message>
        <source>Tranche</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Paid to the grantee</source>
        <translation>Pagado al beneficiario</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>tranche</source>
        <translation>tramo</translation>
    </message>
</context><context><name>GrantReportsSection</name><message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibido el</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Aceptado el</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>A report is accepted once it has been received.</source>
        <translation>Un informe se acepta una vez recibido.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>grant report</source>
        <translation>informe de subvención</translation>
    </message>
</context><context><name>FellowshipsPage</name><message>
        <source>Fellowships</source>
        <translation>Becas</translation>
    </message>
    <message>
        <source>Fellow</source>
        <translation>Becario</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Acogida</translation>
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
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Informe final</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Pasantía</translation>
    </message>
    <message>
        <source>Delete this fellowship (%1) with its objectives and follow-up contacts?</source>
        <translation>¿Eliminar esta beca (%1) con sus objetivos y contactos de seguimiento?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fellowship(s)</source>
        <translation>
            <numerusform>%Ln beca</numerusform>
            <numerusform>%Ln becas</numerusform>
        </translation>
    </message>
</context><context><name>FellowshipEditor</name><message>
        <source>Fellow</source>
        <translation>Becario</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Learning objectives</source>
        <translation>Objetivos de aprendizaje</translation>
    </message>
    <message>
        <source>Follow-up contacts</source>
        <translation>Contactos de seguimiento</translation>
    </message>
    <message>
        <source>Type part of the person's name and pick them from the list.</source>
        <translation>Escriba parte del nombre de la persona y elíjala en la lista.</translation>
    </message>
    <message>
        <source>For example “2026 Indigenous Fellowship, English section”.</source>
        <translation>Por ejemplo «Beca para indígenas 2026, sección inglesa».</translation>
    </message>
    <message>
        <source>Host office or institution</source>
        <translation>Oficina o institución de acogida</translation>
    </message>
    <message>
        <source>Placement start</source>
        <translation>Inicio de la pasantía</translation>
    </message>
    <message>
        <source>Placement end</source>
        <translation>Fin de la pasantía</translation>
    </message>
    <message>
        <source>Final report received</source>
        <translation>Informe final recibido el</translation>
    </message>
    <message>
        <source>Final report summary</source>
        <translation>Resumen del informe final</translation>
    </message>
    <message>
        <source>New fellowship</source>
        <translation>Nueva beca</translation>
    </message>
    <message>
        <source>Placement weeks: shown once both dates are known.</source>
        <translation>Semanas de pasantía: se muestran cuando se conocen ambas fechas.</translation>
    </message>
    <message>
        <source>Placement weeks: %1 (days: %2).</source>
        <translation>Semanas de pasantía: %1 (días: %2).</translation>
    </message>
    <message>
        <source>Attach the report itself below.</source>
        <translation>Adjunte el informe abajo.</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Pasantía</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Informe final</translation>
    </message>
    <message>
        <source>On the Final report tab: %1</source>
        <translation>En la pestaña Informe final: %1</translation>
    </message>
</context><context><name>ObjectivesSection</name><message>
        <source>Learning objective</source>
        <translation>Objetivo de aprendizaje</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>learning objective</source>
        <translation>objetivo de aprendizaje</translation>
    </message>
    <message>
        <source>What the fellow set out to learn, and whether it was met by the end of the placement.</source>
        <translation>Lo que el becario quería aprender, y si se cumplió al final de la pasantía.</translation>
    </message>
</context><context><name>ContactsSection</name><message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>What they do now</source>
        <translation>Qué hace ahora</translation>
    </message>
    <message>
        <source>Applies what they learned</source>
        <translation>Aplica lo aprendido</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>follow-up contact</source>
        <translation>contacto de seguimiento</translation>
    </message>
    <message>
        <source>After the placement: what the former fellow does now, and whether they apply what they learned.</source>
        <translation>Después de la pasantía: qué hace ahora el antiguo becario y si aplica lo aprendido.</translation>
    </message>
</context><context><name>FellowshipsOfPerson</name><message>
        <source>Cohort</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Acogida</translation>
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
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Fellowships of this participant</source>
        <translation>Becas de este participante</translation>
    </message>
    <message>
        <source>Fellowships are recorded on the Fellowships page: Enter or a double click opens one there.</source>
        <translation>Las becas se registran en la página Becas: Intro o un doble clic abre una allí.</translation>
    </message>
</context><context><name>FinalReportTab</name><message>
        <source>The report's file</source>
        <translation>El archivo del informe</translation>
    </message>
    <message>
        <source>The report's file, once the fellowship is saved</source>
        <translation>El archivo del informe, una vez guardada la beca</translation>
    </message>
</context><context><name>FellowshipNote</name><message>
        <source>Fellowships are now recorded on the Fellowships page, with the placement, final report and follow-up. This form stays for the activities recorded before.</source>
        <translation>Las becas se registran ahora en la página Becas, con la pasantía, el informe final y el seguimiento. Esta forma se mantiene para las actividades registradas antes.</translation>
    </message>
</context><context><name>ReviewsPage</name><message>
        <source>Reviews</source>
        <translation>Exámenes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
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
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Áreas temáticas</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Delete the review “%1” with its team, interviews and findings?</source>
        <translation>¿Eliminar el examen «%1» con su equipo, sus entrevistas y sus conclusiones?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln examen</numerusform>
            <numerusform>%Ln exámenes</numerusform>
        </translation>
    </message>
</context><context><name>ReviewEditor</name><message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind of review</source>
        <translation>Tipo de examen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Período desde</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Período hasta</translation>
    </message>
    <message>
        <source>Terms of reference</source>
        <translation>Términos de referencia</translation>
    </message>
    <message>
        <source>The terms as text; attach the signed document on the Attachments tab.</source>
        <translation>Los términos en texto; adjunte el documento firmado en la pestaña Adjuntos.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Áreas temáticas</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Síntesis</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Nuevo examen</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Términos</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
</context><context><name>DossierButton</name><message>
        <source>&amp;Dossier…</source>
        <translation>&amp;Expediente…</translation>
    </message>
    <message>
        <source>Save the review with a country and a thematic area first.</source>
        <translation>Guarde primero el examen con un país y un área temática.</translation>
    </message>
</context><context><name>DossierDialog</name><message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>&amp;Thematic area:</source>
        <translation>Área &amp;temática:</translation>
    </message>
</context><context><name>InterviewsSection</name><message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Stakeholder meeting</source>
        <translation>Reunión con actores</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>Tipo de actor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>A meeting already recorded on a mission (type its organisation), or fill in the interview below.</source>
        <translation>Una reunión ya registrada en una misión (escriba su organización), o complete la entrevista abajo.</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entrevista</translation>
    </message>
</context><context><name>RecommendationsSection</name><message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>Institución destinataria</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected line (%1)?</source>
        <translation>¿Quitar la línea seleccionada (%1)?</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recomendación</translation>
    </message>
    <message>
        <source>Follow each recommendation up on the Recommendations page.</source>
        <translation>Haga el seguimiento de cada recomendación en la página Recomendaciones.</translation>
    </message>
</context><context><name>SynthesisTab</name><message>
        <source>The synthesis of the review: its main findings, conclusions and recommendations, as adopted.</source>
        <translation>La síntesis del examen: sus principales conclusiones y recomendaciones, tal como se aprobaron.</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Síntesis</translation>
    </message>
    <message>
        <source>Save s&amp;ynthesis</source>
        <translation>Guardar la sínt&amp;esis</translation>
    </message>
    <message>
        <source>Save and mark &amp;final</source>
        <translation>Guardar como de&amp;finitivo</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Aún no guardado.</translation>
    </message>
</context><context><name>Coverage</name><message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Countries covered</source>
        <translation>Países abarcados</translation>
    </message>
    <message>
        <source>Type a country, Enter adds it</source>
        <translation>Escriba un país; Intro lo añade</translation>
    </message>
    <message>
        <source>Listed: %1. Delete removes the chosen country.</source>
        <translation>En la lista: %1. Supr quita el país elegido.</translation>
    </message>
    <message>
        <source>No country is called “%1”.</source>
        <translation>Ningún país se llama «%1».</translation>
    </message>
    <message>
        <source>Press Enter to add the country, or clear the field.</source>
        <translation>Pulse Intro para añadir el país, o vacíe el campo.</translation>
    </message>
</context><context>
    <name>AllocationEditor</name>
    <message>
        <source>Grant</source>
        <translation>Subvención</translation>
    </message>
    <message>
        <source>When the money is for one of the project's grants: type part of the grantee's name and pick it.</source>
        <translation>Cuando el dinero es para una de las subvenciones del proyecto: escriba parte del nombre del beneficiario y elíjala.</translation>
    </message>
</context>
<context>
    <name>AllocationsList</name>
    <message>
        <source>Grant</source>
        <translation>Subvención</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>recommendations: %1</source>
        <translation>recomendaciones: %1</translation>
    </message>
<message>
        <source>Plan action</source>
        <translation>Acción de un plan</translation>
    </message>
</context>
<context>
    <name>AfterExitSection</name>
    <message>
        <source>Evidence &amp;files…</source>
        <translation>Arc&amp;hivos de prueba…</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence of the check at %1 months</source>
        <translation>Pruebas de la verificación a los %1 meses</translation>
    </message>
    <message>
        <source>Files that show what the check found: a budget page, a report, a list of staff.</source>
        <translation>Los archivos que muestran lo que comprobó la verificación: una página del presupuesto, un informe, una lista del personal.</translation>
    </message>
</context>
<context>
    <name>InstitutionsPage</name>
    <message>
        <source>National institutions</source>
        <translation>Instituciones nacionales</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Delete the institution “%1” with its accreditation reviews, concerns and regional offices? The records linked to it keep their own data.</source>
        <translation>¿Eliminar la institución «%1» con sus exámenes de acreditación, preocupaciones y oficinas regionales? Los registros vinculados a ella conservan sus propios datos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln institution(s)</source>
        <translation>
            <numerusform>%Ln institución</numerusform>
            <numerusform>%Ln instituciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstitutionEditor</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <source>New national institution</source>
        <translation>Nueva institución nacional</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Fundamento jurídico</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Regional offices</source>
        <translation>Oficinas regionales</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Preocupaciones</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>The constitution or law that establishes it, with its reference (article, law number).</source>
        <translation>La constitución o la ley que la establece, con su referencia (artículo, número de ley).</translation>
    </message>
</context>
<context>
    <name>AccreditationSection</name>
    <message>
        <source>accreditation review</source>
        <translation>examen de acreditación</translation>
    </message>
    <message>
        <source>Reviews by GANHRI's Sub-Committee on Accreditation, latest first, recorded by headquarters. The current status is the latest review's.</source>
        <translation>Exámenes del Subcomité de Acreditación de la GANHRI, el más reciente primero, registrados por la sede. La categoría actual es la del último examen.</translation>
    </message>
    <message>
        <source>Reviews by GANHRI's Sub-Committee on Accreditation, latest first. The current status is the latest review's.</source>
        <translation>Exámenes del Subcomité de Acreditación de la GANHRI, el más reciente primero. La categoría actual es la del último examen.</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha del examen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próximo examen</translation>
    </message>
    <message>
        <source>Concerns raised</source>
        <translation>Preocupaciones planteadas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Current status: not reviewed.</source>
        <translation>Categoría actual: no examinada.</translation>
    </message>
    <message>
        <source>Current status: %1, since the review of %2.</source>
        <translation>Categoría actual: %1, desde el examen del %2.</translation>
    </message>
    <message>
        <source>The Sub-Committee's concerns are recorded on the Concerns tab, naming this review.</source>
        <translation>Las preocupaciones del Subcomité se registran en la pestaña Preocupaciones, indicando este examen.</translation>
    </message>
</context>
<context>
    <name>OfficesSection</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>regional office</source>
        <translation>oficina regional</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
</context>
<context>
    <name>ConcernsSection</name>
    <message>
        <source>concern</source>
        <translation>preocupación</translation>
    </message>
    <message>
        <source>Paris Principles concerns, recorded as findings about the institution: raised by an accreditation review, by a mission, or by the office's own assessment.</source>
        <translation>Preocupaciones respecto de los Principios de París, registradas como constataciones sobre la institución: planteadas por un examen de acreditación, por una misión o por la evaluación de la oficina.</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Preocupación</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Planteada por</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Planteada el</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Atendida el</translation>
    </message>
    <message>
        <source>How it was addressed</source>
        <translation>Cómo se atendió</translation>
    </message>
    <message>
        <source>Raised by the accreditation review</source>
        <translation>Planteada por el examen de acreditación</translation>
    </message>
    <message>
        <source>Raised by the mission</source>
        <translation>Planteada por la misión</translation>
    </message>
    <message>
        <source>Against the Paris Principles: mandate, independence, pluralism, resources, appointment, cooperation.</source>
        <translation>Respecto de los Principios de París: mandato, independencia, pluralismo, recursos, nombramiento, cooperación.</translation>
    </message>
    <message>
        <source>Accreditation review of %1</source>
        <translation>Examen de acreditación del %1</translation>
    </message>
</context>
<context>
    <name>WorkTab</name>
    <message>
        <source>Work linked to this institution</source>
        <translation>Trabajo vinculado a esta institución</translation>
    </message>
    <message>
        <source>Projects, missions, training activities and recommendations that name this institution (chosen in their own editors). Enter or a double click opens one.</source>
        <translation>Proyectos, misiones, actividades de capacitación y recomendaciones que nombran esta institución (elegida en su propio editor). Intro o un doble clic abre uno.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Projects: %1. Missions: %2. Training activities: %3. Recommendations: %4.</source>
        <translation>Proyectos: %1. Misiones: %2. Actividades de capacitación: %3. Recomendaciones: %4.</translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Training activity</source>
        <translation>Actividad de capacitación</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>National institution</source>
        <translation>Institución nacional</translation>
    </message>
    <message>
        <source>An institution of another country</source>
        <translation>Una institución de otro país</translation>
    </message>
    <message>
        <source>The national human rights institution this concerns: one of the record's country.</source>
        <translation>La institución nacional de derechos humanos de que se trata: una del país del registro.</translation>
    </message>
</context>
<context><name>Thread</name><message>
        <source>Requests for assistance that cite it: %1</source>
        <translation>Solicitudes de asistencia que la citan: %1</translation>
    </message>
    <message>
        <source>Missions: %1</source>
        <translation>Misiones: %1</translation>
    </message>
    <message>
        <source>Projects that answer it: %1</source>
        <translation>Proyectos que la atienden: %1</translation>
    </message>
    <message>
        <source>Results and indicators of those projects: %1</source>
        <translation>Resultados e indicadores de esos proyectos: %1</translation>
    </message>
    <message>
        <source>Follow-up notes: %1</source>
        <translation>Notas de seguimiento: %1</translation>
    </message>
    <message>
        <source>No request for assistance cites this recommendation yet.</source>
        <translation>Ninguna solicitud de asistencia cita todavía esta recomendación.</translation>
    </message>
    <message>
        <source>No mission is linked to this recommendation yet.</source>
        <translation>Ninguna misión está vinculada todavía a esta recomendación.</translation>
    </message>
    <message>
        <source>No project answers this recommendation yet.</source>
        <translation>Ningún proyecto atiende todavía esta recomendación.</translation>
    </message>
    <message>
        <source>No indicator measures what those projects do yet.</source>
        <translation>Ningún indicador mide todavía lo que hacen esos proyectos.</translation>
    </message>
    <message>
        <source>No follow-up note has been recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna nota de seguimiento.</translation>
    </message>
    <message>
        <source>What was done about this recommendation, from the requests that cite it to the indicators of the projects that answer it. Enter or a double click opens a record.</source>
        <translation>Lo que se ha hecho respecto de esta recomendación, desde las solicitudes que la citan hasta los indicadores de los proyectos que la atienden. Intro o un doble clic abre un registro.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se ha hecho</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 de %2 %3</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Recommendations this project answers</source>
        <translation>Recomendaciones que atiende este proyecto</translation>
    </message>
    <message>
        <source>Once saved, the recommendations this project answers show here.</source>
        <translation>Una vez guardado, aquí se muestran las recomendaciones que atiende este proyecto.</translation>
    </message>
    <message>
        <source>Recommendations this project answers (linked to it, or through its mission or request): %1. Enter or a double click opens one.</source>
        <translation>Recomendaciones que atiende este proyecto (vinculadas a él, o a través de su misión o solicitud): %1. Intro o un doble clic abre una.</translation>
    </message>
    <message>
        <source>This project answers no recommendation yet: link it on a recommendation (“Projects that answer it”).</source>
        <translation>Este proyecto no atiende todavía ninguna recomendación: vincúlelo desde una recomendación («Proyectos que la atienden»).</translation>
    </message>
    <message>
        <source>No project answers it</source>
        <translation>Ningún proyecto la atiende</translation>
    </message>
    <message>
        <source>A project's indicators are off track</source>
        <translation>Indicadores de un proyecto con retraso</translation>
    </message>
    <message>
        <source>No plan action answers it</source>
        <translation>Ninguna acción del plan la atiende</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>Seguimiento dado</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>Afectados</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>ODS</translation>
    </message>
    <message>
        <source>Universal periodic review: %1</source>
        <translation>Examen periódico universal: %1</translation>
    </message>
    <message>
        <source>Special procedure: %1</source>
        <translation>Procedimiento especial: %1</translation>
    </message>
    <message>
        <source>Actions of national action plans that answer it: %1</source>
        <translation>Acciones de planes de acción nacionales que la atienden: %1</translation>
    </message>
    <message>
        <source>No action of a national action plan answers this recommendation yet.</source>
        <translation>Ninguna acción de un plan de acción nacional atiende todavía esta recomendación.</translation>
    </message>
</context><context><name>PlansPage</name><message>
        <source>National action plans</source>
        <translation>Planes de acción nacionales</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
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
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Coordinating body</source>
        <translation>Órgano coordinador</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Delete the plan “%1” with its actions?</source>
        <translation>¿Eliminar el plan «%1» con sus acciones?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s)</source>
        <translation>
            <numerusform>%Ln plan</numerusform>
            <numerusform>%Ln planes</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Acciones atrasadas</translation>
    </message>
</context><context><name>PlanEditor</name><message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Período desde</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Período hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Coordinating body</source>
        <translation>Órgano coordinador</translation>
    </message>
    <message>
        <source>The ministry, commission or interministerial committee that coordinates it.</source>
        <translation>El ministerio, la comisión o el comité interministerial que lo coordina.</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Aprobado el</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>New national action plan</source>
        <translation>Nuevo plan de acción nacional</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context><context><name>ActionsSection</name><message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importar desde Excel…</translation>
    </message>
    <message>
        <source>Excel &amp;template…</source>
        <translation>&amp;Plantilla de Excel…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>To look at</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>Vencida.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Recommendations it answers</source>
        <translation>Recomendaciones que atiende</translation>
    </message>
    <message>
        <source>Type a symbol, paragraph or words to find one; Enter ticks it</source>
        <translation>Escriba una signatura, un párrafo o palabras para encontrarla; Intro la marca</translation>
    </message>
    <message>
        <source>Projects that support it</source>
        <translation>Proyectos que la apoyan</translation>
    </message>
    <message>
        <source>Type a code or title; Enter ticks it</source>
        <translation>Escriba un código o un título; Intro lo marca</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>An action past its deadline that is neither done nor dropped is overdue.</source>
        <translation>Una acción cuyo plazo ha vencido y que no está cumplida ni abandonada está vencida.</translation>
    </message>
</context><context><name>Plans</name><message>
        <source>plan-actions.xlsx</source>
        <translation>acciones-del-plan.xlsx</translation>
    </message>
    <message>
        <source>Save the actions template</source>
        <translation>Guardar la plantilla de acciones</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Plantilla guardada: %1</translation>
    </message>
    <message>
        <source>Import actions from Excel</source>
        <translation>Importar acciones desde Excel</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Fila %1, %2: %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already recorded, %4 with problems.</source>
        <translation>%1: nuevas: %2; ya registradas: %3; con problemas: %4.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct these rows in the sheet and import it again.</source>
        <translation>No se importó nada: corrija estas filas en la hoja e impórtela de nuevo.</translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>No hay nada nuevo que importar.</translation>
    </message>
    <message>
        <source>Import the new actions?</source>
        <translation>¿Importar las nuevas acciones?</translation>
    </message>
    <message>
        <source>Actions imported: %1.</source>
        <translation>Acciones importadas: %1.</translation>
    </message>
</context><context>
    <name>ReviewTeamSection</name>
    <message>
        <source>team member</source>
        <translation>miembro del equipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Función en el equipo</translation>
    </message>
</context>
<context>
    <name>ReviewFindingsSection</name>
    <message>
        <source>finding</source>
        <translation>constatación</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Área temática</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatación</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
</context>
<context>
    <name>BundleHistoryTab</name>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicados</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Paquetes enviados y recibidos</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recibido de</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Enviado a</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>todo</translation>
    </message>
    <message>
        <source>missing before it: %1 (their changes came in later bundles)</source>
        <translation>faltan antes de este: %1 (sus cambios llegaron en paquetes posteriores)</translation>
    </message>
</context>
<context><name>UserSignaturesBox</name><message>
        <source>Bundles signed by headquarters' root key alone</source>
        <translation>Lotes firmados solo con la clave raíz de la sede</translation>
    </message>
    <message>
        <source>Required: offices refuse a headquarters bundle signed by the root key alone; every bundle must be signed by a certified user's own key.</source>
        <translation>Obligatorio: las oficinas rechazan un lote de la sede firmado solo con la clave raíz; cada lote debe firmarse con la clave propia de un usuario certificado.</translation>
    </message>
    <message>
        <source>Required: this office refuses a headquarters bundle signed by the root key alone; every bundle must be signed by a certified headquarters user's own key.</source>
        <translation>Obligatorio: esta oficina rechaza un lote de la sede firmado solo con la clave raíz; cada lote debe firmarse con la clave propia de un usuario certificado de la sede.</translation>
    </message>
    <message>
        <source>Headquarters decides this with its root key; the setting reaches each office with the next bundle sent to it.</source>
        <translation>La sede lo decide con su clave raíz; el ajuste llega a cada oficina con el próximo lote que se le envíe.</translation>
    </message>
    <message>
        <source>Headquarters decides this setting, and it reaches this office with headquarters' bundles; it cannot be changed here.</source>
        <translation>La sede decide este ajuste, que llega a esta oficina con los lotes de la sede; no puede cambiarse aquí.</translation>
    </message>
    <message>
        <source>Saved. Offices refuse bundles signed by the root key alone from the next bundle each receives.</source>
        <translation>Guardado. Las oficinas rechazan los lotes firmados solo con la clave raíz desde el próximo lote que reciba cada una.</translation>
    </message>
    <message>
        <source>Saved. Offices accept bundles signed by the root key alone again from the next bundle each receives.</source>
        <translation>Guardado. Las oficinas vuelven a aceptar los lotes firmados solo con la clave raíz desde el próximo lote que reciba cada una.</translation>
    </message>
    <message>
        <source>Not required: offices accept headquarters bundles signed by the root key alone.</source>
        <translation>No obligatorio: las oficinas aceptan los lotes de la sede firmados solo con la clave raíz.</translation>
    </message>
    <message>
        <source>Not required: this office accepts headquarters bundles signed by the root key alone.</source>
        <translation>No obligatorio: esta oficina acepta los lotes de la sede firmados solo con la clave raíz.</translation>
    </message>
    <message>
        <source>&amp;Accept root-signed bundles again…</source>
        <translation>Acep&amp;tar de nuevo los lotes firmados con la clave raíz…</translation>
    </message>
    <message>
        <source>Re&amp;quire user-signed bundles…</source>
        <translation>&amp;Exigir lotes firmados por un usuario…</translation>
    </message>
    <message>
        <source>(since %1)</source>
        <translation>(desde el %1)</translation>
    </message>
</context><context><name>UserSignaturesDialog</name><message>
        <source>Offices will refuse any headquarters bundle signed by the root key alone, from the next bundle each receives: every bundle must then be signed by a certified user's own key.</source>
        <translation>Las oficinas rechazarán cualquier lote de la sede firmado solo con la clave raíz, desde el próximo lote que reciba cada una: cada lote deberá firmarse entonces con la clave propia de un usuario certificado.</translation>
    </message>
    <message>
        <source>Offices will accept headquarters bundles signed by the root key alone again, from the next bundle each receives.</source>
        <translation>Las oficinas volverán a aceptar los lotes de la sede firmados solo con la clave raíz, desde el próximo lote que reciba cada una.</translation>
    </message>
    <message>
        <source>Headquarters' root key file</source>
        <translation>Archivo de la clave raíz de la sede</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Require user-signed bundles</source>
        <translation>Exigir lotes firmados por un usuario</translation>
    </message>
    <message>
        <source>Accept root-signed bundles again</source>
        <translation>Aceptar de nuevo los lotes firmados con la clave raíz</translation>
    </message>
    <message>
        <source>Headquarters' root key is kept offline. Give the file 'fielddesk keys root export' wrote and its passphrase: the key is used for this change only and is not kept in this profile folder.</source>
        <translation>La clave raíz de la sede se guarda fuera de línea. Indique el archivo que escribió 'fielddesk keys root export' y su frase de contraseña: la clave se usa solo para este cambio y no se guarda en esta carpeta de perfil.</translation>
    </message>
    <message>
        <source>Root key file</source>
        <translation>Archivo de la clave raíz</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Root key &amp;file:</source>
        <translation>&amp;Archivo de la clave raíz:</translation>
    </message>
    <message>
        <source>Passphrase of the root key file</source>
        <translation>Frase de contraseña del archivo de la clave raíz</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Headquarters' root key in this profile folder signs the change.</source>
        <translation>La clave raíz de la sede que está en esta carpeta de perfil firma el cambio.</translation>
    </message>
    <message>
        <source>&amp;Require user-signed bundles</source>
        <translation>&amp;Exigir lotes firmados por un usuario</translation>
    </message>
    <message>
        <source>&amp;Accept root-signed bundles</source>
        <translation>A&amp;ceptar los lotes firmados con la clave raíz</translation>
    </message>
    <message>
        <source>Give the root key file (written by 'fielddesk keys root export'). Nothing was changed.</source>
        <translation>Indique el archivo de la clave raíz (escrito por 'fielddesk keys root export'). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Type the passphrase of the root key file. Nothing was changed.</source>
        <translation>Escriba la frase de contraseña del archivo de la clave raíz. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Signing the setting with the root key</source>
        <translation>Firmando el ajuste con la clave raíz</translation>
    </message>
    <message>
        <source>This profile folder holds no certified user key: it will make no bundle until one is certified for it ('fielddesk keys user add NAME').</source>
        <translation>Esta carpeta de perfil no contiene ninguna clave de usuario certificada: no creará ningún lote hasta que se certifique una para ella ('fielddesk keys user add NOMBRE').</translation>
    </message>
</context></TS>