<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Входной тест</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Итоговый тест</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Activities of this participant</source>
        <translation>Мероприятия этого участника</translation>
    </message>
    <message>
        <source>Attendance and scores are recorded in each activity.</source>
        <translation>Посещаемость и баллы вносятся в карточке каждого мероприятия.</translation>
    </message>
</context>
<context>
    <name>ActivityStatus</name>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Проводится</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Вложенные файлы</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Files are copied into the profile and travel with the next sync bundle.</source>
        <translation>Файлы копируются в профиль и отправляются со следующим пакетом синхронизации.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Вложить файлы</translation>
    </message>
    <message>
        <source>Copying files into the profile…</source>
        <translation>Копирование файлов в профиль…</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Убрать вложение</translation>
    </message>
    <message>
        <source>Remove “%1” from this record?</source>
        <translation>Убрать «%1» из этой записи?</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Days present</source>
        <translation>Дней присутствия</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствовал(а)</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Отсутствовал(а)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не отмечено</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Attendance by participant and day</source>
        <translation>Посещаемость по участникам и дням</translation>
    </message>
    <message>
        <source>Checked: present. Empty: absent. Dash: not recorded. Click a cell or press the space bar to change it; each change is saved at once.</source>
        <translation>Флажок — присутствовал(а). Пусто — отсутствовал(а). Прочерк — не отмечено. Щёлкните по клетке или нажмите пробел, чтобы изменить отметку; каждое изменение сразу сохраняется.</translation>
    </message>
    <message>
        <source>Everyone &amp;present on the selected day</source>
        <translation>Все &amp;присутствовали в выбранный день</translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation>Бюджет (долл. США)</translation>
    </message>
    <message>
        <source>Expenditure (USD)</source>
        <translation>Расходы (долл. США)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Расходы</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>статья бюджета</translation>
    </message>
    <message>
        <source>Total budget %1 USD; spent %2 USD%3.</source>
        <translation>Общий бюджет %1 долл. США; израсходовано %2 долл. США%3.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Welcome to FieldDesk</source>
        <translation>Добро пожаловать в FieldDesk</translation>
    </message>
    <message>
        <source>FieldDesk keeps your office&apos;s missions, trainings and participants on this computer.</source>
        <translation>FieldDesk хранит миссии, учебные мероприятия и участников вашего отделения на этом компьютере.</translation>
    </message>
    <message>
        <source>&amp;Set up my office</source>
        <translation>&amp;Настроить моё отделение</translation>
    </message>
    <message>
        <source>&amp;Explore FieldDesk with demo data</source>
        <translation>&amp;Познакомиться с FieldDesk на демонстрационных данных</translation>
    </message>
    <message>
        <source>Your data will be kept in %1.</source>
        <translation>Ваши данные будут храниться в %1.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Activities and participants per quarter</source>
        <translation>Мероприятия и участники по кварталам</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>training activities</source>
        <translation>учебных мероприятий</translation>
    </message>
    <message>
        <source>people trained</source>
        <translation>человек прошли обучение</translation>
    </message>
    <message>
        <source>missions</source>
        <translation>миссий</translation>
    </message>
    <message>
        <source>recommendations being followed up</source>
        <translation>рекомендаций на контроле</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Changes not yet sent to headquarters and the last sync with each office will show here once synchronisation is set up.</source>
        <translation>Когда синхронизация будет настроена, здесь появятся изменения, ещё не отправленные в штаб-квартиру, и дата последней синхронизации с каждым отделением.</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не отмечено</translation>
    </message>
    <message>
        <source>Activities and participants per quarter</source>
        <translation>Мероприятия и участники по кварталам</translation>
    </message>
    <message>
        <source>Participants by sex</source>
        <translation>Участники по полу</translation>
    </message>
    <message>
        <source>Participants by target group</source>
        <translation>Участники по целевым группам</translation>
    </message>
    <message>
        <source>Recommendations by follow-up status</source>
        <translation>Рекомендации по ходу выполнения</translation>
    </message>
    <message>
        <source>Missions by status</source>
        <translation>Миссии по состоянию</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Очистить дату</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>Finish loads the demo data; it takes a few seconds.</source>
        <translation>Кнопка «Готово» загрузит демонстрационные данные; это займёт несколько секунд.</translation>
    </message>
    <message>
        <source>The demo holds invented missions, trainings and participants in five countries, recorded by a Guatemala office. Use it to try FieldDesk, not for real work: for real work, start again with a new profile folder.</source>
        <translation>Демонстрационные данные — это вымышленные миссии, учебные мероприятия и участники в пяти странах, записанные отделением в Гватемале. Используйте их, чтобы опробовать FieldDesk, а не для настоящей работы: для неё начните заново с новой папкой профиля.</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Possible duplicate: %1. Check whether this is the same person before adding a new record.</source>
        <translation>Возможный дубликат: %1. Прежде чем добавлять новую запись, проверьте, не тот ли это человек.</translation>
    </message>
</context>
<context>
    <name>EnrollmentTab</name>
    <message>
        <source>Find a participant to enrol</source>
        <translation>Найти участника для записи</translation>
    </message>
    <message>
        <source>&amp;Find a participant:</source>
        <translation>&amp;Найти участника:</translation>
    </message>
    <message>
        <source>E&amp;nrol</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>New &amp;participant…</source>
        <translation>Новый &amp;участник…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Импорт из Excel…</translation>
    </message>
    <message>
        <source>Import participants from an Excel file and enrol them in this activity</source>
        <translation>Импортировать участников из файла Excel и записать их в это мероприятие</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Enrolled participants</source>
        <translation>Записанные участники</translation>
    </message>
    <message>
        <source>&amp;Remove from the activity</source>
        <translation>&amp;Исключить из мероприятия</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln участник</numerusform>
            <numerusform>%Ln участника</numerusform>
            <numerusform>%Ln участников</numerusform>
        </translation>
    </message>
    <message>
        <source>women: %1, men: %2</source>
        <translation>женщин: %1, мужчин: %2</translation>
    </message>
    <message>
        <source>Remove from the activity</source>
        <translation>Исключить из мероприятия</translation>
    </message>
    <message>
        <source>Remove %1 from this activity? Their attendance and scores here are removed too.</source>
        <translation>Исключить %1 из мероприятия? Отметки о посещаемости и баллы по нему тоже будут удалены.</translation>
    </message>
</context>
<context>
    <name>ExpertEditor</name>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Специализация</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Language codes separated by commas, for example: en, fr, es.</source>
        <translation>Коды языков через запятую, например: en, fr, ru.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>New expert</source>
        <translation>Новый эксперт</translation>
    </message>
</context>
<context>
    <name>ExpertsPage</name>
    <message>
        <source>Experts</source>
        <translation>Эксперты</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Специализация</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expert(s)</source>
        <translation>
            <numerusform>%Ln эксперт</numerusform>
            <numerusform>%Ln эксперта</numerusform>
            <numerusform>%Ln экспертов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
</context>
<context>
    <name>FindingsSection</name>
    <message>
        <source>Thematic area</source>
        <translation>Тематическая область</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>вывод</translation>
    </message>
    <message>
        <source>What the mission found, by thematic area.</source>
        <translation>Выводы миссии по тематическим областям.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>FieldDesk – first start</source>
        <translation>FieldDesk — первый запуск</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Загрузка демонстрационных данных…</translation>
    </message>
    <message>
        <source>Creating the profile…</source>
        <translation>Создание профиля…</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Browse for: %1</source>
        <translation>Выбрать: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>Выполнена частично</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>No longer relevant</source>
        <translation>Утратила актуальность</translation>
    </message>
</context>
<context>
    <name>FollowUpTimeline</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>follow-up note</source>
        <translation>запись о ходе выполнения</translation>
    </message>
    <message>
        <source>Each step in following up this recommendation, oldest first. The latest note sets the recommendation&apos;s status.</source>
        <translation>Каждый шаг в выполнении этой рекомендации, от самого раннего. Последняя запись определяет состояние рекомендации.</translation>
    </message>
</context>
<context>
    <name>FundingSource</name>
    <message>
        <source>UN regular budget</source>
        <translation>Регулярный бюджет ООН</translation>
    </message>
    <message>
        <source>Voluntary Fund for Technical Cooperation</source>
        <translation>Фонд добровольных взносов для технического сотрудничества</translation>
    </message>
    <message>
        <source>Other donor</source>
        <translation>Другой донор</translation>
    </message>
</context>
<context>
    <name>GenerateStrip</name>
    <message>
        <source>Progress of the report</source>
        <translation>Ход подготовки отчёта</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Stop generating the report</source>
        <translation>Остановить подготовку отчёта</translation>
    </message>
    <message>
        <source>Cancelled: no report was made.</source>
        <translation>Отменено: отчёт не создан.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>(from a sync bundle)</source>
        <translation>(из пакета синхронизации)</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History of this record</source>
        <translation>История этой записи</translation>
    </message>
    <message>
        <source>Every change to this record, latest first, as kept in the change log.</source>
        <translation>Все изменения этой записи, начиная с последних, по журналу изменений.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>Импорт из Excel</translation>
    </message>
    <message>
        <source>Import participants from an Excel file and enrol them in “%1”. People already recorded are recognised, so no one is added twice.</source>
        <translation>Импортируйте участников из файла Excel и запишите их в «%1». Люди, которые уже внесены в базу, распознаются, поэтому никто не добавляется дважды.</translation>
    </message>
    <message>
        <source>Import %1 from an Excel file. The file is checked first and nothing is written until you press Import; rows already recorded are recognised, so importing a file twice adds nothing twice.</source>
        <translation>Импортируйте %1 из файла Excel. Сначала файл проверяется, и ничего не записывается, пока вы не нажмёте «Импортировать»; строки, которые уже есть в базе, распознаются, поэтому повторный импорт файла ничего не дублирует.</translation>
    </message>
    <message>
        <source>An .xlsx file: a FieldDesk template or export</source>
        <translation>Файл .xlsx: шаблон или экспорт FieldDesk</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Template for</source>
        <translation>Шаблон для</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Сохранить &amp;шаблон…</translation>
    </message>
    <message>
        <source>No file yet? Start from an empty template with the right column titles:</source>
        <translation>Файла ещё нет? Начните с пустого шаблона с правильными заголовками столбцов:</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Ошибки в файле</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Строки файла</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Другой файл…</translation>
    </message>
    <message>
        <source>C&amp;heck the file</source>
        <translation>Про&amp;верить файл</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>Про&amp;верить снова</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Книги Excel (*.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The template was saved to %1. Fill it in, then import it here.</source>
        <translation>Шаблон сохранён в %1. Заполните его, а затем импортируйте здесь.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>(the whole row)</source>
        <translation>(вся строка)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Someone new: add them</source>
        <translation>Новый человек: добавить</translation>
    </message>
    <message>
        <source>The same person as %1 (%2)</source>
        <translation>Тот же человек, что и %1 (%2)</translation>
    </message>
    <message>
        <source>Already recorded: left as it is</source>
        <translation>Уже есть в базе: остаётся без изменений</translation>
    </message>
    <message>
        <source>New: added</source>
        <translation>Новая запись: будет добавлена</translation>
    </message>
    <message>
        <source>; enrolled in the activity</source>
        <translation>; записывается в мероприятие</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>A value is required here.</source>
        <translation>Здесь нужно значение.</translation>
    </message>
    <message>
        <source>The same as row %1.</source>
        <translation>Повторяет строку %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as a date, or as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>«%1» — не дата: введите дату или напишите её как ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <source>“%1” is not a known country: write its ISO 3166 code (GT, MW, RU…).</source>
        <translation>«%1» — неизвестная страна: укажите её код ISO 3166 (GT, MW, RU…).</translation>
    </message>
    <message>
        <source>“%1” is not one of the allowed values (%2).</source>
        <translation>«%1» не входит в допустимые значения (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>«%1» — не целое число.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» — не число.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation>«%1» — не «да» и не «нет».</translation>
    </message>
    <message>
        <source>There is no project with the code “%1”.</source>
        <translation>Нет проекта с кодом «%1».</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>participants</source>
        <translation>участников</translation>
    </message>
    <message>
        <source>training activities</source>
        <translation>учебные мероприятия</translation>
    </message>
    <message>
        <source>missions</source>
        <translation>миссии</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new participant(s)</source>
        <translation>
            <numerusform>%Ln новый участник</numerusform>
            <numerusform>%Ln новых участника</numerusform>
            <numerusform>%Ln новых участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new training activity(-ies)</source>
        <translation>
            <numerusform>%Ln новое учебное мероприятие</numerusform>
            <numerusform>%Ln новых учебных мероприятия</numerusform>
            <numerusform>%Ln новых учебных мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new mission(s)</source>
        <translation>
            <numerusform>%Ln новая миссия</numerusform>
            <numerusform>%Ln новые миссии</numerusform>
            <numerusform>%Ln новых миссий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the file</source>
        <translation>
            <numerusform>%Ln ошибка в файле</numerusform>
            <numerusform>%Ln ошибки в файле</numerusform>
            <numerusform>%Ln ошибок в файле</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until they are corrected: correct the file, save it and check it again.</source>
        <translation>Ничего нельзя импортировать, пока они не исправлены: исправьте файл, сохраните его и проверьте снова.</translation>
    </message>
    <message>
        <source>To add: %1.</source>
        <translation>Будет добавлено: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) already recorded, left as they are.</source>
        <translation>
            <numerusform>%Ln строка уже есть в базе и останется без изменений.</numerusform>
            <numerusform>%Ln строки уже есть в базе и останутся без изменений.</numerusform>
            <numerusform>%Ln строк уже есть в базе и останутся без изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) to enrol in the activity.</source>
        <translation>
            <numerusform>%Ln участник будет записан в мероприятие.</numerusform>
            <numerusform>%Ln участника будут записаны в мероприятие.</numerusform>
            <numerusform>%Ln участников будут записаны в мероприятие.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) may already be recorded (highlighted): choose in the last column whether each is the same person or someone new.</source>
        <translation>
            <numerusform>%Ln участник, возможно, уже есть в базе (выделен): в последнем столбце выберите, тот же это человек или новый.</numerusform>
            <numerusform>%Ln участника, возможно, уже есть в базе (выделены): в последнем столбце выберите для каждого, тот же это человек или новый.</numerusform>
            <numerusform>%Ln участников, возможно, уже есть в базе (выделены): в последнем столбце выберите для каждого, тот же это человек или новый.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>Ничего не записывается, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Импортировано: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) enrolled in the activity.</source>
        <translation>
            <numerusform>%Ln участник записан в мероприятие.</numerusform>
            <numerusform>%Ln участника записаны в мероприятие.</numerusform>
            <numerusform>%Ln участников записаны в мероприятие.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were already recorded and left as they were.</source>
        <translation>
            <numerusform>%Ln строка уже была в базе и осталась без изменений.</numerusform>
            <numerusform>%Ln строки уже были в базе и остались без изменений.</numerusform>
            <numerusform>%Ln строк уже были в базе и остались без изменений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Search (Ctrl+F)…</source>
        <translation>Поиск (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Показать фильтры</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FieldDesk – %1 – %2</source>
        <translation>FieldDesk — %1 — %2</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Отделение %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Запись</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>About FieldDesk</source>
        <translation>О программе FieldDesk</translation>
    </message>
    <message>
        <source>FieldDesk %1

Missions, trainings, reports and sync for the field offices of a human rights technical cooperation programme.</source>
        <translation>FieldDesk %1

Миссии, учебные мероприятия, отчёты и синхронизация для местных отделений программы технического сотрудничества в области прав человека.</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>Тип партнёра</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Другие</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Women met</source>
        <translation>Встречено женщин</translation>
    </message>
    <message>
        <source>Men met</source>
        <translation>Встречено мужчин</translation>
    </message>
    <message>
        <source>Others met</source>
        <translation>Встречено других лиц</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>В «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>Не удалось прочитать или записать файл: %1</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1: %2). Nothing was saved by this step; the details were written to the log.</source>
        <translation>Произошла непредвиденная ошибка (%1: %2). На этом шаге ничего не сохранено; подробности записаны в журнал.</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <translation>Запрашивающий орган</translation>
    </message>
    <message>
        <source>Request date</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Тематические области</translation>
    </message>
    <message>
        <source>Linked projects</source>
        <translation>Связанные проекты</translation>
    </message>
    <message>
        <source>Terms of reference</source>
        <translation>Круг ведения</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Состав</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Новая миссия</translation>
    </message>
</context>
<context>
    <name>MissionRecommendationsSection</name>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Тематическая область</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Дата вынесения</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рекомендация</translation>
    </message>
    <message>
        <source>Follow each recommendation up on the Recommendations page.</source>
        <translation>Ход выполнения каждой рекомендации отслеживается на странице «Рекомендации».</translation>
    </message>
</context>
<context>
    <name>MissionStatus</name>
    <message>
        <source>Requested</source>
        <translation>Запрошена</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланирована</translation>
    </message>
    <message>
        <source>In the field</source>
        <translation>На месте</translation>
    </message>
    <message>
        <source>Report drafted</source>
        <translation>Проект доклада</translation>
    </message>
    <message>
        <source>Report final</source>
        <translation>Окончательный доклад</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <source>Missions</source>
        <translation>Миссии</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Запросил</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Тематические области</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Тематическая область</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mission(s)</source>
        <translation>
            <numerusform>%Ln миссия</numerusform>
            <numerusform>%Ln миссии</numerusform>
            <numerusform>%Ln миссий</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the mission “%1” with its team, meetings and findings?</source>
        <translation>Удалить миссию «%1» вместе с составом, встречами и выводами?</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>Тип партнёра</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Add and &amp;enrol</source>
        <translation>Добавить и &amp;записать</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Your office</source>
        <translation>Ваше отделение</translation>
    </message>
    <message>
        <source>Every record you make carries this office&apos;s code, so headquarters knows where it comes from.</source>
        <translation>Каждая созданная вами запись несёт код этого отделения, чтобы штаб-квартира знала, откуда она.</translation>
    </message>
    <message>
        <source>for example GT-01</source>
        <translation>например, GT-01</translation>
    </message>
    <message>
        <source>for example Guatemala office</source>
        <translation>например, Отделение в Гватемале</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>&amp;Код отделения:</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Название отделения:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>The office code is required.</source>
        <translation>Укажите код отделения.</translation>
    </message>
    <message>
        <source>Use 2 to 32 letters, digits or hyphens, for example GT-01.</source>
        <translation>Используйте от 2 до 32 латинских букв, цифр или дефисов, например GT-01.</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>Укажите название отделения.</translation>
    </message>
</context>
<context>
    <name>OfficeRole</name>
    <message>
        <source>Field office</source>
        <translation>Местное отделение</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Штаб-квартира</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Миссии</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Эксперты</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>Тип партнёра</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Agrees that contact details are kept</source>
        <translation>Согласен(на) на хранение контактных данных</translation>
    </message>
    <message>
        <source>E-mail and phone may be kept only with the participant&apos;s consent.</source>
        <translation>Электронную почту и телефон можно хранить только с согласия участника.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Новый участник</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>Тип партнёра</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln участник</numerusform>
            <numerusform>%Ln участника</numerusform>
            <numerusform>%Ln участников</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the participant “%1”? Their enrollments in activities are deleted with them.</source>
        <translation>Удалить участника «%1»? Его записи на мероприятия тоже будут удалены.</translation>
    </message>
</context>
<context>
    <name>PartsSection</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Просмотреть…</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Добавить: %1</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the selected line (%1)?</source>
        <translation>Убрать выбранную строку (%1)?</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Folder for sync bundles</source>
        <translation>Папка пакетов синхронизации</translation>
    </message>
    <message>
        <source>Folder for reports</source>
        <translation>Папка отчётов</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Folder for sync &amp;bundles:</source>
        <translation>Папка &amp;пакетов синхронизации:</translation>
    </message>
    <message>
        <source>Folder for &amp;reports:</source>
        <translation>Папка &amp;отчётов:</translation>
    </message>
    <message>
        <source>Dates and numbers follow the conventions of the language: today is %1; one thousand two hundred and fifty-five is %2.</source>
        <translation>Даты и числа записываются по правилам языка: сегодня %1; тысяча двести пятьдесят пять — это %2.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message>
        <source>The report could not be read for printing (%1).</source>
        <translation>Не удалось прочитать отчёт для печати (%1).</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected and try again.</source>
        <translation>Не удалось запустить принтер. Проверьте, что он подключён, и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1: обязательное поле.</translation>
    </message>
    <message>
        <source>%1 must have at most %2 characters.</source>
        <translation>%1: не более %2 символов.</translation>
    </message>
    <message>
        <source>%1 must have at least %2 characters.</source>
        <translation>%1: не менее %2 символов.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1: значение должно быть от %2 до %3.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Дата окончания (%1) раньше даты начала (%2).</translation>
    </message>
    <message>
        <source>An activity can last at most %1 days.</source>
        <translation>Мероприятие может длиться не более %1 дней.</translation>
    </message>
    <message>
        <source>%1 “%2” is already used by another record.</source>
        <translation>%1 «%2» уже используется в другой записи.</translation>
    </message>
    <message>
        <source>The mission cannot start before the request was received.</source>
        <translation>Миссия не может начаться раньше получения запроса.</translation>
    </message>
    <message>
        <source>Name a staff member or choose an expert from the roster.</source>
        <translation>Укажите сотрудника или выберите эксперта из реестра.</translation>
    </message>
    <message>
        <source>Contact details may be kept only with the participant&apos;s consent.</source>
        <translation>Контактные данные можно хранить только с согласия участника.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Это не адрес электронной почты.</translation>
    </message>
    <message>
        <source>This participant is already enrolled in this activity.</source>
        <translation>Этот участник уже записан на это мероприятие.</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Project code</source>
        <translation>Код проекта</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Тематические области</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
</context>
<context>
    <name>ProjectStatus</name>
    <message>
        <source>Pipeline</source>
        <translation>В разработке</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждён</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Осуществляется</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Тематические области</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Тематическая область</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln проект</numerusform>
            <numerusform>%Ln проекта</numerusform>
            <numerusform>%Ln проектов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <source>The needs assessment mission that made it, if any.</source>
        <translation>Миссия по оценке потребностей, вынесшая рекомендацию, если есть.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Тематическая область</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Дата вынесения</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Set by the latest follow-up note, when there is one.</source>
        <translation>Определяется последней записью о ходе выполнения, если она есть.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Новая рекомендация</translation>
    </message>
</context>
<context>
    <name>RecommendationSource</name>
    <message>
        <source>Needs assessment mission</source>
        <translation>Миссия по оценке потребностей</translation>
    </message>
    <message>
        <source>Treaty body</source>
        <translation>Договорный орган</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>Специальная процедура</translation>
    </message>
    <message>
        <source>Universal periodic review</source>
        <translation>Универсальный периодический обзор</translation>
    </message>
    <message>
        <source>Board of Trustees of the Voluntary Fund</source>
        <translation>Совет попечителей Фонда добровольных взносов</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>Национальное правозащитное учреждение</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>НПО</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Тематическая область</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Вынесена</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln рекомендация</numerusform>
            <numerusform>%Ln рекомендации</numerusform>
            <numerusform>%Ln рекомендаций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>Choose a record in the list, or create a new one (Ctrl+N).</source>
        <translation>Выберите запись в списке или создайте новую (Ctrl+N).</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Choose one of the suggestions, or clear the field.</source>
        <translation>Выберите один из предложенных вариантов или очистите поле.</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Сначала исправьте отмеченные поля.</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>Эта запись удалена.</translation>
    </message>
    <message>
        <source>This record belongs to office %1. You can read it; only that office or headquarters can change it.</source>
        <translation>Эта запись принадлежит отделению %1. Вы можете её просматривать; изменять её могут только это отделение или штаб-квартира.</translation>
    </message>
    <message>
        <source>Save the record first.</source>
        <translation>Сначала сохраните запись.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Удаление…</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Deleted.</source>
        <translation>Удалено.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete “%1”? Its parts and attachments are deleted with it.</source>
        <translation>Удалить «%1» вместе со всеми составными частями и вложениями?</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The list was saved to %1.</source>
        <translation>Список сохранён в %1.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Начните вводить для поиска…</translation>
    </message>
</context>
<context>
    <name>RecordReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>C&amp;onfidential on every page</source>
        <translation>&amp;Конфиденциально на каждой странице</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Отчёт:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
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
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Save the record first: reports show what is saved.</source>
        <translation>Сначала сохраните запись: в отчётах показано то, что сохранено.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Reading the list…</source>
        <translation>Чтение списка…</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Report preview</source>
        <translation>Предпросмотр отчёта</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Pag&amp;e</source>
        <translation>С&amp;траница</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation>Подогнать ширину страницы к окну</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>Показывать страницы целиком</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>Напечатать отчёт (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save a copy of the report as a PDF file</source>
        <translation>Сохранить копию отчёта в файл PDF</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Choose a report and press Generate: it is shown here, ready to print or save.</source>
        <translation>Выберите отчёт и нажмите «Создать»: он появится здесь, готовый к печати или сохранению.</translation>
    </message>
    <message>
        <source>The report could not be shown (%1).</source>
        <translation>Не удалось показать отчёт (%1).</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>из %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln страница</numerusform>
            <numerusform>%Ln страницы</numerusform>
            <numerusform>%Ln страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln страница отправлена на принтер.</numerusform>
            <numerusform>%Ln страницы отправлены на принтер.</numerusform>
            <numerusform>%Ln страниц отправлено на принтер.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Печать страницы %1 из %2…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Mission report</source>
        <translation>Отчёт о миссии</translation>
    </message>
    <message>
        <source>Training report</source>
        <translation>Отчёт об обучении</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Лист посещаемости</translation>
    </message>
    <message>
        <source>Certificates of participation</source>
        <translation>Сертификаты об участии</translation>
    </message>
    <message>
        <source>Programme summary</source>
        <translation>Сводка по программе</translation>
    </message>
    <message>
        <source>Recommendation follow-up</source>
        <translation>Выполнение рекомендаций</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>Подготовка отчёта…</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>Со&amp;здать</translation>
    </message>
    <message>
        <source>%1 is ready.</source>
        <translation>%1: готово.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <source>Training activity</source>
        <translation>Учебное мероприятие</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Leave the dates empty for the whole programme.</source>
        <translation>Оставьте даты пустыми, чтобы охватить всю программу.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Confidential on every page</source>
        <translation>«Конфиденциально» на каждой странице</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Все отделения</translation>
    </message>
    <message>
        <source>Cover, terms of reference, stakeholders met, findings and recommendations.</source>
        <translation>Титульная страница, круг ведения, встречи с заинтересованными сторонами, выводы и рекомендации.</translation>
    </message>
    <message>
        <source>Participants by sex, target group and organisation; attendance, tests, evaluations and cost.</source>
        <translation>Участники по полу, целевой группе и организации; посещаемость, тесты, оценки и стоимость.</translation>
    </message>
    <message>
        <source>One row per participant and a signature box per day, to print and sign.</source>
        <translation>Одна строка на участника и поле для подписи на каждый день — распечатать и подписать.</translation>
    </message>
    <message>
        <source>One certificate of participation per enrolled participant.</source>
        <translation>Сертификат об участии для каждого записанного участника.</translation>
    </message>
    <message>
        <source>Missions, trainings, participants reached, projects and expenditure for a period.</source>
        <translation>Миссии, обучение, охваченные участники, проекты и расходы за период.</translation>
    </message>
    <message>
        <source>Recommendations by status, each with its latest follow-up note.</source>
        <translation>Рекомендации по статусу, каждая с последней отметкой о выполнении.</translation>
    </message>
    <message>
        <source>Choose a mission first: type part of its title and pick it from the list.</source>
        <translation>Сначала выберите миссию: введите часть её названия и выберите её в списке.</translation>
    </message>
    <message>
        <source>Choose a training activity first: type part of its title and pick it from the list.</source>
        <translation>Сначала выберите учебное мероприятие: введите часть его названия и выберите его в списке.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Конец периода раньше его начала.</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Входной тест</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Итоговый тест</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Прирост</translation>
    </message>
    <message>
        <source>Evaluation (1–5)</source>
        <translation>Оценка (1–5)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>Tests and evaluation</source>
        <translation>Тесты и оценка</translation>
    </message>
    <message>
        <source>Scores are percentages (0 to 100); the evaluation is the participant&apos;s rating of the activity, from 1 (poor) to 5 (excellent). Type a number or press F2 to change a cell.</source>
        <translation>Баллы — в процентах (от 0 до 100); оценка — это мнение участника о мероприятии, от 1 (плохо) до 5 (отлично). Чтобы изменить клетку, введите число или нажмите F2.</translation>
    </message>
    <message>
        <source>average pre-test %1</source>
        <translation>средний входной тест %1</translation>
    </message>
    <message>
        <source>average post-test %1</source>
        <translation>средний итоговый тест %1</translation>
    </message>
    <message>
        <source>average evaluation %1 / 5</source>
        <translation>средняя оценка %1 / 5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln certificate(s) issued</source>
        <translation>
            <numerusform>выдан %Ln сертификат</numerusform>
            <numerusform>выдано %Ln сертификата</numerusform>
            <numerusform>выдано %Ln сертификатов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не указан</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Show FieldDesk in the new language now? The window is opened again; nothing is lost.</source>
        <translation>Показать FieldDesk на новом языке сейчас? Окно откроется заново; ничего не потеряется.</translation>
    </message>
</context>
<context>
    <name>StakeholderType</name>
    <message>
        <source>Government</source>
        <translation>Правительство</translation>
    </message>
    <message>
        <source>Parliament</source>
        <translation>Парламент</translation>
    </message>
    <message>
        <source>Judiciary</source>
        <translation>Судебная власть</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Вооружённые силы</translation>
    </message>
    <message>
        <source>Prison administration</source>
        <translation>Пенитенциарная система</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>Национальное правозащитное учреждение</translation>
    </message>
    <message>
        <source>NGO or civil society</source>
        <translation>НПО и гражданское общество</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>Учреждение ООН</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Independent expert</source>
        <translation>Независимый эксперт</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Академическое сообщество</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Here you will make a sync bundle for headquarters (on a USB stick or by e-mail), import the bundles you receive, and see which changes are not yet sent and when each office last synchronised.</source>
        <translation>Здесь можно будет подготовить пакет синхронизации для штаб-квартиры (на флешке или по электронной почте), загрузить полученные пакеты и увидеть, какие изменения ещё не отправлены и когда каждое отделение синхронизировалось в последний раз.</translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Roster expert</source>
        <translation>Эксперт из реестра</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>A staff member by name, or an expert from the roster below.</source>
        <translation>Сотрудник (по имени) или эксперт из реестра (ниже).</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Роль в составе</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Руководитель миссии</translation>
    </message>
    <message>
        <source>Leads the mission</source>
        <translation>Руководит миссией</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>член состава</translation>
    </message>
</context>
<context>
    <name>ThematicArea</name>
    <message>
        <source>National human rights institutions</source>
        <translation>Национальные правозащитные учреждения</translation>
    </message>
    <message>
        <source>National human rights action plans</source>
        <translation>Национальные планы действий в области прав человека</translation>
    </message>
    <message>
        <source>Human rights education</source>
        <translation>Образование в области прав человека</translation>
    </message>
    <message>
        <source>Administration of justice</source>
        <translation>Отправление правосудия</translation>
    </message>
    <message>
        <source>Constitutional and legislative reform</source>
        <translation>Конституционная и законодательная реформа</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Treaty body reporting</source>
        <translation>Доклады договорным органам</translation>
    </message>
    <message>
        <source>Economic, social and cultural rights and the right to development</source>
        <translation>Экономические, социальные и культурные права и право на развитие</translation>
    </message>
    <message>
        <source>Compensation of victims</source>
        <translation>Возмещение ущерба жертвам</translation>
    </message>
    <message>
        <source>Support to NGOs and civil society</source>
        <translation>Поддержка НПО и гражданского общества</translation>
    </message>
</context>
<context>
    <name>TrainingEditor</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Целевые группы</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Тематические области</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Ведущие</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Tests and evaluation</source>
        <translation>Тесты и оценка</translation>
    </message>
    <message>
        <source>New training activity</source>
        <translation>Новое учебное мероприятие</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>Training course</source>
        <translation>Учебный курс</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Практикум</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Fellowship</source>
        <translation>Стажировка</translation>
    </message>
    <message>
        <source>Advisory service</source>
        <translation>Консультативная услуга</translation>
    </message>
    <message>
        <source>Expert consultation</source>
        <translation>Консультация экспертов</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Trainings</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Тематические области</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Целевые группы</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Стоимость (долл. США)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Тематическая область</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(-ies)</source>
        <translation>
            <numerusform>%Ln мероприятие</numerusform>
            <numerusform>%Ln мероприятия</numerusform>
            <numerusform>%Ln мероприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the activity “%1” with its enrollments, attendance and scores?</source>
        <translation>Удалить мероприятие «%1» вместе с записями участников, посещаемостью и баллами?</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Сохранить запись</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <source>Ne&amp;xt record</source>
        <translation>&amp;Следующая запись</translation>
    </message>
    <message>
        <source>Next record</source>
        <translation>Следующая запись</translation>
    </message>
    <message>
        <source>&amp;Previous record</source>
        <translation>&amp;Предыдущая запись</translation>
    </message>
    <message>
        <source>Previous record</source>
        <translation>Предыдущая запись</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Искать в списке</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <source>Export the list to Excel</source>
        <translation>Экспортировать список в Excel</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Импорт из Excel…</translation>
    </message>
    <message>
        <source>Import records from an Excel file</source>
        <translation>Импортировать записи из файла Excel</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Quit FieldDesk</source>
        <translation>Выйти из FieldDesk</translation>
    </message>
    <message>
        <source>&amp;About FieldDesk</source>
        <translation>&amp;О программе FieldDesk</translation>
    </message>
    <message>
        <source>About FieldDesk</source>
        <translation>О программе FieldDesk</translation>
    </message>
</context>
</TS>
