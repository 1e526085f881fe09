<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Application</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>بيئة التشغيل</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>مكتبة</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>see the text</source>
        <translation>انظر النص</translation>
    </message>
    <message>
        <source>About FieldDesk</source>
        <translation>حول FieldDesk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Missions, trainings, reports and sync for the field offices of a human rights technical cooperation programme.</source>
        <translation>البعثات والتدريب والتقارير والمزامنة للمكاتب الميدانية لبرنامج للتعاون التقني في مجال حقوق الإنسان.</translation>
    </message>
    <message>
        <source>FieldDesk is free software under the MIT licence. It is built on the libraries and fonts below, each under its own licence: choose one to read it.</source>
        <translation>FieldDesk برنامج حر مرخّص بموجب ترخيص MIT. وهو مبني على المكتبات والخطوط أدناه، ولكل منها ترخيصه الخاص: اختر أحدها لقراءة ترخيصه.</translation>
    </message>
    <message>
        <source>Your data is kept in %1, not in the program's folder: installing a newer version or removing FieldDesk leaves it where it is.</source>
        <translation>تُحفظ بياناتك في %1، وليس في مجلد البرنامج: تثبيت إصدار أحدث أو إزالة FieldDesk يتركها في مكانها.</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>المكوّنات وتراخيصها</translation>
    </message>
    <message>
        <source>Licence of %1</source>
        <translation>ترخيص %1</translation>
    </message>
    <message>
        <source>The licence text of %1 is not included with this copy of FieldDesk; see %2.</source>
        <translation>نص ترخيص %1 غير مضمّن في هذه النسخة من FieldDesk؛ راجع %2.</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>الاختبار القبلي</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>الاختبار البعدي</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>Activities of this participant</source>
        <translation>أنشطة هذا المشارك</translation>
    </message>
    <message>
        <source>Attendance and scores are recorded in each activity.</source>
        <translation>يُسجَّل الحضور والدرجات في كل نشاط.</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Assess: %1</source>
        <translation>تقييم: %1</translation>
    </message>
    <message>
        <source>From the evidence (%1)</source>
        <translation>حسب البيانات المسجلة (%1)</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>غير مُقيَّم</translation>
    </message>
    <message>
        <source>0 – does not apply</source>
        <translation>0 – لا ينطبق</translation>
    </message>
    <message>
        <source>3 – applies fully</source>
        <translation>3 – ينطبق تمامًا</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Why this score: the facts, who was consulted.</source>
        <translation>سبب هذه الدرجة: الوقائع ومن جرت استشارتهم.</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>لا توجد بيانات مسجلة.</translation>
    </message>
    <message>
        <source>Evidence recorded:</source>
        <translation>البيانات المسجلة:</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>“%1” is a .%2 file: a program or script that runs on this computer with your rights when opened. Open it only if you know where it comes from. Open it?</source>
        <translation>«%1» ملف ‎.%2: برنامج أو نص برمجي يعمل على هذا الحاسوب بصلاحياتك عند فتحه. لا تفتحه إلا إذا كنت تعرف مصدره. هل تريد فتحه؟</translation>
    </message>
    <message>
        <source>Open a program?</source>
        <translation>فتح برنامج؟</translation>
    </message>
    <message>
        <source>Type: .%1, a program or script (FieldDesk asks before opening it)</source>
        <translation>النوع: .%1، برنامج أو نص برمجي (يسأل FieldDesk قبل فتحه)</translation>
    </message>
    <message>
        <source>Type: .%1</source>
        <translation>النوع: .%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 ك.بايت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 م.بايت</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>الملفات المرفقة</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;إضافة ملفات…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>Files are copied into the profile and travel with the next sync bundle.</source>
        <translation>تُنسخ الملفات إلى الملف الشخصي وتُرسَل مع حزمة المزامنة التالية.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>Copying files into the profile…</source>
        <translation>جارٍ نسخ الملفات إلى الملف الشخصي…</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>إزالة المرفق</translation>
    </message>
    <message>
        <source>Remove “%1” from this record?</source>
        <translation>هل تريد إزالة «%1» من هذا السجل؟</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Days present</source>
        <translation>أيام الحضور</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Attendance by participant and day</source>
        <translation>الحضور حسب المشارك واليوم</translation>
    </message>
    <message>
        <source>Checked: present. Empty: absent. Dash: not recorded. Click a cell or press the space bar to change it; each change is saved at once.</source>
        <translation>علامة الاختيار: حاضر. فارغ: غائب. شرطة: غير مسجَّل. انقر على الخانة أو اضغط مفتاح المسافة لتغييرها؛ ويُحفظ كل تغيير فورًا.</translation>
    </message>
    <message>
        <source>Everyone &amp;present on the selected day</source>
        <translation>الجميع &amp;حاضرون في اليوم المحدد</translation>
    </message>
<message>
        <source>Checked: present. Empty: absent. Dash: not recorded. Click a cell or press the space bar to change it, or type 1 (present) or 0 (absent); Enter or Tab moves on. Each change is saved at once.</source>
        <translation>محدد: حاضر. فارغ: غائب. شرطة: غير مسجل. انقر خلية أو اضغط مفتاح المسافة لتغييرها، أو اكتب 1 (حاضر) أو 0 (غائب)؛ Enter أو Tab للانتقال إلى التالية. يُحفظ كل تغيير فورًا.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>FieldDesk backs up this profile once a day when it is first used, and before every bundle import, database upgrade and restore. It keeps the last 10 automatic backups and every backup made by hand. Backups are encrypted like the profile.</source>
        <translation>يأخذ FieldDesk نسخة احتياطية من هذا الملف الشخصي مرة يوميًا عند أول استخدام، وقبل كل استيراد لحزمة وكل ترقية لقاعدة البيانات وكل استعادة. ويحتفظ بآخر 10 نسخ تلقائية وبكل نسخة أُخذت يدويًا. النسخ الاحتياطية مشفّرة مثل الملف الشخصي.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Back up to a &amp;folder…</source>
        <translation>نسخ احتياطي إلى &amp;مجلد…</translation>
    </message>
    <message>
        <source>Back up now and copy the backup to a folder, for example on a USB stick, with the key file that opens it</source>
        <translation>أخذ نسخة احتياطية الآن ونسخها إلى مجلد، على وحدة USB مثلًا، مع ملف المفاتيح الذي يفتحها</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <source>Changes made here that headquarters has not yet acknowledged: %1 (the oldest from %2). Restoring a backup would replace them.</source>
        <translation>تغييرات أُجريت هنا لم يؤكد المقر استلامها بعد: %1 (أقدمها بتاريخ %2). واستعادة نسخة احتياطية ستستبدلها.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Copy the backup to a folder</source>
        <translation>نسخ النسخة الاحتياطية إلى مجلد</translation>
    </message>
    <message>
        <source>Backed up (%1).</source>
        <translation>تم النسخ الاحتياطي (%1).</translation>
    </message>
    <message>
        <source>Backed up and copied to %1, with the key file that opens it (the passphrase or the recovery key is still needed).</source>
        <translation>تم النسخ الاحتياطي والنسخ إلى %1، مع ملف المفاتيح الذي يفتحها (لا تزال عبارة المرور أو مفتاح الاسترداد لازمة).</translation>
    </message>
    <message>
        <source>Backed up and copied to %1. This profile is not encrypted: anyone who has the copy can read it.</source>
        <translation>تم النسخ الاحتياطي والنسخ إلى %1. هذا الملف الشخصي غير مشفّر: يستطيع كل من يحوز النسخة قراءتها.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Replace the profile's data with the backup made %1? Everything recorded since then is replaced. The current data is backed up first, so restoring that backup undoes this.</source>
        <translation>هل تريد استبدال بيانات الملف الشخصي بالنسخة الاحتياطية المأخوذة في %1؟ سيُستبدل كل ما سُجّل منذ ذلك الحين. تُنسخ البيانات الحالية أولًا، فاستعادة تلك النسخة تُلغي هذه العملية.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <source>Changes not yet at headquarters</source>
        <translation>تغييرات لم تصل إلى المقر بعد</translation>
    </message>
    <message>
        <source>Changes made here that headquarters has not acknowledged: %1 (the oldest from %2). Restoring replaces them; they stay in the backup made before the restore. Sending a bundle to headquarters first is safer.

Restore anyway?</source>
        <translation>تغييرات أُجريت هنا لم يؤكد المقر استلامها: %1 (أقدمها بتاريخ %2). الاستعادة تستبدلها؛ وتبقى في النسخة الاحتياطية المأخوذة قبل الاستعادة. والأسلم إرسال حزمة إلى المقر أولًا.

هل تريد الاستعادة على أي حال؟</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>لم تُستعد أي بيانات.</translation>
    </message>
    <message>
        <source>Back up now and copy the backup to a folder, for example on a USB stick, with a key file that opens it with the recovery key</source>
        <translation>إنشاء نسخة احتياطية الآن ونسخها إلى مجلد، على ذاكرة USB مثلًا، مع ملف مفتاح يفتحها بمفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Backed up and copied to %1, with a key file that opens it with the recovery key only (not with the passphrase: an old copy never opens with an old passphrase).</source>
        <translation>تم النسخ الاحتياطي والنسخ إلى %1، مع ملف مفتاح يفتحها بمفتاح الاسترداد فقط (لا بعبارة المرور: النسخة القديمة لا تُفتح أبدًا بعبارة مرور قديمة).</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Daily, on first use</source>
        <translation>يومية، عند أول استخدام</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>أُخذت يدويًا</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <source>Before encrypting</source>
        <translation>قبل التشفير</translation>
    </message>
    <message>
        <source>Before a database upgrade</source>
        <translation>قبل ترقية قاعدة البيانات</translation>
    </message>
    <message>
        <source>Before importing bundle #%1 from %2</source>
        <translation>قبل استيراد الحزمة رقم %1 من %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 م.ب</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 ك.ب</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائية</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>يدوية</translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>مصدر التمويل</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation>الميزانية (دولار أمريكي)</translation>
    </message>
    <message>
        <source>Expenditure (USD)</source>
        <translation>النفقات (دولار أمريكي)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>النفقات</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>بند الميزانية</translation>
    </message>
    <message>
        <source>Total budget %1 USD; spent %2 USD%3.</source>
        <translation>مجموع الميزانية %1 دولار أمريكي؛ المُنفَق %2 دولار أمريكي%3.</translation>
    </message>
    <message>
        <source>Execution (%)</source>
        <translation>التنفيذ (%)</translation>
    </message>
    <message>
        <source>Budget and expenditure per year and funding source; the execution rate is expenditure as a share of budget.</source>
        <translation>الميزانية والنفقات حسب السنة ومصدر التمويل؛ ومعدل التنفيذ هو نسبة النفقات إلى الميزانية.</translation>
    </message>
    <message>
        <source>Execution by year: %1.</source>
        <translation>التنفيذ حسب السنة: %1.</translation>
    </message>
    <message>
        <source>Total budget %1; spent %2%3.</source>
        <translation>مجموع الميزانية %1؛ المُنفَق %2%3.</translation>
    </message>
</context>
<context>
    <name>BundlePreview</name>
    <message>
        <source>Import bundle</source>
        <translation>استيراد الحزمة</translation>
    </message>
    <message>
        <source>Bundle #%1 from %2 has been checked: it is signed by %2 and addressed to this office. Nothing has been changed yet.</source>
        <translation>تم التحقق من الحزمة رقم %1 الواردة من %2: إنها موقّعة من %2 وموجّهة إلى هذا المكتب. لم يتغيّر أي شيء بعد.</translation>
    </message>
    <message>
        <source>New records:</source>
        <translation>سجلات جديدة:</translation>
    </message>
    <message>
        <source>Updated records:</source>
        <translation>سجلات محدّثة:</translation>
    </message>
    <message>
        <source>Already up to date:</source>
        <translation>محدّثة أصلًا:</translation>
    </message>
    <message>
        <source>%1 (both sides changed the same thing; you will review them on the Conflicts tab)</source>
        <translation>%1 (غيّر الطرفان الشيء نفسه؛ ستراجعها في تبويب التعارضات)</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>التعارضات:</translation>
    </message>
    <message>
        <source>Waiting for a parent record:</source>
        <translation>بانتظار سجل أصلي:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Welcome to FieldDesk</source>
        <translation>مرحبًا بك في FieldDesk</translation>
    </message>
    <message>
        <source>FieldDesk keeps your office's missions, trainings and participants on this computer.</source>
        <translation>يحفظ FieldDesk بعثات مكتبك وأنشطته التدريبية والمشاركين فيها على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Set up my office</source>
        <translation>&amp;إعداد مكتبي</translation>
    </message>
    <message>
        <source>&amp;Explore FieldDesk with demo data</source>
        <translation>&amp;تجربة FieldDesk ببيانات توضيحية</translation>
    </message>
    <message>
        <source>Your data will be kept in %1.</source>
        <translation>ستُحفظ بياناتك في %1.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>قيمتهم</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>المعمول به</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>تاريخ الاكتشاف</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Show &amp;resolved conflicts</source>
        <translation>إظهار التعارضات &amp;المحلولة</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>التعارض</translation>
    </message>
    <message>
        <source>This office's value</source>
        <translation>قيمة هذا المكتب</translation>
    </message>
    <message>
        <source>The other office's value</source>
        <translation>قيمة المكتب الآخر</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>الإبقاء على &amp;قيمتي</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>الإبقاء على قيمة&amp;هم</translation>
    </message>
    <message>
        <source>&amp;Open the record to edit it</source>
        <translation>&amp;فتح السجل لتعديله</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <source>theirs (%1)</source>
        <translation>قيمتهم (%1)</translation>
    </message>
    <message>
        <source>No conflict selected. Conflicts appear here when this office and another changed the same thing between two syncs.</source>
        <translation>لم يُحدَّد أي تعارض. تظهر التعارضات هنا عندما يغيّر هذا المكتب ومكتب آخر الشيء نفسه بين مزامنتين.</translation>
    </message>
    <message>
        <source>(resolved: %1)</source>
        <translation>(محلول: %1)</translation>
    </message>
    <message>
        <source>Value from %1</source>
        <translation>القيمة الواردة من %1</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>جارٍ الحل…</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>FieldDesk is locked</source>
        <translation>FieldDesk مقفل</translation>
    </message>
    <message>
        <source>Office %1. Type the passphrase to go on: the windows come back as they were.</source>
        <translation>المكتب %1. اكتب عبارة المرور للمتابعة: ستعود النوافذ كما كانت.</translation>
    </message>
</context>
<context>
    <name>CriteriaView</name>
    <message>
        <source>Headquarters sets the criteria and their weights; every office ranks its requests by them.</source>
        <translation>يحدد المقر المعايير وأوزانها؛ ويرتب كل مكتب طلباته وفقًا لها.</translation>
    </message>
    <message>
        <source>Set by headquarters; every office ranks its requests by them.</source>
        <translation>يحددها المقر؛ ويرتب كل مكتب طلباته وفقًا لها.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>How it is evaluated</source>
        <translation>طريقة التقييم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Priority criteria</source>
        <translation>معايير الأولوية</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;إضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>0 (not counted) to 10.</source>
        <translation>من 0 (لا يُحتسب) إلى 10.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>إضافة: %1</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>معيار</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>تعديل: %1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Activities and participants per quarter</source>
        <translation>الأنشطة والمشاركون حسب الربع</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>كل السنوات</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;السنة:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>training activities</source>
        <translation>نشاطًا تدريبيًا</translation>
    </message>
    <message>
        <source>people trained</source>
        <translation>شخصًا تلقوا التدريب</translation>
    </message>
    <message>
        <source>missions</source>
        <translation>بعثة</translation>
    </message>
    <message>
        <source>recommendations being followed up</source>
        <translation>توصية قيد المتابعة</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Activities and participants per quarter</source>
        <translation>الأنشطة والمشاركون حسب الربع</translation>
    </message>
    <message>
        <source>Participants by sex</source>
        <translation>المشاركون حسب الجنس</translation>
    </message>
    <message>
        <source>Participants by target group</source>
        <translation>المشاركون حسب الفئة المستهدفة</translation>
    </message>
    <message>
        <source>Recommendations by follow-up status</source>
        <translation>التوصيات حسب حالة المتابعة</translation>
    </message>
    <message>
        <source>Missions by status</source>
        <translation>البعثات حسب الحالة</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>لم يُسجَّل شيء بعد.</translation>
    </message>
    <message>
        <source>open requests for assistance</source>
        <translation>طلبات المساعدة المفتوحة</translation>
    </message>
    <message>
        <source>Open requests by status</source>
        <translation>الطلبات المفتوحة حسب الحالة</translation>
    </message>
    <message>
        <source>Projects by stage</source>
        <translation>المشاريع حسب المرحلة</translation>
    </message>
    <message>
        <source>Indicators on and off track</source>
        <translation>المؤشرات على المسار والمتأخرة</translation>
    </message>
<message>
        <source>closed projects sustained at 12 months</source>
        <translation>مشاريع مغلقة مستدامة بعد 12 شهرًا</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
<message>
        <source>Activities by thematic area</source>
        <translation>الأنشطة حسب المجال المواضيعي</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>dd</source>
        <comment>day in a date format</comment>
        <translation>يوم</translation>
    </message>
    <message>
        <source>mm</source>
        <comment>month in a date format</comment>
        <translation>شهر</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>year in a date format</comment>
        <translation>سنة</translation>
    </message>
    <message>
        <source>Type the date as %1 or as %2, or press Alt+Down for a calendar.</source>
        <translation>اكتب التاريخ بالشكل %1 أو %2، أو اضغط Alt+السهم لأسفل لفتح التقويم.</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>التقويم (Alt+السهم لأسفل)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>فتح التقويم</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as %2 or as %3.</source>
        <translation>«%1» ليس تاريخًا. اكتبه بالشكل %2 أو %3.</translation>
    </message>
    <message>
        <source>“%1”: write the year in full, with four digits.</source>
        <translation>«%1»: اكتب السنة كاملة بأربعة أرقام.</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>«%1» ليس تاريخًا: لا يوجد شهر رقم %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date: %2 %3 has %4 days.</source>
        <translation>«%1» ليس تاريخًا: شهر %2 %3 فيه %4 يومًا.</translation>
    </message>
    <message>
        <source>“%1” is outside the dates this field accepts (%2 to %3).</source>
        <translation>«%1» خارج نطاق التواريخ التي يقبلها هذا الحقل (من %2 إلى %3).</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Demo data</source>
        <translation>بيانات توضيحية</translation>
    </message>
    <message>
        <source>Finish loads the demo data; it takes a few seconds.</source>
        <translation>يؤدي زر «إنهاء» إلى تحميل البيانات التوضيحية، ويستغرق ذلك بضع ثوانٍ.</translation>
    </message>
    <message>
        <source>The demo holds invented missions, trainings and participants in five countries, recorded by a Guatemala office. Use it to try FieldDesk, not for real work: for real work, start again with a new profile folder. As it holds nothing real, the demo profile is not encrypted.</source>
        <translation>تتضمن البيانات التوضيحية بعثات وأنشطة تدريبية ومشاركين من نسج الخيال في خمسة بلدان، سجّلها مكتب في غواتيمالا. استخدمها لتجربة FieldDesk لا للعمل الفعلي؛ وللعمل الفعلي ابدأ من جديد بمجلد ملف شخصي جديد. ولأنه لا يحتوي على أي شيء حقيقي، فإن الملف الشخصي التوضيحي غير مشفّر.</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Possible duplicate: %1. Check whether this is the same person before adding a new record.</source>
        <translation>تكرار محتمل: %1. تحقّق مما إذا كان الشخص نفسه قبل إضافة سجل جديد.</translation>
    </message>
<message>
        <source>&amp;Not the same person</source>
        <translation>&amp;ليس الشخص نفسه</translation>
    </message>
    <message>
        <source>Record a new person and do not offer these records as duplicates again</source>
        <translation>تسجيل شخص جديد وعدم اقتراح هذه السجلات كتكرار مرة أخرى</translation>
    </message>
    <message>
        <source>Possible duplicate: this person may be recorded already. Use the existing record, or say that this is not the same person.</source>
        <translation>تكرار محتمل: ربما سُجّل هذا الشخص من قبل. استخدم السجل الموجود، أو بيّن أنه ليس الشخص نفسه.</translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation>ا&amp;ستخدام هذا الشخص</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation>استخدام هذا الشخص</translation>
    </message>
</context>
<context>
    <name>EnrollmentTab</name>
    <message>
        <source>Find a participant to enrol</source>
        <translation>البحث عن مشارك لتسجيله</translation>
    </message>
    <message>
        <source>&amp;Find a participant:</source>
        <translation>&amp;البحث عن مشارك:</translation>
    </message>
    <message>
        <source>E&amp;nrol</source>
        <translation>&amp;تسجيل</translation>
    </message>
    <message>
        <source>New &amp;participant…</source>
        <translation>&amp;مشارك جديد…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Enrolled participants</source>
        <translation>المشاركون المسجَّلون</translation>
    </message>
    <message>
        <source>&amp;Remove from the activity</source>
        <translation>&amp;إزالة من النشاط</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln مشارك</numerusform>
            <numerusform>مشارك واحد</numerusform>
            <numerusform>مشاركان</numerusform>
            <numerusform>%Ln مشاركين</numerusform>
            <numerusform>%Ln مشاركًا</numerusform>
            <numerusform>%Ln مشارك</numerusform>
        </translation>
    </message>
    <message>
        <source>women: %1, men: %2</source>
        <translation>النساء: %1، الرجال: %2</translation>
    </message>
    <message>
        <source>Remove from the activity</source>
        <translation>إزالة من النشاط</translation>
    </message>
    <message>
        <source>Remove %1 from this activity? Their attendance and scores here are removed too.</source>
        <translation>هل تريد إزالة %1 من هذا النشاط؟ سيُحذف أيضًا حضوره ودرجاته في هذا النشاط.</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>ا&amp;ستيراد من Excel…</translation>
    </message>
    <message>
        <source>Import participants from an Excel file and enrol them in this activity</source>
        <translation>استيراد مشاركين من ملف Excel وتسجيلهم في هذا النشاط</translation>
    </message>
</context>
<context>
    <name>EvaluationsSection</name>
    <message>
        <source>Evaluation</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>المقيّمون</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <source>Lessons learnt</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>Mid-term and end-of-project evaluations: what was found, and what was learnt.</source>
        <translation>تقييمات منتصف المدة ونهاية المشروع: ما تبيّن وما استُفيد من دروس.</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>Send</source>
        <translation>الإرسال</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;المستلم:</translation>
    </message>
    <message>
        <source>Send &amp;everything, not only what the recipient has not confirmed</source>
        <translation>إرسال &amp;كل شيء، لا ما لم يؤكده المستلم فقط</translation>
    </message>
    <message>
        <source>&amp;Make bundle…</source>
        <translation>&amp;إنشاء الحزمة…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <source>Drop bundle files here, or</source>
        <translation>أفلِت ملفات الحزم هنا، أو</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;استيراد حزم…</translation>
    </message>
    <message>
        <source>No office is trusted yet. Exchange identity cards on the Keys tab first.</source>
        <translation>لا يوجد بعدُ مكتب موثوق. تبادلوا بطاقات الهوية أولًا في تبويب المفاتيح.</translation>
    </message>
    <message>
        <source>%1 change(s) that %2 has not confirmed yet, the oldest from %3.</source>
        <translation>عدد التغييرات التي لم يؤكدها %2 بعد: %1، أقدمها بتاريخ %3.</translation>
    </message>
    <message>
        <source>%1 has confirmed every change; a bundle now only carries the confirmation of what you received.</source>
        <translation>أكّد %1 كل التغييرات؛ لا تحمل الحزمة الآن إلا تأكيد ما استلمتموه.</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>حفظ الحزمة</translation>
    </message>
    <message>
        <source>FieldDesk bundles (*.fdb);;All files (*)</source>
        <translation>حزم FieldDesk (*.fdb);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Bundle saved</source>
        <translation>حُفظت الحزمة</translation>
    </message>
    <message>
        <source>Bundle #%1 for %2 was saved to %3 with %4 change(s) and %5 attachment(s). Carry it to %2 and import it there.</source>
        <translation>حُفظت الحزمة رقم %1 الموجّهة إلى %2 في %3 وفيها %4 تغيير و%5 مرفق. انقلها إلى %2 واستوردها هناك.</translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>جارٍ إنشاء الحزمة…</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>استيراد حزم</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>جارٍ التحقق من الحزمة…</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>لم تُستورد الحزمة</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>لا شيء للاستيراد</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>استُوردت الحزمة</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>جارٍ استيراد الحزمة…</translation>
    </message>
    <message>
        <source>Bundle #%1 for %2 was saved to %3 with %4 and %5. Carry it to %2 and import it there.</source>
        <translation>حُفظت الحزمة رقم %1 الموجّهة إلى %2 في %3 وفيها %4 و%5. انقلها إلى %2 واستوردها هناك.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) that %1 has not confirmed yet, the oldest from %2.</source>
        <translation>
            <numerusform>%Ln تغيير لم يؤكدها %1 بعد، أقدمها بتاريخ %2.</numerusform>
            <numerusform>تغيير واحد لم يؤكده %1 بعد، بتاريخ %2.</numerusform>
            <numerusform>تغييران لم يؤكدهما %1 بعد، أقدمهما بتاريخ %2.</numerusform>
            <numerusform>%Ln تغييرات لم يؤكدها %1 بعد، أقدمها بتاريخ %2.</numerusform>
            <numerusform>%Ln تغييرًا لم يؤكدها %1 بعد، أقدمها بتاريخ %2.</numerusform>
            <numerusform>%Ln تغيير لم يؤكدها %1 بعد، أقدمها بتاريخ %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>لا تغييرات</numerusform>
            <numerusform>تغيير واحد</numerusform>
            <numerusform>تغييران</numerusform>
            <numerusform>%Ln تغييرات</numerusform>
            <numerusform>%Ln تغييرًا</numerusform>
            <numerusform>%Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>لا مرفقات</numerusform>
            <numerusform>مرفق واحد</numerusform>
            <numerusform>مرفقان</numerusform>
            <numerusform>%Ln مرفقات</numerusform>
            <numerusform>%Ln مرفقًا</numerusform>
            <numerusform>%Ln مرفق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpertEditor</name>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>مجالات الخبرة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Language codes separated by commas, for example: en, fr, es.</source>
        <translation>رموز اللغات مفصولة بفواصل، مثل: ar, en, fr.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>New expert</source>
        <translation>خبير جديد</translation>
    </message>
</context>
<context>
    <name>ExpertsPage</name>
    <message>
        <source>Experts</source>
        <translation>الخبراء</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>مجالات الخبرة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expert(s)</source>
        <translation>
            <numerusform>%Ln خبير</numerusform>
            <numerusform>خبير واحد</numerusform>
            <numerusform>خبيران</numerusform>
            <numerusform>%Ln خبراء</numerusform>
            <numerusform>%Ln خبيرًا</numerusform>
            <numerusform>%Ln خبير</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>مزيد من عوامل التصفية</translation>
    </message>
    <message>
        <source>More filters (%1 in use)</source>
        <translation>مزيد من عوامل التصفية (%1 مستخدمة)</translation>
    </message>
    <message>
        <source>Fewer filters</source>
        <translation>عوامل تصفية أقل</translation>
    </message>
</context>
<context>
    <name>FindingsSection</name>
    <message>
        <source>Thematic area</source>
        <translation>المجال المواضيعي</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>الاستنتاج</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>استنتاج</translation>
    </message>
    <message>
        <source>What the mission found, by thematic area.</source>
        <translation>ما توصلت إليه البعثة، حسب المجال المواضيعي.</translation>
    </message>
<message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>FieldDesk – first start</source>
        <translation>FieldDesk – التشغيل الأول</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>جارٍ تحميل البيانات التوضيحية…</translation>
    </message>
    <message>
        <source>Creating the profile…</source>
        <translation>جارٍ إنشاء الملف الشخصي…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>The recovery key is shown only now. Without it, a forgotten passphrase means the data cannot be opened. Go on without keeping it?</source>
        <translation>يُعرض مفتاح الاسترداد الآن فقط. ومن دونه، يعني نسيان عبارة المرور أنه لا يمكن فتح البيانات. هل تريد المتابعة دون الاحتفاظ به؟</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Browse for: %1</source>
        <translation>اختيار: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpTimeline</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>follow-up note</source>
        <translation>ملاحظة متابعة</translation>
    </message>
    <message>
        <source>Each step in following up this recommendation, oldest first. The latest note sets the recommendation's status.</source>
        <translation>كل خطوة في متابعة هذه التوصية، من الأقدم إلى الأحدث. وتحدد أحدث ملاحظة حالة التوصية.</translation>
    </message>
</context>
<context>
    <name>GenerateStrip</name>
    <message>
        <source>Progress of the report</source>
        <translation>تقدّم إعداد التقرير</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إل&amp;غاء</translation>
    </message>
    <message>
        <source>Stop generating the report</source>
        <translation>إيقاف إعداد التقرير</translation>
    </message>
    <message>
        <source>Cancelled: no report was made.</source>
        <translation>أُلغي: لم يُعدّ أي تقرير.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <source>(from a sync bundle)</source>
        <translation>(من حزمة مزامنة)</translation>
    </message>
<message>
        <source>headquarters (root key)</source>
        <translation>المقر (المفتاح الجذري)</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History of this record</source>
        <translation>سجل تغييرات هذا السجل</translation>
    </message>
    <message>
        <source>Every change to this record, latest first, as kept in the change log.</source>
        <translation>كل التغييرات على هذا السجل، الأحدث أولًا، كما هي محفوظة في سجل التغييرات.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>المطبَّق</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>الحزم المرسلة والمستلمة</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>مستلمة من</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>مرسلة إلى</translation>
    </message>
    <message>
        <source>missing before it: %1 (their changes came in later bundles)</source>
        <translation>ناقصة قبلها: %1 (وصلت تغييراتها في حزم لاحقة)</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>كل شيء</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>الاستيراد من Excel</translation>
    </message>
    <message>
        <source>Import participants from an Excel file and enrol them in “%1”. People already recorded are recognised, so no one is added twice.</source>
        <translation>استورد مشاركين من ملف Excel وسجّلهم في «%1». يُتعرَّف على الأشخاص الموجودين من قبل، فلا يُضاف أحد مرتين.</translation>
    </message>
    <message>
        <source>Import %1 from an Excel file. The file is checked first and nothing is written until you press Import; rows already recorded are recognised, so importing a file twice adds nothing twice.</source>
        <translation>استورد %1 من ملف Excel. يُفحص الملف أولًا ولا يُكتب شيء حتى تضغط «استيراد»؛ ويُتعرَّف على الصفوف الموجودة من قبل، فلا يُكرَّر شيء إذا استوردت الملف مرتين.</translation>
    </message>
    <message>
        <source>An .xlsx file: a FieldDesk template or export</source>
        <translation>ملف ‎.xlsx: قالب أو ملف مُصدَّر من FieldDesk</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفّح…</translation>
    </message>
    <message>
        <source>Template for</source>
        <translation>قالب لـ</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>حفظ &amp;قالب…</translation>
    </message>
    <message>
        <source>No file yet? Start from an empty template with the right column titles:</source>
        <translation>لا ملف لديك بعد؟ ابدأ بقالب فارغ بعناوين الأعمدة الصحيحة:</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>المشكلات في الملف</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>صفوف الملف</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>م&amp;لف آخر…</translation>
    </message>
    <message>
        <source>C&amp;heck the file</source>
        <translation>&amp;فحص الملف</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>&amp;فحص مجددًا</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>مصنفات Excel (*.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>جارٍ فحص الملف…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>لم يُستورد شيء: %1</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>حفظ قالب</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The template was saved to %1. Fill it in, then import it here.</source>
        <translation>حُفظ القالب في %1. املأه ثم استورده من هنا.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>(the whole row)</source>
        <translation>(الصف كله)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>ما سيحدث</translation>
    </message>
    <message>
        <source>Someone new: add them</source>
        <translation>شخص جديد: أضِفه</translation>
    </message>
    <message>
        <source>The same person as %1 (%2)</source>
        <translation>الشخص نفسه: %1 (%2)</translation>
    </message>
    <message>
        <source>Already recorded: left as it is</source>
        <translation>موجود من قبل: يُترك كما هو</translation>
    </message>
    <message>
        <source>New: added</source>
        <translation>جديد: يُضاف</translation>
    </message>
    <message>
        <source>; enrolled in the activity</source>
        <translation>؛ ويُسجَّل في النشاط</translation>
    </message>
    <message>
        <source>Not the same person: add them</source>
        <translation>ليس الشخص نفسه: أضفه</translation>
    </message>
    <message>
        <source>Use this person: %1 (%2)</source>
        <translation>استخدم هذا الشخص: %1 (%2)</translation>
    </message>
    <message>
        <source>To decide: the same person, or someone new?</source>
        <translation>للبت فيه: الشخص نفسه أم شخص جديد؟</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>This bundle was imported before; nothing was changed.</source>
        <translation>استُورِدت هذه الحزمة من قبل؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>A later bundle from %1 has already brought these changes; nothing was changed.</source>
        <translation>حزمة لاحقة من %1 جلبت هذه التغييرات بالفعل؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Bundle no. %1 from %2 applied.</source>
        <translation>طُبِّقت الحزمة رقم %1 من %2.</translation>
    </message>
    <message>
        <source>New records: %1</source>
        <translation>سجلات جديدة: %1</translation>
    </message>
    <message>
        <source>Updated records: %1</source>
        <translation>سجلات محدَّثة: %1</translation>
    </message>
    <message>
        <source>Already up to date: %1</source>
        <translation>محدَّثة من قبل: %1</translation>
    </message>
    <message>
        <source>Conflicts to review (Sync page, Conflicts): %1</source>
        <translation>تعارضات للمراجعة (صفحة المزامنة، التعارضات): %1</translation>
    </message>
    <message>
        <source>Changes refused and kept for review: %1</source>
        <translation>تغييرات مرفوضة ومحفوظة للمراجعة: %1</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>participants</source>
        <translation>المشاركين</translation>
    </message>
    <message>
        <source>training activities</source>
        <translation>الأنشطة التدريبية</translation>
    </message>
    <message>
        <source>missions</source>
        <translation>البعثات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new participant(s)</source>
        <translation>
            <numerusform>%Ln مشارك جديد</numerusform>
            <numerusform>مشارك جديد واحد</numerusform>
            <numerusform>مشاركان جديدان</numerusform>
            <numerusform>%Ln مشاركين جدد</numerusform>
            <numerusform>%Ln مشاركًا جديدًا</numerusform>
            <numerusform>%Ln مشارك جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new training activity(-ies)</source>
        <translation>
            <numerusform>%Ln نشاط تدريبي جديد</numerusform>
            <numerusform>نشاط تدريبي جديد واحد</numerusform>
            <numerusform>نشاطان تدريبيان جديدان</numerusform>
            <numerusform>%Ln أنشطة تدريبية جديدة</numerusform>
            <numerusform>%Ln نشاطًا تدريبيًا جديدًا</numerusform>
            <numerusform>%Ln نشاط تدريبي جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new mission(s)</source>
        <translation>
            <numerusform>%Ln بعثة جديدة</numerusform>
            <numerusform>بعثة جديدة واحدة</numerusform>
            <numerusform>بعثتان جديدتان</numerusform>
            <numerusform>%Ln بعثات جديدة</numerusform>
            <numerusform>%Ln بعثة جديدة</numerusform>
            <numerusform>%Ln بعثة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the file</source>
        <translation>
            <numerusform>%Ln مشكلة في الملف</numerusform>
            <numerusform>مشكلة واحدة في الملف</numerusform>
            <numerusform>مشكلتان في الملف</numerusform>
            <numerusform>%Ln مشكلات في الملف</numerusform>
            <numerusform>%Ln مشكلة في الملف</numerusform>
            <numerusform>%Ln مشكلة في الملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln صف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفّان</numerusform>
            <numerusform>%Ln صفوف</numerusform>
            <numerusform>%Ln صفًا</numerusform>
            <numerusform>%Ln صف</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until they are corrected: correct the file, save it and check it again.</source>
        <translation>لا يمكن استيراد شيء قبل تصحيحها: صحّح الملف واحفظه ثم افحصه مجددًا.</translation>
    </message>
    <message>
        <source>To add: %1.</source>
        <translation>للإضافة: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) already recorded, left as they are.</source>
        <translation>
            <numerusform>%Ln صف موجود من قبل، يُترك كما هو.</numerusform>
            <numerusform>صف واحد موجود من قبل، يُترك كما هو.</numerusform>
            <numerusform>صفّان موجودان من قبل، يُتركان كما هما.</numerusform>
            <numerusform>%Ln صفوف موجودة من قبل، تُترك كما هي.</numerusform>
            <numerusform>%Ln صفًا موجودة من قبل، تُترك كما هي.</numerusform>
            <numerusform>%Ln صف موجودة من قبل، تُترك كما هي.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) to enrol in the activity.</source>
        <translation>
            <numerusform>%Ln مشارك للتسجيل في النشاط.</numerusform>
            <numerusform>مشارك واحد للتسجيل في النشاط.</numerusform>
            <numerusform>مشاركان للتسجيل في النشاط.</numerusform>
            <numerusform>%Ln مشاركين للتسجيل في النشاط.</numerusform>
            <numerusform>%Ln مشاركًا للتسجيل في النشاط.</numerusform>
            <numerusform>%Ln مشارك للتسجيل في النشاط.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) may already be recorded (highlighted): choose in the last column whether each is the same person or someone new.</source>
        <translation>
            <numerusform>عدد المشاركين الذين قد يكونون موجودين من قبل (مظلَّلون): %Ln. اختر في العمود الأخير لكلٍّ منهم هل هو الشخص نفسه أم شخص جديد.</numerusform>
            <numerusform>مشارك واحد قد يكون موجودًا من قبل (مظلَّل): اختر في العمود الأخير هل هو الشخص نفسه أم شخص جديد.</numerusform>
            <numerusform>عدد المشاركين الذين قد يكونون موجودين من قبل (مظلَّلون): %Ln. اختر في العمود الأخير لكلٍّ منهم هل هو الشخص نفسه أم شخص جديد.</numerusform>
            <numerusform>عدد المشاركين الذين قد يكونون موجودين من قبل (مظلَّلون): %Ln. اختر في العمود الأخير لكلٍّ منهم هل هو الشخص نفسه أم شخص جديد.</numerusform>
            <numerusform>عدد المشاركين الذين قد يكونون موجودين من قبل (مظلَّلون): %Ln. اختر في العمود الأخير لكلٍّ منهم هل هو الشخص نفسه أم شخص جديد.</numerusform>
            <numerusform>عدد المشاركين الذين قد يكونون موجودين من قبل (مظلَّلون): %Ln. اختر في العمود الأخير لكلٍّ منهم هل هو الشخص نفسه أم شخص جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>لا يُكتب شيء حتى تضغط «استيراد».</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>استُورد: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) enrolled in the activity.</source>
        <translation>
            <numerusform>سُجّل %Ln مشارك في النشاط.</numerusform>
            <numerusform>سُجّل مشارك واحد في النشاط.</numerusform>
            <numerusform>سُجّل مشاركان في النشاط.</numerusform>
            <numerusform>سُجّل %Ln مشاركين في النشاط.</numerusform>
            <numerusform>سُجّل %Ln مشاركًا في النشاط.</numerusform>
            <numerusform>سُجّل %Ln مشارك في النشاط.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were already recorded and left as they were.</source>
        <translation>
            <numerusform>%Ln صف كان موجودًا من قبل وتُرك كما هو.</numerusform>
            <numerusform>صف واحد كان موجودًا من قبل وتُرك كما هو.</numerusform>
            <numerusform>صفّان كانا موجودين من قبل وتُركا كما هما.</numerusform>
            <numerusform>%Ln صفوف كانت موجودة من قبل وتُركت كما هي.</numerusform>
            <numerusform>%Ln صفًا كانت موجودة من قبل وتُركت كما هي.</numerusform>
            <numerusform>%Ln صف كانت موجودة من قبل وتُركت كما هي.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsSection</name>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>آخر قيمة</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>تاريخ خط الأساس</translation>
    </message>
    <message>
        <source>Empty: the project's start.</source>
        <translation>فارغ: بداية المشروع.</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>التاريخ المستهدف</translation>
    </message>
    <message>
        <source>Empty: the project's end.</source>
        <translation>فارغ: نهاية المشروع.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>مؤشر</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>This office</source>
        <translation>هذا المكتب</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>المكتب:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <source>&amp;Save my identity card…</source>
        <translation>&amp;حفظ بطاقة هويتي…</translation>
    </message>
    <message>
        <source>Trusted offices</source>
        <translation>المكاتب الموثوقة</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>موثوق منذ</translation>
    </message>
    <message>
        <source>&amp;Trust an identity card…</source>
        <translation>&amp;الوثوق ببطاقة هوية…</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>المقر الرئيسي</translation>
    </message>
    <message>
        <source>field office</source>
        <translation>مكتب ميداني</translation>
    </message>
    <message>
        <source>Save identity card</source>
        <translation>حفظ بطاقة الهوية</translation>
    </message>
    <message>
        <source>Identity cards (*.fdcard);;All files (*)</source>
        <translation>بطاقات الهوية (*.fdcard);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Identity card saved</source>
        <translation>حُفظت بطاقة الهوية</translation>
    </message>
    <message>
        <source>The card of %1 was saved to %2. Give it to the other office; when they trust it, read them this fingerprint by phone: %3</source>
        <translation>حُفظت بطاقة %1 في %2. سلّمها إلى المكتب الآخر؛ وعندما يوثّقها اقرأ لهم هذه البصمة عبر الهاتف: %3</translation>
    </message>
    <message>
        <source>Trust an identity card</source>
        <translation>الوثوق ببطاقة هوية</translation>
    </message>
    <message>
        <source>Identity cards (*.fdcard *.card *.json);;All files (*)</source>
        <translation>بطاقات الهوية (*.fdcard *.card *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Trust this office?</source>
        <translation>الوثوق بهذا المكتب؟</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)

Fingerprint: %4

Call the office and have them read their fingerprint to you. Trust the card only if every character matches.</source>
        <translation>%1 – %2 (%3)

البصمة: %4

اتصل بالمكتب واطلب منهم قراءة بصمتهم لك. لا تثق بالبطاقة إلا إذا تطابق كل حرف.</translation>
    </message>
    <message>
        <source>Already trusted</source>
        <translation>موثوق أصلًا</translation>
    </message>
    <message>
        <source>%1 was already trusted with these keys.</source>
        <translation>كان %1 موثوقًا أصلًا بهذه المفاتيح.</translation>
    </message>
    <message>
        <source>Earlier keys:</source>
        <translation>المفاتيح السابقة:</translation>
    </message>
    <message>
        <source>Earlier keys</source>
        <translation>المفاتيح السابقة</translation>
    </message>
    <message>
        <source>none (these are the first keys)</source>
        <translation>لا توجد (هذه هي المفاتيح الأولى)</translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation>استُبدلت في %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>أُلغيت في %1</translation>
    </message>
    <message>
        <source>This headquarters profile's private keys lie unencrypted in its folder: whoever copies them can read every office's bundles and sign as headquarters. Encrypt them with 'fielddesk encrypt' (the window then asks for the passphrase when it starts).</source>
        <translation>المفاتيح الخاصة لملف المقر هذا محفوظة دون تشفير في مجلده: من ينسخها يستطيع قراءة حزم جميع المكاتب والتوقيع باسم المقر. شفّرها بالأمر «fielddesk encrypt» (وستطلب النافذة عندئذ عبارة المرور عند بدء التشغيل).</translation>
    </message>
    <message>
        <source>Bundles signed by:</source>
        <translation>الحزم موقّعة بـ:</translation>
    </message>
    <message>
        <source>%1's own key, certified by headquarters' key</source>
        <translation>المفتاح الخاص بـ %1، المصادق عليه بمفتاح المقر</translation>
    </message>
    <message>
        <source>headquarters' key (no key of your own: 'fielddesk keys user add NAME')</source>
        <translation>مفتاح المقر (لا مفتاح خاص بك: «fielddesk keys user add NAME»)</translation>
    </message>
    <message>
        <source>nobody: no key of your own here, and headquarters' root key is kept offline (ask its holder: 'fielddesk keys user add NAME --root FILE')</source>
        <translation>لا أحد: لا يوجد هنا مفتاح خاص بك، والمفتاح الجذري للمقر محفوظ خارج الشبكة (اطلب من حافظه: 'fielddesk keys user add NAME --root FILE')</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Search (Ctrl+F)…</source>
        <translation>بحث (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>التصفية</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>إظهار عوامل التصفية</translation>
    </message>
    <message>
        <source>List</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
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
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>المكتب %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;سجل</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساع&amp;دة</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>ال&amp;نسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>Back up the profile, copy a backup to a folder, or restore one</source>
        <translation>أخذ نسخة احتياطية من الملف الشخصي أو نسخها إلى مجلد أو استعادة نسخة</translation>
    </message>
<message>
        <source>A&amp;ccess record…</source>
        <translation>سجل الا&amp;طلاع…</translation>
    </message>
    <message>
        <source>Who printed or exported whose data here, for an audit</source>
        <translation>من طبع أو صدّر بيانات من هنا، للتدقيق</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>نوع الجهة المعنية</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>آخرون</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Women met</source>
        <translation>عدد النساء اللواتي قوبلن</translation>
    </message>
    <message>
        <source>Men met</source>
        <translation>عدد الرجال الذين قوبلوا</translation>
    </message>
    <message>
        <source>Others met</source>
        <translation>عدد الآخرين الذين قوبلوا</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>اجتماع</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>في «%1» تغييرات غير محفوظة. هل تريد حفظها؟</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>تعذّرت قراءة الملف أو الكتابة فيه: %1</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1: %2). Nothing was saved by this step; the details were written to the log.</source>
        <translation>حدث خطأ غير متوقع (%1: %2). لم يُحفظ شيء في هذه الخطوة؛ وكُتبت التفاصيل في السجل.</translation>
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
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <translation>الجهة الطالبة</translation>
    </message>
    <message>
        <source>Request date</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>المجالات المواضيعية</translation>
    </message>
    <message>
        <source>Linked projects</source>
        <translation>المشاريع المرتبطة</translation>
    </message>
    <message>
        <source>Terms of reference</source>
        <translation>الاختصاصات</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>الاجتماعات</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>الاستنتاجات</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>بعثة جديدة</translation>
    </message>
</context>
<context>
    <name>MissionRecommendationsSection</name>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>المجال المواضيعي</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>المؤسسة المعنية</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <source>Follow each recommendation up on the Recommendations page.</source>
        <translation>تُتابَع كل توصية في صفحة «التوصيات».</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <source>Missions</source>
        <translation>البعثات</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>الجهة الطالبة</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>المجالات المواضيعية</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>المجال المواضيعي</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mission(s)</source>
        <translation>
            <numerusform>%Ln بعثة</numerusform>
            <numerusform>بعثة واحدة</numerusform>
            <numerusform>بعثتان</numerusform>
            <numerusform>%Ln بعثات</numerusform>
            <numerusform>%Ln بعثة</numerusform>
            <numerusform>%Ln بعثة</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the mission “%1” with its team, meetings and findings?</source>
        <translation>هل تريد حذف البعثة «%1» مع فريقها واجتماعاتها واستنتاجاتها؟</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>مشارك جديد</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>نوع الجهة المعنية</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Add and &amp;enrol</source>
        <translation>إضافة و&amp;تسجيل</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Working… this can take a moment; please wait.</source>
        <translation>جارٍ العمل… قد يستغرق ذلك لحظة؛ يُرجى الانتظار.</translation>
    </message>
    <message>
        <source>Several wrong tries: the next one is possible in %1 s.</source>
        <translation>عدة محاولات خاطئة: ستكون المحاولة التالية ممكنة بعد %1 ث.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>عبارة المرور الحالية غير صحيحة. لم يتغيّر أي شيء.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>عبارة المرور ال&amp;حالية:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>At least 8 characters. A few unrelated words are easier to remember and harder to guess than a short password with symbols. Without the passphrase, only the recovery key opens the profile.</source>
        <translation>8 أحرف على الأقل. بضع كلمات لا رابط بينها أسهل في التذكّر وأصعب في التخمين من كلمة مرور قصيرة برموز. ومن دون عبارة المرور، لا يفتح الملف الشخصي إلا مفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>Too short: at least 8 characters (%1 so far).</source>
        <translation>قصيرة جدًا: 8 أحرف على الأقل (%1 حتى الآن).</translation>
    </message>
    <message>
        <source>The passphrase starts or ends with a space; remove it, it is easily forgotten.</source>
        <translation>تبدأ عبارة المرور أو تنتهي بمسافة؛ احذفها، فمن السهل نسيانها.</translation>
    </message>
    <message>
        <source>Type the same passphrase again below.</source>
        <translation>اكتب عبارة المرور نفسها مرة أخرى أدناه.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Type the current passphrase too.</source>
        <translation>اكتب عبارة المرور الحالية أيضًا.</translation>
    </message>
    <message>
        <source>The passphrases match. Accepted, but a longer one (12 characters or more) is harder to guess.</source>
        <translation>عبارتا المرور متطابقتان. مقبولة، لكن العبارة الأطول (12 حرفًا أو أكثر) أصعب في التخمين.</translation>
    </message>
    <message>
        <source>The passphrases match, and the length is good.</source>
        <translation>عبارتا المرور متطابقتان، والطول جيد.</translation>
    </message>
    <message>
        <source>Too easy to guess: common words, names, dates, keyboard patterns and repeats are tried first. Use three or four unrelated words, or a sentence of your own.</source>
        <translation>من السهل جدًا تخمينها: الكلمات الشائعة والأسماء والتواريخ وتسلسلات لوحة المفاتيح والتكرار تُجرَّب أولًا. استخدم ثلاث أو أربع كلمات لا رابط بينها، أو جملة من تأليفك.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Your office</source>
        <translation>مكتبك</translation>
    </message>
    <message>
        <source>Every record you make carries this office's code, so headquarters knows where it comes from.</source>
        <translation>يحمل كل سجل تنشئه رمز هذا المكتب، ليعرف المقر مصدره.</translation>
    </message>
    <message>
        <source>for example GT-01</source>
        <translation>مثل GT-01</translation>
    </message>
    <message>
        <source>for example Guatemala office</source>
        <translation>مثل مكتب غواتيمالا</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>&amp;رمز المكتب:</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;اسم المكتب:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>The office code is required.</source>
        <translation>رمز المكتب مطلوب.</translation>
    </message>
    <message>
        <source>Use 2 to 32 letters, digits or hyphens, for example GT-01.</source>
        <translation>استخدم من 2 إلى 32 حرفًا لاتينيًا أو رقمًا أو شرطة، مثل GT-01.</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>اسم المكتب مطلوب.</translation>
    </message>
</context>
<context>
    <name>OfficesTab</name>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>آخر حزمة مستلمة</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>الحزم المستلمة</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>الحزم الناقصة</translation>
    </message>
    <message>
        <source>Not yet confirmed by the office</source>
        <translation>لم يؤكده المكتب بعد</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>المكاتب</translation>
    </message>
    <message>
        <source>Each office's data can be viewed on the list pages with the Office filter.</source>
        <translation>يمكن عرض بيانات كل مكتب في صفحات القوائم باستخدام عامل تصفية المكتب.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>silent for more than 30 days</source>
        <translation>صامت منذ أكثر من 30 يومًا</translation>
    </message>
    <message>
        <source>in touch</source>
        <translation>على تواصل</translation>
    </message>
<message>
        <source>Erasures not yet confirmed</source>
        <translation>عمليات محو لم تُؤكَّد بعد</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>البعثات</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>الخبراء</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
<message>
        <source>Due</source>
        <translation>المواعيد المستحقة</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>القوائم</translation>
    </message>
<message>
        <source>Coordination</source>
        <translation>التنسيق</translation>
    </message>
<message>
        <source>Fund</source>
        <translation>الصندوق</translation>
    </message>
<message>
        <source>Board</source>
        <translation>المجلس</translation>
    </message>
<message>
        <source>Grants</source>
        <translation>المنح</translation>
    </message>
<message>
        <source>Fellowships</source>
        <translation>الزمالات</translation>
    </message>
<message>
        <source>Reviews</source>
        <translation>الاستعراضات</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>المؤسسات</translation>
    </message>
<message>
        <source>Plans</source>
        <translation>الخطط</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>نوع الجهة المعنية</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Agrees that contact details are kept</source>
        <translation>يوافق على الاحتفاظ ببيانات الاتصال به</translation>
    </message>
    <message>
        <source>E-mail and phone may be kept only with the participant's consent.</source>
        <translation>لا يجوز الاحتفاظ بالبريد الإلكتروني والهاتف إلا بموافقة المشارك.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>مشارك جديد</translation>
    </message>
<message>
        <source>Merg&amp;e…</source>
        <translation>&amp;دمج…</translation>
    </message>
    <message>
        <source>Merge this record with another record of the same person</source>
        <translation>دمج هذا السجل مع سجل آخر للشخص نفسه</translation>
    </message>
<message>
        <source>Erase personal data…</source>
        <translation>محو البيانات الشخصية…</translation>
    </message>
    <message>
        <source>The person asked to be forgotten: replace their name and contacts with a pseudonym here and at every site</source>
        <translation>طلب الشخص أن يُنسى: استبدال اسمه وبيانات اتصاله باسم مستعار هنا وفي كل موقع</translation>
    </message>
    <message>
        <source>Name shared</source>
        <translation>مشاركة الاسم</translation>
    </message>
    <message>
        <source>Agrees that the name is shared with headquarters</source>
        <translation>يوافق على مشاركة اسمه مع المقر</translation>
    </message>
    <message>
        <source>Without this, the name leaves the office only as a pseudonym (bundles to headquarters, exported spreadsheets).</source>
        <translation>من دون هذه الموافقة لا يغادر الاسم المكتب إلا باسم مستعار (الحزم المرسلة إلى المقر، وجداول البيانات المصدَّرة).</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>تاريخ الموافقة</translation>
    </message>
<message>
        <source>Fellowships</source>
        <translation>الزمالات</translation>
    </message>
    <message>
        <source>Headquarters holds this participant under their office&apos;s pseudonym and cannot tell who they are: their office, which holds the name, erases them.</source>
        <translation>يحفظ المقر هذا المشارك باسم مستعار خاص بمكتبه ولا يستطيع معرفة هويته: مكتبه، الذي يحفظ الاسم، هو من يمحوه.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>نوع الجهة المعنية</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln مشارك</numerusform>
            <numerusform>مشارك واحد</numerusform>
            <numerusform>مشاركان</numerusform>
            <numerusform>%Ln مشاركين</numerusform>
            <numerusform>%Ln مشاركًا</numerusform>
            <numerusform>%Ln مشارك</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the participant “%1”? Their enrollments in activities are deleted with them.</source>
        <translation>هل تريد حذف المشارك «%1»؟ ستُحذف معه تسجيلاته في الأنشطة.</translation>
    </message>
<message>
        <source>Delete the participant “%1”? Their enrollments in activities and their fellowships are deleted with them.</source>
        <translation>هل تريد حذف المشارك «%1»؟ ستُحذف معه تسجيلاته في الأنشطة وزمالاته.</translation>
    </message>
</context>
<context>
    <name>PartsSection</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;إضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;عرض…</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>إضافة: %1</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>تعديل: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected line (%1)?</source>
        <translation>هل تريد إزالة السطر المحدد (%1)؟</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>The profile is encrypted with this passphrase: without it, nobody can read the data, even with this computer in hand.</source>
        <translation>يُشفَّر الملف الشخصي بعبارة المرور هذه: من دونها لا يستطيع أحد قراءة البيانات، حتى لو كان هذا الحاسوب بين يديه.</translation>
    </message>
    <message>
        <source>&amp;Do not encrypt (training or demo use only)</source>
        <translation>&amp;عدم التشفير (للتدريب أو العرض التوضيحي فقط)</translation>
    </message>
    <message>
        <source>Without encryption, anyone who has this computer, or its disk, can read every name and finding in the profile. Use this only for training or demonstrations; the profile can be encrypted later from Preferences.</source>
        <translation>من دون تشفير، يستطيع كل من يحوز هذا الحاسوب أو قرصه قراءة كل اسم وكل استنتاج في الملف الشخصي. لا تستخدم هذا إلا للتدريب أو العروض التوضيحية؛ ويمكن تشفير الملف الشخصي لاحقًا من التفضيلات.</translation>
    </message>
    <message>
        <source>&amp;Create the profile</source>
        <translation>&amp;إنشاء الملف الشخصي</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Folder for sync bundles</source>
        <translation>مجلد حزم المزامنة</translation>
    </message>
    <message>
        <source>Folder for reports</source>
        <translation>مجلد التقارير</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>Folder for sync &amp;bundles:</source>
        <translation>مجلد &amp;حزم المزامنة:</translation>
    </message>
    <message>
        <source>Folder for &amp;reports:</source>
        <translation>مجلد ال&amp;تقارير:</translation>
    </message>
    <message>
        <source>Dates and numbers follow the conventions of the language: today is %1; one thousand two hundred and fifty-five is %2.</source>
        <translation>تتبع التواريخ والأرقام أعراف اللغة: اليوم هو %1؛ ويُكتب العدد ألف ومئتان وخمسة وخمسون هكذا: %2.</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>حجم ال&amp;نص:</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print %1</source>
        <translation>طباعة %1</translation>
    </message>
    <message>
        <source>The report could not be read for printing (%1).</source>
        <translation>تعذّرت قراءة التقرير للطباعة (%1).</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected and try again.</source>
        <translation>تعذّر تشغيل الطابعة. تحقّق من توصيلها ثم أعد المحاولة.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Headquarters has recorded no facts about this country.</source>
        <translation>لم يسجل المقر أي بيانات عن هذا البلد.</translation>
    </message>
    <message>
        <source>On the UN list of least developed countries.</source>
        <translation>مدرج في قائمة الأمم المتحدة لأقل البلدان نموًا.</translation>
    </message>
    <message>
        <source>Not on the UN list of least developed countries.</source>
        <translation>غير مدرج في قائمة الأمم المتحدة لأقل البلدان نموًا.</translation>
    </message>
    <message>
        <source>Recorded by headquarters as in transition to democracy.</source>
        <translation>يسجله المقر بلدًا يمر بمرحلة انتقال إلى الديمقراطية.</translation>
    </message>
    <message>
        <source>Not recorded by headquarters as in transition to democracy.</source>
        <translation>لا يسجله المقر بلدًا يمر بمرحلة انتقال إلى الديمقراطية.</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(في %1)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1، %2: %3</translation>
    </message>
    <message>
        <source>Met %1 (%2), %3</source>
        <translation>اجتماع مع %1 (%2)، %3</translation>
    </message>
    <message>
        <source>Assessed by staff (the evidence suggests %1)</source>
        <translation>قيّمه الموظفون (تشير البيانات إلى %1)</translation>
    </message>
    <message>
        <source>Assessed by staff</source>
        <translation>قيّمه الموظفون</translation>
    </message>
    <message>
        <source>From the evidence</source>
        <translation>حسب البيانات المسجلة</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>Same total as “%1”, which scores higher on “%2” (%3 against %4).</source>
        <translation>المجموع نفسه الذي حصل عليه «%1»، وهو أعلى في معيار «%2» (%3 مقابل %4).</translation>
    </message>
    <message>
        <source>Same total and scores as “%1”, which was received earlier (%2 against %3).</source>
        <translation>المجموع والدرجات نفسها التي حصل عليها «%1»، وقد ورد قبله (%2 مقابل %3).</translation>
    </message>
    <message>
        <source>Same total, scores and date received as “%1”, which was recorded first.</source>
        <translation>المجموع والدرجات وتاريخ الورود نفسها التي حصل عليها «%1»، وقد سُجل قبله.</translation>
    </message>
<message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>%1 (%2, coordination register)</source>
        <translation>%1 (%2، سجل التنسيق)</translation>
    </message>
<message>
        <source>Special procedure: %1</source>
        <translation>إجراء خاص: %1</translation>
    </message>
    <message>
        <source>Universal periodic review, cycle %1</source>
        <translation>الاستعراض الدوري الشامل، الدورة %1</translation>
    </message>
    <message>
        <source>para. %1</source>
        <translation>الفقرة %1</translation>
    </message>
</context>
<context>
    <name>PriorityTab</name>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Priority criteria</source>
        <translation>معايير الأولوية</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>&amp;تقييم…</translation>
    </message>
    <message>
        <source>Each criterion is scored from 0 to 3: from the recorded evidence, unless staff assess it. The total is the weighted score out of 100.</source>
        <translation>يُقيَّم كل معيار من 0 إلى 3: حسب البيانات المسجلة، ما لم يقيّمه الموظفون. والمجموع هو الدرجة المرجحة من 100.</translation>
    </message>
    <message>
        <source>Total %1 out of 100: ranked %2 of %3 open requests.</source>
        <translation>المجموع %1 من 100: الترتيب %2 من %3 من الطلبات المفتوحة.</translation>
    </message>
    <message>
        <source>Total %1 out of 100. The request is closed and no longer ranked.</source>
        <translation>المجموع %1 من 100. الطلب مغلق ولم يعد مرتبًا.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(و%n أخرى)</numerusform>
            <numerusform>(وواحدة أخرى)</numerusform>
            <numerusform>(واثنتان أخريان)</numerusform>
            <numerusform>(و%n أخرى)</numerusform>
            <numerusform>(و%n أخرى)</numerusform>
            <numerusform>(و%n أخرى)</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Project code</source>
        <translation>رمز المشروع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>مصدر التمويل</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>المجالات المواضيعية</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>National partner</source>
        <translation>الشريك الوطني</translation>
    </message>
    <message>
        <source>The national institution that carries the work on when the project ends.</source>
        <translation>المؤسسة الوطنية التي تواصل العمل عند انتهاء المشروع.</translation>
    </message>
    <message>
        <source>Exit plan</source>
        <translation>خطة الانسحاب</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>تاريخ الانسحاب</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>سجل الحالات</translation>
    </message>
<message>
        <source>After the exit</source>
        <translation>بعد الخروج</translation>
    </message>
<message>
        <source>Board</source>
        <translation>المجلس</translation>
    </message>
<message>
        <source>Grants</source>
        <translation>المنح</translation>
    </message>
<message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>مصدر التمويل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>المجالات المواضيعية</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>المجال المواضيعي</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln مشروع</numerusform>
            <numerusform>مشروع واحد</numerusform>
            <numerusform>مشروعان</numerusform>
            <numerusform>%Ln مشاريع</numerusform>
            <numerusform>%Ln مشروعًا</numerusform>
            <numerusform>%Ln مشروع</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ا&amp;عثر في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفّات من ال&amp;نّوع:</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>Open requests, highest priority first. Equal totals are parted by the scores on the heaviest criteria, then by the earlier date received.</source>
        <translation>الطلبات المفتوحة، الأعلى أولوية أولًا. يُفصل بين المجاميع المتساوية بالدرجات في المعايير الأثقل وزنًا، ثم بتاريخ الورود الأقدم.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Tie parted by</source>
        <translation>الفصل في التعادل</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>جارٍ الترتيب…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open request(s)</source>
        <translation>
            <numerusform>%Ln طلب مفتوح</numerusform>
            <numerusform>طلب مفتوح واحد</numerusform>
            <numerusform>طلبان مفتوحان</numerusform>
            <numerusform>%Ln طلبات مفتوحة</numerusform>
            <numerusform>%Ln طلبًا مفتوحًا</numerusform>
            <numerusform>%Ln طلب مفتوح</numerusform>
        </translation>
    </message>
<message>
        <source>Others working on this</source>
        <translation>جهات أخرى تعمل على هذا</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>البعثة</translation>
    </message>
    <message>
        <source>The needs assessment mission that made it, if any.</source>
        <translation>بعثة تقييم الاحتياجات التي أصدرتها، إن وُجدت.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>المجال المواضيعي</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>المؤسسة المعنية</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>حالة المتابعة</translation>
    </message>
    <message>
        <source>Set by the latest follow-up note, when there is one.</source>
        <translation>تحددها أحدث ملاحظة متابعة، إن وُجدت.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>توصية جديدة</translation>
    </message>
<message>
        <source>Treaty body</source>
        <translation>هيئة المعاهدة</translation>
    </message>
    <message>
        <source>When the source is a treaty body.</source>
        <translation>عندما يكون المصدر هيئة معاهدة.</translation>
    </message>
    <message>
        <source>Special procedure mandate</source>
        <translation>ولاية الإجراء الخاص</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>دورة الاستعراض الدوري الشامل</translation>
    </message>
    <message>
        <source>Recommending state</source>
        <translation>الدولة المقدِّمة للتوصية</translation>
    </message>
    <message>
        <source>The state that made it in the periodic review.</source>
        <translation>الدولة التي قدّمتها في الاستعراض الدوري.</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>رمز الوثيقة</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <source>State's response</source>
        <translation>رد الدولة</translation>
    </message>
    <message>
        <source>Response comment</source>
        <translation>تعليق على الرد</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>الأشخاص المتأثرون</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>غايات أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>Projects that answer it</source>
        <translation>المشاريع التي تستجيب لها</translation>
    </message>
<message>
        <source>What was done</source>
        <translation>ما الذي أُنجز</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>المجال المواضيعي</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>البعثة</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>المؤسسة المعنية</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln توصية</numerusform>
            <numerusform>توصية واحدة</numerusform>
            <numerusform>توصيتان</numerusform>
            <numerusform>%Ln توصيات</numerusform>
            <numerusform>%Ln توصية</numerusform>
            <numerusform>%Ln توصية</numerusform>
        </translation>
    </message>
<message>
        <source>Symbol</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>الرد</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;تراجع عن التغييرات</translation>
    </message>
    <message>
        <source>Choose a record in the list, or create a new one (Ctrl+N).</source>
        <translation>اختر سجلًا من القائمة أو أنشئ سجلًا جديدًا (Ctrl+N).</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <source>Choose one of the suggestions, or clear the field.</source>
        <translation>اختر أحد الاقتراحات أو امسح الحقل.</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>صحّح الحقول المشار إليها أولًا.</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>حُذف هذا السجل.</translation>
    </message>
    <message>
        <source>This record belongs to office %1. You can read it; only that office or headquarters can change it.</source>
        <translation>هذا السجل تابع للمكتب %1. يمكنك الاطلاع عليه؛ ولا يعدّله إلا ذلك المكتب أو المقر.</translation>
    </message>
    <message>
        <source>Save the record first.</source>
        <translation>احفظ السجل أولًا.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>جارٍ الحذف…</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
<message>
        <source>After the exit</source>
        <translation>بعد الخروج</translation>
    </message>
<message>
        <source>Board member</source>
        <translation>عضو المجلس</translation>
    </message>
    <message>
        <source>Adopted by the Board</source>
        <translation>اعتمدها المجلس</translation>
    </message>
    <message>
        <source>Board decision</source>
        <translation>قرار المجلس</translation>
    </message>
<message>
        <source>Grant</source>
        <translation>منحة</translation>
    </message>
    <message>
        <source>Grant tranche</source>
        <translation>شريحة منحة</translation>
    </message>
    <message>
        <source>Grant report</source>
        <translation>تقرير منحة</translation>
    </message>
    <message>
        <source>Choose a record in the list.</source>
        <translation>اختر سجلًا من القائمة.</translation>
    </message>
    <message>
        <source>Accreditation review</source>
        <translation>استعراض الاعتماد</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>الشاغل</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>المكتب الإقليمي</translation>
    </message>
<message>
        <source>Kept by headquarters; it arrives with headquarters' bundles.</source>
        <translation>يتولاه المقر؛ ويصل مع الحزم الواردة من المقر.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Deleted.</source>
        <translation>حُذف.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln سجل</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%Ln سجلات</numerusform>
            <numerusform>%Ln سجلًا</numerusform>
            <numerusform>%Ln سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete “%1”? Its parts and attachments are deleted with it.</source>
        <translation>هل تريد حذف «%1»؟ ستُحذف معه أجزاؤه ومرفقاته.</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>التصدير إلى Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The list was saved to %1.</source>
        <translation>حُفظت القائمة في %1.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>اكتب للبحث…</translation>
    </message>
</context>
<context>
    <name>RecordReportDialog</name>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>C&amp;onfidential on every page</source>
        <translation>&amp;سرّي على كل صفحة</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>ال&amp;تقرير:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>حفظ بصيغة &amp;Word…</translation>
    </message>
    <message>
        <source>Save an editable copy (.docx) with the same text and letterhead</source>
        <translation>حفظ نسخة قابلة للتحرير (.docx) بالنص والترويسة نفسيهما</translation>
    </message>
    <message>
        <source>Save an editable copy</source>
        <translation>حفظ نسخة قابلة للتحرير</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <source>Saving an editable copy</source>
        <translation>جارٍ حفظ نسخة قابلة للتحرير</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>حُفظ: %1.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <source>Blank rows</source>
        <translation>صفوف فارغة</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>صفوف &amp;فارغة لغير المسجلين:</translation>
    </message>
    <message>
        <source>A column for &amp;every day, weekends too</source>
        <translation>عمود لكل &amp;يوم، بما في ذلك عطلات نهاية الأسبوع</translation>
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
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Save the record first: reports show what is saved.</source>
        <translation>احفظ السجل أولًا: تعرض التقارير ما هو محفوظ.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Reading the list…</source>
        <translation>جارٍ قراءة القائمة…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>The recovery key is shown only now. Without it, a forgotten passphrase means the data cannot be opened. Close without keeping it?</source>
        <translation>يُعرض مفتاح الاسترداد الآن فقط. ومن دونه، يعني نسيان عبارة المرور أنه لا يمكن فتح البيانات. هل تريد الإغلاق دون الاحتفاظ به؟</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>If the passphrase is forgotten, this recovery key is the only way to open the profile. It is shown only now. Write it down or print it, and keep it locked away, apart from this computer: anyone who has both can read the profile.</source>
        <translation>إذا نُسيت عبارة المرور، فمفتاح الاسترداد هذا هو السبيل الوحيد لفتح الملف الشخصي. يُعرض الآن فقط. دوّنه أو اطبعه واحفظه في مكان مقفل بعيدًا عن هذا الحاسوب: من يملك الاثنين معًا يستطيع قراءة الملف الشخصي.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>&amp;Save printable sheet (PDF)…</source>
        <translation>&amp;حفظ ورقة للطباعة (PDF)…</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>لقد &amp;دوّنت مفتاح الاسترداد أو طبعته</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>حفظ ورقة الاسترداد</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet was saved as %1. Print it, then delete the file: a copy left on this computer defeats its purpose.</source>
        <translation>حُفظت الورقة باسم %1. اطبعها ثم احذف الملف: فبقاء نسخة على هذا الحاسوب يُبطل الغرض منها.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>The profile is made and encrypted. Keep its recovery key before you go on.</source>
        <translation>أُنشئ الملف الشخصي وشُفّر. احتفظ بمفتاح الاسترداد الخاص به قبل المتابعة.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Report preview</source>
        <translation>معاينة التقرير</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Pag&amp;e</source>
        <translation>ال&amp;صفحة</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation>ملاءمة عرض الصفحة للنافذة</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>الصفحة كاملة</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>عرض الصفحات كاملة</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>طباعة التقرير (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Save a copy of the report as a PDF file</source>
        <translation>حفظ نسخة من التقرير في ملف PDF</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <source>Choose a report and press Generate: it is shown here, ready to print or save.</source>
        <translation>اختر تقريرًا واضغط «إعداد»: يظهر هنا جاهزًا للطباعة أو الحفظ.</translation>
    </message>
    <message>
        <source>The report could not be shown (%1).</source>
        <translation>تعذّر عرض التقرير (%1).</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>من %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%Ln صفحات</numerusform>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>%Ln صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) sent to the printer.</source>
        <translation>
            <numerusform>لم تُرسل أي صفحة إلى الطابعة (%Ln).</numerusform>
            <numerusform>أُرسلت صفحة واحدة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت صفحتان إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %Ln صفحات إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %Ln صفحة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت %Ln صفحة إلى الطابعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>جارٍ طباعة الصفحة %1 من %2…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>حُفظ في %1.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Mission report</source>
        <translation>تقرير البعثة</translation>
    </message>
    <message>
        <source>Training report</source>
        <translation>تقرير التدريب</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>كشف الحضور</translation>
    </message>
    <message>
        <source>Certificates of participation</source>
        <translation>شهادات المشاركة</translation>
    </message>
    <message>
        <source>Programme summary</source>
        <translation>ملخّص البرنامج</translation>
    </message>
    <message>
        <source>Recommendation follow-up</source>
        <translation>متابعة التوصيات</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <source>Cover, terms of reference, stakeholders met, findings and recommendations.</source>
        <translation>الغلاف والاختصاصات والجهات المعنية التي جرى لقاؤها والاستنتاجات والتوصيات.</translation>
    </message>
    <message>
        <source>Participants by sex, target group and organisation; attendance, tests, evaluations and cost.</source>
        <translation>المشاركون حسب الجنس والفئة المستهدفة والمنظمة؛ الحضور والاختبارات والتقييمات والتكلفة.</translation>
    </message>
    <message>
        <source>One row per participant and a signature box per day, to print and sign.</source>
        <translation>صفّ لكل مشارك وخانة توقيع لكل يوم، للطباعة والتوقيع.</translation>
    </message>
    <message>
        <source>One certificate of participation per enrolled participant.</source>
        <translation>شهادة مشاركة لكل مشارك مسجّل.</translation>
    </message>
    <message>
        <source>Missions, trainings, participants reached, projects and expenditure for a period.</source>
        <translation>البعثات والتدريب والمشاركون الذين جرى الوصول إليهم والمشاريع والنفقات خلال فترة.</translation>
    </message>
    <message>
        <source>Recommendations by status, each with its latest follow-up note.</source>
        <translation>التوصيات حسب الحالة، مع آخر ملاحظة متابعة لكل منها.</translation>
    </message>
    <message>
        <source>Requests ranked by priority</source>
        <translation>الطلبات مرتبة حسب الأولوية</translation>
    </message>
    <message>
        <source>Assessment of a request</source>
        <translation>تقييم طلب</translation>
    </message>
    <message>
        <source>Project progress report</source>
        <translation>تقرير سير المشروع</translation>
    </message>
    <message>
        <source>Portfolio overview</source>
        <translation>نظرة عامة على الحافظة</translation>
    </message>
    <message>
        <source>Open requests for assistance ranked by the priority criteria, each score explained.</source>
        <translation>طلبات المساعدة المفتوحة مرتبة حسب معايير الأولوية، مع شرح كل درجة.</translation>
    </message>
    <message>
        <source>One request for assistance: the criteria, the evidence behind each score, and its history.</source>
        <translation>طلب مساعدة واحد: المعايير، والأدلة التي تستند إليها كل درجة، وتاريخه.</translation>
    </message>
    <message>
        <source>Results, indicators against their targets, budget execution, risks and the exit plan.</source>
        <translation>النتائج، والمؤشرات مقارنة بأهدافها، وتنفيذ الميزانية، والمخاطر، وخطة الخروج.</translation>
    </message>
    <message>
        <source>Requests, projects, indicators, budget execution and exit plans of an office.</source>
        <translation>الطلبات والمشاريع والمؤشرات وتنفيذ الميزانية وخطط الخروج لمكتب ما.</translation>
    </message>
    <message>
        <source>The office's paper</source>
        <translation>ورق المكتب</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
<message>
        <source>Everything held about this person</source>
        <translation>كل ما يُحتفظ به عن هذا الشخص</translation>
    </message>
    <message>
        <source>Every field, activity, attendance, score and change recorded about one participant.</source>
        <translation>كل حقل ونشاط وحضور ودرجة وتغيير مسجَّل عن مشارك واحد.</translation>
    </message>
<message>
        <source>Implementation matrix</source>
        <translation>مصفوفة التنفيذ</translation>
    </message>
    <message>
        <source>Recommendations to one country by thematic area and mechanism, with the state's response, their follow-up and the projects that answer them.</source>
        <translation>التوصيات الموجهة إلى بلد واحد حسب المجال المواضيعي والآلية، مع رد الدولة ومتابعتها والمشاريع التي تستجيب لها.</translation>
    </message>
<message>
        <source>The Voluntary Fund</source>
        <translation>صندوق التبرعات</translation>
    </message>
    <message>
        <source>The Fund's position, contributions by donor, allocations by project and the regular budget against the Fund.</source>
        <translation>وضع الصندوق، والمساهمات حسب الجهة المانحة، والمخصصات حسب المشروع، والميزانية العادية مقابل الصندوق.</translation>
    </message>
<message>
        <source>Board pack</source>
        <translation>ملف مجلس الأمناء</translation>
    </message>
    <message>
        <source>For a session of the Board of Trustees: the Fund's position, the portfolio, the follow-up of the Board's earlier recommendations and the requests ranked, with a cover page and contents.</source>
        <translation>لدورة من دورات مجلس الأمناء: وضع الصندوق، والحافظة، ومتابعة توصيات المجلس السابقة، والطلبات مرتّبة، مع صفحة غلاف وفهرس.</translation>
    </message>
<message>
        <source>Grants</source>
        <translation>المنح</translation>
    </message>
    <message>
        <source>Grants of an office with their grantees, amounts paid, status and overdue tranches and reports.</source>
        <translation>منح المكتب: الجهات المستفيدة والمبالغ المدفوعة والحالة والشرائح والتقارير المتأخرة.</translation>
    </message>
<message>
        <source>Fellowships</source>
        <translation>الزمالات</translation>
    </message>
    <message>
        <source>Fellows by cohort with their host, placement weeks, objectives met and final report, and what each did afterwards.</source>
        <translation>الزملاء حسب الدفعة مع الجهة المضيفة وأسابيع التدريب والأهداف المحققة والتقرير النهائي، وما فعله كل منهم بعد ذلك.</translation>
    </message>
    <message>
        <source>Fellowship certificate</source>
        <translation>شهادة زمالة</translation>
    </message>
    <message>
        <source>The certificate of a completed fellowship, numbered like the certificates of participation.</source>
        <translation>شهادة زمالة مكتملة، مرقمة مثل شهادات المشاركة.</translation>
    </message>
<message>
        <source>Review dossier</source>
        <translation>ملف الاستعراض</translation>
    </message>
    <message>
        <source>One country and one thematic area from the records: requests and decisions, missions, trainings with people reached, learning gain and cost, projects with indicators and budget, evaluations, lessons, checks after the exit and the follow-up of recommendations.</source>
        <translation>بلد واحد ومجال مواضيعي واحد من السجلات: الطلبات والقرارات، والبعثات، والتدريبات مع الأشخاص الذين تم الوصول إليهم ومكسب التعلم والتكلفة، والمشاريع مع المؤشرات والميزانية، والتقييمات، والدروس، والتحقق بعد الخروج، ومتابعة التوصيات.</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>مؤسسة وطنية لحقوق الإنسان</translation>
    </message>
    <message>
        <source>One institution: its profile, GANHRI accreditation history, Paris Principles concerns, regional offices and the projects, missions, trainings and recommendations concerning it, by year.</source>
        <translation>مؤسسة واحدة: ملفها، وسجل اعتمادها لدى التحالف العالمي، والشواغل المتعلقة بمبادئ باريس، ومكاتبها الإقليمية، والمشاريع والبعثات والتدريبات والتوصيات المتعلقة بها، حسب السنة.</translation>
    </message>
<message>
        <source>National action plan</source>
        <translation>خطة العمل الوطنية</translation>
    </message>
    <message>
        <source>One national action plan: its actions by status, the overdue ones, and the recommendations to its country that no action answers.</source>
        <translation>خطة عمل وطنية واحدة: إجراءاتها حسب الحالة، والمتأخر منها، والتوصيات الموجهة إلى بلدها التي لا يستجيب لها أي إجراء.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>إ&amp;عداد</translation>
    </message>
    <message>
        <source>%1 is ready.</source>
        <translation>%1 جاهز.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>البعثة</translation>
    </message>
    <message>
        <source>Training activity</source>
        <translation>النشاط التدريبي</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Leave the dates empty for the whole programme.</source>
        <translation>اترك التاريخين فارغين للبرنامج كله.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Confidential on every page</source>
        <translation>«سرّي» على كل صفحة</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>جميع المكاتب</translation>
    </message>
    <message>
        <source>Cover, terms of reference, stakeholders met, findings and recommendations.</source>
        <translation>الغلاف والاختصاصات والجهات المعنية التي جرى لقاؤها والاستنتاجات والتوصيات.</translation>
    </message>
    <message>
        <source>Participants by sex, target group and organisation; attendance, tests, evaluations and cost.</source>
        <translation>المشاركون حسب الجنس والفئة المستهدفة والمنظمة؛ الحضور والاختبارات والتقييمات والتكلفة.</translation>
    </message>
    <message>
        <source>One row per participant and a signature box per day, to print and sign.</source>
        <translation>صفّ لكل مشارك وخانة توقيع لكل يوم، للطباعة والتوقيع.</translation>
    </message>
    <message>
        <source>One certificate of participation per enrolled participant.</source>
        <translation>شهادة مشاركة لكل مشارك مسجّل.</translation>
    </message>
    <message>
        <source>Missions, trainings, participants reached, projects and expenditure for a period.</source>
        <translation>البعثات والتدريب والمشاركون الذين جرى الوصول إليهم والمشاريع والنفقات خلال فترة.</translation>
    </message>
    <message>
        <source>Recommendations by status, each with its latest follow-up note.</source>
        <translation>التوصيات حسب الحالة، مع آخر ملاحظة متابعة لكل منها.</translation>
    </message>
    <message>
        <source>Choose a mission first: type part of its title and pick it from the list.</source>
        <translation>اختر بعثة أولًا: اكتب جزءًا من عنوانها واخترها من القائمة.</translation>
    </message>
    <message>
        <source>Choose a training activity first: type part of its title and pick it from the list.</source>
        <translation>اختر نشاطًا تدريبيًا أولًا: اكتب جزءًا من عنوانه واختره من القائمة.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>نهاية الفترة تسبق بدايتها.</translation>
    </message>
    <message>
        <source>Request for assistance</source>
        <translation>طلب المساعدة</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Blank rows</source>
        <translation>صفوف فارغة</translation>
    </message>
    <message>
        <source>Rows at the end for participants not on the list.</source>
        <translation>صفوف في النهاية للمشاركين غير الموجودين في القائمة.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>A column for every day, weekends too</source>
        <translation>عمود لكل يوم، بما في ذلك عطلات نهاية الأسبوع</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Choose a request for assistance first: type part of its title and pick it from the list.</source>
        <translation>اختر طلب مساعدة أولًا: اكتب جزءًا من عنوانه واختره من القائمة.</translation>
    </message>
    <message>
        <source>Choose a project first: type part of its title or code and pick it from the list.</source>
        <translation>اختر مشروعًا أولًا: اكتب جزءًا من عنوانه أو رمزه واختره من القائمة.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
<message>
        <source>Thematic area</source>
        <translation>المجال المواضيعي</translation>
    </message>
    <message>
        <source>All thematic areas</source>
        <translation>جميع المجالات المواضيعية</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>غاية أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <source>A target of the Sustainable Development Goals, such as 16.3; empty for all.</source>
        <translation>غاية من غايات أهداف التنمية المستدامة، مثل 16.3؛ اتركه فارغاً لجميع الغايات.</translation>
    </message>
<message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>One year, such as 2026; empty for every year.</source>
        <translation>سنة واحدة، مثل 2026؛ فارغ لكل السنوات.</translation>
    </message>
    <message>
        <source>Write a year, such as 2026, or leave it empty for every year.</source>
        <translation>اكتب سنة، مثل 2026، أو اتركه فارغًا لكل السنوات.</translation>
    </message>
<message>
        <source>Board session</source>
        <translation>دورة المجلس</translation>
    </message>
    <message>
        <source>Choose a Board session first: type part of its title or place and pick it from the list.</source>
        <translation>اختر دورة للمجلس أولًا: اكتب جزءًا من عنوانها أو مكانها واخترها من القائمة.</translation>
    </message>
<message>
        <source>Overdue</source>
        <translation>المتأخرة</translation>
    </message>
    <message>
        <source>Only what has something overdue</source>
        <translation>ما فيه تأخر فقط</translation>
    </message>
<message>
        <source>Fellowship</source>
        <translation>الزمالة</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Type part of the cohort's name and pick the fellow from the list.</source>
        <translation>اكتب جزءًا من اسم الدفعة واختر الزميل من القائمة.</translation>
    </message>
    <message>
        <source>One cohort of fellows, by its name; empty for all.</source>
        <translation>دفعة واحدة من الزملاء باسمها؛ اتركه فارغًا للجميع.</translation>
    </message>
    <message>
        <source>Choose a fellowship first: type part of its cohort and pick the fellow from the list.</source>
        <translation>اختر زمالة أولًا: اكتب جزءًا من دفعتها واختر الزميل من القائمة.</translation>
    </message>
<message>
        <source>Choose a country and a thematic area: a review dossier is about one of each.</source>
        <translation>اختر بلدًا ومجالًا مواضيعيًا: يتناول ملف الاستعراض بلدًا واحدًا ومجالًا واحدًا.</translation>
    </message>
    <message>
        <source>National institution</source>
        <translation>المؤسسة الوطنية</translation>
    </message>
    <message>
        <source>Type part of its name or acronym and pick it from the list.</source>
        <translation>اكتب جزءًا من اسمها أو اسمها المختصر واخترها من القائمة.</translation>
    </message>
    <message>
        <source>Choose a national institution first: type part of its name or acronym and pick it from the list.</source>
        <translation>اختر مؤسسة وطنية أولاً: اكتب جزءًا من اسمها أو اسمها المختصر واخترها من القائمة.</translation>
    </message>
<message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <translation>الجهة الطالبة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>تاريخ الورود</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>The number of the letter or note verbale.</source>
        <translation>رقم الرسالة أو المذكرة الشفوية.</translation>
    </message>
    <message>
        <source>Areas requested</source>
        <translation>المجالات المطلوبة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Once saved, the status changes with “Change status”, which records the date and who made the change.</source>
        <translation>بعد الحفظ، تتغير الحالة بزر «تغيير الحالة» الذي يسجل التاريخ ومن أجرى التغيير.</translation>
    </message>
    <message>
        <source>Needs assessment mission</source>
        <translation>بعثة تقييم الاحتياجات</translation>
    </message>
    <message>
        <source>Resulting projects</source>
        <translation>المشاريع الناتجة</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>أسباب القرار</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>سجل الحالات</translation>
    </message>
    <message>
        <source>New request for assistance</source>
        <translation>طلب مساعدة جديد</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>List</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>وارد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>مقدم الطلب</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Areas requested</source>
        <translation>المجالات المطلوبة</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>تاريخ البت</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Area requested</source>
        <translation>المجال المطلوب</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln طلب</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%Ln طلبات</numerusform>
            <numerusform>%Ln طلبًا</numerusform>
            <numerusform>%Ln طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the request “%1” with its scores and status history?</source>
        <translation>هل تريد حذف الطلب «%1» مع درجاته وسجل حالاته؟</translation>
    </message>
</context>
<context>
    <name>ResultsSection</name>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Activities serving it</source>
        <translation>الأنشطة التي تخدمها</translation>
    </message>
    <message>
        <source>Trainings and advisory services of this project.</source>
        <translation>أنشطة التدريب والخدمات الاستشارية لهذا المشروع.</translation>
    </message>
    <message>
        <source>Missions serving it</source>
        <translation>البعثات التي تخدمها</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>result</source>
        <translation>نتيجة</translation>
    </message>
    <message>
        <source>The objective and the expected results; choose one to see its indicators.</source>
        <translation>الهدف والنتائج المتوقعة؛ اختر واحدًا لرؤية مؤشراته.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Indicators of: %1</source>
        <translation>مؤشرات: %1</translation>
    </message>
    <message>
        <source>Indicators: choose a result above.</source>
        <translation>المؤشرات: اختر نتيجة أعلاه.</translation>
    </message>
    <message>
        <source>Values of: %1</source>
        <translation>قيم: %1</translation>
    </message>
    <message>
        <source>Values: choose an indicator above.</source>
        <translation>القيم: اختر مؤشرًا أعلاه.</translation>
    </message>
</context>
<context>
    <name>RisksSection</name>
    <message>
        <source>Risk</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>الاحتمال</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>التخفيف</translation>
    </message>
    <message>
        <source>No longer a risk</source>
        <translation>لم يعد خطرًا</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>خطر</translation>
    </message>
</context>
<context>
    <name>SafetyFlows</name>
    <message>
        <source>New passphrase</source>
        <translation>عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>You opened the profile with the recovery key. Choose a new passphrase now; the recovery key keeps working.</source>
        <translation>فتحت الملف الشخصي بمفتاح الاسترداد. اختر الآن عبارة مرور جديدة؛ ويظل مفتاح الاسترداد صالحًا.</translation>
    </message>
    <message>
        <source>&amp;Set the passphrase</source>
        <translation>&amp;تعيين عبارة المرور</translation>
    </message>
    <message>
        <source>The new passphrase is set. The recovery key still works.</source>
        <translation>عُيّنت عبارة المرور الجديدة. ولا يزال مفتاح الاسترداد صالحًا.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>The data stays as it is; only the passphrase that opens it changes. Backups open with the new passphrase too. The recovery key is unchanged.</source>
        <translation>تبقى البيانات كما هي؛ ولا يتغيّر إلا عبارة المرور التي تفتحها. وتُفتح النسخ الاحتياطية أيضًا بعبارة المرور الجديدة. ولا يتغيّر مفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;تغيير</translation>
    </message>
    <message>
        <source>The passphrase was changed. The recovery key is unchanged.</source>
        <translation>تم تغيير عبارة المرور. ولم يتغيّر مفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>مفتاح استرداد جديد</translation>
    </message>
    <message>
        <source>A new recovery key replaces the current one, which stops opening this profile (copies of backups made earlier keep the key file they were made with). Type the passphrase to go on.</source>
        <translation>يحل مفتاح استرداد جديد محل المفتاح الحالي، الذي لن يفتح هذا الملف الشخصي بعد ذلك (تحتفظ نسخ النسخ الاحتياطية المأخوذة سابقًا بملف المفاتيح الذي أُنشئت به). اكتب عبارة المرور للمتابعة.</translation>
    </message>
    <message>
        <source>&amp;Make a new key</source>
        <translation>&amp;إنشاء مفتاح جديد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The new recovery key. The old one no longer opens the profile.</source>
        <translation>مفتاح الاسترداد الجديد. لم يعد المفتاح القديم يفتح الملف الشخصي.</translation>
    </message>
    <message>
        <source>Encrypt this profile</source>
        <translation>تشفير هذا الملف الشخصي</translation>
    </message>
    <message>
        <source>Once encrypted, the profile's database, backups, attachments and keys cannot be read without the passphrase or the recovery key. A backup is made first. It takes a moment (longer for a big profile).</source>
        <translation>بعد التشفير، لا يمكن قراءة قاعدة بيانات الملف الشخصي ونسخه الاحتياطية ومرفقاته ومفاتيحه من دون عبارة المرور أو مفتاح الاسترداد. تُؤخذ نسخة احتياطية أولًا. يستغرق ذلك لحظة (وأطول للملف الشخصي الكبير).</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;تشفير</translation>
    </message>
    <message>
        <source>The profile is now encrypted. A backup was made first, and is encrypted too.</source>
        <translation>أصبح الملف الشخصي مشفّرًا. أُخذت نسخة احتياطية أولًا، وهي مشفّرة أيضًا.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Data safety</source>
        <translation>أمان البيانات</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Lock the window after minutes without use</source>
        <translation>قفل النافذة بعد هذه الدقائق من عدم الاستخدام</translation>
    </message>
    <message>
        <source>Loc&amp;k the window after:</source>
        <translation>&amp;قفل النافذة بعد:</translation>
    </message>
    <message>
        <source>&amp;Encrypt this profile…</source>
        <translation>&amp;تشفير هذا الملف الشخصي…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>&amp;تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>New reco&amp;very key…</source>
        <translation>مفتاح ا&amp;سترداد جديد…</translation>
    </message>
    <message>
        <source>This profile is encrypted: its database, backups, attachments and keys cannot be read without the passphrase or the recovery key.</source>
        <translation>هذا الملف الشخصي مشفّر: لا يمكن قراءة قاعدة بياناته ونسخه الاحتياطية ومرفقاته ومفاتيحه من دون عبارة المرور أو مفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>Locking hides every window until the passphrase is typed again; nothing is closed or lost.</source>
        <translation>يُخفي القفل كل النوافذ إلى أن تُكتب عبارة المرور من جديد؛ ولا يُغلق شيء ولا يضيع.</translation>
    </message>
    <message>
        <source>This profile is not encrypted: anyone who has this computer, or its disk, can read it. Encrypt it for real work.</source>
        <translation>هذا الملف الشخصي غير مشفّر: يستطيع كل من يحوز هذا الحاسوب أو قرصه قراءته. شفّره للعمل الفعلي.</translation>
    </message>
    <message>
        <source>Only an encrypted profile locks (a plain one has no passphrase to ask for).</source>
        <translation>لا يُقفل إلا الملف الشخصي المشفّر (فغير المشفّر لا عبارة مرور له تُطلب).</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>الاختبار القبلي</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>الاختبار البعدي</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Evaluation (1–5)</source>
        <translation>التقييم (1–5)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>الشهادة</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>Tests and evaluation</source>
        <translation>الاختبارات والتقييم</translation>
    </message>
    <message>
        <source>Scores are percentages (0 to 100); the evaluation is the participant's rating of the activity, from 1 (poor) to 5 (excellent). Type a number or press F2 to change a cell.</source>
        <translation>الدرجات نسب مئوية (من 0 إلى 100)؛ والتقييم هو تقدير المشارك للنشاط من 1 (ضعيف) إلى 5 (ممتاز). اكتب رقمًا أو اضغط F2 لتغيير الخانة.</translation>
    </message>
    <message>
        <source>average pre-test %1</source>
        <translation>متوسط الاختبار القبلي %1</translation>
    </message>
    <message>
        <source>average post-test %1</source>
        <translation>متوسط الاختبار البعدي %1</translation>
    </message>
    <message>
        <source>average evaluation %1 / 5</source>
        <translation>متوسط التقييم %1 / 5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln certificate(s) issued</source>
        <translation>
            <numerusform>لم تُصدر أي شهادة</numerusform>
            <numerusform>صدرت شهادة واحدة</numerusform>
            <numerusform>صدرت شهادتان</numerusform>
            <numerusform>صدرت %Ln شهادات</numerusform>
            <numerusform>صدرت %Ln شهادة</numerusform>
            <numerusform>صدرت %Ln شهادة</numerusform>
        </translation>
    </message>
<message>
        <source>Scores are percentages (0 to 100); the evaluation is the participant's rating of the activity, from 1 (poor) to 5 (excellent). Type a number in a cell; Enter or Tab moves on, Esc cancels, Ctrl+V pastes a column copied from a spreadsheet.</source>
        <translation>الدرجات نسب مئوية (من 0 إلى 100)؛ والتقييم هو تقدير المشارك للنشاط، من 1 (ضعيف) إلى 5 (ممتاز). اكتب رقمًا في الخلية؛ Enter أو Tab للانتقال إلى التالية، وEsc للإلغاء، وCtrl+V للصق عمود منسوخ من جدول بيانات.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show what is typed in: %1</source>
        <translation>إظهار ما كُتب في: %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sync: this profile starts a new sync incarnation, so its next bundle is not mistaken for one sent before.</source>
        <translation>المزامنة: يبدأ هذا الملف الشخصي تجسّدًا جديدًا للمزامنة، حتى لا تُعدّ حزمته التالية حزمةً أُرسلت من قبل.</translation>
    </message>
    <message>
        <source>Changes made here after this backup that headquarters had already received: %1. They come back with the next bundle from headquarters.</source>
        <translation>التغييرات التي أُجريت هنا بعد هذه النسخة الاحتياطية وكان المقر قد استلمها: %1. ستعود مع الحزمة التالية من المقر.</translation>
    </message>
    <message>
        <source>Changes made here after this backup that headquarters had not acknowledged: %1. They are kept in the backup made before the restore, and come back if a bundle that carries them still reaches headquarters.</source>
        <translation>التغييرات التي أُجريت هنا بعد هذه النسخة الاحتياطية ولم يؤكد المقر استلامها: %1. إنها محفوظة في النسخة الاحتياطية التي أُنشئت قبل الاستعادة، وستعود إذا وصلت إلى المقر حزمةٌ تحملها.</translation>
    </message>
    <message>
        <source>Changes in this backup not yet acknowledged, sent with the next bundle: %1.</source>
        <translation>تغييرات في هذه النسخة الاحتياطية لم يُؤكَّد استلامها بعد، وستُرسل مع الحزمة التالية: %1.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Show FieldDesk in the new language now? The window is opened again; nothing is lost.</source>
        <translation>هل تريد عرض FieldDesk باللغة الجديدة الآن؟ ستُفتح النافذة من جديد ولن يضيع شيء.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>The backup was restored. The data as it was just before is kept as the backup of %1.</source>
        <translation>تمت استعادة النسخة الاحتياطية. والبيانات كما كانت قبل ذلك مباشرةً محفوظة في النسخة الاحتياطية بتاريخ %1.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Encrypting the profile, interrupted earlier, is now finished. This is its recovery key.</source>
        <translation>اكتمل الآن تشفير الملف الشخصي الذي انقطع سابقًا. هذا هو مفتاح الاسترداد الخاص به.</translation>
    </message>
    <message>
        <source>The daily backup could not be made</source>
        <translation>تعذّر أخذ النسخة الاحتياطية اليومية</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>The daily retention sweep could not be made</source>
        <translation>تعذّر إجراء التنظيف اليومي للبيانات</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
</context>
<context>
    <name>StatusHistory</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <source>Every change of status, with its date and who made it. Use “Change status” on the Details tab to make one.</source>
        <translation>كل تغيير في الحالة مع تاريخه ومن أجراه. استخدم «تغيير الحالة» في تبويب التفاصيل لإجراء تغيير.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>&amp;تغيير الحالة…</translation>
    </message>
    <message>
        <source>Status: %1, since %2 (%3).</source>
        <translation>الحالة: %1، منذ %2 (%3).</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>الحالة: %1.</translation>
    </message>
    <message>
        <source>This status is final.</source>
        <translation>هذه الحالة نهائية.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Send and receive</source>
        <translation>الإرسال والاستلام</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>المكاتب</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Bundles carry changes between this office and %1 on a USB stick or by e-mail. They are signed and encrypted; a bundle is checked completely before anything is applied.</source>
        <translation>تنقل الحزم التغييرات بين هذا المكتب و%1 على ذاكرة USB أو بالبريد الإلكتروني. وهي موقّعة ومشفّرة؛ وتُفحص الحزمة بالكامل قبل تطبيق أي شيء.</translation>
    </message>
    <message>
        <source>the field offices</source>
        <translation>المكاتب الميدانية</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>المقر الرئيسي</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Offices silent for more than 30 days: %1</source>
        <translation>المكاتب الصامتة منذ أكثر من 30 يومًا: %1</translation>
    </message>
    <message>
        <source>Every office has sent a bundle in the last 30 days.</source>
        <translation>أرسل كل مكتب حزمة خلال الأيام الثلاثين الأخيرة.</translation>
    </message>
    <message>
        <source>%1 change(s) not yet confirmed by headquarters, the oldest from %2.</source>
        <translation>عدد التغييرات التي لم يؤكدها المقر الرئيسي بعد: %1، أقدمها بتاريخ %2.</translation>
    </message>
    <message>
        <source>Headquarters has confirmed every change made here.</source>
        <translation>أكّد المقر الرئيسي كل التغييرات التي أُجريت هنا.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>%1: last bundle sent %2, last received %3</source>
        <translation>%1: آخر حزمة مرسلة %2، وآخر حزمة مستلمة %3</translation>
    </message>
    <message>
        <source>No office is trusted yet: exchange identity cards on the Sync page.</source>
        <translation>لا يوجد بعدُ مكتب موثوق: تبادلوا بطاقات الهوية في صفحة المزامنة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet confirmed by headquarters, the oldest from %1.</source>
        <translation>
            <numerusform>%Ln تغيير لم يؤكدها المقر الرئيسي بعد، أقدمها بتاريخ %1.</numerusform>
            <numerusform>تغيير واحد لم يؤكده المقر الرئيسي بعد، بتاريخ %1.</numerusform>
            <numerusform>تغييران لم يؤكدهما المقر الرئيسي بعد، أقدمهما بتاريخ %1.</numerusform>
            <numerusform>%Ln تغييرات لم يؤكدها المقر الرئيسي بعد، أقدمها بتاريخ %1.</numerusform>
            <numerusform>%Ln تغييرًا لم يؤكدها المقر الرئيسي بعد، أقدمها بتاريخ %1.</numerusform>
            <numerusform>%Ln تغيير لم يؤكدها المقر الرئيسي بعد، أقدمها بتاريخ %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>Staff member</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Roster expert</source>
        <translation>خبير من القائمة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>رئيس</translation>
    </message>
    <message>
        <source>A staff member by name, or an expert from the roster below.</source>
        <translation>اسم موظف، أو خبير من القائمة أدناه.</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>الدور في الفريق</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>رئيس الفريق</translation>
    </message>
    <message>
        <source>Leads the mission</source>
        <translation>يرأس البعثة</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>عضو الفريق</translation>
    </message>
<message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
</context>
<context>
    <name>TrainingEditor</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>الفئات المستهدفة</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>المجالات المواضيعية</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>الميسّرون</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Tests and evaluation</source>
        <translation>الاختبارات والتقييم</translation>
    </message>
    <message>
        <source>New training activity</source>
        <translation>نشاط تدريبي جديد</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Trainings</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>المجالات المواضيعية</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>الفئات المستهدفة</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>التكلفة (دولار أمريكي)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>المجال المواضيعي</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(-ies)</source>
        <translation>
            <numerusform>%Ln نشاط</numerusform>
            <numerusform>نشاط واحد</numerusform>
            <numerusform>نشاطان</numerusform>
            <numerusform>%Ln أنشطة</numerusform>
            <numerusform>%Ln نشاطًا</numerusform>
            <numerusform>%Ln نشاط</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the activity “%1” with its enrollments, attendance and scores?</source>
        <translation>هل تريد حذف النشاط «%1» مع تسجيلاته وحضوره ودرجاته؟</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Change status</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>الحالة الجديدة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>أسباب القرار</translation>
    </message>
    <message>
        <source>Required when the request is approved or declined.</source>
        <translation>مطلوب عند الموافقة على الطلب أو رفضه.</translation>
    </message>
    <message>
        <source>Now: %1. It can go to the statuses offered below.</source>
        <translation>الآن: %1. يمكن الانتقال إلى الحالات المعروضة أدناه.</translation>
    </message>
    <message>
        <source>Give the reasons for the decision: approved and declined requests are explained.</source>
        <translation>اذكر أسباب القرار: الطلبات الموافق عليها والمرفوضة تُعلَّل.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The translation into %1 is not installed with this FieldDesk (%2 is missing), so the interface stays in English. Reinstall FieldDesk, or run `make translations` in a source checkout.</source>
        <translation>الترجمة إلى %1 غير مثبتة مع FieldDesk هذا (الملف %2 مفقود)، لذا تبقى الواجهة بالإنجليزية. أعد تثبيت FieldDesk، أو شغّل `make translations` في نسخة الشيفرة المصدرية.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>FieldDesk is locked</source>
        <translation>FieldDesk مقفل</translation>
    </message>
    <message>
        <source>FieldDesk was locked because it was not used for a while. Type the passphrase to go on; nothing you were doing is lost.</source>
        <translation>قُفل FieldDesk لأنه لم يُستخدم لبعض الوقت. اكتب عبارة المرور للمتابعة؛ لن يضيع شيء مما كنت تفعله.</translation>
    </message>
    <message>
        <source>Open FieldDesk</source>
        <translation>فتح FieldDesk</translation>
    </message>
    <message>
        <source>The profile in %1 is encrypted. Type its passphrase to open it.</source>
        <translation>الملف الشخصي في %1 مشفّر. اكتب عبارة المرور الخاصة به لفتحه.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>استخدام مفتاح الا&amp;سترداد بدلًا منها</translation>
    </message>
    <message>
        <source>The recovery key is on the sheet kept when the profile was made: FDRK and 40 letters and digits. Dashes and spaces do not matter. You will then choose a new passphrase.</source>
        <translation>مفتاح الاسترداد مدوّن في الورقة المحفوظة عند إنشاء الملف الشخصي: FDRK ثم 40 حرفًا ورقمًا. لا أهمية للشرطات والمسافات. ستختار بعد ذلك عبارة مرور جديدة.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>مفتاح الا&amp;سترداد:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Several wrong tries: the next one is possible in %1 s.</source>
        <translation>عدة محاولات خاطئة: ستكون المحاولة التالية ممكنة بعد %1 ث.</translation>
    </message>
    <message>
        <source>This is not a recovery key: it starts with FDRK, followed by 40 letters and digits.</source>
        <translation>هذا ليس مفتاح استرداد: يبدأ المفتاح بـ FDRK يليه 40 حرفًا ورقمًا.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>This recovery key does not open the profile. Check it against the sheet (letters and digits only; dashes do not matter). Nothing was changed.</source>
        <translation>مفتاح الاسترداد هذا لا يفتح الملف الشخصي. قارنه بالورقة (الحروف والأرقام فقط؛ لا أهمية للشرطات). لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The passphrase is not right. Nothing was changed.</source>
        <translation>عبارة المرور غير صحيحة. لم يتغيّر أي شيء.</translation>
    </message>
</context>
<context>
    <name>ValuesSection</name>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>تاريخ القياس</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>القيمة الفعلية</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>A year, or part of one: 2026, 2026 H1, 2026 Q3.</source>
        <translation>سنة أو جزء منها: 2026، 2026 ن1، 2026 ر3.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>قيمة</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>حفظ السجل</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>حذف السجل</translation>
    </message>
    <message>
        <source>Ne&amp;xt record</source>
        <translation>السجل ال&amp;تالي</translation>
    </message>
    <message>
        <source>Next record</source>
        <translation>السجل التالي</translation>
    </message>
    <message>
        <source>&amp;Previous record</source>
        <translation>السجل ال&amp;سابق</translation>
    </message>
    <message>
        <source>Previous record</source>
        <translation>السجل السابق</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>البحث في القائمة</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>Export the list to Excel</source>
        <translation>تصدير القائمة إلى Excel</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Quit FieldDesk</source>
        <translation>الخروج من FieldDesk</translation>
    </message>
    <message>
        <source>&amp;About FieldDesk</source>
        <translation>&amp;حول FieldDesk</translation>
    </message>
    <message>
        <source>About FieldDesk</source>
        <translation>حول FieldDesk</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>ا&amp;ستيراد من Excel…</translation>
    </message>
    <message>
        <source>Import records from an Excel file</source>
        <translation>استيراد سجلات من ملف Excel</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <source>The user guide, at the part about this page</source>
        <translation>دليل المستخدم، عند الجزء الخاص بهذه الصفحة</translation>
    </message>
<message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Printed reports</source>
        <translation>التقارير المطبوعة</translation>
    </message>
    <message>
        <source>Language of the office's name and address</source>
        <translation>لغة اسم المكتب وعنوانه</translation>
    </message>
    <message>
        <source>Office name in this language</source>
        <translation>اسم المكتب بهذه اللغة</translation>
    </message>
    <message>
        <source>Address in this language</source>
        <translation>العنوان بهذه اللغة</translation>
    </message>
    <message>
        <source>Default language of the letterhead</source>
        <translation>اللغة الافتراضية للترويسة</translation>
    </message>
    <message>
        <source>Logo file (PNG or JPEG)</source>
        <translation>ملف الشعار (PNG أو JPEG)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>بلا شعار</translation>
    </message>
    <message>
        <source>Signatory's name</source>
        <translation>اسم الموقّع</translation>
    </message>
    <message>
        <source>Signatory's title</source>
        <translation>صفة الموقّع</translation>
    </message>
    <message>
        <source>Document symbol pattern</source>
        <translation>نمط رمز الوثيقة</translation>
    </message>
    <message>
        <source>{office}, {year}, {kind} and {n} are replaced, e.g. {office}/{year}/{kind}/{n}</source>
        <translation>تُستبدل {office} و{year} و{kind} و{n}، مثلًا {office}/{year}/{kind}/{n}</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Saturday and Sunday</source>
        <translation>السبت والأحد</translation>
    </message>
    <message>
        <source>Friday and Saturday</source>
        <translation>الجمعة والسبت</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>عطلة نهاية الأسبوع</translation>
    </message>
    <message>
        <source>Organisation named on certificates</source>
        <translation>المنظمة المذكورة في الشهادات</translation>
    </message>
    <message>
        <source>Who signs certificates</source>
        <translation>من يوقّع الشهادات</translation>
    </message>
    <message>
        <source>The letterhead's signatory</source>
        <translation>موقّع الترويسة</translation>
    </message>
    <message>
        <source>Your name on printed histories</source>
        <translation>اسمك في السجلات المطبوعة</translation>
    </message>
    <message>
        <source>Language of the te&amp;xts below:</source>
        <translation>لغة النصوص أد&amp;ناه:</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;اسم المكتب:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>De&amp;fault language:</source>
        <translation>اللغة الا&amp;فتراضية:</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>ال&amp;شعار:</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>ال&amp;موقّع:</translation>
    </message>
    <message>
        <source>Signatory's &amp;title:</source>
        <translation>&amp;صفة الموقّع:</translation>
    </message>
    <message>
        <source>Document s&amp;ymbol:</source>
        <translation>&amp;رمز الوثيقة:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <source>&amp;Weekend:</source>
        <translation>عطلة نهاية الأ&amp;سبوع:</translation>
    </message>
    <message>
        <source>&amp;Organisation on certificates:</source>
        <translation>المن&amp;ظمة في الشهادات:</translation>
    </message>
    <message>
        <source>&amp;Certificates signed by:</source>
        <translation>الشهادات يو&amp;قّعها:</translation>
    </message>
    <message>
        <source>Your name on pr&amp;inted histories:</source>
        <translation>اسمك في السجلات ال&amp;مطبوعة:</translation>
    </message>
    <message>
        <source>Keep the current logo</source>
        <translation>الإبقاء على الشعار الحالي</translation>
    </message>
    <message>
        <source>No logo yet: name a PNG or JPEG file</source>
        <translation>لا شعار بعد: حدّد ملف PNG أو JPEG</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Saving the report settings</source>
        <translation>جارٍ حفظ إعدادات التقارير</translation>
    </message>
<message>
        <source>The office's usual training language</source>
        <translation>لغة التدريب المعتادة في المكتب</translation>
    </message>
    <message>
        <source>Usual &amp;language of trainings:</source>
        <translation>&amp;لغة التدريب المعتادة:</translation>
    </message>
</context>
<context>
    <name>WordCopy</name>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>حفظ بصيغة &amp;Word…</translation>
    </message>
    <message>
        <source>Save an editable copy (.docx) with the same text and letterhead</source>
        <translation>حفظ نسخة قابلة للتحرير (.docx) بالنص والترويسة نفسيهما</translation>
    </message>
    <message>
        <source>Save an editable copy</source>
        <translation>حفظ نسخة قابلة للتحرير</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <source>Saving an editable copy</source>
        <translation>جارٍ حفظ نسخة قابلة للتحرير</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>حُفظ: %1.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>FieldDesk user guide</source>
        <translation>دليل مستخدم FieldDesk</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
</context>
<context><name>MergeDialog</name><message>
        <source>Merge participants</source>
        <translation>دمج المشاركين</translation>
    </message>
    <message>
        <source>The other record of this person</source>
        <translation>السجل الآخر لهذا الشخص</translation>
    </message>
    <message>
        <source>Merge &amp;with:</source>
        <translation>الدمج &amp;مع:</translation>
    </message>
    <message>
        <source>&amp;Swap: keep the other record</source>
        <translation>&amp;تبديل: الإبقاء على السجل الآخر</translation>
    </message>
    <message>
        <source>Choose, for each field, the value the person keeps. The other record's enrolments move to the kept one; an activity where both are enrolled keeps one enrolment with the better attendance and scores. The other record is then kept only as a pointer to the kept one.</source>
        <translation>اختر لكل حقل القيمة التي يحتفظ بها الشخص. تنتقل تسجيلات السجل الآخر إلى السجل المُبقى عليه؛ والنشاط المسجَّل فيه كلاهما يحتفظ بتسجيل واحد بأفضل حضور ودرجات. ثم يبقى السجل الآخر مجرد إحالة إلى السجل المُبقى عليه.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>يُبقى عليه: %1</translation>
    </message>
    <message>
        <source>Merged into it: %1</source>
        <translation>يُدمج فيه: %1</translation>
    </message>
    <message>
        <source>%1: both are enrolled; one enrolment is kept, with the better attendance and scores</source>
        <translation>%1: كلاهما مسجَّل؛ يُحتفظ بتسجيل واحد بأفضل حضور ودرجات</translation>
    </message>
    <message>
        <source>%1: the enrolment moves to the kept record</source>
        <translation>%1: ينتقل التسجيل إلى السجل المُبقى عليه</translation>
    </message>
    <message>
        <source>Attachments that move to the kept record: %1</source>
        <translation>المرفقات التي تنتقل إلى السجل المُبقى عليه: %1</translation>
    </message>
    <message>
        <source>The merged record is enrolled in no activity.</source>
        <translation>السجل المدموج غير مسجَّل في أي نشاط.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>نوع الجهة المعنية</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
<message>
        <source>Fellowships that move to the kept record: %1</source>
        <translation>الزمالات التي تنتقل إلى السجل المُبقى عليه: %1</translation>
    </message>
</context><context><name>ActivityStatus</name><message>
        <source>Planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>جارٍ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
</context><context><name>CriterionEvaluation</name><message>
        <source>Country facts: in transition to democracy</source>
        <translation>بيانات البلد: انتقال إلى الديمقراطية</translation>
    </message>
    <message>
        <source>Country facts: least developed country</source>
        <translation>بيانات البلد: من أقل البلدان نموًا</translation>
    </message>
    <message>
        <source>Open recommendations of treaty bodies</source>
        <translation>توصيات هيئات المعاهدات غير المنفذة</translation>
    </message>
    <message>
        <source>Open recommendations of special procedures and the periodic review</source>
        <translation>توصيات الإجراءات الخاصة والاستعراض الدوري غير المنفذة</translation>
    </message>
    <message>
        <source>Open recommendations of the Board of Trustees</source>
        <translation>توصيات مجلس الأمناء غير المنفذة</translation>
    </message>
    <message>
        <source>Views of national institutions and NGOs recorded</source>
        <translation>آراء المؤسسات الوطنية والمنظمات غير الحكومية المسجلة</translation>
    </message>
    <message>
        <source>UN agencies and donors met during the needs assessment</source>
        <translation>وكالات الأمم المتحدة والجهات المانحة التي جرى لقاؤها خلال تقييم الاحتياجات</translation>
    </message>
    <message>
        <source>Assessed by staff</source>
        <translation>قيّمه الموظفون</translation>
    </message>
</context><context><name>EvaluationKind</name><message>
        <source>Mid-term evaluation</source>
        <translation>تقييم منتصف المدة</translation>
    </message>
    <message>
        <source>End-of-project evaluation</source>
        <translation>تقييم نهاية المشروع</translation>
    </message>
</context><context><name>FollowUpStatus</name><message>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>نُفِّذت جزئيًا</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>نُفِّذت</translation>
    </message>
    <message>
        <source>No longer relevant</source>
        <translation>لم تعد ذات صلة</translation>
    </message>
</context><context><name>FundingSource</name><message>
        <source>UN regular budget</source>
        <translation>الميزانية العادية للأمم المتحدة</translation>
    </message>
    <message>
        <source>Voluntary Fund for Technical Cooperation</source>
        <translation>صندوق التبرعات للتعاون التقني</translation>
    </message>
    <message>
        <source>Other donor</source>
        <translation>جهة مانحة أخرى</translation>
    </message>
</context><context><name>ImportProblems</name><message>
        <source>A value is required here.</source>
        <translation>هذه الخانة مطلوبة.</translation>
    </message>
    <message>
        <source>The same as row %1.</source>
        <translation>مطابق للصف %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as a date, or as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>«%1» ليس تاريخًا: اكتبه تاريخًا، أو بالصيغة YYYY-MM-DD أو DD.MM.YYYY.</translation>
    </message>
    <message>
        <source>“%1” is not a known country: write its ISO 3166 code (GT, MW, RU…).</source>
        <translation>«%1» ليس بلدًا معروفًا: اكتب رمزه وفق ISO 3166 (GT، MW، RU…).</translation>
    </message>
    <message>
        <source>“%1” is not one of the allowed values (%2).</source>
        <translation>«%1» ليس من القيم المسموح بها (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>«%1» ليس عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» ليس رقمًا.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation>«%1» ليس «نعم» ولا «لا».</translation>
    </message>
    <message>
        <source>There is no project with the code “%1”.</source>
        <translation>لا يوجد مشروع بالرمز «%1».</translation>
    </message>
</context><context><name>MissionStatus</name><message>
        <source>Requested</source>
        <translation>مطلوبة</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط لها</translation>
    </message>
    <message>
        <source>In the field</source>
        <translation>في الميدان</translation>
    </message>
    <message>
        <source>Report drafted</source>
        <translation>مشروع التقرير</translation>
    </message>
    <message>
        <source>Report final</source>
        <translation>التقرير النهائي</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
</context><context><name>OfficeRole</name><message>
        <source>Field office</source>
        <translation>مكتب ميداني</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>المقر</translation>
    </message>
</context><context><name>PriorityCriterion</name><message>
        <source>Country in transition to democracy</source>
        <translation>بلد يمر بمرحلة انتقال إلى الديمقراطية</translation>
    </message>
    <message>
        <source>Least developed country</source>
        <translation>بلد من أقل البلدان نموًا</translation>
    </message>
    <message>
        <source>Needs named by treaty bodies</source>
        <translation>احتياجات حددتها هيئات المعاهدات</translation>
    </message>
    <message>
        <source>Needs named by special rapporteurs, representatives and working groups</source>
        <translation>احتياجات حددها المقررون الخاصون والممثلون والأفرقة العاملة</translation>
    </message>
    <message>
        <source>Recommendations of the Board of Trustees</source>
        <translation>توصيات مجلس الأمناء</translation>
    </message>
    <message>
        <source>Views of national institutions and NGOs</source>
        <translation>آراء المؤسسات الوطنية والمنظمات غير الحكومية</translation>
    </message>
    <message>
        <source>Coordination with other UN bodies and donors</source>
        <translation>التنسيق مع هيئات الأمم المتحدة الأخرى والجهات المانحة</translation>
    </message>
</context><context><name>Problems</name><message>
        <source>%1 contains a character that is not allowed: %2. Remove it.</source>
        <translation>يحتوي %1 على حرف غير مسموح به: %2. احذفه.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>«%1» مطلوب.</translation>
    </message>
    <message>
        <source>%1 must have at most %2 characters.</source>
        <translation>يجب ألا يتجاوز «%1» %2 حرفًا.</translation>
    </message>
    <message>
        <source>%1 must have at least %2 characters.</source>
        <translation>يجب ألا يقل «%1» عن %2 حرفًا.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>يجب أن تكون قيمة «%1» بين %2 و%3.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>تاريخ الانتهاء %1 يسبق تاريخ البدء %2.</translation>
    </message>
    <message>
        <source>An activity can last at most %1 days.</source>
        <translation>لا يجوز أن تتجاوز مدة النشاط %1 يومًا.</translation>
    </message>
    <message>
        <source>%1 “%2” is already used by another record.</source>
        <translation>%1 «%2» مستخدم في سجل آخر.</translation>
    </message>
    <message>
        <source>The mission cannot start before the request was received.</source>
        <translation>لا يمكن أن تبدأ البعثة قبل ورود الطلب.</translation>
    </message>
    <message>
        <source>Name a staff member or choose an expert from the roster.</source>
        <translation>اذكر اسم موظف أو اختر خبيرًا من القائمة.</translation>
    </message>
    <message>
        <source>Contact details may be kept only with the participant's consent.</source>
        <translation>لا يجوز الاحتفاظ ببيانات الاتصال إلا بموافقة المشارك.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>هذا ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>This participant is already enrolled in this activity.</source>
        <translation>هذا المشارك مسجَّل بالفعل في هذا النشاط.</translation>
    </message>
</context><context><name>ProgressStatus</name><message>
        <source>Achieved</source>
        <translation>متحقق</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>على المسار</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>لم يُقَس بعد</translation>
    </message>
</context><context><name>ProjectStatus</name><message>
        <source>Pipeline</source>
        <translation>قيد الإعداد</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
</context><context><name>RecommendationSource</name><message>
        <source>Needs assessment mission</source>
        <translation>بعثة تقييم الاحتياجات</translation>
    </message>
    <message>
        <source>Treaty body</source>
        <translation>هيئة معاهدة</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>إجراء خاص</translation>
    </message>
    <message>
        <source>Universal periodic review</source>
        <translation>الاستعراض الدوري الشامل</translation>
    </message>
    <message>
        <source>Board of Trustees of the Voluntary Fund</source>
        <translation>مجلس أمناء صندوق التبرعات</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>المؤسسة الوطنية لحقوق الإنسان</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>منظمة غير حكومية</translation>
    </message>
<message>
        <source>Other mechanism</source>
        <translation>آلية أخرى</translation>
    </message>
</context><context><name>RequestChannel</name><message>
        <source>Letter from the government</source>
        <translation>رسالة من الحكومة</translation>
    </message>
    <message>
        <source>Note verbale from the permanent mission</source>
        <translation>مذكرة شفوية من البعثة الدائمة</translation>
    </message>
    <message>
        <source>Through the field office</source>
        <translation>عن طريق المكتب الميداني</translation>
    </message>
    <message>
        <source>Through the UN country team</source>
        <translation>عن طريق فريق الأمم المتحدة القطري</translation>
    </message>
    <message>
        <source>At a meeting or mission</source>
        <translation>في اجتماع أو بعثة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
</context><context><name>RequestStatus</name><message>
        <source>Received</source>
        <translation>وارد</translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation>قيد الدراسة</translation>
    </message>
    <message>
        <source>Needs assessment planned</source>
        <translation>تقييم الاحتياجات مقرر</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>مُقيَّم</translation>
    </message>
    <message>
        <source>Project proposed</source>
        <translation>مشروع مقترح</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>موافق عليه</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
</context><context><name>ResultLevel</name><message>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>نتيجة متوقعة</translation>
    </message>
</context><context><name>Sex</name><message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير مذكور</translation>
    </message>
</context><context><name>StakeholderType</name><message>
        <source>Government</source>
        <translation>الحكومة</translation>
    </message>
    <message>
        <source>Parliament</source>
        <translation>البرلمان</translation>
    </message>
    <message>
        <source>Judiciary</source>
        <translation>القضاء</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>القوات المسلحة</translation>
    </message>
    <message>
        <source>Prison administration</source>
        <translation>إدارة السجون</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>المؤسسة الوطنية لحقوق الإنسان</translation>
    </message>
    <message>
        <source>NGO or civil society</source>
        <translation>المنظمات غير الحكومية أو المجتمع المدني</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>وكالة تابعة للأمم المتحدة</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>جهة مانحة</translation>
    </message>
    <message>
        <source>Independent expert</source>
        <translation>خبير مستقل</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>الأوساط الأكاديمية</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>وسائط الإعلام</translation>
    </message>
</context><context><name>ThematicArea</name><message>
        <source>National human rights institutions</source>
        <translation>المؤسسات الوطنية لحقوق الإنسان</translation>
    </message>
    <message>
        <source>National human rights action plans</source>
        <translation>خطط العمل الوطنية لحقوق الإنسان</translation>
    </message>
    <message>
        <source>Human rights education</source>
        <translation>التثقيف في مجال حقوق الإنسان</translation>
    </message>
    <message>
        <source>Administration of justice</source>
        <translation>إقامة العدل</translation>
    </message>
    <message>
        <source>Constitutional and legislative reform</source>
        <translation>الإصلاح الدستوري والتشريعي</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <source>Treaty body reporting</source>
        <translation>تقديم التقارير إلى هيئات المعاهدات</translation>
    </message>
    <message>
        <source>Economic, social and cultural rights and the right to development</source>
        <translation>الحقوق الاقتصادية والاجتماعية والثقافية والحق في التنمية</translation>
    </message>
    <message>
        <source>Compensation of victims</source>
        <translation>تعويض الضحايا</translation>
    </message>
    <message>
        <source>Support to NGOs and civil society</source>
        <translation>دعم المنظمات غير الحكومية والمجتمع المدني</translation>
    </message>
</context><context><name>TrainingForm</name><message>
        <source>Training course</source>
        <translation>دورة تدريبية</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>حلقة عمل</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>حلقة دراسية</translation>
    </message>
    <message>
        <source>Fellowship</source>
        <translation>زمالة</translation>
    </message>
    <message>
        <source>Advisory service</source>
        <translation>خدمة استشارية</translation>
    </message>
    <message>
        <source>Expert consultation</source>
        <translation>مشاورة خبراء</translation>
    </message>
</context><context><name>Grid</name><message>
        <source>Type a whole number from %1 to %2.</source>
        <translation>اكتب عددًا صحيحًا من %1 إلى %2.</translation>
    </message>
    <message>
        <source>Type a number from %1 to %2.</source>
        <translation>اكتب عددًا من %1 إلى %2.</translation>
    </message>
</context><context><name>ShortcutsDialog</name><message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context><context><name>Shortcuts</name><message>
        <source>Go to the pages of the side bar, in order</source>
        <translation>الانتقال إلى صفحات الشريط الجانبي بالترتيب</translation>
    </message>
    <message>
        <source>Next or previous field (from a list to its editor and back)</source>
        <translation>الحقل التالي أو السابق (من القائمة إلى محررها والعودة)</translation>
    </message>
    <message>
        <source>Close a dialog without saving; in a grid, cancel the cell being typed</source>
        <translation>إغلاق مربع حوار دون حفظ؛ وفي الجدول، إلغاء الخلية الجاري كتابتها</translation>
    </message>
    <message>
        <source>Open a date field's calendar</source>
        <translation>فتح تقويم حقل التاريخ</translation>
    </message>
    <message>
        <source>In a grid: save the cell and go to the next one</source>
        <translation>في الجدول: حفظ الخلية والانتقال إلى التالية</translation>
    </message>
    <message>
        <source>In a grid: clear the cell (attendance: not recorded)</source>
        <translation>في الجدول: مسح الخلية (الحضور: غير مسجل)</translation>
    </message>
    <message>
        <source>In the attendance grid: present, absent, next state</source>
        <translation>في جدول الحضور: حاضر، غائب، الحالة التالية</translation>
    </message>
    <message>
        <source>In a grid: paste a column copied from a spreadsheet, from the current cell down</source>
        <translation>في الجدول: لصق عمود منسوخ من جدول بيانات، من الخلية الحالية إلى الأسفل</translation>
    </message>
    <message>
        <source>Next or previous tab</source>
        <translation>علامة التبويب التالية أو السابقة</translation>
    </message>
</context><context><name>EraseDialog</name><message>
        <source>Erase personal data</source>
        <translation>محو البيانات الشخصية</translation>
    </message>
    <message>
        <source>Erase the personal data of “%1”?

Their name, e-mail, phone, organisation and position are replaced by a pseudonym here, in the history of changes and in the search index, and their attachments are deleted. Sex, stakeholder type, country and their activities with attendance and scores are kept, so statistics do not change.

The erasure goes with the next bundle to every site that holds this participant, and is applied there too. It cannot be undone. Backups made before the erasure keep the data until they are rotated out.</source>
        <translation>هل تريد محو البيانات الشخصية لـ «%1»؟

يُستبدل اسمه وبريده الإلكتروني وهاتفه ومنظمته ومنصبه باسم مستعار هنا وفي سجل التغييرات وفهرس البحث، وتُحذف مرفقاته. ويُحتفظ بالجنس ونوع الجهة المعنية والبلد وأنشطته مع الحضور والدرجات، فلا تتغير الإحصاءات.

يُرسل المحو مع الحزمة التالية إلى كل موقع يحتفظ بهذا المشارك ويُطبَّق هناك أيضًا. ولا يمكن التراجع عنه. وتحتفظ النسخ الاحتياطية المأخوذة قبل المحو بالبيانات إلى أن تُستبدل.</translation>
    </message>
    <message>
        <source>Why (kept here; do not name the person)</source>
        <translation>السبب (يُحفظ هنا؛ لا تذكر اسم الشخص)</translation>
    </message>
    <message>
        <source>Reason for the erasure</source>
        <translation>سبب المحو</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Erasing personal data</source>
        <translation>جارٍ محو البيانات الشخصية</translation>
    </message>
    <message>
        <source>No backup of this profile holds the person.</source>
        <translation>لا تحتوي أي نسخة احتياطية من هذا الملف الشخصي على بيانات الشخص.</translation>
    </message>
    <message>
        <source>These backups still hold the person:</source>
        <translation>لا تزال هذه النسخ الاحتياطية تحتوي على بيانات الشخص:</translation>
    </message>
    <message>
        <source>%1: cannot be opened with this profile's key (made under another passphrase or key), so what it holds cannot be told</source>
        <translation>%1: لا تُفتح بمفتاح هذا الملف الشخصي (أُنشئت بعبارة مرور أو مفتاح آخر)، فلا يمكن معرفة ما تحتويه</translation>
    </message>
    <message>
        <source>%1: rotated out after %2 more automatic backups (one each day FieldDesk is used)</source>
        <translation>%1: تُستبدل بعد %2 نسخ احتياطية تلقائية أخرى (نسخة في كل يوم يُستخدم فيه FieldDesk)</translation>
    </message>
    <message>
        <source>%1: proposed for deletion on %2</source>
        <translation>%1: يُقترح حذفها في %2</translation>
    </message>
    <message>
        <source>%1: kept until deleted (made by hand)</source>
        <translation>%1: تُحفظ حتى تُحذف (أُنشئت يدويًا)</translation>
    </message>
    <message>
        <source>The data is kept on a database server: its backups are its administrator's.</source>
        <translation>تُحفظ البيانات على خادم قاعدة بيانات: نسخه الاحتياطية من شأن مسؤوله.</translation>
    </message>
    <message>
        <source>Also &amp;remove the person from these backups</source>
        <translation>إ&amp;زالة الشخص من هذه النسخ الاحتياطية أيضًا</translation>
    </message>
    <message>
        <source>Each is rewritten, encrypted as before; a backup made by an older version is deleted.</source>
        <translation>تُعاد كتابة كل نسخة مشفّرة كما كانت؛ وتُحذف النسخة التي أنشأها إصدار أقدم.</translation>
    </message>
    <message>
        <source>The data is kept on a PostgreSQL server. Its backups are made outside FieldDesk by the server's administrator: each one made so far holds the person, and after the erasure the administrator must delete them or remove the person from them.</source>
        <translation>تُحفظ البيانات على خادم PostgreSQL. يُنشئ مسؤول الخادم نسخه الاحتياطية خارج FieldDesk: كل نسخة أُنشئت حتى الآن تحتفظ بالشخص، وبعد المحو يجب على المسؤول حذفها أو إزالة الشخص منها.</translation>
    </message>
    <message>
        <source>%1: copied to %2, out of reach now (a USB stick not plugged in?), so what it holds cannot be told</source>
        <translation>%1: نُسخت إلى %2، ولا يمكن الوصول إليها الآن (ذاكرة USB غير موصولة؟)، فلا يمكن معرفة ما تحتويه</translation>
    </message>
    <message>
        <source>%1: the SQLite file kept by the move to PostgreSQL, kept until deleted</source>
        <translation>%1: ملف SQLite المحفوظ عند الانتقال إلى PostgreSQL، يُحفظ حتى يُحذف</translation>
    </message>
    <message>
        <source>%1: copied to %2, kept there until deleted</source>
        <translation>%1: نُسخت إلى %2، وتُحفظ هناك حتى تُحذف</translation>
    </message>
    <message>
        <source>%1: kept until deleted (made before the data moved to PostgreSQL)</source>
        <translation>%1: تُحفظ حتى تُحذف (أُنشئت قبل انتقال البيانات إلى PostgreSQL)</translation>
    </message>
</context><context><name>AccessModel</name><message>
        <source>When (UTC)</source>
        <translation>متى (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>File, office or record</source>
        <translation>الملف أو المكتب أو السجل</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>جدول بيانات</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>حزمة</translation>
    </message>
    <message>
        <source>Subject access report</source>
        <translation>تقرير اطلاع صاحب البيانات</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>محو</translation>
    </message>
<message>
        <source>Retention sweep</source>
        <translation>تنظيف حسب مدة الاحتفاظ</translation>
    </message>
    <message>
        <source>Data export (JSON)</source>
        <translation>تصدير البيانات (JSON)</translation>
    </message>
</context><context><name>AccessRecordDialog</name><message>
        <source>Access record</source>
        <translation>سجل الاطلاع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Search what was made, its file, office or record</source>
        <translation>ابحث فيما أُنجز أو ملفه أو مكتبه أو سجله</translation>
    </message>
    <message>
        <source>Search the access record</source>
        <translation>البحث في سجل الاطلاع</translation>
    </message>
    <message>
        <source>Export for an audit…</source>
        <translation>تصدير للتدقيق…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>Every report, spreadsheet, bundle, subject access report and erasure made here: who, when, what and for how many people. It never holds the personal data itself.</source>
        <translation>كل تقرير وجدول بيانات وحزمة وتقرير اطلاع ومحو أُجري هنا: من ومتى وماذا ولكم شخص. ولا يحتوي أبدًا على البيانات الشخصية نفسها.</translation>
    </message>
    <message>
        <source>Export the access record</source>
        <translation>تصدير سجل الاطلاع</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>لا أحداث</numerusform>
            <numerusform>حدث واحد</numerusform>
            <numerusform>حدثان</numerusform>
            <numerusform>%n أحداث</numerusform>
            <numerusform>%n حدثًا</numerusform>
            <numerusform>%n حدث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>لم يُكتب أي حدث في %1.</numerusform>
            <numerusform>كُتب حدث واحد في %1.</numerusform>
            <numerusform>كُتب حدثان في %1.</numerusform>
            <numerusform>كُتبت %n أحداث في %1.</numerusform>
            <numerusform>كُتب %n حدثًا في %1.</numerusform>
            <numerusform>كُتب %n حدث في %1.</numerusform>
        </translation>
    </message>
</context><context><name>StateResponse</name><message>
        <source>No response recorded</source>
        <translation>لم يُسجَّل رد</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>مؤيَّدة</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>أُحيط بها علماً</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>قيد النظر</translation>
    </message>
</context><context><name>IndexImportDialog</name><message>
        <source>Import recommendations from the Universal Human Rights Index</source>
        <translation>استيراد التوصيات من الفهرس العالمي لحقوق الإنسان</translation>
    </message>
    <message>
        <source>Export the recommendations from uhri.ohchr.org as CSV or Excel, then choose the file here. Nothing is written until you press Import; recommendations already recorded (same document symbol and paragraph) are left as they are.</source>
        <translation>صدِّر التوصيات من uhri.ohchr.org بصيغة CSV أو Excel، ثم اختر الملف هنا. لا يُكتب شيء حتى تضغط على استيراد؛ وتبقى التوصيات المسجلة من قبل (بنفس رمز الوثيقة والفقرة) كما هي.</translation>
    </message>
    <message>
        <source>Type the file's path, or Browse</source>
        <translation>اكتب مسار الملف، أو استعرض</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>كما يذكر الملف</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;الملف</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>ت&amp;حقق</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Index exports (*.csv *.xlsx);;All files (*)</source>
        <translation>ملفات الفهرس المصدَّرة (*.csv *.xlsx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>New: %1. Already recorded: %2. For another country (left out): %3.</source>
        <translation>جديدة: %1. مسجلة من قبل: %2. لبلد آخر (مستبعدة): %3.</translation>
    </message>
    <message>
        <source>Problems: %1. Correct the file and check it again; nothing will be imported until then.</source>
        <translation>المشكلات: %1. صحِّح الملف وتحقق منه مجدداً؛ لن يُستورد شيء قبل ذلك.</translation>
    </message>
    <message>
        <source>Recommendations imported: %1.</source>
        <translation>التوصيات المستوردة: %1.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>الصف %1، %2: %3</translation>
    </message>
</context><context><name>Due</name><message>
        <source>Due</source>
        <translation>المواعيد المستحقة</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>ما هو مستحق</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Mission report</source>
        <translation>تقرير البعثة</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>مراجعة المتابعة</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>قيمة المؤشر</translation>
    </message>
    <message>
        <source>Final project report</source>
        <translation>التقرير النهائي للمشروع</translation>
    </message>
    <message>
        <source>Mid-term evaluation</source>
        <translation>تقييم منتصف المدة</translation>
    </message>
    <message>
        <source>End-of-project evaluation</source>
        <translation>تقييم نهاية المشروع</translation>
    </message>
    <message>
        <source>Decision on a request</source>
        <translation>قرار بشأن طلب</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Days late: %1</source>
        <translation>أيام التأخير: %1</translation>
    </message>
    <message>
        <source>%1 overdue, %2 this week, %3 this month</source>
        <translation>متأخرة: %1، هذا الأسبوع: %2، هذا الشهر: %3</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>متأخرة: %1</translation>
    </message>
    <message>
        <source>Overdue per office: %1</source>
        <translation>المتأخرة حسب المكتب: %1</translation>
    </message>
    <message>
        <source>Most urgent items due</source>
        <translation>أكثر المواعيد إلحاحًا</translation>
    </message>
    <message>
        <source>&amp;All that is due…</source>
        <translation>&amp;كل المواعيد المستحقة…</translation>
    </message>
    <message>
        <source>Finding what is due…</source>
        <translation>جارٍ البحث عن المواعيد المستحقة…</translation>
    </message>
    <message>
        <source>What is due: open the Due page</source>
        <translation>ما هو مستحق: افتح صفحة المواعيد المستحقة</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>ال&amp;قواعد…</translation>
    </message>
    <message>
        <source>How many days after what each item is due</source>
        <translation>بعد كم يومًا ومن أي حدث يستحق كل بند</translation>
    </message>
<message>
        <source>Sustainability check</source>
        <translation>التحقق من الاستدامة</translation>
    </message>
    <message>
        <source>%1 months after the exit</source>
        <translation>%1 شهرًا بعد الخروج</translation>
    </message>
<message>
        <source>Grant tranche</source>
        <translation>شريحة منحة</translation>
    </message>
    <message>
        <source>Grant report</source>
        <translation>تقرير منحة</translation>
    </message>
    <message>
        <source>tranche %1</source>
        <translation>الشريحة %1</translation>
    </message>
<message>
        <source>Synthesis of a review</source>
        <translation>خلاصة استعراض</translation>
    </message>
</context><context><name>Lessons</name><message>
        <source>Lessons</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <source>Mission finding</source>
        <translation>استنتاج البعثة</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>ملاحظة متابعة</translation>
    </message>
    <message>
        <source>Search findings, lessons and notes</source>
        <translation>ابحث في الاستنتاجات والدروس والملاحظات</translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation>البحث في الدروس</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>المجال المواضيعي</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Lessons found</source>
        <translation>الدروس التي عُثر عليها</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <source>All thematic areas</source>
        <translation>كل المجالات</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>كل السنوات</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>عُثر على %1</translation>
    </message>
    <message>
        <source>Lessons from before</source>
        <translation>دروس سابقة</translation>
    </message>
    <message>
        <source>Once saved, the lessons recorded for the same country and thematic areas show here.</source>
        <translation>بعد الحفظ، تظهر هنا الدروس المسجلة للبلد نفسه والمجالات المواضيعية نفسها.</translation>
    </message>
    <message>
        <source>Lessons recorded for the same country and thematic areas: %1</source>
        <translation>الدروس المسجلة للبلد نفسه والمجالات المواضيعية نفسها: %1</translation>
    </message>
<message>
        <source>After the exit</source>
        <translation>بعد الخروج</translation>
    </message>
<message>
        <source>Review finding</source>
        <translation>نتيجة استعراض</translation>
    </message>
</context><context><name>DueRules</name><message>
        <source>Rules for what is due</source>
        <translation>قواعد المواعيد المستحقة</translation>
    </message>
    <message>
        <source>Headquarters sets these rules; every office is held to them.</source>
        <translation>يضع المقر هذه القواعد؛ وتلتزم بها كل المكاتب.</translation>
    </message>
    <message>
        <source>Set by headquarters; every office is held to them.</source>
        <translation>يضعها المقر؛ وتلتزم بها كل المكاتب.</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>ما هو مستحق</translation>
    </message>
    <message>
        <source>Days after</source>
        <translation>أيام بعد</translation>
    </message>
    <message>
        <source>Reporting period (months)</source>
        <translation>فترة الإبلاغ (بالأشهر)</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>فترة الإبلاغ</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>مستخدمة</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>نصف سنة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سنة</translation>
    </message>
<message>
        <source>Months after the exit</source>
        <translation>الأشهر بعد الخروج</translation>
    </message>
    <message>
        <source>When the checks fall after a project's exit, e.g. 6, 12, 24.</source>
        <translation>متى تحين عمليات التحقق بعد خروج المشروع، مثلًا 6، 12، 24.</translation>
    </message>
</context><context>
    <name>RetentionSection</name>
    <message>
        <source>Retention of personal data</source>
        <translation>الاحتفاظ بالبيانات الشخصية</translation>
    </message>
    <message>
        <source>Headquarters sets how long personal data is kept; every office applies it in a daily sweep.</source>
        <translation>يحدد المقر مدة الاحتفاظ بالبيانات الشخصية؛ ويطبقها كل مكتب في عملية تنظيف يومية.</translation>
    </message>
    <message>
        <source>Set by headquarters; applied here in a daily sweep.</source>
        <translation>يحدده المقر؛ ويُطبَّق هنا في عملية تنظيف يومية.</translation>
    </message>
    <message>
        <source>Contact &amp;details, after the last activity:</source>
        <translation>بيانات الا&amp;تصال، بعد آخر نشاط:</translation>
    </message>
    <message>
        <source>Records of &amp;erasures:</source>
        <translation>سجلات ال&amp;محو:</translation>
    </message>
    <message>
        <source>Backups made by &amp;hand:</source>
        <translation>النسخ الاحتياطية ال&amp;يدوية:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> شهرًا</translation>
    </message>
    <message>
        <source>Not in use.</source>
        <translation>غير مستخدم.</translation>
    </message>
    <message>
        <source>Participants whose contact details are removed at today's sweep: %1</source>
        <translation>المشاركون الذين تُحذف بيانات الاتصال الخاصة بهم في تنظيف اليوم: %1</translation>
    </message>
    <message>
        <source>Erasure records removed at today's sweep: %1</source>
        <translation>سجلات المحو التي تُحذف في تنظيف اليوم: %1</translation>
    </message>
    <message>
        <source>Manual backups proposed for deletion now: %1</source>
        <translation>النسخ الاحتياطية اليدوية المقترح حذفها الآن: %1</translation>
    </message>
    <message>
        <source>Participants whose contact details will be removed on %1: %2</source>
        <translation>المشاركون الذين ستُحذف بيانات الاتصال الخاصة بهم في %1: %2</translation>
    </message>
    <message>
        <source>Erasure records that will be removed on %1: %2</source>
        <translation>سجلات المحو التي ستُحذف في %1: %2</translation>
    </message>
    <message>
        <source>Manual backups proposed for deletion on %1: %2</source>
        <translation>النسخ الاحتياطية اليدوية المقترح حذفها في %1: %2</translation>
    </message>
    <message>
        <source>Nothing in the next 90 days.</source>
        <translation>لا شيء خلال الأيام التسعين القادمة.</translation>
    </message>
    <message>
        <source>Erasure records past this period, kept until every office that must apply them has acknowledged them: %1</source>
        <translation>سجلات المحو التي تجاوزت هذه المدة، وتُحفظ إلى أن يؤكد استلامها كل مكتب يجب أن يطبقها: %1</translation>
    </message>
    <message>
        <source>Participants' &amp;names never leave the offices</source>
        <translation>لا تغادر أ&amp;سماء المشاركين المكاتب أبدًا</translation>
    </message>
    <message>
        <source>Every participant is sent to headquarters under a pseudonym, whatever their consent; the offices' reports for sharing and spreadsheets show the pseudonyms too. Names stay in the offices.</source>
        <translation>يُرسَل كل مشارك إلى المقر باسم مستعار أيًا كانت موافقته؛ وتُظهر تقارير المكاتب المعدّة للمشاركة وجداول بياناتها الأسماء المستعارة أيضًا. تبقى الأسماء في المكاتب.</translation>
    </message>
    <message>
        <source>A participant's name is sent to headquarters unless they did not consent to share it.</source>
        <translation>يُرسَل اسم المشارك إلى المقر ما لم يرفض مشاركته.</translation>
    </message>
    <message>
        <source>When you press OK, the names of the offices' participants held here are replaced by their pseudonyms.</source>
        <translation>عند الضغط على موافق، تُستبدل بأسماء مشاركي المكاتب المحفوظة هنا أسماؤهم المستعارة.</translation>
    </message>
    <message>
        <source>Set by headquarters.</source>
        <translation>يحدده المقر.</translation>
    </message>
    <message>
        <source>This office sends every participant to headquarters under a &amp;pseudonym</source>
        <translation>يرسل هذا المكتب كل مشارك إلى المقر ب&amp;اسم مستعار</translation>
    </message>
    <message>
        <source>Whatever their consent, participants reach headquarters under the pseudonym only, without contacts, organisation, position or files.</source>
        <translation>أيًّا كانت موافقتهم، يصل المشاركون إلى المقر بأسمائهم المستعارة فقط، دون بيانات الاتصال أو المنظمة أو المنصب أو الملفات.</translation>
    </message>
    <message>
        <source>Participants who consent to share their name reach headquarters by name, with their files; the others under the pseudonym.</source>
        <translation>يصل المشاركون الذين وافقوا على مشاركة أسمائهم إلى المقر بأسمائهم ومع ملفاتهم؛ ويصل الآخرون بأسمائهم المستعارة.</translation>
    </message>
    <message>
        <source>When you press OK, every participant of this office is sent again with the next bundle, and headquarters replaces the names and removes the files it holds.</source>
        <translation>عند الضغط على «موافق»، يُرسَل كل مشارك في هذا المكتب من جديد مع الحزمة التالية، ويستبدل المقر الأسماء التي يحفظها ويحذف الملفات.</translation>
    </message>
    <message>
        <source>When you press OK, every participant of this office is sent again with the next bundle, by name where they consent.</source>
        <translation>عند الضغط على «موافق»، يُرسَل كل مشارك في هذا المكتب من جديد مع الحزمة التالية، باسمه إن وافق على ذلك.</translation>
    </message>
    <message>
        <source>This office&apos;s reports for sharing and spreadsheets show the pseudonyms too.</source>
        <translation>تعرض تقارير هذا المكتب المعدّة للمشاركة وجداول البيانات الأسماء المستعارة أيضًا.</translation>
    </message>
</context>
<context><name>AfterExitSection</name><message>
        <source>Months after the exit</source>
        <translation>الأشهر بعد الخروج</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>تاريخ التحقق</translation>
    </message>
    <message>
        <source>Partner still running it</source>
        <translation>الشريك ما زال يديره</translation>
    </message>
    <message>
        <source>National budget line</source>
        <translation>بند في الميزانية الوطنية</translation>
    </message>
    <message>
        <source>Trained staff in post</source>
        <translation>الموظفون المدربون في مناصبهم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>National partner still running it</source>
        <translation>الشريك الوطني ما زال يديره</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <source>A national budget line</source>
        <translation>يوجد بند في الميزانية الوطنية</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Trained staff still in post</source>
        <translation>الموظفون المدربون ما زالوا في مناصبهم</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>What was seen: a budget law, a payroll, a visit (attach files on the project).</source>
        <translation>ما تمت ملاحظته: قانون ميزانية، كشف رواتب، زيارة (أرفق الملفات بالمشروع).</translation>
    </message>
    <message>
        <source>sustainability check</source>
        <translation>تحقق من الاستدامة</translation>
    </message>
    <message>
        <source>When a project closes, whether what it set in motion lasted is checked some months after its exit; each check is due until it is recorded here.</source>
        <translation>عند إغلاق المشروع، يُتحقق بعد بضعة أشهر من خروجه مما إذا كان ما أطلقه قد استمر؛ ويبقى كل تحقق مستحقًا إلى أن يُسجَّل هنا.</translation>
    </message>
    <message>
        <source>Checks are scheduled once the project is closed.</source>
        <translation>تُجدول عمليات التحقق عند إغلاق المشروع.</translation>
    </message>
    <message>
        <source>Closed without an exit or end date: give one to schedule the checks.</source>
        <translation>أُغلق دون تاريخ خروج أو انتهاء: أدخل تاريخًا لجدولة عمليات التحقق.</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>الموعد %1</translation>
    </message>
    <message>
        <source>%1 months (%2, %3)</source>
        <translation>%1 شهرًا (%2، %3)</translation>
    </message>
    <message>
        <source>Exit on %1. Checks: %2.</source>
        <translation>الخروج في %1. عمليات التحقق: %2.</translation>
    </message>
</context><context>
    <name>ReferenceLists</name>
    <message>
        <source>Reference lists</source>
        <translation>القوائم المرجعية</translation>
    </message>
    <message>
        <source>Reference list</source>
        <translation>القائمة المرجعية</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>ال&amp;قائمة</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>إدخال &amp;جديد…</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>المجالات المواضيعية</translation>
    </message>
    <message>
        <source>Stakeholder types and target groups</source>
        <translation>أنواع الجهات المعنية والفئات المستهدفة</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>الأشخاص المتأثرون</translation>
    </message>
    <message>
        <source>Treaty bodies</source>
        <translation>هيئات المعاهدات</translation>
    </message>
    <message>
        <source>UPR cycles</source>
        <translation>جولات الاستعراض الدوري الشامل</translation>
    </message>
    <message>
        <source>Type in a cell to rename or translate an entry; Enter or Tab saves it and moves on. An empty name shows FieldDesk's own word in grey. Retire an entry instead of deleting it: records that use it keep its name. Every office receives the lists with its next bundle.</source>
        <translation>اكتب في خلية لإعادة تسمية إدخال أو ترجمته؛ يحفظه Enter أو Tab وينتقل إلى التالي. يُظهر الاسم الفارغ كلمة FieldDesk باللون الرمادي. أوقف استخدام الإدخال بدلًا من حذفه: تحتفظ السجلات التي تستخدمه باسمه. يتلقى كل مكتب القوائم مع حزمته التالية.</translation>
    </message>
    <message>
        <source>Kept by headquarters: new entries and names arrive with the next bundle and are used at once.</source>
        <translation>يحتفظ بها المقر: تصل الإدخالات والأسماء الجديدة مع الحزمة التالية وتُستخدم فورًا.</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>الإدخالات</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>Shipped with FieldDesk; type to write headquarters' own name.</source>
        <translation>مرفق مع FieldDesk؛ اكتب لتضع اسم المقر الخاص.</translation>
    </message>
    <message>
        <source>An entry needs its English name: records and reports fall back to it.</source>
        <translation>يحتاج الإدخال إلى اسمه بالإنكليزية: تعود إليه السجلات والتقارير.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>لا يتجاوز الاسم %1 حرفًا.</translation>
    </message>
    <message>
        <source>New entry: %1</source>
        <translation>إدخال جديد: %1</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>الاسم بالإنكليزية</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>ال&amp;رمز</translation>
    </message>
    <message>
        <source>&amp;English name</source>
        <translation>الاسم بالإن&amp;كليزية</translation>
    </message>
    <message>
        <source>The code is kept for good: records point to it, so renaming the entry later changes no record and no report. Letters, digits and . _ - only.</source>
        <translation>يبقى الرمز نهائيًا: تشير إليه السجلات، فلا تغيّر إعادة تسمية الإدخال لاحقًا أي سجل أو تقرير. حروف وأرقام و . _ - فقط.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 مطلوب.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>تعذّر حفظ التغيير: %1</translation>
    </message>
</context>
<context><name>ActivitiesPage</name><message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Existing or planned</source>
        <translation>قائم أو مخطط</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>المجالات المواضيعية</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>الفئات المستهدفة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>المجال المواضيعي</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln نشاط</numerusform>
            <numerusform>نشاط واحد</numerusform>
            <numerusform>نشاطان</numerusform>
            <numerusform>%Ln أنشطة</numerusform>
            <numerusform>%Ln نشاطًا</numerusform>
            <numerusform>%Ln نشاط</numerusform>
        </translation>
    </message>
</context><context><name>PartnersPage</name><message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln شريك</numerusform>
            <numerusform>شريك واحد</numerusform>
            <numerusform>شريكان</numerusform>
            <numerusform>%Ln شركاء</numerusform>
            <numerusform>%Ln شريكًا</numerusform>
            <numerusform>%Ln شريك</numerusform>
        </translation>
    </message>
</context><context><name>PartnerEditor</name><message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation>نوع الشريك</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>For a national partner (a ministry, a national NGO); empty for an agency or donor working in many countries.</source>
        <translation>للشريك الوطني (وزارة، منظمة غير حكومية وطنية)؛ فارغ للوكالة أو الجهة المانحة العاملة في بلدان كثيرة.</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>شريك جديد</translation>
    </message>
    <message>
        <source>Already in the register, perhaps the same partner: %1. Use it rather than recording it again.</source>
        <translation>موجود بالفعل في السجل، وربما هو الشريك نفسه: %1. استخدمه بدلاً من تسجيله مرة أخرى.</translation>
    </message>
</context><context><name>PartnerActivityEditor</name><message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Existing or planned</source>
        <translation>قائم أو مخطط</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>المجالات المواضيعية</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>الفئات المستهدفة</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>الشخص المسؤول عن الاتصال</translation>
    </message>
    <message>
        <source>Cooperation framework outcome</source>
        <translation>نتيجة إطار التعاون</translation>
    </message>
    <message>
        <source>Source of the information</source>
        <translation>مصدر المعلومات</translation>
    </message>
    <message>
        <source>Information as of</source>
        <translation>المعلومات بتاريخ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>When known; empty when not.</source>
        <translation>إن كان معروفًا؛ وإلا فاتركه فارغًا.</translation>
    </message>
    <message>
        <source>The ISO 4217 code: USD, EUR, GTQ…</source>
        <translation>رمز ISO 4217: ‏USD، EUR، GTQ…</translation>
    </message>
    <message>
        <source>The outcome of the UN sustainable development cooperation framework it serves.</source>
        <translation>نتيجة إطار الأمم المتحدة للتعاون من أجل التنمية المستدامة التي يخدمها.</translation>
    </message>
    <message>
        <source>New partner activity</source>
        <translation>نشاط جديد لشريك</translation>
    </message>
</context><context><name>OptionalAmountInput</name><message>
        <source>Write the amount in figures, for example 1200000 (or leave it empty when unknown).</source>
        <translation>اكتب المبلغ بالأرقام، مثلاً 1200000 (أو اتركه فارغًا إن كان غير معروف).</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>لا يمكن أن يكون المبلغ سالبًا.</translation>
    </message>
</context><context><name>CoordinationPage</name><message>
        <source>Coordination</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>الأ&amp;نشطة</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>ال&amp;شركاء</translation>
    </message>
</context><context><name>Coordination</name><message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Existing or planned</source>
        <translation>قائم أو مخطط</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Others working on this</source>
        <translation>جهات أخرى تعمل على هذا</translation>
    </message>
    <message>
        <source>Import the register from Excel</source>
        <translation>استيراد السجل من Excel</translation>
    </message>
    <message>
        <source>Thematic areas in common</source>
        <translation>المجالات المواضيعية المشتركة</translation>
    </message>
    <message>
        <source>Once saved, the partners working in the same country and thematic areas show here.</source>
        <translation>بعد الحفظ، يظهر هنا الشركاء العاملون في البلد نفسه والمجالات المواضيعية نفسها.</translation>
    </message>
    <message>
        <source>Others working on this (the coordination register: the same country and thematic areas, in the same period or planned): %1</source>
        <translation>جهات أخرى تعمل على هذا (سجل التنسيق: البلد نفسه والمجالات المواضيعية نفسها، في الفترة نفسها أو مخطط لها): %1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>الصف %1، %2: %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>و%1 أخرى</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was imported. Correct them in the sheet and import it again.

%2</source>
        <translation>في %1 مشكلات؛ لم يُستورد شيء. صحّحها في الورقة ثم استوردها مرة أخرى.

%2</translation>
    </message>
    <message>
        <source>%1: %2 new partner(s), %3 new activity(ies), %4 already recorded. Import them?</source>
        <translation>%1: شركاء جدد: %2، أنشطة جديدة: %3، مسجلة بالفعل: %4. هل تريد استيرادها؟</translation>
    </message>
    <message>
        <source>Everything in %1 is already recorded.</source>
        <translation>كل ما في %1 مسجَّل بالفعل.</translation>
    </message>
    <message>
        <source>Imported %1 partner(s) and %2 activity(ies).</source>
        <translation>تم استيراد %1 من الشركاء و%2 من الأنشطة.</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 already recorded. Import them?</source>
        <translation>%1: %2، %3، مسجلة بالفعل: %4. هل تريد استيرادها؟</translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>تم استيراد %1 و%2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new partner(s)</source>
        <translation>
            <numerusform>لا شركاء جدد</numerusform>
            <numerusform>شريك جديد واحد</numerusform>
            <numerusform>شريكان جديدان</numerusform>
            <numerusform>%Ln شركاء جدد</numerusform>
            <numerusform>%Ln شريكًا جديدًا</numerusform>
            <numerusform>%Ln شريك جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new activity(ies)</source>
        <translation>
            <numerusform>لا أنشطة جديدة</numerusform>
            <numerusform>نشاط جديد واحد</numerusform>
            <numerusform>نشاطان جديدان</numerusform>
            <numerusform>%Ln أنشطة جديدة</numerusform>
            <numerusform>%Ln نشاطًا جديدًا</numerusform>
            <numerusform>%Ln نشاط جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>لا شركاء</numerusform>
            <numerusform>شريك واحد</numerusform>
            <numerusform>شريكان</numerusform>
            <numerusform>%Ln شركاء</numerusform>
            <numerusform>%Ln شريكًا</numerusform>
            <numerusform>%Ln شريك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>لا أنشطة</numerusform>
            <numerusform>نشاط واحد</numerusform>
            <numerusform>نشاطان</numerusform>
            <numerusform>%Ln أنشطة</numerusform>
            <numerusform>%Ln نشاطًا</numerusform>
            <numerusform>%Ln نشاط</numerusform>
        </translation>
    </message>
</context><context><name>AllocationEditor</name><message>
        <source>Allocated on</source>
        <translation>تاريخ التخصيص</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>المبلغ (دولار أمريكي)</translation>
    </message>
    <message>
        <source>Contribution drawn on</source>
        <translation>المساهمة المستخدمة</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>New allocation</source>
        <translation>تخصيص جديد</translation>
    </message>
</context><context><name>AllocationsList</name><message>
        <source>Allocated on</source>
        <translation>تاريخ التخصيص</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>المبلغ (دولار أمريكي)</translation>
    </message>
    <message>
        <source>Contribution drawn on</source>
        <translation>المساهمة المستخدمة</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>المخصصات</translation>
    </message>
    <message>
        <source>Saved, with a warning: %1</source>
        <translation>حُفظ، مع تنبيه: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln allocation(s)</source>
        <translation>
            <numerusform>%Ln تخصيص</numerusform>
            <numerusform>تخصيص واحد</numerusform>
            <numerusform>تخصيصان</numerusform>
            <numerusform>%Ln تخصيصات</numerusform>
            <numerusform>%Ln تخصيصًا</numerusform>
            <numerusform>%Ln تخصيص</numerusform>
        </translation>
    </message>
</context><context><name>ProjectAllocations</name><message>
        <source>Allocated on</source>
        <translation>تاريخ التخصيص</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>المبلغ (دولار أمريكي)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Allocations from the Voluntary Fund</source>
        <translation>المخصصات من صندوق التبرعات</translation>
    </message>
    <message>
        <source>Drawn on</source>
        <translation>من المساهمة</translation>
    </message>
</context><context><name>ContributionEditor</name><message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <source>Earmark</source>
        <translation>التخصيص المحدد</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Earmarked country</source>
        <translation>البلد المخصص له</translation>
    </message>
    <message>
        <source>Earmarked region</source>
        <translation>المنطقة المخصص لها</translation>
    </message>
    <message>
        <source>Earmarked theme</source>
        <translation>الموضوع المخصص له</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>مساهمة جديدة</translation>
    </message>
    <message>
        <source>Pledged on</source>
        <translation>تاريخ الإعلان</translation>
    </message>
    <message>
        <source>The ISO 4217 code: EUR, CHF, NOK, USD…</source>
        <translation>رمز ISO 4217: EUR وCHF وNOK وUSD…</translation>
    </message>
</context><context><name>ContributionsList</name><message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <source>Earmark</source>
        <translation>التخصيص المحدد</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>المساهمات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s)</source>
        <translation>
            <numerusform>%Ln مساهمة</numerusform>
            <numerusform>مساهمة واحدة</numerusform>
            <numerusform>مساهمتان</numerusform>
            <numerusform>%Ln مساهمات</numerusform>
            <numerusform>%Ln مساهمة</numerusform>
            <numerusform>%Ln مساهمة</numerusform>
        </translation>
    </message>
</context><context><name>PositionTab</name><message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>المخصص</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>Not counted, for want of a rate of exchange: %1. Record the rates on the Rates tab.</source>
        <translation>غير محسوب لعدم وجود سعر صرف: %1. سجّل الأسعار في علامة التبويب «الأسعار».</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>المعلن</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>Regular budget</source>
        <translation>الميزانية العادية</translation>
    </message>
    <message>
        <source>Regular budget against the Fund, by year and country</source>
        <translation>الميزانية العادية مقابل الصندوق، حسب السنة والبلد</translation>
    </message>
    <message>
        <source>Regular budget spent</source>
        <translation>المنفق من الميزانية العادية</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>المنفق</translation>
    </message>
    <message>
        <source>The Fund's position by year</source>
        <translation>وضع الصندوق حسب السنة</translation>
    </message>
    <message>
        <source>US dollars at the UN operational rates of exchange. The balance is what was received less what was allocated, up to the end of the year.</source>
        <translation>بدولارات الولايات المتحدة بأسعار الصرف التشغيلية للأمم المتحدة. الرصيد هو المستلم ناقص المخصص حتى نهاية السنة.</translation>
    </message>
    <message>
        <source>Voluntary Fund budget</source>
        <translation>ميزانية صندوق التبرعات</translation>
    </message>
    <message>
        <source>Voluntary Fund spent</source>
        <translation>المنفق من صندوق التبرعات</translation>
    </message>
</context><context><name>RateEditor</name><message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>ساري المفعول من</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>وحدات لكل دولار أمريكي</translation>
    </message>
    <message>
        <source>New exchange rate</source>
        <translation>سعر صرف جديد</translation>
    </message>
    <message>
        <source>The ISO 4217 code: EUR, CHF, NOK…</source>
        <translation>رمز ISO 4217: EUR وCHF وNOK…</translation>
    </message>
    <message>
        <source>The UN operational rate of exchange, usually from the first of a month.</source>
        <translation>سعر الصرف التشغيلي للأمم المتحدة، عادةً من أول الشهر.</translation>
    </message>
</context><context><name>RatesList</name><message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>ساري المفعول من</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>وحدات لكل دولار أمريكي</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>الأسعار</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rate(s)</source>
        <translation>
            <numerusform>%Ln سعر</numerusform>
            <numerusform>سعر واحد</numerusform>
            <numerusform>سعران</numerusform>
            <numerusform>%Ln أسعار</numerusform>
            <numerusform>%Ln سعرًا</numerusform>
            <numerusform>%Ln سعر</numerusform>
        </translation>
    </message>
</context><context><name>DonorEditor</name><message>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>A government donor is a state: its country.</source>
        <translation>الجهة المانحة الحكومية دولة: بلدها.</translation>
    </message>
    <message>
        <source>Kind of donor</source>
        <translation>نوع الجهة المانحة</translation>
    </message>
    <message>
        <source>New donor</source>
        <translation>جهة مانحة جديدة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context><context><name>DonorsList</name><message>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>الجهات المانحة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message numerus="yes">
        <source>%Ln donor(s)</source>
        <translation>
            <numerusform>%Ln جهة مانحة</numerusform>
            <numerusform>جهة مانحة واحدة</numerusform>
            <numerusform>جهتان مانحتان</numerusform>
            <numerusform>%Ln جهات مانحة</numerusform>
            <numerusform>%Ln جهة مانحة</numerusform>
            <numerusform>%Ln جهة مانحة</numerusform>
        </translation>
    </message>
</context><context><name>FundPage</name><message>
        <source>Fund</source>
        <translation>الصندوق</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Headquarters keeps the Voluntary Fund and sends it with its bundles: here you can read it, search it and export it to Excel, not change it. In Position, spent and the regular budget count this office's projects only.</source>
        <translation>يتولى المقر صندوق التبرعات ويرسله مع حزمه: يمكنك هنا الاطلاع عليه والبحث فيه وتصديره إلى Excel، دون تعديله. في «الوضع»، لا يُحتسب المنفق والميزانية العادية إلا لمشاريع هذا المكتب.</translation>
    </message>
</context><context><name>BoardPage</name><message>
        <source>Board of Trustees</source>
        <translation>مجلس الأمناء</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>لا دورات</numerusform>
            <numerusform>دورة واحدة</numerusform>
            <numerusform>دورتان</numerusform>
            <numerusform>%Ln دورات</numerusform>
            <numerusform>%Ln دورة</numerusform>
            <numerusform>%Ln دورة</numerusform>
        </translation>
    </message>
</context><context><name>BoardSessionEditor</name><message>
        <source>Session number</source>
        <translation>رقم الدورة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>As the Board names it, for example: Forty-first session.</source>
        <translation>كما يسمّيها المجلس، مثلًا: الدورة الحادية والأربعون.</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Adopted recommendations</source>
        <translation>التوصيات المعتمدة</translation>
    </message>
    <message>
        <source>Decisions on projects</source>
        <translation>القرارات بشأن المشاريع</translation>
    </message>
    <message>
        <source>New Board session</source>
        <translation>دورة جديدة للمجلس</translation>
    </message>
</context><context><name>MembersSection</name><message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>اقترحه</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>member</source>
        <translation>عضو</translation>
    </message>
</context><context><name>AdoptedSection</name><message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>حالة المتابعة</translation>
    </message>
    <message>
        <source>Recommendations whose source is the Board of Trustees, not yet linked to a session. Record a new one on the Recommendations page first.</source>
        <translation>توصيات مصدرها مجلس الأمناء ولم تُربط بعد بدورة. سجّل توصية جديدة في صفحة التوصيات أولًا.</translation>
    </message>
    <message>
        <source>adopted recommendation</source>
        <translation>توصية معتمدة</translation>
    </message>
    <message>
        <source>The recommendations of the Board of Trustees adopted at this session; their follow-up is recorded on the Recommendations page.</source>
        <translation>توصيات مجلس الأمناء المعتمدة في هذه الدورة؛ وتُسجَّل متابعتها في صفحة التوصيات.</translation>
    </message>
</context><context><name>DecisionsSection</name><message>
        <source>Project code</source>
        <translation>رمز المشروع</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Amount recommended</source>
        <translation>المبلغ الموصى به</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>قرار</translation>
    </message>
</context><context><name>ProjectDecisionsSection</name><message>
        <source>Session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Amount recommended</source>
        <translation>المبلغ الموصى به</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>قرار</translation>
    </message>
    <message>
        <source>Decisions of the Board of Trustees on this project, recorded on the Board page.</source>
        <translation>قرارات مجلس الأمناء بشأن هذا المشروع، المسجلة في صفحة المجلس.</translation>
    </message>
</context><context><name>Grants</name><message>
        <source>Grants</source>
        <translation>المنح</translation>
    </message>
    <message>
        <source>Tranche %1</source>
        <translation>الشريحة %1</translation>
    </message>
    <message>
        <source>%1, due %2 (days late: %3)</source>
        <translation>%1، مستحق في %2 (أيام التأخير: %3)</translation>
    </message>
    <message>
        <source>Paid %1 of %2 %3.</source>
        <translation>المدفوع %1 من %2 %3.</translation>
    </message>
    <message>
        <source>Warning: the tranches add up to %1 %3, not the grant's %2 %3.</source>
        <translation>تنبيه: مجموع الشرائح %1 %3، لا %2 %3 مبلغ المنحة.</translation>
    </message>
    <message>
        <source>Overdue: %1.</source>
        <translation>متأخر: %1.</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>المتأخرة: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مستحق لاحقًا</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>مستلم</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>Only grants with something &amp;overdue</source>
        <translation>المنح التي فيها &amp;تأخر فقط</translation>
    </message>
    <message>
        <source>Grantee</source>
        <translation>الجهة المستفيدة</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Grants shown: %1</source>
        <translation>المنح المعروضة: %1</translation>
    </message>
    <message>
        <source>%1 (days late: %2)</source>
        <translation>%1 (أيام التأخير: %2)</translation>
    </message>
<message>
        <source>Grants are added on a project's Grants tab: open the project on the Projects page. Enter or a double-click here opens a grant there.</source>
        <translation>تُضاف المنح في علامة التبويب «المنح» الخاصة بالمشروع: افتح المشروع في صفحة «المشاريع». يؤدي الضغط على Enter أو النقر المزدوج هنا إلى فتح المنحة هناك.</translation>
    </message>
    <message>
        <source>Paid %1 of %2.</source>
        <translation>المدفوع %1 من %2.</translation>
    </message>
    <message>
        <source>Warning: the tranches add up to %1, not the grant's %2.</source>
        <translation>تنبيه: مجموع الشرائح %1، لا %2 مبلغ المنحة.</translation>
    </message>
</context><context><name>GrantsTab</name><message>
        <source>Tranches</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Choose a grant to see its tranches and reports.</source>
        <translation>اختر منحة لعرض شرائحها وتقاريرها.</translation>
    </message>
</context><context><name>GrantsSection</name><message>
        <source>Grantee</source>
        <translation>الجهة المستفيدة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>The NGO or national institution that receives the grant.</source>
        <translation>المنظمة غير الحكومية أو المؤسسة الوطنية التي تتلقى المنحة.</translation>
    </message>
    <message>
        <source>Kind of grantee</source>
        <translation>نوع الجهة المستفيدة</translation>
    </message>
    <message>
        <source>Grantee's country</source>
        <translation>بلد الجهة المستفيدة</translation>
    </message>
    <message>
        <source>Three capital letters: USD, EUR, CHF.</source>
        <translation>ثلاثة أحرف كبيرة: USD وEUR وCHF.</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>منحة</translation>
    </message>
</context><context><name>TranchesSection</name><message>
        <source>Tranche</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>تاريخ الدفع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <source>Paid to the grantee</source>
        <translation>دُفعت للجهة المستفيدة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>tranche</source>
        <translation>شريحة</translation>
    </message>
</context><context><name>GrantReportsSection</name><message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>تاريخ القبول</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>A report is accepted once it has been received.</source>
        <translation>يُقبل التقرير بعد استلامه.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>grant report</source>
        <translation>تقرير منحة</translation>
    </message>
</context><context><name>FellowshipsPage</name><message>
        <source>Fellowships</source>
        <translation>الزمالات</translation>
    </message>
    <message>
        <source>Fellow</source>
        <translation>الزميل</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>الجهة المضيفة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>التقرير النهائي</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>فترة التدريب</translation>
    </message>
    <message>
        <source>Delete this fellowship (%1) with its objectives and follow-up contacts?</source>
        <translation>هل تريد حذف هذه الزمالة (%1) مع أهدافها واتصالات متابعتها؟</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fellowship(s)</source>
        <translation>
            <numerusform>%Ln زمالة</numerusform>
            <numerusform>زمالة واحدة</numerusform>
            <numerusform>زمالتان</numerusform>
            <numerusform>%Ln زمالات</numerusform>
            <numerusform>%Ln زمالة</numerusform>
            <numerusform>%Ln زمالة</numerusform>
        </translation>
    </message>
</context><context><name>FellowshipEditor</name><message>
        <source>Fellow</source>
        <translation>الزميل</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Learning objectives</source>
        <translation>أهداف التعلم</translation>
    </message>
    <message>
        <source>Follow-up contacts</source>
        <translation>اتصالات المتابعة</translation>
    </message>
    <message>
        <source>Type part of the person's name and pick them from the list.</source>
        <translation>اكتب جزءًا من اسم الشخص واختره من القائمة.</translation>
    </message>
    <message>
        <source>For example “2026 Indigenous Fellowship, English section”.</source>
        <translation>مثلًا «زمالة الشعوب الأصلية 2026، القسم الإنكليزي».</translation>
    </message>
    <message>
        <source>Host office or institution</source>
        <translation>المكتب أو المؤسسة المضيفة</translation>
    </message>
    <message>
        <source>Placement start</source>
        <translation>بداية فترة التدريب</translation>
    </message>
    <message>
        <source>Placement end</source>
        <translation>نهاية فترة التدريب</translation>
    </message>
    <message>
        <source>Final report received</source>
        <translation>تاريخ استلام التقرير النهائي</translation>
    </message>
    <message>
        <source>Final report summary</source>
        <translation>ملخص التقرير النهائي</translation>
    </message>
    <message>
        <source>New fellowship</source>
        <translation>زمالة جديدة</translation>
    </message>
    <message>
        <source>Placement weeks: shown once both dates are known.</source>
        <translation>أسابيع فترة التدريب: تظهر عند معرفة التاريخين.</translation>
    </message>
    <message>
        <source>Placement weeks: %1 (days: %2).</source>
        <translation>أسابيع فترة التدريب: %1 (الأيام: %2).</translation>
    </message>
    <message>
        <source>Attach the report itself below.</source>
        <translation>أرفق التقرير نفسه أدناه.</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>فترة التدريب</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>التقرير النهائي</translation>
    </message>
    <message>
        <source>On the Final report tab: %1</source>
        <translation>في علامة التبويب التقرير النهائي: %1</translation>
    </message>
</context><context><name>ObjectivesSection</name><message>
        <source>Learning objective</source>
        <translation>هدف التعلم</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>learning objective</source>
        <translation>هدف التعلم</translation>
    </message>
    <message>
        <source>What the fellow set out to learn, and whether it was met by the end of the placement.</source>
        <translation>ما أراد الزميل تعلمه، وهل تحقق بنهاية فترة التدريب.</translation>
    </message>
</context><context><name>ContactsSection</name><message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>وسيلة الاتصال</translation>
    </message>
    <message>
        <source>What they do now</source>
        <translation>ما يعمله الآن</translation>
    </message>
    <message>
        <source>Applies what they learned</source>
        <translation>يطبق ما تعلمه</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>follow-up contact</source>
        <translation>اتصال متابعة</translation>
    </message>
    <message>
        <source>After the placement: what the former fellow does now, and whether they apply what they learned.</source>
        <translation>بعد فترة التدريب: ما يعمله الزميل السابق الآن، وهل يطبق ما تعلمه.</translation>
    </message>
</context><context><name>FellowshipsOfPerson</name><message>
        <source>Cohort</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>الجهة المضيفة</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>الأسابيع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Fellowships of this participant</source>
        <translation>زمالات هذا المشارك</translation>
    </message>
    <message>
        <source>Fellowships are recorded on the Fellowships page: Enter or a double click opens one there.</source>
        <translation>تُسجَّل الزمالات في صفحة الزمالات: يفتح مفتاح Enter أو النقر المزدوج إحداها هناك.</translation>
    </message>
</context><context><name>FinalReportTab</name><message>
        <source>The report's file</source>
        <translation>ملف التقرير</translation>
    </message>
    <message>
        <source>The report's file, once the fellowship is saved</source>
        <translation>ملف التقرير، بعد حفظ الزمالة</translation>
    </message>
</context><context><name>FellowshipNote</name><message>
        <source>Fellowships are now recorded on the Fellowships page, with the placement, final report and follow-up. This form stays for the activities recorded before.</source>
        <translation>تُسجَّل الزمالات الآن في صفحة الزمالات، مع فترة التدريب والتقرير النهائي والمتابعة. ويبقى هذا النوع للأنشطة المسجلة من قبل.</translation>
    </message>
</context><context><name>ReviewsPage</name><message>
        <source>Reviews</source>
        <translation>الاستعراضات</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>المجالات المواضيعية</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>المجال المواضيعي</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Delete the review “%1” with its team, interviews and findings?</source>
        <translation>حذف الاستعراض «%1» مع فريقه ومقابلاته ونتائجه؟</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>لا استعراضات</numerusform>
            <numerusform>استعراض واحد</numerusform>
            <numerusform>استعراضان</numerusform>
            <numerusform>%Ln استعراضات</numerusform>
            <numerusform>%Ln استعراضًا</numerusform>
            <numerusform>%Ln استعراض</numerusform>
        </translation>
    </message>
</context><context><name>ReviewEditor</name><message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind of review</source>
        <translation>نوع الاستعراض</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>الفترة من</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>الفترة إلى</translation>
    </message>
    <message>
        <source>Terms of reference</source>
        <translation>الاختصاصات</translation>
    </message>
    <message>
        <source>The terms as text; attach the signed document on the Attachments tab.</source>
        <translation>الاختصاصات نصًا؛ أرفق الوثيقة الموقعة في علامة تبويب المرفقات.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>المجالات المواضيعية</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>الخلاصة</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>استعراض جديد</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>الاختصاصات</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
</context><context><name>DossierButton</name><message>
        <source>&amp;Dossier…</source>
        <translation>&amp;ملف…</translation>
    </message>
    <message>
        <source>Save the review with a country and a thematic area first.</source>
        <translation>احفظ الاستعراض أولًا مع بلد ومجال مواضيعي.</translation>
    </message>
</context><context><name>DossierDialog</name><message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>المجال المواضيعي</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>&amp;Thematic area:</source>
        <translation>المجال ال&amp;مواضيعي:</translation>
    </message>
</context><context><name>InterviewsSection</name><message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Stakeholder meeting</source>
        <translation>اجتماع مع جهة معنية</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>نوع الجهة المعنية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>A meeting already recorded on a mission (type its organisation), or fill in the interview below.</source>
        <translation>اجتماع مسجل بالفعل في بعثة (اكتب اسم منظمته)، أو املأ بيانات المقابلة أدناه.</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>مقابلة</translation>
    </message>
</context><context><name>RecommendationsSection</name><message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>المجال المواضيعي</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>المؤسسة المستهدفة</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected line (%1)?</source>
        <translation>إزالة السطر المحدد (%1)؟</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <source>Follow each recommendation up on the Recommendations page.</source>
        <translation>تابع كل توصية في صفحة التوصيات.</translation>
    </message>
</context><context><name>SynthesisTab</name><message>
        <source>The synthesis of the review: its main findings, conclusions and recommendations, as adopted.</source>
        <translation>خلاصة الاستعراض: أهم نتائجه واستنتاجاته وتوصياته كما اعتُمدت.</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>الخلاصة</translation>
    </message>
    <message>
        <source>Save s&amp;ynthesis</source>
        <translation>حفظ ال&amp;خلاصة</translation>
    </message>
    <message>
        <source>Save and mark &amp;final</source>
        <translation>حفظ ووضع علامة &amp;نهائي</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>لم يُحفظ بعد.</translation>
    </message>
</context><context><name>Coverage</name><message>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>الأقاليم</translation>
    </message>
    <message>
        <source>Countries covered</source>
        <translation>البلدان المشمولة</translation>
    </message>
    <message>
        <source>Type a country, Enter adds it</source>
        <translation>اكتب اسم بلد، ويضيفه مفتاح الإدخال</translation>
    </message>
    <message>
        <source>Listed: %1. Delete removes the chosen country.</source>
        <translation>المدرجة: %1. يزيل مفتاح الحذف البلد المختار.</translation>
    </message>
    <message>
        <source>No country is called “%1”.</source>
        <translation>لا يوجد بلد اسمه “%1”.</translation>
    </message>
    <message>
        <source>Press Enter to add the country, or clear the field.</source>
        <translation>اضغط مفتاح الإدخال لإضافة البلد، أو امسح الحقل.</translation>
    </message>
</context><context>
    <name>AllocationEditor</name>
    <message>
        <source>Grant</source>
        <translation>المنحة</translation>
    </message>
    <message>
        <source>When the money is for one of the project's grants: type part of the grantee's name and pick it.</source>
        <translation>عندما يكون المال لإحدى منح المشروع: اكتب جزءًا من اسم الجهة المستفيدة واخترها.</translation>
    </message>
</context>
<context>
    <name>AllocationsList</name>
    <message>
        <source>Grant</source>
        <translation>المنحة</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>recommendations: %1</source>
        <translation>التوصيات: %1</translation>
    </message>
<message>
        <source>Plan action</source>
        <translation>إجراء خطة</translation>
    </message>
</context>
<context>
    <name>AfterExitSection</name>
    <message>
        <source>Evidence &amp;files…</source>
        <translation>&amp;ملفات الأدلة…</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence of the check at %1 months</source>
        <translation>أدلة التحقق بعد %1 شهرًا</translation>
    </message>
    <message>
        <source>Files that show what the check found: a budget page, a report, a list of staff.</source>
        <translation>الملفات التي تُظهر ما توصّل إليه التحقق: صفحة من الميزانية، تقرير، قائمة بالموظفين.</translation>
    </message>
</context>
<context>
    <name>InstitutionsPage</name>
    <message>
        <source>National institutions</source>
        <translation>المؤسسات الوطنية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Delete the institution “%1” with its accreditation reviews, concerns and regional offices? The records linked to it keep their own data.</source>
        <translation>هل تحذف المؤسسة «%1» مع استعراضات اعتمادها وشواغلها ومكاتبها الإقليمية؟ تحتفظ السجلات المرتبطة بها ببياناتها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln institution(s)</source>
        <translation>
            <numerusform>%Ln مؤسسة</numerusform>
            <numerusform>مؤسسة واحدة</numerusform>
            <numerusform>مؤسستان</numerusform>
            <numerusform>%Ln مؤسسات</numerusform>
            <numerusform>%Ln مؤسسة</numerusform>
            <numerusform>%Ln مؤسسة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstitutionEditor</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>New national institution</source>
        <translation>مؤسسة وطنية جديدة</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الشبكي</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Regional offices</source>
        <translation>المكاتب الإقليمية</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>الشواغل</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>The constitution or law that establishes it, with its reference (article, law number).</source>
        <translation>الدستور أو القانون الذي أنشأها، مع مرجعه (المادة، رقم القانون).</translation>
    </message>
</context>
<context>
    <name>AccreditationSection</name>
    <message>
        <source>accreditation review</source>
        <translation>استعراض الاعتماد</translation>
    </message>
    <message>
        <source>Reviews by GANHRI's Sub-Committee on Accreditation, latest first, recorded by headquarters. The current status is the latest review's.</source>
        <translation>استعراضات اللجنة الفرعية المعنية بالاعتماد التابعة للتحالف العالمي، الأحدث أولاً، يسجلها المقر. المركز الحالي هو مركز آخر استعراض.</translation>
    </message>
    <message>
        <source>Reviews by GANHRI's Sub-Committee on Accreditation, latest first. The current status is the latest review's.</source>
        <translation>استعراضات اللجنة الفرعية المعنية بالاعتماد التابعة للتحالف العالمي، الأحدث أولاً. المركز الحالي هو مركز آخر استعراض.</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>تاريخ الاستعراض</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>الاستعراض التالي</translation>
    </message>
    <message>
        <source>Concerns raised</source>
        <translation>الشواغل المثارة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Current status: not reviewed.</source>
        <translation>المركز الحالي: لم تُستعرض.</translation>
    </message>
    <message>
        <source>Current status: %1, since the review of %2.</source>
        <translation>المركز الحالي: %1، منذ استعراض %2.</translation>
    </message>
    <message>
        <source>The Sub-Committee's concerns are recorded on the Concerns tab, naming this review.</source>
        <translation>تُسجَّل شواغل اللجنة الفرعية في علامة التبويب «الشواغل» مع ذكر هذا الاستعراض.</translation>
    </message>
</context>
<context>
    <name>OfficesSection</name>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>regional office</source>
        <translation>مكتب إقليمي</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>تاريخ الافتتاح</translation>
    </message>
</context>
<context>
    <name>ConcernsSection</name>
    <message>
        <source>concern</source>
        <translation>شاغل</translation>
    </message>
    <message>
        <source>Paris Principles concerns, recorded as findings about the institution: raised by an accreditation review, by a mission, or by the office's own assessment.</source>
        <translation>الشواغل المتعلقة بمبادئ باريس، مسجلة كاستنتاجات بشأن المؤسسة: أثارها استعراض للاعتماد أو بعثة أو تقييم المكتب نفسه.</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>الشاغل</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>أثاره</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>تاريخ إثارته</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>تاريخ معالجته</translation>
    </message>
    <message>
        <source>How it was addressed</source>
        <translation>كيف عولج</translation>
    </message>
    <message>
        <source>Raised by the accreditation review</source>
        <translation>أثاره استعراض الاعتماد</translation>
    </message>
    <message>
        <source>Raised by the mission</source>
        <translation>أثارته البعثة</translation>
    </message>
    <message>
        <source>Against the Paris Principles: mandate, independence, pluralism, resources, appointment, cooperation.</source>
        <translation>فيما يتعلق بمبادئ باريس: الولاية، الاستقلال، التعددية، الموارد، التعيين، التعاون.</translation>
    </message>
    <message>
        <source>Accreditation review of %1</source>
        <translation>استعراض الاعتماد في %1</translation>
    </message>
</context>
<context>
    <name>WorkTab</name>
    <message>
        <source>Work linked to this institution</source>
        <translation>العمل المرتبط بهذه المؤسسة</translation>
    </message>
    <message>
        <source>Projects, missions, training activities and recommendations that name this institution (chosen in their own editors). Enter or a double click opens one.</source>
        <translation>المشاريع والبعثات وأنشطة التدريب والتوصيات التي تذكر هذه المؤسسة (تُختار في محرر كل منها). يفتح Enter أو النقر المزدوج أحدها.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Projects: %1. Missions: %2. Training activities: %3. Recommendations: %4.</source>
        <translation>المشاريع: %1. البعثات: %2. أنشطة التدريب: %3. التوصيات: %4.</translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>Project</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>بعثة</translation>
    </message>
    <message>
        <source>Training activity</source>
        <translation>نشاط تدريبي</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <source>National institution</source>
        <translation>المؤسسة الوطنية</translation>
    </message>
    <message>
        <source>An institution of another country</source>
        <translation>مؤسسة من بلد آخر</translation>
    </message>
    <message>
        <source>The national human rights institution this concerns: one of the record's country.</source>
        <translation>المؤسسة الوطنية لحقوق الإنسان المعنية: مؤسسة من بلد السجل.</translation>
    </message>
</context>
<context><name>Thread</name><message>
        <source>Requests for assistance that cite it: %1</source>
        <translation>طلبات المساعدة التي تستشهد بها: %1</translation>
    </message>
    <message>
        <source>Missions: %1</source>
        <translation>البعثات: %1</translation>
    </message>
    <message>
        <source>Projects that answer it: %1</source>
        <translation>المشاريع التي تستجيب لها: %1</translation>
    </message>
    <message>
        <source>Results and indicators of those projects: %1</source>
        <translation>نتائج تلك المشاريع ومؤشراتها: %1</translation>
    </message>
    <message>
        <source>Follow-up notes: %1</source>
        <translation>ملاحظات المتابعة: %1</translation>
    </message>
    <message>
        <source>No request for assistance cites this recommendation yet.</source>
        <translation>لا يوجد بعد طلب مساعدة يستشهد بهذه التوصية.</translation>
    </message>
    <message>
        <source>No mission is linked to this recommendation yet.</source>
        <translation>لا توجد بعد بعثة مرتبطة بهذه التوصية.</translation>
    </message>
    <message>
        <source>No project answers this recommendation yet.</source>
        <translation>لا يوجد بعد مشروع يستجيب لهذه التوصية.</translation>
    </message>
    <message>
        <source>No indicator measures what those projects do yet.</source>
        <translation>لا يوجد بعد مؤشر يقيس ما تقوم به تلك المشاريع.</translation>
    </message>
    <message>
        <source>No follow-up note has been recorded yet.</source>
        <translation>لم تُسجَّل بعد أي ملاحظة متابعة.</translation>
    </message>
    <message>
        <source>What was done about this recommendation, from the requests that cite it to the indicators of the projects that answer it. Enter or a double click opens a record.</source>
        <translation>ما الذي أُنجز بشأن هذه التوصية، من الطلبات التي تستشهد بها إلى مؤشرات المشاريع التي تستجيب لها. يفتح مفتاح الإدخال أو النقر المزدوج السجل.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>ما الذي أُنجز</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 من %2 %3</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Recommendations this project answers</source>
        <translation>التوصيات التي يستجيب لها هذا المشروع</translation>
    </message>
    <message>
        <source>Once saved, the recommendations this project answers show here.</source>
        <translation>بعد الحفظ، تظهر هنا التوصيات التي يستجيب لها هذا المشروع.</translation>
    </message>
    <message>
        <source>Recommendations this project answers (linked to it, or through its mission or request): %1. Enter or a double click opens one.</source>
        <translation>التوصيات التي يستجيب لها هذا المشروع (المرتبطة به أو عبر بعثته أو طلبه): %1. يفتح مفتاح الإدخال أو النقر المزدوج إحداها.</translation>
    </message>
    <message>
        <source>This project answers no recommendation yet: link it on a recommendation (“Projects that answer it”).</source>
        <translation>لا يستجيب هذا المشروع بعد لأي توصية: اربطه من التوصية («المشاريع التي تستجيب لها»).</translation>
    </message>
    <message>
        <source>No project answers it</source>
        <translation>لا يستجيب لها أي مشروع</translation>
    </message>
    <message>
        <source>A project's indicators are off track</source>
        <translation>مؤشرات مشروع متأخرة</translation>
    </message>
    <message>
        <source>No plan action answers it</source>
        <translation>لا يستجيب لها أي إجراء من الخطة</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>المتابعة الفعلية</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>الأشخاص المعنيون</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>الهدف %1</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>الآلية</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>أهداف التنمية</translation>
    </message>
    <message>
        <source>Universal periodic review: %1</source>
        <translation>الاستعراض الدوري الشامل: %1</translation>
    </message>
    <message>
        <source>Special procedure: %1</source>
        <translation>إجراء خاص: %1</translation>
    </message>
    <message>
        <source>Actions of national action plans that answer it: %1</source>
        <translation>إجراءات خطط العمل الوطنية التي تستجيب لها: %1</translation>
    </message>
    <message>
        <source>No action of a national action plan answers this recommendation yet.</source>
        <translation>لا يوجد بعد إجراء في خطة عمل وطنية يستجيب لهذه التوصية.</translation>
    </message>
</context><context><name>PlansPage</name><message>
        <source>National action plans</source>
        <translation>خطط العمل الوطنية</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Coordinating body</source>
        <translation>الهيئة المنسِّقة</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Delete the plan “%1” with its actions?</source>
        <translation>هل تريد حذف الخطة «%1» مع إجراءاتها؟</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s)</source>
        <translation>
            <numerusform>%Ln خطة</numerusform>
            <numerusform>خطة واحدة</numerusform>
            <numerusform>خطتان</numerusform>
            <numerusform>%Ln خطط</numerusform>
            <numerusform>%Ln خطة</numerusform>
            <numerusform>%Ln خطة</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>الإجراءات المتأخرة</translation>
    </message>
</context><context><name>PlanEditor</name><message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>الفترة من</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>الفترة إلى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Coordinating body</source>
        <translation>الهيئة المنسِّقة</translation>
    </message>
    <message>
        <source>The ministry, commission or interministerial committee that coordinates it.</source>
        <translation>الوزارة أو اللجنة أو اللجنة المشتركة بين الوزارات التي تنسقها.</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>New national action plan</source>
        <translation>خطة عمل وطنية جديدة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
</context><context><name>ActionsSection</name><message>
        <source>&amp;Import from Excel…</source>
        <translation>ا&amp;ستيراد من Excel…</translation>
    </message>
    <message>
        <source>Excel &amp;template…</source>
        <translation>&amp;قالب Excel…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>المؤسسة المسؤولة</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>To look at</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>متأخر.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Recommendations it answers</source>
        <translation>التوصيات التي يستجيب لها</translation>
    </message>
    <message>
        <source>Type a symbol, paragraph or words to find one; Enter ticks it</source>
        <translation>اكتب رمزًا أو فقرة أو كلمات للعثور عليها؛ يحددها مفتاح الإدخال</translation>
    </message>
    <message>
        <source>Projects that support it</source>
        <translation>المشاريع التي تدعمه</translation>
    </message>
    <message>
        <source>Type a code or title; Enter ticks it</source>
        <translation>اكتب رمزًا أو عنوانًا؛ يحدده مفتاح الإدخال</translation>
    </message>
    <message>
        <source>action</source>
        <translation>إجراء</translation>
    </message>
    <message>
        <source>An action past its deadline that is neither done nor dropped is overdue.</source>
        <translation>الإجراء الذي انقضى موعده النهائي ولم يُنجز ولم يُترك يُعدّ متأخرًا.</translation>
    </message>
</context><context><name>Plans</name><message>
        <source>plan-actions.xlsx</source>
        <translation>إجراءات-الخطة.xlsx</translation>
    </message>
    <message>
        <source>Save the actions template</source>
        <translation>حفظ قالب الإجراءات</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>تم حفظ القالب: %1</translation>
    </message>
    <message>
        <source>Import actions from Excel</source>
        <translation>استيراد الإجراءات من Excel</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>الصف %1، %2: %3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>و%1 أخرى</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already recorded, %4 with problems.</source>
        <translation>%1: جديدة: %2؛ مسجلة من قبل: %3؛ بها مشكلات: %4.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct these rows in the sheet and import it again.</source>
        <translation>لم يُستورد شيء: صحّح هذه الصفوف في الورقة واستوردها مرة أخرى.</translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>لا يوجد شيء جديد للاستيراد.</translation>
    </message>
    <message>
        <source>Import the new actions?</source>
        <translation>هل تريد استيراد الإجراءات الجديدة؟</translation>
    </message>
    <message>
        <source>Actions imported: %1.</source>
        <translation>الإجراءات المستوردة: %1.</translation>
    </message>
</context><context>
    <name>ReviewTeamSection</name>
    <message>
        <source>team member</source>
        <translation>عضو الفريق</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>الدور في الفريق</translation>
    </message>
</context>
<context>
    <name>ReviewFindingsSection</name>
    <message>
        <source>finding</source>
        <translation>استنتاج</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>المجال المواضيعي</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>الاستنتاج</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
</context>
<context>
    <name>BundleHistoryTab</name>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>المطبَّق</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>الحزم المرسلة والمستلمة</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>مستلمة من</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>مرسلة إلى</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>كل شيء</translation>
    </message>
    <message>
        <source>missing before it: %1 (their changes came in later bundles)</source>
        <translation>ناقصة قبلها: %1 (وصلت تغييراتها في حزم لاحقة)</translation>
    </message>
</context>
<context><name>UserSignaturesBox</name><message>
        <source>Bundles signed by headquarters' root key alone</source>
        <translation>الحزم الموقّعة بالمفتاح الجذري للمقر وحده</translation>
    </message>
    <message>
        <source>Required: offices refuse a headquarters bundle signed by the root key alone; every bundle must be signed by a certified user's own key.</source>
        <translation>مطلوب: ترفض المكاتب أي حزمة من المقر موقّعة بالمفتاح الجذري وحده؛ ويجب أن تُوقَّع كل حزمة بالمفتاح الخاص بمستخدم معتمَد.</translation>
    </message>
    <message>
        <source>Required: this office refuses a headquarters bundle signed by the root key alone; every bundle must be signed by a certified headquarters user's own key.</source>
        <translation>مطلوب: يرفض هذا المكتب أي حزمة من المقر موقّعة بالمفتاح الجذري وحده؛ ويجب أن تُوقَّع كل حزمة بالمفتاح الخاص بمستخدم معتمَد من المقر.</translation>
    </message>
    <message>
        <source>Headquarters decides this with its root key; the setting reaches each office with the next bundle sent to it.</source>
        <translation>يقرّر المقر ذلك بمفتاحه الجذري؛ ويصل الإعداد إلى كل مكتب مع الحزمة التالية المرسلة إليه.</translation>
    </message>
    <message>
        <source>Headquarters decides this setting, and it reaches this office with headquarters' bundles; it cannot be changed here.</source>
        <translation>يقرّر المقر هذا الإعداد، ويصل إلى هذا المكتب مع حزم المقر؛ ولا يمكن تغييره هنا.</translation>
    </message>
    <message>
        <source>Saved. Offices refuse bundles signed by the root key alone from the next bundle each receives.</source>
        <translation>تم الحفظ. ترفض المكاتب الحزم الموقّعة بالمفتاح الجذري وحده بدءًا من الحزمة التالية التي يتلقاها كل منها.</translation>
    </message>
    <message>
        <source>Saved. Offices accept bundles signed by the root key alone again from the next bundle each receives.</source>
        <translation>تم الحفظ. تقبل المكاتب مجددًا الحزم الموقّعة بالمفتاح الجذري وحده بدءًا من الحزمة التالية التي يتلقاها كل منها.</translation>
    </message>
    <message>
        <source>Not required: offices accept headquarters bundles signed by the root key alone.</source>
        <translation>غير مطلوب: تقبل المكاتب حزم المقر الموقّعة بالمفتاح الجذري وحده.</translation>
    </message>
    <message>
        <source>Not required: this office accepts headquarters bundles signed by the root key alone.</source>
        <translation>غير مطلوب: يقبل هذا المكتب حزم المقر الموقّعة بالمفتاح الجذري وحده.</translation>
    </message>
    <message>
        <source>&amp;Accept root-signed bundles again…</source>
        <translation>&amp;قبول الحزم الموقّعة بالمفتاح الجذري مجددًا…</translation>
    </message>
    <message>
        <source>Re&amp;quire user-signed bundles…</source>
        <translation>ا&amp;شتراط حزم موقّعة من مستخدم…</translation>
    </message>
    <message>
        <source>(since %1)</source>
        <translation>(منذ %1)</translation>
    </message>
</context><context><name>UserSignaturesDialog</name><message>
        <source>Offices will refuse any headquarters bundle signed by the root key alone, from the next bundle each receives: every bundle must then be signed by a certified user's own key.</source>
        <translation>سترفض المكاتب أي حزمة من المقر موقّعة بالمفتاح الجذري وحده، بدءًا من الحزمة التالية التي يتلقاها كل منها: ويجب عندئذ أن تُوقَّع كل حزمة بالمفتاح الخاص بمستخدم معتمَد.</translation>
    </message>
    <message>
        <source>Offices will accept headquarters bundles signed by the root key alone again, from the next bundle each receives.</source>
        <translation>ستقبل المكاتب مجددًا حزم المقر الموقّعة بالمفتاح الجذري وحده، بدءًا من الحزمة التالية التي يتلقاها كل منها.</translation>
    </message>
    <message>
        <source>Headquarters' root key file</source>
        <translation>ملف المفتاح الجذري للمقر</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Require user-signed bundles</source>
        <translation>اشتراط حزم موقّعة من مستخدم</translation>
    </message>
    <message>
        <source>Accept root-signed bundles again</source>
        <translation>قبول الحزم الموقّعة بالمفتاح الجذري مجددًا</translation>
    </message>
    <message>
        <source>Headquarters' root key is kept offline. Give the file 'fielddesk keys root export' wrote and its passphrase: the key is used for this change only and is not kept in this profile folder.</source>
        <translation>يُحفَظ المفتاح الجذري للمقر خارج الشبكة. حدّد الملف الذي كتبه الأمر 'fielddesk keys root export' وعبارة مروره: يُستخدم المفتاح لهذا التغيير فقط ولا يُحفَظ في مجلد الملف الشخصي هذا.</translation>
    </message>
    <message>
        <source>Root key file</source>
        <translation>ملف المفتاح الجذري</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفّح…</translation>
    </message>
    <message>
        <source>Root key &amp;file:</source>
        <translation>&amp;ملف المفتاح الجذري:</translation>
    </message>
    <message>
        <source>Passphrase of the root key file</source>
        <translation>عبارة مرور ملف المفتاح الجذري</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>Headquarters' root key in this profile folder signs the change.</source>
        <translation>يوقّع التغييرَ المفتاحُ الجذري للمقر الموجود في مجلد الملف الشخصي هذا.</translation>
    </message>
    <message>
        <source>&amp;Require user-signed bundles</source>
        <translation>ا&amp;شتراط حزم موقّعة من مستخدم</translation>
    </message>
    <message>
        <source>&amp;Accept root-signed bundles</source>
        <translation>&amp;قبول الحزم الموقّعة بالمفتاح الجذري</translation>
    </message>
    <message>
        <source>Give the root key file (written by 'fielddesk keys root export'). Nothing was changed.</source>
        <translation>حدّد ملف المفتاح الجذري (الذي كتبه الأمر 'fielddesk keys root export'). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Type the passphrase of the root key file. Nothing was changed.</source>
        <translation>اكتب عبارة مرور ملف المفتاح الجذري. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Signing the setting with the root key</source>
        <translation>توقيع الإعداد بالمفتاح الجذري</translation>
    </message>
    <message>
        <source>This profile folder holds no certified user key: it will make no bundle until one is certified for it ('fielddesk keys user add NAME').</source>
        <translation>لا يحتوي مجلد الملف الشخصي هذا على مفتاح مستخدم معتمَد: لن يُنشئ أي حزمة إلى أن يُعتمَد مفتاح له ('fielddesk keys user add NAME').</translation>
    </message>
</context></TS>