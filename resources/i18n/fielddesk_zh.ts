<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>ActivityStatus</name>
    <message>
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
        <source>FieldDesk keeps your office&apos;s missions, trainings and participants on this computer.</source>
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
        <source>Changes not yet sent to headquarters and the last sync with each office will show here once synchronisation is set up.</source>
        <translation>设置同步后，此处将显示尚未发送到总部的更改以及与各办事处的最近一次同步。</translation>
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
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>清除日期</translation>
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
        <source>The demo holds invented missions, trainings and participants in five countries, recorded by a Guatemala office. Use it to try FieldDesk, not for real work: for real work, start again with a new profile folder.</source>
        <translation>演示数据包含五个国家的虚构特派团、培训和参与者，由危地马拉办事处录入。请用它来试用 FieldDesk，不要用于实际工作；实际工作请使用新的配置文件夹重新开始。</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Possible duplicate: %1. Check whether this is the same person before adding a new record.</source>
        <translation>可能重复：%1。添加新记录前，请确认是否为同一人。</translation>
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
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import participants from an Excel file and enrol them in this activity</source>
        <translation>从 Excel 文件导入参与者并将其登记到本活动</translation>
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
    <name>FollowUpStatus</name>
    <message>
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
        <source>Each step in following up this recommendation, oldest first. The latest note sets the recommendation&apos;s status.</source>
        <translation>落实本建议的每一步，按时间先后排列。最新的一条记录决定建议的状态。</translation>
    </message>
</context>
<context>
    <name>FundingSource</name>
    <message>
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
</context>
<context>
    <name>ImportProblems</name>
    <message>
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
        <source>About FieldDesk</source>
        <translation>关于 FieldDesk</translation>
    </message>
    <message>
        <source>FieldDesk %1

Missions, trainings, reports and sync for the field offices of a human rights technical cooperation programme.</source>
        <translation>FieldDesk %1

为人权技术合作方案的外地办事处提供特派团、培训、报告和同步功能。</translation>
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
    <name>MissionStatus</name>
    <message>
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
    <name>OfficePage</name>
    <message>
        <source>Your office</source>
        <translation>您的办事处</translation>
    </message>
    <message>
        <source>Every record you make carries this office&apos;s code, so headquarters knows where it comes from.</source>
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
    <name>OfficeRole</name>
    <message>
        <source>Field office</source>
        <translation>外地办事处</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>总部</translation>
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
        <source>E-mail and phone may be kept only with the participant&apos;s consent.</source>
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
</context>
<context>
    <name>Problems</name>
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
        <source>Contact details may be kept only with the participant&apos;s consent.</source>
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
</context>
<context>
    <name>ProjectStatus</name>
    <message>
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
</context>
<context>
    <name>RecommendationSource</name>
    <message>
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
        <source>Scores are percentages (0 to 100); the evaluation is the participant&apos;s rating of the activity, from 1 (poor) to 5 (excellent). Type a number or press F2 to change a cell.</source>
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
</context>
<context>
    <name>Sex</name>
    <message>
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
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Show FieldDesk in the new language now? The window is opened again; nothing is lost.</source>
        <translation>现在以新语言显示 FieldDesk 吗？窗口将重新打开，不会丢失任何内容。</translation>
    </message>
</context>
<context>
    <name>StakeholderType</name>
    <message>
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
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Here you will make a sync bundle for headquarters (on a USB stick or by e-mail), import the bundles you receive, and see which changes are not yet sent and when each office last synchronised.</source>
        <translation>您将在此处为总部制作同步包（通过 U 盘或电子邮件），导入收到的同步包，并查看哪些更改尚未发送以及各办事处最近一次同步的时间。</translation>
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
</context>
<context>
    <name>ThematicArea</name>
    <message>
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
    <name>TrainingForm</name>
    <message>
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
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import records from an Excel file</source>
        <translation>从 Excel 文件导入记录</translation>
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
</context>
</TS>
