<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>运行环境</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>see the text</source>
        <translation>见全文</translation>
    </message>
    <message>
        <source>About FieldDesk</source>
        <translation>关于 FieldDesk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Missions, trainings, reports and sync for the field offices of a human rights technical cooperation programme.</source>
        <translation>为人权技术合作方案的外地办事处提供特派团、培训、报告和同步功能。</translation>
    </message>
    <message>
        <source>FieldDesk is free software under the MIT licence. It is built on the libraries and fonts below, each under its own licence: choose one to read it.</source>
        <translation>FieldDesk 是采用 MIT 许可证的自由软件。它基于下列库和字体构建，每一项都有各自的许可证：选择一项即可阅读。</translation>
    </message>
    <message>
        <source>Your data is kept in %1, not in the program's folder: installing a newer version or removing FieldDesk leaves it where it is.</source>
        <translation>您的数据保存在 %1，而不在程序文件夹中：安装新版本或卸载 FieldDesk 都不会改动这些数据。</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>组件及其许可证</translation>
    </message>
    <message>
        <source>Licence of %1</source>
        <translation>%1 的许可证</translation>
    </message>
    <message>
        <source>The licence text of %1 is not included with this copy of FieldDesk; see %2.</source>
        <translation>此 FieldDesk 副本未包含 %1 的许可证文本；请参阅 %2。</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>培训前测试</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>培训后测试</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Activities of this participant</source>
        <translation>该参与者参加的活动</translation>
    </message>
    <message>
        <source>Attendance and scores are recorded in each activity.</source>
        <translation>出勤和成绩在各项活动中记录。</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Assess: %1</source>
        <translation>评估：%1</translation>
    </message>
    <message>
        <source>From the evidence (%1)</source>
        <translation>依据记录的证据（%1）</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>0 – does not apply</source>
        <translation>0 – 不适用</translation>
    </message>
    <message>
        <source>3 – applies fully</source>
        <translation>3 – 完全适用</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Why this score: the facts, who was consulted.</source>
        <translation>为何给出此分数：事实依据、咨询了哪些人。</translation>
    </message>
    <message>
        <source>No evidence recorded.</source>
        <translation>没有记录的证据。</translation>
    </message>
    <message>
        <source>Evidence recorded:</source>
        <translation>记录的证据：</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>“%1” is a .%2 file: a program or script that runs on this computer with your rights when opened. Open it only if you know where it comes from. Open it?</source>
        <translation>“%1”是 .%2 文件：打开后会以您的权限在此计算机上运行的程序或脚本。只有在您知道其来源时才打开。要打开吗？</translation>
    </message>
    <message>
        <source>Open a program?</source>
        <translation>打开程序？</translation>
    </message>
    <message>
        <source>Type: .%1, a program or script (FieldDesk asks before opening it)</source>
        <translation>类型：.%1，程序或脚本（FieldDesk 打开前会询问）</translation>
    </message>
    <message>
        <source>Type: .%1</source>
        <translation>类型：.%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
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
        <translation>附件</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Files are copied into the profile and travel with the next sync bundle.</source>
        <translation>文件会复制到配置文件中，并随下一个同步包发送。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Copying files into the profile…</source>
        <translation>正在将文件复制到配置文件…</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Remove “%1” from this record?</source>
        <translation>要从此记录中移除“%1”吗？</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Days present</source>
        <translation>出勤天数</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Attendance by participant and day</source>
        <translation>按参与者和日期的出勤情况</translation>
    </message>
    <message>
        <source>Checked: present. Empty: absent. Dash: not recorded. Click a cell or press the space bar to change it; each change is saved at once.</source>
        <translation>勾选：出席。空白：缺席。横线：未记录。单击单元格或按空格键即可更改；每次更改都会立即保存。</translation>
    </message>
    <message>
        <source>Everyone &amp;present on the selected day</source>
        <translation>所选日期全部出席(&amp;P)</translation>
    </message>
<message>
        <source>Checked: present. Empty: absent. Dash: not recorded. Click a cell or press the space bar to change it, or type 1 (present) or 0 (absent); Enter or Tab moves on. Each change is saved at once.</source>
        <translation>勾选：出席。空白：缺席。短横线：未记录。单击单元格或按空格键可更改，或输入 1（出席）或 0（缺席）；按 Enter 或 Tab 转到下一个。每次更改都会立即保存。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>FieldDesk backs up this profile once a day when it is first used, and before every bundle import, database upgrade and restore. It keeps the last 10 automatic backups and every backup made by hand. Backups are encrypted like the profile.</source>
        <translation>FieldDesk 每天首次使用时备份此配置文件一次，并在每次导入数据包、升级数据库和恢复之前进行备份。它保留最近 10 份自动备份以及所有手动备份。备份与配置文件一样加密。</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Back up to a &amp;folder…</source>
        <translation>备份到文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Back up now and copy the backup to a folder, for example on a USB stick, with the key file that opens it</source>
        <translation>立即备份，并将备份连同打开它的密钥文件复制到一个文件夹，例如 U 盘</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Changes made here that headquarters has not yet acknowledged: %1 (the oldest from %2). Restoring a backup would replace them.</source>
        <translation>此处所做、总部尚未确认收到的更改：%1 项（最早的在 %2）。恢复备份将替换这些更改。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Copy the backup to a folder</source>
        <translation>将备份复制到文件夹</translation>
    </message>
    <message>
        <source>Backed up (%1).</source>
        <translation>已备份（%1）。</translation>
    </message>
    <message>
        <source>Backed up and copied to %1, with the key file that opens it (the passphrase or the recovery key is still needed).</source>
        <translation>已备份并复制到 %1，同时附上打开它的密钥文件（仍需要密码短语或恢复密钥）。</translation>
    </message>
    <message>
        <source>Backed up and copied to %1. This profile is not encrypted: anyone who has the copy can read it.</source>
        <translation>已备份并复制到 %1。此配置文件未加密：任何拿到副本的人都能读取。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the profile's data with the backup made %1? Everything recorded since then is replaced. The current data is backed up first, so restoring that backup undoes this.</source>
        <translation>用 %1 制作的备份替换配置文件中的数据吗？此后记录的所有内容都将被替换。当前数据会先备份，恢复那份备份即可撤销此操作。</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <source>Changes not yet at headquarters</source>
        <translation>尚未送达总部的更改</translation>
    </message>
    <message>
        <source>Changes made here that headquarters has not acknowledged: %1 (the oldest from %2). Restoring replaces them; they stay in the backup made before the restore. Sending a bundle to headquarters first is safer.

Restore anyway?</source>
        <translation>此处所做、总部尚未确认收到的更改：%1 项（最早的在 %2）。恢复将替换这些更改；它们会保留在恢复前制作的备份中。更稳妥的做法是先向总部发送数据包。

仍要恢复吗？</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>未恢复任何内容。</translation>
    </message>
    <message>
        <source>Back up now and copy the backup to a folder, for example on a USB stick, with a key file that opens it with the recovery key</source>
        <translation>立即备份并将备份复制到某个文件夹（例如 U 盘），同时附上可用恢复密钥打开它的密钥文件</translation>
    </message>
    <message>
        <source>Backed up and copied to %1, with a key file that opens it with the recovery key only (not with the passphrase: an old copy never opens with an old passphrase).</source>
        <translation>已备份并复制到 %1，附带的密钥文件只能用恢复密钥打开它（不能用口令：旧副本绝不会被旧口令打开）。</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Daily, on first use</source>
        <translation>每日，首次使用时</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动制作</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <source>Before encrypting</source>
        <translation>加密之前</translation>
    </message>
    <message>
        <source>Before a database upgrade</source>
        <translation>数据库升级之前</translation>
    </message>
    <message>
        <source>Before importing bundle #%1 from %2</source>
        <translation>导入来自 %2 的第 %1 号数据包之前</translation>
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
        <translation>制作时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
</context>
<context>
    <name>BudgetSection</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation>预算（美元）</translation>
    </message>
    <message>
        <source>Expenditure (USD)</source>
        <translation>支出（美元）</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>预算项目</translation>
    </message>
    <message>
        <source>Total budget %1 USD; spent %2 USD%3.</source>
        <translation>总预算 %1 美元；已支出 %2 美元%3。</translation>
    </message>
    <message>
        <source>Execution (%)</source>
        <translation>执行率（%）</translation>
    </message>
    <message>
        <source>Budget and expenditure per year and funding source; the execution rate is expenditure as a share of budget.</source>
        <translation>按年份和资金来源列出的预算与支出；执行率为支出占预算的比例。</translation>
    </message>
    <message>
        <source>Execution by year: %1.</source>
        <translation>按年份的执行率：%1。</translation>
    </message>
    <message>
        <source>Total budget %1; spent %2%3.</source>
        <translation>总预算 %1；已支出 %2%3。</translation>
    </message>
</context>
<context>
    <name>BundlePreview</name>
    <message>
        <source>Import bundle</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Bundle #%1 from %2 has been checked: it is signed by %2 and addressed to this office. Nothing has been changed yet.</source>
        <translation>来自 %2 的第 %1 号数据包已通过检查：它由 %2 签名并发给本办事处。目前尚未做任何更改。</translation>
    </message>
    <message>
        <source>New records:</source>
        <translation>新记录：</translation>
    </message>
    <message>
        <source>Updated records:</source>
        <translation>更新的记录：</translation>
    </message>
    <message>
        <source>Already up to date:</source>
        <translation>已是最新：</translation>
    </message>
    <message>
        <source>%1 (both sides changed the same thing; you will review them on the Conflicts tab)</source>
        <translation>%1（双方修改了同一内容；您将在“冲突”选项卡中查看）</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>冲突：</translation>
    </message>
    <message>
        <source>Waiting for a parent record:</source>
        <translation>等待上级记录：</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Welcome to FieldDesk</source>
        <translation>欢迎使用 FieldDesk</translation>
    </message>
    <message>
        <source>FieldDesk keeps your office's missions, trainings and participants on this computer.</source>
        <translation>FieldDesk 在这台计算机上保存您办事处的特派团、培训和参与者信息。</translation>
    </message>
    <message>
        <source>&amp;Set up my office</source>
        <translation>设置我的办事处(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Explore FieldDesk with demo data</source>
        <translation>使用演示数据体验 FieldDesk(&amp;E)</translation>
    </message>
    <message>
        <source>Your data will be kept in %1.</source>
        <translation>您的数据将保存在 %1。</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我方</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>当前生效</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Show &amp;resolved conflicts</source>
        <translation>显示已解决的冲突(&amp;R)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>This office's value</source>
        <translation>本办事处的值</translation>
    </message>
    <message>
        <source>The other office's value</source>
        <translation>另一办事处的值</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>保留我方(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>保留对方(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open the record to edit it</source>
        <translation>打开记录进行编辑(&amp;O)</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>我方</translation>
    </message>
    <message>
        <source>theirs (%1)</source>
        <translation>对方（%1）</translation>
    </message>
    <message>
        <source>No conflict selected. Conflicts appear here when this office and another changed the same thing between two syncs.</source>
        <translation>未选择冲突。当本办事处与另一办事处在两次同步之间修改了同一内容时，冲突会显示在这里。</translation>
    </message>
    <message>
        <source>(resolved: %1)</source>
        <translation>（已解决：%1）</translation>
    </message>
    <message>
        <source>Value from %1</source>
        <translation>来自 %1 的值</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>正在解决…</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>FieldDesk is locked</source>
        <translation>FieldDesk 已锁定</translation>
    </message>
    <message>
        <source>Office %1. Type the passphrase to go on: the windows come back as they were.</source>
        <translation>办事处 %1。请输入密码短语以继续：窗口将恢复原样。</translation>
    </message>
</context>
<context>
    <name>CriteriaView</name>
    <message>
        <source>Headquarters sets the criteria and their weights; every office ranks its requests by them.</source>
        <translation>总部设定标准及其权重；各办事处据此对其请求排序。</translation>
    </message>
    <message>
        <source>Set by headquarters; every office ranks its requests by them.</source>
        <translation>由总部设定；各办事处据此对其请求排序。</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>How it is evaluated</source>
        <translation>评估方式</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Priority criteria</source>
        <translation>优先标准</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>0 (not counted) to 10.</source>
        <translation>0（不计入）至 10。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>添加：%1</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>编辑：%1</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Activities and participants per quarter</source>
        <translation>各季度的活动和参与者</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>所有年份</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <source>training activities</source>
        <translation>项培训活动</translation>
    </message>
    <message>
        <source>people trained</source>
        <translation>人接受培训</translation>
    </message>
    <message>
        <source>missions</source>
        <translation>个特派团</translation>
    </message>
    <message>
        <source>recommendations being followed up</source>
        <translation>项建议正在落实</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Activities and participants per quarter</source>
        <translation>各季度的活动和参与者</translation>
    </message>
    <message>
        <source>Participants by sex</source>
        <translation>参与者（按性别）</translation>
    </message>
    <message>
        <source>Participants by target group</source>
        <translation>参与者（按目标群体）</translation>
    </message>
    <message>
        <source>Recommendations by follow-up status</source>
        <translation>建议（按落实状态）</translation>
    </message>
    <message>
        <source>Missions by status</source>
        <translation>特派团（按状态）</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>尚无记录。</translation>
    </message>
    <message>
        <source>open requests for assistance</source>
        <translation>待处理的援助请求</translation>
    </message>
    <message>
        <source>Open requests by status</source>
        <translation>按状态分列的待处理请求</translation>
    </message>
    <message>
        <source>Projects by stage</source>
        <translation>按阶段分列的项目</translation>
    </message>
    <message>
        <source>Indicators on and off track</source>
        <translation>进展正常与滞后的指标</translation>
    </message>
<message>
        <source>closed projects sustained at 12 months</source>
        <translation>12个月时仍持续的已关闭项目</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2个中的%1个</translation>
    </message>
<message>
        <source>Activities by thematic area</source>
        <translation>按专题领域分列的活动</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>dd</source>
        <comment>day in a date format</comment>
        <translation>日</translation>
    </message>
    <message>
        <source>mm</source>
        <comment>month in a date format</comment>
        <translation>月</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>year in a date format</comment>
        <translation>年</translation>
    </message>
    <message>
        <source>Type the date as %1 or as %2, or press Alt+Down for a calendar.</source>
        <translation>请按 %1 或 %2 的格式输入日期，或按 Alt+向下键打开日历。</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>日历（Alt+向下键）</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>打开日历</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as %2 or as %3.</source>
        <translation>“%1”不是日期。请按 %2 或 %3 的格式输入。</translation>
    </message>
    <message>
        <source>“%1”: write the year in full, with four digits.</source>
        <translation>“%1”：请写出完整的四位数年份。</translation>
    </message>
    <message>
        <source>“%1” is not a date: there is no month %2.</source>
        <translation>“%1”不是日期：没有第 %2 个月。</translation>
    </message>
    <message>
        <source>“%1” is not a date: %2 %3 has %4 days.</source>
        <translation>“%1”不是日期：%3年%2只有 %4 天。</translation>
    </message>
    <message>
        <source>“%1” is outside the dates this field accepts (%2 to %3).</source>
        <translation>“%1”超出了此字段接受的日期范围（%2 至 %3）。</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Finish loads the demo data; it takes a few seconds.</source>
        <translation>单击“完成”将加载演示数据，需要几秒钟。</translation>
    </message>
    <message>
        <source>The demo holds invented missions, trainings and participants in five countries, recorded by a Guatemala office. Use it to try FieldDesk, not for real work: for real work, start again with a new profile folder. As it holds nothing real, the demo profile is not encrypted.</source>
        <translation>演示数据包含五个国家的虚构特派团、培训和参与者，由危地马拉办事处录入。请用它来试用 FieldDesk，不要用于实际工作；实际工作请使用新的配置文件夹重新开始。由于其中没有真实内容，演示配置文件不加密。</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Possible duplicate: %1. Check whether this is the same person before adding a new record.</source>
        <translation>可能重复：%1。添加新记录前，请确认是否为同一人。</translation>
    </message>
<message>
        <source>&amp;Not the same person</source>
        <translation>不是同一个人(&amp;N)</translation>
    </message>
    <message>
        <source>Record a new person and do not offer these records as duplicates again</source>
        <translation>登记为新的人员，并且不再将这些记录提示为重复</translation>
    </message>
    <message>
        <source>Possible duplicate: this person may be recorded already. Use the existing record, or say that this is not the same person.</source>
        <translation>可能重复：此人可能已有记录。请使用现有记录，或说明这不是同一个人。</translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation>使用此人(&amp;U)</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation>使用此人</translation>
    </message>
</context>
<context>
    <name>EnrollmentTab</name>
    <message>
        <source>Find a participant to enrol</source>
        <translation>查找要登记的参与者</translation>
    </message>
    <message>
        <source>&amp;Find a participant:</source>
        <translation>查找参与者(&amp;F)：</translation>
    </message>
    <message>
        <source>E&amp;nrol</source>
        <translation>登记(&amp;N)</translation>
    </message>
    <message>
        <source>New &amp;participant…</source>
        <translation>新参与者(&amp;P)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Enrolled participants</source>
        <translation>已登记的参与者</translation>
    </message>
    <message>
        <source>&amp;Remove from the activity</source>
        <translation>从活动中移除(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln 名参与者</numerusform>
        </translation>
    </message>
    <message>
        <source>women: %1, men: %2</source>
        <translation>女性：%1，男性：%2</translation>
    </message>
    <message>
        <source>Remove from the activity</source>
        <translation>从活动中移除</translation>
    </message>
    <message>
        <source>Remove %1 from this activity? Their attendance and scores here are removed too.</source>
        <translation>要将 %1 从此活动中移除吗？其在本活动中的出勤和成绩也将被删除。</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import participants from an Excel file and enrol them in this activity</source>
        <translation>从 Excel 文件导入参与者并将其登记到本活动</translation>
    </message>
</context>
<context>
    <name>EvaluationsSection</name>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>评估人员</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Lessons learnt</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Mid-term and end-of-project evaluations: what was found, and what was learnt.</source>
        <translation>中期评估和项目结束评估：发现了什么，学到了什么。</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>接收方(&amp;R)：</translation>
    </message>
    <message>
        <source>Send &amp;everything, not only what the recipient has not confirmed</source>
        <translation>发送全部内容，而不仅是接收方尚未确认的部分(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Make bundle…</source>
        <translation>生成数据包(&amp;M)…</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Drop bundle files here, or</source>
        <translation>将数据包文件拖放到此处，或</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>No office is trusted yet. Exchange identity cards on the Keys tab first.</source>
        <translation>尚未信任任何办事处。请先在“密钥”选项卡中交换身份卡。</translation>
    </message>
    <message>
        <source>%1 change(s) that %2 has not confirmed yet, the oldest from %3.</source>
        <translation>%2 尚未确认 %1 项更改，最早的一项来自 %3。</translation>
    </message>
    <message>
        <source>%1 has confirmed every change; a bundle now only carries the confirmation of what you received.</source>
        <translation>%1 已确认所有更改；现在的数据包只携带对您已接收内容的确认。</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>保存数据包</translation>
    </message>
    <message>
        <source>FieldDesk bundles (*.fdb);;All files (*)</source>
        <translation>FieldDesk 数据包 (*.fdb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Bundle saved</source>
        <translation>数据包已保存</translation>
    </message>
    <message>
        <source>Bundle #%1 for %2 was saved to %3 with %4 change(s) and %5 attachment(s). Carry it to %2 and import it there.</source>
        <translation>发给 %2 的第 %1 号数据包已保存到 %3，包含 %4 项更改和 %5 个附件。请将其带到 %2 并在那里导入。</translation>
    </message>
    <message>
        <source>Making the bundle…</source>
        <translation>正在生成数据包…</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>正在检查数据包…</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>数据包未导入</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>没有可导入的内容</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>数据包已导入</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <source>Bundle #%1 for %2 was saved to %3 with %4 and %5. Carry it to %2 and import it there.</source>
        <translation>发给 %2 的第 %1 号数据包已保存到 %3，包含 %4 和 %5。请将其带到 %2 并在那里导入。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) that %1 has not confirmed yet, the oldest from %2.</source>
        <translation>
            <numerusform>%1 尚未确认 %Ln 项更改，最早的一项来自 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln 项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln 个附件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpertEditor</name>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language codes separated by commas, for example: en, fr, es.</source>
        <translation>以逗号分隔的语言代码，例如：en, fr, zh。</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New expert</source>
        <translation>新专家</translation>
    </message>
</context>
<context>
    <name>ExpertsPage</name>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>专长</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message numerus="yes">
        <source>%Ln expert(s)</source>
        <translation>
            <numerusform>%Ln 名专家</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>更多筛选</translation>
    </message>
    <message>
        <source>More filters (%1 in use)</source>
        <translation>更多筛选（%1 个正在使用）</translation>
    </message>
    <message>
        <source>Fewer filters</source>
        <translation>更少筛选</translation>
    </message>
</context>
<context>
    <name>FindingsSection</name>
    <message>
        <source>Thematic area</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>What the mission found, by thematic area.</source>
        <translation>特派团按专题领域得出的调查结果。</translation>
    </message>
<message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <source>FieldDesk – first start</source>
        <translation>FieldDesk – 首次启动</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>正在加载演示数据…</translation>
    </message>
    <message>
        <source>Creating the profile…</source>
        <translation>正在创建配置文件…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>The recovery key is shown only now. Without it, a forgotten passphrase means the data cannot be opened. Go on without keeping it?</source>
        <translation>恢复密钥只在此时显示。没有它，一旦忘记密码短语，数据将无法打开。不保存就继续吗？</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Browse for: %1</source>
        <translation>选择：%1</translation>
    </message>
</context>
<context>
    <name>FollowUpTimeline</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>follow-up note</source>
        <translation>后续记录</translation>
    </message>
    <message>
        <source>Each step in following up this recommendation, oldest first. The latest note sets the recommendation's status.</source>
        <translation>落实本建议的每一步，按时间先后排列。最新的一条记录决定建议的状态。</translation>
    </message>
</context>
<context>
    <name>GenerateStrip</name>
    <message>
        <source>Progress of the report</source>
        <translation>报告生成进度</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop generating the report</source>
        <translation>停止生成报告</translation>
    </message>
    <message>
        <source>Cancelled: no report was made.</source>
        <translation>已取消：未生成报告。</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>(from a sync bundle)</source>
        <translation>（来自同步包）</translation>
    </message>
<message>
        <source>headquarters (root key)</source>
        <translation>总部（根密钥）</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>History of this record</source>
        <translation>此记录的历史</translation>
    </message>
    <message>
        <source>Every change to this record, latest first, as kept in the change log.</source>
        <translation>变更日志中记录的此记录的所有更改，最新的在前。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>已发送和已接收的数据包</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>接收自</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>发送至</translation>
    </message>
    <message>
        <source>missing before it: %1 (their changes came in later bundles)</source>
        <translation>此前缺失：%1（其更改已包含在之后的数据包中）</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>Import participants from an Excel file and enrol them in “%1”. People already recorded are recognised, so no one is added twice.</source>
        <translation>从 Excel 文件导入参与者，并将其登记到“%1”。已有记录的人员会被识别出来，因此不会重复添加。</translation>
    </message>
    <message>
        <source>Import %1 from an Excel file. The file is checked first and nothing is written until you press Import; rows already recorded are recognised, so importing a file twice adds nothing twice.</source>
        <translation>从 Excel 文件导入%1。系统会先检查文件，在您点击“导入”之前不会写入任何内容；已有记录的行会被识别出来，因此同一文件导入两次也不会重复。</translation>
    </message>
    <message>
        <source>An .xlsx file: a FieldDesk template or export</source>
        <translation>一个 .xlsx 文件：FieldDesk 模板或导出文件</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Template for</source>
        <translation>模板类型</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>保存模板(&amp;T)…</translation>
    </message>
    <message>
        <source>No file yet? Start from an empty template with the right column titles:</source>
        <translation>还没有文件？请从带有正确列标题的空模板开始：</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>文件中的问题</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>文件中的行</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>其他文件(&amp;O)…</translation>
    </message>
    <message>
        <source>C&amp;heck the file</source>
        <translation>检查文件(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>再次检查(&amp;H)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The template was saved to %1. Fill it in, then import it here.</source>
        <translation>模板已保存到 %1。请填写后在此导入。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>(the whole row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Someone new: add them</source>
        <translation>新人员：添加</translation>
    </message>
    <message>
        <source>The same person as %1 (%2)</source>
        <translation>与 %1（%2）为同一人</translation>
    </message>
    <message>
        <source>Already recorded: left as it is</source>
        <translation>已有记录：保持不变</translation>
    </message>
    <message>
        <source>New: added</source>
        <translation>新记录：将添加</translation>
    </message>
    <message>
        <source>; enrolled in the activity</source>
        <translation>；登记到本活动</translation>
    </message>
    <message>
        <source>Not the same person: add them</source>
        <translation>不是同一人：添加此人</translation>
    </message>
    <message>
        <source>Use this person: %1 (%2)</source>
        <translation>使用此人：%1（%2）</translation>
    </message>
    <message>
        <source>To decide: the same person, or someone new?</source>
        <translation>待决定：同一人还是新的人？</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>This bundle was imported before; nothing was changed.</source>
        <translation>此数据包之前已导入；未做任何更改。</translation>
    </message>
    <message>
        <source>A later bundle from %1 has already brought these changes; nothing was changed.</source>
        <translation>来自 %1 的较新数据包已带来这些更改；未做任何更改。</translation>
    </message>
    <message>
        <source>Bundle no. %1 from %2 applied.</source>
        <translation>已应用来自 %2 的第 %1 号数据包。</translation>
    </message>
    <message>
        <source>New records: %1</source>
        <translation>新记录：%1</translation>
    </message>
    <message>
        <source>Updated records: %1</source>
        <translation>已更新记录：%1</translation>
    </message>
    <message>
        <source>Already up to date: %1</source>
        <translation>已是最新：%1</translation>
    </message>
    <message>
        <source>Conflicts to review (Sync page, Conflicts): %1</source>
        <translation>待审核的冲突（“同步”页面，“冲突”）：%1</translation>
    </message>
    <message>
        <source>Changes refused and kept for review: %1</source>
        <translation>被拒绝并留待审核的更改：%1</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>training activities</source>
        <translation>培训活动</translation>
    </message>
    <message>
        <source>missions</source>
        <translation>特派团</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new participant(s)</source>
        <translation>
            <numerusform>%Ln 名新参与者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new training activity(-ies)</source>
        <translation>
            <numerusform>%Ln 项新培训活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new mission(s)</source>
        <translation>
            <numerusform>%Ln 个新特派团</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in the file</source>
        <translation>
            <numerusform>文件中有 %Ln 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be imported until they are corrected: correct the file, save it and check it again.</source>
        <translation>在问题更正之前无法导入任何内容：请更正文件、保存后再次检查。</translation>
    </message>
    <message>
        <source>To add: %1.</source>
        <translation>将添加：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) already recorded, left as they are.</source>
        <translation>
            <numerusform>%Ln 行已有记录，保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) to enrol in the activity.</source>
        <translation>
            <numerusform>将有 %Ln 名参与者登记到本活动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) may already be recorded (highlighted): choose in the last column whether each is the same person or someone new.</source>
        <translation>
            <numerusform>%Ln 名参与者可能已有记录（已突出显示）：请在最后一列为每人选择是同一人还是新人员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>在您点击“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>已导入：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) enrolled in the activity.</source>
        <translation>
            <numerusform>已有 %Ln 名参与者登记到本活动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were already recorded and left as they were.</source>
        <translation>
            <numerusform>%Ln 行原已有记录，保持不变。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsSection</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>基线日期</translation>
    </message>
    <message>
        <source>Empty: the project's start.</source>
        <translation>留空：项目开始日期。</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Empty: the project's end.</source>
        <translation>留空：项目结束日期。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>This office</source>
        <translation>本办事处</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>办事处：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>&amp;Save my identity card…</source>
        <translation>保存我的身份卡(&amp;S)…</translation>
    </message>
    <message>
        <source>Trusted offices</source>
        <translation>受信任的办事处</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>信任起始时间</translation>
    </message>
    <message>
        <source>&amp;Trust an identity card…</source>
        <translation>信任身份卡(&amp;T)…</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>field office</source>
        <translation>外地办事处</translation>
    </message>
    <message>
        <source>Save identity card</source>
        <translation>保存身份卡</translation>
    </message>
    <message>
        <source>Identity cards (*.fdcard);;All files (*)</source>
        <translation>身份卡 (*.fdcard);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Identity card saved</source>
        <translation>身份卡已保存</translation>
    </message>
    <message>
        <source>The card of %1 was saved to %2. Give it to the other office; when they trust it, read them this fingerprint by phone: %3</source>
        <translation>%1 的身份卡已保存到 %2。请将其交给另一办事处；对方信任该卡时，请通过电话向其读出此指纹：%3</translation>
    </message>
    <message>
        <source>Trust an identity card</source>
        <translation>信任身份卡</translation>
    </message>
    <message>
        <source>Identity cards (*.fdcard *.card *.json);;All files (*)</source>
        <translation>身份卡 (*.fdcard *.card *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Trust this office?</source>
        <translation>信任此办事处？</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)

Fingerprint: %4

Call the office and have them read their fingerprint to you. Trust the card only if every character matches.</source>
        <translation>%1 – %2（%3）

指纹：%4

请致电该办事处，让对方向您读出其指纹。只有每个字符都一致时才信任该卡。</translation>
    </message>
    <message>
        <source>Already trusted</source>
        <translation>已受信任</translation>
    </message>
    <message>
        <source>%1 was already trusted with these keys.</source>
        <translation>%1 已使用这些密钥受信任。</translation>
    </message>
    <message>
        <source>Earlier keys:</source>
        <translation>以前的密钥：</translation>
    </message>
    <message>
        <source>Earlier keys</source>
        <translation>以前的密钥</translation>
    </message>
    <message>
        <source>none (these are the first keys)</source>
        <translation>无（这是最初的密钥）</translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation>已于 %1 更换</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>已于 %1 吊销</translation>
    </message>
    <message>
        <source>This headquarters profile's private keys lie unencrypted in its folder: whoever copies them can read every office's bundles and sign as headquarters. Encrypt them with 'fielddesk encrypt' (the window then asks for the passphrase when it starts).</source>
        <translation>此总部配置文件的私钥以明文保存在其文件夹中：任何复制它们的人都能读取所有办事处的数据包并以总部名义签名。请用“fielddesk encrypt”加密它们（之后窗口在启动时会要求输入口令）。</translation>
    </message>
    <message>
        <source>Bundles signed by:</source>
        <translation>数据包签名：</translation>
    </message>
    <message>
        <source>%1's own key, certified by headquarters' key</source>
        <translation>%1 的个人密钥，经总部密钥认证</translation>
    </message>
    <message>
        <source>headquarters' key (no key of your own: 'fielddesk keys user add NAME')</source>
        <translation>总部密钥（您没有个人密钥：“fielddesk keys user add 姓名”）</translation>
    </message>
    <message>
        <source>nobody: no key of your own here, and headquarters' root key is kept offline (ask its holder: 'fielddesk keys user add NAME --root FILE')</source>
        <translation>无：此处没有您自己的密钥，且总部根密钥离线保存（请联系其保管人：'fielddesk keys user add 姓名 --root 文件'）</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Search (Ctrl+F)…</source>
        <translation>搜索 (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>显示筛选条件</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
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
        <translation>栏目</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>办事处 %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Back up the profile, copy a backup to a folder, or restore one</source>
        <translation>备份配置文件、将备份复制到文件夹或恢复备份</translation>
    </message>
<message>
        <source>A&amp;ccess record…</source>
        <translation>访问记录(&amp;C)…</translation>
    </message>
    <message>
        <source>Who printed or exported whose data here, for an audit</source>
        <translation>谁在此处打印或导出了谁的数据，供审计使用</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>利益攸关方类型</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Women met</source>
        <translation>会见的女性人数</translation>
    </message>
    <message>
        <source>Men met</source>
        <translation>会见的男性人数</translation>
    </message>
    <message>
        <source>Others met</source>
        <translation>会见的其他人数</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>会谈</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>“%1”有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1</source>
        <translation>无法读取或写入文件：%1</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (%1: %2). Nothing was saved by this step; the details were written to the log.</source>
        <translation>发生意外错误（%1：%2）。此步骤未保存任何内容；详细信息已写入日志。</translation>
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
        <translation>标题</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <translation>提出请求的机关</translation>
    </message>
    <message>
        <source>Request date</source>
        <translation>请求日期</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Linked projects</source>
        <translation>相关项目</translation>
    </message>
    <message>
        <source>Terms of reference</source>
        <translation>职责范围</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会谈</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>新特派团</translation>
    </message>
</context>
<context>
    <name>MissionRecommendationsSection</name>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>对象机构</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Follow each recommendation up on the Recommendations page.</source>
        <translation>请在“建议”页面跟进每项建议的落实情况。</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <source>Missions</source>
        <translation>特派团</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>请求方</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>请求日期</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mission(s)</source>
        <translation>
            <numerusform>%Ln 个特派团</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the mission “%1” with its team, meetings and findings?</source>
        <translation>要删除特派团“%1”及其成员、会谈和调查结果吗？</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>新参与者</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>利益攸关方类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Add and &amp;enrol</source>
        <translation>添加并登记(&amp;E)</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Working… this can take a moment; please wait.</source>
        <translation>正在处理……可能需要一点时间，请稍候。</translation>
    </message>
    <message>
        <source>Several wrong tries: the next one is possible in %1 s.</source>
        <translation>多次输入错误：%1 秒后才能再次尝试。</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>当前密码短语不正确。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Current passphrase</source>
        <translation>当前密码短语</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>当前密码短语(&amp;U)：</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码短语</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>再次输入新密码短语</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新密码短语(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>At least 8 characters. A few unrelated words are easier to remember and harder to guess than a short password with symbols. Without the passphrase, only the recovery key opens the profile.</source>
        <translation>至少 8 个字符。几个互不相关的词比带符号的短密码更容易记住，也更难猜到。没有密码短语，只有恢复密钥能打开配置文件。</translation>
    </message>
    <message>
        <source>Too short: at least 8 characters (%1 so far).</source>
        <translation>太短：至少需要 8 个字符（目前 %1 个）。</translation>
    </message>
    <message>
        <source>The passphrase starts or ends with a space; remove it, it is easily forgotten.</source>
        <translation>密码短语以空格开头或结尾；请删除它，空格很容易被忘记。</translation>
    </message>
    <message>
        <source>Type the same passphrase again below.</source>
        <translation>请在下方再次输入相同的密码短语。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>Type the current passphrase too.</source>
        <translation>请同时输入当前密码短语。</translation>
    </message>
    <message>
        <source>The passphrases match. Accepted, but a longer one (12 characters or more) is harder to guess.</source>
        <translation>两次输入一致。可以接受，但更长的密码短语（12 个字符或以上）更难猜到。</translation>
    </message>
    <message>
        <source>The passphrases match, and the length is good.</source>
        <translation>两次输入一致，长度合适。</translation>
    </message>
    <message>
        <source>Too easy to guess: common words, names, dates, keyboard patterns and repeats are tried first. Use three or four unrelated words, or a sentence of your own.</source>
        <translation>太容易被猜到：常用词、人名、日期、键盘上的连续按键和重复字符都会被优先尝试。请使用三四个互不相关的词，或一句你自己的话。</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Your office</source>
        <translation>您的办事处</translation>
    </message>
    <message>
        <source>Every record you make carries this office's code, so headquarters knows where it comes from.</source>
        <translation>您创建的每条记录都带有本办事处的代码，以便总部了解其来源。</translation>
    </message>
    <message>
        <source>for example GT-01</source>
        <translation>例如 GT-01</translation>
    </message>
    <message>
        <source>for example Guatemala office</source>
        <translation>例如 危地马拉办事处</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>办事处代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>办事处名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>国家(&amp;O)：</translation>
    </message>
    <message>
        <source>The office code is required.</source>
        <translation>必须填写办事处代码。</translation>
    </message>
    <message>
        <source>Use 2 to 32 letters, digits or hyphens, for example GT-01.</source>
        <translation>请使用 2 到 32 个字母、数字或连字符，例如 GT-01。</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>必须填写办事处名称。</translation>
    </message>
</context>
<context>
    <name>OfficesTab</name>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>最近收到的数据包</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>已收到的数据包</translation>
    </message>
    <message>
        <source>Missing bundles</source>
        <translation>缺失的数据包</translation>
    </message>
    <message>
        <source>Not yet confirmed by the office</source>
        <translation>办事处尚未确认</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Each office's data can be viewed on the list pages with the Office filter.</source>
        <translation>可在列表页面中使用“办事处”筛选器查看各办事处的数据。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>silent for more than 30 days</source>
        <translation>超过 30 天无联系</translation>
    </message>
    <message>
        <source>in touch</source>
        <translation>保持联系</translation>
    </message>
<message>
        <source>Erasures not yet confirmed</source>
        <translation>尚未确认的删除</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>特派团</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
<message>
        <source>Due</source>
        <translation>到期事项</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>列表</translation>
    </message>
<message>
        <source>Coordination</source>
        <translation>协调</translation>
    </message>
<message>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
<message>
        <source>Board</source>
        <translation>董事会</translation>
    </message>
<message>
        <source>Grants</source>
        <translation>赠款</translation>
    </message>
<message>
        <source>Fellowships</source>
        <translation>研究金</translation>
    </message>
<message>
        <source>Reviews</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>机构</translation>
    </message>
<message>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>利益攸关方类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Agrees that contact details are kept</source>
        <translation>同意保存其联系方式</translation>
    </message>
    <message>
        <source>E-mail and phone may be kept only with the participant's consent.</source>
        <translation>只有在参与者同意的情况下，才能保存电子邮件和电话。</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>新参与者</translation>
    </message>
<message>
        <source>Merg&amp;e…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge this record with another record of the same person</source>
        <translation>将此记录与同一人的另一条记录合并</translation>
    </message>
<message>
        <source>Erase personal data…</source>
        <translation>删除个人数据…</translation>
    </message>
    <message>
        <source>The person asked to be forgotten: replace their name and contacts with a pseudonym here and at every site</source>
        <translation>此人要求被遗忘：在此处及所有站点将其姓名和联系方式替换为化名</translation>
    </message>
    <message>
        <source>Name shared</source>
        <translation>姓名共享</translation>
    </message>
    <message>
        <source>Agrees that the name is shared with headquarters</source>
        <translation>同意将姓名提供给总部</translation>
    </message>
    <message>
        <source>Without this, the name leaves the office only as a pseudonym (bundles to headquarters, exported spreadsheets).</source>
        <translation>未经同意，姓名离开本办事处时只以化名出现（发往总部的数据包、导出的电子表格）。</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>同意日期</translation>
    </message>
<message>
        <source>Fellowships</source>
        <translation>研究金</translation>
    </message>
    <message>
        <source>Headquarters holds this participant under their office&apos;s pseudonym and cannot tell who they are: their office, which holds the name, erases them.</source>
        <translation>总部以其办事处的化名保存该参与者，无法知道其身份：由保存其姓名的办事处将其删除。</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>利益攸关方类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln 名参与者</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the participant “%1”? Their enrollments in activities are deleted with them.</source>
        <translation>要删除参与者“%1”吗？其活动登记也将一并删除。</translation>
    </message>
<message>
        <source>Delete the participant “%1”? Their enrollments in activities and their fellowships are deleted with them.</source>
        <translation>要删除参与者“%1”吗？其活动登记和研究金也将一并删除。</translation>
    </message>
</context>
<context>
    <name>PartsSection</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>查看(&amp;V)…</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>添加：%1</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>编辑：%1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected line (%1)?</source>
        <translation>要移除所选的行（%1）吗？</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>The profile is encrypted with this passphrase: without it, nobody can read the data, even with this computer in hand.</source>
        <translation>配置文件用此密码短语加密：没有它，即使拿到这台电脑，也无人能读取数据。</translation>
    </message>
    <message>
        <source>&amp;Do not encrypt (training or demo use only)</source>
        <translation>不加密（仅用于培训或演示）(&amp;D)</translation>
    </message>
    <message>
        <source>Without encryption, anyone who has this computer, or its disk, can read every name and finding in the profile. Use this only for training or demonstrations; the profile can be encrypted later from Preferences.</source>
        <translation>不加密时，任何拿到这台电脑或其硬盘的人都能读取配置文件中的每个姓名和每项调查结果。仅在培训或演示时使用此选项；以后可在首选项中加密配置文件。</translation>
    </message>
    <message>
        <source>&amp;Create the profile</source>
        <translation>创建配置文件(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Folder for sync bundles</source>
        <translation>同步包文件夹</translation>
    </message>
    <message>
        <source>Folder for reports</source>
        <translation>报告文件夹</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Folder for sync &amp;bundles:</source>
        <translation>同步包文件夹(&amp;B)：</translation>
    </message>
    <message>
        <source>Folder for &amp;reports:</source>
        <translation>报告文件夹(&amp;R)：</translation>
    </message>
    <message>
        <source>Dates and numbers follow the conventions of the language: today is %1; one thousand two hundred and fifty-five is %2.</source>
        <translation>日期和数字遵循该语言的惯例：今天是 %1；一千二百五十五写作 %2。</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>文字大小(&amp;X)：</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>The report could not be read for printing (%1).</source>
        <translation>无法读取报告以进行打印（%1）。</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected and try again.</source>
        <translation>无法启动打印机。请检查打印机是否已连接，然后重试。</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Headquarters has recorded no facts about this country.</source>
        <translation>总部未记录该国的任何情况。</translation>
    </message>
    <message>
        <source>On the UN list of least developed countries.</source>
        <translation>列入联合国最不发达国家名单。</translation>
    </message>
    <message>
        <source>Not on the UN list of least developed countries.</source>
        <translation>未列入联合国最不发达国家名单。</translation>
    </message>
    <message>
        <source>Recorded by headquarters as in transition to democracy.</source>
        <translation>总部记录该国正在向民主过渡。</translation>
    </message>
    <message>
        <source>Not recorded by headquarters as in transition to democracy.</source>
        <translation>总部未记录该国正在向民主过渡。</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>（截至 %1）</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Met %1 (%2), %3</source>
        <translation>会见 %1（%2），%3</translation>
    </message>
    <message>
        <source>Assessed by staff (the evidence suggests %1)</source>
        <translation>由工作人员评估（证据显示为 %1）</translation>
    </message>
    <message>
        <source>Assessed by staff</source>
        <translation>由工作人员评估</translation>
    </message>
    <message>
        <source>From the evidence</source>
        <translation>依据证据</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <source>Same total as “%1”, which scores higher on “%2” (%3 against %4).</source>
        <translation>与“%1”总分相同，但后者在“%2”上得分更高（%3 比 %4）。</translation>
    </message>
    <message>
        <source>Same total and scores as “%1”, which was received earlier (%2 against %3).</source>
        <translation>与“%1”总分和各项分数相同，但后者收到得更早（%2 比 %3）。</translation>
    </message>
    <message>
        <source>Same total, scores and date received as “%1”, which was recorded first.</source>
        <translation>与“%1”总分、各项分数和收到日期均相同，但后者先被记录。</translation>
    </message>
<message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>%1 (%2, coordination register)</source>
        <translation>%1（%2，协调登记册）</translation>
    </message>
<message>
        <source>Special procedure: %1</source>
        <translation>特别程序：%1</translation>
    </message>
    <message>
        <source>Universal periodic review, cycle %1</source>
        <translation>普遍定期审议，第%1周期</translation>
    </message>
    <message>
        <source>para. %1</source>
        <translation>第%1段</translation>
    </message>
</context>
<context>
    <name>PriorityTab</name>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Priority criteria</source>
        <translation>优先标准</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>评估(&amp;A)…</translation>
    </message>
    <message>
        <source>Each criterion is scored from 0 to 3: from the recorded evidence, unless staff assess it. The total is the weighted score out of 100.</source>
        <translation>每项标准按 0 至 3 评分：依据记录的证据，除非由工作人员评估。总分为满分 100 的加权分数。</translation>
    </message>
    <message>
        <source>Total %1 out of 100: ranked %2 of %3 open requests.</source>
        <translation>总分 %1（满分 100）：在 %3 个待处理请求中排第 %2。</translation>
    </message>
    <message>
        <source>Total %1 out of 100. The request is closed and no longer ranked.</source>
        <translation>总分 %1（满分 100）。该请求已结束，不再参与排序。</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>（另有 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Project code</source>
        <translation>项目代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>National partner</source>
        <translation>国家合作伙伴</translation>
    </message>
    <message>
        <source>The national institution that carries the work on when the project ends.</source>
        <translation>项目结束后继续开展工作的国家机构。</translation>
    </message>
    <message>
        <source>Exit plan</source>
        <translation>退出计划</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>退出日期</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
<message>
        <source>After the exit</source>
        <translation>退出之后</translation>
    </message>
<message>
        <source>Board</source>
        <translation>董事会</translation>
    </message>
<message>
        <source>Grants</source>
        <translation>赠款</translation>
    </message>
<message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln 个项目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>Open requests, highest priority first. Equal totals are parted by the scores on the heaviest criteria, then by the earlier date received.</source>
        <translation>待处理请求，按优先级从高到低排列。总分相同时，依次按权重最高的标准得分和较早的收到日期区分。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Tie parted by</source>
        <translation>并列时的区分依据</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>正在排序…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open request(s)</source>
        <translation>
            <numerusform>%Ln 个待处理请求</numerusform>
        </translation>
    </message>
<message>
        <source>Others working on this</source>
        <translation>其他在此开展工作的方</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>特派团</translation>
    </message>
    <message>
        <source>The needs assessment mission that made it, if any.</source>
        <translation>提出该建议的需求评估特派团（如有）。</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>对象机构</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>落实状态</translation>
    </message>
    <message>
        <source>Set by the latest follow-up note, when there is one.</source>
        <translation>如有后续记录，则由最新一条记录决定。</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>新建议</translation>
    </message>
<message>
        <source>Treaty body</source>
        <translation>条约机构</translation>
    </message>
    <message>
        <source>When the source is a treaty body.</source>
        <translation>来源为条约机构时填写。</translation>
    </message>
    <message>
        <source>Special procedure mandate</source>
        <translation>特别程序任务</translation>
    </message>
    <message>
        <source>UPR cycle</source>
        <translation>普遍定期审议周期</translation>
    </message>
    <message>
        <source>Recommending state</source>
        <translation>提出建议的国家</translation>
    </message>
    <message>
        <source>The state that made it in the periodic review.</source>
        <translation>在定期审议中提出该建议的国家。</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>State's response</source>
        <translation>国家的答复</translation>
    </message>
    <message>
        <source>Response comment</source>
        <translation>答复评论</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>受影响者</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
        <source>Projects that answer it</source>
        <translation>回应该建议的项目</translation>
    </message>
<message>
        <source>What was done</source>
        <translation>已开展的工作</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>特派团</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>对象机构</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln 项建议</numerusform>
        </translation>
    </message>
<message>
        <source>Symbol</source>
        <translation>文件编号</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>答复</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>撤销更改(&amp;V)</translation>
    </message>
    <message>
        <source>Choose a record in the list, or create a new one (Ctrl+N).</source>
        <translation>请在列表中选择一条记录，或新建一条 (Ctrl+N)。</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>新记录</translation>
    </message>
    <message>
        <source>Choose one of the suggestions, or clear the field.</source>
        <translation>请从建议中选择一项，或清空该字段。</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>请先更正标出的字段。</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>此记录已被删除。</translation>
    </message>
    <message>
        <source>This record belongs to office %1. You can read it; only that office or headquarters can change it.</source>
        <translation>此记录属于办事处 %1。您可以查看；只有该办事处或总部可以修改。</translation>
    </message>
    <message>
        <source>Save the record first.</source>
        <translation>请先保存记录。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
<message>
        <source>After the exit</source>
        <translation>退出之后</translation>
    </message>
<message>
        <source>Board member</source>
        <translation>董事会成员</translation>
    </message>
    <message>
        <source>Adopted by the Board</source>
        <translation>董事会通过</translation>
    </message>
    <message>
        <source>Board decision</source>
        <translation>董事会决定</translation>
    </message>
<message>
        <source>Grant</source>
        <translation>赠款</translation>
    </message>
    <message>
        <source>Grant tranche</source>
        <translation>赠款批次</translation>
    </message>
    <message>
        <source>Grant report</source>
        <translation>赠款报告</translation>
    </message>
    <message>
        <source>Choose a record in the list.</source>
        <translation>请在列表中选择一条记录。</translation>
    </message>
    <message>
        <source>Accreditation review</source>
        <translation>认证审查</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>关切</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>地区办事处</translation>
    </message>
<message>
        <source>Kept by headquarters; it arrives with headquarters' bundles.</source>
        <translation>由总部维护；随总部的数据包送达。</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete “%1”? Its parts and attachments are deleted with it.</source>
        <translation>要删除“%1”吗？其组成部分和附件也将一并删除。</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The list was saved to %1.</source>
        <translation>列表已保存到 %1。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>输入以搜索…</translation>
    </message>
</context>
<context>
    <name>RecordReportDialog</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>C&amp;onfidential on every page</source>
        <translation>每页标注“机密”(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报告(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>另存为Word(&amp;W)…</translation>
    </message>
    <message>
        <source>Save an editable copy (.docx) with the same text and letterhead</source>
        <translation>保存可编辑副本（.docx），文字和信头相同</translation>
    </message>
    <message>
        <source>Save an editable copy</source>
        <translation>保存可编辑副本</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word文档 (*.docx)</translation>
    </message>
    <message>
        <source>Saving an editable copy</source>
        <translation>正在保存可编辑副本</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存：%1。</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Blank rows</source>
        <translation>空白行</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>为未登记者留的空白行(&amp;B)：</translation>
    </message>
    <message>
        <source>A column for &amp;every day, weekends too</source>
        <translation>每天一栏，包括周末(&amp;E)</translation>
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
        <translation>报告</translation>
    </message>
    <message>
        <source>Save the record first: reports show what is saved.</source>
        <translation>请先保存记录：报告显示的是已保存的内容。</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Reading the list…</source>
        <translation>正在读取列表…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>The recovery key is shown only now. Without it, a forgotten passphrase means the data cannot be opened. Close without keeping it?</source>
        <translation>恢复密钥只在此时显示。没有它，一旦忘记密码短语，数据将无法打开。不保存就关闭吗？</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>If the passphrase is forgotten, this recovery key is the only way to open the profile. It is shown only now. Write it down or print it, and keep it locked away, apart from this computer: anyone who has both can read the profile.</source>
        <translation>如果忘记了密码短语，此恢复密钥是打开配置文件的唯一途径。它只在此时显示。请抄下或打印出来，锁好保存，并与这台电脑分开存放：同时拥有两者的人都能读取配置文件。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>&amp;Save printable sheet (PDF)…</source>
        <translation>保存可打印的纸页 (PDF)(&amp;S)…</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>我已抄下或打印恢复密钥(&amp;W)</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>保存恢复密钥纸页</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The sheet was saved as %1. Print it, then delete the file: a copy left on this computer defeats its purpose.</source>
        <translation>纸页已保存为 %1。请打印后删除该文件：在这台电脑上留下副本会失去其意义。</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>The profile is made and encrypted. Keep its recovery key before you go on.</source>
        <translation>配置文件已创建并加密。请先保存其恢复密钥再继续。</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Report preview</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Pag&amp;e</source>
        <translation>页(&amp;E)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit the page width to the window</source>
        <translation>使页面宽度适应窗口</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>显示整页</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>打印报告 (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save a copy of the report as a PDF file</source>
        <translation>将报告副本另存为 PDF 文件</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Choose a report and press Generate: it is shown here, ready to print or save.</source>
        <translation>选择一个报告并点击“生成”：报告将显示在这里，可以打印或保存。</translation>
    </message>
    <message>
        <source>The report could not be shown (%1).</source>
        <translation>无法显示报告（%1）。</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) sent to the printer.</source>
        <translation>
            <numerusform>已将 %Ln 页发送到打印机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>正在打印第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Mission report</source>
        <translation>特派团报告</translation>
    </message>
    <message>
        <source>Training report</source>
        <translation>培训报告</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Certificates of participation</source>
        <translation>参与证书</translation>
    </message>
    <message>
        <source>Programme summary</source>
        <translation>方案摘要</translation>
    </message>
    <message>
        <source>Recommendation follow-up</source>
        <translation>建议的后续落实</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Cover, terms of reference, stakeholders met, findings and recommendations.</source>
        <translation>封面、职权范围、会见的利益相关方、调查结果和建议。</translation>
    </message>
    <message>
        <source>Participants by sex, target group and organisation; attendance, tests, evaluations and cost.</source>
        <translation>按性别、目标群体和组织分列的参与者；出勤、测试、评估和费用。</translation>
    </message>
    <message>
        <source>One row per participant and a signature box per day, to print and sign.</source>
        <translation>每位参与者一行，每天一个签名格，供打印和签名。</translation>
    </message>
    <message>
        <source>One certificate of participation per enrolled participant.</source>
        <translation>每位已登记的参与者一份参与证书。</translation>
    </message>
    <message>
        <source>Missions, trainings, participants reached, projects and expenditure for a period.</source>
        <translation>某一期间的特派团、培训、覆盖的参与者、项目和支出。</translation>
    </message>
    <message>
        <source>Recommendations by status, each with its latest follow-up note.</source>
        <translation>按状态分列的建议，每项附最新的后续记录。</translation>
    </message>
    <message>
        <source>Requests ranked by priority</source>
        <translation>按优先顺序排列的请求</translation>
    </message>
    <message>
        <source>Assessment of a request</source>
        <translation>请求评估</translation>
    </message>
    <message>
        <source>Project progress report</source>
        <translation>项目进展报告</translation>
    </message>
    <message>
        <source>Portfolio overview</source>
        <translation>项目组合概览</translation>
    </message>
    <message>
        <source>Open requests for assistance ranked by the priority criteria, each score explained.</source>
        <translation>按优先标准排列的未结援助请求，并解释每项得分。</translation>
    </message>
    <message>
        <source>One request for assistance: the criteria, the evidence behind each score, and its history.</source>
        <translation>单个援助请求：各项标准、每项得分的依据及其历史。</translation>
    </message>
    <message>
        <source>Results, indicators against their targets, budget execution, risks and the exit plan.</source>
        <translation>成果、指标与目标的对比、预算执行情况、风险以及退出计划。</translation>
    </message>
    <message>
        <source>Requests, projects, indicators, budget execution and exit plans of an office.</source>
        <translation>某一办事处的请求、项目、指标、预算执行情况和退出计划。</translation>
    </message>
    <message>
        <source>The office's paper</source>
        <translation>办事处的纸张</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国 Letter 纸</translation>
    </message>
<message>
        <source>Everything held about this person</source>
        <translation>保存的此人全部信息</translation>
    </message>
    <message>
        <source>Every field, activity, attendance, score and change recorded about one participant.</source>
        <translation>关于一名学员记录的每个字段、活动、出勤、分数和更改。</translation>
    </message>
<message>
        <source>Implementation matrix</source>
        <translation>落实矩阵</translation>
    </message>
    <message>
        <source>Recommendations to one country by thematic area and mechanism, with the state's response, their follow-up and the projects that answer them.</source>
        <translation>向一个国家提出的建议，按专题领域和机制分列，附国家的答复、后续行动及回应这些建议的项目。</translation>
    </message>
<message>
        <source>The Voluntary Fund</source>
        <translation>自愿基金</translation>
    </message>
    <message>
        <source>The Fund's position, contributions by donor, allocations by project and the regular budget against the Fund.</source>
        <translation>基金状况、按捐助方列出的捐款、按项目列出的拨款以及经常预算与基金的对比。</translation>
    </message>
<message>
        <source>Board pack</source>
        <translation>董事会文件</translation>
    </message>
    <message>
        <source>For a session of the Board of Trustees: the Fund's position, the portfolio, the follow-up of the Board's earlier recommendations and the requests ranked, with a cover page and contents.</source>
        <translation>供董事会某届会议使用：基金状况、项目组合、董事会以往建议的后续情况以及请求排序，附封面和目录。</translation>
    </message>
<message>
        <source>Grants</source>
        <translation>赠款</translation>
    </message>
    <message>
        <source>Grants of an office with their grantees, amounts paid, status and overdue tranches and reports.</source>
        <translation>办事处的赠款：受赠方、已付金额、状态以及逾期的批次和报告。</translation>
    </message>
<message>
        <source>Fellowships</source>
        <translation>研究金</translation>
    </message>
    <message>
        <source>Fellows by cohort with their host, placement weeks, objectives met and final report, and what each did afterwards.</source>
        <translation>按批次列出研究员及其接待方、实习周数、已实现目标和最终报告，以及每人之后的情况。</translation>
    </message>
    <message>
        <source>Fellowship certificate</source>
        <translation>研究金证书</translation>
    </message>
    <message>
        <source>The certificate of a completed fellowship, numbered like the certificates of participation.</source>
        <translation>已完成研究金的证书，编号方式与参与证书相同。</translation>
    </message>
<message>
        <source>Review dossier</source>
        <translation>审查卷宗</translation>
    </message>
    <message>
        <source>One country and one thematic area from the records: requests and decisions, missions, trainings with people reached, learning gain and cost, projects with indicators and budget, evaluations, lessons, checks after the exit and the follow-up of recommendations.</source>
        <translation>根据记录汇编一个国家和一个专题领域：请求与决定、特派团、培训及受益人数、学习成效和费用、项目及其指标和预算、评价、经验教训、退出后核查以及建议的后续行动。</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>国家人权机构</translation>
    </message>
    <message>
        <source>One institution: its profile, GANHRI accreditation history, Paris Principles concerns, regional offices and the projects, missions, trainings and recommendations concerning it, by year.</source>
        <translation>一个机构：其概况、全球联盟认证记录、有关《巴黎原则》的关切、地区办事处，以及涉及该机构的项目、特派团、培训和建议（按年份）。</translation>
    </message>
<message>
        <source>National action plan</source>
        <translation>国家行动计划</translation>
    </message>
    <message>
        <source>One national action plan: its actions by status, the overdue ones, and the recommendations to its country that no action answers.</source>
        <translation>一项国家行动计划：按状态列出的行动、逾期行动，以及向该国提出但没有任何行动回应的建议。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>生成(&amp;N)</translation>
    </message>
    <message>
        <source>%1 is ready.</source>
        <translation>%1 已就绪。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>特派团</translation>
    </message>
    <message>
        <source>Training activity</source>
        <translation>培训活动</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Leave the dates empty for the whole programme.</source>
        <translation>日期留空即为整个方案期间。</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Confidential on every page</source>
        <translation>每页标注“机密”</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>所有办事处</translation>
    </message>
    <message>
        <source>Cover, terms of reference, stakeholders met, findings and recommendations.</source>
        <translation>封面、职权范围、会见的利益相关方、调查结果和建议。</translation>
    </message>
    <message>
        <source>Participants by sex, target group and organisation; attendance, tests, evaluations and cost.</source>
        <translation>按性别、目标群体和组织分列的参与者；出勤、测试、评估和费用。</translation>
    </message>
    <message>
        <source>One row per participant and a signature box per day, to print and sign.</source>
        <translation>每位参与者一行，每天一个签名格，供打印和签名。</translation>
    </message>
    <message>
        <source>One certificate of participation per enrolled participant.</source>
        <translation>每位已登记的参与者一份参与证书。</translation>
    </message>
    <message>
        <source>Missions, trainings, participants reached, projects and expenditure for a period.</source>
        <translation>某一期间的特派团、培训、覆盖的参与者、项目和支出。</translation>
    </message>
    <message>
        <source>Recommendations by status, each with its latest follow-up note.</source>
        <translation>按状态分列的建议，每项附最新的后续记录。</translation>
    </message>
    <message>
        <source>Choose a mission first: type part of its title and pick it from the list.</source>
        <translation>请先选择特派团：输入其标题的一部分，然后从列表中选择。</translation>
    </message>
    <message>
        <source>Choose a training activity first: type part of its title and pick it from the list.</source>
        <translation>请先选择培训活动：输入其标题的一部分，然后从列表中选择。</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Request for assistance</source>
        <translation>援助请求</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Blank rows</source>
        <translation>空白行</translation>
    </message>
    <message>
        <source>Rows at the end for participants not on the list.</source>
        <translation>末尾留给名单之外参与者的行。</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>A column for every day, weekends too</source>
        <translation>每天一栏，包括周末</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Choose a request for assistance first: type part of its title and pick it from the list.</source>
        <translation>请先选择一个援助请求：输入其标题的一部分，然后从列表中选择。</translation>
    </message>
    <message>
        <source>Choose a project first: type part of its title or code and pick it from the list.</source>
        <translation>请先选择一个项目：输入其标题或代码的一部分，然后从列表中选择。</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>学员</translation>
    </message>
<message>
        <source>Thematic area</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>All thematic areas</source>
        <translation>所有专题领域</translation>
    </message>
    <message>
        <source>SDG target</source>
        <translation>可持续发展目标具体目标</translation>
    </message>
    <message>
        <source>A target of the Sustainable Development Goals, such as 16.3; empty for all.</source>
        <translation>可持续发展目标的一个具体目标，例如 16.3；留空表示全部。</translation>
    </message>
<message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>One year, such as 2026; empty for every year.</source>
        <translation>某一年份，如 2026；留空表示所有年份。</translation>
    </message>
    <message>
        <source>Write a year, such as 2026, or leave it empty for every year.</source>
        <translation>请填写年份，如 2026，或留空表示所有年份。</translation>
    </message>
<message>
        <source>Board session</source>
        <translation>董事会会议</translation>
    </message>
    <message>
        <source>Choose a Board session first: type part of its title or place and pick it from the list.</source>
        <translation>请先选择董事会会议：输入其标题或地点的一部分，然后从列表中选择。</translation>
    </message>
<message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Only what has something overdue</source>
        <translation>仅限有逾期事项的</translation>
    </message>
<message>
        <source>Fellowship</source>
        <translation>研究金</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Type part of the cohort's name and pick the fellow from the list.</source>
        <translation>输入批次名称的一部分，然后从列表中选择研究员。</translation>
    </message>
    <message>
        <source>One cohort of fellows, by its name; empty for all.</source>
        <translation>按名称选择一个研究员批次；留空表示全部。</translation>
    </message>
    <message>
        <source>Choose a fellowship first: type part of its cohort and pick the fellow from the list.</source>
        <translation>请先选择研究金：输入其批次的一部分，然后从列表中选择研究员。</translation>
    </message>
<message>
        <source>Choose a country and a thematic area: a review dossier is about one of each.</source>
        <translation>请选择一个国家和一个专题领域：审查档案针对一个国家和一个专题领域。</translation>
    </message>
    <message>
        <source>National institution</source>
        <translation>国家机构</translation>
    </message>
    <message>
        <source>Type part of its name or acronym and pick it from the list.</source>
        <translation>输入其名称或简称的一部分，然后从列表中选择。</translation>
    </message>
    <message>
        <source>Choose a national institution first: type part of its name or acronym and pick it from the list.</source>
        <translation>请先选择一个国家机构：输入其名称或简称的一部分，然后从列表中选择。</translation>
    </message>
<message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <translation>请求机关</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>The number of the letter or note verbale.</source>
        <translation>来函或普通照会的编号。</translation>
    </message>
    <message>
        <source>Areas requested</source>
        <translation>请求的领域</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Once saved, the status changes with “Change status”, which records the date and who made the change.</source>
        <translation>保存后，通过“更改状态”更改状态，系统会记录日期和更改人。</translation>
    </message>
    <message>
        <source>Needs assessment mission</source>
        <translation>需求评估访问团</translation>
    </message>
    <message>
        <source>Resulting projects</source>
        <translation>由此产生的项目</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>决定理由</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <source>New request for assistance</source>
        <translation>新的援助请求</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>请求方</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Areas requested</source>
        <translation>请求的领域</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Area requested</source>
        <translation>请求的领域</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the request “%1” with its scores and status history?</source>
        <translation>删除请求“%1”及其评分和状态历史吗？</translation>
    </message>
</context>
<context>
    <name>ResultsSection</name>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>表述</translation>
    </message>
    <message>
        <source>Activities serving it</source>
        <translation>服务于该成果的活动</translation>
    </message>
    <message>
        <source>Trainings and advisory services of this project.</source>
        <translation>本项目的培训和咨询服务。</translation>
    </message>
    <message>
        <source>Missions serving it</source>
        <translation>服务于该成果的访问团</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>result</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>The objective and the expected results; choose one to see its indicators.</source>
        <translation>目标和预期成果；选择其中一项以查看其指标。</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Indicators of: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <source>Indicators: choose a result above.</source>
        <translation>指标：请在上方选择一项成果。</translation>
    </message>
    <message>
        <source>Values of: %1</source>
        <translation>数值：%1</translation>
    </message>
    <message>
        <source>Values: choose an indicator above.</source>
        <translation>数值：请在上方选择一项指标。</translation>
    </message>
</context>
<context>
    <name>RisksSection</name>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>缓解措施</translation>
    </message>
    <message>
        <source>No longer a risk</source>
        <translation>已不再构成风险</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>风险</translation>
    </message>
</context>
<context>
    <name>SafetyFlows</name>
    <message>
        <source>New passphrase</source>
        <translation>新密码短语</translation>
    </message>
    <message>
        <source>You opened the profile with the recovery key. Choose a new passphrase now; the recovery key keeps working.</source>
        <translation>您是用恢复密钥打开配置文件的。请现在设置新的密码短语；恢复密钥仍然有效。</translation>
    </message>
    <message>
        <source>&amp;Set the passphrase</source>
        <translation>设置密码短语(&amp;S)</translation>
    </message>
    <message>
        <source>The new passphrase is set. The recovery key still works.</source>
        <translation>新密码短语已设置。恢复密钥仍然有效。</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <source>The data stays as it is; only the passphrase that opens it changes. Backups open with the new passphrase too. The recovery key is unchanged.</source>
        <translation>数据保持不变；只更改打开数据的密码短语。备份也可用新密码短语打开。恢复密钥不变。</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>更改(&amp;C)</translation>
    </message>
    <message>
        <source>The passphrase was changed. The recovery key is unchanged.</source>
        <translation>密码短语已更改。恢复密钥未变。</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <source>A new recovery key replaces the current one, which stops opening this profile (copies of backups made earlier keep the key file they were made with). Type the passphrase to go on.</source>
        <translation>新的恢复密钥将取代当前密钥，当前密钥将不再能打开此配置文件（此前复制的备份保留其制作时的密钥文件）。请输入密码短语以继续。</translation>
    </message>
    <message>
        <source>&amp;Make a new key</source>
        <translation>生成新密钥(&amp;M)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The new recovery key. The old one no longer opens the profile.</source>
        <translation>新的恢复密钥。旧密钥已不能打开配置文件。</translation>
    </message>
    <message>
        <source>Encrypt this profile</source>
        <translation>加密此配置文件</translation>
    </message>
    <message>
        <source>Once encrypted, the profile's database, backups, attachments and keys cannot be read without the passphrase or the recovery key. A backup is made first. It takes a moment (longer for a big profile).</source>
        <translation>加密后，没有密码短语或恢复密钥，就无法读取配置文件的数据库、备份、附件和密钥。会先进行备份。这需要一点时间（配置文件较大时更久）。</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>加密(&amp;E)</translation>
    </message>
    <message>
        <source>The profile is now encrypted. A backup was made first, and is encrypted too.</source>
        <translation>配置文件现已加密。事先做了一份备份，它也已加密。</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <source>Data safety</source>
        <translation>数据安全</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Lock the window after minutes without use</source>
        <translation>闲置多少分钟后锁定窗口</translation>
    </message>
    <message>
        <source>Loc&amp;k the window after:</source>
        <translation>窗口锁定时间(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Encrypt this profile…</source>
        <translation>加密此配置文件(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>更改密码短语(&amp;H)…</translation>
    </message>
    <message>
        <source>New reco&amp;very key…</source>
        <translation>新的恢复密钥(&amp;V)…</translation>
    </message>
    <message>
        <source>This profile is encrypted: its database, backups, attachments and keys cannot be read without the passphrase or the recovery key.</source>
        <translation>此配置文件已加密：没有密码短语或恢复密钥，无法读取其数据库、备份、附件和密钥。</translation>
    </message>
    <message>
        <source>Locking hides every window until the passphrase is typed again; nothing is closed or lost.</source>
        <translation>锁定会隐藏所有窗口，直到再次输入密码短语；不会关闭或丢失任何内容。</translation>
    </message>
    <message>
        <source>This profile is not encrypted: anyone who has this computer, or its disk, can read it. Encrypt it for real work.</source>
        <translation>此配置文件未加密：任何拿到这台电脑或其硬盘的人都能读取它。用于实际工作时请加密。</translation>
    </message>
    <message>
        <source>Only an encrypted profile locks (a plain one has no passphrase to ask for).</source>
        <translation>只有加密的配置文件才会锁定（未加密的配置文件没有可询问的密码短语）。</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>培训前测试</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>培训后测试</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Evaluation (1–5)</source>
        <translation>评价（1–5）</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>Tests and evaluation</source>
        <translation>测试与评价</translation>
    </message>
    <message>
        <source>Scores are percentages (0 to 100); the evaluation is the participant's rating of the activity, from 1 (poor) to 5 (excellent). Type a number or press F2 to change a cell.</source>
        <translation>成绩为百分制（0 至 100）；评价是参与者对活动的打分，从 1（差）到 5（优）。输入数字或按 F2 即可修改单元格。</translation>
    </message>
    <message>
        <source>average pre-test %1</source>
        <translation>培训前测试平均分 %1</translation>
    </message>
    <message>
        <source>average post-test %1</source>
        <translation>培训后测试平均分 %1</translation>
    </message>
    <message>
        <source>average evaluation %1 / 5</source>
        <translation>平均评价 %1 / 5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln certificate(s) issued</source>
        <translation>
            <numerusform>已颁发 %Ln 份证书</numerusform>
        </translation>
    </message>
<message>
        <source>Scores are percentages (0 to 100); the evaluation is the participant's rating of the activity, from 1 (poor) to 5 (excellent). Type a number in a cell; Enter or Tab moves on, Esc cancels, Ctrl+V pastes a column copied from a spreadsheet.</source>
        <translation>分数为百分比（0 至 100）；评价是参与者对活动的评分，从 1（差）到 5（优）。在单元格中输入数字；按 Enter 或 Tab 转到下一个，按 Esc 取消，按 Ctrl+V 粘贴从电子表格复制的一列。</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show what is typed in: %1</source>
        <translation>显示输入内容：%1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sync: this profile starts a new sync incarnation, so its next bundle is not mistaken for one sent before.</source>
        <translation>同步：此配置文件开始新的同步化身，因此其下一个数据包不会被误认为以前发送过的数据包。</translation>
    </message>
    <message>
        <source>Changes made here after this backup that headquarters had already received: %1. They come back with the next bundle from headquarters.</source>
        <translation>此备份之后在此处所做、总部已收到的更改：%1。它们将随总部的下一个数据包返回。</translation>
    </message>
    <message>
        <source>Changes made here after this backup that headquarters had not acknowledged: %1. They are kept in the backup made before the restore, and come back if a bundle that carries them still reaches headquarters.</source>
        <translation>此备份之后在此处所做、总部尚未确认的更改：%1。它们保存在恢复前所做的备份中；如果载有它们的数据包仍送达总部，它们将会返回。</translation>
    </message>
    <message>
        <source>Changes in this backup not yet acknowledged, sent with the next bundle: %1.</source>
        <translation>此备份中尚未确认、将随下一个数据包发送的更改：%1。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Show FieldDesk in the new language now? The window is opened again; nothing is lost.</source>
        <translation>现在以新语言显示 FieldDesk 吗？窗口将重新打开，不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backup was restored. The data as it was just before is kept as the backup of %1.</source>
        <translation>备份已恢复。恢复前一刻的数据保存为 %1 的备份。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Encrypting the profile, interrupted earlier, is now finished. This is its recovery key.</source>
        <translation>先前中断的配置文件加密现已完成。这是它的恢复密钥。</translation>
    </message>
    <message>
        <source>The daily backup could not be made</source>
        <translation>无法完成每日备份</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>The daily retention sweep could not be made</source>
        <translation>无法完成每日数据清理</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
</context>
<context>
    <name>StatusHistory</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Every change of status, with its date and who made it. Use “Change status” on the Details tab to make one.</source>
        <translation>每次状态变更及其日期和操作人。请在“详细信息”选项卡中使用“更改状态”进行变更。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>更改状态(&amp;T)…</translation>
    </message>
    <message>
        <source>Status: %1, since %2 (%3).</source>
        <translation>状态：%1，自 %2 起（%3）。</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>状态：%1。</translation>
    </message>
    <message>
        <source>This status is final.</source>
        <translation>此状态为最终状态。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Send and receive</source>
        <translation>发送和接收</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Bundles carry changes between this office and %1 on a USB stick or by e-mail. They are signed and encrypted; a bundle is checked completely before anything is applied.</source>
        <translation>数据包通过 U 盘或电子邮件在本办事处与%1之间传递更改。数据包经过签名和加密；在应用任何内容之前会完整检查数据包。</translation>
    </message>
    <message>
        <source>the field offices</source>
        <translation>各外地办事处</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <source>Offices silent for more than 30 days: %1</source>
        <translation>超过 30 天无联系的办事处：%1</translation>
    </message>
    <message>
        <source>Every office has sent a bundle in the last 30 days.</source>
        <translation>每个办事处在过去 30 天内都发送过数据包。</translation>
    </message>
    <message>
        <source>%1 change(s) not yet confirmed by headquarters, the oldest from %2.</source>
        <translation>总部尚未确认 %1 项更改，最早的一项来自 %2。</translation>
    </message>
    <message>
        <source>Headquarters has confirmed every change made here.</source>
        <translation>总部已确认在此所做的所有更改。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1: last bundle sent %2, last received %3</source>
        <translation>%1：最近发送数据包 %2，最近接收 %3</translation>
    </message>
    <message>
        <source>No office is trusted yet: exchange identity cards on the Sync page.</source>
        <translation>尚未信任任何办事处：请在“同步”页面交换身份卡。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet confirmed by headquarters, the oldest from %1.</source>
        <translation>
            <numerusform>总部尚未确认 %Ln 项更改，最早的一项来自 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Roster expert</source>
        <translation>名册专家</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>A staff member by name, or an expert from the roster below.</source>
        <translation>填写工作人员姓名，或在下方选择名册中的专家。</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>在团队中的职责</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>团长</translation>
    </message>
    <message>
        <source>Leads the mission</source>
        <translation>率领特派团</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>成员</translation>
    </message>
<message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>TrainingEditor</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>目标群体</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Tests and evaluation</source>
        <translation>测试与评价</translation>
    </message>
    <message>
        <source>New training activity</source>
        <translation>新培训活动</translation>
    </message>
</context>
<context>
    <name>TrainingsPage</name>
    <message>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>目标群体</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>费用（美元）</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(-ies)</source>
        <translation>
            <numerusform>%Ln 项活动</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the activity “%1” with its enrollments, attendance and scores?</source>
        <translation>要删除活动“%1”及其登记、出勤和成绩吗？</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>决定理由</translation>
    </message>
    <message>
        <source>Required when the request is approved or declined.</source>
        <translation>批准或拒绝请求时必填。</translation>
    </message>
    <message>
        <source>Now: %1. It can go to the statuses offered below.</source>
        <translation>当前：%1。可以转入下列状态。</translation>
    </message>
    <message>
        <source>Give the reasons for the decision: approved and declined requests are explained.</source>
        <translation>请说明决定理由：批准和拒绝的请求都须说明理由。</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The translation into %1 is not installed with this FieldDesk (%2 is missing), so the interface stays in English. Reinstall FieldDesk, or run `make translations` in a source checkout.</source>
        <translation>此 FieldDesk 未安装%1翻译（缺少 %2），因此界面仍为英文。请重新安装 FieldDesk，或在源代码副本中运行 `make translations`。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>FieldDesk is locked</source>
        <translation>FieldDesk 已锁定</translation>
    </message>
    <message>
        <source>FieldDesk was locked because it was not used for a while. Type the passphrase to go on; nothing you were doing is lost.</source>
        <translation>FieldDesk 因一段时间未使用而已锁定。请输入密码短语以继续；您正在进行的工作不会丢失。</translation>
    </message>
    <message>
        <source>Open FieldDesk</source>
        <translation>打开 FieldDesk</translation>
    </message>
    <message>
        <source>The profile in %1 is encrypted. Type its passphrase to open it.</source>
        <translation>%1 中的配置文件已加密。请输入其密码短语以打开。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>Use the &amp;recovery key instead</source>
        <translation>改用恢复密钥(&amp;R)</translation>
    </message>
    <message>
        <source>The recovery key is on the sheet kept when the profile was made: FDRK and 40 letters and digits. Dashes and spaces do not matter. You will then choose a new passphrase.</source>
        <translation>恢复密钥写在创建配置文件时保存的纸上：FDRK 加 40 个字母和数字。连字符和空格无关紧要。之后您将设置新的密码短语。</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>恢复密钥(&amp;R)：</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Several wrong tries: the next one is possible in %1 s.</source>
        <translation>多次输入错误：%1 秒后才能再次尝试。</translation>
    </message>
    <message>
        <source>This is not a recovery key: it starts with FDRK, followed by 40 letters and digits.</source>
        <translation>这不是恢复密钥：恢复密钥以 FDRK 开头，后跟 40 个字母和数字。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>This recovery key does not open the profile. Check it against the sheet (letters and digits only; dashes do not matter). Nothing was changed.</source>
        <translation>此恢复密钥无法打开配置文件。请与纸上的密钥核对（只看字母和数字；连字符无关紧要）。未做任何更改。</translation>
    </message>
    <message>
        <source>The passphrase is not right. Nothing was changed.</source>
        <translation>密码短语不正确。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ValuesSection</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>测量日期</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A year, or part of one: 2026, 2026 H1, 2026 Q3.</source>
        <translation>某一年或其中一段：2026、2026 上半年、2026 第三季度。</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>新记录</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Ne&amp;xt record</source>
        <translation>下一条记录(&amp;X)</translation>
    </message>
    <message>
        <source>Next record</source>
        <translation>下一条记录</translation>
    </message>
    <message>
        <source>&amp;Previous record</source>
        <translation>上一条记录(&amp;P)</translation>
    </message>
    <message>
        <source>Previous record</source>
        <translation>上一条记录</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>在列表中搜索</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the list to Excel</source>
        <translation>将列表导出到 Excel</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>首选项(&amp;R)…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit FieldDesk</source>
        <translation>退出 FieldDesk</translation>
    </message>
    <message>
        <source>&amp;About FieldDesk</source>
        <translation>关于 FieldDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About FieldDesk</source>
        <translation>关于 FieldDesk</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import records from an Excel file</source>
        <translation>从 Excel 文件导入记录</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>The user guide, at the part about this page</source>
        <translation>用户指南中关于本页面的部分</translation>
    </message>
<message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Printed reports</source>
        <translation>打印的报告</translation>
    </message>
    <message>
        <source>Language of the office's name and address</source>
        <translation>办事处名称和地址的语言</translation>
    </message>
    <message>
        <source>Office name in this language</source>
        <translation>该语言的办事处名称</translation>
    </message>
    <message>
        <source>Address in this language</source>
        <translation>该语言的地址</translation>
    </message>
    <message>
        <source>Default language of the letterhead</source>
        <translation>信头的默认语言</translation>
    </message>
    <message>
        <source>Logo file (PNG or JPEG)</source>
        <translation>徽标文件（PNG或JPEG）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>不用徽标</translation>
    </message>
    <message>
        <source>Signatory's name</source>
        <translation>签署人姓名</translation>
    </message>
    <message>
        <source>Signatory's title</source>
        <translation>签署人职务</translation>
    </message>
    <message>
        <source>Document symbol pattern</source>
        <translation>文号格式</translation>
    </message>
    <message>
        <source>{office}, {year}, {kind} and {n} are replaced, e.g. {office}/{year}/{kind}/{n}</source>
        <translation>{office}、{year}、{kind}和{n}会被替换，例如{office}/{year}/{kind}/{n}</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Saturday and Sunday</source>
        <translation>星期六和星期日</translation>
    </message>
    <message>
        <source>Friday and Saturday</source>
        <translation>星期五和星期六</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>Organisation named on certificates</source>
        <translation>证书上的组织名称</translation>
    </message>
    <message>
        <source>Who signs certificates</source>
        <translation>证书签署人</translation>
    </message>
    <message>
        <source>The letterhead's signatory</source>
        <translation>信头的签署人</translation>
    </message>
    <message>
        <source>Your name on printed histories</source>
        <translation>您在打印的历史记录中的姓名</translation>
    </message>
    <message>
        <source>Language of the te&amp;xts below:</source>
        <translation>以下文字的语言(&amp;X)：</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>办事处名称(&amp;N)：</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>De&amp;fault language:</source>
        <translation>默认语言(&amp;F)：</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>徽标(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>签署人(&amp;S)：</translation>
    </message>
    <message>
        <source>Signatory's &amp;title:</source>
        <translation>签署人职务(&amp;T)：</translation>
    </message>
    <message>
        <source>Document s&amp;ymbol:</source>
        <translation>文号(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Weekend:</source>
        <translation>周末(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Organisation on certificates:</source>
        <translation>证书上的组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Certificates signed by:</source>
        <translation>证书签署人(&amp;C)：</translation>
    </message>
    <message>
        <source>Your name on pr&amp;inted histories:</source>
        <translation>打印历史中的姓名(&amp;I)：</translation>
    </message>
    <message>
        <source>Keep the current logo</source>
        <translation>保留当前徽标</translation>
    </message>
    <message>
        <source>No logo yet: name a PNG or JPEG file</source>
        <translation>尚无徽标：请指定PNG或JPEG文件</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>徽标</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Saving the report settings</source>
        <translation>正在保存报告设置</translation>
    </message>
<message>
        <source>The office's usual training language</source>
        <translation>办事处常用的培训语言</translation>
    </message>
    <message>
        <source>Usual &amp;language of trainings:</source>
        <translation>培训常用语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>WordCopy</name>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>另存为Word(&amp;W)…</translation>
    </message>
    <message>
        <source>Save an editable copy (.docx) with the same text and letterhead</source>
        <translation>保存可编辑副本（.docx），文字和信头相同</translation>
    </message>
    <message>
        <source>Save an editable copy</source>
        <translation>保存可编辑副本</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word文档 (*.docx)</translation>
    </message>
    <message>
        <source>Saving an editable copy</source>
        <translation>正在保存可编辑副本</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存：%1。</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>FieldDesk user guide</source>
        <translation>FieldDesk 用户指南</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context><name>MergeDialog</name><message>
        <source>Merge participants</source>
        <translation>合并参与者</translation>
    </message>
    <message>
        <source>The other record of this person</source>
        <translation>此人的另一条记录</translation>
    </message>
    <message>
        <source>Merge &amp;with:</source>
        <translation>合并对象(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Swap: keep the other record</source>
        <translation>互换：保留另一条记录(&amp;S)</translation>
    </message>
    <message>
        <source>Choose, for each field, the value the person keeps. The other record's enrolments move to the kept one; an activity where both are enrolled keeps one enrolment with the better attendance and scores. The other record is then kept only as a pointer to the kept one.</source>
        <translation>请为每个字段选择此人保留的值。另一条记录的登记将转到保留的记录；两者都登记的活动只保留一条登记，取较好的出勤和成绩。另一条记录此后仅作为指向保留记录的引用。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>保留：%1</translation>
    </message>
    <message>
        <source>Merged into it: %1</source>
        <translation>并入其中：%1</translation>
    </message>
    <message>
        <source>%1: both are enrolled; one enrolment is kept, with the better attendance and scores</source>
        <translation>%1：两者都已登记；保留一条登记，取较好的出勤和成绩</translation>
    </message>
    <message>
        <source>%1: the enrolment moves to the kept record</source>
        <translation>%1：登记转到保留的记录</translation>
    </message>
    <message>
        <source>Attachments that move to the kept record: %1</source>
        <translation>转到保留记录的附件：%1</translation>
    </message>
    <message>
        <source>The merged record is enrolled in no activity.</source>
        <translation>被合并的记录未登记任何活动。</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>利益相关方类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
<message>
        <source>Fellowships that move to the kept record: %1</source>
        <translation>转到保留记录的研究金：%1</translation>
    </message>
</context><context><name>ActivityStatus</name><message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context><context><name>CriterionEvaluation</name><message>
        <source>Country facts: in transition to democracy</source>
        <translation>国家情况：正在向民主过渡</translation>
    </message>
    <message>
        <source>Country facts: least developed country</source>
        <translation>国家情况：最不发达国家</translation>
    </message>
    <message>
        <source>Open recommendations of treaty bodies</source>
        <translation>条约机构尚未落实的建议</translation>
    </message>
    <message>
        <source>Open recommendations of special procedures and the periodic review</source>
        <translation>特别程序和定期审议尚未落实的建议</translation>
    </message>
    <message>
        <source>Open recommendations of the Board of Trustees</source>
        <translation>董事会尚未落实的建议</translation>
    </message>
    <message>
        <source>Views of national institutions and NGOs recorded</source>
        <translation>已记录的国家机构和非政府组织的意见</translation>
    </message>
    <message>
        <source>UN agencies and donors met during the needs assessment</source>
        <translation>需求评估期间会见的联合国机构和捐助方</translation>
    </message>
    <message>
        <source>Assessed by staff</source>
        <translation>由工作人员评估</translation>
    </message>
</context><context><name>EvaluationKind</name><message>
        <source>Mid-term evaluation</source>
        <translation>中期评估</translation>
    </message>
    <message>
        <source>End-of-project evaluation</source>
        <translation>项目结束评估</translation>
    </message>
</context><context><name>FollowUpStatus</name><message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Partially implemented</source>
        <translation>部分落实</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>已落实</translation>
    </message>
    <message>
        <source>No longer relevant</source>
        <translation>不再相关</translation>
    </message>
</context><context><name>FundingSource</name><message>
        <source>UN regular budget</source>
        <translation>联合国经常预算</translation>
    </message>
    <message>
        <source>Voluntary Fund for Technical Cooperation</source>
        <translation>技术合作自愿基金</translation>
    </message>
    <message>
        <source>Other donor</source>
        <translation>其他捐助方</translation>
    </message>
</context><context><name>ImportProblems</name><message>
        <source>A value is required here.</source>
        <translation>此处必须填写。</translation>
    </message>
    <message>
        <source>The same as row %1.</source>
        <translation>与第 %1 行相同。</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as a date, or as YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>“%1”不是日期：请填写日期，或写成 YYYY-MM-DD 或 DD.MM.YYYY。</translation>
    </message>
    <message>
        <source>“%1” is not a known country: write its ISO 3166 code (GT, MW, RU…).</source>
        <translation>“%1”不是已知的国家：请填写其 ISO 3166 代码（GT、MW、RU…）。</translation>
    </message>
    <message>
        <source>“%1” is not one of the allowed values (%2).</source>
        <translation>“%1”不是允许的值之一（%2）。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation>“%1”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>There is no project with the code “%1”.</source>
        <translation>没有代码为“%1”的项目。</translation>
    </message>
</context><context><name>MissionStatus</name><message>
        <source>Requested</source>
        <translation>已请求</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>In the field</source>
        <translation>实地工作中</translation>
    </message>
    <message>
        <source>Report drafted</source>
        <translation>报告草稿</translation>
    </message>
    <message>
        <source>Report final</source>
        <translation>报告定稿</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
</context><context><name>OfficeRole</name><message>
        <source>Field office</source>
        <translation>外地办事处</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
</context><context><name>PriorityCriterion</name><message>
        <source>Country in transition to democracy</source>
        <translation>正在向民主过渡的国家</translation>
    </message>
    <message>
        <source>Least developed country</source>
        <translation>最不发达国家</translation>
    </message>
    <message>
        <source>Needs named by treaty bodies</source>
        <translation>条约机构指出的需求</translation>
    </message>
    <message>
        <source>Needs named by special rapporteurs, representatives and working groups</source>
        <translation>特别报告员、代表和工作组指出的需求</translation>
    </message>
    <message>
        <source>Recommendations of the Board of Trustees</source>
        <translation>董事会的建议</translation>
    </message>
    <message>
        <source>Views of national institutions and NGOs</source>
        <translation>国家机构和非政府组织的意见</translation>
    </message>
    <message>
        <source>Coordination with other UN bodies and donors</source>
        <translation>与其他联合国机构和捐助方的协调</translation>
    </message>
</context><context><name>Problems</name><message>
        <source>%1 contains a character that is not allowed: %2. Remove it.</source>
        <translation>%1 包含不允许的字符：%2。请删除它。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>必须填写“%1”。</translation>
    </message>
    <message>
        <source>%1 must have at most %2 characters.</source>
        <translation>“%1”最多 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 must have at least %2 characters.</source>
        <translation>“%1”至少 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>“%1”必须介于 %2 和 %3 之间。</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>结束日期 %1 早于开始日期 %2。</translation>
    </message>
    <message>
        <source>An activity can last at most %1 days.</source>
        <translation>一项活动最多持续 %1 天。</translation>
    </message>
    <message>
        <source>%1 “%2” is already used by another record.</source>
        <translation>%1“%2”已被另一条记录使用。</translation>
    </message>
    <message>
        <source>The mission cannot start before the request was received.</source>
        <translation>特派团不能在收到请求之前开始。</translation>
    </message>
    <message>
        <source>Name a staff member or choose an expert from the roster.</source>
        <translation>请填写工作人员姓名，或从专家名册中选择专家。</translation>
    </message>
    <message>
        <source>Contact details may be kept only with the participant's consent.</source>
        <translation>只有在参与者同意的情况下，才能保存联系方式。</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>这不是电子邮件地址。</translation>
    </message>
    <message>
        <source>This participant is already enrolled in this activity.</source>
        <translation>该参与者已登记参加此活动。</translation>
    </message>
</context><context><name>ProgressStatus</name><message>
        <source>Achieved</source>
        <translation>已实现</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>进展正常</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>进展滞后</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>尚未测量</translation>
    </message>
</context><context><name>ProjectStatus</name><message>
        <source>Pipeline</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
</context><context><name>RecommendationSource</name><message>
        <source>Needs assessment mission</source>
        <translation>需求评估特派团</translation>
    </message>
    <message>
        <source>Treaty body</source>
        <translation>条约机构</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>特别程序</translation>
    </message>
    <message>
        <source>Universal periodic review</source>
        <translation>普遍定期审议</translation>
    </message>
    <message>
        <source>Board of Trustees of the Voluntary Fund</source>
        <translation>自愿基金董事会</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>国家人权机构</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>非政府组织</translation>
    </message>
<message>
        <source>Other mechanism</source>
        <translation>其他机制</translation>
    </message>
</context><context><name>RequestChannel</name><message>
        <source>Letter from the government</source>
        <translation>政府来函</translation>
    </message>
    <message>
        <source>Note verbale from the permanent mission</source>
        <translation>常驻代表团的普通照会</translation>
    </message>
    <message>
        <source>Through the field office</source>
        <translation>通过外地办事处</translation>
    </message>
    <message>
        <source>Through the UN country team</source>
        <translation>通过联合国国家工作队</translation>
    </message>
    <message>
        <source>At a meeting or mission</source>
        <translation>在会议或访问期间</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context><context><name>RequestStatus</name><message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation>评估中</translation>
    </message>
    <message>
        <source>Needs assessment planned</source>
        <translation>已计划需求评估</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <source>Project proposed</source>
        <translation>已提出项目</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context><context><name>ResultLevel</name><message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>预期成果</translation>
    </message>
</context><context><name>Sex</name><message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
</context><context><name>StakeholderType</name><message>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>Parliament</source>
        <translation>议会</translation>
    </message>
    <message>
        <source>Judiciary</source>
        <translation>司法机构</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>警察</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>军队</translation>
    </message>
    <message>
        <source>Prison administration</source>
        <translation>监狱管理部门</translation>
    </message>
    <message>
        <source>National human rights institution</source>
        <translation>国家人权机构</translation>
    </message>
    <message>
        <source>NGO or civil society</source>
        <translation>非政府组织或民间社会</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>联合国机构</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>Independent expert</source>
        <translation>独立专家</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>学术界</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
</context><context><name>ThematicArea</name><message>
        <source>National human rights institutions</source>
        <translation>国家人权机构</translation>
    </message>
    <message>
        <source>National human rights action plans</source>
        <translation>国家人权行动计划</translation>
    </message>
    <message>
        <source>Human rights education</source>
        <translation>人权教育</translation>
    </message>
    <message>
        <source>Administration of justice</source>
        <translation>司法</translation>
    </message>
    <message>
        <source>Constitutional and legislative reform</source>
        <translation>宪法和立法改革</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>选举</translation>
    </message>
    <message>
        <source>Treaty body reporting</source>
        <translation>向条约机构提交报告</translation>
    </message>
    <message>
        <source>Economic, social and cultural rights and the right to development</source>
        <translation>经济、社会及文化权利和发展权</translation>
    </message>
    <message>
        <source>Compensation of victims</source>
        <translation>受害者赔偿</translation>
    </message>
    <message>
        <source>Support to NGOs and civil society</source>
        <translation>支持非政府组织和民间社会</translation>
    </message>
</context><context><name>TrainingForm</name><message>
        <source>Training course</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>讲习班</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>Fellowship</source>
        <translation>研究金</translation>
    </message>
    <message>
        <source>Advisory service</source>
        <translation>咨询服务</translation>
    </message>
    <message>
        <source>Expert consultation</source>
        <translation>专家磋商</translation>
    </message>
</context><context><name>Grid</name><message>
        <source>Type a whole number from %1 to %2.</source>
        <translation>请输入 %1 至 %2 之间的整数。</translation>
    </message>
    <message>
        <source>Type a number from %1 to %2.</source>
        <translation>请输入 %1 至 %2 之间的数字。</translation>
    </message>
</context><context><name>ShortcutsDialog</name><message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context><context><name>Shortcuts</name><message>
        <source>Go to the pages of the side bar, in order</source>
        <translation>按顺序转到侧栏中的页面</translation>
    </message>
    <message>
        <source>Next or previous field (from a list to its editor and back)</source>
        <translation>下一个或上一个字段（从列表到编辑区，再返回）</translation>
    </message>
    <message>
        <source>Close a dialog without saving; in a grid, cancel the cell being typed</source>
        <translation>关闭对话框而不保存；在表格中取消正在输入的单元格</translation>
    </message>
    <message>
        <source>Open a date field's calendar</source>
        <translation>打开日期字段的日历</translation>
    </message>
    <message>
        <source>In a grid: save the cell and go to the next one</source>
        <translation>在表格中：保存单元格并转到下一个</translation>
    </message>
    <message>
        <source>In a grid: clear the cell (attendance: not recorded)</source>
        <translation>在表格中：清空单元格（出勤：未记录）</translation>
    </message>
    <message>
        <source>In the attendance grid: present, absent, next state</source>
        <translation>在出勤表中：出席、缺席、下一状态</translation>
    </message>
    <message>
        <source>In a grid: paste a column copied from a spreadsheet, from the current cell down</source>
        <translation>在表格中：粘贴从电子表格复制的一列，从当前单元格向下填充</translation>
    </message>
    <message>
        <source>Next or previous tab</source>
        <translation>下一个或上一个标签页</translation>
    </message>
</context><context><name>EraseDialog</name><message>
        <source>Erase personal data</source>
        <translation>删除个人数据</translation>
    </message>
    <message>
        <source>Erase the personal data of “%1”?

Their name, e-mail, phone, organisation and position are replaced by a pseudonym here, in the history of changes and in the search index, and their attachments are deleted. Sex, stakeholder type, country and their activities with attendance and scores are kept, so statistics do not change.

The erasure goes with the next bundle to every site that holds this participant, and is applied there too. It cannot be undone. Backups made before the erasure keep the data until they are rotated out.</source>
        <translation>删除“%1”的个人数据？

其姓名、电子邮件、电话、组织和职务将在此处、更改历史和搜索索引中替换为化名，其附件将被删除。性别、利益攸关方类型、国家以及其活动（含出勤和成绩）将保留，因此统计数据不变。

删除操作将随下一个数据包发送到保存该参与者的每个站点，并在那里同样执行。此操作无法撤销。删除前制作的备份在轮换淘汰前仍保留这些数据。</translation>
    </message>
    <message>
        <source>Why (kept here; do not name the person)</source>
        <translation>原因（保存在本地；请勿写出此人姓名）</translation>
    </message>
    <message>
        <source>Reason for the erasure</source>
        <translation>删除原因</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Erasing personal data</source>
        <translation>正在删除个人数据</translation>
    </message>
    <message>
        <source>No backup of this profile holds the person.</source>
        <translation>此配置文件的备份中没有此人的数据。</translation>
    </message>
    <message>
        <source>These backups still hold the person:</source>
        <translation>这些备份仍含有此人的数据：</translation>
    </message>
    <message>
        <source>%1: cannot be opened with this profile's key (made under another passphrase or key), so what it holds cannot be told</source>
        <translation>%1：无法用此配置文件的密钥打开（使用其他密码短语或密钥创建），因此无法得知其内容</translation>
    </message>
    <message>
        <source>%1: rotated out after %2 more automatic backups (one each day FieldDesk is used)</source>
        <translation>%1：再进行 %2 次自动备份后轮换删除（每个使用 FieldDesk 的日子一次）</translation>
    </message>
    <message>
        <source>%1: proposed for deletion on %2</source>
        <translation>%1：将于 %2 建议删除</translation>
    </message>
    <message>
        <source>%1: kept until deleted (made by hand)</source>
        <translation>%1：保留至被删除（手动创建）</translation>
    </message>
    <message>
        <source>The data is kept on a database server: its backups are its administrator's.</source>
        <translation>数据保存在数据库服务器上：其备份由服务器管理员负责。</translation>
    </message>
    <message>
        <source>Also &amp;remove the person from these backups</source>
        <translation>同时从这些备份中删除此人(&amp;R)</translation>
    </message>
    <message>
        <source>Each is rewritten, encrypted as before; a backup made by an older version is deleted.</source>
        <translation>每个备份都会重写，并像以前一样加密；旧版本创建的备份将被删除。</translation>
    </message>
    <message>
        <source>The data is kept on a PostgreSQL server. Its backups are made outside FieldDesk by the server's administrator: each one made so far holds the person, and after the erasure the administrator must delete them or remove the person from them.</source>
        <translation>数据保存在 PostgreSQL 服务器上。其备份由服务器管理员在 FieldDesk 之外创建：迄今创建的每个备份都保存有此人，删除后管理员必须删除这些备份或从中移除此人。</translation>
    </message>
    <message>
        <source>%1: copied to %2, out of reach now (a USB stick not plugged in?), so what it holds cannot be told</source>
        <translation>%1：已复制到 %2，目前无法访问（U 盘未插入？），因此无法得知其中的内容</translation>
    </message>
    <message>
        <source>%1: the SQLite file kept by the move to PostgreSQL, kept until deleted</source>
        <translation>%1：迁移到 PostgreSQL 时保留的 SQLite 文件，保留至被删除</translation>
    </message>
    <message>
        <source>%1: copied to %2, kept there until deleted</source>
        <translation>%1：已复制到 %2，在那里保留至被删除</translation>
    </message>
    <message>
        <source>%1: kept until deleted (made before the data moved to PostgreSQL)</source>
        <translation>%1：保留至被删除（在数据迁移到 PostgreSQL 之前创建）</translation>
    </message>
</context><context><name>AccessModel</name><message>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>File, office or record</source>
        <translation>文件、办事处或记录</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>电子表格</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Subject access report</source>
        <translation>数据主体查阅报告</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>删除</translation>
    </message>
<message>
        <source>Retention sweep</source>
        <translation>保存期限清理</translation>
    </message>
    <message>
        <source>Data export (JSON)</source>
        <translation>数据导出（JSON）</translation>
    </message>
</context><context><name>AccessRecordDialog</name><message>
        <source>Access record</source>
        <translation>访问记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Search what was made, its file, office or record</source>
        <translation>搜索操作内容、文件、办事处或记录</translation>
    </message>
    <message>
        <source>Search the access record</source>
        <translation>搜索访问记录</translation>
    </message>
    <message>
        <source>Export for an audit…</source>
        <translation>导出以供审计…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Every report, spreadsheet, bundle, subject access report and erasure made here: who, when, what and for how many people. It never holds the personal data itself.</source>
        <translation>此处生成的每份报告、电子表格、数据包、数据主体查阅报告和删除操作：由谁、何时、做了什么、涉及多少人。其中从不包含个人数据本身。</translation>
    </message>
    <message>
        <source>Export the access record</source>
        <translation>导出访问记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个事件写入 %1。</numerusform>
        </translation>
    </message>
</context><context><name>StateResponse</name><message>
        <source>No response recorded</source>
        <translation>未记录答复</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>注意到</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>正在审议</translation>
    </message>
</context><context><name>IndexImportDialog</name><message>
        <source>Import recommendations from the Universal Human Rights Index</source>
        <translation>从世界人权索引导入建议</translation>
    </message>
    <message>
        <source>Export the recommendations from uhri.ohchr.org as CSV or Excel, then choose the file here. Nothing is written until you press Import; recommendations already recorded (same document symbol and paragraph) are left as they are.</source>
        <translation>从 uhri.ohchr.org 将建议导出为 CSV 或 Excel 文件，然后在此选择该文件。在您按“导入”之前不会写入任何内容；已记录的建议（文件编号和段落相同）保持不变。</translation>
    </message>
    <message>
        <source>Type the file's path, or Browse</source>
        <translation>输入文件路径，或点击“浏览”</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>按文件所示</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>国家(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Index exports (*.csv *.xlsx);;All files (*)</source>
        <translation>索引导出文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>New: %1. Already recorded: %2. For another country (left out): %3.</source>
        <translation>新建议：%1。已记录：%2。属于其他国家（略过）：%3。</translation>
    </message>
    <message>
        <source>Problems: %1. Correct the file and check it again; nothing will be imported until then.</source>
        <translation>问题：%1。请更正文件后重新检查；在此之前不会导入任何内容。</translation>
    </message>
    <message>
        <source>Recommendations imported: %1.</source>
        <translation>已导入建议：%1。</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
</context><context><name>Due</name><message>
        <source>Due</source>
        <translation>到期事项</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>到期事项</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Mission report</source>
        <translation>任务报告</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>后续审查</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>Final project report</source>
        <translation>项目最终报告</translation>
    </message>
    <message>
        <source>Mid-term evaluation</source>
        <translation>中期评估</translation>
    </message>
    <message>
        <source>End-of-project evaluation</source>
        <translation>项目结束评估</translation>
    </message>
    <message>
        <source>Decision on a request</source>
        <translation>对请求的决定</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Days late: %1</source>
        <translation>逾期天数：%1</translation>
    </message>
    <message>
        <source>%1 overdue, %2 this week, %3 this month</source>
        <translation>已逾期 %1 项，本周 %2 项，本月 %3 项</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>已逾期：%1</translation>
    </message>
    <message>
        <source>Overdue per office: %1</source>
        <translation>各办事处逾期：%1</translation>
    </message>
    <message>
        <source>Most urgent items due</source>
        <translation>最紧急的到期事项</translation>
    </message>
    <message>
        <source>&amp;All that is due…</source>
        <translation>全部到期事项(&amp;A)…</translation>
    </message>
    <message>
        <source>Finding what is due…</source>
        <translation>正在查找到期事项…</translation>
    </message>
    <message>
        <source>What is due: open the Due page</source>
        <translation>到期事项：打开到期事项页面</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>规则(&amp;R)…</translation>
    </message>
    <message>
        <source>How many days after what each item is due</source>
        <translation>每个事项在何事之后多少天到期</translation>
    </message>
<message>
        <source>Sustainability check</source>
        <translation>可持续性核查</translation>
    </message>
    <message>
        <source>%1 months after the exit</source>
        <translation>退出后%1个月</translation>
    </message>
<message>
        <source>Grant tranche</source>
        <translation>赠款批次</translation>
    </message>
    <message>
        <source>Grant report</source>
        <translation>赠款报告</translation>
    </message>
    <message>
        <source>tranche %1</source>
        <translation>第%1批</translation>
    </message>
<message>
        <source>Synthesis of a review</source>
        <translation>审查综述</translation>
    </message>
</context><context><name>Lessons</name><message>
        <source>Lessons</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <source>Mission finding</source>
        <translation>任务调查结果</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>后续说明</translation>
    </message>
    <message>
        <source>Search findings, lessons and notes</source>
        <translation>搜索调查结果、经验教训和说明</translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation>搜索经验教训</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Lessons found</source>
        <translation>找到的经验教训</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>All thematic areas</source>
        <translation>所有专题领域</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>所有年份</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>找到 %1 条</translation>
    </message>
    <message>
        <source>Lessons from before</source>
        <translation>以往的经验教训</translation>
    </message>
    <message>
        <source>Once saved, the lessons recorded for the same country and thematic areas show here.</source>
        <translation>保存后，此处将显示同一国家和专题领域的经验教训。</translation>
    </message>
    <message>
        <source>Lessons recorded for the same country and thematic areas: %1</source>
        <translation>同一国家和专题领域的经验教训：%1</translation>
    </message>
<message>
        <source>After the exit</source>
        <translation>退出之后</translation>
    </message>
<message>
        <source>Review finding</source>
        <translation>审查结果</translation>
    </message>
</context><context><name>DueRules</name><message>
        <source>Rules for what is due</source>
        <translation>到期规则</translation>
    </message>
    <message>
        <source>Headquarters sets these rules; every office is held to them.</source>
        <translation>这些规则由总部制定；每个办事处都须遵守。</translation>
    </message>
    <message>
        <source>Set by headquarters; every office is held to them.</source>
        <translation>由总部制定；每个办事处都须遵守。</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>到期事项</translation>
    </message>
    <message>
        <source>Days after</source>
        <translation>之后天数</translation>
    </message>
    <message>
        <source>Reporting period (months)</source>
        <translation>报告期（月）</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>半年</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
<message>
        <source>Months after the exit</source>
        <translation>退出后月数</translation>
    </message>
    <message>
        <source>When the checks fall after a project's exit, e.g. 6, 12, 24.</source>
        <translation>项目退出后何时核查，例如 6, 12, 24。</translation>
    </message>
</context><context>
    <name>RetentionSection</name>
    <message>
        <source>Retention of personal data</source>
        <translation>个人数据的保存</translation>
    </message>
    <message>
        <source>Headquarters sets how long personal data is kept; every office applies it in a daily sweep.</source>
        <translation>总部规定个人数据的保存期限；各办事处每天清理时执行。</translation>
    </message>
    <message>
        <source>Set by headquarters; applied here in a daily sweep.</source>
        <translation>由总部规定；本处每天清理时执行。</translation>
    </message>
    <message>
        <source>Contact &amp;details, after the last activity:</source>
        <translation>联系方式（最后一次活动后）(&amp;D)：</translation>
    </message>
    <message>
        <source>Records of &amp;erasures:</source>
        <translation>删除记录(&amp;E)：</translation>
    </message>
    <message>
        <source>Backups made by &amp;hand:</source>
        <translation>手动备份(&amp;H)：</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Not in use.</source>
        <translation>未启用。</translation>
    </message>
    <message>
        <source>Participants whose contact details are removed at today's sweep: %1</source>
        <translation>今天清理时删除联系方式的参与者：%1</translation>
    </message>
    <message>
        <source>Erasure records removed at today's sweep: %1</source>
        <translation>今天清理时删除的删除记录：%1</translation>
    </message>
    <message>
        <source>Manual backups proposed for deletion now: %1</source>
        <translation>现在建议删除的手动备份：%1</translation>
    </message>
    <message>
        <source>Participants whose contact details will be removed on %1: %2</source>
        <translation>将于 %1 删除联系方式的参与者：%2</translation>
    </message>
    <message>
        <source>Erasure records that will be removed on %1: %2</source>
        <translation>将于 %1 删除的删除记录：%2</translation>
    </message>
    <message>
        <source>Manual backups proposed for deletion on %1: %2</source>
        <translation>将于 %1 建议删除的手动备份：%2</translation>
    </message>
    <message>
        <source>Nothing in the next 90 days.</source>
        <translation>未来 90 天内没有。</translation>
    </message>
    <message>
        <source>Erasure records past this period, kept until every office that must apply them has acknowledged them: %1</source>
        <translation>超过此期限、但在每个须执行的办事处确认之前仍保留的删除记录：%1</translation>
    </message>
    <message>
        <source>Participants' &amp;names never leave the offices</source>
        <translation>参与者姓名永不离开办事处(&amp;N)</translation>
    </message>
    <message>
        <source>Every participant is sent to headquarters under a pseudonym, whatever their consent; the offices' reports for sharing and spreadsheets show the pseudonyms too. Names stay in the offices.</source>
        <translation>无论是否同意，每位参与者都以化名发送给总部；办事处用于共享的报告和电子表格也显示化名。姓名留在办事处。</translation>
    </message>
    <message>
        <source>A participant's name is sent to headquarters unless they did not consent to share it.</source>
        <translation>除非参与者不同意共享，其姓名会发送给总部。</translation>
    </message>
    <message>
        <source>When you press OK, the names of the offices' participants held here are replaced by their pseudonyms.</source>
        <translation>按“确定”后，此处保存的各办事处参与者姓名将被替换为其化名。</translation>
    </message>
    <message>
        <source>Set by headquarters.</source>
        <translation>由总部设定。</translation>
    </message>
    <message>
        <source>This office sends every participant to headquarters under a &amp;pseudonym</source>
        <translation>本办事处以化名将所有参与者发送至总部(&amp;P)</translation>
    </message>
    <message>
        <source>Whatever their consent, participants reach headquarters under the pseudonym only, without contacts, organisation, position or files.</source>
        <translation>无论是否同意，参与者仅以化名送达总部，不含联系方式、组织、职务或文件。</translation>
    </message>
    <message>
        <source>Participants who consent to share their name reach headquarters by name, with their files; the others under the pseudonym.</source>
        <translation>同意共享姓名的参与者以姓名送达总部，并附其文件；其他人以化名送达。</translation>
    </message>
    <message>
        <source>When you press OK, every participant of this office is sent again with the next bundle, and headquarters replaces the names and removes the files it holds.</source>
        <translation>按“确定”后，本办事处的每位参与者将随下一个数据包重新发送，总部将替换其保存的姓名并删除文件。</translation>
    </message>
    <message>
        <source>When you press OK, every participant of this office is sent again with the next bundle, by name where they consent.</source>
        <translation>按“确定”后，本办事处的每位参与者将随下一个数据包重新发送，同意者以姓名发送。</translation>
    </message>
    <message>
        <source>This office&apos;s reports for sharing and spreadsheets show the pseudonyms too.</source>
        <translation>本办事处供共享的报告和电子表格也显示化名。</translation>
    </message>
</context>
<context><name>AfterExitSection</name><message>
        <source>Months after the exit</source>
        <translation>退出后月数</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <source>Partner still running it</source>
        <translation>伙伴仍在运行</translation>
    </message>
    <message>
        <source>National budget line</source>
        <translation>国家预算项目</translation>
    </message>
    <message>
        <source>Trained staff in post</source>
        <translation>受训人员在岗</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>National partner still running it</source>
        <translation>国家伙伴仍在运行</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>A national budget line</source>
        <translation>有国家预算项目</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Trained staff still in post</source>
        <translation>受训人员仍在岗</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>What was seen: a budget law, a payroll, a visit (attach files on the project).</source>
        <translation>所见证据：预算法、工资单、实地访问（文件请附在项目上）。</translation>
    </message>
    <message>
        <source>sustainability check</source>
        <translation>可持续性核查</translation>
    </message>
    <message>
        <source>When a project closes, whether what it set in motion lasted is checked some months after its exit; each check is due until it is recorded here.</source>
        <translation>项目关闭后，在退出数月后核查其启动的工作是否得以延续；每次核查在此记录之前均为待办。</translation>
    </message>
    <message>
        <source>Checks are scheduled once the project is closed.</source>
        <translation>项目关闭后即安排核查。</translation>
    </message>
    <message>
        <source>Closed without an exit or end date: give one to schedule the checks.</source>
        <translation>已关闭但无退出或结束日期：请填写日期以安排核查。</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止%1</translation>
    </message>
    <message>
        <source>%1 months (%2, %3)</source>
        <translation>%1个月（%2，%3）</translation>
    </message>
    <message>
        <source>Exit on %1. Checks: %2.</source>
        <translation>退出日期%1。核查：%2。</translation>
    </message>
</context><context>
    <name>ReferenceLists</name>
    <message>
        <source>Reference lists</source>
        <translation>参考列表</translation>
    </message>
    <message>
        <source>Reference list</source>
        <translation>参考列表</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>新建条目(&amp;N)…</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Stakeholder types and target groups</source>
        <translation>利益攸关方类型和目标群体</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>受影响者</translation>
    </message>
    <message>
        <source>Treaty bodies</source>
        <translation>条约机构</translation>
    </message>
    <message>
        <source>UPR cycles</source>
        <translation>普遍定期审议周期</translation>
    </message>
    <message>
        <source>Type in a cell to rename or translate an entry; Enter or Tab saves it and moves on. An empty name shows FieldDesk's own word in grey. Retire an entry instead of deleting it: records that use it keep its name. Every office receives the lists with its next bundle.</source>
        <translation>在单元格中输入即可重命名或翻译条目；按 Enter 或 Tab 保存并移到下一项。名称为空时以灰色显示 FieldDesk 自带的词语。请停用条目而不是删除它：使用它的记录保留其名称。每个办事处会随下一个数据包收到这些列表。</translation>
    </message>
    <message>
        <source>Kept by headquarters: new entries and names arrive with the next bundle and are used at once.</source>
        <translation>由总部维护：新条目和名称随下一个数据包到达，并立即使用。</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Shipped with FieldDesk; type to write headquarters' own name.</source>
        <translation>FieldDesk 自带；输入即可写入总部自己的名称。</translation>
    </message>
    <message>
        <source>An entry needs its English name: records and reports fall back to it.</source>
        <translation>条目需要英文名称：记录和报告会退而使用它。</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>New entry: %1</source>
        <translation>新建条目：%1</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;English name</source>
        <translation>英文名称(&amp;E)</translation>
    </message>
    <message>
        <source>The code is kept for good: records point to it, so renaming the entry later changes no record and no report. Letters, digits and . _ - only.</source>
        <translation>代码一经确定便不再更改：记录指向代码，因此以后重命名条目不会改变任何记录或报告。仅限字母、数字和 . _ -。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
</context>
<context><name>ActivitiesPage</name><message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Existing or planned</source>
        <translation>现有或计划中</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>目标群体</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>专题领域</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln 项活动</numerusform>
        </translation>
    </message>
</context><context><name>PartnersPage</name><message>
        <source>Partners</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln 个伙伴</numerusform>
        </translation>
    </message>
</context><context><name>PartnerEditor</name><message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation>伙伴类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>For a national partner (a ministry, a national NGO); empty for an agency or donor working in many countries.</source>
        <translation>用于国家伙伴（部委、国家非政府组织）；在多国工作的机构或捐助方留空。</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>新伙伴</translation>
    </message>
    <message>
        <source>Already in the register, perhaps the same partner: %1. Use it rather than recording it again.</source>
        <translation>登记册中已有，可能是同一伙伴：%1。请使用它，不要重复登记。</translation>
    </message>
</context><context><name>PartnerActivityEditor</name><message>
        <source>Partner</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Existing or planned</source>
        <translation>现有或计划中</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>目标群体</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Cooperation framework outcome</source>
        <translation>合作框架成果</translation>
    </message>
    <message>
        <source>Source of the information</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Information as of</source>
        <translation>信息截至</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>When known; empty when not.</source>
        <translation>已知时填写；未知则留空。</translation>
    </message>
    <message>
        <source>The ISO 4217 code: USD, EUR, GTQ…</source>
        <translation>ISO 4217 代码：USD、EUR、GTQ…</translation>
    </message>
    <message>
        <source>The outcome of the UN sustainable development cooperation framework it serves.</source>
        <translation>其服务的联合国可持续发展合作框架成果。</translation>
    </message>
    <message>
        <source>New partner activity</source>
        <translation>新伙伴活动</translation>
    </message>
</context><context><name>OptionalAmountInput</name><message>
        <source>Write the amount in figures, for example 1200000 (or leave it empty when unknown).</source>
        <translation>请用数字填写金额，例如 1200000（未知则留空）。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
</context><context><name>CoordinationPage</name><message>
        <source>Coordination</source>
        <translation>协调</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>活动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>伙伴(&amp;P)</translation>
    </message>
</context><context><name>Coordination</name><message>
        <source>Partners</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>伙伴</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Existing or planned</source>
        <translation>现有或计划中</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Others working on this</source>
        <translation>其他在此开展工作的方</translation>
    </message>
    <message>
        <source>Import the register from Excel</source>
        <translation>从 Excel 导入登记册</translation>
    </message>
    <message>
        <source>Thematic areas in common</source>
        <translation>共同的专题领域</translation>
    </message>
    <message>
        <source>Once saved, the partners working in the same country and thematic areas show here.</source>
        <translation>保存后，此处显示在同一国家和专题领域工作的伙伴。</translation>
    </message>
    <message>
        <source>Others working on this (the coordination register: the same country and thematic areas, in the same period or planned): %1</source>
        <translation>其他在此开展工作的方（协调登记册：同一国家和专题领域，同一期间或计划中）：%1</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 项</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was imported. Correct them in the sheet and import it again.

%2</source>
        <translation>%1 有问题；未导入任何内容。请在工作表中更正后重新导入。

%2</translation>
    </message>
    <message>
        <source>%1: %2 new partner(s), %3 new activity(ies), %4 already recorded. Import them?</source>
        <translation>%1：新伙伴 %2 个，新活动 %3 项，已登记 %4 项。是否导入？</translation>
    </message>
    <message>
        <source>Everything in %1 is already recorded.</source>
        <translation>%1 中的所有内容均已登记。</translation>
    </message>
    <message>
        <source>Imported %1 partner(s) and %2 activity(ies).</source>
        <translation>已导入 %1 个伙伴和 %2 项活动。</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 already recorded. Import them?</source>
        <translation>%1：%2，%3，已登记 %4 项。是否导入？</translation>
    </message>
    <message>
        <source>Imported %1 and %2.</source>
        <translation>已导入 %1 和 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new partner(s)</source>
        <translation>
            <numerusform>新伙伴 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new activity(ies)</source>
        <translation>
            <numerusform>新活动 %Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln 个伙伴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln 项活动</numerusform>
        </translation>
    </message>
</context><context><name>AllocationEditor</name><message>
        <source>Allocated on</source>
        <translation>拨款日期</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>金额（美元）</translation>
    </message>
    <message>
        <source>Contribution drawn on</source>
        <translation>所动用的捐款</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>New allocation</source>
        <translation>新拨款</translation>
    </message>
</context><context><name>AllocationsList</name><message>
        <source>Allocated on</source>
        <translation>拨款日期</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>金额（美元）</translation>
    </message>
    <message>
        <source>Contribution drawn on</source>
        <translation>所动用的捐款</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>拨款</translation>
    </message>
    <message>
        <source>Saved, with a warning: %1</source>
        <translation>已保存，但有提醒：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln allocation(s)</source>
        <translation>
            <numerusform>%Ln 笔拨款</numerusform>
        </translation>
    </message>
</context><context><name>ProjectAllocations</name><message>
        <source>Allocated on</source>
        <translation>拨款日期</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>金额（美元）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Allocations from the Voluntary Fund</source>
        <translation>自愿基金拨款</translation>
    </message>
    <message>
        <source>Drawn on</source>
        <translation>动用捐款</translation>
    </message>
</context><context><name>ContributionEditor</name><message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>Earmark</source>
        <translation>指定用途</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Earmarked country</source>
        <translation>指定国家</translation>
    </message>
    <message>
        <source>Earmarked region</source>
        <translation>指定区域</translation>
    </message>
    <message>
        <source>Earmarked theme</source>
        <translation>指定主题</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>新捐款</translation>
    </message>
    <message>
        <source>Pledged on</source>
        <translation>认捐日期</translation>
    </message>
    <message>
        <source>The ISO 4217 code: EUR, CHF, NOK, USD…</source>
        <translation>ISO 4217 代码：EUR、CHF、NOK、USD……</translation>
    </message>
</context><context><name>ContributionsList</name><message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>Earmark</source>
        <translation>指定用途</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>捐款</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s)</source>
        <translation>
            <numerusform>%Ln 笔捐款</numerusform>
        </translation>
    </message>
</context><context><name>PositionTab</name><message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>已拨款</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Not counted, for want of a rate of exchange: %1. Record the rates on the Rates tab.</source>
        <translation>因缺少汇率未计入：%1。请在“汇率”选项卡中录入汇率。</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>已认捐</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Regular budget</source>
        <translation>经常预算</translation>
    </message>
    <message>
        <source>Regular budget against the Fund, by year and country</source>
        <translation>经常预算与基金对比（按年份和国家）</translation>
    </message>
    <message>
        <source>Regular budget spent</source>
        <translation>经常预算支出</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <source>The Fund's position by year</source>
        <translation>基金各年度状况</translation>
    </message>
    <message>
        <source>US dollars at the UN operational rates of exchange. The balance is what was received less what was allocated, up to the end of the year.</source>
        <translation>按联合国业务汇率折算的美元。余额为截至年底的已收款减去已拨款。</translation>
    </message>
    <message>
        <source>Voluntary Fund budget</source>
        <translation>自愿基金预算</translation>
    </message>
    <message>
        <source>Voluntary Fund spent</source>
        <translation>自愿基金支出</translation>
    </message>
</context><context><name>RateEditor</name><message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>每美元单位数</translation>
    </message>
    <message>
        <source>New exchange rate</source>
        <translation>新汇率</translation>
    </message>
    <message>
        <source>The ISO 4217 code: EUR, CHF, NOK…</source>
        <translation>ISO 4217 代码：EUR、CHF、NOK……</translation>
    </message>
    <message>
        <source>The UN operational rate of exchange, usually from the first of a month.</source>
        <translation>联合国业务汇率，通常自每月第一天起生效。</translation>
    </message>
</context><context><name>RatesList</name><message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Units per US dollar</source>
        <translation>每美元单位数</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>汇率</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rate(s)</source>
        <translation>
            <numerusform>%Ln 个汇率</numerusform>
        </translation>
    </message>
</context><context><name>DonorEditor</name><message>
        <source>Donor</source>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>A government donor is a state: its country.</source>
        <translation>政府捐助方是一个国家：填写其国家。</translation>
    </message>
    <message>
        <source>Kind of donor</source>
        <translation>捐助方类型</translation>
    </message>
    <message>
        <source>New donor</source>
        <translation>新捐助方</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context><context><name>DonorsList</name><message>
        <source>Donor</source>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>捐助方</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message numerus="yes">
        <source>%Ln donor(s)</source>
        <translation>
            <numerusform>%Ln 个捐助方</numerusform>
        </translation>
    </message>
</context><context><name>FundPage</name><message>
        <source>Fund</source>
        <translation>基金</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Headquarters keeps the Voluntary Fund and sends it with its bundles: here you can read it, search it and export it to Excel, not change it. In Position, spent and the regular budget count this office's projects only.</source>
        <translation>总部管理自愿基金，并随其数据包发送：您可以在此查看、搜索并导出到 Excel，但不能修改。在“状况”中，已支出和经常预算只计算本办事处的项目。</translation>
    </message>
</context><context><name>BoardPage</name><message>
        <source>Board of Trustees</source>
        <translation>董事会</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>届会</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln 届会议</numerusform>
        </translation>
    </message>
</context><context><name>BoardSessionEditor</name><message>
        <source>Session number</source>
        <translation>届次</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>As the Board names it, for example: Forty-first session.</source>
        <translation>按董事会的称呼，例如：第四十一届会议。</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Adopted recommendations</source>
        <translation>通过的建议</translation>
    </message>
    <message>
        <source>Decisions on projects</source>
        <translation>关于项目的决定</translation>
    </message>
    <message>
        <source>New Board session</source>
        <translation>新的董事会会议</translation>
    </message>
</context><context><name>MembersSection</name><message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提名国</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
</context><context><name>AdoptedSection</name><message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>后续状态</translation>
    </message>
    <message>
        <source>Recommendations whose source is the Board of Trustees, not yet linked to a session. Record a new one on the Recommendations page first.</source>
        <translation>来源为董事会、尚未与届会关联的建议。新的建议请先在“建议”页记录。</translation>
    </message>
    <message>
        <source>adopted recommendation</source>
        <translation>通过的建议</translation>
    </message>
    <message>
        <source>The recommendations of the Board of Trustees adopted at this session; their follow-up is recorded on the Recommendations page.</source>
        <translation>本届会议通过的董事会建议；其后续情况在“建议”页记录。</translation>
    </message>
</context><context><name>DecisionsSection</name><message>
        <source>Project code</source>
        <translation>项目代码</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Amount recommended</source>
        <translation>建议金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>决定</translation>
    </message>
</context><context><name>ProjectDecisionsSection</name><message>
        <source>Session</source>
        <translation>届会</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Amount recommended</source>
        <translation>建议金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Decisions of the Board of Trustees on this project, recorded on the Board page.</source>
        <translation>董事会关于本项目的决定，在“董事会”页记录。</translation>
    </message>
</context><context><name>Grants</name><message>
        <source>Grants</source>
        <translation>赠款</translation>
    </message>
    <message>
        <source>Tranche %1</source>
        <translation>第%1批</translation>
    </message>
    <message>
        <source>%1, due %2 (days late: %3)</source>
        <translation>%1，应于%2（逾期天数：%3）</translation>
    </message>
    <message>
        <source>Paid %1 of %2 %3.</source>
        <translation>已付%2 %3中的%1。</translation>
    </message>
    <message>
        <source>Warning: the tranches add up to %1 %3, not the grant's %2 %3.</source>
        <translation>警告：各批次合计%1 %3，而非赠款金额%2 %3。</translation>
    </message>
    <message>
        <source>Overdue: %1.</source>
        <translation>逾期：%1。</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>逾期%1项</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Only grants with something &amp;overdue</source>
        <translation>仅限有逾期事项的赠款(&amp;O)</translation>
    </message>
    <message>
        <source>Grantee</source>
        <translation>受赠方</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Grants shown: %1</source>
        <translation>显示的赠款：%1</translation>
    </message>
    <message>
        <source>%1 (days late: %2)</source>
        <translation>%1（逾期天数：%2）</translation>
    </message>
<message>
        <source>Grants are added on a project's Grants tab: open the project on the Projects page. Enter or a double-click here opens a grant there.</source>
        <translation>赠款在项目的“赠款”选项卡中添加：请在“项目”页面打开该项目。在此按 Enter 或双击即可在那里打开赠款。</translation>
    </message>
    <message>
        <source>Paid %1 of %2.</source>
        <translation>已付%2中的%1。</translation>
    </message>
    <message>
        <source>Warning: the tranches add up to %1, not the grant's %2.</source>
        <translation>警告：各批次合计%1，而非赠款金额%2。</translation>
    </message>
</context><context><name>GrantsTab</name><message>
        <source>Tranches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Choose a grant to see its tranches and reports.</source>
        <translation>选择一项赠款以查看其批次和报告。</translation>
    </message>
</context><context><name>GrantsSection</name><message>
        <source>Grantee</source>
        <translation>受赠方</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>The NGO or national institution that receives the grant.</source>
        <translation>接受赠款的非政府组织或国家机构。</translation>
    </message>
    <message>
        <source>Kind of grantee</source>
        <translation>受赠方类型</translation>
    </message>
    <message>
        <source>Grantee's country</source>
        <translation>受赠方国家</translation>
    </message>
    <message>
        <source>Three capital letters: USD, EUR, CHF.</source>
        <translation>三个大写字母：USD、EUR、CHF。</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>赠款</translation>
    </message>
</context><context><name>TranchesSection</name><message>
        <source>Tranche</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Paid to the grantee</source>
        <translation>已付给受赠方</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>tranche</source>
        <translation>批次</translation>
    </message>
</context><context><name>GrantReportsSection</name><message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>接受日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>A report is accepted once it has been received.</source>
        <translation>报告须先收到才能接受。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>grant report</source>
        <translation>赠款报告</translation>
    </message>
</context><context><name>FellowshipsPage</name><message>
        <source>Fellowships</source>
        <translation>研究金</translation>
    </message>
    <message>
        <source>Fellow</source>
        <translation>研究员</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待方</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>最终报告</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>实习</translation>
    </message>
    <message>
        <source>Delete this fellowship (%1) with its objectives and follow-up contacts?</source>
        <translation>删除此研究金（%1）及其目标和后续联系？</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fellowship(s)</source>
        <translation>
            <numerusform>%Ln 项研究金</numerusform>
        </translation>
    </message>
</context><context><name>FellowshipEditor</name><message>
        <source>Fellow</source>
        <translation>研究员</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Learning objectives</source>
        <translation>学习目标</translation>
    </message>
    <message>
        <source>Follow-up contacts</source>
        <translation>后续联系</translation>
    </message>
    <message>
        <source>Type part of the person's name and pick them from the list.</source>
        <translation>输入此人姓名的一部分，然后从列表中选择。</translation>
    </message>
    <message>
        <source>For example “2026 Indigenous Fellowship, English section”.</source>
        <translation>例如“2026 年土著研究金，英语组”。</translation>
    </message>
    <message>
        <source>Host office or institution</source>
        <translation>接待办事处或机构</translation>
    </message>
    <message>
        <source>Placement start</source>
        <translation>实习开始</translation>
    </message>
    <message>
        <source>Placement end</source>
        <translation>实习结束</translation>
    </message>
    <message>
        <source>Final report received</source>
        <translation>最终报告收到日期</translation>
    </message>
    <message>
        <source>Final report summary</source>
        <translation>最终报告摘要</translation>
    </message>
    <message>
        <source>New fellowship</source>
        <translation>新研究金</translation>
    </message>
    <message>
        <source>Placement weeks: shown once both dates are known.</source>
        <translation>实习周数：两个日期都填写后显示。</translation>
    </message>
    <message>
        <source>Placement weeks: %1 (days: %2).</source>
        <translation>实习周数：%1（天数：%2）。</translation>
    </message>
    <message>
        <source>Attach the report itself below.</source>
        <translation>请在下方附上报告本身。</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>实习</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>最终报告</translation>
    </message>
    <message>
        <source>On the Final report tab: %1</source>
        <translation>在“最终报告”选项卡中：%1</translation>
    </message>
</context><context><name>ObjectivesSection</name><message>
        <source>Learning objective</source>
        <translation>学习目标</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>是否实现</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>learning objective</source>
        <translation>学习目标</translation>
    </message>
    <message>
        <source>What the fellow set out to learn, and whether it was met by the end of the placement.</source>
        <translation>研究员希望学到的内容，以及实习结束时是否实现。</translation>
    </message>
</context><context><name>ContactsSection</name><message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>What they do now</source>
        <translation>现在的工作</translation>
    </message>
    <message>
        <source>Applies what they learned</source>
        <translation>运用所学</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>follow-up contact</source>
        <translation>后续联系</translation>
    </message>
    <message>
        <source>After the placement: what the former fellow does now, and whether they apply what they learned.</source>
        <translation>实习之后：前研究员现在的工作，以及是否运用所学。</translation>
    </message>
</context><context><name>FellowshipsOfPerson</name><message>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待方</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Fellowships of this participant</source>
        <translation>此参与者的研究金</translation>
    </message>
    <message>
        <source>Fellowships are recorded on the Fellowships page: Enter or a double click opens one there.</source>
        <translation>研究金在“研究金”页面中记录：按 Enter 或双击即可在该页面打开。</translation>
    </message>
</context><context><name>FinalReportTab</name><message>
        <source>The report's file</source>
        <translation>报告文件</translation>
    </message>
    <message>
        <source>The report's file, once the fellowship is saved</source>
        <translation>报告文件（保存研究金后）</translation>
    </message>
</context><context><name>FellowshipNote</name><message>
        <source>Fellowships are now recorded on the Fellowships page, with the placement, final report and follow-up. This form stays for the activities recorded before.</source>
        <translation>研究金现在在“研究金”页面记录，包括实习、最终报告和后续情况。此形式保留给以前记录的活动。</translation>
    </message>
</context><context><name>ReviewsPage</name><message>
        <source>Reviews</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Delete the review “%1” with its team, interviews and findings?</source>
        <translation>删除审查“%1”及其小组、访谈和调查结果？</translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln 项审查</numerusform>
        </translation>
    </message>
</context><context><name>ReviewEditor</name><message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind of review</source>
        <translation>审查类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>期间自</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>期间至</translation>
    </message>
    <message>
        <source>Terms of reference</source>
        <translation>职权范围</translation>
    </message>
    <message>
        <source>The terms as text; attach the signed document on the Attachments tab.</source>
        <translation>以文字填写职权范围；已签署的文件请在“附件”选项卡中附上。</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>综述</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>新审查</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>职权</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
</context><context><name>DossierButton</name><message>
        <source>&amp;Dossier…</source>
        <translation>档案(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the review with a country and a thematic area first.</source>
        <translation>请先保存含有国家和专题领域的审查。</translation>
    </message>
</context><context><name>DossierDialog</name><message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>国家(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Thematic area:</source>
        <translation>专题领域(&amp;T):</translation>
    </message>
</context><context><name>InterviewsSection</name><message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Stakeholder meeting</source>
        <translation>利益攸关方会议</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>受访者</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Stakeholder type</source>
        <translation>利益攸关方类型</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A meeting already recorded on a mission (type its organisation), or fill in the interview below.</source>
        <translation>已在某次任务中记录的会议（输入其组织），或在下方填写访谈。</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>访谈</translation>
    </message>
</context><context><name>RecommendationsSection</name><message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Target institution</source>
        <translation>对象机构</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected line (%1)?</source>
        <translation>移除所选行（%1）？</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Follow each recommendation up on the Recommendations page.</source>
        <translation>请在“建议”页面跟进每项建议。</translation>
    </message>
</context><context><name>SynthesisTab</name><message>
        <source>The synthesis of the review: its main findings, conclusions and recommendations, as adopted.</source>
        <translation>审查综述：经通过的主要调查结果、结论和建议。</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>综述</translation>
    </message>
    <message>
        <source>Save s&amp;ynthesis</source>
        <translation>保存综述(&amp;Y)</translation>
    </message>
    <message>
        <source>Save and mark &amp;final</source>
        <translation>保存并标为定稿(&amp;F)</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
</context><context><name>Coverage</name><message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Countries covered</source>
        <translation>涵盖的国家</translation>
    </message>
    <message>
        <source>Type a country, Enter adds it</source>
        <translation>输入国家名称，按回车添加</translation>
    </message>
    <message>
        <source>Listed: %1. Delete removes the chosen country.</source>
        <translation>已列出：%1。按 Delete 删除所选国家。</translation>
    </message>
    <message>
        <source>No country is called “%1”.</source>
        <translation>没有名为“%1”的国家。</translation>
    </message>
    <message>
        <source>Press Enter to add the country, or clear the field.</source>
        <translation>按回车添加该国家，或清空此栏。</translation>
    </message>
</context><context>
    <name>AllocationEditor</name>
    <message>
        <source>Grant</source>
        <translation>赠款</translation>
    </message>
    <message>
        <source>When the money is for one of the project's grants: type part of the grantee's name and pick it.</source>
        <translation>当这笔资金用于项目的某项赠款时：键入受赠方名称的一部分并选择该赠款。</translation>
    </message>
</context>
<context>
    <name>AllocationsList</name>
    <message>
        <source>Grant</source>
        <translation>赠款</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>recommendations: %1</source>
        <translation>建议：%1</translation>
    </message>
<message>
        <source>Plan action</source>
        <translation>计划行动</translation>
    </message>
</context>
<context>
    <name>AfterExitSection</name>
    <message>
        <source>Evidence &amp;files…</source>
        <translation>证据文件(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence of the check at %1 months</source>
        <translation>%1 个月检查的证据</translation>
    </message>
    <message>
        <source>Files that show what the check found: a budget page, a report, a list of staff.</source>
        <translation>显示检查结果的文件：预算页、报告、工作人员名单。</translation>
    </message>
</context>
<context>
    <name>InstitutionsPage</name>
    <message>
        <source>National institutions</source>
        <translation>国家机构</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Delete the institution “%1” with its accreditation reviews, concerns and regional offices? The records linked to it keep their own data.</source>
        <translation>删除机构“%1”及其认证审查、关切和地区办事处？与其关联的记录保留各自的数据。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln institution(s)</source>
        <translation>
            <numerusform>%Ln 个机构</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstitutionEditor</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>New national institution</source>
        <translation>新建国家机构</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Regional offices</source>
        <translation>地区办事处</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>关切</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <source>The constitution or law that establishes it, with its reference (article, law number).</source>
        <translation>设立该机构的宪法或法律及其出处（条款、法律编号）。</translation>
    </message>
</context>
<context>
    <name>AccreditationSection</name>
    <message>
        <source>accreditation review</source>
        <translation>认证审查</translation>
    </message>
    <message>
        <source>Reviews by GANHRI's Sub-Committee on Accreditation, latest first, recorded by headquarters. The current status is the latest review's.</source>
        <translation>全球联盟认证小组委员会的审查，最新的在前，由总部记录。当前等级为最近一次审查的等级。</translation>
    </message>
    <message>
        <source>Reviews by GANHRI's Sub-Committee on Accreditation, latest first. The current status is the latest review's.</source>
        <translation>全球联盟认证小组委员会的审查，最新的在前。当前等级为最近一次审查的等级。</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>审查日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次审查</translation>
    </message>
    <message>
        <source>Concerns raised</source>
        <translation>提出的关切</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Current status: not reviewed.</source>
        <translation>当前等级：未经审查。</translation>
    </message>
    <message>
        <source>Current status: %1, since the review of %2.</source>
        <translation>当前等级：%1，自 %2 的审查起。</translation>
    </message>
    <message>
        <source>The Sub-Committee's concerns are recorded on the Concerns tab, naming this review.</source>
        <translation>小组委员会的关切记录在“关切”选项卡中，并注明本次审查。</translation>
    </message>
</context>
<context>
    <name>OfficesSection</name>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>regional office</source>
        <translation>地区办事处</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开设日期</translation>
    </message>
</context>
<context>
    <name>ConcernsSection</name>
    <message>
        <source>concern</source>
        <translation>关切</translation>
    </message>
    <message>
        <source>Paris Principles concerns, recorded as findings about the institution: raised by an accreditation review, by a mission, or by the office's own assessment.</source>
        <translation>有关《巴黎原则》的关切，作为对该机构的调查结论记录：由认证审查、特派团或办事处自身的评估提出。</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>关切</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>提出方</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>解决日期</translation>
    </message>
    <message>
        <source>How it was addressed</source>
        <translation>解决方式</translation>
    </message>
    <message>
        <source>Raised by the accreditation review</source>
        <translation>提出关切的认证审查</translation>
    </message>
    <message>
        <source>Raised by the mission</source>
        <translation>提出关切的特派团</translation>
    </message>
    <message>
        <source>Against the Paris Principles: mandate, independence, pluralism, resources, appointment, cooperation.</source>
        <translation>对照《巴黎原则》：任务、独立性、多元化、资源、任命、合作。</translation>
    </message>
    <message>
        <source>Accreditation review of %1</source>
        <translation>%1 的认证审查</translation>
    </message>
</context>
<context>
    <name>WorkTab</name>
    <message>
        <source>Work linked to this institution</source>
        <translation>与该机构相关的工作</translation>
    </message>
    <message>
        <source>Projects, missions, training activities and recommendations that name this institution (chosen in their own editors). Enter or a double click opens one.</source>
        <translation>提及该机构的项目、特派团、培训活动和建议（在各自的编辑器中选择）。按 Enter 或双击可打开。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Projects: %1. Missions: %2. Training activities: %3. Recommendations: %4.</source>
        <translation>项目：%1。特派团：%2。培训活动：%3。建议：%4。</translation>
    </message>
</context>
<context>
    <name>Institutions</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>特派团</translation>
    </message>
    <message>
        <source>Training activity</source>
        <translation>培训活动</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>National institution</source>
        <translation>国家机构</translation>
    </message>
    <message>
        <source>An institution of another country</source>
        <translation>另一国家的机构</translation>
    </message>
    <message>
        <source>The national human rights institution this concerns: one of the record's country.</source>
        <translation>所涉国家人权机构：须为本记录所在国家的机构。</translation>
    </message>
</context>
<context><name>Thread</name><message>
        <source>Requests for assistance that cite it: %1</source>
        <translation>引用该建议的援助请求：%1</translation>
    </message>
    <message>
        <source>Missions: %1</source>
        <translation>访问团：%1</translation>
    </message>
    <message>
        <source>Projects that answer it: %1</source>
        <translation>回应该建议的项目：%1</translation>
    </message>
    <message>
        <source>Results and indicators of those projects: %1</source>
        <translation>这些项目的成果和指标：%1</translation>
    </message>
    <message>
        <source>Follow-up notes: %1</source>
        <translation>后续记录：%1</translation>
    </message>
    <message>
        <source>No request for assistance cites this recommendation yet.</source>
        <translation>尚无援助请求引用该建议。</translation>
    </message>
    <message>
        <source>No mission is linked to this recommendation yet.</source>
        <translation>尚无访问团与该建议相关联。</translation>
    </message>
    <message>
        <source>No project answers this recommendation yet.</source>
        <translation>尚无项目回应该建议。</translation>
    </message>
    <message>
        <source>No indicator measures what those projects do yet.</source>
        <translation>尚无指标衡量这些项目的工作。</translation>
    </message>
    <message>
        <source>No follow-up note has been recorded yet.</source>
        <translation>尚未记录任何后续记录。</translation>
    </message>
    <message>
        <source>What was done about this recommendation, from the requests that cite it to the indicators of the projects that answer it. Enter or a double click opens a record.</source>
        <translation>针对该建议所做的工作：从引用它的请求到回应它的项目的指标。按 Enter 键或双击可打开记录。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>已开展的工作</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Recommendations this project answers</source>
        <translation>本项目回应的建议</translation>
    </message>
    <message>
        <source>Once saved, the recommendations this project answers show here.</source>
        <translation>保存后，此处显示本项目回应的建议。</translation>
    </message>
    <message>
        <source>Recommendations this project answers (linked to it, or through its mission or request): %1. Enter or a double click opens one.</source>
        <translation>本项目回应的建议（直接关联，或通过其访问团或请求关联）：%1。按 Enter 键或双击可打开。</translation>
    </message>
    <message>
        <source>This project answers no recommendation yet: link it on a recommendation (“Projects that answer it”).</source>
        <translation>本项目尚未回应任何建议：请在建议中关联它（“回应该建议的项目”）。</translation>
    </message>
    <message>
        <source>No project answers it</source>
        <translation>无项目回应</translation>
    </message>
    <message>
        <source>A project's indicators are off track</source>
        <translation>项目指标偏离进度</translation>
    </message>
    <message>
        <source>No plan action answers it</source>
        <translation>无计划行动回应</translation>
    </message>
    <message>
        <source>Follow-through</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <source>Affected persons</source>
        <translation>受影响人群</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>目标%1</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Universal periodic review: %1</source>
        <translation>普遍定期审议：%1</translation>
    </message>
    <message>
        <source>Special procedure: %1</source>
        <translation>特别程序：%1</translation>
    </message>
    <message>
        <source>Actions of national action plans that answer it: %1</source>
        <translation>回应该建议的国家行动计划行动：%1</translation>
    </message>
    <message>
        <source>No action of a national action plan answers this recommendation yet.</source>
        <translation>尚无国家行动计划的行动回应该建议。</translation>
    </message>
</context><context><name>PlansPage</name><message>
        <source>National action plans</source>
        <translation>国家行动计划</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Coordinating body</source>
        <translation>协调机构</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Delete the plan “%1” with its actions?</source>
        <translation>删除计划“%1”及其行动？</translation>
    </message>
    <message numerus="yes">
        <source>%Ln plan(s)</source>
        <translation>
            <numerusform>%Ln 个计划</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>逾期行动</translation>
    </message>
</context><context><name>PlanEditor</name><message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>期间自</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>期间至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Coordinating body</source>
        <translation>协调机构</translation>
    </message>
    <message>
        <source>The ministry, commission or interministerial committee that coordinates it.</source>
        <translation>负责协调的部委、委员会或部际委员会。</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>通过日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>New national action plan</source>
        <translation>新的国家行动计划</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
</context><context><name>ActionsSection</name><message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Excel &amp;template…</source>
        <translation>Excel 模板(&amp;T)…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>负责机构</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>To look at</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>已逾期。</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Recommendations it answers</source>
        <translation>所回应的建议</translation>
    </message>
    <message>
        <source>Type a symbol, paragraph or words to find one; Enter ticks it</source>
        <translation>输入文件编号、段落或词语查找；按 Enter 勾选</translation>
    </message>
    <message>
        <source>Projects that support it</source>
        <translation>支持它的项目</translation>
    </message>
    <message>
        <source>Type a code or title; Enter ticks it</source>
        <translation>输入代码或标题；按 Enter 勾选</translation>
    </message>
    <message>
        <source>action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>An action past its deadline that is neither done nor dropped is overdue.</source>
        <translation>已过期限、既未完成也未放弃的行动即为逾期。</translation>
    </message>
</context><context><name>Plans</name><message>
        <source>plan-actions.xlsx</source>
        <translation>计划行动.xlsx</translation>
    </message>
    <message>
        <source>Save the actions template</source>
        <translation>保存行动模板</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>模板已保存：%1</translation>
    </message>
    <message>
        <source>Import actions from Excel</source>
        <translation>从 Excel 导入行动</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already recorded, %4 with problems.</source>
        <translation>%1：新增 %2，已记录 %3，有问题 %4。</translation>
    </message>
    <message>
        <source>Nothing was imported: correct these rows in the sheet and import it again.</source>
        <translation>未导入任何内容：请在工作表中更正这些行后重新导入。</translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>没有可导入的新内容。</translation>
    </message>
    <message>
        <source>Import the new actions?</source>
        <translation>导入新的行动？</translation>
    </message>
    <message>
        <source>Actions imported: %1.</source>
        <translation>已导入行动：%1。</translation>
    </message>
</context><context>
    <name>ReviewTeamSection</name>
    <message>
        <source>team member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Role in the team</source>
        <translation>在团队中的职责</translation>
    </message>
</context>
<context>
    <name>ReviewFindingsSection</name>
    <message>
        <source>finding</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Thematic area</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
</context>
<context>
    <name>BundleHistoryTab</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>已发送和已接收的数据包</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>接收自</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>发送至</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>missing before it: %1 (their changes came in later bundles)</source>
        <translation>此前缺失：%1（其更改已包含在之后的数据包中）</translation>
    </message>
</context>
<context><name>UserSignaturesBox</name><message>
        <source>Bundles signed by headquarters' root key alone</source>
        <translation>仅由总部根密钥签名的数据包</translation>
    </message>
    <message>
        <source>Required: offices refuse a headquarters bundle signed by the root key alone; every bundle must be signed by a certified user's own key.</source>
        <translation>已要求：各办事处拒绝仅由根密钥签名的总部数据包；每个数据包都必须由认证用户自己的密钥签名。</translation>
    </message>
    <message>
        <source>Required: this office refuses a headquarters bundle signed by the root key alone; every bundle must be signed by a certified headquarters user's own key.</source>
        <translation>已要求：本办事处拒绝仅由根密钥签名的总部数据包；每个数据包都必须由总部认证用户自己的密钥签名。</translation>
    </message>
    <message>
        <source>Headquarters decides this with its root key; the setting reaches each office with the next bundle sent to it.</source>
        <translation>由总部用其根密钥决定；该设置随下一个发往各办事处的数据包送达。</translation>
    </message>
    <message>
        <source>Headquarters decides this setting, and it reaches this office with headquarters' bundles; it cannot be changed here.</source>
        <translation>此设置由总部决定，随总部的数据包送达本办事处；无法在此更改。</translation>
    </message>
    <message>
        <source>Saved. Offices refuse bundles signed by the root key alone from the next bundle each receives.</source>
        <translation>已保存。各办事处从各自收到的下一个数据包起，拒绝仅由根密钥签名的数据包。</translation>
    </message>
    <message>
        <source>Saved. Offices accept bundles signed by the root key alone again from the next bundle each receives.</source>
        <translation>已保存。各办事处从各自收到的下一个数据包起，重新接受仅由根密钥签名的数据包。</translation>
    </message>
    <message>
        <source>Not required: offices accept headquarters bundles signed by the root key alone.</source>
        <translation>未要求：各办事处接受仅由根密钥签名的总部数据包。</translation>
    </message>
    <message>
        <source>Not required: this office accepts headquarters bundles signed by the root key alone.</source>
        <translation>未要求：本办事处接受仅由根密钥签名的总部数据包。</translation>
    </message>
    <message>
        <source>&amp;Accept root-signed bundles again…</source>
        <translation>重新接受根密钥签名的数据包(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;quire user-signed bundles…</source>
        <translation>要求用户签名的数据包(&amp;Q)…</translation>
    </message>
    <message>
        <source>(since %1)</source>
        <translation>（自 %1 起）</translation>
    </message>
</context><context><name>UserSignaturesDialog</name><message>
        <source>Offices will refuse any headquarters bundle signed by the root key alone, from the next bundle each receives: every bundle must then be signed by a certified user's own key.</source>
        <translation>从各办事处收到的下一个数据包起，它们将拒绝任何仅由根密钥签名的总部数据包：此后每个数据包都必须由认证用户自己的密钥签名。</translation>
    </message>
    <message>
        <source>Offices will accept headquarters bundles signed by the root key alone again, from the next bundle each receives.</source>
        <translation>从各办事处收到的下一个数据包起，它们将重新接受仅由根密钥签名的总部数据包。</translation>
    </message>
    <message>
        <source>Headquarters' root key file</source>
        <translation>总部根密钥文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Require user-signed bundles</source>
        <translation>要求用户签名的数据包</translation>
    </message>
    <message>
        <source>Accept root-signed bundles again</source>
        <translation>重新接受根密钥签名的数据包</translation>
    </message>
    <message>
        <source>Headquarters' root key is kept offline. Give the file 'fielddesk keys root export' wrote and its passphrase: the key is used for this change only and is not kept in this profile folder.</source>
        <translation>总部根密钥离线保存。请提供 'fielddesk keys root export' 写出的文件及其口令：该密钥仅用于此次更改，不会保存在此配置文件夹中。</translation>
    </message>
    <message>
        <source>Root key file</source>
        <translation>根密钥文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Root key &amp;file:</source>
        <translation>根密钥文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Passphrase of the root key file</source>
        <translation>根密钥文件的口令</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Headquarters' root key in this profile folder signs the change.</source>
        <translation>由此配置文件夹中的总部根密钥签署此更改。</translation>
    </message>
    <message>
        <source>&amp;Require user-signed bundles</source>
        <translation>要求用户签名的数据包(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Accept root-signed bundles</source>
        <translation>接受根密钥签名的数据包(&amp;A)</translation>
    </message>
    <message>
        <source>Give the root key file (written by 'fielddesk keys root export'). Nothing was changed.</source>
        <translation>请提供根密钥文件（由 'fielddesk keys root export' 写出）。未作任何更改。</translation>
    </message>
    <message>
        <source>Type the passphrase of the root key file. Nothing was changed.</source>
        <translation>请输入根密钥文件的口令。未作任何更改。</translation>
    </message>
    <message>
        <source>Signing the setting with the root key</source>
        <translation>正在用根密钥签署设置</translation>
    </message>
    <message>
        <source>This profile folder holds no certified user key: it will make no bundle until one is certified for it ('fielddesk keys user add NAME').</source>
        <translation>此配置文件夹中没有认证用户密钥：在为其认证一个密钥之前，不会生成任何数据包（'fielddesk keys user add 姓名'）。</translation>
    </message>
</context></TS>