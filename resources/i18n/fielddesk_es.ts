<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
    <name>ActivityStatus</name>
    <message>
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
        <source>FieldDesk keeps your office&apos;s missions, trainings and participants on this computer.</source>
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
        <source>Changes not yet sent to headquarters and the last sync with each office will show here once synchronisation is set up.</source>
        <translation>Aquí se mostrarán los cambios aún no enviados a la sede y la última sincronización con cada oficina cuando se configure la sincronización.</translation>
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
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Borrar la fecha</translation>
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
        <source>The demo holds invented missions, trainings and participants in five countries, recorded by a Guatemala office. Use it to try FieldDesk, not for real work: for real work, start again with a new profile folder.</source>
        <translation>La demostración contiene misiones, capacitaciones y participantes ficticios en cinco países, registrados por una oficina de Guatemala. Úsela para probar FieldDesk, no para trabajo real: para eso, empiece de nuevo con una carpeta de perfil nueva.</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Possible duplicate: %1. Check whether this is the same person before adding a new record.</source>
        <translation>Posible duplicado: %1. Compruebe si es la misma persona antes de añadir un registro nuevo.</translation>
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
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importar desde Excel…</translation>
    </message>
    <message>
        <source>Import participants from an Excel file and enrol them in this activity</source>
        <translation>Importar participantes desde un archivo Excel e inscribirlos en esta actividad</translation>
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
    <name>FollowUpStatus</name>
    <message>
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
        <source>Each step in following up this recommendation, oldest first. The latest note sets the recommendation&apos;s status.</source>
        <translation>Cada paso del seguimiento de esta recomendación, del más antiguo al más reciente. La última nota determina el estado de la recomendación.</translation>
    </message>
</context>
<context>
    <name>FundingSource</name>
    <message>
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
</context>
<context>
    <name>ImportProblems</name>
    <message>
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
        <source>About FieldDesk</source>
        <translation>Acerca de FieldDesk</translation>
    </message>
    <message>
        <source>FieldDesk %1

Missions, trainings, reports and sync for the field offices of a human rights technical cooperation programme.</source>
        <translation>FieldDesk %1

Misiones, capacitaciones, informes y sincronización para las oficinas sobre el terreno de un programa de cooperación técnica en materia de derechos humanos.</translation>
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
    <name>MissionStatus</name>
    <message>
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
    <name>OfficePage</name>
    <message>
        <source>Your office</source>
        <translation>Su oficina</translation>
    </message>
    <message>
        <source>Every record you make carries this office&apos;s code, so headquarters knows where it comes from.</source>
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
    <name>OfficeRole</name>
    <message>
        <source>Field office</source>
        <translation>Oficina sobre el terreno</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Sede</translation>
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
        <source>E-mail and phone may be kept only with the participant&apos;s consent.</source>
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
</context>
<context>
    <name>Problems</name>
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
        <source>Contact details may be kept only with the participant&apos;s consent.</source>
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
</context>
<context>
    <name>ProjectStatus</name>
    <message>
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
</context>
<context>
    <name>RecommendationSource</name>
    <message>
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
        <source>Scores are percentages (0 to 100); the evaluation is the participant&apos;s rating of the activity, from 1 (poor) to 5 (excellent). Type a number or press F2 to change a cell.</source>
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
</context>
<context>
    <name>Sex</name>
    <message>
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
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Show FieldDesk in the new language now? The window is opened again; nothing is lost.</source>
        <translation>¿Mostrar FieldDesk en el nuevo idioma ahora? La ventana se vuelve a abrir; no se pierde nada.</translation>
    </message>
</context>
<context>
    <name>StakeholderType</name>
    <message>
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
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Here you will make a sync bundle for headquarters (on a USB stick or by e-mail), import the bundles you receive, and see which changes are not yet sent and when each office last synchronised.</source>
        <translation>Aquí preparará un paquete de sincronización para la sede (en una memoria USB o por correo electrónico), importará los paquetes que reciba y verá qué cambios aún no se han enviado y cuándo se sincronizó cada oficina por última vez.</translation>
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
</context>
<context>
    <name>ThematicArea</name>
    <message>
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
    <name>TrainingForm</name>
    <message>
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
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importar desde Excel…</translation>
    </message>
    <message>
        <source>Import records from an Excel file</source>
        <translation>Importar registros desde un archivo Excel</translation>
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
</context>
</TS>
