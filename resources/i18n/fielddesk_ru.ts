<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Среда выполнения</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Шрифт</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>see the text</source>
        <translation>см. текст</translation>
    </message>
    <message>
        <source>About FieldDesk</source>
        <translation>О программе FieldDesk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Missions, trainings, reports and sync for the field offices of a human rights technical cooperation programme.</source>
        <translation>Миссии, учебные мероприятия, отчёты и синхронизация для местных отделений программы технического сотрудничества в области прав человека.</translation>
    </message>
    <message>
        <source>FieldDesk is free software under the MIT licence. It is built on the libraries and fonts below, each under its own licence: choose one to read it.</source>
        <translation>FieldDesk — свободная программа под лицензией MIT. Она использует перечисленные ниже библиотеки и шрифты, у каждого из которых своя лицензия: выберите строку, чтобы прочитать её.</translation>
    </message>
    <message>
        <source>Your data is kept in %1, not in the program's folder: installing a newer version or removing FieldDesk leaves it where it is.</source>
        <translation>Ваши данные хранятся в %1, а не в папке программы: установка новой версии или удаление FieldDesk их не затрагивает.</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Компоненты и их лицензии</translation>
    </message>
    <message>
        <source>Licence of %1</source>
        <translation>Лицензия: %1</translation>
    </message>
    <message>
        <source>The licence text of %1 is not included with this copy of FieldDesk; see %2.</source>
        <translation>Текст лицензии %1 не входит в эту копию FieldDesk; см. %2.</translation>
    </message>
</context>
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
    <name>AssessDialog</name>
    <message>
        <source>Assess: %1</source>
        <translation>Оценка: %1</translation>
    </message>
    <message>
        <source>From the evidence (%1)</source>
        <translation>По имеющимся данным (%1)</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <source>0 – does not apply</source>
        <translation>0 – не применяется</translation>
    </message>
    <message>
        <source>3 – applies fully</source>
        <translation>3 – применяется полностью</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Why this score: the facts, who was consulted.</source>
        <translation>Почему такой балл: факты, с кем консультировались.</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>Данных не записано.</translation>
    </message>
    <message>
        <source>Evidence recorded:</source>
        <translation>Записанные данные:</translation>
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
        <source>“%1” is a .%2 file: a program or script that runs on this computer with your rights when opened. Open it only if you know where it comes from. Open it?</source>
        <translation>«%1» — файл .%2: программа или сценарий, который при открытии запускается на этом компьютере с вашими правами. Открывайте его, только если знаете, откуда он. Открыть?</translation>
    </message>
    <message>
        <source>Open a program?</source>
        <translation>Открыть программу?</translation>
    </message>
    <message>
        <source>Type: .%1, a program or script (FieldDesk asks before opening it)</source>
        <translation>Тип: .%1, программа или сценарий (FieldDesk спрашивает перед открытием)</translation>
    </message>
    <message>
        <source>Type: .%1</source>
        <translation>Тип: .%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
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
        <translation>Все присутствовали в выбранный &amp;день</translation>
    </message>
<message>
        <source>Checked: present. Empty: absent. Dash: not recorded. Click a cell or press the space bar to change it, or type 1 (present) or 0 (absent); Enter or Tab moves on. Each change is saved at once.</source>
        <translation>Отмечено: присутствовал. Пусто: отсутствовал. Прочерк: не отмечено. Щёлкните ячейку или нажмите пробел, чтобы изменить её, или введите 1 (присутствовал) или 0 (отсутствовал); Enter или Tab — к следующей. Каждое изменение сохраняется сразу.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>FieldDesk backs up this profile once a day when it is first used, and before every bundle import, database upgrade and restore. It keeps the last 10 automatic backups and every backup made by hand. Backups are encrypted like the profile.</source>
        <translation>FieldDesk делает резервную копию этого профиля раз в день при первом использовании, а также перед каждым импортом пакета, обновлением базы данных и восстановлением. Хранятся 10 последних автоматических копий и все копии, сделанные вручную. Резервные копии зашифрованы так же, как профиль.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Сделать копию сейчас</translation>
    </message>
    <message>
        <source>Back up to a &amp;folder…</source>
        <translation>Копия в &amp;папку…</translation>
    </message>
    <message>
        <source>Back up now and copy the backup to a folder, for example on a USB stick, with the key file that opens it</source>
        <translation>Сделать резервную копию сейчас и скопировать её в папку, например на USB-накопитель, вместе с файлом ключей, который её открывает</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Changes made here that headquarters has not yet acknowledged: %1 (the oldest from %2). Restoring a backup would replace them.</source>
        <translation>Изменения, сделанные здесь, получение которых штаб-квартира ещё не подтвердила: %1 (самое раннее от %2). Восстановление резервной копии заменит их.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>Copy the backup to a folder</source>
        <translation>Скопировать резервную копию в папку</translation>
    </message>
    <message>
        <source>Backed up (%1).</source>
        <translation>Резервная копия сделана (%1).</translation>
    </message>
    <message>
        <source>Backed up and copied to %1, with the key file that opens it (the passphrase or the recovery key is still needed).</source>
        <translation>Резервная копия сделана и скопирована в %1 вместе с файлом ключей, который её открывает (парольная фраза или ключ восстановления всё равно нужны).</translation>
    </message>
    <message>
        <source>Backed up and copied to %1. This profile is not encrypted: anyone who has the copy can read it.</source>
        <translation>Резервная копия сделана и скопирована в %1. Этот профиль не зашифрован: любой, у кого есть копия, может её прочитать.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Replace the profile's data with the backup made %1? Everything recorded since then is replaced. The current data is backed up first, so restoring that backup undoes this.</source>
        <translation>Заменить данные профиля резервной копией от %1? Всё, что записано с тех пор, будет заменено. Текущие данные сначала копируются, так что восстановление этой копии отменит операцию.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>Changes not yet at headquarters</source>
        <translation>Изменения ещё не в штаб-квартире</translation>
    </message>
    <message>
        <source>Changes made here that headquarters has not acknowledged: %1 (the oldest from %2). Restoring replaces them; they stay in the backup made before the restore. Sending a bundle to headquarters first is safer.

Restore anyway?</source>
        <translation>Изменения, сделанные здесь, получение которых штаб-квартира не подтвердила: %1 (самое раннее от %2). Восстановление заменит их; они останутся в резервной копии, сделанной перед восстановлением. Надёжнее сначала отправить пакет в штаб-квартиру.

Всё равно восстановить?</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>Back up now and copy the backup to a folder, for example on a USB stick, with a key file that opens it with the recovery key</source>
        <translation>Создать резервную копию сейчас и скопировать её в папку, например на USB-накопитель, вместе с файлом ключа, который открывает её ключом восстановления</translation>
    </message>
    <message>
        <source>Backed up and copied to %1, with a key file that opens it with the recovery key only (not with the passphrase: an old copy never opens with an old passphrase).</source>
        <translation>Резервная копия создана и скопирована в %1 вместе с файлом ключа, который открывает её только ключом восстановления (не парольной фразой: старая копия никогда не откроется старой фразой).</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Daily, on first use</source>
        <translation>Ежедневная, при первом использовании</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Сделана вручную</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Before encrypting</source>
        <translation>Перед шифрованием</translation>
    </message>
    <message>
        <source>Before a database upgrade</source>
        <translation>Перед обновлением базы данных</translation>
    </message>
    <message>
        <source>Before importing bundle #%1 from %2</source>
        <translation>Перед импортом пакета № %1 от %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматическая</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Вручную</translation>
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
    <message>
        <source>Execution (%)</source>
        <translation>Исполнение (%)</translation>
    </message>
    <message>
        <source>Budget and expenditure per year and funding source; the execution rate is expenditure as a share of budget.</source>
        <translation>Бюджет и расходы по годам и источникам финансирования; уровень исполнения — доля израсходованного бюджета.</translation>
    </message>
    <message>
        <source>Execution by year: %1.</source>
        <translation>Исполнение по годам: %1.</translation>
    </message>
    <message>
        <source>Total budget %1; spent %2%3.</source>
        <translation>Общий бюджет %1; израсходовано %2%3.</translation>
    </message>
</context>
<context>
    <name>BundlePreview</name>
    <message>
        <source>Import bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <source>Bundle #%1 from %2 has been checked: it is signed by %2 and addressed to this office. Nothing has been changed yet.</source>
        <translation>Пакет № %1 от %2 проверен: он подписан %2 и адресован этому офису. Пока ничего не изменено.</translation>
    </message>
    <message>
        <source>New records:</source>
        <translation>Новые записи:</translation>
    </message>
    <message>
        <source>Updated records:</source>
        <translation>Обновлённые записи:</translation>
    </message>
    <message>
        <source>Already up to date:</source>
        <translation>Уже актуальны:</translation>
    </message>
    <message>
        <source>%1 (both sides changed the same thing; you will review them on the Conflicts tab)</source>
        <translation>%1 (обе стороны изменили одно и то же; вы рассмотрите их на вкладке «Конфликты»)</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Конфликты:</translation>
    </message>
    <message>
        <source>Waiting for a parent record:</source>
        <translation>Ожидают родительскую запись:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
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
        <source>FieldDesk keeps your office's missions, trainings and participants on this computer.</source>
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
    <name>ConflictsTab</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Show &amp;resolved conflicts</source>
        <translation>Показывать &amp;решённые конфликты</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>This office's value</source>
        <translation>Значение этого офиса</translation>
    </message>
    <message>
        <source>The other office's value</source>
        <translation>Значение другого офиса</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Оставить &amp;моё</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Оставить &amp;их</translation>
    </message>
    <message>
        <source>&amp;Open the record to edit it</source>
        <translation>&amp;Открыть запись для правки</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>моё</translation>
    </message>
    <message>
        <source>theirs (%1)</source>
        <translation>их (%1)</translation>
    </message>
    <message>
        <source>No conflict selected. Conflicts appear here when this office and another changed the same thing between two syncs.</source>
        <translation>Конфликт не выбран. Конфликты появляются здесь, когда этот офис и другой изменили одно и то же между двумя синхронизациями.</translation>
    </message>
    <message>
        <source>(resolved: %1)</source>
        <translation>(решён: %1)</translation>
    </message>
    <message>
        <source>Value from %1</source>
        <translation>Значение от %1</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Разрешение…</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>FieldDesk is locked</source>
        <translation>FieldDesk заблокирован</translation>
    </message>
    <message>
        <source>Office %1. Type the passphrase to go on: the windows come back as they were.</source>
        <translation>Отделение %1. Введите парольную фразу, чтобы продолжить: окна вернутся в прежнем виде.</translation>
    </message>
</context>
<context>
    <name>CriteriaView</name>
    <message>
        <source>Headquarters sets the criteria and their weights; every office ranks its requests by them.</source>
        <translation>Штаб-квартира устанавливает критерии и их веса; каждое отделение ранжирует по ним свои просьбы.</translation>
    </message>
    <message>
        <source>Set by headquarters; every office ranks its requests by them.</source>
        <translation>Устанавливаются штаб-квартирой; каждое отделение ранжирует по ним свои просьбы.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>How it is evaluated</source>
        <translation>Как оценивается</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Priority criteria</source>
        <translation>Критерии приоритетности</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>0 (not counted) to 10.</source>
        <translation>От 0 (не учитывается) до 10.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Добавить: %1</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>критерий</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Изменить: %1</translation>
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
    <message>
        <source>open requests for assistance</source>
        <translation>открытых просьб о помощи</translation>
    </message>
    <message>
        <source>Open requests by status</source>
        <translation>Открытые просьбы по статусу</translation>
    </message>
    <message>
        <source>Projects by stage</source>
        <translation>Проекты по этапам</translation>
    </message>
    <message>
        <source>Indicators on and off track</source>
        <translation>Показатели по плану и с отставанием</translation>
    </message>
<message>
        <source>closed projects sustained at 12 months</source>
        <translation>закрытых проектов продолжаются через 12 мес.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
<message>
        <source>Activities by thematic area</source>
        <translation>Мероприятия по тематическим областям</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>dd</source>
        <comment>day in a date format</comment>
        <translation>дд</translation>
    </message>
    <message>
        <source>mm</source>
        <comment>month in a date format</comment>
        <translation>мм</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>year in a date format</comment>
        <translation>гггг</translation>
    </message>
    <message>
        <source>Type the date as %1 or as %2, or press Alt+Down for a calendar.</source>
        <translation>Введите дату в виде %1 или %2 либо нажмите Alt+Вниз, чтобы открыть календарь.</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Календарь (Alt+Вниз)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Открыть календарь</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as %2 or as %3.</source>
        <translation>«%1» — не дата. Введите её в виде %2 или %3.</translation>
    </message>
    <message>
        <source>“%1”: write the year in full, with four digits.</source>
        <translation>«%1»: укажите год полностью, четырьмя цифрами.</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>«%1» — не дата: месяца %2 не существует.</translation>
    </message>
    <message>
        <source>“%1” is not a date: %2 %3 has %4 days.</source>
        <translation>«%1» — не дата: в месяце %2 %3 года %4 дн.</translation>
    </message>
    <message>
        <source>“%1” is outside the dates this field accepts (%2 to %3).</source>
        <translation>«%1» вне допустимых для этого поля дат (с %2 по %3).</translation>
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
        <source>The demo holds invented missions, trainings and participants in five countries, recorded by a Guatemala office. Use it to try FieldDesk, not for real work: for real work, start again with a new profile folder. As it holds nothing real, the demo profile is not encrypted.</source>
        <translation>Демонстрационные данные — это вымышленные миссии, учебные мероприятия и участники в пяти странах, записанные отделением в Гватемале. Используйте их, чтобы опробовать FieldDesk, а не для настоящей работы: для неё начните заново с новой папкой профиля. Поскольку в нём нет ничего настоящего, демонстрационный профиль не зашифрован.</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Possible duplicate: %1. Check whether this is the same person before adding a new record.</source>
        <translation>Возможный дубликат: %1. Прежде чем добавлять новую запись, проверьте, не тот ли это человек.</translation>
    </message>
<message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Это другой человек</translation>
    </message>
    <message>
        <source>Record a new person and do not offer these records as duplicates again</source>
        <translation>Записать нового человека и больше не предлагать эти записи как дубликаты</translation>
    </message>
    <message>
        <source>Possible duplicate: this person may be recorded already. Use the existing record, or say that this is not the same person.</source>
        <translation>Возможный дубликат: этот человек, возможно, уже записан. Используйте существующую запись или укажите, что это другой человек.</translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation>&amp;Использовать эту запись</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation>Использовать эту запись</translation>
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
        <translation>Зап&amp;исать</translation>
    </message>
    <message>
        <source>New &amp;participant…</source>
        <translation>Новый &amp;участник…</translation>
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
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Импорт из Excel…</translation>
    </message>
    <message>
        <source>Import participants from an Excel file and enrol them in this activity</source>
        <translation>Импортировать участников из файла Excel и записать их в это мероприятие</translation>
    </message>
</context>
<context>
    <name>EvaluationsSection</name>
    <message>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Оценщики</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <source>Lessons learnt</source>
        <translation>Извлечённые уроки</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>Mid-term and end-of-project evaluations: what was found, and what was learnt.</source>
        <translation>Среднесрочные и итоговые оценки: что выявлено и какие уроки извлечены.</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>Send</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Получатель:</translation>
    </message>
    <message>
        <source>Send &amp;everything, not only what the recipient has not confirmed</source>
        <translation>Отправить &amp;всё, а не только то, что получатель не подтвердил</translation>
    </message>
    <message>
        <source>&amp;Make bundle…</source>
        <translation>Создать паке&amp;т…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Получение</translation>
    </message>
    <message>
        <source>Drop bundle files here, or</source>
        <translation>Перетащите файлы пакетов сюда или</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Импортировать пакеты…</translation>
    </message>
    <message>
        <source>No office is trusted yet. Exchange identity cards on the Keys tab first.</source>
        <translation>Доверенных офисов пока нет. Сначала обменяйтесь удостоверениями на вкладке «Ключи».</translation>
    </message>
    <message>
        <source>%1 change(s) that %2 has not confirmed yet, the oldest from %3.</source>
        <translation>Изменений, ещё не подтверждённых %2: %1; самое раннее от %3.</translation>
    </message>
    <message>
        <source>%1 has confirmed every change; a bundle now only carries the confirmation of what you received.</source>
        <translation>%1 подтвердил все изменения; пакет теперь несёт только подтверждение того, что вы получили.</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>Сохранить пакет</translation>
    </message>
    <message>
        <source>FieldDesk bundles (*.fdb);;All files (*)</source>
        <translation>Пакеты FieldDesk (*.fdb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Bundle saved</source>
        <translation>Пакет сохранён</translation>
    </message>
    <message>
        <source>Bundle #%1 for %2 was saved to %3 with %4 change(s) and %5 attachment(s). Carry it to %2 and import it there.</source>
        <translation>Пакет № %1 для %2 сохранён в %3: изменений — %4, вложений — %5. Доставьте его в %2 и импортируйте там.</translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>Создание пакета…</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Импорт пакетов</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Проверка пакета…</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Пакет не импортирован</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Нечего импортировать</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Пакет импортирован</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>Импорт пакета…</translation>
    </message>
    <message>
        <source>Bundle #%1 for %2 was saved to %3 with %4 and %5. Carry it to %2 and import it there.</source>
        <translation>Пакет № %1 для %2 сохранён в %3: %4, %5. Доставьте его в %2 и импортируйте там.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) that %1 has not confirmed yet, the oldest from %2.</source>
        <translation>
            <numerusform>%Ln изменение ещё не подтверждено %1, от %2.</numerusform>
            <numerusform>%Ln изменения ещё не подтверждены %1, самое раннее от %2.</numerusform>
            <numerusform>%Ln изменений ещё не подтверждены %1, самое раннее от %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln изменение</numerusform>
            <numerusform>%Ln изменения</numerusform>
            <numerusform>%Ln изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln вложение</numerusform>
            <numerusform>%Ln вложения</numerusform>
            <numerusform>%Ln вложений</numerusform>
        </translation>
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
    <message>
        <source>More filters</source>
        <translation>Ещё фильтры</translation>
    </message>
    <message>
        <source>More filters (%1 in use)</source>
        <translation>Ещё фильтры (используется: %1)</translation>
    </message>
    <message>
        <source>Fewer filters</source>
        <translation>Меньше фильтров</translation>
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
<message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
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
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>The recovery key is shown only now. Without it, a forgotten passphrase means the data cannot be opened. Go on without keeping it?</source>
        <translation>Ключ восстановления показывается только сейчас. Без него забытая парольная фраза означает, что данные больше не открыть. Продолжить, не сохранив его?</translation>
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
        <source>Each step in following up this recommendation, oldest first. The latest note sets the recommendation's status.</source>
        <translation>Каждый шаг в выполнении этой рекомендации, от самого раннего. Последняя запись определяет состояние рекомендации.</translation>
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
<message>
        <source>headquarters (root key)</source>
        <translation>штаб-квартира (корневой ключ)</translation>
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
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Применено</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Отправленные и полученные пакеты</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Получен от</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Отправлен в</translation>
    </message>
    <message>
        <source>missing before it: %1 (their changes came in later bundles)</source>
        <translation>до него не пришли: %1 (их изменения пришли в более поздних пакетах)</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>всё</translation>
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
    <message>
        <source>Not the same person: add them</source>
        <translation>Другой человек: добавить</translation>
    </message>
    <message>
        <source>Use this person: %1 (%2)</source>
        <translation>Использовать этого человека: %1 (%2)</translation>
    </message>
    <message>
        <source>To decide: the same person, or someone new?</source>
        <translation>Решите: тот же человек или кто-то новый?</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>This bundle was imported before; nothing was changed.</source>
        <translation>Этот пакет уже был импортирован; ничего не изменено.</translation>
    </message>
    <message>
        <source>A later bundle from %1 has already brought these changes; nothing was changed.</source>
        <translation>Более поздний пакет от %1 уже принёс эти изменения; ничего не изменено.</translation>
    </message>
    <message>
        <source>Bundle no. %1 from %2 applied.</source>
        <translation>Пакет № %1 от %2 применён.</translation>
    </message>
    <message>
        <source>New records: %1</source>
        <translation>Новых записей: %1</translation>
    </message>
    <message>
        <source>Updated records: %1</source>
        <translation>Обновлённых записей: %1</translation>
    </message>
    <message>
        <source>Already up to date: %1</source>
        <translation>Уже актуальных: %1</translation>
    </message>
    <message>
        <source>Conflicts to review (Sync page, Conflicts): %1</source>
        <translation>Конфликтов для проверки (страница «Синхронизация», «Конфликты»): %1</translation>
    </message>
    <message>
        <source>Changes refused and kept for review: %1</source>
        <translation>Отклонённых изменений, сохранённых для проверки: %1</translation>
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
    <name>IndicatorsSection</name>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходный уровень</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Последнее значение</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Дата исходного уровня</translation>
    </message>
    <message>
        <source>Empty: the project's start.</source>
        <translation>Пусто: начало проекта.</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Целевая дата</translation>
    </message>
    <message>
        <source>Empty: the project's end.</source>
        <translation>Пусто: окончание проекта.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>показатель</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>This office</source>
        <translation>Этот офис</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Офис:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <source>&amp;Save my identity card…</source>
        <translation>Сохранить моё &amp;удостоверение…</translation>
    </message>
    <message>
        <source>Trusted offices</source>
        <translation>Доверенные офисы</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>Доверие с</translation>
    </message>
    <message>
        <source>&amp;Trust an identity card…</source>
        <translation>&amp;Доверять удостоверению…</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>штаб-квартира</translation>
    </message>
    <message>
        <source>field office</source>
        <translation>полевой офис</translation>
    </message>
    <message>
        <source>Save identity card</source>
        <translation>Сохранить удостоверение</translation>
    </message>
    <message>
        <source>Identity cards (*.fdcard);;All files (*)</source>
        <translation>Удостоверения (*.fdcard);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Identity card saved</source>
        <translation>Удостоверение сохранено</translation>
    </message>
    <message>
        <source>The card of %1 was saved to %2. Give it to the other office; when they trust it, read them this fingerprint by phone: %3</source>
        <translation>Удостоверение %1 сохранено в %2. Передайте его другому офису; когда они будут его принимать, прочитайте им по телефону этот отпечаток: %3</translation>
    </message>
    <message>
        <source>Trust an identity card</source>
        <translation>Доверять удостоверению</translation>
    </message>
    <message>
        <source>Identity cards (*.fdcard *.card *.json);;All files (*)</source>
        <translation>Удостоверения (*.fdcard *.card *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Trust this office?</source>
        <translation>Доверять этому офису?</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)

Fingerprint: %4

Call the office and have them read their fingerprint to you. Trust the card only if every character matches.</source>
        <translation>%1 – %2 (%3)

Отпечаток: %4

Позвоните в офис и попросите прочитать вам их отпечаток. Доверяйте удостоверению, только если совпадает каждый символ.</translation>
    </message>
    <message>
        <source>Already trusted</source>
        <translation>Уже доверенный</translation>
    </message>
    <message>
        <source>%1 was already trusted with these keys.</source>
        <translation>%1 уже был доверенным с этими ключами.</translation>
    </message>
    <message>
        <source>Earlier keys:</source>
        <translation>Прежние ключи:</translation>
    </message>
    <message>
        <source>Earlier keys</source>
        <translation>Прежние ключи</translation>
    </message>
    <message>
        <source>none (these are the first keys)</source>
        <translation>нет (это первые ключи)</translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation>заменены %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>отозваны %1</translation>
    </message>
    <message>
        <source>This headquarters profile's private keys lie unencrypted in its folder: whoever copies them can read every office's bundles and sign as headquarters. Encrypt them with 'fielddesk encrypt' (the window then asks for the passphrase when it starts).</source>
        <translation>Закрытые ключи этого профиля штаб-квартиры хранятся в его папке незашифрованными: тот, кто их скопирует, сможет читать пакеты всех отделений и подписывать от имени штаб-квартиры. Зашифруйте их командой «fielddesk encrypt» (после этого окно будет запрашивать парольную фразу при запуске).</translation>
    </message>
    <message>
        <source>Bundles signed by:</source>
        <translation>Пакеты подписывает:</translation>
    </message>
    <message>
        <source>%1's own key, certified by headquarters' key</source>
        <translation>собственный ключ пользователя %1, заверенный ключом штаб-квартиры</translation>
    </message>
    <message>
        <source>headquarters' key (no key of your own: 'fielddesk keys user add NAME')</source>
        <translation>ключ штаб-квартиры (своего ключа нет: «fielddesk keys user add ИМЯ»)</translation>
    </message>
    <message>
        <source>nobody: no key of your own here, and headquarters' root key is kept offline (ask its holder: 'fielddesk keys user add NAME --root FILE')</source>
        <translation>никто: здесь нет вашего собственного ключа, а корневой ключ штаб-квартиры хранится вне сети (обратитесь к его хранителю: 'fielddesk keys user add ИМЯ --root ФАЙЛ')</translation>
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
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>Back up the profile, copy a backup to a folder, or restore one</source>
        <translation>Сделать резервную копию профиля, скопировать её в папку или восстановить из копии</translation>
    </message>
<message>
        <source>A&amp;ccess record…</source>
        <translation>Журнал д&amp;оступа…</translation>
    </message>
    <message>
        <source>Who printed or exported whose data here, for an audit</source>
        <translation>Кто распечатал или выгрузил чьи данные здесь — для проверки</translation>
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
    <name>NewPassphraseDialog</name>
    <message>
        <source>Working… this can take a moment; please wait.</source>
        <translation>Выполняется… это может занять некоторое время; подождите.</translation>
    </message>
    <message>
        <source>Several wrong tries: the next one is possible in %1 s.</source>
        <translation>Несколько неверных попыток: следующая будет возможна через %1 с.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Текущая парольная фраза неверна. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Новая парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>At least 8 characters. A few unrelated words are easier to remember and harder to guess than a short password with symbols. Without the passphrase, only the recovery key opens the profile.</source>
        <translation>Не менее 8 символов. Несколько не связанных между собой слов легче запомнить и труднее угадать, чем короткий пароль с символами. Без парольной фразы профиль открывает только ключ восстановления.</translation>
    </message>
    <message>
        <source>Too short: at least 8 characters (%1 so far).</source>
        <translation>Слишком коротко: не менее 8 символов (пока %1).</translation>
    </message>
    <message>
        <source>The passphrase starts or ends with a space; remove it, it is easily forgotten.</source>
        <translation>Парольная фраза начинается или заканчивается пробелом; уберите его — его легко забыть.</translation>
    </message>
    <message>
        <source>Type the same passphrase again below.</source>
        <translation>Введите ту же парольную фразу ниже ещё раз.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Две парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Type the current passphrase too.</source>
        <translation>Введите также текущую парольную фразу.</translation>
    </message>
    <message>
        <source>The passphrases match. Accepted, but a longer one (12 characters or more) is harder to guess.</source>
        <translation>Парольные фразы совпадают. Принято, но более длинную (12 символов и больше) труднее угадать.</translation>
    </message>
    <message>
        <source>The passphrases match, and the length is good.</source>
        <translation>Парольные фразы совпадают, длина хорошая.</translation>
    </message>
    <message>
        <source>Too easy to guess: common words, names, dates, keyboard patterns and repeats are tried first. Use three or four unrelated words, or a sentence of your own.</source>
        <translation>Слишком легко угадать: обычные слова, имена, даты, последовательности клавиш и повторы перебирают в первую очередь. Возьмите три-четыре не связанных между собой слова или собственную фразу.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Your office</source>
        <translation>Ваше отделение</translation>
    </message>
    <message>
        <source>Every record you make carries this office's code, so headquarters knows where it comes from.</source>
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
    <name>OfficesTab</name>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Последний полученный пакет</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Получено пакетов</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>Недостающие пакеты</translation>
    </message>
    <message>
        <source>Not yet confirmed by the office</source>
        <translation>Ещё не подтверждено офисом</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Офисы</translation>
    </message>
    <message>
        <source>Each office's data can be viewed on the list pages with the Office filter.</source>
        <translation>Данные каждого офиса можно просмотреть на страницах списков с фильтром «Офис».</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>silent for more than 30 days</source>
        <translation>молчит более 30 дней</translation>
    </message>
    <message>
        <source>in touch</source>
        <translation>на связи</translation>
    </message>
<message>
        <source>Erasures not yet confirmed</source>
        <translation>Неподтверждённые удаления</translation>
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
    <message>
        <source>Requests</source>
        <translation>Просьбы</translation>
    </message>
<message>
        <source>Due</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
<message>
        <source>Coordination</source>
        <translation>Координация</translation>
    </message>
<message>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
<message>
        <source>Board</source>
        <translation>Совет</translation>
    </message>
<message>
        <source>Grants</source>
        <translation>Гранты</translation>
    </message>
<message>
        <source>Fellowships</source>
        <translation>Стипендии</translation>
    </message>
<message>
        <source>Reviews</source>
        <translation>Обзоры</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Учреждения</translation>
    </message>
<message>
        <source>Plans</source>
        <translation>Планы</translation>
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
        <source>E-mail and phone may be kept only with the participant's consent.</source>
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
<message>
        <source>Merg&amp;e…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>Merge this record with another record of the same person</source>
        <translation>Объединить эту запись с другой записью того же человека</translation>
    </message>
<message>
        <source>Erase personal data…</source>
        <translation>Удалить персональные данные…</translation>
    </message>
    <message>
        <source>The person asked to be forgotten: replace their name and contacts with a pseudonym here and at every site</source>
        <translation>Человек попросил забыть его: заменить имя и контакты псевдонимом здесь и на всех площадках</translation>
    </message>
    <message>
        <source>Name shared</source>
        <translation>Передача имени</translation>
    </message>
    <message>
        <source>Agrees that the name is shared with headquarters</source>
        <translation>Согласен на передачу имени в штаб-квартиру</translation>
    </message>
    <message>
        <source>Without this, the name leaves the office only as a pseudonym (bundles to headquarters, exported spreadsheets).</source>
        <translation>Без этого согласия имя покидает отделение только в виде псевдонима (пакеты для штаб-квартиры, экспортированные таблицы).</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Дата согласия</translation>
    </message>
<message>
        <source>Fellowships</source>
        <translation>Стипендии</translation>
    </message>
    <message>
        <source>Headquarters holds this participant under their office&apos;s pseudonym and cannot tell who they are: their office, which holds the name, erases them.</source>
        <translation>Штаб-квартира хранит этого участника под псевдонимом его отделения и не может знать, кто это: стирает его отделение, у которого есть имя.</translation>
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
<message>
        <source>Delete the participant “%1”? Their enrollments in activities and their fellowships are deleted with them.</source>
        <translation>Удалить участника «%1»? Его записи на мероприятия и стипендии тоже будут удалены.</translation>
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
        <translation>Пр&amp;осмотреть…</translation>
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
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>The profile is encrypted with this passphrase: without it, nobody can read the data, even with this computer in hand.</source>
        <translation>Профиль шифруется этой парольной фразой: без неё никто не сможет прочитать данные, даже имея этот компьютер в руках.</translation>
    </message>
    <message>
        <source>&amp;Do not encrypt (training or demo use only)</source>
        <translation>&amp;Не шифровать (только для обучения или демонстрации)</translation>
    </message>
    <message>
        <source>Without encryption, anyone who has this computer, or its disk, can read every name and finding in the profile. Use this only for training or demonstrations; the profile can be encrypted later from Preferences.</source>
        <translation>Без шифрования любой, у кого окажется этот компьютер или его диск, сможет прочитать все имена и выводы в профиле. Используйте это только для обучения или демонстраций; профиль можно зашифровать позже в настройках.</translation>
    </message>
    <message>
        <source>&amp;Create the profile</source>
        <translation>&amp;Создать профиль</translation>
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
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Размер т&amp;екста:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
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
        <source>Headquarters has recorded no facts about this country.</source>
        <translation>Штаб-квартира не внесла сведений об этой стране.</translation>
    </message>
    <message>
        <source>On the UN list of least developed countries.</source>
        <translation>Входит в перечень наименее развитых стран ООН.</translation>
    </message>
    <message>
        <source>Not on the UN list of least developed countries.</source>
        <translation>Не входит в перечень наименее развитых стран ООН.</translation>
    </message>
    <message>
        <source>Recorded by headquarters as in transition to democracy.</source>
        <translation>По данным штаб-квартиры, страна находится в переходе к демократии.</translation>
    </message>
    <message>
        <source>Not recorded by headquarters as in transition to democracy.</source>
        <translation>По данным штаб-квартиры, страна не находится в переходе к демократии.</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(на %1)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Met %1 (%2), %3</source>
        <translation>Встреча: %1 (%2), %3</translation>
    </message>
    <message>
        <source>Assessed by staff (the evidence suggests %1)</source>
        <translation>Оценено сотрудниками (по данным: %1)</translation>
    </message>
    <message>
        <source>Assessed by staff</source>
        <translation>Оценено сотрудниками</translation>
    </message>
    <message>
        <source>From the evidence</source>
        <translation>По имеющимся данным</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Ещё не оценено</translation>
    </message>
    <message>
        <source>Same total as “%1”, which scores higher on “%2” (%3 against %4).</source>
        <translation>Та же сумма, что у «%1», у которой выше балл по критерию «%2» (%3 против %4).</translation>
    </message>
    <message>
        <source>Same total and scores as “%1”, which was received earlier (%2 against %3).</source>
        <translation>Та же сумма и те же баллы, что у «%1», поступившей раньше (%2 против %3).</translation>
    </message>
    <message>
        <source>Same total, scores and date received as “%1”, which was recorded first.</source>
        <translation>Та же сумма, те же баллы и та же дата поступления, что у «%1», записанной раньше.</translation>
    </message>
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
    <message>
        <source>%1 (%2, coordination register)</source>
        <translation>%1 (%2, реестр координации)</translation>
    </message>
<message>
        <source>Special procedure: %1</source>
        <translation>Специальная процедура: %1</translation>
    </message>
    <message>
        <source>Universal periodic review, cycle %1</source>
        <translation>Универсальный периодический обзор, цикл %1</translation>
    </message>
    <message>
        <source>para. %1</source>
        <translation>п. %1</translation>
    </message>
</context>
<context>
    <name>PriorityTab</name>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Priority criteria</source>
        <translation>Критерии приоритетности</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>&amp;Оценить…</translation>
    </message>
    <message>
        <source>Each criterion is scored from 0 to 3: from the recorded evidence, unless staff assess it. The total is the weighted score out of 100.</source>
        <translation>Каждый критерий оценивается от 0 до 3: по записанным данным, если сотрудники не оценили его сами. Итог — взвешенный балл из 100.</translation>
    </message>
    <message>
        <source>Total %1 out of 100: ranked %2 of %3 open requests.</source>
        <translation>Итог %1 из 100: место %2 из %3 открытых просьб.</translation>
    </message>
    <message>
        <source>Total %1 out of 100. The request is closed and no longer ranked.</source>
        <translation>Итог %1 из 100. Просьба закрыта и больше не ранжируется.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(и ещё %n)</numerusform>
            <numerusform>(и ещё %n)</numerusform>
            <numerusform>(и ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
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
    <message>
        <source>National partner</source>
        <translation>Национальный партнёр</translation>
    </message>
    <message>
        <source>The national institution that carries the work on when the project ends.</source>
        <translation>Национальное учреждение, которое продолжит работу после окончания проекта.</translation>
    </message>
    <message>
        <source>Exit plan</source>
        <translation>План завершения участия</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Дата завершения участия</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Риски</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
<message>
        <source>After the exit</source>
        <translation>После завершения</translation>
    </message>
<message>
        <source>Board</source>
        <translation>Совет</translation>
    </message>
<message>
        <source>Grants</source>
        <translation>Гранты</translation>
    </message>
<message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>Open requests, highest priority first. Equal totals are parted by the scores on the heaviest criteria, then by the earlier date received.</source>
        <translation>Открытые просьбы, начиная с самой приоритетной. При равных итогах решают баллы по самым весомым критериям, затем более ранняя дата поступления.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Просьба</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Tie parted by</source>
        <translation>Равенство разрешено</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>Ранжирование…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open request(s)</source>
        <translation>
            <numerusform>%Ln открытая просьба</numerusform>
            <numerusform>%Ln открытые просьбы</numerusform>
            <numerusform>%Ln открытых просьб</numerusform>
        </translation>
    </message>
<message>
        <source>Others working on this</source>
        <translation>Кто ещё работает в этой области</translation>
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
<message>
        <source>Treaty body</source>
        <translation>Договорный орган</translation>
    </message>
    <message>
        <source>When the source is a treaty body.</source>
        <translation>Если источник — договорный орган.</translation>
    </message>
    <message>
        <source>Special procedure mandate</source>
        <translation>Мандат специальной процедуры</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>Цикл УПО</translation>
    </message>
    <message>
        <source>Recommending state</source>
        <translation>Рекомендующее государство</translation>
    </message>
    <message>
        <source>The state that made it in the periodic review.</source>
        <translation>Государство, сделавшее её в ходе периодического обзора.</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Условное обозначение документа</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>State's response</source>
        <translation>Ответ государства</translation>
    </message>
    <message>
        <source>Response comment</source>
        <translation>Комментарий к ответу</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>Затрагиваемые лица</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Задачи ЦУР</translation>
    </message>
    <message>
        <source>Projects that answer it</source>
        <translation>Проекты, отвечающие на неё</translation>
    </message>
<message>
        <source>What was done</source>
        <translation>Что сделано</translation>
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
<message>
        <source>Symbol</source>
        <translation>Условное обозначение</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ответ</translation>
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
        <translation>Со&amp;хранить</translation>
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
<message>
        <source>After the exit</source>
        <translation>После завершения</translation>
    </message>
<message>
        <source>Board member</source>
        <translation>Член Совета</translation>
    </message>
    <message>
        <source>Adopted by the Board</source>
        <translation>Принята Советом</translation>
    </message>
    <message>
        <source>Board decision</source>
        <translation>Решение Совета</translation>
    </message>
<message>
        <source>Grant</source>
        <translation>Грант</translation>
    </message>
    <message>
        <source>Grant tranche</source>
        <translation>Транш гранта</translation>
    </message>
    <message>
        <source>Grant report</source>
        <translation>Отчёт по гранту</translation>
    </message>
    <message>
        <source>Choose a record in the list.</source>
        <translation>Выберите запись в списке.</translation>
    </message>
    <message>
        <source>Accreditation review</source>
        <translation>Рассмотрение аккредитации</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Региональное отделение</translation>
    </message>
<message>
        <source>Kept by headquarters; it arrives with headquarters' bundles.</source>
        <translation>Ведётся штаб-квартирой; поступает с пакетами из штаб-квартиры.</translation>
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
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Сохранить в &amp;Word…</translation>
    </message>
    <message>
        <source>Save an editable copy (.docx) with the same text and letterhead</source>
        <translation>Сохранить редактируемую копию (.docx) с тем же текстом и бланком</translation>
    </message>
    <message>
        <source>Save an editable copy</source>
        <translation>Сохранить редактируемую копию</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Saving an editable copy</source>
        <translation>Сохранение редактируемой копии</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>Blank rows</source>
        <translation>Пустые строки</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>&amp;Пустые строки для незаписанных:</translation>
    </message>
    <message>
        <source>A column for &amp;every day, weekends too</source>
        <translation>Столбец на &amp;каждый день, включая выходные</translation>
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
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>The recovery key is shown only now. Without it, a forgotten passphrase means the data cannot be opened. Close without keeping it?</source>
        <translation>Ключ восстановления показывается только сейчас. Без него забытая парольная фраза означает, что данные больше не открыть. Закрыть, не сохранив его?</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>If the passphrase is forgotten, this recovery key is the only way to open the profile. It is shown only now. Write it down or print it, and keep it locked away, apart from this computer: anyone who has both can read the profile.</source>
        <translation>Если парольная фраза забыта, этот ключ восстановления — единственный способ открыть профиль. Он показывается только сейчас. Запишите или распечатайте его и храните под замком отдельно от этого компьютера: любой, у кого есть и то и другое, может прочитать профиль.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>&amp;Save printable sheet (PDF)…</source>
        <translation>&amp;Сохранить лист для печати (PDF)…</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>Я &amp;записал(а) или распечатал(а) ключ восстановления</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Сохранить лист восстановления</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet was saved as %1. Print it, then delete the file: a copy left on this computer defeats its purpose.</source>
        <translation>Лист сохранён как %1. Распечатайте его, затем удалите файл: копия, оставленная на этом компьютере, сводит его смысл на нет.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>The profile is made and encrypted. Keep its recovery key before you go on.</source>
        <translation>Профиль создан и зашифрован. Сохраните его ключ восстановления, прежде чем продолжить.</translation>
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
        <translation>Пе&amp;чать…</translation>
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
        <source>Requests ranked by priority</source>
        <translation>Просьбы в порядке приоритетности</translation>
    </message>
    <message>
        <source>Assessment of a request</source>
        <translation>Оценка просьбы</translation>
    </message>
    <message>
        <source>Project progress report</source>
        <translation>Отчёт о ходе проекта</translation>
    </message>
    <message>
        <source>Portfolio overview</source>
        <translation>Обзор портфеля</translation>
    </message>
    <message>
        <source>Open requests for assistance ranked by the priority criteria, each score explained.</source>
        <translation>Открытые просьбы о помощи в порядке приоритетности по критериям, с пояснением каждой оценки.</translation>
    </message>
    <message>
        <source>One request for assistance: the criteria, the evidence behind each score, and its history.</source>
        <translation>Одна просьба о помощи: критерии, основания каждой оценки и её история.</translation>
    </message>
    <message>
        <source>Results, indicators against their targets, budget execution, risks and the exit plan.</source>
        <translation>Результаты, показатели в сравнении с целевыми значениями, исполнение бюджета, риски и план выхода.</translation>
    </message>
    <message>
        <source>Requests, projects, indicators, budget execution and exit plans of an office.</source>
        <translation>Просьбы, проекты, показатели, исполнение бюджета и планы выхода отделения.</translation>
    </message>
    <message>
        <source>The office's paper</source>
        <translation>Бумага отделения</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (США)</translation>
    </message>
<message>
        <source>Everything held about this person</source>
        <translation>Все данные об этом человеке</translation>
    </message>
    <message>
        <source>Every field, activity, attendance, score and change recorded about one participant.</source>
        <translation>Все поля, мероприятия, посещаемость, баллы и изменения, записанные об одном участнике.</translation>
    </message>
<message>
        <source>Implementation matrix</source>
        <translation>Матрица выполнения</translation>
    </message>
    <message>
        <source>Recommendations to one country by thematic area and mechanism, with the state's response, their follow-up and the projects that answer them.</source>
        <translation>Рекомендации одной стране по тематическим областям и механизмам, с ответом государства, последующими мерами и проектами, которые на них отвечают.</translation>
    </message>
<message>
        <source>The Voluntary Fund</source>
        <translation>Фонд добровольных взносов</translation>
    </message>
    <message>
        <source>The Fund's position, contributions by donor, allocations by project and the regular budget against the Fund.</source>
        <translation>Положение Фонда, взносы по донорам, выделения по проектам и регулярный бюджет в сравнении с Фондом.</translation>
    </message>
<message>
        <source>Board pack</source>
        <translation>Материалы для Совета</translation>
    </message>
    <message>
        <source>For a session of the Board of Trustees: the Fund's position, the portfolio, the follow-up of the Board's earlier recommendations and the requests ranked, with a cover page and contents.</source>
        <translation>К сессии Совета попечителей: положение Фонда, портфель проектов, выполнение прежних рекомендаций Совета и ранжированные запросы, с титульной страницей и оглавлением.</translation>
    </message>
<message>
        <source>Grants</source>
        <translation>Гранты</translation>
    </message>
    <message>
        <source>Grants of an office with their grantees, amounts paid, status and overdue tranches and reports.</source>
        <translation>Гранты отделения: получатели, выплаченные суммы, статус, просроченные транши и отчёты.</translation>
    </message>
<message>
        <source>Fellowships</source>
        <translation>Стипендии</translation>
    </message>
    <message>
        <source>Fellows by cohort with their host, placement weeks, objectives met and final report, and what each did afterwards.</source>
        <translation>Стипендиаты по наборам: принимающая сторона, недели стажировки, достигнутые цели, итоговый отчёт и чем каждый занялся после.</translation>
    </message>
    <message>
        <source>Fellowship certificate</source>
        <translation>Сертификат стипендиата</translation>
    </message>
    <message>
        <source>The certificate of a completed fellowship, numbered like the certificates of participation.</source>
        <translation>Сертификат завершённой стипендии с номером, как у сертификатов об участии.</translation>
    </message>
<message>
        <source>Review dossier</source>
        <translation>Досье обзора</translation>
    </message>
    <message>
        <source>One country and one thematic area from the records: requests and decisions, missions, trainings with people reached, learning gain and cost, projects with indicators and budget, evaluations, lessons, checks after the exit and the follow-up of recommendations.</source>
        <translation>Одна страна и одна тематическая область по записям: просьбы и решения, миссии, обучение с охватом людей, приростом знаний и стоимостью, проекты с показателями и бюджетом, оценки, уроки, проверки после завершения и выполнение рекомендаций.</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>Национальное правозащитное учреждение</translation>
    </message>
    <message>
        <source>One institution: its profile, GANHRI accreditation history, Paris Principles concerns, regional offices and the projects, missions, trainings and recommendations concerning it, by year.</source>
        <translation>Одно учреждение: профиль, история аккредитации в ГАНПЧУ, замечания в отношении Парижских принципов, региональные отделения и касающиеся его проекты, миссии, обучение и рекомендации по годам.</translation>
    </message>
<message>
        <source>National action plan</source>
        <translation>Национальный план действий</translation>
    </message>
    <message>
        <source>One national action plan: its actions by status, the overdue ones, and the recommendations to its country that no action answers.</source>
        <translation>Один национальный план действий: его меры по состоянию, просроченные меры и рекомендации стране, на которые не отвечает ни одна мера.</translation>
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
        <translation>Соз&amp;дать</translation>
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
    <message>
        <source>Request for assistance</source>
        <translation>Просьба о помощи</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Blank rows</source>
        <translation>Пустые строки</translation>
    </message>
    <message>
        <source>Rows at the end for participants not on the list.</source>
        <translation>Строки в конце для участников, которых нет в списке.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>A column for every day, weekends too</source>
        <translation>Столбец на каждый день, включая выходные</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Choose a request for assistance first: type part of its title and pick it from the list.</source>
        <translation>Сначала выберите просьбу о помощи: введите часть её названия и выберите её из списка.</translation>
    </message>
    <message>
        <source>Choose a project first: type part of its title or code and pick it from the list.</source>
        <translation>Сначала выберите проект: введите часть его названия или кода и выберите его из списка.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
<message>
        <source>Thematic area</source>
        <translation>Тематическая область</translation>
    </message>
    <message>
        <source>All thematic areas</source>
        <translation>Все тематические области</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>Задача ЦУР</translation>
    </message>
    <message>
        <source>A target of the Sustainable Development Goals, such as 16.3; empty for all.</source>
        <translation>Задача целей устойчивого развития, например 16.3; пусто — все задачи.</translation>
    </message>
<message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>One year, such as 2026; empty for every year.</source>
        <translation>Один год, например 2026; пусто — все годы.</translation>
    </message>
    <message>
        <source>Write a year, such as 2026, or leave it empty for every year.</source>
        <translation>Укажите год, например 2026, или оставьте пустым для всех лет.</translation>
    </message>
<message>
        <source>Board session</source>
        <translation>Сессия Совета</translation>
    </message>
    <message>
        <source>Choose a Board session first: type part of its title or place and pick it from the list.</source>
        <translation>Сначала выберите сессию Совета: введите часть её названия или места и выберите её в списке.</translation>
    </message>
<message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Only what has something overdue</source>
        <translation>Только с просрочкой</translation>
    </message>
<message>
        <source>Fellowship</source>
        <translation>Стипендия</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Набор</translation>
    </message>
    <message>
        <source>Type part of the cohort's name and pick the fellow from the list.</source>
        <translation>Введите часть названия набора и выберите стипендиата из списка.</translation>
    </message>
    <message>
        <source>One cohort of fellows, by its name; empty for all.</source>
        <translation>Один набор стипендиатов, по названию; пусто — все.</translation>
    </message>
    <message>
        <source>Choose a fellowship first: type part of its cohort and pick the fellow from the list.</source>
        <translation>Сначала выберите стипендию: введите часть названия набора и выберите стипендиата из списка.</translation>
    </message>
<message>
        <source>Choose a country and a thematic area: a review dossier is about one of each.</source>
        <translation>Выберите страну и тематическую область: досье обзора составляется по одной стране и одной области.</translation>
    </message>
    <message>
        <source>National institution</source>
        <translation>Национальное учреждение</translation>
    </message>
    <message>
        <source>Type part of its name or acronym and pick it from the list.</source>
        <translation>Введите часть названия или сокращения и выберите учреждение из списка.</translation>
    </message>
    <message>
        <source>Choose a national institution first: type part of its name or acronym and pick it from the list.</source>
        <translation>Сначала выберите национальное учреждение: введите часть названия или сокращения и выберите его из списка.</translation>
    </message>
<message>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <translation>Запрашивающий орган</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>The number of the letter or note verbale.</source>
        <translation>Номер письма или вербальной ноты.</translation>
    </message>
    <message>
        <source>Areas requested</source>
        <translation>Запрошенные области</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Once saved, the status changes with “Change status”, which records the date and who made the change.</source>
        <translation>После сохранения статус меняется кнопкой «Изменить статус», которая записывает дату и автора изменения.</translation>
    </message>
    <message>
        <source>Needs assessment mission</source>
        <translation>Миссия по оценке потребностей</translation>
    </message>
    <message>
        <source>Resulting projects</source>
        <translation>Проекты по итогам</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>Основания решения</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритетность</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <source>New request for assistance</source>
        <translation>Новая просьба о помощи</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Просьбы</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Кем запрошена</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Areas requested</source>
        <translation>Запрошенные области</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Area requested</source>
        <translation>Запрошенная область</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln просьба</numerusform>
            <numerusform>%Ln просьбы</numerusform>
            <numerusform>%Ln просьб</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the request “%1” with its scores and status history?</source>
        <translation>Удалить просьбу «%1» вместе с баллами и историей статусов?</translation>
    </message>
</context>
<context>
    <name>ResultsSection</name>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <source>Activities serving it</source>
        <translation>Мероприятия для него</translation>
    </message>
    <message>
        <source>Trainings and advisory services of this project.</source>
        <translation>Учебные мероприятия и консультативные услуги этого проекта.</translation>
    </message>
    <message>
        <source>Missions serving it</source>
        <translation>Миссии для него</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>result</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>The objective and the expected results; choose one to see its indicators.</source>
        <translation>Цель и ожидаемые результаты; выберите один, чтобы увидеть его показатели.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Indicators of: %1</source>
        <translation>Показатели: %1</translation>
    </message>
    <message>
        <source>Indicators: choose a result above.</source>
        <translation>Показатели: выберите результат выше.</translation>
    </message>
    <message>
        <source>Values of: %1</source>
        <translation>Значения: %1</translation>
    </message>
    <message>
        <source>Values: choose an indicator above.</source>
        <translation>Значения: выберите показатель выше.</translation>
    </message>
</context>
<context>
    <name>RisksSection</name>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Последствия</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Меры по снижению</translation>
    </message>
    <message>
        <source>No longer a risk</source>
        <translation>Риск снят</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Снят</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>риск</translation>
    </message>
</context>
<context>
    <name>SafetyFlows</name>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>You opened the profile with the recovery key. Choose a new passphrase now; the recovery key keeps working.</source>
        <translation>Вы открыли профиль ключом восстановления. Выберите сейчас новую парольную фразу; ключ восстановления продолжит действовать.</translation>
    </message>
    <message>
        <source>&amp;Set the passphrase</source>
        <translation>&amp;Задать парольную фразу</translation>
    </message>
    <message>
        <source>The new passphrase is set. The recovery key still works.</source>
        <translation>Новая парольная фраза задана. Ключ восстановления по-прежнему действует.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>The data stays as it is; only the passphrase that opens it changes. Backups open with the new passphrase too. The recovery key is unchanged.</source>
        <translation>Данные остаются прежними; меняется только парольная фраза, которая их открывает. Резервные копии тоже открываются новой парольной фразой. Ключ восстановления не меняется.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Сменить</translation>
    </message>
    <message>
        <source>The passphrase was changed. The recovery key is unchanged.</source>
        <translation>Парольная фраза изменена. Ключ восстановления не изменился.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Новый ключ восстановления</translation>
    </message>
    <message>
        <source>A new recovery key replaces the current one, which stops opening this profile (copies of backups made earlier keep the key file they were made with). Type the passphrase to go on.</source>
        <translation>Новый ключ восстановления заменит текущий, который перестанет открывать этот профиль (копии резервных копий, сделанные ранее, сохраняют файл ключей, с которым они были сделаны). Введите парольную фразу, чтобы продолжить.</translation>
    </message>
    <message>
        <source>&amp;Make a new key</source>
        <translation>&amp;Создать новый ключ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The new recovery key. The old one no longer opens the profile.</source>
        <translation>Новый ключ восстановления. Старый больше не открывает профиль.</translation>
    </message>
    <message>
        <source>Encrypt this profile</source>
        <translation>Зашифровать этот профиль</translation>
    </message>
    <message>
        <source>Once encrypted, the profile's database, backups, attachments and keys cannot be read without the passphrase or the recovery key. A backup is made first. It takes a moment (longer for a big profile).</source>
        <translation>После шифрования базу данных, резервные копии, вложения и ключи профиля нельзя прочитать без парольной фразы или ключа восстановления. Сначала делается резервная копия. Это занимает некоторое время (больше для большого профиля).</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Зашифровать</translation>
    </message>
    <message>
        <source>The profile is now encrypted. A backup was made first, and is encrypted too.</source>
        <translation>Профиль теперь зашифрован. Сначала была сделана резервная копия — она тоже зашифрована.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Data safety</source>
        <translation>Безопасность данных</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Lock the window after minutes without use</source>
        <translation>Блокировать окно через столько минут бездействия</translation>
    </message>
    <message>
        <source>Loc&amp;k the window after:</source>
        <translation>&amp;Блокировать окно через:</translation>
    </message>
    <message>
        <source>&amp;Encrypt this profile…</source>
        <translation>&amp;Зашифровать этот профиль…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>С&amp;менить парольную фразу…</translation>
    </message>
    <message>
        <source>New reco&amp;very key…</source>
        <translation>Новый &amp;ключ восстановления…</translation>
    </message>
    <message>
        <source>This profile is encrypted: its database, backups, attachments and keys cannot be read without the passphrase or the recovery key.</source>
        <translation>Этот профиль зашифрован: его базу данных, резервные копии, вложения и ключи нельзя прочитать без парольной фразы или ключа восстановления.</translation>
    </message>
    <message>
        <source>Locking hides every window until the passphrase is typed again; nothing is closed or lost.</source>
        <translation>Блокировка скрывает все окна, пока парольная фраза не будет введена снова; ничего не закрывается и не теряется.</translation>
    </message>
    <message>
        <source>This profile is not encrypted: anyone who has this computer, or its disk, can read it. Encrypt it for real work.</source>
        <translation>Этот профиль не зашифрован: любой, у кого окажется этот компьютер или его диск, может его прочитать. Зашифруйте его для настоящей работы.</translation>
    </message>
    <message>
        <source>Only an encrypted profile locks (a plain one has no passphrase to ask for).</source>
        <translation>Блокируется только зашифрованный профиль (у незашифрованного нет парольной фразы, которую можно спросить).</translation>
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
        <source>Scores are percentages (0 to 100); the evaluation is the participant's rating of the activity, from 1 (poor) to 5 (excellent). Type a number or press F2 to change a cell.</source>
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
<message>
        <source>Scores are percentages (0 to 100); the evaluation is the participant's rating of the activity, from 1 (poor) to 5 (excellent). Type a number in a cell; Enter or Tab moves on, Esc cancels, Ctrl+V pastes a column copied from a spreadsheet.</source>
        <translation>Баллы — проценты (от 0 до 100); оценка — мнение участника о мероприятии, от 1 (плохо) до 5 (отлично). Введите число в ячейку; Enter или Tab — к следующей, Esc — отмена, Ctrl+V вставляет столбец, скопированный из электронной таблицы.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show what is typed in: %1</source>
        <translation>Показать введённое в поле: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sync: this profile starts a new sync incarnation, so its next bundle is not mistaken for one sent before.</source>
        <translation>Синхронизация: этот профиль начинает новое воплощение синхронизации, чтобы его следующий пакет не был принят за отправленный ранее.</translation>
    </message>
    <message>
        <source>Changes made here after this backup that headquarters had already received: %1. They come back with the next bundle from headquarters.</source>
        <translation>Изменения, сделанные здесь после этой резервной копии и уже полученные штаб-квартирой: %1. Они вернутся со следующим пакетом из штаб-квартиры.</translation>
    </message>
    <message>
        <source>Changes made here after this backup that headquarters had not acknowledged: %1. They are kept in the backup made before the restore, and come back if a bundle that carries them still reaches headquarters.</source>
        <translation>Изменения, сделанные здесь после этой резервной копии и не подтверждённые штаб-квартирой: %1. Они сохранены в резервной копии, сделанной перед восстановлением, и вернутся, если пакет с ними всё же дойдёт до штаб-квартиры.</translation>
    </message>
    <message>
        <source>Changes in this backup not yet acknowledged, sent with the next bundle: %1.</source>
        <translation>Изменения в этой резервной копии, ещё не подтверждённые и отправляемые со следующим пакетом: %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Show FieldDesk in the new language now? The window is opened again; nothing is lost.</source>
        <translation>Показать FieldDesk на новом языке сейчас? Окно откроется заново; ничего не потеряется.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>The backup was restored. The data as it was just before is kept as the backup of %1.</source>
        <translation>Резервная копия восстановлена. Данные в том виде, какими они были непосредственно перед этим, сохранены в резервной копии от %1.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Encrypting the profile, interrupted earlier, is now finished. This is its recovery key.</source>
        <translation>Шифрование профиля, прерванное ранее, завершено. Вот его ключ восстановления.</translation>
    </message>
    <message>
        <source>The daily backup could not be made</source>
        <translation>Не удалось сделать ежедневную резервную копию</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>The daily retention sweep could not be made</source>
        <translation>Не удалось выполнить ежедневную очистку данных</translation>
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
    <name>StatusHistory</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Из</translation>
    </message>
    <message>
        <source>To</source>
        <translation>В</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>изменение статуса</translation>
    </message>
    <message>
        <source>Every change of status, with its date and who made it. Use “Change status” on the Details tab to make one.</source>
        <translation>Каждое изменение статуса с датой и автором. Чтобы изменить статус, используйте «Изменить статус» на вкладке «Сведения».</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Изменить с&amp;татус…</translation>
    </message>
    <message>
        <source>Status: %1, since %2 (%3).</source>
        <translation>Статус: %1, с %2 (%3).</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Статус: %1.</translation>
    </message>
    <message>
        <source>This status is final.</source>
        <translation>Это окончательный статус.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Send and receive</source>
        <translation>Отправка и получение</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Офисы</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>Bundles carry changes between this office and %1 on a USB stick or by e-mail. They are signed and encrypted; a bundle is checked completely before anything is applied.</source>
        <translation>Пакеты переносят изменения между этим офисом и %1 на USB-накопителе или по электронной почте. Они подписаны и зашифрованы; пакет полностью проверяется, прежде чем что-либо применяется.</translation>
    </message>
    <message>
        <source>the field offices</source>
        <translation>полевыми офисами</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>штаб-квартирой</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Offices silent for more than 30 days: %1</source>
        <translation>Офисы, молчащие более 30 дней: %1</translation>
    </message>
    <message>
        <source>Every office has sent a bundle in the last 30 days.</source>
        <translation>Каждый офис прислал пакет за последние 30 дней.</translation>
    </message>
    <message>
        <source>%1 change(s) not yet confirmed by headquarters, the oldest from %2.</source>
        <translation>Изменений, ещё не подтверждённых штаб-квартирой: %1; самое раннее от %2.</translation>
    </message>
    <message>
        <source>Headquarters has confirmed every change made here.</source>
        <translation>Штаб-квартира подтвердила все изменения, сделанные здесь.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>%1: last bundle sent %2, last received %3</source>
        <translation>%1: последний пакет отправлен %2, последний получен %3</translation>
    </message>
    <message>
        <source>No office is trusted yet: exchange identity cards on the Sync page.</source>
        <translation>Доверенных офисов пока нет: обменяйтесь удостоверениями на странице «Синхронизация».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet confirmed by headquarters, the oldest from %1.</source>
        <translation>
            <numerusform>%Ln изменение ещё не подтверждено штаб-квартирой, от %1.</numerusform>
            <numerusform>%Ln изменения ещё не подтверждены штаб-квартирой, самое раннее от %1.</numerusform>
            <numerusform>%Ln изменений ещё не подтверждены штаб-квартирой, самое раннее от %1.</numerusform>
        </translation>
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
<message>
        <source>Name</source>
        <translation>Имя</translation>
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
    <name>TransitionDialog</name>
    <message>
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>Основания решения</translation>
    </message>
    <message>
        <source>Required when the request is approved or declined.</source>
        <translation>Обязательно, когда просьба одобрена или отклонена.</translation>
    </message>
    <message>
        <source>Now: %1. It can go to the statuses offered below.</source>
        <translation>Сейчас: %1. Возможен переход в статусы, предложенные ниже.</translation>
    </message>
    <message>
        <source>Give the reasons for the decision: approved and declined requests are explained.</source>
        <translation>Укажите основания решения: одобренные и отклонённые просьбы обосновываются.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The translation into %1 is not installed with this FieldDesk (%2 is missing), so the interface stays in English. Reinstall FieldDesk, or run `make translations` in a source checkout.</source>
        <translation>Перевод на %1 не установлен с этой копией FieldDesk (нет файла %2), поэтому интерфейс остаётся на английском. Переустановите FieldDesk или выполните `make translations` в копии исходного кода.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>FieldDesk is locked</source>
        <translation>FieldDesk заблокирован</translation>
    </message>
    <message>
        <source>FieldDesk was locked because it was not used for a while. Type the passphrase to go on; nothing you were doing is lost.</source>
        <translation>FieldDesk заблокирован, так как им некоторое время не пользовались. Введите парольную фразу, чтобы продолжить; ничего из того, что вы делали, не потеряно.</translation>
    </message>
    <message>
        <source>Open FieldDesk</source>
        <translation>Открыть FieldDesk</translation>
    </message>
    <message>
        <source>The profile in %1 is encrypted. Type its passphrase to open it.</source>
        <translation>Профиль в %1 зашифрован. Введите его парольную фразу, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>Использовать &amp;ключ восстановления</translation>
    </message>
    <message>
        <source>The recovery key is on the sheet kept when the profile was made: FDRK and 40 letters and digits. Dashes and spaces do not matter. You will then choose a new passphrase.</source>
        <translation>Ключ восстановления записан на листе, сохранённом при создании профиля: FDRK и 40 букв и цифр. Дефисы и пробелы не важны. Затем вы выберете новую парольную фразу.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Ключ восстановления:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Several wrong tries: the next one is possible in %1 s.</source>
        <translation>Несколько неверных попыток: следующая будет возможна через %1 с.</translation>
    </message>
    <message>
        <source>This is not a recovery key: it starts with FDRK, followed by 40 letters and digits.</source>
        <translation>Это не ключ восстановления: он начинается с FDRK, за которым следуют 40 букв и цифр.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>This recovery key does not open the profile. Check it against the sheet (letters and digits only; dashes do not matter). Nothing was changed.</source>
        <translation>Этот ключ восстановления не открывает профиль. Сверьте его с листом (важны только буквы и цифры, дефисы — нет). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The passphrase is not right. Nothing was changed.</source>
        <translation>Неверная парольная фраза. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>ValuesSection</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Дата измерения</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Фактическое значение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>A year, or part of one: 2026, 2026 H1, 2026 Q3.</source>
        <translation>Год или его часть: 2026, 2026 П1, 2026 К3.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
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
        <translation>Со&amp;хранить</translation>
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
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Импорт из Excel…</translation>
    </message>
    <message>
        <source>Import records from an Excel file</source>
        <translation>Импортировать записи из файла Excel</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>The user guide, at the part about this page</source>
        <translation>Руководство пользователя, раздел об этой странице</translation>
    </message>
<message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Printed reports</source>
        <translation>Печатные отчёты</translation>
    </message>
    <message>
        <source>Language of the office's name and address</source>
        <translation>Язык названия и адреса отделения</translation>
    </message>
    <message>
        <source>Office name in this language</source>
        <translation>Название отделения на этом языке</translation>
    </message>
    <message>
        <source>Address in this language</source>
        <translation>Адрес на этом языке</translation>
    </message>
    <message>
        <source>Default language of the letterhead</source>
        <translation>Язык бланка по умолчанию</translation>
    </message>
    <message>
        <source>Logo file (PNG or JPEG)</source>
        <translation>Файл логотипа (PNG или JPEG)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Без логотипа</translation>
    </message>
    <message>
        <source>Signatory's name</source>
        <translation>Имя подписывающего лица</translation>
    </message>
    <message>
        <source>Signatory's title</source>
        <translation>Должность подписывающего лица</translation>
    </message>
    <message>
        <source>Document symbol pattern</source>
        <translation>Шаблон условного обозначения документа</translation>
    </message>
    <message>
        <source>{office}, {year}, {kind} and {n} are replaced, e.g. {office}/{year}/{kind}/{n}</source>
        <translation>{office}, {year}, {kind} и {n} заменяются, например {office}/{year}/{kind}/{n}</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Saturday and Sunday</source>
        <translation>Суббота и воскресенье</translation>
    </message>
    <message>
        <source>Friday and Saturday</source>
        <translation>Пятница и суббота</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Выходные дни</translation>
    </message>
    <message>
        <source>Organisation named on certificates</source>
        <translation>Организация, указанная в сертификатах</translation>
    </message>
    <message>
        <source>Who signs certificates</source>
        <translation>Кто подписывает сертификаты</translation>
    </message>
    <message>
        <source>The letterhead's signatory</source>
        <translation>Подписывающее лицо бланка</translation>
    </message>
    <message>
        <source>Your name on printed histories</source>
        <translation>Ваше имя в печатной истории изменений</translation>
    </message>
    <message>
        <source>Language of the te&amp;xts below:</source>
        <translation>Язык те&amp;кстов ниже:</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Название отделения:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>De&amp;fault language:</source>
        <translation>Язык по &amp;умолчанию:</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Лого&amp;тип:</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>&amp;Подписывает:</translation>
    </message>
    <message>
        <source>Signatory's &amp;title:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>Document s&amp;ymbol:</source>
        <translation>Условное о&amp;бозначение:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Бу&amp;мага:</translation>
    </message>
    <message>
        <source>&amp;Weekend:</source>
        <translation>&amp;Выходные дни:</translation>
    </message>
    <message>
        <source>&amp;Organisation on certificates:</source>
        <translation>&amp;Организация в сертификатах:</translation>
    </message>
    <message>
        <source>&amp;Certificates signed by:</source>
        <translation>&amp;Сертификаты подписывает:</translation>
    </message>
    <message>
        <source>Your name on pr&amp;inted histories:</source>
        <translation>Ваше &amp;имя в печатной истории:</translation>
    </message>
    <message>
        <source>Keep the current logo</source>
        <translation>Оставить текущий логотип</translation>
    </message>
    <message>
        <source>No logo yet: name a PNG or JPEG file</source>
        <translation>Логотипа пока нет: укажите файл PNG или JPEG</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Saving the report settings</source>
        <translation>Сохранение настроек отчётов</translation>
    </message>
<message>
        <source>The office's usual training language</source>
        <translation>Обычный язык обучения в отделении</translation>
    </message>
    <message>
        <source>Usual &amp;language of trainings:</source>
        <translation>&amp;Обычный язык обучения:</translation>
    </message>
</context>
<context>
    <name>WordCopy</name>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Сохранить в &amp;Word…</translation>
    </message>
    <message>
        <source>Save an editable copy (.docx) with the same text and letterhead</source>
        <translation>Сохранить редактируемую копию (.docx) с тем же текстом и бланком</translation>
    </message>
    <message>
        <source>Save an editable copy</source>
        <translation>Сохранить редактируемую копию</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Saving an editable copy</source>
        <translation>Сохранение редактируемой копии</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>FieldDesk user guide</source>
        <translation>Руководство пользователя FieldDesk</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context><name>MergeDialog</name><message>
        <source>Merge participants</source>
        <translation>Объединение участников</translation>
    </message>
    <message>
        <source>The other record of this person</source>
        <translation>Другая запись этого человека</translation>
    </message>
    <message>
        <source>Merge &amp;with:</source>
        <translation>Объединить &amp;с:</translation>
    </message>
    <message>
        <source>&amp;Swap: keep the other record</source>
        <translation>&amp;Поменять: оставить другую запись</translation>
    </message>
    <message>
        <source>Choose, for each field, the value the person keeps. The other record's enrolments move to the kept one; an activity where both are enrolled keeps one enrolment with the better attendance and scores. The other record is then kept only as a pointer to the kept one.</source>
        <translation>Выберите для каждого поля значение, которое останется. Регистрации другой записи переходят к оставленной; в мероприятии, где зарегистрированы обе, остаётся одна регистрация с лучшей посещаемостью и баллами. Другая запись затем остаётся лишь ссылкой на оставленную.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Остаётся: %1</translation>
    </message>
    <message>
        <source>Merged into it: %1</source>
        <translation>Объединяется с ней: %1</translation>
    </message>
    <message>
        <source>%1: both are enrolled; one enrolment is kept, with the better attendance and scores</source>
        <translation>%1: зарегистрированы обе; остаётся одна регистрация с лучшей посещаемостью и баллами</translation>
    </message>
    <message>
        <source>%1: the enrolment moves to the kept record</source>
        <translation>%1: регистрация переходит к оставленной записи</translation>
    </message>
    <message>
        <source>Attachments that move to the kept record: %1</source>
        <translation>Вложения, переходящие к оставленной записи: %1</translation>
    </message>
    <message>
        <source>The merged record is enrolled in no activity.</source>
        <translation>Объединяемая запись не зарегистрирована ни в одном мероприятии.</translation>
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
        <translation>Тип заинтересованной стороны</translation>
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
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
<message>
        <source>Fellowships that move to the kept record: %1</source>
        <translation>Стипендии, переходящие к оставленной записи: %1</translation>
    </message>
</context><context><name>ActivityStatus</name><message>
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
</context><context><name>CriterionEvaluation</name><message>
        <source>Country facts: in transition to democracy</source>
        <translation>Сведения о стране: переход к демократии</translation>
    </message>
    <message>
        <source>Country facts: least developed country</source>
        <translation>Сведения о стране: наименее развитая страна</translation>
    </message>
    <message>
        <source>Open recommendations of treaty bodies</source>
        <translation>Невыполненные рекомендации договорных органов</translation>
    </message>
    <message>
        <source>Open recommendations of special procedures and the periodic review</source>
        <translation>Невыполненные рекомендации специальных процедур и периодического обзора</translation>
    </message>
    <message>
        <source>Open recommendations of the Board of Trustees</source>
        <translation>Невыполненные рекомендации Совета попечителей</translation>
    </message>
    <message>
        <source>Views of national institutions and NGOs recorded</source>
        <translation>Записанные мнения национальных учреждений и НПО</translation>
    </message>
    <message>
        <source>UN agencies and donors met during the needs assessment</source>
        <translation>Встречи с учреждениями ООН и донорами в ходе оценки потребностей</translation>
    </message>
    <message>
        <source>Assessed by staff</source>
        <translation>Оценено сотрудниками</translation>
    </message>
</context><context><name>EvaluationKind</name><message>
        <source>Mid-term evaluation</source>
        <translation>Среднесрочная оценка</translation>
    </message>
    <message>
        <source>End-of-project evaluation</source>
        <translation>Итоговая оценка проекта</translation>
    </message>
</context><context><name>FollowUpStatus</name><message>
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
</context><context><name>FundingSource</name><message>
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
</context><context><name>ImportProblems</name><message>
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
</context><context><name>MissionStatus</name><message>
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
</context><context><name>OfficeRole</name><message>
        <source>Field office</source>
        <translation>Местное отделение</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Штаб-квартира</translation>
    </message>
</context><context><name>PriorityCriterion</name><message>
        <source>Country in transition to democracy</source>
        <translation>Страна в переходе к демократии</translation>
    </message>
    <message>
        <source>Least developed country</source>
        <translation>Наименее развитая страна</translation>
    </message>
    <message>
        <source>Needs named by treaty bodies</source>
        <translation>Потребности, названные договорными органами</translation>
    </message>
    <message>
        <source>Needs named by special rapporteurs, representatives and working groups</source>
        <translation>Потребности, названные специальными докладчиками, представителями и рабочими группами</translation>
    </message>
    <message>
        <source>Recommendations of the Board of Trustees</source>
        <translation>Рекомендации Совета попечителей</translation>
    </message>
    <message>
        <source>Views of national institutions and NGOs</source>
        <translation>Мнения национальных учреждений и НПО</translation>
    </message>
    <message>
        <source>Coordination with other UN bodies and donors</source>
        <translation>Координация с другими органами ООН и донорами</translation>
    </message>
</context><context><name>Problems</name><message>
        <source>%1 contains a character that is not allowed: %2. Remove it.</source>
        <translation>%1 содержит недопустимый символ: %2. Удалите его.</translation>
    </message>
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
        <source>Contact details may be kept only with the participant's consent.</source>
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
</context><context><name>ProgressStatus</name><message>
        <source>Achieved</source>
        <translation>Достигнут</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>С отставанием</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Ещё не измерен</translation>
    </message>
</context><context><name>ProjectStatus</name><message>
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
</context><context><name>RecommendationSource</name><message>
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
<message>
        <source>Other mechanism</source>
        <translation>Другой механизм</translation>
    </message>
</context><context><name>RequestChannel</name><message>
        <source>Letter from the government</source>
        <translation>Письмо правительства</translation>
    </message>
    <message>
        <source>Note verbale from the permanent mission</source>
        <translation>Вербальная нота постоянного представительства</translation>
    </message>
    <message>
        <source>Through the field office</source>
        <translation>Через отделение на местах</translation>
    </message>
    <message>
        <source>Through the UN country team</source>
        <translation>Через страновую группу ООН</translation>
    </message>
    <message>
        <source>At a meeting or mission</source>
        <translation>На встрече или в ходе миссии</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context><context><name>RequestStatus</name><message>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Needs assessment planned</source>
        <translation>Запланирована оценка потребностей</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Оценена</translation>
    </message>
    <message>
        <source>Project proposed</source>
        <translation>Предложен проект</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрена</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвана</translation>
    </message>
</context><context><name>ResultLevel</name><message>
        <source>Objective</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Ожидаемый результат</translation>
    </message>
</context><context><name>Sex</name><message>
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
</context><context><name>StakeholderType</name><message>
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
</context><context><name>ThematicArea</name><message>
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
</context><context><name>TrainingForm</name><message>
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
</context><context><name>Grid</name><message>
        <source>Type a whole number from %1 to %2.</source>
        <translation>Введите целое число от %1 до %2.</translation>
    </message>
    <message>
        <source>Type a number from %1 to %2.</source>
        <translation>Введите число от %1 до %2.</translation>
    </message>
</context><context><name>ShortcutsDialog</name><message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context><context><name>Shortcuts</name><message>
        <source>Go to the pages of the side bar, in order</source>
        <translation>Перейти к разделам боковой панели по порядку</translation>
    </message>
    <message>
        <source>Next or previous field (from a list to its editor and back)</source>
        <translation>Следующее или предыдущее поле (из списка в карточку и обратно)</translation>
    </message>
    <message>
        <source>Close a dialog without saving; in a grid, cancel the cell being typed</source>
        <translation>Закрыть окно без сохранения; в таблице — отменить ввод в ячейку</translation>
    </message>
    <message>
        <source>Open a date field's calendar</source>
        <translation>Открыть календарь поля даты</translation>
    </message>
    <message>
        <source>In a grid: save the cell and go to the next one</source>
        <translation>В таблице: сохранить ячейку и перейти к следующей</translation>
    </message>
    <message>
        <source>In a grid: clear the cell (attendance: not recorded)</source>
        <translation>В таблице: очистить ячейку (посещаемость: не отмечено)</translation>
    </message>
    <message>
        <source>In the attendance grid: present, absent, next state</source>
        <translation>В таблице посещаемости: присутствовал, отсутствовал, следующее состояние</translation>
    </message>
    <message>
        <source>In a grid: paste a column copied from a spreadsheet, from the current cell down</source>
        <translation>В таблице: вставить столбец, скопированный из электронной таблицы, начиная с текущей ячейки вниз</translation>
    </message>
    <message>
        <source>Next or previous tab</source>
        <translation>Следующая или предыдущая вкладка</translation>
    </message>
</context><context><name>EraseDialog</name><message>
        <source>Erase personal data</source>
        <translation>Удалить персональные данные</translation>
    </message>
    <message>
        <source>Erase the personal data of “%1”?

Their name, e-mail, phone, organisation and position are replaced by a pseudonym here, in the history of changes and in the search index, and their attachments are deleted. Sex, stakeholder type, country and their activities with attendance and scores are kept, so statistics do not change.

The erasure goes with the next bundle to every site that holds this participant, and is applied there too. It cannot be undone. Backups made before the erasure keep the data until they are rotated out.</source>
        <translation>Удалить персональные данные «%1»?

Имя, эл. почта, телефон, организация и должность заменяются псевдонимом здесь, в истории изменений и в поисковом индексе, а прикреплённые файлы удаляются. Пол, тип заинтересованной стороны, страна и мероприятия с посещаемостью и оценками сохраняются, поэтому статистика не меняется.

Удаление уйдёт со следующим пакетом на все площадки, где есть этот участник, и будет применено и там. Отменить его нельзя. Резервные копии, сделанные до удаления, хранят данные, пока не будут заменены.</translation>
    </message>
    <message>
        <source>Why (kept here; do not name the person)</source>
        <translation>Причина (хранится здесь; не называйте человека)</translation>
    </message>
    <message>
        <source>Reason for the erasure</source>
        <translation>Причина удаления</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Erasing personal data</source>
        <translation>Удаление персональных данных</translation>
    </message>
    <message>
        <source>No backup of this profile holds the person.</source>
        <translation>Ни одна резервная копия этого профиля не содержит данных этого человека.</translation>
    </message>
    <message>
        <source>These backups still hold the person:</source>
        <translation>Эти резервные копии всё ещё содержат данные этого человека:</translation>
    </message>
    <message>
        <source>%1: cannot be opened with this profile's key (made under another passphrase or key), so what it holds cannot be told</source>
        <translation>%1: не открывается ключом этого профиля (создана с другой парольной фразой или ключом), поэтому неизвестно, что в ней</translation>
    </message>
    <message>
        <source>%1: rotated out after %2 more automatic backups (one each day FieldDesk is used)</source>
        <translation>%1: будет удалена после ещё %2 автоматических копий (по одной в каждый день работы FieldDesk)</translation>
    </message>
    <message>
        <source>%1: proposed for deletion on %2</source>
        <translation>%1: будет предложена к удалению %2</translation>
    </message>
    <message>
        <source>%1: kept until deleted (made by hand)</source>
        <translation>%1: хранится, пока её не удалят (сделана вручную)</translation>
    </message>
    <message>
        <source>The data is kept on a database server: its backups are its administrator's.</source>
        <translation>Данные хранятся на сервере баз данных: его резервные копии находятся в ведении его администратора.</translation>
    </message>
    <message>
        <source>Also &amp;remove the person from these backups</source>
        <translation>&amp;Удалить человека и из этих резервных копий</translation>
    </message>
    <message>
        <source>Each is rewritten, encrypted as before; a backup made by an older version is deleted.</source>
        <translation>Каждая перезаписывается и шифруется, как прежде; копия, сделанная более старой версией, удаляется.</translation>
    </message>
    <message>
        <source>The data is kept on a PostgreSQL server. Its backups are made outside FieldDesk by the server's administrator: each one made so far holds the person, and after the erasure the administrator must delete them or remove the person from them.</source>
        <translation>Данные хранятся на сервере PostgreSQL. Его резервные копии делает вне FieldDesk администратор сервера: каждая из сделанных до сих пор содержит этого человека, и после удаления администратор должен удалить их или убрать из них этого человека.</translation>
    </message>
    <message>
        <source>%1: copied to %2, out of reach now (a USB stick not plugged in?), so what it holds cannot be told</source>
        <translation>%1: скопирована в %2, сейчас недоступна (USB-накопитель не подключён?), поэтому неизвестно, что в ней</translation>
    </message>
    <message>
        <source>%1: the SQLite file kept by the move to PostgreSQL, kept until deleted</source>
        <translation>%1: файл SQLite, оставленный при переходе на PostgreSQL, хранится, пока его не удалят</translation>
    </message>
    <message>
        <source>%1: copied to %2, kept there until deleted</source>
        <translation>%1: скопирована в %2, хранится там, пока её не удалят</translation>
    </message>
    <message>
        <source>%1: kept until deleted (made before the data moved to PostgreSQL)</source>
        <translation>%1: хранится, пока её не удалят (сделана до перехода данных на PostgreSQL)</translation>
    </message>
</context><context><name>AccessModel</name><message>
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Людей</translation>
    </message>
    <message>
        <source>File, office or record</source>
        <translation>Файл, отделение или запись</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Subject access report</source>
        <translation>Отчёт для субъекта данных</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Удаление</translation>
    </message>
<message>
        <source>Retention sweep</source>
        <translation>Очистка по срокам хранения</translation>
    </message>
    <message>
        <source>Data export (JSON)</source>
        <translation>Экспорт данных (JSON)</translation>
    </message>
</context><context><name>AccessRecordDialog</name><message>
        <source>Access record</source>
        <translation>Журнал доступа</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Search what was made, its file, office or record</source>
        <translation>Поиск по действию, файлу, отделению или записи</translation>
    </message>
    <message>
        <source>Search the access record</source>
        <translation>Поиск в журнале доступа</translation>
    </message>
    <message>
        <source>Export for an audit…</source>
        <translation>Экспорт для проверки…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Every report, spreadsheet, bundle, subject access report and erasure made here: who, when, what and for how many people. It never holds the personal data itself.</source>
        <translation>Каждый отчёт, таблица, пакет, отчёт для субъекта данных и удаление, сделанные здесь: кто, когда, что и для скольких людей. Сами персональные данные здесь не хранятся.</translation>
    </message>
    <message>
        <source>Export the access record</source>
        <translation>Экспорт журнала доступа</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n запись записана в %1.</numerusform>
            <numerusform>%n записи записаны в %1.</numerusform>
            <numerusform>%n записей записано в %1.</numerusform>
        </translation>
    </message>
</context><context><name>StateResponse</name><message>
        <source>No response recorded</source>
        <translation>Ответ не записан</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Поддержана</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Принята к сведению</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>На рассмотрении</translation>
    </message>
</context><context><name>IndexImportDialog</name><message>
        <source>Import recommendations from the Universal Human Rights Index</source>
        <translation>Импорт рекомендаций из Универсального индекса прав человека</translation>
    </message>
    <message>
        <source>Export the recommendations from uhri.ohchr.org as CSV or Excel, then choose the file here. Nothing is written until you press Import; recommendations already recorded (same document symbol and paragraph) are left as they are.</source>
        <translation>Экспортируйте рекомендации с uhri.ohchr.org в формате CSV или Excel и выберите файл здесь. Ничего не записывается, пока вы не нажмёте «Импортировать»; уже записанные рекомендации (то же обозначение документа и пункт) остаются без изменений.</translation>
    </message>
    <message>
        <source>Type the file's path, or Browse</source>
        <translation>Введите путь к файлу или нажмите «Обзор»</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Как указано в файле</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>П&amp;роверить</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Index exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Выгрузки Индекса (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>New: %1. Already recorded: %2. For another country (left out): %3.</source>
        <translation>Новые: %1. Уже записаны: %2. Для другой страны (пропущены): %3.</translation>
    </message>
    <message>
        <source>Problems: %1. Correct the file and check it again; nothing will be imported until then.</source>
        <translation>Проблем: %1. Исправьте файл и проверьте его снова; до тех пор ничего не будет импортировано.</translation>
    </message>
    <message>
        <source>Recommendations imported: %1.</source>
        <translation>Импортировано рекомендаций: %1.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Строка %1, %2: %3</translation>
    </message>
</context><context><name>Due</name><message>
        <source>Due</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Что пора сделать</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>В этом месяце</translation>
    </message>
    <message>
        <source>Mission report</source>
        <translation>Отчёт о миссии</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>Проверка выполнения</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Значение показателя</translation>
    </message>
    <message>
        <source>Final project report</source>
        <translation>Итоговый отчёт по проекту</translation>
    </message>
    <message>
        <source>Mid-term evaluation</source>
        <translation>Среднесрочная оценка</translation>
    </message>
    <message>
        <source>End-of-project evaluation</source>
        <translation>Итоговая оценка проекта</translation>
    </message>
    <message>
        <source>Decision on a request</source>
        <translation>Решение по запросу</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Days late: %1</source>
        <translation>Дней просрочки: %1</translation>
    </message>
    <message>
        <source>%1 overdue, %2 this week, %3 this month</source>
        <translation>Просрочено: %1, на этой неделе: %2, в этом месяце: %3</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Просрочено: %1</translation>
    </message>
    <message>
        <source>Overdue per office: %1</source>
        <translation>Просрочено по отделениям: %1</translation>
    </message>
    <message>
        <source>Most urgent items due</source>
        <translation>Самые срочные сроки</translation>
    </message>
    <message>
        <source>&amp;All that is due…</source>
        <translation>&amp;Все сроки…</translation>
    </message>
    <message>
        <source>Finding what is due…</source>
        <translation>Поиск сроков…</translation>
    </message>
    <message>
        <source>What is due: open the Due page</source>
        <translation>Что пора сделать: открыть страницу «Сроки»</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>Пр&amp;авила…</translation>
    </message>
    <message>
        <source>How many days after what each item is due</source>
        <translation>Через сколько дней и после чего наступает каждый срок</translation>
    </message>
<message>
        <source>Sustainability check</source>
        <translation>Проверка устойчивости</translation>
    </message>
    <message>
        <source>%1 months after the exit</source>
        <translation>%1 мес. после завершения</translation>
    </message>
<message>
        <source>Grant tranche</source>
        <translation>Транш гранта</translation>
    </message>
    <message>
        <source>Grant report</source>
        <translation>Отчёт по гранту</translation>
    </message>
    <message>
        <source>tranche %1</source>
        <translation>транш %1</translation>
    </message>
<message>
        <source>Synthesis of a review</source>
        <translation>Итоги обзора</translation>
    </message>
</context><context><name>Lessons</name><message>
        <source>Lessons</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <source>Mission finding</source>
        <translation>Вывод миссии</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Заметка о выполнении</translation>
    </message>
    <message>
        <source>Search findings, lessons and notes</source>
        <translation>Поиск выводов, уроков и заметок</translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation>Поиск уроков</translation>
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
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Lessons found</source>
        <translation>Найденные уроки</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>All thematic areas</source>
        <translation>Все области</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <source>Lessons from before</source>
        <translation>Прежние уроки</translation>
    </message>
    <message>
        <source>Once saved, the lessons recorded for the same country and thematic areas show here.</source>
        <translation>После сохранения здесь появятся уроки по той же стране и тем же тематическим областям.</translation>
    </message>
    <message>
        <source>Lessons recorded for the same country and thematic areas: %1</source>
        <translation>Уроки по той же стране и тематическим областям: %1</translation>
    </message>
<message>
        <source>After the exit</source>
        <translation>После завершения</translation>
    </message>
<message>
        <source>Review finding</source>
        <translation>Вывод обзора</translation>
    </message>
</context><context><name>DueRules</name><message>
        <source>Rules for what is due</source>
        <translation>Правила сроков</translation>
    </message>
    <message>
        <source>Headquarters sets these rules; every office is held to them.</source>
        <translation>Эти правила устанавливает штаб-квартира; их соблюдает каждое отделение.</translation>
    </message>
    <message>
        <source>Set by headquarters; every office is held to them.</source>
        <translation>Установлены штаб-квартирой; их соблюдает каждое отделение.</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Что пора сделать</translation>
    </message>
    <message>
        <source>Days after</source>
        <translation>Дней после</translation>
    </message>
    <message>
        <source>Reporting period (months)</source>
        <translation>Отчётный период (мес.)</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Отчётный период</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Полугодие</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
<message>
        <source>Months after the exit</source>
        <translation>Месяцев после завершения</translation>
    </message>
    <message>
        <source>When the checks fall after a project's exit, e.g. 6, 12, 24.</source>
        <translation>Когда проводятся проверки после завершения проекта, например 6, 12, 24.</translation>
    </message>
</context><context>
    <name>RetentionSection</name>
    <message>
        <source>Retention of personal data</source>
        <translation>Хранение персональных данных</translation>
    </message>
    <message>
        <source>Headquarters sets how long personal data is kept; every office applies it in a daily sweep.</source>
        <translation>Штаб-квартира устанавливает сроки хранения персональных данных; каждое отделение применяет их при ежедневной очистке.</translation>
    </message>
    <message>
        <source>Set by headquarters; applied here in a daily sweep.</source>
        <translation>Устанавливается штаб-квартирой; применяется здесь при ежедневной очистке.</translation>
    </message>
    <message>
        <source>Contact &amp;details, after the last activity:</source>
        <translation>&amp;Контактные данные после последней активности:</translation>
    </message>
    <message>
        <source>Records of &amp;erasures:</source>
        <translation>Записи об &amp;удалениях:</translation>
    </message>
    <message>
        <source>Backups made by &amp;hand:</source>
        <translation>&amp;Резервные копии, сделанные вручную:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Not in use.</source>
        <translation>Не применяется.</translation>
    </message>
    <message>
        <source>Participants whose contact details are removed at today's sweep: %1</source>
        <translation>Участники, чьи контактные данные удаляются при сегодняшней очистке: %1</translation>
    </message>
    <message>
        <source>Erasure records removed at today's sweep: %1</source>
        <translation>Записи об удалениях, удаляемые при сегодняшней очистке: %1</translation>
    </message>
    <message>
        <source>Manual backups proposed for deletion now: %1</source>
        <translation>Резервные копии, сделанные вручную, предлагаемые к удалению сейчас: %1</translation>
    </message>
    <message>
        <source>Participants whose contact details will be removed on %1: %2</source>
        <translation>Участники, чьи контактные данные будут удалены %1: %2</translation>
    </message>
    <message>
        <source>Erasure records that will be removed on %1: %2</source>
        <translation>Записи об удалениях, которые будут удалены %1: %2</translation>
    </message>
    <message>
        <source>Manual backups proposed for deletion on %1: %2</source>
        <translation>Резервные копии, сделанные вручную, предлагаемые к удалению %1: %2</translation>
    </message>
    <message>
        <source>Nothing in the next 90 days.</source>
        <translation>Ничего в ближайшие 90 дней.</translation>
    </message>
    <message>
        <source>Erasure records past this period, kept until every office that must apply them has acknowledged them: %1</source>
        <translation>Записи об удалениях старше этого срока, сохраняемые, пока каждое бюро, которое должно их применить, не подтвердит получение: %1</translation>
    </message>
    <message>
        <source>Participants' &amp;names never leave the offices</source>
        <translation>&amp;Имена участников никогда не покидают бюро</translation>
    </message>
    <message>
        <source>Every participant is sent to headquarters under a pseudonym, whatever their consent; the offices' reports for sharing and spreadsheets show the pseudonyms too. Names stay in the offices.</source>
        <translation>Каждый участник передаётся в штаб-квартиру под псевдонимом независимо от его согласия; отчёты для передачи и электронные таблицы бюро тоже показывают псевдонимы. Имена остаются в бюро.</translation>
    </message>
    <message>
        <source>A participant's name is sent to headquarters unless they did not consent to share it.</source>
        <translation>Имя участника передаётся в штаб-квартиру, если он не отказался от его передачи.</translation>
    </message>
    <message>
        <source>When you press OK, the names of the offices' participants held here are replaced by their pseudonyms.</source>
        <translation>После нажатия OK имена участников бюро, хранящиеся здесь, будут заменены их псевдонимами.</translation>
    </message>
    <message>
        <source>Set by headquarters.</source>
        <translation>Устанавливается штаб-квартирой.</translation>
    </message>
    <message>
        <source>This office sends every participant to headquarters under a &amp;pseudonym</source>
        <translation>Это бюро отправляет каждого участника в штаб-квартиру под &amp;псевдонимом</translation>
    </message>
    <message>
        <source>Whatever their consent, participants reach headquarters under the pseudonym only, without contacts, organisation, position or files.</source>
        <translation>Независимо от их согласия участники поступают в штаб-квартиру только под псевдонимом, без контактных данных, организации, должности и файлов.</translation>
    </message>
    <message>
        <source>Participants who consent to share their name reach headquarters by name, with their files; the others under the pseudonym.</source>
        <translation>Участники, согласившиеся передавать своё имя, поступают в штаб-квартиру под именем и со своими файлами, остальные — под псевдонимом.</translation>
    </message>
    <message>
        <source>When you press OK, every participant of this office is sent again with the next bundle, and headquarters replaces the names and removes the files it holds.</source>
        <translation>После нажатия OK каждый участник этого бюро будет отправлен заново со следующим пакетом, а штаб-квартира заменит хранящиеся у неё имена и удалит файлы.</translation>
    </message>
    <message>
        <source>When you press OK, every participant of this office is sent again with the next bundle, by name where they consent.</source>
        <translation>После нажатия OK каждый участник этого бюро будет отправлен заново со следующим пакетом — под именем, если он согласен.</translation>
    </message>
    <message>
        <source>This office&apos;s reports for sharing and spreadsheets show the pseudonyms too.</source>
        <translation>Отчёты этого отделения для передачи и электронные таблицы тоже показывают псевдонимы.</translation>
    </message>
</context>
<context><name>AfterExitSection</name><message>
        <source>Months after the exit</source>
        <translation>Мес. после завершения</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Partner still running it</source>
        <translation>Партнёр продолжает</translation>
    </message>
    <message>
        <source>National budget line</source>
        <translation>Статья бюджета</translation>
    </message>
    <message>
        <source>Trained staff in post</source>
        <translation>Персонал на местах</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>National partner still running it</source>
        <translation>Национальный партнёр продолжает работу</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>A national budget line</source>
        <translation>Есть статья национального бюджета</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Trained staff still in post</source>
        <translation>Обученный персонал на своих местах</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждения</translation>
    </message>
    <message>
        <source>What was seen: a budget law, a payroll, a visit (attach files on the project).</source>
        <translation>Что было установлено: закон о бюджете, ведомость, посещение (файлы прикрепите к проекту).</translation>
    </message>
    <message>
        <source>sustainability check</source>
        <translation>проверка устойчивости</translation>
    </message>
    <message>
        <source>When a project closes, whether what it set in motion lasted is checked some months after its exit; each check is due until it is recorded here.</source>
        <translation>Когда проект закрыт, через несколько месяцев после завершения проверяют, продолжается ли начатое им; каждая проверка считается причитающейся, пока она не записана здесь.</translation>
    </message>
    <message>
        <source>Checks are scheduled once the project is closed.</source>
        <translation>Проверки назначаются, когда проект закрыт.</translation>
    </message>
    <message>
        <source>Closed without an exit or end date: give one to schedule the checks.</source>
        <translation>Закрыт без даты завершения или окончания: укажите её, чтобы назначить проверки.</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>записана</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <source>%1 months (%2, %3)</source>
        <translation>%1 мес. (%2, %3)</translation>
    </message>
    <message>
        <source>Exit on %1. Checks: %2.</source>
        <translation>Завершение %1. Проверки: %2.</translation>
    </message>
</context><context>
    <name>ReferenceLists</name>
    <message>
        <source>Reference lists</source>
        <translation>Справочные списки</translation>
    </message>
    <message>
        <source>Reference list</source>
        <translation>Справочный список</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Новая запись…</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Тематические области</translation>
    </message>
    <message>
        <source>Stakeholder types and target groups</source>
        <translation>Типы участников и целевые группы</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>Затрагиваемые лица</translation>
    </message>
    <message>
        <source>Treaty bodies</source>
        <translation>Договорные органы</translation>
    </message>
    <message>
        <source>UPR cycles</source>
        <translation>Циклы УПО</translation>
    </message>
    <message>
        <source>Type in a cell to rename or translate an entry; Enter or Tab saves it and moves on. An empty name shows FieldDesk's own word in grey. Retire an entry instead of deleting it: records that use it keep its name. Every office receives the lists with its next bundle.</source>
        <translation>Введите текст в ячейку, чтобы переименовать или перевести запись; Enter или Tab сохраняет её и переходит дальше. Пустое название показывает серым слово FieldDesk. Выводите запись из употребления вместо удаления: записи, которые её используют, сохраняют её название. Каждое отделение получает списки со следующим пакетом.</translation>
    </message>
    <message>
        <source>Kept by headquarters: new entries and names arrive with the next bundle and are used at once.</source>
        <translation>Ведутся штаб-квартирой: новые записи и названия приходят со следующим пакетом и сразу используются.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Выведена</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Названия</translation>
    </message>
    <message>
        <source>Shipped with FieldDesk; type to write headquarters' own name.</source>
        <translation>Поставляется с FieldDesk; введите текст, чтобы задать название штаб-квартиры.</translation>
    </message>
    <message>
        <source>An entry needs its English name: records and reports fall back to it.</source>
        <translation>У записи должно быть английское название: записи и отчеты используют его по умолчанию.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>Название содержит не более %1 символов.</translation>
    </message>
    <message>
        <source>New entry: %1</source>
        <translation>Новая запись: %1</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Английское название</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>&amp;English name</source>
        <translation>&amp;Английское название</translation>
    </message>
    <message>
        <source>The code is kept for good: records point to it, so renaming the entry later changes no record and no report. Letters, digits and . _ - only.</source>
        <translation>Код сохраняется навсегда: записи ссылаются на него, поэтому последующее переименование не меняет ни одной записи и ни одного отчета. Только буквы, цифры и . _ -.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Поле «%1» обязательно.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Не удалось сохранить изменение: %1</translation>
    </message>
</context>
<context><name>ActivitiesPage</name><message>
        <source>Activities</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Existing or planned</source>
        <translation>Текущая или планируемая</translation>
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
        <source>Target groups</source>
        <translation>Целевые группы</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Тематическая область</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln вид деятельности</numerusform>
            <numerusform>%Ln вида деятельности</numerusform>
            <numerusform>%Ln видов деятельности</numerusform>
        </translation>
    </message>
</context><context><name>PartnersPage</name><message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln партнёр</numerusform>
            <numerusform>%Ln партнёра</numerusform>
            <numerusform>%Ln партнёров</numerusform>
        </translation>
    </message>
</context><context><name>PartnerEditor</name><message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation>Тип партнёра</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>For a national partner (a ministry, a national NGO); empty for an agency or donor working in many countries.</source>
        <translation>Для национального партнёра (министерство, национальная НПО); пусто для учреждения или донора, работающего во многих странах.</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Новый партнёр</translation>
    </message>
    <message>
        <source>Already in the register, perhaps the same partner: %1. Use it rather than recording it again.</source>
        <translation>Уже есть в реестре, возможно, тот же партнёр: %1. Используйте его, а не записывайте снова.</translation>
    </message>
</context><context><name>PartnerActivityEditor</name><message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Existing or planned</source>
        <translation>Текущая или планируемая</translation>
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
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Cooperation framework outcome</source>
        <translation>Результат рамочной программы сотрудничества</translation>
    </message>
    <message>
        <source>Source of the information</source>
        <translation>Источник информации</translation>
    </message>
    <message>
        <source>Information as of</source>
        <translation>Информация на дату</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>When known; empty when not.</source>
        <translation>Если известна; иначе пусто.</translation>
    </message>
    <message>
        <source>The ISO 4217 code: USD, EUR, GTQ…</source>
        <translation>Код ISO 4217: USD, EUR, GTQ…</translation>
    </message>
    <message>
        <source>The outcome of the UN sustainable development cooperation framework it serves.</source>
        <translation>Результат рамочной программы ООН по сотрудничеству в области устойчивого развития, которому она служит.</translation>
    </message>
    <message>
        <source>New partner activity</source>
        <translation>Новая деятельность партнёра</translation>
    </message>
</context><context><name>OptionalAmountInput</name><message>
        <source>Write the amount in figures, for example 1200000 (or leave it empty when unknown).</source>
        <translation>Запишите сумму цифрами, например 1200000 (или оставьте пустым, если она неизвестна).</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
</context><context><name>CoordinationPage</name><message>
        <source>Coordination</source>
        <translation>Координация</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Деятельность</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Партнёры</translation>
    </message>
</context><context><name>Coordination</name><message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Деятельность</translation>
    </message>
    <message>
        <source>Existing or planned</source>
        <translation>Текущая или планируемая</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Others working on this</source>
        <translation>Кто ещё работает в этой области</translation>
    </message>
    <message>
        <source>Import the register from Excel</source>
        <translation>Импорт реестра из Excel</translation>
    </message>
    <message>
        <source>Thematic areas in common</source>
        <translation>Общие тематические области</translation>
    </message>
    <message>
        <source>Once saved, the partners working in the same country and thematic areas show here.</source>
        <translation>После сохранения здесь появятся партнёры, работающие в той же стране и тех же тематических областях.</translation>
    </message>
    <message>
        <source>Others working on this (the coordination register: the same country and thematic areas, in the same period or planned): %1</source>
        <translation>Кто ещё работает в этой области (реестр координации: та же страна и те же тематические области, в тот же период или в планах): %1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Строка %1, %2: %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was imported. Correct them in the sheet and import it again.

%2</source>
        <translation>В %1 есть ошибки; ничего не импортировано. Исправьте их в таблице и импортируйте снова.

%2</translation>
    </message>
    <message>
        <source>%1: %2 new partner(s), %3 new activity(ies), %4 already recorded. Import them?</source>
        <translation>%1: новых партнёров — %2, новых видов деятельности — %3, уже записано — %4. Импортировать?</translation>
    </message>
    <message>
        <source>Everything in %1 is already recorded.</source>
        <translation>Всё из %1 уже записано.</translation>
    </message>
    <message>
        <source>Imported %1 partner(s) and %2 activity(ies).</source>
        <translation>Импортировано партнёров: %1, видов деятельности: %2.</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 already recorded. Import them?</source>
        <translation>%1: %2, %3, уже записано — %4. Импортировать?</translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>Импортировано: %1 и %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new partner(s)</source>
        <translation>
            <numerusform>%Ln новый партнёр</numerusform>
            <numerusform>%Ln новых партнёра</numerusform>
            <numerusform>%Ln новых партнёров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new activity(ies)</source>
        <translation>
            <numerusform>%Ln новый вид деятельности</numerusform>
            <numerusform>%Ln новых вида деятельности</numerusform>
            <numerusform>%Ln новых видов деятельности</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln партнёр</numerusform>
            <numerusform>%Ln партнёра</numerusform>
            <numerusform>%Ln партнёров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln вид деятельности</numerusform>
            <numerusform>%Ln вида деятельности</numerusform>
            <numerusform>%Ln видов деятельности</numerusform>
        </translation>
    </message>
</context><context><name>AllocationEditor</name><message>
        <source>Allocated on</source>
        <translation>Дата выделения</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Сумма (долл. США)</translation>
    </message>
    <message>
        <source>Contribution drawn on</source>
        <translation>Использованный взнос</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>New allocation</source>
        <translation>Новое выделение</translation>
    </message>
</context><context><name>AllocationsList</name><message>
        <source>Allocated on</source>
        <translation>Дата выделения</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Сумма (долл. США)</translation>
    </message>
    <message>
        <source>Contribution drawn on</source>
        <translation>Использованный взнос</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Выделения</translation>
    </message>
    <message>
        <source>Saved, with a warning: %1</source>
        <translation>Сохранено, с предупреждением: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln allocation(s)</source>
        <translation>
            <numerusform>%Ln выделение</numerusform>
            <numerusform>%Ln выделения</numerusform>
            <numerusform>%Ln выделений</numerusform>
        </translation>
    </message>
</context><context><name>ProjectAllocations</name><message>
        <source>Allocated on</source>
        <translation>Дата выделения</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Сумма (долл. США)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Allocations from the Voluntary Fund</source>
        <translation>Выделения из Фонда добровольных взносов</translation>
    </message>
    <message>
        <source>Drawn on</source>
        <translation>Из взноса</translation>
    </message>
</context><context><name>ContributionEditor</name><message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Earmark</source>
        <translation>Целевое назначение</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Earmarked country</source>
        <translation>Страна назначения</translation>
    </message>
    <message>
        <source>Earmarked region</source>
        <translation>Регион назначения</translation>
    </message>
    <message>
        <source>Earmarked theme</source>
        <translation>Тема назначения</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>Новый взнос</translation>
    </message>
    <message>
        <source>Pledged on</source>
        <translation>Дата объявления</translation>
    </message>
    <message>
        <source>The ISO 4217 code: EUR, CHF, NOK, USD…</source>
        <translation>Код ISO 4217: EUR, CHF, NOK, USD…</translation>
    </message>
</context><context><name>ContributionsList</name><message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Earmark</source>
        <translation>Целевое назначение</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Взносы</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s)</source>
        <translation>
            <numerusform>%Ln взнос</numerusform>
            <numerusform>%Ln взноса</numerusform>
            <numerusform>%Ln взносов</numerusform>
        </translation>
    </message>
</context><context><name>PositionTab</name><message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Выделено</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Not counted, for want of a rate of exchange: %1. Record the rates on the Rates tab.</source>
        <translation>Не учтено из-за отсутствия обменного курса: %1. Внесите курсы на вкладке «Курсы».</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Объявлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Regular budget</source>
        <translation>Регулярный бюджет</translation>
    </message>
    <message>
        <source>Regular budget against the Fund, by year and country</source>
        <translation>Регулярный бюджет и Фонд по годам и странам</translation>
    </message>
    <message>
        <source>Regular budget spent</source>
        <translation>Израсходовано из регулярного бюджета</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Израсходовано</translation>
    </message>
    <message>
        <source>The Fund's position by year</source>
        <translation>Положение Фонда по годам</translation>
    </message>
    <message>
        <source>US dollars at the UN operational rates of exchange. The balance is what was received less what was allocated, up to the end of the year.</source>
        <translation>Доллары США по операционным обменным курсам ООН. Остаток — полученное минус выделенное на конец года.</translation>
    </message>
    <message>
        <source>Voluntary Fund budget</source>
        <translation>Бюджет Фонда добровольных взносов</translation>
    </message>
    <message>
        <source>Voluntary Fund spent</source>
        <translation>Израсходовано из Фонда добровольных взносов</translation>
    </message>
</context><context><name>RateEditor</name><message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>Единиц за доллар США</translation>
    </message>
    <message>
        <source>New exchange rate</source>
        <translation>Новый обменный курс</translation>
    </message>
    <message>
        <source>The ISO 4217 code: EUR, CHF, NOK…</source>
        <translation>Код ISO 4217: EUR, CHF, NOK…</translation>
    </message>
    <message>
        <source>The UN operational rate of exchange, usually from the first of a month.</source>
        <translation>Операционный обменный курс ООН, обычно с первого числа месяца.</translation>
    </message>
</context><context><name>RatesList</name><message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>Единиц за доллар США</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Курсы</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rate(s)</source>
        <translation>
            <numerusform>%Ln курс</numerusform>
            <numerusform>%Ln курса</numerusform>
            <numerusform>%Ln курсов</numerusform>
        </translation>
    </message>
</context><context><name>DonorEditor</name><message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>A government donor is a state: its country.</source>
        <translation>Государственный донор — это государство: его страна.</translation>
    </message>
    <message>
        <source>Kind of donor</source>
        <translation>Тип донора</translation>
    </message>
    <message>
        <source>New donor</source>
        <translation>Новый донор</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context><context><name>DonorsList</name><message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Доноры</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message numerus="yes">
        <source>%Ln donor(s)</source>
        <translation>
            <numerusform>%Ln донор</numerusform>
            <numerusform>%Ln донора</numerusform>
            <numerusform>%Ln доноров</numerusform>
        </translation>
    </message>
</context><context><name>FundPage</name><message>
        <source>Fund</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Положение</translation>
    </message>
    <message>
        <source>Headquarters keeps the Voluntary Fund and sends it with its bundles: here you can read it, search it and export it to Excel, not change it. In Position, spent and the regular budget count this office's projects only.</source>
        <translation>Фонд добровольных взносов ведёт штаб-квартира и присылает его в своих пакетах: здесь его можно просматривать, искать в нём и экспортировать в Excel, но не изменять. В разделе «Положение» израсходованное и регулярный бюджет учитывают только проекты этого отделения.</translation>
    </message>
</context><context><name>BoardPage</name><message>
        <source>Board of Trustees</source>
        <translation>Совет попечителей</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
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
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln сессия</numerusform>
            <numerusform>%Ln сессии</numerusform>
            <numerusform>%Ln сессий</numerusform>
        </translation>
    </message>
</context><context><name>BoardSessionEditor</name><message>
        <source>Session number</source>
        <translation>Номер сессии</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>As the Board names it, for example: Forty-first session.</source>
        <translation>Как её называет Совет, например: Сорок первая сессия.</translation>
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
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка дня</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Adopted recommendations</source>
        <translation>Принятые рекомендации</translation>
    </message>
    <message>
        <source>Decisions on projects</source>
        <translation>Решения по проектам</translation>
    </message>
    <message>
        <source>New Board session</source>
        <translation>Новая сессия Совета</translation>
    </message>
</context><context><name>MembersSection</name><message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Кем предложен</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>member</source>
        <translation>член Совета</translation>
    </message>
</context><context><name>AdoptedSection</name><message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>Статус выполнения</translation>
    </message>
    <message>
        <source>Recommendations whose source is the Board of Trustees, not yet linked to a session. Record a new one on the Recommendations page first.</source>
        <translation>Рекомендации Совета попечителей, ещё не связанные с сессией. Новую рекомендацию сначала запишите на странице «Рекомендации».</translation>
    </message>
    <message>
        <source>adopted recommendation</source>
        <translation>принятая рекомендация</translation>
    </message>
    <message>
        <source>The recommendations of the Board of Trustees adopted at this session; their follow-up is recorded on the Recommendations page.</source>
        <translation>Рекомендации Совета попечителей, принятые на этой сессии; ход их выполнения записывается на странице «Рекомендации».</translation>
    </message>
</context><context><name>DecisionsSection</name><message>
        <source>Project code</source>
        <translation>Код проекта</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Amount recommended</source>
        <translation>Рекомендованная сумма</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
</context><context><name>ProjectDecisionsSection</name><message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Amount recommended</source>
        <translation>Рекомендованная сумма</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>Decisions of the Board of Trustees on this project, recorded on the Board page.</source>
        <translation>Решения Совета попечителей по этому проекту; они записываются на странице «Совет».</translation>
    </message>
</context><context><name>Grants</name><message>
        <source>Grants</source>
        <translation>Гранты</translation>
    </message>
    <message>
        <source>Tranche %1</source>
        <translation>Транш %1</translation>
    </message>
    <message>
        <source>%1, due %2 (days late: %3)</source>
        <translation>%1, срок %2 (дней просрочки: %3)</translation>
    </message>
    <message>
        <source>Paid %1 of %2 %3.</source>
        <translation>Выплачено %1 из %2 %3.</translation>
    </message>
    <message>
        <source>Warning: the tranches add up to %1 %3, not the grant's %2 %3.</source>
        <translation>Внимание: сумма траншей %1 %3, а не %2 %3, как в гранте.</translation>
    </message>
    <message>
        <source>Overdue: %1.</source>
        <translation>Просрочено: %1.</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>Просрочено: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>Only grants with something &amp;overdue</source>
        <translation>Только &amp;гранты с просрочкой</translation>
    </message>
    <message>
        <source>Grantee</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Grants shown: %1</source>
        <translation>Показано грантов: %1</translation>
    </message>
    <message>
        <source>%1 (days late: %2)</source>
        <translation>%1 (дней просрочки: %2)</translation>
    </message>
<message>
        <source>Grants are added on a project's Grants tab: open the project on the Projects page. Enter or a double-click here opens a grant there.</source>
        <translation>Гранты добавляются на вкладке «Гранты» проекта: откройте проект на странице «Проекты». Enter или двойной щелчок здесь открывает там грант.</translation>
    </message>
    <message>
        <source>Paid %1 of %2.</source>
        <translation>Выплачено %1 из %2.</translation>
    </message>
    <message>
        <source>Warning: the tranches add up to %1, not the grant's %2.</source>
        <translation>Внимание: сумма траншей %1, а не %2, как в гранте.</translation>
    </message>
</context><context><name>GrantsTab</name><message>
        <source>Tranches</source>
        <translation>Транши</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Choose a grant to see its tranches and reports.</source>
        <translation>Выберите грант, чтобы увидеть его транши и отчёты.</translation>
    </message>
</context><context><name>GrantsSection</name><message>
        <source>Grantee</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>The NGO or national institution that receives the grant.</source>
        <translation>НПО или национальное учреждение, получающее грант.</translation>
    </message>
    <message>
        <source>Kind of grantee</source>
        <translation>Вид получателя</translation>
    </message>
    <message>
        <source>Grantee's country</source>
        <translation>Страна получателя</translation>
    </message>
    <message>
        <source>Three capital letters: USD, EUR, CHF.</source>
        <translation>Три заглавные буквы: USD, EUR, CHF.</translation>
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
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>грант</translation>
    </message>
</context><context><name>TranchesSection</name><message>
        <source>Tranche</source>
        <translation>Транш</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата выплаты</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Выплачен</translation>
    </message>
    <message>
        <source>Paid to the grantee</source>
        <translation>Выплачен получателю</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>tranche</source>
        <translation>транш</translation>
    </message>
</context><context><name>GrantReportsSection</name><message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>A report is accepted once it has been received.</source>
        <translation>Отчёт принимается после получения.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>grant report</source>
        <translation>отчёт по гранту</translation>
    </message>
</context><context><name>FellowshipsPage</name><message>
        <source>Fellowships</source>
        <translation>Стипендии</translation>
    </message>
    <message>
        <source>Fellow</source>
        <translation>Стипендиат</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Набор</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Принимающая сторона</translation>
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
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Итоговый отчёт</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Стажировка</translation>
    </message>
    <message>
        <source>Delete this fellowship (%1) with its objectives and follow-up contacts?</source>
        <translation>Удалить эту стипендию (%1) вместе с её целями и последующими контактами?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fellowship(s)</source>
        <translation>
            <numerusform>%Ln стипендия</numerusform>
            <numerusform>%Ln стипендии</numerusform>
            <numerusform>%Ln стипендий</numerusform>
        </translation>
    </message>
</context><context><name>FellowshipEditor</name><message>
        <source>Fellow</source>
        <translation>Стипендиат</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Набор</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Learning objectives</source>
        <translation>Учебные цели</translation>
    </message>
    <message>
        <source>Follow-up contacts</source>
        <translation>Последующие контакты</translation>
    </message>
    <message>
        <source>Type part of the person's name and pick them from the list.</source>
        <translation>Введите часть имени и выберите человека из списка.</translation>
    </message>
    <message>
        <source>For example “2026 Indigenous Fellowship, English section”.</source>
        <translation>Например, «Стипендия для коренных народов 2026, английская секция».</translation>
    </message>
    <message>
        <source>Host office or institution</source>
        <translation>Принимающее отделение или учреждение</translation>
    </message>
    <message>
        <source>Placement start</source>
        <translation>Начало стажировки</translation>
    </message>
    <message>
        <source>Placement end</source>
        <translation>Окончание стажировки</translation>
    </message>
    <message>
        <source>Final report received</source>
        <translation>Итоговый отчёт получен</translation>
    </message>
    <message>
        <source>Final report summary</source>
        <translation>Краткое содержание итогового отчёта</translation>
    </message>
    <message>
        <source>New fellowship</source>
        <translation>Новая стипендия</translation>
    </message>
    <message>
        <source>Placement weeks: shown once both dates are known.</source>
        <translation>Недели стажировки: будут показаны, когда известны обе даты.</translation>
    </message>
    <message>
        <source>Placement weeks: %1 (days: %2).</source>
        <translation>Недель стажировки: %1 (дней: %2).</translation>
    </message>
    <message>
        <source>Attach the report itself below.</source>
        <translation>Сам отчёт прикрепите ниже.</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Стажировка</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Итоговый отчёт</translation>
    </message>
    <message>
        <source>On the Final report tab: %1</source>
        <translation>На вкладке «Итоговый отчёт»: %1</translation>
    </message>
</context><context><name>ObjectivesSection</name><message>
        <source>Learning objective</source>
        <translation>Учебная цель</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Достигнута</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>learning objective</source>
        <translation>учебная цель</translation>
    </message>
    <message>
        <source>What the fellow set out to learn, and whether it was met by the end of the placement.</source>
        <translation>Чему стипендиат хотел научиться и достигнута ли цель к концу стажировки.</translation>
    </message>
</context><context><name>ContactsSection</name><message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Способ связи</translation>
    </message>
    <message>
        <source>What they do now</source>
        <translation>Чем занимается сейчас</translation>
    </message>
    <message>
        <source>Applies what they learned</source>
        <translation>Применяет полученные знания</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>follow-up contact</source>
        <translation>последующий контакт</translation>
    </message>
    <message>
        <source>After the placement: what the former fellow does now, and whether they apply what they learned.</source>
        <translation>После стажировки: чем бывший стипендиат занимается сейчас и применяет ли полученные знания.</translation>
    </message>
</context><context><name>FellowshipsOfPerson</name><message>
        <source>Cohort</source>
        <translation>Набор</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Принимающая сторона</translation>
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
        <source>Weeks</source>
        <translation>Недель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Fellowships of this participant</source>
        <translation>Стипендии этого участника</translation>
    </message>
    <message>
        <source>Fellowships are recorded on the Fellowships page: Enter or a double click opens one there.</source>
        <translation>Стипендии записываются на странице «Стипендии»: Enter или двойной щелчок открывает стипендию там.</translation>
    </message>
</context><context><name>FinalReportTab</name><message>
        <source>The report's file</source>
        <translation>Файл отчёта</translation>
    </message>
    <message>
        <source>The report's file, once the fellowship is saved</source>
        <translation>Файл отчёта — после сохранения стипендии</translation>
    </message>
</context><context><name>FellowshipNote</name><message>
        <source>Fellowships are now recorded on the Fellowships page, with the placement, final report and follow-up. This form stays for the activities recorded before.</source>
        <translation>Стипендии теперь ведутся на странице «Стипендии» — со стажировкой, итоговым отчётом и последующими контактами. Этот вид остаётся для мероприятий, записанных раньше.</translation>
    </message>
</context><context><name>ReviewsPage</name><message>
        <source>Reviews</source>
        <translation>Обзоры</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Тематические области</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
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
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Delete the review “%1” with its team, interviews and findings?</source>
        <translation>Удалить обзор «%1» вместе с группой, интервью и выводами?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln обзор</numerusform>
            <numerusform>%Ln обзора</numerusform>
            <numerusform>%Ln обзоров</numerusform>
        </translation>
    </message>
</context><context><name>ReviewEditor</name><message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind of review</source>
        <translation>Вид обзора</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <source>Terms of reference</source>
        <translation>Техническое задание</translation>
    </message>
    <message>
        <source>The terms as text; attach the signed document on the Attachments tab.</source>
        <translation>Задание текстом; подписанный документ приложите на вкладке «Вложения».</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Тематические области</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Интервью</translation>
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
        <source>Synthesis</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>Новый обзор</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
</context><context><name>DossierButton</name><message>
        <source>&amp;Dossier…</source>
        <translation>&amp;Досье…</translation>
    </message>
    <message>
        <source>Save the review with a country and a thematic area first.</source>
        <translation>Сначала сохраните обзор со страной и тематической областью.</translation>
    </message>
</context><context><name>DossierDialog</name><message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Тематическая область</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Стра&amp;на:</translation>
    </message>
    <message>
        <source>&amp;Thematic area:</source>
        <translation>&amp;Тематическая область:</translation>
    </message>
</context><context><name>InterviewsSection</name><message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Stakeholder meeting</source>
        <translation>Встреча с заинтересованной стороной</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>Тип заинтересованной стороны</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>A meeting already recorded on a mission (type its organisation), or fill in the interview below.</source>
        <translation>Встреча, уже записанная в миссии (введите организацию), или заполните интервью ниже.</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>интервью</translation>
    </message>
</context><context><name>RecommendationsSection</name><message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
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
        <translation>Статус</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the selected line (%1)?</source>
        <translation>Убрать выбранную строку (%1)?</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рекомендация</translation>
    </message>
    <message>
        <source>Follow each recommendation up on the Recommendations page.</source>
        <translation>Выполнение каждой рекомендации отслеживайте на странице «Рекомендации».</translation>
    </message>
</context><context><name>SynthesisTab</name><message>
        <source>The synthesis of the review: its main findings, conclusions and recommendations, as adopted.</source>
        <translation>Итоги обзора: основные выводы, заключения и рекомендации в утверждённом виде.</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Save s&amp;ynthesis</source>
        <translation>Сохранить &amp;итоги</translation>
    </message>
    <message>
        <source>Save and mark &amp;final</source>
        <translation>Сохранить как &amp;окончательный</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ещё не сохранено.</translation>
    </message>
</context><context><name>Coverage</name><message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>Countries covered</source>
        <translation>Охваченные страны</translation>
    </message>
    <message>
        <source>Type a country, Enter adds it</source>
        <translation>Введите страну, Enter добавит её</translation>
    </message>
    <message>
        <source>Listed: %1. Delete removes the chosen country.</source>
        <translation>В списке: %1. Delete удаляет выбранную страну.</translation>
    </message>
    <message>
        <source>No country is called “%1”.</source>
        <translation>Нет страны с названием «%1».</translation>
    </message>
    <message>
        <source>Press Enter to add the country, or clear the field.</source>
        <translation>Нажмите Enter, чтобы добавить страну, или очистите поле.</translation>
    </message>
</context><context>
    <name>AllocationEditor</name>
    <message>
        <source>Grant</source>
        <translation>Грант</translation>
    </message>
    <message>
        <source>When the money is for one of the project's grants: type part of the grantee's name and pick it.</source>
        <translation>Если деньги предназначены для одного из грантов проекта: введите часть имени получателя и выберите грант.</translation>
    </message>
</context>
<context>
    <name>AllocationsList</name>
    <message>
        <source>Grant</source>
        <translation>Грант</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>recommendations: %1</source>
        <translation>рекомендации: %1</translation>
    </message>
<message>
        <source>Plan action</source>
        <translation>Мера плана</translation>
    </message>
</context>
<context>
    <name>AfterExitSection</name>
    <message>
        <source>Evidence &amp;files…</source>
        <translation>Файлы подт&amp;верждений…</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence of the check at %1 months</source>
        <translation>Подтверждения проверки через %1 мес.</translation>
    </message>
    <message>
        <source>Files that show what the check found: a budget page, a report, a list of staff.</source>
        <translation>Файлы, подтверждающие выводы проверки: страница бюджета, отчёт, список сотрудников.</translation>
    </message>
</context>
<context>
    <name>InstitutionsPage</name>
    <message>
        <source>National institutions</source>
        <translation>Национальные учреждения</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Аккредитация</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Delete the institution “%1” with its accreditation reviews, concerns and regional offices? The records linked to it keep their own data.</source>
        <translation>Удалить учреждение «%1» вместе с рассмотрениями аккредитации, замечаниями и региональными отделениями? Связанные с ним записи сохранят свои данные.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln institution(s)</source>
        <translation>
            <numerusform>%Ln учреждение</numerusform>
            <numerusform>%Ln учреждения</numerusform>
            <numerusform>%Ln учреждений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstitutionEditor</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Сокращение</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Аккредитация</translation>
    </message>
    <message>
        <source>New national institution</source>
        <translation>Новое национальное учреждение</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовая основа</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Regional offices</source>
        <translation>Региональные отделения</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>The constitution or law that establishes it, with its reference (article, law number).</source>
        <translation>Конституция или закон, которым оно учреждено, с реквизитами (статья, номер закона).</translation>
    </message>
</context>
<context>
    <name>AccreditationSection</name>
    <message>
        <source>accreditation review</source>
        <translation>рассмотрение аккредитации</translation>
    </message>
    <message>
        <source>Reviews by GANHRI's Sub-Committee on Accreditation, latest first, recorded by headquarters. The current status is the latest review's.</source>
        <translation>Рассмотрения Подкомитета по аккредитации ГАНПЧУ, начиная с последнего, записанные штаб-квартирой. Текущий статус — статус последнего рассмотрения.</translation>
    </message>
    <message>
        <source>Reviews by GANHRI's Sub-Committee on Accreditation, latest first. The current status is the latest review's.</source>
        <translation>Рассмотрения Подкомитета по аккредитации ГАНПЧУ, начиная с последнего. Текущий статус — статус последнего рассмотрения.</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Дата рассмотрения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующее рассмотрение</translation>
    </message>
    <message>
        <source>Concerns raised</source>
        <translation>Высказано замечаний</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Current status: not reviewed.</source>
        <translation>Текущий статус: не рассматривалось.</translation>
    </message>
    <message>
        <source>Current status: %1, since the review of %2.</source>
        <translation>Текущий статус: %1, с рассмотрения от %2.</translation>
    </message>
    <message>
        <source>The Sub-Committee's concerns are recorded on the Concerns tab, naming this review.</source>
        <translation>Замечания Подкомитета записываются на вкладке «Замечания» со ссылкой на это рассмотрение.</translation>
    </message>
</context>
<context>
    <name>OfficesSection</name>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>regional office</source>
        <translation>региональное отделение</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
</context>
<context>
    <name>ConcernsSection</name>
    <message>
        <source>concern</source>
        <translation>замечание</translation>
    </message>
    <message>
        <source>Paris Principles concerns, recorded as findings about the institution: raised by an accreditation review, by a mission, or by the office's own assessment.</source>
        <translation>Замечания в отношении Парижских принципов, записанные как выводы об учреждении: высказанные при рассмотрении аккредитации, миссией или по собственной оценке отделения.</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Кем высказано</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Высказано</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Устранено</translation>
    </message>
    <message>
        <source>How it was addressed</source>
        <translation>Как устранено</translation>
    </message>
    <message>
        <source>Raised by the accreditation review</source>
        <translation>Высказано при рассмотрении аккредитации</translation>
    </message>
    <message>
        <source>Raised by the mission</source>
        <translation>Высказано миссией</translation>
    </message>
    <message>
        <source>Against the Paris Principles: mandate, independence, pluralism, resources, appointment, cooperation.</source>
        <translation>В отношении Парижских принципов: мандат, независимость, плюрализм, ресурсы, назначение, сотрудничество.</translation>
    </message>
    <message>
        <source>Accreditation review of %1</source>
        <translation>Рассмотрение аккредитации от %1</translation>
    </message>
</context>
<context>
    <name>WorkTab</name>
    <message>
        <source>Work linked to this institution</source>
        <translation>Работа, связанная с этим учреждением</translation>
    </message>
    <message>
        <source>Projects, missions, training activities and recommendations that name this institution (chosen in their own editors). Enter or a double click opens one.</source>
        <translation>Проекты, миссии, учебные мероприятия и рекомендации, в которых указано это учреждение (выбирается в их редакторах). Enter или двойной щелчок открывает запись.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Projects: %1. Missions: %2. Training activities: %3. Recommendations: %4.</source>
        <translation>Проекты: %1. Миссии: %2. Учебные мероприятия: %3. Рекомендации: %4.</translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
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
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>National institution</source>
        <translation>Национальное учреждение</translation>
    </message>
    <message>
        <source>An institution of another country</source>
        <translation>Учреждение другой страны</translation>
    </message>
    <message>
        <source>The national human rights institution this concerns: one of the record's country.</source>
        <translation>Национальное правозащитное учреждение, которого это касается: учреждение страны записи.</translation>
    </message>
</context>
<context><name>Thread</name><message>
        <source>Requests for assistance that cite it: %1</source>
        <translation>Запросы о помощи, ссылающиеся на неё: %1</translation>
    </message>
    <message>
        <source>Missions: %1</source>
        <translation>Миссии: %1</translation>
    </message>
    <message>
        <source>Projects that answer it: %1</source>
        <translation>Проекты, отвечающие на неё: %1</translation>
    </message>
    <message>
        <source>Results and indicators of those projects: %1</source>
        <translation>Результаты и показатели этих проектов: %1</translation>
    </message>
    <message>
        <source>Follow-up notes: %1</source>
        <translation>Записи о выполнении: %1</translation>
    </message>
    <message>
        <source>No request for assistance cites this recommendation yet.</source>
        <translation>Пока ни один запрос о помощи не ссылается на эту рекомендацию.</translation>
    </message>
    <message>
        <source>No mission is linked to this recommendation yet.</source>
        <translation>С этой рекомендацией пока не связана ни одна миссия.</translation>
    </message>
    <message>
        <source>No project answers this recommendation yet.</source>
        <translation>Пока ни один проект не отвечает на эту рекомендацию.</translation>
    </message>
    <message>
        <source>No indicator measures what those projects do yet.</source>
        <translation>Пока ни один показатель не измеряет работу этих проектов.</translation>
    </message>
    <message>
        <source>No follow-up note has been recorded yet.</source>
        <translation>Записей о выполнении пока нет.</translation>
    </message>
    <message>
        <source>What was done about this recommendation, from the requests that cite it to the indicators of the projects that answer it. Enter or a double click opens a record.</source>
        <translation>Что сделано по этой рекомендации: от запросов, ссылающихся на неё, до показателей проектов, отвечающих на неё. Enter или двойной щелчок открывает запись.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 из %2 %3</translation>
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
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Recommendations this project answers</source>
        <translation>Рекомендации, на которые отвечает этот проект</translation>
    </message>
    <message>
        <source>Once saved, the recommendations this project answers show here.</source>
        <translation>После сохранения здесь будут показаны рекомендации, на которые отвечает проект.</translation>
    </message>
    <message>
        <source>Recommendations this project answers (linked to it, or through its mission or request): %1. Enter or a double click opens one.</source>
        <translation>Рекомендации, на которые отвечает проект (связанные с ним или через его миссию либо запрос): %1. Enter или двойной щелчок открывает рекомендацию.</translation>
    </message>
    <message>
        <source>This project answers no recommendation yet: link it on a recommendation (“Projects that answer it”).</source>
        <translation>Этот проект пока не отвечает ни на одну рекомендацию: свяжите его в рекомендации («Проекты, отвечающие на неё»).</translation>
    </message>
    <message>
        <source>No project answers it</source>
        <translation>Ни один проект не отвечает</translation>
    </message>
    <message>
        <source>A project's indicators are off track</source>
        <translation>Показатели проекта отстают</translation>
    </message>
    <message>
        <source>No plan action answers it</source>
        <translation>Ни одна мера плана не отвечает</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>Группы лиц</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Цель %1</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>ЦУР</translation>
    </message>
    <message>
        <source>Universal periodic review: %1</source>
        <translation>Универсальный периодический обзор: %1</translation>
    </message>
    <message>
        <source>Special procedure: %1</source>
        <translation>Специальная процедура: %1</translation>
    </message>
    <message>
        <source>Actions of national action plans that answer it: %1</source>
        <translation>Действия национальных планов действий, отвечающие на неё: %1</translation>
    </message>
    <message>
        <source>No action of a national action plan answers this recommendation yet.</source>
        <translation>Пока ни одно действие национального плана действий не отвечает на эту рекомендацию.</translation>
    </message>
</context><context><name>PlansPage</name><message>
        <source>National action plans</source>
        <translation>Национальные планы действий</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Coordinating body</source>
        <translation>Координирующий орган</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>Delete the plan “%1” with its actions?</source>
        <translation>Удалить план «%1» вместе с его мерами?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s)</source>
        <translation>
            <numerusform>%Ln план</numerusform>
            <numerusform>%Ln плана</numerusform>
            <numerusform>%Ln планов</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Просроченные действия</translation>
    </message>
</context><context><name>PlanEditor</name><message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Coordinating body</source>
        <translation>Координирующий орган</translation>
    </message>
    <message>
        <source>The ministry, commission or interministerial committee that coordinates it.</source>
        <translation>Министерство, комиссия или межведомственный комитет, координирующие его.</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Дата принятия</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Меры</translation>
    </message>
    <message>
        <source>New national action plan</source>
        <translation>Новый национальный план действий</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Мера</translation>
    </message>
</context><context><name>ActionsSection</name><message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Импорт из Excel…</translation>
    </message>
    <message>
        <source>Excel &amp;template…</source>
        <translation>&amp;Шаблон Excel…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Ответственное учреждение</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>To look at</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>Просрочена.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Recommendations it answers</source>
        <translation>Рекомендации, на которые она отвечает</translation>
    </message>
    <message>
        <source>Type a symbol, paragraph or words to find one; Enter ticks it</source>
        <translation>Введите символ, пункт или слова, чтобы найти; Enter отмечает</translation>
    </message>
    <message>
        <source>Projects that support it</source>
        <translation>Проекты, которые её поддерживают</translation>
    </message>
    <message>
        <source>Type a code or title; Enter ticks it</source>
        <translation>Введите код или название; Enter отмечает</translation>
    </message>
    <message>
        <source>action</source>
        <translation>мера</translation>
    </message>
    <message>
        <source>An action past its deadline that is neither done nor dropped is overdue.</source>
        <translation>Мера, срок которой истёк и которая не выполнена и не отменена, просрочена.</translation>
    </message>
</context><context><name>Plans</name><message>
        <source>plan-actions.xlsx</source>
        <translation>меры-плана.xlsx</translation>
    </message>
    <message>
        <source>Save the actions template</source>
        <translation>Сохранить шаблон мер</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Шаблон сохранён: %1</translation>
    </message>
    <message>
        <source>Import actions from Excel</source>
        <translation>Импорт мер из Excel</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Строка %1, %2: %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already recorded, %4 with problems.</source>
        <translation>%1: новых: %2; уже записанных: %3; с ошибками: %4.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct these rows in the sheet and import it again.</source>
        <translation>Ничего не импортировано: исправьте эти строки в листе и импортируйте его снова.</translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>Нового для импорта нет.</translation>
    </message>
    <message>
        <source>Import the new actions?</source>
        <translation>Импортировать новые меры?</translation>
    </message>
    <message>
        <source>Actions imported: %1.</source>
        <translation>Импортировано мер: %1.</translation>
    </message>
</context><context>
    <name>ReviewTeamSection</name>
    <message>
        <source>team member</source>
        <translation>член состава</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>Роль в составе</translation>
    </message>
</context>
<context>
    <name>ReviewFindingsSection</name>
    <message>
        <source>finding</source>
        <translation>вывод</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>Тематическая область</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
</context>
<context>
    <name>BundleHistoryTab</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Применено</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Отправленные и полученные пакеты</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Получен от</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Отправлен в</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>всё</translation>
    </message>
    <message>
        <source>missing before it: %1 (their changes came in later bundles)</source>
        <translation>до него не пришли: %1 (их изменения пришли в более поздних пакетах)</translation>
    </message>
</context>
<context><name>UserSignaturesBox</name><message>
        <source>Bundles signed by headquarters' root key alone</source>
        <translation>Пакеты, подписанные только корневым ключом штаб-квартиры</translation>
    </message>
    <message>
        <source>Required: offices refuse a headquarters bundle signed by the root key alone; every bundle must be signed by a certified user's own key.</source>
        <translation>Обязательно: отделения отклоняют пакет штаб-квартиры, подписанный только корневым ключом; каждый пакет должен быть подписан собственным ключом заверенного пользователя.</translation>
    </message>
    <message>
        <source>Required: this office refuses a headquarters bundle signed by the root key alone; every bundle must be signed by a certified headquarters user's own key.</source>
        <translation>Обязательно: это отделение отклоняет пакет штаб-квартиры, подписанный только корневым ключом; каждый пакет должен быть подписан собственным ключом заверенного пользователя штаб-квартиры.</translation>
    </message>
    <message>
        <source>Headquarters decides this with its root key; the setting reaches each office with the next bundle sent to it.</source>
        <translation>Это решает штаб-квартира своим корневым ключом; настройка доходит до каждого отделения со следующим отправленным ему пакетом.</translation>
    </message>
    <message>
        <source>Headquarters decides this setting, and it reaches this office with headquarters' bundles; it cannot be changed here.</source>
        <translation>Эту настройку определяет штаб-квартира, и она приходит в это отделение с пакетами штаб-квартиры; изменить её здесь нельзя.</translation>
    </message>
    <message>
        <source>Saved. Offices refuse bundles signed by the root key alone from the next bundle each receives.</source>
        <translation>Сохранено. Отделения отклоняют пакеты, подписанные только корневым ключом, начиная со следующего пакета, который получит каждое из них.</translation>
    </message>
    <message>
        <source>Saved. Offices accept bundles signed by the root key alone again from the next bundle each receives.</source>
        <translation>Сохранено. Отделения снова принимают пакеты, подписанные только корневым ключом, начиная со следующего пакета, который получит каждое из них.</translation>
    </message>
    <message>
        <source>Not required: offices accept headquarters bundles signed by the root key alone.</source>
        <translation>Не обязательно: отделения принимают пакеты штаб-квартиры, подписанные только корневым ключом.</translation>
    </message>
    <message>
        <source>Not required: this office accepts headquarters bundles signed by the root key alone.</source>
        <translation>Не обязательно: это отделение принимает пакеты штаб-квартиры, подписанные только корневым ключом.</translation>
    </message>
    <message>
        <source>&amp;Accept root-signed bundles again…</source>
        <translation>Снова прин&amp;имать пакеты с подписью корневого ключа…</translation>
    </message>
    <message>
        <source>Re&amp;quire user-signed bundles…</source>
        <translation>&amp;Требовать пакеты с подписью пользователя…</translation>
    </message>
    <message>
        <source>(since %1)</source>
        <translation>(с %1)</translation>
    </message>
</context><context><name>UserSignaturesDialog</name><message>
        <source>Offices will refuse any headquarters bundle signed by the root key alone, from the next bundle each receives: every bundle must then be signed by a certified user's own key.</source>
        <translation>Отделения будут отклонять любой пакет штаб-квартиры, подписанный только корневым ключом, начиная со следующего пакета, который получит каждое из них: тогда каждый пакет должен быть подписан собственным ключом заверенного пользователя.</translation>
    </message>
    <message>
        <source>Offices will accept headquarters bundles signed by the root key alone again, from the next bundle each receives.</source>
        <translation>Отделения снова будут принимать пакеты штаб-квартиры, подписанные только корневым ключом, начиная со следующего пакета, который получит каждое из них.</translation>
    </message>
    <message>
        <source>Headquarters' root key file</source>
        <translation>Файл корневого ключа штаб-квартиры</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Require user-signed bundles</source>
        <translation>Требовать пакеты с подписью пользователя</translation>
    </message>
    <message>
        <source>Accept root-signed bundles again</source>
        <translation>Снова принимать пакеты с подписью корневого ключа</translation>
    </message>
    <message>
        <source>Headquarters' root key is kept offline. Give the file 'fielddesk keys root export' wrote and its passphrase: the key is used for this change only and is not kept in this profile folder.</source>
        <translation>Корневой ключ штаб-квартиры хранится вне сети. Укажите файл, записанный командой 'fielddesk keys root export', и его парольную фразу: ключ используется только для этого изменения и не сохраняется в этой папке профиля.</translation>
    </message>
    <message>
        <source>Root key file</source>
        <translation>Файл корневого ключа</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Root key &amp;file:</source>
        <translation>&amp;Файл корневого ключа:</translation>
    </message>
    <message>
        <source>Passphrase of the root key file</source>
        <translation>Парольная фраза файла корневого ключа</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Headquarters' root key in this profile folder signs the change.</source>
        <translation>Изменение подписывает корневой ключ штаб-квартиры, хранящийся в этой папке профиля.</translation>
    </message>
    <message>
        <source>&amp;Require user-signed bundles</source>
        <translation>&amp;Требовать пакеты с подписью пользователя</translation>
    </message>
    <message>
        <source>&amp;Accept root-signed bundles</source>
        <translation>П&amp;ринимать пакеты с подписью корневого ключа</translation>
    </message>
    <message>
        <source>Give the root key file (written by 'fielddesk keys root export'). Nothing was changed.</source>
        <translation>Укажите файл корневого ключа (записанный командой 'fielddesk keys root export'). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Type the passphrase of the root key file. Nothing was changed.</source>
        <translation>Введите парольную фразу файла корневого ключа. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Signing the setting with the root key</source>
        <translation>Подпись настройки корневым ключом</translation>
    </message>
    <message>
        <source>This profile folder holds no certified user key: it will make no bundle until one is certified for it ('fielddesk keys user add NAME').</source>
        <translation>В этой папке профиля нет заверенного ключа пользователя: пакеты из неё не будут создаваться, пока для неё не заверят ключ ('fielddesk keys user add ИМЯ').</translation>
    </message>
</context></TS>