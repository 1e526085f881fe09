<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>see the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About FieldDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missions, trainings, reports and sync for the field offices of a human rights technical cooperation programme.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FieldDesk is free software under the MIT licence. It is built on the libraries and fonts below, each under its own licence: choose one to read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data is kept in %1, not in the program's folder: installing a newer version or removing FieldDesk leaves it where it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Components and their licences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The licence text of %1 is not included with this copy of FieldDesk; see %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post-test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities of this participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance and scores are recorded in each activity.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Assess: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the evidence (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0 – does not apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 – applies fully</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why this score: the facts, who was consulted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence recorded:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>“%1” is a .%2 file: a program or script that runs on this computer with your rights when opened. Open it only if you know where it comes from. Open it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a program?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type: .%1, a program or script (FieldDesk asks before opening it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type: .%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files are copied into the profile and travel with the next sync bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copying files into the profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove “%1” from this record?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Days present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Attendance by participant and day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked: present. Empty: absent. Dash: not recorded. Click a cell or press the space bar to change it; each change is saved at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone &amp;present on the selected day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked: present. Empty: absent. Dash: not recorded. Click a cell or press the space bar to change it, or type 1 (present) or 0 (absent); Enter or Tab moves on. Each change is saved at once.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FieldDesk backs up this profile once a day when it is first used, and before every bundle import, database upgrade and restore. It keeps the last 10 automatic backups and every backup made by hand. Backups are encrypted like the profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up to a &amp;folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up now and copy the backup to a folder, for example on a USB stick, with the key file that opens it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes made here that headquarters has not yet acknowledged: %1 (the oldest from %2). Restoring a backup would replace them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the backup to a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up and copied to %1, with the key file that opens it (the passphrase or the recovery key is still needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up and copied to %1. This profile is not encrypted: anyone who has the copy can read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the profile's data with the backup made %1? Everything recorded since then is replaced. The current data is backed up first, so restoring that backup undoes this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes not yet at headquarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes made here that headquarters has not acknowledged: %1 (the oldest from %2). Restoring replaces them; they stay in the backup made before the restore. Sending a bundle to headquarters first is safer.

Restore anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up now and copy the backup to a folder, for example on a USB stick, with a key file that opens it with the recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up and copied to %1, with a key file that opens it with the recovery key only (not with the passphrase: an old copy never opens with an old passphrase).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Daily, on first use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before encrypting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before a database upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before importing bundle #%1 from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expenditure (USD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expenditure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>budget line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total budget %1 USD; spent %2 USD%3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Execution (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget and expenditure per year and funding source; the execution rate is expenditure as a share of budget.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Execution by year: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total budget %1; spent %2%3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BundlePreview</name>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle #%1 from %2 has been checked: it is signed by %2 and addressed to this office. Nothing has been changed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New records:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated records:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already up to date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (both sides changed the same thing; you will review them on the Conflicts tab)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for a parent record:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Welcome to FieldDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FieldDesk keeps your office's missions, trainings and participants on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Set up my office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Explore FieldDesk with demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data will be kept in %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;resolved conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This office's value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The other office's value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open the record to edit it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>theirs (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conflict selected. Conflicts appear here when this office and another changed the same thing between two syncs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(resolved: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolving…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>FieldDesk is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office %1. Type the passphrase to go on: the windows come back as they were.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CriteriaView</name>
    <message>
        <source>Headquarters sets the criteria and their weights; every office ranks its requests by them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set by headquarters; every office ranks its requests by them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it is evaluated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0 (not counted) to 10.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Activities and participants per quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>training activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>people trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recommendations being followed up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities and participants per quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants by sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants by target group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendations by follow-up status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missions by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open requests for assistance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open requests by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projects by stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicators on and off track</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>closed projects sustained at 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Activities by thematic area</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>dd</source>
        <comment>day in a date format</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mm</source>
        <comment>month in a date format</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yyyy</source>
        <comment>year in a date format</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the date as %1 or as %2, or press Alt+Down for a calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date. Type it as %2 or as %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”: write the year in full, with four digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date: %2 %3 has %4 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is outside the dates this field accepts (%2 to %3).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish loads the demo data; it takes a few seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo holds invented missions, trainings and participants in five countries, recorded by a Guatemala office. Use it to try FieldDesk, not for real work: for real work, start again with a new profile folder. As it holds nothing real, the demo profile is not encrypted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Possible duplicate: %1. Check whether this is the same person before adding a new record.</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>&amp;Not the same person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a new person and do not offer these records as duplicates again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Possible duplicate: this person may be recorded already. Use the existing record, or say that this is not the same person.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this person</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EnrollmentTab</name>
    <message>
        <source>Find a participant to enrol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find a participant:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;nrol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;participant…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrolled participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove from the activity</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>women: %1, men: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove from the activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1 from this activity? Their attendance and scores here are removed too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import participants from an Excel file and enrol them in this activity</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvaluationsSection</name>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lessons learnt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mid-term and end-of-project evaluations: what was found, and what was learnt.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send &amp;everything, not only what the recipient has not confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Make bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop bundle files here, or</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No office is trusted yet. Exchange identity cards on the Keys tab first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 change(s) that %2 has not confirmed yet, the oldest from %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has confirmed every change; a bundle now only carries the confirmation of what you received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FieldDesk bundles (*.fdb);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle #%1 for %2 was saved to %3 with %4 change(s) and %5 attachment(s). Carry it to %2 and import it there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import bundles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle #%1 for %2 was saved to %3 with %4 and %5. Carry it to %2 and import it there.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln change(s) that %1 has not confirmed yet, the oldest from %2.</source>
        <translation>
            <numerusform>%Ln change that %1 has not confirmed yet, from %2.</numerusform>
            <numerusform>%Ln changes that %1 has not confirmed yet, the oldest from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln attachment</numerusform>
            <numerusform>%Ln attachments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpertEditor</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expertise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language codes separated by commas, for example: en, fr, es.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New expert</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExpertsPage</name>
    <message>
        <source>Experts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expertise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln expert(s)</source>
        <translation>
            <numerusform>%Ln expert</numerusform>
            <numerusform>%Ln experts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More filters (%1 in use)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fewer filters</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindingsSection</name>
    <message>
        <source>Thematic area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the mission found, by thematic area.</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>FieldDesk – first start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery key is shown only now. Without it, a forgotten passphrase means the data cannot be opened. Go on without keeping it?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse for: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowUpTimeline</name>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follow-up note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each step in following up this recommendation, oldest first. The latest note sets the recommendation's status.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GenerateStrip</name>
    <message>
        <source>Progress of the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop generating the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: no report was made.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(from a sync bundle)</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>headquarters (root key)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History of this record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every change to this record, latest first, as kept in the change log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing before it: %1 (their changes came in later bundles)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import participants from an Excel file and enrol them in “%1”. People already recorded are recognised, so no one is added twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import %1 from an Excel file. The file is checked first and nothing is written until you press Import; rows already recorded are recognised, so importing a file twice adds nothing twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An .xlsx file: a FieldDesk template or export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file yet? Start from an empty template with the right column titles:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;heck the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template was saved to %1. Fill it in, then import it here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the whole row)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone new: add them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same person as %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already recorded: left as it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New: added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; enrolled in the activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not the same person: add them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this person: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To decide: the same person, or someone new?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>This bundle was imported before; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A later bundle from %1 has already brought these changes; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle no. %1 from %2 applied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New records: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated records: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already up to date: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts to review (Sync page, Conflicts): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes refused and kept for review: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>training activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missions</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln new participant(s)</source>
        <translation>
            <numerusform>%Ln new participant</numerusform>
            <numerusform>%Ln new participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new training activity(-ies)</source>
        <translation>
            <numerusform>%Ln new training activity</numerusform>
            <numerusform>%Ln new training activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new mission(s)</source>
        <translation>
            <numerusform>%Ln new mission</numerusform>
            <numerusform>%Ln new missions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the file</source>
        <translation>
            <numerusform>%Ln problem in the file</numerusform>
            <numerusform>%Ln problems in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until they are corrected: correct the file, save it and check it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To add: %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln row(s) already recorded, left as they are.</source>
        <translation>
            <numerusform>%Ln row already recorded, left as they are.</numerusform>
            <numerusform>%Ln rows already recorded, left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) to enrol in the activity.</source>
        <translation>
            <numerusform>%Ln participant to enrol in the activity.</numerusform>
            <numerusform>%Ln participants to enrol in the activity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) may already be recorded (highlighted): choose in the last column whether each is the same person or someone new.</source>
        <translation>
            <numerusform>%Ln participant may already be recorded (highlighted): choose in the last column whether each is the same person or someone new.</numerusform>
            <numerusform>%Ln participants may already be recorded (highlighted): choose in the last column whether each is the same person or someone new.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) enrolled in the activity.</source>
        <translation>
            <numerusform>%Ln participant enrolled in the activity.</numerusform>
            <numerusform>%Ln participants enrolled in the activity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were already recorded and left as they were.</source>
        <translation>
            <numerusform>%Ln row were already recorded and left as they were.</numerusform>
            <numerusform>%Ln rows were already recorded and left as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsSection</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Baseline date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty: the project's start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty: the project's end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>This office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save my identity card…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted offices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Trust an identity card…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>headquarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>field office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save identity card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity cards (*.fdcard);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity card saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card of %1 was saved to %2. Give it to the other office; when they trust it, read them this fingerprint by phone: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust an identity card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity cards (*.fdcard *.card *.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust this office?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2 (%3)

Fingerprint: %4

Call the office and have them read their fingerprint to you. Trust the card only if every character matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was already trusted with these keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earlier keys:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earlier keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (these are the first keys)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replaced %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This headquarters profile's private keys lie unencrypted in its folder: whoever copies them can read every office's bundles and sign as headquarters. Encrypt them with 'fielddesk encrypt' (the window then asks for the passphrase when it starts).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundles signed by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's own key, certified by headquarters' key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>headquarters' key (no key of your own: 'fielddesk keys user add NAME')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nobody: no key of your own here, and headquarters' root key is kept offline (ask its holder: 'fielddesk keys user add NAME --root FILE')</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Search (Ctrl+F)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FieldDesk – %1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up the profile, copy a backup to a folder, or restore one</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>A&amp;ccess record…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who printed or exported whose data here, for an audit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Women met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Men met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Others met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something unexpected went wrong (%1: %2). Nothing was saved by this step; the details were written to the log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FieldDesk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requesting authority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terms of reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New mission</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MissionRecommendationsSection</name>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow each recommendation up on the Recommendations page.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <source>Missions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln mission(s)</source>
        <translation>
            <numerusform>%Ln mission</numerusform>
            <numerusform>%Ln missions</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the mission “%1” with its team, meetings and findings?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add and &amp;enrol</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Working… this can take a moment; please wait.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several wrong tries: the next one is possible in %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least 8 characters. A few unrelated words are easier to remember and harder to guess than a short password with symbols. Without the passphrase, only the recovery key opens the profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too short: at least 8 characters (%1 so far).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase starts or ends with a space; remove it, it is easily forgotten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the same passphrase again below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the current passphrase too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrases match. Accepted, but a longer one (12 characters or more) is harder to guess.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrases match, and the length is good.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too easy to guess: common words, names, dates, keyboard patterns and repeats are tried first. Use three or four unrelated words, or a sentence of your own.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Your office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every record you make carries this office's code, so headquarters knows where it comes from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for example GT-01</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for example Guatemala office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office code is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use 2 to 32 letters, digits or hyphens, for example GT-01.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office name is required.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfficesTab</name>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last bundle received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundles received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing bundles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not yet confirmed by the office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each office's data can be viewed on the list pages with the Office filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>silent for more than 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in touch</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Erasures not yet confirmed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trainings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Experts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Coordination</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Fund</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Board</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Grants</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Fellowships</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Plans</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agrees that contact details are kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail and phone may be kept only with the participant's consent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New participant</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Merg&amp;e…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge this record with another record of the same person</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Erase personal data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The person asked to be forgotten: replace their name and contacts with a pseudonym here and at every site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agrees that the name is shared with headquarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without this, the name leaves the office only as a pseudonym (bundles to headquarters, exported spreadsheets).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Fellowships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headquarters holds this participant under their office&apos;s pseudonym and cannot tell who they are: their office, which holds the name, erases them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the participant “%1”? Their enrollments in activities are deleted with them.</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Delete the participant “%1”? Their enrollments in activities and their fellowships are deleted with them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PartsSection</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected line (%1)?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile is encrypted with this passphrase: without it, nobody can read the data, even with this computer in hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Do not encrypt (training or demo use only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without encryption, anyone who has this computer, or its disk, can read every name and finding in the profile. Use this only for training or demonstrations; the profile can be encrypted later from Preferences.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create the profile</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for sync bundles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for sync &amp;bundles:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for &amp;reports:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates and numbers follow the conventions of the language: today is %1; one thousand two hundred and fifty-five is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report could not be read for printing (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Headquarters has recorded no facts about this country.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the UN list of least developed countries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not on the UN list of least developed countries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded by headquarters as in transition to democracy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded by headquarters as in transition to democracy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(as of %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met %1 (%2), %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessed by staff (the evidence suggests %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessed by staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same total as “%1”, which scores higher on “%2” (%3 against %4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same total and scores as “%1”, which was received earlier (%2 against %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same total, scores and date received as “%1”, which was recorded first.</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>High</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2, coordination register)</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Special procedure: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Universal periodic review, cycle %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>para. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PriorityTab</name>
    <message>
        <source>Criterion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each criterion is scored from 0 to 3: from the recorded evidence, unless staff assess it. The total is the weighted score out of 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total %1 out of 100: ranked %2 of %3 open requests.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total %1 out of 100. The request is closed and no longer ranked.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Project code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The national institution that carries the work on when the project ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>After the exit</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Board</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Grants</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Recommendations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funding source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>Open requests, highest priority first. Equal totals are parted by the scores on the heaviest criteria, then by the earlier date received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tie parted by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ranking…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln open request(s)</source>
        <translation>
            <numerusform>%Ln open request</numerusform>
            <numerusform>%Ln open requests</numerusform>
        </translation>
    </message>
<message>
        <source>Others working on this</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The needs assessment mission that made it, if any.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set by the latest follow-up note, when there is one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New recommendation</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Treaty body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the source is a treaty body.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Special procedure mandate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UPR cycle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommending state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The state that made it in the periodic review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State's response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Affected persons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SDG targets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projects that answer it</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>What was done</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln recommendation</numerusform>
            <numerusform>%Ln recommendations</numerusform>
        </translation>
    </message>
<message>
        <source>Symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a record in the list, or create a new one (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one of the suggestions, or clear the field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record belongs to office %1. You can read it; only that office or headquarters can change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the record first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>After the exit</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Board member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adopted by the Board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board decision</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grant tranche</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grant report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a record in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accreditation review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regional office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept by headquarters; it arrives with headquarters' bundles.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “%1”? Its parts and attachments are deleted with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list was saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordReportDialog</name>
    <message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;onfidential on every page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save an editable copy (.docx) with the same text and letterhead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save an editable copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving an editable copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blank rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A column for &amp;every day, weekends too</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordReportsButton</name>
    <message>
        <source>%1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the record first: reports show what is saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Reading the list…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery key is shown only now. Without it, a forgotten passphrase means the data cannot be opened. Close without keeping it?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>If the passphrase is forgotten, this recovery key is the only way to open the profile. It is shown only now. Write it down or print it, and keep it locked away, apart from this computer: anyone who has both can read the profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save printable sheet (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sheet was saved as %1. Print it, then delete the file: a copy left on this computer defeats its purpose.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile is made and encrypted. Keep its recovery key before you go on.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Report preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pag&amp;e</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show whole pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a copy of the report as a PDF file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a report and press Generate: it is shown here, ready to print or save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report could not be shown (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln page(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln page sent to the printer.</numerusform>
            <numerusform>%Ln pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Mission report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates of participation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendation follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating the report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cover, terms of reference, stakeholders met, findings and recommendations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants by sex, target group and organisation; attendance, tests, evaluations and cost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One row per participant and a signature box per day, to print and sign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One certificate of participation per enrolled participant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missions, trainings, participants reached, projects and expenditure for a period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendations by status, each with its latest follow-up note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests ranked by priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessment of a request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project progress report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portfolio overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open requests for assistance ranked by the priority criteria, each score explained.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One request for assistance: the criteria, the evidence behind each score, and its history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results, indicators against their targets, budget execution, risks and the exit plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests, projects, indicators, budget execution and exit plans of an office.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office's paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Everything held about this person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every field, activity, attendance, score and change recorded about one participant.</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Implementation matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendations to one country by thematic area and mechanism, with the state's response, their follow-up and the projects that answer them.</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>The Voluntary Fund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Fund's position, contributions by donor, allocations by project and the regular budget against the Fund.</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Board pack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a session of the Board of Trustees: the Fund's position, the portfolio, the follow-up of the Board's earlier recommendations and the requests ranked, with a cover page and contents.</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Grants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grants of an office with their grantees, amounts paid, status and overdue tranches and reports.</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Fellowships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fellows by cohort with their host, placement weeks, objectives met and final report, and what each did afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fellowship certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of a completed fellowship, numbered like the certificates of participation.</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Review dossier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One country and one thematic area from the records: requests and decisions, missions, trainings with people reached, learning gain and cost, projects with indicators and budget, evaluations, lessons, checks after the exit and the follow-up of recommendations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National human rights institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One institution: its profile, GANHRI accreditation history, Paris Principles concerns, regional offices and the projects, missions, trainings and recommendations concerning it, by year.</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>National action plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One national action plan: its actions by status, the overdue ones, and the recommendations to its country that no action answers.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave the dates empty for the whole programme.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidential on every page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All offices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cover, terms of reference, stakeholders met, findings and recommendations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants by sex, target group and organisation; attendance, tests, evaluations and cost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One row per participant and a signature box per day, to print and sign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One certificate of participation per enrolled participant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missions, trainings, participants reached, projects and expenditure for a period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendations by status, each with its latest follow-up note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a mission first: type part of its title and pick it from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a training activity first: type part of its title and pick it from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request for assistance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blank rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows at the end for participants not on the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A column for every day, weekends too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a request for assistance first: type part of its title and pick it from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a project first: type part of its title or code and pick it from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Thematic area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SDG target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A target of the Sustainable Development Goals, such as 16.3; empty for all.</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One year, such as 2026; empty for every year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a year, such as 2026, or leave it empty for every year.</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Board session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a Board session first: type part of its title or place and pick it from the list.</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only what has something overdue</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Fellowship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type part of the cohort's name and pick the fellow from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One cohort of fellows, by its name; empty for all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a fellowship first: type part of its cohort and pick the fellow from the list.</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Choose a country and a thematic area: a review dossier is about one of each.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type part of its name or acronym and pick it from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a national institution first: type part of its name or acronym and pick it from the list.</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Action plan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requesting authority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of the letter or note verbale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Areas requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Once saved, the status changes with “Change status”, which records the date and who made the change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs assessment mission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resulting projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of the decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New request for assistance</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Areas requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area requested</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the request “%1” with its scores and status history?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsSection</name>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activities serving it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trainings and advisory services of this project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missions serving it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The objective and the expected results; choose one to see its indicators.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Indicators of: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicators: choose a result above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values of: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values: choose an indicator above.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RisksSection</name>
    <message>
        <source>Risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mitigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No longer a risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>risk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SafetyFlows</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You opened the profile with the recovery key. Choose a new passphrase now; the recovery key keeps working.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Set the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new passphrase is set. The recovery key still works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data stays as it is; only the passphrase that opens it changes. Backups open with the new passphrase too. The recovery key is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase was changed. The recovery key is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new recovery key replaces the current one, which stops opening this profile (copies of backups made earlier keep the key file they were made with). Type the passphrase to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Make a new key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new recovery key. The old one no longer opens the profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypt this profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Once encrypted, the profile's database, backups, attachments and keys cannot be read without the passphrase or the recovery key. A backup is made first. It takes a moment (longer for a big profile).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile is now encrypted. A backup was made first, and is encrypted too.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Data safety</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock the window after minutes without use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loc&amp;k the window after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Encrypt this profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New reco&amp;very key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile is encrypted: its database, backups, attachments and keys cannot be read without the passphrase or the recovery key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locking hides every window until the passphrase is typed again; nothing is closed or lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile is not encrypted: anyone who has this computer, or its disk, can read it. Encrypt it for real work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an encrypted profile locks (a plain one has no passphrase to ask for).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post-test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation (1–5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>Tests and evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scores are percentages (0 to 100); the evaluation is the participant's rating of the activity, from 1 (poor) to 5 (excellent). Type a number or press F2 to change a cell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>average pre-test %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>average post-test %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>average evaluation %1 / 5</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln certificate(s) issued</source>
        <translation>
            <numerusform>%Ln certificate issued</numerusform>
            <numerusform>%Ln certificates issued</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores are percentages (0 to 100); the evaluation is the participant's rating of the activity, from 1 (poor) to 5 (excellent). Type a number in a cell; Enter or Tab moves on, Esc cancels, Ctrl+V pastes a column copied from a spreadsheet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show what is typed in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sync: this profile starts a new sync incarnation, so its next bundle is not mistaken for one sent before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes made here after this backup that headquarters had already received: %1. They come back with the next bundle from headquarters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes made here after this backup that headquarters had not acknowledged: %1. They are kept in the backup made before the restore, and come back if a bundle that carries them still reaches headquarters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes in this backup not yet acknowledged, sent with the next bundle: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show FieldDesk in the new language now? The window is opened again; nothing is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup was restored. The data as it was just before is kept as the backup of %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Encrypting the profile, interrupted earlier, is now finished. This is its recovery key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The daily backup could not be made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The daily retention sweep could not be made</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Working</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusHistory</name>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every change of status, with its date and who made it. Use “Change status” on the Details tab to make one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1, since %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This status is final.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Send and receive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundles carry changes between this office and %1 on a USB stick or by e-mail. They are signed and encrypted; a bundle is checked completely before anything is applied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field offices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>headquarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Offices silent for more than 30 days: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every office has sent a bundle in the last 30 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 change(s) not yet confirmed by headquarters, the oldest from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headquarters has confirmed every change made here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: last bundle sent %2, last received %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No office is trusted yet: exchange identity cards on the Sync page.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet confirmed by headquarters, the oldest from %1.</source>
        <translation>
            <numerusform>%Ln change not yet confirmed by headquarters, from %1.</numerusform>
            <numerusform>%Ln changes not yet confirmed by headquarters, the oldest from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>Staff member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roster expert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A staff member by name, or an expert from the roster below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role in the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leads the mission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>team member</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrainingEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tests and evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New training activity</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Trainings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln activity(-ies)</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the activity “%1” with its enrollments, attendance and scores?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Change status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required when the request is approved or declined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now: %1. It can go to the statuses offered below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the reasons for the decision: approved and declined requests are explained.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The translation into %1 is not installed with this FieldDesk (%2 is missing), so the interface stays in English. Reinstall FieldDesk, or run `make translations` in a source checkout.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>FieldDesk is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FieldDesk was locked because it was not used for a while. Type the passphrase to go on; nothing you were doing is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open FieldDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile in %1 is encrypted. Type its passphrase to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery key is on the sheet kept when the profile was made: FDRK and 40 letters and digits. Dashes and spaces do not matter. You will then choose a new passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several wrong tries: the next one is possible in %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a recovery key: it starts with FDRK, followed by 40 letters and digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This recovery key does not open the profile. Check it against the sheet (letters and digits only; dashes do not matter). Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ValuesSection</name>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measured on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actual value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A year, or part of one: 2026, 2026 H1, 2026 Q3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ne&amp;xt record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Previous record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the list to Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit FieldDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About FieldDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About FieldDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import records from an Excel file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user guide, at the part about this page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Printed reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the office's name and address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office name in this language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address in this language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default language of the letterhead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logo file (PNG or JPEG)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signatory's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signatory's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document symbol pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{office}, {year}, {kind} and {n} are replaced, e.g. {office}/{year}/{kind}/{n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saturday and Sunday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friday and Saturday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation named on certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who signs certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letterhead's signatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name on printed histories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the te&amp;xts below:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;fault language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signatory's &amp;title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document s&amp;ymbol:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Weekend:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Organisation on certificates:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Certificates signed by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name on pr&amp;inted histories:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the current logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No logo yet: name a PNG or JPEG file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving the report settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office's usual training language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usual &amp;language of trainings:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Grid</name>
    <message>
        <source>Type a whole number from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a number from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Go to the pages of the side bar, in order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next or previous field (from a list to its editor and back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close a dialog without saving; in a grid, cancel the cell being typed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a date field's calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In a grid: save the cell and go to the next one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In a grid: clear the cell (attendance: not recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the attendance grid: present, absent, next state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In a grid: paste a column copied from a spreadsheet, from the current cell down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next or previous tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordCopy</name>
    <message>
        <source>Save as &amp;Word…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save an editable copy (.docx) with the same text and letterhead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save an editable copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving an editable copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>FieldDesk user guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished" />
    </message>
</context>
<context><name>MergeDialog</name><message>
        <source>Merge participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The other record of this person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge &amp;with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Swap: keep the other record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose, for each field, the value the person keeps. The other record's enrolments move to the kept one; an activity where both are enrolled keeps one enrolment with the better attendance and scores. The other record is then kept only as a pointer to the kept one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merged into it: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: both are enrolled; one enrolment is kept, with the better attendance and scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the enrolment moves to the kept record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments that move to the kept record: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The merged record is enrolled in no activity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Fellowships that move to the kept record: %1</source>
        <translation type="unfinished" />
    </message>
</context><context><name>ActivityStatus</name><message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
</context><context><name>CriterionEvaluation</name><message>
        <source>Country facts: in transition to democracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country facts: least developed country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open recommendations of treaty bodies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open recommendations of special procedures and the periodic review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open recommendations of the Board of Trustees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views of national institutions and NGOs recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UN agencies and donors met during the needs assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessed by staff</source>
        <translation type="unfinished" />
    </message>
</context><context><name>EvaluationKind</name><message>
        <source>Mid-term evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End-of-project evaluation</source>
        <translation type="unfinished" />
    </message>
</context><context><name>FollowUpStatus</name><message>
        <source>Not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partially implemented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No longer relevant</source>
        <translation type="unfinished" />
    </message>
</context><context><name>FundingSource</name><message>
        <source>UN regular budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voluntary Fund for Technical Cooperation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other donor</source>
        <translation type="unfinished" />
    </message>
</context><context><name>ImportProblems</name><message>
        <source>A value is required here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same as row %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date: write it as a date, or as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a known country: write its ISO 3166 code (GT, MW, RU…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not one of the allowed values (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no project with the code “%1”.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>MissionStatus</name><message>
        <source>Requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report drafted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
</context><context><name>OfficeRole</name><message>
        <source>Field office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished" />
    </message>
</context><context><name>PriorityCriterion</name><message>
        <source>Country in transition to democracy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Least developed country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs named by treaty bodies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs named by special rapporteurs, representatives and working groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendations of the Board of Trustees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views of national institutions and NGOs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coordination with other UN bodies and donors</source>
        <translation type="unfinished" />
    </message>
</context><context><name>Problems</name><message>
        <source>%1 contains a character that is not allowed: %2. Remove it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must have at most %2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must have at least %2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An activity can last at most %1 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 “%2” is already used by another record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mission cannot start before the request was received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name a staff member or choose an expert from the roster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact details may be kept only with the participant's consent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This participant is already enrolled in this activity.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>ProgressStatus</name><message>
        <source>Achieved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not measured yet</source>
        <translation type="unfinished" />
    </message>
</context><context><name>ProjectStatus</name><message>
        <source>Pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ongoing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
</context><context><name>RecommendationSource</name><message>
        <source>Needs assessment mission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treaty body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Special procedure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Universal periodic review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Board of Trustees of the Voluntary Fund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National human rights institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Other mechanism</source>
        <translation type="unfinished" />
    </message>
</context><context><name>RequestChannel</name><message>
        <source>Letter from the government</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note verbale from the permanent mission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Through the field office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Through the UN country team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At a meeting or mission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context><context><name>RequestStatus</name><message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs assessment planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project proposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
</context><context><name>ResultLevel</name><message>
        <source>Objective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected result</source>
        <translation type="unfinished" />
    </message>
</context><context><name>Sex</name><message>
        <source>Female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished" />
    </message>
</context><context><name>StakeholderType</name><message>
        <source>Government</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parliament</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Judiciary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Military</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prison administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National human rights institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NGO or civil society</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UN agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Independent expert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Academia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished" />
    </message>
</context><context><name>ThematicArea</name><message>
        <source>National human rights institutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National human rights action plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Human rights education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administration of justice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Constitutional and legislative reform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Elections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treaty body reporting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Economic, social and cultural rights and the right to development</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compensation of victims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support to NGOs and civil society</source>
        <translation type="unfinished" />
    </message>
</context><context><name>TrainingForm</name><message>
        <source>Training course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seminar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fellowship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advisory service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expert consultation</source>
        <translation type="unfinished" />
    </message>
</context><context><name>EraseDialog</name><message>
        <source>Erase personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase the personal data of “%1”?

Their name, e-mail, phone, organisation and position are replaced by a pseudonym here, in the history of changes and in the search index, and their attachments are deleted. Sex, stakeholder type, country and their activities with attendance and scores are kept, so statistics do not change.

The erasure goes with the next bundle to every site that holds this participant, and is applied there too. It cannot be undone. Backups made before the erasure keep the data until they are rotated out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why (kept here; do not name the person)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the erasure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erasing personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup of this profile holds the person.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These backups still hold the person:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot be opened with this profile's key (made under another passphrase or key), so what it holds cannot be told</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: rotated out after %2 more automatic backups (one each day FieldDesk is used)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: proposed for deletion on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: kept until deleted (made by hand)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data is kept on a database server: its backups are its administrator's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also &amp;remove the person from these backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each is rewritten, encrypted as before; a backup made by an older version is deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data is kept on a PostgreSQL server. Its backups are made outside FieldDesk by the server's administrator: each one made so far holds the person, and after the erasure the administrator must delete them or remove the person from them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: copied to %2, out of reach now (a USB stick not plugged in?), so what it holds cannot be told</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the SQLite file kept by the move to PostgreSQL, kept until deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: copied to %2, kept there until deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: kept until deleted (made before the data moved to PostgreSQL)</source>
        <translation type="unfinished" />
    </message>
</context><context><name>AccessModel</name><message>
        <source>When (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File, office or record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject access report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Retention sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data export (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
</context><context><name>AccessRecordDialog</name><message>
        <source>Access record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search what was made, its file, office or record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the access record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export for an audit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every report, spreadsheet, bundle, subject access report and erasure made here: who, when, what and for how many people. It never holds the personal data itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the access record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n event written to %1.</numerusform>
            <numerusform>%n events written to %1.</numerusform>
        </translation>
    </message>
</context><context><name>StateResponse</name><message>
        <source>No response recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Noted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under consideration</source>
        <translation type="unfinished" />
    </message>
</context><context><name>IndexImportDialog</name><message>
        <source>Import recommendations from the Universal Human Rights Index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the recommendations from uhri.ohchr.org as CSV or Excel, then choose the file here. Nothing is written until you press Import; recommendations already recorded (same document symbol and paragraph) are left as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the file's path, or Browse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the file says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Index exports (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New: %1. Already recorded: %2. For another country (left out): %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems: %1. Correct the file and check it again; nothing will be imported until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendations imported: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context><context><name>Due</name><message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final project report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mid-term evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End-of-project evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision on a request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days late: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 overdue, %2 this week, %3 this month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue per office: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Most urgent items due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;All that is due…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding what is due…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is due: open the Due page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many days after what each item is due</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Sustainability check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 months after the exit</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Grant tranche</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grant report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tranche %1</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Synthesis of a review</source>
        <translation type="unfinished" />
    </message>
</context><context><name>Lessons</name><message>
        <source>Lessons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search findings, lessons and notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search lessons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lessons found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lessons from before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Once saved, the lessons recorded for the same country and thematic areas show here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lessons recorded for the same country and thematic areas: %1</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>After the exit</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Review finding</source>
        <translation type="unfinished" />
    </message>
</context><context><name>DueRules</name><message>
        <source>Rules for what is due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headquarters sets these rules; every office is held to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set by headquarters; every office is held to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reporting period (months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reporting period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Half-year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Months after the exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the checks fall after a project's exit, e.g. 6, 12, 24.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>RetentionSection</name>
    <message>
        <source>Retention of personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headquarters sets how long personal data is kept; every office applies it in a daily sweep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set by headquarters; applied here in a daily sweep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact &amp;details, after the last activity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records of &amp;erasures:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups made by &amp;hand:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants whose contact details are removed at today's sweep: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erasure records removed at today's sweep: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manual backups proposed for deletion now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants whose contact details will be removed on %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erasure records that will be removed on %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manual backups proposed for deletion on %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing in the next 90 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erasure records past this period, kept until every office that must apply them has acknowledged them: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants' &amp;names never leave the offices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every participant is sent to headquarters under a pseudonym, whatever their consent; the offices' reports for sharing and spreadsheets show the pseudonyms too. Names stay in the offices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A participant's name is sent to headquarters unless they did not consent to share it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When you press OK, the names of the offices' participants held here are replaced by their pseudonyms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set by headquarters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This office sends every participant to headquarters under a &amp;pseudonym</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whatever their consent, participants reach headquarters under the pseudonym only, without contacts, organisation, position or files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants who consent to share their name reach headquarters by name, with their files; the others under the pseudonym.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When you press OK, every participant of this office is sent again with the next bundle, and headquarters replaces the names and removes the files it holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When you press OK, every participant of this office is sent again with the next bundle, by name where they consent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This office&apos;s reports for sharing and spreadsheets show the pseudonyms too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context><name>AfterExitSection</name><message>
        <source>Months after the exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner still running it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National budget line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trained staff in post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National partner still running it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A national budget line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trained staff still in post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was seen: a budget law, a payroll, a visit (attach files on the project).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sustainability check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When a project closes, whether what it set in motion lasted is checked some months after its exit; each check is due until it is recorded here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks are scheduled once the project is closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed without an exit or end date: give one to schedule the checks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 months (%2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit on %1. Checks: %2.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ReferenceLists</name>
    <message>
        <source>Reference lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stakeholder types and target groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Affected persons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treaty bodies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UPR cycles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type in a cell to rename or translate an entry; Enter or Tab saves it and moves on. An empty name shows FieldDesk's own word in grey. Retire an entry instead of deleting it: records that use it keep its name. Every office receives the lists with its next bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept by headquarters: new entries and names arrive with the next bundle and are used at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shipped with FieldDesk; type to write headquarters' own name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An entry needs its English name: records and reports fall back to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New entry: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;English name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code is kept for good: records point to it, so renaming the entry later changes no record and no report. Letters, digits and . _ - only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context><name>ActivitiesPage</name><message>
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Existing or planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic area</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
</context><context><name>PartnersPage</name><message>
        <source>Partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
</context><context><name>PartnerEditor</name><message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a national partner (a ministry, a national NGO); empty for an agency or donor working in many countries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already in the register, perhaps the same partner: %1. Use it rather than recording it again.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>PartnerActivityEditor</name><message>
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Existing or planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cooperation framework outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source of the information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information as of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When known; empty when not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ISO 4217 code: USD, EUR, GTQ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outcome of the UN sustainable development cooperation framework it serves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New partner activity</source>
        <translation type="unfinished" />
    </message>
</context><context><name>OptionalAmountInput</name><message>
        <source>Write the amount in figures, for example 1200000 (or leave it empty when unknown).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>CoordinationPage</name><message>
        <source>Coordination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished" />
    </message>
</context><context><name>Coordination</name><message>
        <source>Partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Existing or planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Others working on this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import the register from Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic areas in common</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Once saved, the partners working in the same country and thematic areas show here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Others working on this (the coordination register: the same country and thematic areas, in the same period or planned): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has problems; nothing was imported. Correct them in the sheet and import it again.

%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 new partner(s), %3 new activity(ies), %4 already recorded. Import them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything in %1 is already recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1 partner(s) and %2 activity(ies).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2, %3, %4 already recorded. Import them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln new partner(s)</source>
        <translation>
            <numerusform>%Ln new partner</numerusform>
            <numerusform>%Ln new partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new activity(ies)</source>
        <translation>
            <numerusform>%Ln new activity</numerusform>
            <numerusform>%Ln new activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
</context><context><name>AllocationEditor</name><message>
        <source>Allocated on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contribution drawn on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New allocation</source>
        <translation type="unfinished" />
    </message>
</context><context><name>AllocationsList</name><message>
        <source>Allocated on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contribution drawn on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allocations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved, with a warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln allocation(s)</source>
        <translation>
            <numerusform>%Ln allocation</numerusform>
            <numerusform>%Ln allocations</numerusform>
        </translation>
    </message>
</context><context><name>ProjectAllocations</name><message>
        <source>Allocated on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allocations from the Voluntary Fund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drawn on</source>
        <translation type="unfinished" />
    </message>
</context><context><name>ContributionEditor</name><message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earmarked country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earmarked region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earmarked theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New contribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pledged on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ISO 4217 code: EUR, CHF, NOK, USD…</source>
        <translation type="unfinished" />
    </message>
</context><context><name>ContributionsList</name><message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s)</source>
        <translation>
            <numerusform>%Ln contribution</numerusform>
            <numerusform>%Ln contributions</numerusform>
        </translation>
    </message>
</context><context><name>PositionTab</name><message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not counted, for want of a rate of exchange: %1. Record the rates on the Rates tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regular budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regular budget against the Fund, by year and country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regular budget spent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Fund's position by year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US dollars at the UN operational rates of exchange. The balance is what was received less what was allocated, up to the end of the year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voluntary Fund budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voluntary Fund spent</source>
        <translation type="unfinished" />
    </message>
</context><context><name>RateEditor</name><message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In effect from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New exchange rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ISO 4217 code: EUR, CHF, NOK…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The UN operational rate of exchange, usually from the first of a month.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>RatesList</name><message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In effect from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rates</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln rate(s)</source>
        <translation>
            <numerusform>%Ln rate</numerusform>
            <numerusform>%Ln rates</numerusform>
        </translation>
    </message>
</context><context><name>DonorEditor</name><message>
        <source>Donor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A government donor is a state: its country.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of donor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New donor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
</context><context><name>DonorsList</name><message>
        <source>Donor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Donors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln donor(s)</source>
        <translation>
            <numerusform>%Ln donor</numerusform>
            <numerusform>%Ln donors</numerusform>
        </translation>
    </message>
</context><context><name>FundPage</name><message>
        <source>Fund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headquarters keeps the Voluntary Fund and sends it with its bundles: here you can read it, search it and export it to Excel, not change it. In Position, spent and the regular budget count this office's projects only.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>BoardPage</name><message>
        <source>Board of Trustees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
</context><context><name>BoardSessionEditor</name><message>
        <source>Session number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the Board names it, for example: Forty-first session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adopted recommendations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions on projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Board session</source>
        <translation type="unfinished" />
    </message>
</context><context><name>MembersSection</name><message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished" />
    </message>
</context><context><name>AdoptedSection</name><message>
        <source>Recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendations whose source is the Board of Trustees, not yet linked to a session. Record a new one on the Recommendations page first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>adopted recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recommendations of the Board of Trustees adopted at this session; their follow-up is recorded on the Recommendations page.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>DecisionsSection</name><message>
        <source>Project code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount recommended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished" />
    </message>
</context><context><name>ProjectDecisionsSection</name><message>
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount recommended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions of the Board of Trustees on this project, recorded on the Board page.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>Grants</name><message>
        <source>Grants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tranche %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, due %2 (days late: %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid %1 of %2 %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: the tranches add up to %1 %3, not the grant's %2 %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only grants with something &amp;overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grantee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grants shown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (days late: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grants are added on a project's Grants tab: open the project on the Projects page. Enter or a double-click here opens a grant there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid %1 of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: the tranches add up to %1, not the grant's %2.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>GrantsTab</name><message>
        <source>Tranches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a grant to see its tranches and reports.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>GrantsSection</name><message>
        <source>Grantee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NGO or national institution that receives the grant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of grantee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grantee's country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Three capital letters: USD, EUR, CHF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>grant</source>
        <translation type="unfinished" />
    </message>
</context><context><name>TranchesSection</name><message>
        <source>Tranche</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid to the grantee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tranche</source>
        <translation type="unfinished" />
    </message>
</context><context><name>GrantReportsSection</name><message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A report is accepted once it has been received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>grant report</source>
        <translation type="unfinished" />
    </message>
</context><context><name>FellowshipsPage</name><message>
        <source>Fellowships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fellow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this fellowship (%1) with its objectives and follow-up contacts?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln fellowship(s)</source>
        <translation>
            <numerusform>%Ln fellowship</numerusform>
            <numerusform>%Ln fellowships</numerusform>
        </translation>
    </message>
</context><context><name>FellowshipEditor</name><message>
        <source>Fellow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning objectives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type part of the person's name and pick them from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example “2026 Indigenous Fellowship, English section”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host office or institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placement start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placement end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final report received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final report summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New fellowship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placement weeks: shown once both dates are known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placement weeks: %1 (days: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach the report itself below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the Final report tab: %1</source>
        <translation type="unfinished" />
    </message>
</context><context><name>ObjectivesSection</name><message>
        <source>Learning objective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>learning objective</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the fellow set out to learn, and whether it was met by the end of the placement.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>ContactsSection</name><message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What they do now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applies what they learned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follow-up contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the placement: what the former fellow does now, and whether they apply what they learned.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>FellowshipsOfPerson</name><message>
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fellowships of this participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fellowships are recorded on the Fellowships page: Enter or a double click opens one there.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>FinalReportTab</name><message>
        <source>The report's file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report's file, once the fellowship is saved</source>
        <translation type="unfinished" />
    </message>
</context><context><name>FellowshipNote</name><message>
        <source>Fellowships are now recorded on the Fellowships page, with the placement, final report and follow-up. This form stays for the activities recorded before.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>ReviewsPage</name><message>
        <source>Reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the review “%1” with its team, interviews and findings?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln review</numerusform>
            <numerusform>%Ln reviews</numerusform>
        </translation>
    </message>
</context><context><name>ReviewEditor</name><message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terms of reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The terms as text; attach the signed document on the Attachments tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synthesis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
</context><context><name>DossierButton</name><message>
        <source>&amp;Dossier…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the review with a country and a thematic area first.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>DossierDialog</name><message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Thematic area:</source>
        <translation type="unfinished" />
    </message>
</context><context><name>InterviewsSection</name><message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stakeholder meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A meeting already recorded on a mission (type its organisation), or fill in the interview below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interview</source>
        <translation type="unfinished" />
    </message>
</context><context><name>RecommendationsSection</name><message>
        <source>Recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected line (%1)?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow each recommendation up on the Recommendations page.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>SynthesisTab</name><message>
        <source>The synthesis of the review: its main findings, conclusions and recommendations, as adopted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synthesis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save s&amp;ynthesis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save and mark &amp;final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>Coverage</name><message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countries covered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a country, Enter adds it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listed: %1. Delete removes the chosen country.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No country is called “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Enter to add the country, or clear the field.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>AllocationEditor</name>
    <message>
        <source>Grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the money is for one of the project's grants: type part of the grantee's name and pick it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AllocationsList</name>
    <message>
        <source>Grant</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>recommendations: %1</source>
        <translation type="unfinished" />
    </message>
<message>
        <source>Plan action</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AfterExitSection</name>
    <message>
        <source>Evidence &amp;files…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence of the check at %1 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files that show what the check found: a budget page, a report, a list of staff.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstitutionsPage</name>
    <message>
        <source>National institutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the institution “%1” with its accreditation reviews, concerns and regional offices? The records linked to it keep their own data.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln institution(s)</source>
        <translation>
            <numerusform>%Ln institution</numerusform>
            <numerusform>%Ln institutions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstitutionEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Established</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New national institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regional offices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The constitution or law that establishes it, with its reference (article, law number).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccreditationSection</name>
    <message>
        <source>accreditation review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviews by GANHRI's Sub-Committee on Accreditation, latest first, recorded by headquarters. The current status is the latest review's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviews by GANHRI's Sub-Committee on Accreditation, latest first. The current status is the latest review's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concerns raised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current status: not reviewed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current status: %1, since the review of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Sub-Committee's concerns are recorded on the Concerns tab, naming this review.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OfficesSection</name>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>regional office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConcernsSection</name>
    <message>
        <source>concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paris Principles concerns, recorded as findings about the institution: raised by an accreditation review, by a mission, or by the office's own assessment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it was addressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised by the accreditation review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raised by the mission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Against the Paris Principles: mandate, independence, pluralism, resources, appointment, cooperation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accreditation review of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkTab</name>
    <message>
        <source>Work linked to this institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projects, missions, training activities and recommendations that name this institution (chosen in their own editors). Enter or a double click opens one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projects: %1. Missions: %2. Training activities: %3. Recommendations: %4.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An institution of another country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The national human rights institution this concerns: one of the record's country.</source>
        <translation type="unfinished" />
    </message>
</context>
<context><name>Thread</name><message>
        <source>Requests for assistance that cite it: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projects that answer it: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results and indicators of those projects: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up notes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No request for assistance cites this recommendation yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mission is linked to this recommendation yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No project answers this recommendation yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No indicator measures what those projects do yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No follow-up note has been recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was done about this recommendation, from the requests that cite it to the indicators of the projects that answer it. Enter or a double click opens a record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendations this project answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Once saved, the recommendations this project answers show here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendations this project answers (linked to it, or through its mission or request): %1. Enter or a double click opens one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This project answers no recommendation yet: link it on a recommendation (“Projects that answer it”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No project answers it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A project's indicators are off track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No plan action answers it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-through</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Affected persons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goal %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mechanism</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SDG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Universal periodic review: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Special procedure: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions of national action plans that answer it: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No action of a national action plan answers this recommendation yet.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>PlansPage</name><message>
        <source>National action plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coordinating body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the plan “%1” with its actions?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln plan(s)</source>
        <translation>
            <numerusform>%Ln plan</numerusform>
            <numerusform>%Ln plans</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished" />
    </message>
</context><context><name>PlanEditor</name><message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coordinating body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ministry, commission or interministerial committee that coordinates it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adopted on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New national action plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
</context><context><name>ActionsSection</name><message>
        <source>&amp;Import from Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel &amp;template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To look at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendations it answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a symbol, paragraph or words to find one; Enter ticks it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Projects that support it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a code or title; Enter ticks it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An action past its deadline that is neither done nor dropped is overdue.</source>
        <translation type="unfinished" />
    </message>
</context><context><name>Plans</name><message>
        <source>plan-actions.xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the actions template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import actions from Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 new, %3 already recorded, %4 with problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: correct these rows in the sheet and import it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import the new actions?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions imported: %1.</source>
        <translation type="unfinished" />
    </message>
</context><context>
    <name>ReviewTeamSection</name>
    <message>
        <source>team member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role in the team</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewFindingsSection</name>
    <message>
        <source>finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thematic area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BundleHistoryTab</name>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing before it: %1 (their changes came in later bundles)</source>
        <translation type="unfinished" />
    </message>
</context>
<context><name>UserSignaturesBox</name><message>
        <source>Bundles signed by headquarters' root key alone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required: offices refuse a headquarters bundle signed by the root key alone; every bundle must be signed by a certified user's own key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required: this office refuses a headquarters bundle signed by the root key alone; every bundle must be signed by a certified headquarters user's own key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headquarters decides this with its root key; the setting reaches each office with the next bundle sent to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headquarters decides this setting, and it reaches this office with headquarters' bundles; it cannot be changed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved. Offices refuse bundles signed by the root key alone from the next bundle each receives.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved. Offices accept bundles signed by the root key alone again from the next bundle each receives.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not required: offices accept headquarters bundles signed by the root key alone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not required: this office accepts headquarters bundles signed by the root key alone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Accept root-signed bundles again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;quire user-signed bundles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(since %1)</source>
        <translation type="unfinished" />
    </message>
</context><context><name>UserSignaturesDialog</name><message>
        <source>Offices will refuse any headquarters bundle signed by the root key alone, from the next bundle each receives: every bundle must then be signed by a certified user's own key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offices will accept headquarters bundles signed by the root key alone again, from the next bundle each receives.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headquarters' root key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Require user-signed bundles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept root-signed bundles again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headquarters' root key is kept offline. Give the file 'fielddesk keys root export' wrote and its passphrase: the key is used for this change only and is not kept in this profile folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Root key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Root key &amp;file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase of the root key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headquarters' root key in this profile folder signs the change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Require user-signed bundles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Accept root-signed bundles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the root key file (written by 'fielddesk keys root export'). Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the passphrase of the root key file. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing the setting with the root key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile folder holds no certified user key: it will make no bundle until one is certified for it ('fielddesk keys user add NAME').</source>
        <translation type="unfinished" />
    </message>
</context></TS>