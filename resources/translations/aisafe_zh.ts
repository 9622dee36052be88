<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh">
<context>
    <name>ActionItemEditor</name>
    <message>
        <source>Not saved yet. What you typed is kept here and the app keeps trying to save it.</source>
        <translation>尚未保存。您输入的内容保留在此，应用程序会持续尝试保存。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done: {recommendation}</source>
        <translation>已完成：{recommendation}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Owner of: {recommendation}</source>
        <translation>负责人：{recommendation}</translation>
    </message>
    <message>
        <source>Who will see that this step is done</source>
        <translation>由谁负责确保完成此步骤</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Due date of: {recommendation}</source>
        <translation>截止日期：{recommendation}</translation>
    </message>
    <message>
        <source>A date written YYYY-MM-DD, e.g. 2027-03-31</source>
        <translation>日期格式为 YYYY-MM-DD，例如 2027-03-31</translation>
    </message>
    <message>
        <source>Action plan item</source>
        <translation>行动计划项目</translation>
    </message>
</context>
<context>
    <name>AssessmentTable</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>AI系统</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>已导出报告</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
    <name>CertificatesPanel</name>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>Saved the request {file}. Send it to the agency.</source>
        <translation>已保存申请文件 {file}。请将它发送给主管机构。</translation>
    </message>
    <message>
        <source>Installed the certificate from {issuer}. Your reports now carry it.</source>
        <translation>已安装由 {issuer} 颁发的证书。您的报告现在会附带此证书。</translation>
    </message>
    <message>
        <source>Created the CA {file}. Give {certificate} to every verifier; its fingerprint is {fingerprint}.</source>
        <translation>已创建证书颁发机构文件 {file}。请将 {certificate} 交给每一位验证者；其指纹为 {fingerprint}。</translation>
    </message>
    <message>
        <source>Issued {file} to {subject}, serial {serial}.</source>
        <translation>已向 {subject} 颁发 {file}，序列号 {serial}。</translation>
    </message>
    <message>
        <source>Revoked {serial} ({subject}). Write a new revocation list and give it to verifiers.</source>
        <translation>已吊销 {serial}（{subject}）。请编写新的吊销列表并交给验证者。</translation>
    </message>
    <message>
        <source>Saved the revocation list {file} ({count} revoked).</source>
        <translation>已保存吊销列表 {file}（已吊销 {count} 个）。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>{file} 的密码短语：</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx)</source>
        <translation>签署身份 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Which identity?</source>
        <translation>使用哪个身份？</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>保存申请文件</translation>
    </message>
    <message>
        <source>Requests (*.csr)</source>
        <translation>申请文件 (*.csr)</translation>
    </message>
    <message>
        <source>The certificate from the agency</source>
        <translation>主管机构发出的证书</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation>证书 (*.crt *.pem *.cer)</translation>
    </message>
    <message>
        <source>Save the CA file</source>
        <translation>保存证书颁发机构文件</translation>
    </message>
    <message>
        <source>The request to sign</source>
        <translation>需要签署的申请</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>证书颁发机构文件</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Valid for (days):</source>
        <translation>有效天数：</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <source>Certificates (*.crt)</source>
        <translation>证书 (*.crt)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <source>Serial number of the certificate to revoke:</source>
        <translation>要吊销的证书序列号：</translation>
    </message>
    <message>
        <source>Save the revocation list</source>
        <translation>保存吊销列表</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl)</source>
        <translation>吊销列表 (*.crl)</translation>
    </message>
    <message>
        <source>Certificates from an agency</source>
        <translation>主管机构颁发的证书</translation>
    </message>
    <message>
        <source>An agency can vouch for your identity once, for all your reports: send it a request, then install the certificate it returns.</source>
        <translation>主管机构可以一次性为您的身份作担保，适用于您的所有报告：向它发送申请，然后安装它发回的证书。</translation>
    </message>
    <message>
        <source>Request a certificate…</source>
        <translation>申请证书…</translation>
    </message>
    <message>
        <source>Install a certificate…</source>
        <translation>安装证书…</translation>
    </message>
    <message>
        <source>Agency certificate authority</source>
        <translation>主管机构证书颁发机构</translation>
    </message>
    <message>
        <source>For agency staff: issue certificates to the businesses you register, and revoke them. Keep the CA file and its ledger offline and backed up.</source>
        <translation>供主管机构人员使用：向您登记的企业颁发证书，并可吊销证书。请将证书颁发机构文件及其登记簿离线保存并做好备份。</translation>
    </message>
    <message>
        <source>Create a CA…</source>
        <translation>创建证书颁发机构…</translation>
    </message>
    <message>
        <source>Issue a certificate…</source>
        <translation>颁发证书…</translation>
    </message>
    <message>
        <source>Revoke a certificate…</source>
        <translation>吊销证书…</translation>
    </message>
    <message>
        <source>Write the revocation list…</source>
        <translation>编写吊销列表…</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>备注已更改</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>已导出报告</translation>
    </message>
    <message>
        <source>to version {version}</source>
        <translation>至版本 {version}</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>更改记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>尚无更改。</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>导出更改记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The file can be read</source>
        <translation>文件可以读取</translation>
    </message>
    <message>
        <source>It carries exactly one signature</source>
        <translation>文件恰好带有一个签名</translation>
    </message>
    <message>
        <source>The signature is intact</source>
        <translation>签名完好</translation>
    </message>
    <message>
        <source>The signature covers the whole file</source>
        <translation>签名覆盖整个文件</translation>
    </message>
    <message>
        <source>Nothing was changed after signing</source>
        <translation>签署后未作任何更改</translation>
    </message>
    <message>
        <source>The answers are attached</source>
        <translation>已附上答案</translation>
    </message>
    <message>
        <source>The signer is on your trusted list</source>
        <translation>签署人在您的受信任名单中</translation>
    </message>
    <message>
        <source>The attached answers are readable</source>
        <translation>附上的答案可以读取</translation>
    </message>
    <message>
        <source>The questionnaire is installed here</source>
        <translation>此电脑已安装该问卷</translation>
    </message>
    <message>
        <source>It is the same questionnaire text</source>
        <translation>问卷文本相同</translation>
    </message>
    <message>
        <source>Re-scoring gives the stated result</source>
        <translation>重新评分得出所声明的结果</translation>
    </message>
    <message>
        <source>The answers follow the questionnaire&apos;s rules</source>
        <translation>答案符合问卷的规则</translation>
    </message>
    <message>
        <source>The pages state the same result as the signed answers</source>
        <translation>页面所述结果与已签署的答案一致</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Answers not saved</source>
        <translation>答案未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved yet. Save them now, or close and discard them?</source>
        <translation>
            <numerusform>有 %n 个答案尚未能保存。要现在保存，还是关闭并放弃这些答案？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n answer(s) and close</source>
        <translation>
            <numerusform>放弃 %n 个答案并关闭</numerusform>
        </translation>
    </message>
    <message>
        <source>Try to save again</source>
        <translation>再次尝试保存</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Brunei Darussalam</source>
        <translation>文莱达鲁萨兰国</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>柬埔寨</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>印度尼西亚</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>老挝人民民主共和国</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>马来西亚</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>缅甸</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>菲律宾</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>东帝汶</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>越南</translation>
    </message>
</context>
<context>
    <name>CreateCaDialog</name>
    <message>
        <source>Create an agency certificate authority</source>
        <translation>创建主管机构证书颁发机构</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>证书颁发机构名称</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>国家（两个字母）</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>请设置至少 {n} 个字符的密码短语。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>两次输入的密码短语不相同。请重新输入。</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Enter your name and the organisation&apos;s name.</source>
        <translation>请输入您的姓名和机构名称。</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>请设置至少 {n} 个字符的密码短语。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>两次输入的密码短语不相同。请重新输入。</translation>
    </message>
    <message>
        <source>New signing identity</source>
        <translation>新签署身份</translation>
    </message>
    <message>
        <source>A signing identity lets you sign your reports, so that the agency can check who sent them and that nothing was changed. It is kept in your data folder, locked with your passphrase. The passphrase cannot be recovered: write it down somewhere safe.</source>
        <translation>签署身份让您可以签署报告，使主管机构能核实报告由谁发送、内容未被更改。它保存在您的数据文件夹中，并以您的密码短语加密。密码短语无法找回：请把它记在安全的地方。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>The person who signs</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Shown in the signature</source>
        <translation>显示在签名中</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Where the organisation is based</source>
        <translation>机构所在地</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>电邮（选填）</translation>
    </message>
    <message>
        <source>Shown in the certificate</source>
        <translation>显示在证书中</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>At least 8 characters; needed every time you sign</source>
        <translation>至少 8 个字符；每次签署时都需要</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <source>The same passphrase once more</source>
        <translation>再输入一次相同的密码短语</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Inbox dashboard</source>
        <translation>收件箱概览</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <source>Export PDF summary…</source>
        <translation>导出 PDF 摘要…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>验证结论</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Most frequent red flags</source>
        <translation>最常见的警示信号</translation>
    </message>
    <message>
        <source>Most frequent recommendations</source>
        <translation>最常见的建议</translation>
    </message>
    <message>
        <source>Received per month</source>
        <translation>每月收到的数量</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) match the table&apos;s filters.</source>
        <translation>
            <numerusform>有 %n 份报告符合表格的筛选条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>导出 PDF 摘要</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Inbox summary</source>
        <translation>收件箱摘要</translation>
    </message>
    <message>
        <source>Saved the summary to {file}</source>
        <translation>摘要已保存至 {file}</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Not set</source>
        <translation>未设定</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Fill in today&apos;s date</source>
        <translation>填入今天的日期</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Please check</source>
        <translation>请检查</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}. Check that the folder exists, that you may write to it and that the disk is not full, then try again.</source>
        <translation>无法读取或写入文件：{reason}。请确认文件夹存在、您有写入权限且磁盘未满，然后再试一次。</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>文件问题</translation>
    </message>
    <message>
        <source>Something went wrong inside AISafe Desktop. Your answers so far are saved. You can carry on, or restart the app if something looks wrong.</source>
        <translation>AISafe Desktop 内部出错。您目前为止的答案已保存。您可以继续操作；如有异常，请重新启动应用程序。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>A report for the developers was saved in:
{folder}</source>
        <translation>已将一份供开发人员查看的报告保存在：
{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>&apos;answers&apos; must be an object mapping question ids to answers</source>
        <translation>“answers”必须是一个将问题编号对应到答案的对象</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;{expected}&quot; (found {found}); is this an AISafe answers file?</source>
        <translation>“format”必须是 &quot;{expected}&quot;（实际为 {found}）；这是 AISafe 答案文件吗？</translation>
    </message>
    <message>
        <source>&apos;language&apos; must be a language code such as &quot;en&quot;</source>
        <translation>“language”必须是语言代码，例如 &quot;en&quot;</translation>
    </message>
    <message>
        <source>&apos;questionnaire&apos; must be {shape}</source>
        <translation>“questionnaire”必须是 {shape}</translation>
    </message>
    <message>
        <source>an answers document is a JSON object ({shape})</source>
        <translation>答案文件是一个 JSON 对象（{shape}）</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; &apos;value&apos; is missing</source>
        <translation>答案“{question_id}”必须是 {shape}；缺少“value”</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; keys it does not know: {keys}</source>
        <translation>答案“{question_id}”必须是 {shape}；未知的键 {keys}</translation>
    </message>
    <message>
        <source>expects a date written YYYY-MM-DD</source>
        <translation>需要按 YYYY-MM-DD 格式填写的日期</translation>
    </message>
    <message>
        <source>expects a list of option values, e.g. {example}</source>
        <translation>需要一个选项值列表，例如 {example}</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>需要一个数字</translation>
    </message>
    <message>
        <source>expects a text</source>
        <translation>需要一段文本</translation>
    </message>
    <message>
        <source>lists an option twice</source>
        <translation>同一个选项列出了两次</translation>
    </message>
    <message>
        <source>no such question in {questionnaire} {version}</source>
        <translation>{questionnaire} {version} 中没有此问题</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>不是有效的 JSON：{reason}，位于第 {line} 行第 {column} 列</translation>
    </message>
    <message>
        <source>required, but not answered</source>
        <translation>必答，但未回答</translation>
    </message>
    <message>
        <source>the comment of answer &apos;{question_id}&apos; must be a text</source>
        <translation>答案“{question_id}”的备注必须是文本</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>文件不是 UTF-8 文本；请以 UTF-8 格式保存</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes; answers documents are limited to {limit:,} bytes</source>
        <translation>文件大小为 {size:,} 字节；答案文件的上限为 {limit:,} 字节</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON 嵌套层级太深</translation>
    </message>
    <message>
        <source>keys this format does not know: {keys}</source>
        <translation>未知的键：{keys}</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <source>{question_id}: {reason}</source>
        <translation>{question_id}：{reason}</translation>
    </message>
    <message>
        <source>{values} not among the options ({options})</source>
        <translation>{values} 不在选项之中（{options}）</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} 超过最大值 {maximum}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} 低于最小值 {minimum}</translation>
    </message>
    <message>
        <source>{value} is not among the options ({options})</source>
        <translation>{value} 不在选项之中（{options}）</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running (process {owner}) with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop 已在运行（进程 {owner}），使用的数据文件夹为 {folder}。请先关闭另一个窗口，或使用其他数据文件夹。</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop 已在运行，使用的数据文件夹为 {folder}。请先关闭另一个窗口，或使用其他数据文件夹。</translation>
    </message>
    <message>
        <source>cannot create the lock file {file}: {reason}. Check the folder&apos;s permissions.</source>
        <translation>无法创建锁定文件 {file}：{reason}。请检查该文件夹的权限。</translation>
    </message>
    <message>
        <source>could not read {database}: {reason}. Nothing was changed; try again.</source>
        <translation>无法读取 {database}：{reason}。没有作任何更改；请再试一次。</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. Free some disk space or check that the folder is writable, then try again.</source>
        <translation>无法保存到 {database}：{reason}。最后这项更改未保存；之前保存的一切均安全无损。请释放一些磁盘空间或确认文件夹可写入，然后再试一次。</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. The database stayed busy for too long; try again.</source>
        <translation>无法保存到 {database}：{reason}。最后这项更改未保存；之前保存的一切均安全无损。数据库忙碌时间过长；请再试一次。</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. No good backup was found.</source>
        <translation>{database} 已损坏（{detail}）。它未被更改。找不到完好的备份。</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. The latest good backup is {backup}; restore it.</source>
        <translation>{database} 已损坏（{detail}）。它未被更改。最新的完好备份是 {backup}；请恢复该备份。</translation>
    </message>
    <message>
        <source>{database} was written by a newer version of AISafe Desktop (schema {revision}). It has not been changed. Install the newer version again, or use another data folder.</source>
        <translation>{database} 是由较新版本的 AISafe Desktop 写入的（架构 {revision}）。它未被更改。请重新安装较新版本，或使用其他数据文件夹。</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not an ASEAN member state; use one of {countries}</source>
        <translation>“{country}”不是东盟成员国；请使用 {countries} 之一</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; does not look like an e-mail address (name@example.org)</source>
        <translation>“{email}”看起来不像电邮地址（name@example.org）</translation>
    </message>
    <message>
        <source>assessment {assessment_id} is in the trash; restore it to change it</source>
        <translation>评估 {assessment_id} 在回收站中；请先恢复才能更改</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>无法创建数据文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <source>cannot open the database {database}: {reason}. It has not been changed.</source>
        <translation>无法打开数据库 {database}：{reason}。它未被更改。</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>give the AI system a name</source>
        <translation>请为 AI系统命名</translation>
    </message>
    <message>
        <source>give the assessment a title</source>
        <translation>请为评估设定标题</translation>
    </message>
    <message>
        <source>give the organisation&apos;s name</source>
        <translation>请填写机构名称</translation>
    </message>
    <message>
        <source>keep the title under 200 characters</source>
        <translation>标题请少于 200 个字符</translation>
    </message>
    <message>
        <source>keep the owner under {limit} characters</source>
        <translation>负责人名称不得超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>write the due date as YYYY-MM-DD, e.g. 2027-03-31 (found {value})</source>
        <translation>请按 YYYY-MM-DD 格式填写截止日期，例如 2027-03-31（现为 {value}）</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>未安装问卷“{questionnaire}”（可用的有：{known}）；请改为提供其 YAML 文件的路径</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; version {version} is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>未安装问卷“{questionnaire}”版本 {version}（可用的有：{known}）；请改为提供其 YAML 文件的路径</translation>
    </message>
    <message>
        <source>say where to save the identity (an output file or the data folder)</source>
        <translation>请说明身份要保存在哪里（输出文件或数据文件夹）</translation>
    </message>
    <message>
        <source>the answers are for {questionnaire} {version}, not {expected} {expected_version}; choose the matching questionnaire</source>
        <translation>这些答案属于 {questionnaire} {version}，而不是 {expected} {expected_version}；请选择相符的问卷</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems}</source>
        <translation>答案暂时无法导出：{problems}</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems} (and {more} more)</source>
        <translation>答案暂时无法导出：{problems}（另有 {more} 项）</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems}</source>
        <translation>无法导入答案：{problems}</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems} (and {more} more)</source>
        <translation>无法导入答案：{problems}（另有 {more} 项）</translation>
    </message>
    <message>
        <source>the answers were given to a different text of {questionnaire} (SHA-256 {sha256}); put that questionnaire file in the questionnaires folder of the data folder and retry</source>
        <translation>这些答案针对的是 {questionnaire} 的另一版文本（SHA-256 {sha256}）；请将该问卷文件放入数据文件夹内的 questionnaires 文件夹，然后重试</translation>
    </message>
    <message>
        <source>the questionnaire {questionnaire} is not installed; put its YAML file in the questionnaires folder of the data folder and retry</source>
        <translation>未安装问卷 {questionnaire}；请将其 YAML 文件放入数据文件夹内的 questionnaires 文件夹，然后重试</translation>
    </message>
    <message>
        <source>the stored copy of {questionnaire} {version} no longer loads: {problem}</source>
        <translation>已保存的 {questionnaire} {version} 副本无法再载入：{problem}</translation>
    </message>
    <message>
        <source>the stored questionnaire {sha256}… is missing from the database; restore a backup</source>
        <translation>数据库中缺少已保存的问卷 {sha256}…；请恢复备份</translation>
    </message>
    <message>
        <source>the text contains characters that are not valid text (unpaired UTF-16 surrogates)</source>
        <translation>文本含有无效字符（未配对的 UTF-16 代理项）</translation>
    </message>
    <message>
        <source>the trust entry {entry} is neither a SHA-256 fingerprint (64 hex digits) nor a certificate file</source>
        <translation>受信任条目 {entry} 既不是 SHA-256 指纹（64 位十六进制数字），也不是证书文件</translation>
    </message>
    <message>
        <source>there is no AI system {ai_system_id}</source>
        <translation>没有 AI系统 {ai_system_id}</translation>
    </message>
    <message>
        <source>there is no assessment {assessment_id}</source>
        <translation>没有评估 {assessment_id}</translation>
    </message>
    <message>
        <source>today&apos;s automatic backup could not be made in {folder}: {reason}</source>
        <translation>今天的自动备份无法在 {folder} 中创建：{reason}</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos; (known: {known})</source>
        <translation>未知的语言“{language}”（已知的有：{known}）</translation>
    </message>
    <message>
        <source>{backup} is damaged or not a database ({problem})</source>
        <translation>{backup} 已损坏或不是数据库（{problem}）</translation>
    </message>
    <message>
        <source>{backup} is not an AISafe Desktop backup</source>
        <translation>{backup} 不是 AISafe Desktop 备份</translation>
    </message>
    <message>
        <source>{backup} was made by a newer version of AISafe Desktop</source>
        <translation>{backup} 是由较新版本的 AISafe Desktop 创建的</translation>
    </message>
    <message>
        <source>{backup}: no such file</source>
        <translation>{backup}：没有此文件</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions}</source>
        <translation>尚有 {count} 道必答题未回答：{questions}</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions} and {more} more</source>
        <translation>尚有 {count} 道必答题未回答：{questions}，另有 {more} 道</translation>
    </message>
    <message>
        <source>{database} is not an AISafe Desktop database; it has not been changed. Move it away or use another data folder.</source>
        <translation>{database} 不是 AISafe Desktop 数据库；它未被更改。请将它移走或使用其他数据文件夹。</translation>
    </message>
    <message>
        <source>{file} has no certificate file next to it; give the passphrase</source>
        <translation>{file} 旁边没有证书文件；请提供密码短语</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems}</source>
        <translation>{file} 不是有效的问卷：{problems}</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems} (and {more} more)</source>
        <translation>{file} 不是有效的问卷：{problems}（另有 {more} 项）</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}：没有此文件</translation>
    </message>
    <message>
        <source>{new} is not a version of {old}</source>
        <translation>{new} 不是 {old} 的一个版本</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>bundled font file missing: {file}; reinstall AISafe Desktop</source>
        <translation>缺少随附的字体文件：{file}；请重新安装 AISafe Desktop</translation>
    </message>
    <message>
        <source>cannot create the identity: {problems}</source>
        <translation>无法创建身份：{problems}</translation>
    </message>
    <message>
        <source>cannot extract the answers: {reason}</source>
        <translation>无法提取答案：{reason}</translation>
    </message>
    <message>
        <source>cannot read identity file {file}: {reason}</source>
        <translation>无法读取身份文件 {file}：{reason}</translation>
    </message>
    <message>
        <source>cannot read {source}: {reason}</source>
        <translation>无法读取 {source}：{reason}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <source>choose a passphrase: the private key is never stored unencrypted</source>
        <translation>请设置密码短语：私钥绝不会以未加密形式保存</translation>
    </message>
    <message>
        <source>country {country} is not a two-letter ISO code such as MY, TH or VN</source>
        <translation>国家 {country} 不是两个字母的 ISO 代码，例如 MY、TH 或 VN</translation>
    </message>
    <message>
        <source>e-mail {email} does not look like name@example.org</source>
        <translation>电邮 {email} 看起来不像 name@example.org</translation>
    </message>
    <message>
        <source>signing failed: {reason}</source>
        <translation>签署失败：{reason}</translation>
    </message>
    <message>
        <source>the bundled fonts are missing from {folder}; reinstall AISafe Desktop</source>
        <translation>{folder} 中缺少随附的字体；请重新安装 AISafe Desktop</translation>
    </message>
    <message>
        <source>the organisation is empty</source>
        <translation>机构名称为空</translation>
    </message>
    <message>
        <source>the passphrase does not open {source}; check it and try again (passphrases are case-sensitive)</source>
        <translation>该密码短语无法打开 {source}；请检查后再试一次（密码短语区分大小写）</translation>
    </message>
    <message>
        <source>the rendered report is not a readable PDF: {reason}</source>
        <translation>生成的报告不是可读取的 PDF：{reason}</translation>
    </message>
    <message>
        <source>the report could not be laid out: {reason}</source>
        <translation>无法排版报告：{reason}</translation>
    </message>
    <message>
        <source>the report does not conform to PDF/A-3b: {problems}</source>
        <translation>报告不符合 PDF/A-3b：{problems}</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range goes past the end of the file</source>
        <translation>签名的字节范围超出文件末尾</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range is malformed</source>
        <translation>签名的字节范围格式错误</translation>
    </message>
    <message>
        <source>the signer name is empty</source>
        <translation>签署人姓名为空</translation>
    </message>
    <message>
        <source>{file} already exists; choose another file name</source>
        <translation>{file} 已存在；请选择其他文件名</translation>
    </message>
    <message>
        <source>{source} has no private key or no certificate; export it again including the key</source>
        <translation>{source} 没有私钥或没有证书；请重新导出并包含私钥</translation>
    </message>
    <message>
        <source>{source} holds a {kind}; only RSA and EC keys can sign reports</source>
        <translation>{source} 含有 {kind}；只有 RSA 和 EC 密钥可以签署报告</translation>
    </message>
    <message>
        <source>{source} is not a PEM or DER X.509 certificate</source>
        <translation>{source} 不是 PEM 或 DER 格式的 X.509 证书</translation>
    </message>
    <message>
        <source>{source} is not a PKCS#12 (.p12/.pfx) file</source>
        <translation>{source} 不是 PKCS#12（.p12/.pfx）文件</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>其他内容</translation>
    </message>
    <message>
        <source>a text or a number</source>
        <translation>文本或数字</translation>
    </message>
    <message>
        <source>a text, a number or a list</source>
        <translation>文本、数字或列表</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>a text, a number or a list of texts</source>
        <translation>文本、数字或文本列表</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} 不是 JSON 允许的数字</translation>
    </message>
    <message>
        <source>expected true or false, found {kind}</source>
        <translation>需要 true 或 false，实际为 {kind}</translation>
    </message>
    <message>
        <source>expected {what}, found {kind}</source>
        <translation>需要 {what}，实际为 {kind}</translation>
    </message>
    <message>
        <source>expected null, found {kind}</source>
        <translation>需要 null，实际为 {kind}</translation>
    </message>
    <message>
        <source>the same field appears twice</source>
        <translation>同一字段出现了两次</translation>
    </message>
    <message>
        <source>{size:,} bytes, more than {limit:,}</source>
        <translation>{size:,} 字节，超过 {limit:,}</translation>
    </message>
    <message>
        <source>expected &quot;{expected}&quot;</source>
        <translation>需要 &quot;{expected}&quot;</translation>
    </message>
    <message>
        <source>expected a text, found {kind}</source>
        <translation>需要文本，实际为 {kind}</translation>
    </message>
    <message>
        <source>the text is {length:,} characters, more than {limit:,}</source>
        <translation>文本长度为 {length:,} 个字符，超过 {limit:,}</translation>
    </message>
    <message>
        <source>the text is not in the expected form</source>
        <translation>文本格式不符合要求</translation>
    </message>
    <message>
        <source>expected a number, found {kind}</source>
        <translation>需要数字，实际为 {kind}</translation>
    </message>
    <message>
        <source>the number is not a finite, plausible value</source>
        <translation>该数字不是有限的合理数值</translation>
    </message>
    <message>
        <source>the number {value} is outside {low}–{high}</source>
        <translation>数字 {value} 超出 {low}–{high} 的范围</translation>
    </message>
    <message>
        <source>expected a list, found {kind}</source>
        <translation>需要列表，实际为 {kind}</translation>
    </message>
    <message>
        <source>the list has {count:,} items, more than {limit:,}</source>
        <translation>列表有 {count:,} 项，超过 {limit:,}</translation>
    </message>
    <message>
        <source>expected an object, found {kind}</source>
        <translation>需要对象，实际为 {kind}</translation>
    </message>
    <message>
        <source>{count:,} entries, more than {limit:,}</source>
        <translation>{count:,} 个条目，超过 {limit:,}</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>a text or an object</source>
        <translation>文本或对象</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>not valid JSON (line {line})</source>
        <translation>不是有效的 JSON（第 {line} 行）</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套层级太深</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>The disk is full: free {megabytes} MB on the drive of {folder}, then try again. Nothing was lost: everything saved before is safe.</source>
        <translation>磁盘已满：请在 {folder} 所在的磁盘上释放 {megabytes} MB 空间，然后再试一次。没有任何数据丢失：之前保存的一切均安全无损。</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted before it changed anything; your data is as it was before.</source>
        <translation>恢复 {backup} 的操作在作出任何更改前被中断；您的数据保持原样。</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted; it has now been finished. The data you had before is kept in {kept}.</source>
        <translation>恢复 {backup} 的操作曾被中断，现已完成。您之前的数据保留在 {kept}。</translation>
    </message>
    <message>
        <source>a backup restore was interrupted and its journal {journal} cannot be read ({error}). Nothing was changed; your data is in {folder}.</source>
        <translation>一次备份恢复操作被中断，且无法读取其日志 {journal}（{error}）。没有作任何更改；您的数据在 {folder}。</translation>
    </message>
    <message>
        <source>an interrupted restore left a damaged copy {staging} ({problem}). Your previous data is in {kept}.</source>
        <translation>一次中断的恢复操作留下了已损坏的副本 {staging}（{problem}）。您之前的数据在 {kept}。</translation>
    </message>
    <message>
        <source>an interrupted restore left no database. Your previous data is in {kept}; the backup is {backup}.</source>
        <translation>一次中断的恢复操作没有留下数据库。您之前的数据在 {kept}；备份是 {backup}。</translation>
    </message>
    <message>
        <source>could not read {database} ({problem}). It has not been changed. Check that the folder is readable and the disk is not full, then try again.</source>
        <translation>无法读取 {database}（{problem}）。它未被更改。请确认文件夹可读取且磁盘未满，然后再试一次。</translation>
    </message>
    <message>
        <source>the backup could not be written to {folder}: {error}. Your data is unchanged.</source>
        <translation>无法将备份写入 {folder}：{error}。您的数据没有改变。</translation>
    </message>
    <message>
        <source>the review receipt could not be laid out: {detail}</source>
        <translation>无法排版审核回执：{detail}</translation>
    </message>
    <message>
        <source>the review receipt has no place for the signature</source>
        <translation>审核回执中没有放置签名的位置</translation>
    </message>
    <message>
        <source>the summary could not be laid out: {detail}</source>
        <translation>无法排版摘要：{detail}</translation>
    </message>
    <message>
        <source>a submission that is {old} cannot become {new}</source>
        <translation>状态为 {old} 的提交不能变为 {new}</translation>
    </message>
    <message>
        <source>submission {id} was changed by {who} while you were looking at it; nothing was overwritten. Open it again to see the change.</source>
        <translation>在您查看提交 {id} 时，{who} 更改了它；没有覆盖任何内容。请重新打开以查看更改。</translation>
    </message>
    <message>
        <source>there is no submission {id} in the inbox</source>
        <translation>收件箱中没有提交 {id}</translation>
    </message>
    <message>
        <source>{url} is not a database URL this app can use</source>
        <translation>{url} 不是此应用程序可使用的数据库 URL</translation>
    </message>
    <message>
        <source>the inbox {url} was written by a newer version of AISafe Desktop (schema {revision}); it has not been changed. Install the newer version.</source>
        <translation>收件箱 {url} 是由较新版本的 AISafe Desktop 写入的（架构 {revision}）；它未被更改。请安装较新版本。</translation>
    </message>
    <message>
        <source>could not write the inbox {url}: {detail}. Nothing of this action was saved; free some disk space or try again.</source>
        <translation>无法写入收件箱 {url}：{detail}。此操作的任何内容均未保存；请释放一些磁盘空间或再试一次。</translation>
    </message>
    <message>
        <source>the inbox {url} does not allow user {user} to do this; nothing was changed. Ask the inbox&apos;s administrator for an officer&apos;s rights (docs/inbox.md).</source>
        <translation>收件箱 {url} 不允许用户 {user} 执行此操作；未作任何更改。请向收件箱管理员申请人员权限（docs/inbox.md）。</translation>
    </message>
    <message>
        <source>the inbox needs a database file, not {url}</source>
        <translation>收件箱需要数据库文件，而不是 {url}</translation>
    </message>
    <message>
        <source>the inbox works with SQLite or PostgreSQL, not {url}</source>
        <translation>收件箱支持 SQLite 或 PostgreSQL，不支持 {url}</translation>
    </message>
    <message>
        <source>the inbox database {url} cannot be reached ({detail}). Check the server name and port, that the server is running and accepts connections from this computer, and the user name and password.</source>
        <translation>无法连接收件箱数据库 {url}（{detail}）。请检查服务器名称和端口、服务器是否正在运行并接受来自此电脑的连接，以及用户名和密码。</translation>
    </message>
    <message>
        <source>the receipt&apos;s field {path} must be a text of at most {limit} characters</source>
        <translation>回执的字段 {path} 必须是不超过 {limit} 个字符的文本</translation>
    </message>
    <message>
        <source>the receipt&apos;s data is not JSON text</source>
        <translation>回执的数据不是 JSON 文本</translation>
    </message>
    <message>
        <source>the file is not a review receipt ({expected})</source>
        <translation>该文件不是审核回执（{expected}）</translation>
    </message>
    <message>
        <source>the receipt&apos;s report, questionnaire or comments are missing or malformed</source>
        <translation>回执中的报告、问卷或意见缺失或格式错误</translation>
    </message>
    <message>
        <source>the receipt does not name the reviewed file&apos;s SHA-256</source>
        <translation>回执没有注明所审核文件的 SHA-256</translation>
    </message>
    <message>
        <source>the receipt&apos;s dates are not written YYYY-MM-DD</source>
        <translation>回执中的日期不是按 YYYY-MM-DD 格式填写</translation>
    </message>
    <message>
        <source>the receipt&apos;s comment {index} is malformed</source>
        <translation>回执中的第 {index} 条意见格式错误</translation>
    </message>
    <message>
        <source>this receipt is about a report this computer did not export (SHA-256 {sha256}); import it on the computer that made the report</source>
        <translation>此回执针对的报告不是由此电脑导出的（SHA-256 {sha256}）；请在生成该报告的电脑上导入</translation>
    </message>
    <message>
        <source>the file is too large to be a review receipt</source>
        <translation>文件太大，不可能是审核回执</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>该文件不是 PDF</translation>
    </message>
    <message>
        <source>the receipt cannot be relied on: {reason}</source>
        <translation>此回执不可靠：{reason}</translation>
    </message>
    <message>
        <source> — did you mean &apos;{guess}&apos;?</source>
        <translation> — 您是指“{guess}”吗？</translation>
    </message>
    <message>
        <source>. Allowed keys in a {what}: {keys}.</source>
        <translation>。{what} 中允许的键：{keys}。</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos; ({language})?</source>
        <translation> 您是指“{guess}”（{language}）吗？</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos;?</source>
        <translation> 您是指“{guess}”吗？</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>以及其他 {count} 项</translation>
    </message>
    <message>
        <source>band {band}, score {score}, no red flags</source>
        <translation>区间 {band}，分数 {score}，无警示信号</translation>
    </message>
    <message>
        <source>band {band}, score {score}, red flags: {flags}</source>
        <translation>区间 {band}，分数 {score}，警示信号：{flags}</translation>
    </message>
    <message>
        <source>no result band</source>
        <translation>没有结果区间</translation>
    </message>
    <message>
        <source>several bands ({bands})</source>
        <translation>多个区间（{bands}）</translation>
    </message>
    <message>
        <source>no red flags</source>
        <translation>无警示信号</translation>
    </message>
    <message>
        <source>red flags: {flags}</source>
        <translation>警示信号：{flags}</translation>
    </message>
    <message>
        <source>no overall score</source>
        <translation>没有总分</translation>
    </message>
    <message>
        <source>an overall score of {scores}</source>
        <translation>总分为 {scores}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, red flags: {flags}</source>
        <translation>{band}，{score} / 100，警示信号：{flags}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, no red flags</source>
        <translation>{band}，{score} / 100，无警示信号</translation>
    </message>
    <message>
        <source>the answer to &apos;{question}&apos; has characters no bundled font can draw ({characters}); the report shows {replacement} in their place</source>
        <translation>对“{question}”的答案含有随附字体均无法显示的字符（{characters}）；报告中以 {replacement} 代替这些字符</translation>
    </message>
    <message>
        <source>the identity has an {key_type} key: the signature is valid, but such signatures make the file PDF 2.0, so it is no longer PDF/A-3b (the archiving format); use an RSA identity to keep PDF/A</source>
        <translation>此身份使用 {key_type} 密钥：签名有效，但此类签名会使文件成为 PDF 2.0，因而不再符合 PDF/A-3b（存档格式）；如需保持 PDF/A，请使用 RSA 身份</translation>
    </message>
    <message>
        <source>--days must be between 1 and {most}, not {days}</source>
        <translation>--days 必须介于 1 和 {most} 之间，而不是 {days}</translation>
    </message>
    <message>
        <source>cannot create the certificate authority: {problems}</source>
        <translation>无法创建证书颁发机构：{problems}</translation>
    </message>
    <message>
        <source>cannot read the CA ledger {path}: {detail}</source>
        <translation>无法读取证书颁发机构登记簿 {path}：{detail}</translation>
    </message>
    <message>
        <source>cannot read your trusted list in {path}: {reason}</source>
        <translation>无法读取您在 {path} 中的受信任名单：{reason}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>cannot write the CA ledger {path}: {detail}</source>
        <translation>无法写入证书颁发机构登记簿 {path}：{detail}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>the CA ledger {path} is damaged ({detail}); restore it from your backup</source>
        <translation>证书颁发机构登记簿 {path} 已损坏（{detail}）；请从备份恢复</translation>
    </message>
    <message>
        <source>the CA ledger {path} is too large</source>
        <translation>证书颁发机构登记簿 {path} 太大</translation>
    </message>
    <message>
        <source>the certificate in {source} is not valid today (valid {start} to {end})</source>
        <translation>{source} 中的证书今天无效（有效期 {start} 至 {end}）</translation>
    </message>
    <message>
        <source>the certificate in {source} may not sign documents (key usage)</source>
        <translation>{source} 中的证书不得用于签署文件（密钥用途）</translation>
    </message>
    <message>
        <source>the ledger {path} belongs to another CA ({other})</source>
        <translation>登记簿 {path} 属于另一个证书颁发机构（{other}）</translation>
    </message>
    <message>
        <source>the note is longer than {most} characters</source>
        <translation>备注超过 {most} 个字符</translation>
    </message>
    <message>
        <source>this CA&apos;s ledger has no certificate with serial {serial}</source>
        <translation>此证书颁发机构的登记簿中没有序列号为 {serial} 的证书</translation>
    </message>
    <message>
        <source>this identity is not a certificate authority file</source>
        <translation>此身份不是证书颁发机构文件</translation>
    </message>
    <message>
        <source>{file} is INVALID: {reason}</source>
        <translation>{file} 无效：{reason}</translation>
    </message>
    <message>
        <source>{file} is UNTRUSTED: {reason}. Trust the signer first, or allow untrusted signers</source>
        <translation>{file} 不受信任：{reason}。请先信任该签署人，或允许不受信任的签署人</translation>
    </message>
    <message>
        <source>{fingerprint} is already trusted as a CA</source>
        <translation>{fingerprint} 已作为证书颁发机构受信任</translation>
    </message>
    <message>
        <source>{fingerprint} is not in your trusted list</source>
        <translation>{fingerprint} 不在您的受信任名单中</translation>
    </message>
    <message>
        <source>{path} is a signing identity, not a certificate authority file</source>
        <translation>{path} 是签署身份，不是证书颁发机构文件</translation>
    </message>
    <message>
        <source>{path} is too large to be a certificate or CRL</source>
        <translation>{path} 太大，不可能是证书或 CRL</translation>
    </message>
    <message>
        <source>{path} is too large to be a request or a certificate</source>
        <translation>{path} 太大，不可能是申请文件或证书</translation>
    </message>
    <message>
        <source>{serial} is not a serial number (hexadecimal, as the identity&apos;s details show it)</source>
        <translation>{serial} 不是序列号（应为十六进制，与身份详情中显示的一致）</translation>
    </message>
    <message>
        <source>{source} gives no name in its subject</source>
        <translation>{source} 的主体中没有姓名</translation>
    </message>
    <message>
        <source>{source} gives no organisation in its subject</source>
        <translation>{source} 的主体中没有机构</translation>
    </message>
    <message>
        <source>{source} holds no readable X.509 certificate (PEM or DER)</source>
        <translation>{source} 不含可读取的 X.509 证书（PEM 或 DER）</translation>
    </message>
    <message>
        <source>{source} is damaged: its signature does not match its key</source>
        <translation>{source} 已损坏：其签名与密钥不符</translation>
    </message>
    <message>
        <source>{source} is not a certificate for the key in {identity}</source>
        <translation>{source} 不是 {identity} 中密钥的证书</translation>
    </message>
    <message>
        <source>{source} is not a certificate request (PKCS#10, PEM or DER)</source>
        <translation>{source} 不是证书申请（PKCS#10、PEM 或 DER）</translation>
    </message>
    <message>
        <source>{source} is not a certificate revocation list (CRL, PEM or DER)</source>
        <translation>{source} 不是证书吊销列表（CRL、PEM 或 DER）</translation>
    </message>
    <message>
        <source>{source} is not for an RSA or EC key</source>
        <translation>{source} 不是针对 RSA 或 EC 密钥的</translation>
    </message>
    <message>
        <source>{source} is older than the CRL already kept for {ca}</source>
        <translation>{source} 比已为 {ca} 保存的 CRL 更旧</translation>
    </message>
    <message>
        <source>{source} was not signed by a CA in your trusted list; add the CA&apos;s certificate first</source>
        <translation>{source} 并非由您受信任名单中的证书颁发机构签署；请先添加该证书颁发机构的证书</translation>
    </message>
    <message>
        <source>{text} is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>{text} 不是 SHA-256 指纹（64 位十六进制数字）</translation>
    </message>
    <message>
        <source>{value} is neither a SHA-256 fingerprint nor a certificate or CRL file</source>
        <translation>{value} 既不是 SHA-256 指纹，也不是证书或 CRL 文件</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>You have no signing identity yet: choose New… to create one.</source>
        <translation>您还没有签署身份：请选择“新建…”来创建一个。</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>将报告另存为</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an identity and type its passphrase.</source>
        <translation>请选择身份并输入其密码短语。</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>The signed report was saved as {file}.
Signer&apos;s fingerprint (SHA-256), for the agency: {fingerprint}</source>
        <translation>已签署的报告已保存为 {file}。
签署人指纹（SHA-256），供主管机构核对：{fingerprint}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>请注意：</translation>
    </message>
    <message>
        <source>That passphrase does not open this identity. Type it again.</source>
        <translation>该密码短语无法打开此身份。请重新输入。</translation>
    </message>
    <message>
        <source>Export a signed PDF</source>
        <translation>导出已签署的 PDF</translation>
    </message>
    <message>
        <source>The report is signed with your identity, so the agency can check who sent it and that it was not changed. Your answers travel inside the PDF.</source>
        <translation>报告将以您的身份签署，使主管机构能核实报告由谁发送、内容未被更改。您的答案会附在 PDF 内一同发送。</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>签署身份</translation>
    </message>
    <message>
        <source>Whose signature the report carries</source>
        <translation>报告附带谁的签名</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>The passphrase of the chosen identity</source>
        <translation>所选身份的密码短语</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>The language the report is written in</source>
        <translation>报告所使用的语言</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Where the PDF file is saved</source>
        <translation>PDF 文件的保存位置</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Create a new signing identity</source>
        <translation>创建新的签署身份</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>导入 .p12 或 .pfx 文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>ExportGuard</name>
    <message>
        <source>Change an exported assessment?</source>
        <translation>要更改已导出的评估吗？</translation>
    </message>
    <message>
        <source>This assessment was exported as a signed PDF. If you change an answer, the PDF will no longer match the answers kept here, and the result becomes provisional until you finish again. The record of the exported PDF is kept.

To leave the exported answers as they are, work on a copy.</source>
        <translation>此评估已导出为已签署的 PDF。如果您更改答案，该 PDF 将不再与此处保存的答案相符，而结果在您再次完成之前会变为暂定结果。已导出 PDF 的记录会被保留。

如要保留已导出的答案不变，请在副本上操作。</translation>
    </message>
    <message>
        <source>Change the answers</source>
        <translation>更改答案</translation>
    </message>
    <message>
        <source>Work on a copy</source>
        <translation>在副本上操作</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>保持原样</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Please enter the organisation name, or choose &apos;Skip for now&apos;.</source>
        <translation>请输入机构名称，或选择“暂时跳过”。</translation>
    </message>
    <message>
        <source>Welcome to AISafe Desktop</source>
        <translation>欢迎使用 AISafe Desktop</translation>
    </message>
    <message>
        <source>This app guides you through a self-assessment of an AI system your organisation uses or builds: what could go wrong, what you already do about it, and what to do next. You answer plain questions; you can stop at any time and carry on later.</source>
        <translation>此应用程序引导您对贵机构使用或开发的 AI系统进行自我评估：可能会出现什么问题、您已经采取了哪些措施，以及下一步该做什么。您只需回答浅白易懂的问题；可以随时停下，稍后再继续。</translation>
    </message>
    <message>
        <source>Everything you enter stays on this computer. The app never connects to the internet, and your answers are saved the moment you give them.</source>
        <translation>您输入的一切都只保存在这台电脑上。此应用程序从不连接互联网，而您的答案一经填写便会立即保存。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>About your organisation</source>
        <translation>关于贵机构</translation>
    </message>
    <message>
        <source>This appears on your reports. You can skip it now and fill it in later from the home screen.</source>
        <translation>这些资料会显示在您的报告上。您可以现在跳过，稍后在主页填写。</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>暂时跳过</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>保存并继续</translation>
    </message>
    <message>
        <source>Use this language for the app</source>
        <translation>将此语言用于应用程序</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this answer</source>
        <translation>此答案的历史记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>尚无更改。</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your organisation</source>
        <translation>贵机构</translation>
    </message>
    <message>
        <source>Add your organisation&apos;s details so that they appear on your reports.</source>
        <translation>添加贵机构的资料，以便显示在您的报告上。</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>添加资料</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit organisation details</source>
        <translation>编辑机构资料</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title}（副本）</translation>
    </message>
    <message>
        <source>“{title}” was moved to the trash.</source>
        <translation>“{title}”已移至回收站。</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>导入答案</translation>
    </message>
    <message>
        <source>AISafe answers (*.json);;All files (*)</source>
        <translation>AISafe 答案 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Search by title, questionnaire or AI system</source>
        <translation>按标题、问卷或 AI系统搜索</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>搜索评估</translation>
    </message>
    <message>
        <source>Shows only the assessments that contain this text. Shortcut: Ctrl+F</source>
        <translation>只显示包含此文字的评估。快捷键：Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>新建评估(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>开始新的评估（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Create an assessment from an answers file (.json)</source>
        <translation>根据答案文件（.json）创建评估</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>验证 PDF(&amp;V)…</translation>
    </message>
    <message>
        <source>Check that a signed report has not been changed. You can also drop a PDF on this screen.</source>
        <translation>检查已签署的报告是否被更改。您也可以将 PDF 拖放到此画面上。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Move to the trash; you can undo this</source>
        <translation>移至回收站；此操作可以撤销</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>尚无评估</translation>
    </message>
    <message>
        <source>Start your first assessment: choose a questionnaire, answer the questions in your own time, and see your result with clear next steps. You can stop at any time; every answer is saved as you go.</source>
        <translation>开始您的第一项评估：选择一份问卷，按您自己的节奏回答问题，然后查看结果以及清晰的后续步骤。您可以随时停下；每个答案都会即时保存。</translation>
    </message>
    <message>
        <source>Start your first assessment</source>
        <translation>开始您的第一项评估</translation>
    </message>
    <message>
        <source>Press Enter to open the selected assessment</source>
        <translation>按 Enter 打开所选的评估</translation>
    </message>
</context>
<context>
    <name>Identities</name>
    <message>
        <source>Import a signing identity</source>
        <translation>导入签署身份</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx);;All files (*)</source>
        <translation>签署身份 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>{file} 的密码短语：</translation>
    </message>
</context>
<context>
    <name>IdentitiesPanel</name>
    <message>
        <source>Save the certificate</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signing identities</source>
        <translation>签署身份</translation>
    </message>
    <message>
        <source>Used to sign your PDF reports. Send the certificate (not the identity file) to the agency, so it can check your reports.</source>
        <translation>用于签署您的 PDF 报告。请将证书（而不是身份文件）发送给主管机构，以便它核实您的报告。</translation>
    </message>
    <message>
        <source>Each with the fingerprint the agency can check</source>
        <translation>每个都附有主管机构可核对的指纹</translation>
    </message>
    <message>
        <source>New identity…</source>
        <translation>新建身份…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>导入 .p12 或 .pfx 文件</translation>
    </message>
    <message>
        <source>Export certificate…</source>
        <translation>导出证书…</translation>
    </message>
    <message>
        <source>Save the public certificate to send to the agency</source>
        <translation>保存公开证书，以便发送给主管机构</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Verdict</source>
        <translation>验证结论</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>不受信任</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新收到</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <source>Inbox database</source>
        <translation>收件箱数据库</translation>
    </message>
    <message>
        <source>Leave the address empty to keep the inbox on this computer. For several officers sharing one inbox, enter the PostgreSQL address your IT staff gave you, for example postgresql+psycopg://officer@db.agency.example:5432/inbox. The password is never saved: you type it when the inbox opens, or your IT staff put it in your .pgpass file.</source>
        <translation>如将地址留空，收件箱将保存在此电脑上。如由多名人员共用一个收件箱，请输入 IT 人员提供的 PostgreSQL 地址，例如 postgresql+psycopg://officer@db.agency.example:5432/inbox。密码绝不会被保存：您在打开收件箱时输入，或由 IT 人员将其放入您的 .pgpass 文件。</translation>
    </message>
    <message>
        <source>Your name, as shown in the review history</source>
        <translation>您的姓名，显示在审核历史记录中</translation>
    </message>
    <message>
        <source>Database &amp;address</source>
        <translation>数据库地址(&amp;A)</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>您的姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Use the inbox on this computer</source>
        <translation>使用此电脑上的收件箱</translation>
    </message>
    <message>
        <source>This is not a database address.</source>
        <translation>这不是数据库地址。</translation>
    </message>
    <message>
        <source>The inbox works with PostgreSQL (or a local file).</source>
        <translation>收件箱支持 PostgreSQL（或本地文件）。</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <source>Inbox — AISafe Desktop</source>
        <translation>收件箱 — AISafe Desktop</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>导出表格…</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>数据库…</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>重新验证</translation>
    </message>
    <message>
        <source>Check every kept file again, for example after you trusted a signer</source>
        <translation>重新检查所有已保存的文件，例如在您信任某位签署人之后</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Organisation, signer, AI system or file</source>
        <translation>机构、签署人、AI系统或文件</translation>
    </message>
    <message>
        <source>Received reports</source>
        <translation>已收到的报告</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>验证结论(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状态(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>国家(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation>行业(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>问卷(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <source>Opening the inbox…</source>
        <translation>正在打开收件箱…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>The inbox could not be opened.</source>
        <translation>无法打开收件箱。</translation>
    </message>
    <message>
        <source>Inbox: {where}</source>
        <translation>收件箱：{where}</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Add received reports</source>
        <translation>添加收到的报告</translation>
    </message>
    <message>
        <source>PDF reports (*.pdf);;All files (*)</source>
        <translation>PDF 报告 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add a folder of reports</source>
        <translation>添加一个报告文件夹</translation>
    </message>
    <message>
        <source>%v of %m verified</source>
        <translation>已验证 %v / %m</translation>
    </message>
    <message numerus="yes">
        <source>Added %n report(s)</source>
        <translation>
            <numerusform>已添加 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox</source>
        <translation>
            <numerusform>%n 份已在收件箱中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped</source>
        <translation>
            <numerusform>已跳过 %n 个其他文件</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to {file}</source>
        <translation>
            <numerusform>已将 %n 份报告写入 {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>draft translation</source>
        <translation>翻译草稿</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Please note</source>
        <translation>请注意</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title}（副本）</translation>
    </message>
    <message>
        <source>AISafe Desktop</source>
        <translation>AISafe Desktop</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>正在打开您的数据…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>主页</translation>
    </message>
    <message>
        <source>Back to the list of assessments (Alt+Home)</source>
        <translation>返回评估列表（Alt+Home）</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>开始新的评估（Ctrl+N）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language, text size, backups (Ctrl+,)</source>
        <translation>语言、文字大小、备份（Ctrl+,）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app (F1)</source>
        <translation>应用程序的所有键盘快捷键（F1）</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>For agencies: receive, review and count the reports businesses send you (Ctrl+Shift+I)</source>
        <translation>供主管机构使用：接收、审核和统计企业发送给您的报告（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Still to answer before you can finish</source>
        <translation>完成前仍需回答</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) have no answer yet. Choose one to go to it.</source>
        <translation>
            <numerusform>尚有 %n 道必答题未回答。选择其中一道即可前往。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything required is answered</source>
        <translation>所有必答题均已回答</translation>
    </message>
    <message>
        <source>Choose Finish to see your result.</source>
        <translation>选择“完成”以查看结果。</translation>
    </message>
    <message>
        <source>Questions still to answer</source>
        <translation>仍需回答的问题</translation>
    </message>
    <message>
        <source>Press Enter to go to the chosen question</source>
        <translation>按 Enter 前往所选的问题</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>These questionnaire files in your folder cannot be used until they are fixed:</source>
        <translation>您文件夹中的以下问卷文件须修正后才能使用：</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… 以及其他 {count} 项</translation>
    </message>
    <message>
        <source>About {minutes} minutes · Languages: {languages} · Publisher: {publisher} · Version {version}</source>
        <translation>约 {minutes} 分钟 · 语言：{languages} · 发布者：{publisher} · 版本 {version}</translation>
    </message>
    <message>
        <source>(not about one particular system)</source>
        <translation>（不针对某一特定系统）</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <source>Choose the questionnaire that fits what you want to check. You can stop at any time; every answer is saved.</source>
        <translation>请选择适合您想检查内容的问卷。您可以随时停下；每个答案都会保存。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>A name you will recognise in the list, e.g. the project</source>
        <translation>一个您在列表中能认出的名称，例如项目名称</translation>
    </message>
    <message>
        <source>AI system (optional)</source>
        <translation>AI系统（选填）</translation>
    </message>
    <message>
        <source>Pick one, or type the name of the AI system this is about</source>
        <translation>请选择一个，或输入此评估所涉及的 AI系统名称</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>问题的语言</translation>
    </message>
    <message>
        <source>The questionnaire is shown in this language</source>
        <translation>问卷以此语言显示</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>The questionnaires you can use</source>
        <translation>您可以使用的问卷</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>A number from {low} to {high}.</source>
        <translation>{low} 至 {high} 之间的数字。</translation>
    </message>
    <message>
        <source>A number of at least {low}.</source>
        <translation>至少为 {low} 的数字。</translation>
    </message>
    <message>
        <source>A number up to {high}.</source>
        <translation>不超过 {high} 的数字。</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>一个数字。</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>“{text}” is not a number. Type digits only, for example {whole} or {example}.</source>
        <translation>“{text}”不是数字。请只输入数字，例如 {whole} 或 {example}。</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>the file is {size:,} bytes; questionnaires are limited to {limit:,} bytes. Split it into several questionnaires or remove embedded data.</source>
        <translation>文件大小为 {size:,} 字节；问卷的大小上限为 {limit:,} 字节。请将其拆分为多份问卷，或删除嵌入的数据。</translation>
    </message>
    <message>
        <source>byte 0x{byte:02x} is not valid UTF-8. Save the file as UTF-8 (in most editors: &apos;Save with encoding&apos; → UTF-8).</source>
        <translation>字节 0x{byte:02x} 不是有效的 UTF-8。请将文件保存为 UTF-8（在大多数编辑器中：&apos;Save with encoding&apos; → UTF-8）。</translation>
    </message>
    <message>
        <source>the text is not valid YAML here ({parser}). Check the indentation (spaces only) and put texts that contain &apos;: &apos; or &apos; #&apos;, or start with a symbol, in quotes.</source>
        <translation>此处的文本不是有效的 YAML（{parser}）。请检查缩进（只能用空格），并将含有 &apos;: &apos; 或 &apos; #&apos;、或以符号开头的文本加上引号。</translation>
    </message>
    <message>
        <source>a &apos;: &apos; inside a text makes YAML read the rest as a new key. Put the whole text in quotes (text: &quot;Note: …&quot;), or, if this is meant to be a new key, indent it like the keys above it. (YAML parser: {parser})</source>
        <translation>文本中的 &apos;: &apos; 会使 YAML 将其余部分读作一个新键。请将整段文本加上引号（text: &quot;Note: …&quot;）；如果这确实是一个新键，请按照上方各键的缩进对齐。（YAML 解析器：{parser}）</translation>
    </message>
    <message>
        <source>a &apos;{{…}}&apos; mapping is not closed, or a text inside it contains &apos;: &apos; or &apos; #&apos;. Put such a text in quotes ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) and end the mapping with &apos;}}&apos;. (YAML parser: {parser})</source>
        <translation>&apos;{{…}}&apos; 映射未闭合，或其中的文本含有 &apos;: &apos; 或 &apos; #&apos;。请将此类文本加上引号（{{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}），并以 &apos;}}&apos; 结束映射。（YAML 解析器：{parser}）</translation>
    </message>
    <message>
        <source>a &apos;[…]&apos; list is not closed, or an item contains &apos;: &apos; or &apos; #&apos;. Put such an item in quotes and end the list with &apos;]&apos;. (YAML parser: {parser})</source>
        <translation>&apos;[…]&apos; 列表未闭合，或某个项目含有 &apos;: &apos; 或 &apos; #&apos;。请将此类项目加上引号，并以 &apos;]&apos; 结束列表。（YAML 解析器：{parser}）</translation>
    </message>
    <message>
        <source>a quoted text is never closed: add the closing quote (inside &quot;…&quot; write a quote as \&quot;, inside &apos;…&apos; as &apos;&apos;). (YAML parser: {parser})</source>
        <translation>带引号的文本始终未闭合：请加上结尾引号（在 &quot;…&quot; 内，引号写作 \&quot;；在 &apos;…&apos; 内，写作 &apos;&apos;）。（YAML 解析器：{parser}）</translation>
    </message>
    <message>
        <source>a line starts with a character YAML cannot read here (a tab, or &apos;@&apos; or &apos;`&apos; at the start of a text). Indent with spaces only, and put such a text in quotes. (YAML parser: {parser})</source>
        <translation>某一行以 YAML 在此处无法读取的字符开头（制表符，或位于文本开头的 &apos;@&apos; 或 &apos;`&apos;）。请只用空格缩进，并将此类文本加上引号。（YAML 解析器：{parser}）</translation>
    </message>
    <message>
        <source>this line is not &apos;key: value&apos;: a &apos;:&apos; is missing after the key, or a long text continues on a line indented less than it should be (use a &apos;&gt;-&apos; block for long texts). (YAML parser: {parser})</source>
        <translation>此行不是 &apos;key: value&apos; 格式：键后面缺少 &apos;:&apos;，或长文本续行的缩进少于应有的缩进（长文本请使用 &apos;&gt;-&apos; 块）。（YAML 解析器：{parser}）</translation>
    </message>
    <message>
        <source>the indentation does not match the lines above: the keys of one mapping, and the &apos;- &apos; items of one list, must start in the same column. (YAML parser: {parser})</source>
        <translation>缩进与上方各行不一致：同一映射中的各个键，以及同一列表中的各个 &apos;- &apos; 项目，必须从同一列开始。（YAML 解析器：{parser}）</translation>
    </message>
    <message>
        <source>alias *{anchor} has no anchor &amp;{anchor} before it: define the anchor first.</source>
        <translation>别名 *{anchor} 之前没有锚点 &amp;{anchor}：请先定义该锚点。</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document (&apos;---&apos;); keep one questionnaire per file.</source>
        <translation>此文件包含多于一个 YAML 文档（&apos;---&apos;）；每个文件只放一份问卷。</translation>
    </message>
    <message>
        <source>the document expands to more than {limit:,} values (usually aliases that refer to aliases). Write the values out or use fewer aliases.</source>
        <translation>此文档展开后超过 {limit:,} 个值（通常是别名又引用别名所致）。请把这些值完整写出，或减少使用别名。</translation>
    </message>
    <message>
        <source>values are nested more than {limit} levels deep; a questionnaire never needs this. Check the indentation.</source>
        <translation>值的嵌套超过 {limit} 层；问卷从不需要这样。请检查缩进。</translation>
    </message>
    <message>
        <source>duplicate key {key!r}: it was already given on line {first_line}. YAML keeps only one of them, so remove or rename one.</source>
        <translation>重复的键 {key!r}：它已在第 {first_line} 行出现过。YAML 只会保留其中一个，请删除其中一个或为其改名。</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}. Check the path and permissions.</source>
        <translation>无法读取文件：{reason}。请检查路径和权限。</translation>
    </message>
    <message>
        <source>merge keys (&apos;&lt;&lt;: *anchor&apos;) are not supported in questionnaires: write the keys out in full (an alias &apos;*anchor&apos; on its own, as a whole value, does work).</source>
        <translation>问卷不支持合并键（&apos;&lt;&lt;: *anchor&apos;）：请完整写出各个键（单独使用别名 &apos;*anchor&apos; 作为整个值则可以）。</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in {where}{hint}</source>
        <translation>{where} 中有未知的键“{key}”{hint}</translation>
    </message>
    <message>
        <source>{where} must be {expected}, not {found}.</source>
        <translation>{where} 必须是 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <source>{where} is empty; write the text.</source>
        <translation>{where} 为空；请填写文本。</translation>
    </message>
    <message>
        <source>the tag {tag!r} is not allowed here; write a plain value without a &apos;!tag&apos;.</source>
        <translation>此处不允许使用标签 {tag!r}；请写普通的值，不要加 &apos;!tag&apos;。</translation>
    </message>
    <message>
        <source>a key must be a plain word, not a list or mapping.</source>
        <translation>键必须是普通的词，不能是列表或映射。</translation>
    </message>
    <message>
        <source>{where}: &apos;{combiner}&apos; must stand alone in its condition; put the other comparisons inside it.</source>
        <translation>{where}：&apos;{combiner}&apos; 必须在其条件中单独使用；请将其他比较放在它里面。</translation>
    </message>
    <message>
        <source>{where} ({what}) is missing the required key &apos;{key}&apos;. Add &apos;{key}: …&apos;{doc}</source>
        <translation>{where}（{what}）缺少必需的键“{key}”。请添加 &apos;{key}: …&apos;{doc}</translation>
    </message>
    <message>
        <source>{where} must have at least this many items: {count}.</source>
        <translation>{where} 至少须有 {count} 个项目。</translation>
    </message>
    <message>
        <source>{where} needs &apos;question: &lt;question id&gt;&apos; to say which answer it looks at.</source>
        <translation>{where} 需要 &apos;question: &lt;问题编号&gt;&apos;，以指明它检查哪个答案。</translation>
    </message>
    <message>
        <source>{where} needs exactly one comparison ({operators}); found {count}. Combine several with &apos;all:&apos; or &apos;any:&apos;.</source>
        <translation>{where} 需要恰好一个比较（{operators}）；实际找到 {count} 个。如需多个比较，请用 &apos;all:&apos; 或 &apos;any:&apos; 组合。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed for {where}.{hint} Use one of: {choices}.</source>
        <translation>“{value}”不可用于 {where}。{hint} 请使用以下其中之一：{choices}。</translation>
    </message>
    <message>
        <source>{where} is {value}; it must be {bound}.</source>
        <translation>{where} 为 {value}；它必须为 {bound}。</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; only applies to number questions; question &apos;{question}&apos; is {qtype}.</source>
        <translation>“{key}”只适用于数字题；问题“{question}”的类型是 {qtype}。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a version: write three numbers, major.minor.patch, such as 1.0.0.</source>
        <translation>“{value}”不是版本号：请写三个数字，即 major.minor.patch，例如 1.0.0。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in {where} is not a valid identifier; use lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>{where} 中的“{value}”不是有效的标识符；请使用小写字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos;。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code AISafe knows ({where}).{hint} Use one of: {choices}.</source>
        <translation>“{value}”不是 AISafe 认识的语言代码（{where}）。{hint} 请使用以下其中之一：{choices}。</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is {qtype} and cannot have options; remove them or change the type.</source>
        <translation>问题“{question}”的类型是 {qtype}，不能设有选项；请删除选项或更改类型。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; alone (without value: and label:) is the short form of a yes_no answer; question &apos;{question}&apos; is {qtype}, so write {{value: …, label: …}}.</source>
        <translation>单独的“{value}”（没有 value: 和 label:）是 yes_no 答案的简写形式；问题“{question}”的类型是 {qtype}，因此请写成 {{value: …, label: …}}。</translation>
    </message>
    <message>
        <source>a yes_no question only has the answers yes, no and na; &apos;{value}&apos; is not one of them. Use single_choice for other answers.</source>
        <translation>yes_no 问题只有 yes、no 和 na 这几个答案；“{value}”不在其中。其他答案请使用 single_choice。</translation>
    </message>
    <message>
        <source>{qtype} question &apos;{question}&apos; needs at least two options under &apos;options&apos;.</source>
        <translation>{qtype} 问题“{question}”在 &apos;options&apos; 下至少需要两个选项。</translation>
    </message>
    <message>
        <source>scale question &apos;{question}&apos; needs at least two points under &apos;options&apos; (value 0, 1, …, each with a label).</source>
        <translation>量表题“{question}”在 &apos;options&apos; 下至少需要两个刻度点（值为 0、1、…，每个都带标签）。</translation>
    </message>
    <message>
        <source>scale points are whole numbers (0, 1, 2 …); &apos;{value}&apos; is not.</source>
        <translation>量表的刻度点必须是整数（0、1、2 …）；“{value}”不是整数。</translation>
    </message>
    <message>
        <source>{what} has min {minimum} above (or equal to) max {maximum}; swap them.</source>
        <translation>{what} 的 min {minimum} 大于（或等于）max {maximum}；请将两者对调。</translation>
    </message>
    <message>
        <source>the points of scale question &apos;{question}&apos; are {points}; number them 0, 1, 2 … (or 1, 2, 3 …) with no gap (missing: {missing}).</source>
        <translation>量表题“{question}”的刻度点为 {points}；请按 0、1、2 …（或 1、2、3 …）连续编号，不要留空缺（缺少：{missing}）。</translation>
    </message>
    <message>
        <source>{where}: &apos;{fragment}&apos; looks like the rest of a text cut off at an unquoted &apos;,&apos; or &apos;?&apos;. Quote this text: {key}: &quot;…, …&quot;.</source>
        <translation>{where}：“{fragment}”看来是某段文本在未加引号的 &apos;,&apos; 或 &apos;?&apos; 处被截断后剩下的部分。请为这段文本加上引号：{key}: &quot;…, …&quot;。</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is used twice (first on line {first_line}); every {what} must be unique. Rename one.</source>
        <translation>{what}“{value}”被使用了两次（第一次在第 {first_line} 行）；每个 {what} 都必须唯一。请将其中一个改名。</translation>
    </message>
    <message>
        <source>{where} has no text in {missing}; add {add}.</source>
        <translation>{where} 没有 {missing} 的文本；请添加 {add}。</translation>
    </message>
    <message>
        <source>{where} is a plain text, but the file declares {languages}; write it as a mapping with one text per language ({add}).</source>
        <translation>{where} 是普通文本，但文件声明了 {languages}；请将其写成映射，每种语言一段文本（{add}）。</translation>
    </message>
    <message>
        <source>{where} has text in {extra}, which is not in languages; add each code to languages or remove the text.</source>
        <translation>{where} 有 {extra} 的文本，但该语言不在 languages 中；请将语言代码加入 languages，或删除该文本。</translation>
    </message>
    <message>
        <source>texts without a &apos;{code}&apos; text: {count}{found} — this follows from languages (line {line}); fix that first.</source>
        <translation>{count} 段文本没有“{code}”文本{found} — 这是由 languages（第 {line} 行）引起的；请先修正那里。</translation>
    </message>
    <message>
        <source>default_language &apos;{value}&apos; is not in languages ({languages}); add it there.</source>
        <translation>default_language“{value}”不在 languages（{languages}）中；请将其加入。</translation>
    </message>
    <message>
        <source>condition refers to question &apos;{question}&apos;, which does not exist{hint}</source>
        <translation>条件引用了不存在的问题“{question}”{hint}</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; has no option &apos;{value}&apos;; its options are {options}.</source>
        <translation>问题“{question}”没有选项“{value}”；它的选项为 {options}。</translation>
    </message>
    <message>
        <source>this {owner}&apos;s condition looks at question &apos;{question}&apos;, which is shown only when the condition holds. Base it on another question (it may come before or after; conditions can refer forward).</source>
        <translation>此 {owner} 的条件检查问题“{question}”，而该问题只有在这个条件成立时才会显示。请改为依据另一个问题（可在其前或其后；条件可以引用后面的问题）。</translation>
    </message>
    <message>
        <source>conditions form a cycle: {chain}; no question can be shown first. Break the cycle by removing one of these conditions.</source>
        <translation>条件形成了循环：{chain}；没有任何问题能先显示。请删除其中一个条件以打破循环。</translation>
    </message>
    <message>
        <source>&apos;{operator}&apos; compares numbers or dates, but question &apos;{question}&apos; is {qtype}; use equals or in.</source>
        <translation>“{operator}”用于比较数字或日期，但问题“{question}”的类型是 {qtype}；请使用 equals 或 in。</translation>
    </message>
    <message>
        <source>&apos;includes&apos; is for multiple_choice questions; &apos;{question}&apos; is {qtype}: use equals.</source>
        <translation>&apos;includes&apos; 用于 multiple_choice 问题；“{question}”的类型是 {qtype}：请使用 equals。</translation>
    </message>
    <message>
        <source>&apos;{question}&apos; allows several answers; use &apos;includes: VALUE&apos; or &apos;in: [VALUES]&apos; instead of {operator}.</source>
        <translation>“{question}”允许多个答案；请使用 &apos;includes: VALUE&apos; 或 &apos;in: [VALUES]&apos;，而不是 {operator}。</translation>
    </message>
    <message>
        <source>&apos;{operator}: {value}&apos; on scale question &apos;{question}&apos; must be one of its points ({points}), written as a number without quotes.</source>
        <translation>量表题“{question}”上的 &apos;{operator}: {value}&apos; 必须是其刻度点之一（{points}），并写成不加引号的数字。</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a number question, so &apos;{operator}&apos; needs a number, not &apos;{value}&apos;.</source>
        <translation>问题“{question}”是数字题，因此“{operator}”需要一个数字，而不是“{value}”。</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a date question, so &apos;{operator}&apos; needs a real date written &quot;YYYY-MM-DD&quot; (e.g. &quot;2026-12-02&quot;), not &apos;{value}&apos;.</source>
        <translation>问题“{question}”是日期题，因此“{operator}”需要一个以 &quot;YYYY-MM-DD&quot; 格式书写的真实日期（例如 &quot;2026-12-02&quot;），而不是“{value}”。</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a text question, so &apos;{operator}&apos; needs a text, not &apos;{value}&apos;; put it in quotes.</source>
        <translation>问题“{question}”是文本题，因此“{operator}”需要一段文本，而不是“{value}”；请为其加上引号。</translation>
    </message>
    <message>
        <source>dimension &apos;{value}&apos; is not declared under &apos;dimensions&apos;.{hint}</source>
        <translation>维度“{value}”未在 &apos;dimensions&apos; 下声明。{hint}</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is not declared under &apos;recommendations&apos;.{hint}</source>
        <translation>建议“{value}”未在 &apos;recommendations&apos; 下声明。{hint}</translation>
    </message>
    <message>
        <source>band &apos;{value}&apos; is not declared under scoring.bands.{hint}</source>
        <translation>区间“{value}”未在 scoring.bands 下声明。{hint}</translation>
    </message>
    <message>
        <source>bands &apos;{lower}&apos; and &apos;{upper}&apos; overlap between {start} and {end}; set min of &apos;{upper}&apos; to {end}.</source>
        <translation>区间“{lower}”与“{upper}”在 {start} 至 {end} 之间重叠；请将“{upper}”的 min 设为 {end}。</translation>
    </message>
    <message>
        <source>no band covers scores from {start} to {end}; {fix}.</source>
        <translation>没有任何区间涵盖 {start} 至 {end} 的分数；{fix}。</translation>
    </message>
    <message>
        <source>the mitigation dimension cannot also count in the overall score; remove it from scoring.overall.</source>
        <translation>缓解措施维度不能同时计入总分；请将其从 scoring.overall 中删除。</translation>
    </message>
    <message>
        <source>no option gives points to dimension &apos;{value}&apos;, so it will always score 0; give points or remove it.</source>
        <translation>没有任何选项给维度“{value}”计分，因此它的分数永远是 0；请为其计分或将其删除。</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is never triggered by an option, red flag, floor or outcome; reference it or remove it.</source>
        <translation>建议“{value}”从未由任何选项、警示信号、下限或结果触发；请引用它或将其删除。</translation>
    </message>
    <message>
        <source>the file has no &apos;format: 2&apos;, so it is read as format 1, where every yes_no question also offers &apos;not applicable&apos; (which drops the question from the score). Add &apos;format: 2&apos; at the top and list na under options only where it is a real answer.</source>
        <translation>此文件没有 &apos;format: 2&apos;，因此会按格式 1 读取：在格式 1 中，每个 yes_no 问题都另外提供“不适用”（选择后该问题不计入分数）。请在文件顶部加上 &apos;format: 2&apos;，并只在 na 确实是一个答案时，才在 options 下列出 na。</translation>
    </message>
    <message>
        <source>{where} contains &apos;{tag}&apos;: texts are shown as plain text everywhere (screen and PDF), so the tag would appear literally. Remove it.</source>
        <translation>{where} 含有“{tag}”：文本在任何地方（屏幕和 PDF）都以纯文本显示，因此该标签会原样显示出来。请将其删除。</translation>
    </message>
    <message>
        <source>{where} contains the control character {char}: it would drive a terminal or turn the text around on screen. Remove it.</source>
        <translation>{where} 含有控制字符 {char}：它会操纵终端或使屏幕上的文字反转。请删除它。</translation>
    </message>
    <message>
        <source>texts without a {language} translation: {count} (first: {first}); until they are translated, the {language} screens and PDFs show them in {fallback}. Translate them in {translation}.</source>
        <translation>缺少{language}翻译的文本：{count} 条（第一条：{first}）；在翻译完成之前，{language}界面和 PDF 将以{fallback}显示这些文本。请在 {translation} 中翻译。</translation>
    </message>
    <message>
        <source>{translation} translates &apos;{address}&apos;, which this questionnaire does not have (moved or removed); move it to the text&apos;s new address or delete it.</source>
        <translation>{translation} 翻译了“{address}”，但此问卷中没有该项（已移动或删除）；请将其移至该文本的新地址，或将其删除。</translation>
    </message>
    <message>
        <source>the {language} text of &apos;{address}&apos; has the placeholders {found}, the {fallback} text has {expected}; keep every {{placeholder}} exactly as written in {fallback}.</source>
        <translation>“{address}”的{language}文本含有占位符 {found}，而{fallback}文本含有 {expected}；请让每个 {{placeholder}} 与{fallback}中的写法完全一致。</translation>
    </message>
    <message>
        <source>{translation} translates {questionnaire} version {found}, not {version}, so it is not used; update its texts and set version: {version}.</source>
        <translation>{translation} 翻译的是 {questionnaire} 版本 {found}，而不是 {version}，因此不会被使用；请更新其文本并设置 version: {version}。</translation>
    </message>
    <message>
        <source>{translation} is not a translation file (it needs the fields &apos;questionnaire&apos;, &apos;version&apos;, &apos;language&apos; (a known code), &apos;status&apos; (draft or reviewed) and &apos;texts&apos;); fix its header.</source>
        <translation>{translation} 不是翻译文件（它需要 questionnaire、version、language（已知代码）、status（draft 或 reviewed）和 texts）；请修正其文件头。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your organisation</source>
        <translation>贵机构</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>1 to 9 people</source>
        <translation>1 至 9 人</translation>
    </message>
    <message>
        <source>10 to 49 people</source>
        <translation>10 至 49 人</translation>
    </message>
    <message>
        <source>50 to 249 people</source>
        <translation>50 至 249 人</translation>
    </message>
    <message>
        <source>250 people or more</source>
        <translation>250 人或以上</translation>
    </message>
    <message>
        <source>Government agency or public body</source>
        <translation>政府机构或公共机构</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>机构名称</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>注册号码</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联络人</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>联络电邮</translation>
    </message>
    <message>
        <source>As it should appear on your reports.</source>
        <translation>按其在报告上应显示的方式填写。</translation>
    </message>
    <message>
        <source>For example your SSM, ACRA or DBD number. Optional.</source>
        <translation>例如您的 SSM、ACRA 或 DBD 注册号码。选填。</translation>
    </message>
    <message>
        <source>Where the organisation is based.</source>
        <translation>机构所在地。</translation>
    </message>
    <message>
        <source>For example retail, health, finance or education.</source>
        <translation>例如零售、医疗、金融或教育。</translation>
    </message>
    <message>
        <source>How many people work for the organisation.</source>
        <translation>机构有多少员工。</translation>
    </message>
    <message>
        <source>Who answers questions about the assessments. Optional.</source>
        <translation>负责解答有关评估问题的人员。选填。</translation>
    </message>
    <message>
        <source>An email address for that person. Optional.</source>
        <translation>该人员的电邮地址。选填。</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>选择国家</translation>
    </message>
    <message>
        <source>Choose a size</source>
        <translation>选择规模</translation>
    </message>
    <message>
        <source>e.g. retail</source>
        <translation>例如零售</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
</context>
<context>
    <name>Provisional</name>
    <message>
        <source>This answer sets the result to {band} whatever else you answer: {message} Stop and get advice before this AI system is used.</source>
        <translation>无论您的其他答案如何，此答案都会将结果定为 {band}：{message} 在使用此 AI系统之前，请先暂停并寻求专业意见。</translation>
    </message>
    <message>
        <source>Provisional result: {band} ({percent} %).</source>
        <translation>暂定结果：{band}（{percent} %）。</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n answered question(s) of the {total} that apply so far. The result can still change as you answer the rest.</source>
        <translation>
            <numerusform>根据目前 {total} 道适用问题中已回答的 %n 道得出。随着您回答其余问题，结果仍可能改变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Red flags so far:</source>
        <translation>目前的警示信号：</translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation>目前的结果</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Expanded. {guidance}</source>
        <translation>已展开。{guidance}</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to show the guidance for this question.</source>
        <translation>已收起。按空格键显示此问题的指引。</translation>
    </message>
    <message>
        <source>The agency commented on this answer:</source>
        <translation>主管机构对此答案的意见：</translation>
    </message>
    <message>
        <source>Not saved yet. Your answer is kept here and the app keeps trying to save it.</source>
        <translation>尚未保存。您的答案保留在此，应用程序会持续尝试保存。</translation>
    </message>
    <message>
        <source>This question is in {language}.</source>
        <translation>此问题以{language}显示。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必答。</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>选答。</translation>
    </message>
    <message>
        <source>Prefilled from your organisation profile. Change it if it is not right for this assessment.</source>
        <translation>已根据贵机构的资料预先填写。如不适用于本次评估，请加以更改。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必答</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>清除答案</translation>
    </message>
    <message>
        <source>Clear answer: {question}</source>
        <translation>清除答案：{question}</translation>
    </message>
    <message>
        <source>Remove the answer to this question</source>
        <translation>删除此问题的答案</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>History: {question}</source>
        <translation>历史记录：{question}</translation>
    </message>
    <message>
        <source>When and how this answer and its comment changed</source>
        <translation>此答案及其备注何时、如何更改</translation>
    </message>
    <message>
        <source>Why we ask</source>
        <translation>为何提问</translation>
    </message>
    <message>
        <source>Why we ask: {question}</source>
        <translation>为何提问：{question}</translation>
    </message>
    <message>
        <source>Evidence or comment: {question}</source>
        <translation>证明或备注：{question}</translation>
    </message>
    <message>
        <source>Optional: a note, a document name or a link to evidence</source>
        <translation>选填：备注、文件名称或证明资料的链接</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Signed review receipt</source>
        <translation>已签署的审核回执</translation>
    </message>
    <message>
        <source>The receipt tells the business your decision and every comment, and is signed with your agency&apos;s identity so that their app can check it came from you.</source>
        <translation>回执会告知企业您的决定和每一条意见，并以贵机构的身份签署，使企业的应用程序能核实回执确实来自您。</translation>
    </message>
    <message>
        <source>&amp;Signing identity</source>
        <translation>签署身份(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>密码短语(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language of the receipt</source>
        <translation>回执语言(&amp;L)</translation>
    </message>
    <message>
        <source>There is no signing identity yet: create one in Settings → Signing identities first.</source>
        <translation>尚无签署身份：请先在“设置 → 签署身份”中创建一个。</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>保存回执</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the signed receipt to {file}</source>
        <translation>已签署的回执已保存至 {file}</translation>
    </message>
    <message>
        <source>Review from {agency}</source>
        <translation>来自 {agency} 的审核</translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation>主管机构已接受</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>已退回修改</translation>
    </message>
    <message>
        <source>Under review at the agency</source>
        <translation>主管机构审核中</translation>
    </message>
    <message>
        <source>Received by the agency</source>
        <translation>主管机构已收到</translation>
    </message>
    <message>
        <source>{agency} ({decision}, {date}): {comment}</source>
        <translation>{agency}（{decision}，{date}）：{comment}</translation>
    </message>
    <message>
        <source>Please resubmit by {date}</source>
        <translation>请在 {date} 前重新提交</translation>
    </message>
    <message>
        <source>The receipt is signed and unchanged, but its signer is not in your trusted list: check the fingerprint with the agency.</source>
        <translation>回执已签署且未被更改，但其签署人不在您的受信任名单中：请向主管机构核对指纹。</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Signed by {signer} ({fingerprint}); decided on {date}.</source>
        <translation>由 {signer}（{fingerprint}）签署；决定日期：{date}。</translation>
    </message>
    <message>
        <source>The agency made no comments.</source>
        <translation>主管机构没有提出意见。</translation>
    </message>
    <message>
        <source>About the whole report</source>
        <translation>关于整份报告</translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <translation>您的答案：{answer}</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <source>Agency: {comment}</source>
        <translation>主管机构：{comment}</translation>
    </message>
</context>
<context>
    <name>ReportAnswersDialog</name>
    <message>
        <source>Answers in the report</source>
        <translation>报告中的答案</translation>
    </message>
    <message>
        <source>This report failed a check: do not rely on these answers.</source>
        <translation>此报告有一项检查未通过：请勿依赖这些答案。</translation>
    </message>
    <message>
        <source>This questionnaire is not installed here: the answers are shown by question id.</source>
        <translation>此电脑未安装此问卷：答案按问题编号显示。</translation>
    </message>
    <message>
        <source>The report holds no answers.</source>
        <translation>此报告不含任何答案。</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <source>Comment or evidence: {text}</source>
        <translation>备注或证明：{text}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Received report</source>
        <translation>收到的报告</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>载入中…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>验证结论</translation>
    </message>
    <message>
        <source>✔ Trusted: signed, unchanged, and the signer is in your trusted list.</source>
        <translation>✔ 受信任：已签署、未被更改，且签署人在您的受信任名单中。</translation>
    </message>
    <message>
        <source>⚠ Not trusted: signed and unchanged, but nobody you trust vouches for the signer. Compare the fingerprint with the business before relying on it.</source>
        <translation>⚠ 不受信任：已签署且未被更改，但没有您信任的任何一方为签署人作担保。在依赖此文件之前，请先与该企业核对指纹。</translation>
    </message>
    <message>
        <source>✖ Invalid: do not rely on this file.</source>
        <translation>✖ 无效：请勿依赖此文件。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>指纹（SHA-256）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>AI系统</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Result (re-scored)</source>
        <translation>结果（重新评分）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Claimed signing time</source>
        <translation>声称的签署时间</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>警示信号</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>为何得出此结果</translation>
    </message>
    <message>
        <source>This questionnaire version is not installed here: the answers cannot be shown with their questions.</source>
        <translation>此电脑未安装此问卷版本：无法将答案与其问题一同显示。</translation>
    </message>
    <message>
        <source>There are no verified answers to show.</source>
        <translation>没有可显示的已验证答案。</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <source>Respondent&apos;s comment or evidence: {text}</source>
        <translation>答卷人的备注或证明：{text}</translation>
    </message>
    <message>
        <source>Comment on this answer…</source>
        <translation>对此答案提出意见…</translation>
    </message>
    <message>
        <source>Comment on: {question}</source>
        <translation>意见针对：{question}</translation>
    </message>
    <message>
        <source>Resubmission of report {id}, received {when}.</source>
        <translation>重新提交的报告 {id}，收到时间：{when}。</translation>
    </message>
    <message>
        <source>Result: {before} → {after}</source>
        <translation>结果：{before} → {after}</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>没有答案被更改。</translation>
    </message>
    <message>
        <source>Before: {before}
Now: {after}</source>
        <translation>之前：{before}
现在：{after}</translation>
    </message>
    <message>
        <source>{officer}, {when}: {text}</source>
        <translation>{officer}，{when}：{text}</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>审核人员</translation>
    </message>
    <message>
        <source>A comment on the whole report (optional)</source>
        <translation>针对整份报告的意见（选填）</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>意见(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Due date (returned reports)</source>
        <translation>截止日期（退回的报告）(&amp;D)</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>保存审核</translation>
    </message>
    <message>
        <source>Signed receipt…</source>
        <translation>已签署的回执…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>(due {date})</source>
        <translation>（截止日期 {date}）</translation>
    </message>
    <message>
        <source>Comment on an answer</source>
        <translation>对答案提出意见</translation>
    </message>
</context>
<context>
    <name>ReportsFlow</name>
    <message>
        <source>Verify a signed report</source>
        <translation>验证已签署的报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>trusted from the verify view after comparing the fingerprint</source>
        <translation>在验证画面中核对指纹后设为受信任</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Why this result</source>
        <translation>为何得出此结果</translation>
    </message>
    <message>
        <source>What this level asks of you</source>
        <translation>此等级对您的要求</translation>
    </message>
    <message>
        <source>Result: {band}</source>
        <translation>结果：{band}</translation>
    </message>
    <message>
        <source>Result on the questionnaire&apos;s scale</source>
        <translation>问卷评分标准上的结果</translation>
    </message>
    <message>
        <source>{band}: band {number} of {count} ({bands}); overall score {score} %</source>
        <translation>{band}：第 {number} 个区间，共 {count} 个（{bands}）；总分 {score} %</translation>
    </message>
    <message>
        <source>Band {number} of {count} · overall score {score} %</source>
        <translation>第 {number} 个区间，共 {count} 个 · 总分 {score} %</translation>
    </message>
    <message>
        <source>Overall score: {score} %</source>
        <translation>总分：{score} %</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>警示信号</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>警示信号</translation>
    </message>
    <message>
        <source>Risk areas (a higher score is more serious)</source>
        <translation>风险领域（分数越高越严重）</translation>
    </message>
    <message>
        <source>Scores by area (higher is better)</source>
        <translation>各领域得分（越高越好）</translation>
    </message>
    <message>
        <source>Safeguards (higher is better)</source>
        <translation>保障措施（越高越好）</translation>
    </message>
    <message>
        <source>Do first</source>
        <translation>优先处理</translation>
    </message>
    <message>
        <source>Do next</source>
        <translation>其次处理</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>有余力时处理</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>下一步该做什么</translation>
    </message>
    <message>
        <source>Your action plan: tick each step when it is done, and give it an owner and a due date. The plan is saved with the assessment and printed in the signed report.</source>
        <translation>您的行动计划：每完成一个步骤就勾选它，并为其指定负责人和截止日期。该计划会与评估一起保存，并打印在已签署的报告中。</translation>
    </message>
    <message>
        <source>&amp;Back to the answers</source>
        <translation>返回答案(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Export signed PDF…</source>
        <translation>导出已签署的 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Change &amp;log…</source>
        <translation>更改记录(&amp;L)…</translation>
    </message>
    <message>
        <source>When this assessment was created, answered, completed, exported and upgraded (Alt+L)</source>
        <translation>此评估的创建、回答、完成、导出和升级时间（Alt+L）</translation>
    </message>
    <message>
        <source>Make a signed PDF report that others can verify</source>
        <translation>生成其他人可以验证的已签署 PDF 报告</translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Not saved: see the note at the question</source>
        <translation>未保存：请查看问题旁的说明</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) not saved yet: trying again</source>
        <translation>
            <numerusform>尚有 %n 个答案未保存：正在重试</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>已于 {time} 保存</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>保存状态</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Choose a section to go to it. Shortcut: F6</source>
        <translation>选择一个部分即可前往。快捷键：F6</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Go back to the data as it was in this backup? Changes made since then will not be in the restored data, but the current data is kept as a copy first.</source>
        <translation>要将数据恢复到此备份时的状态吗？此后所作的更改将不会出现在恢复后的数据中，但当前数据会先保存一份副本。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the app. Changes at once.</source>
        <translation>应用程序的语言。立即生效。</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Makes all text larger</source>
        <translation>放大所有文字</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Light, dark or high contrast; changes at once</source>
        <translation>浅色、深色或高对比度；立即生效</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>您的数据</translation>
    </message>
    <message>
        <source>Everything you enter is kept in this folder on this computer, and nowhere else:</source>
        <translation>您输入的一切都保存在这台电脑上的这个文件夹中，不会保存在其他地方：</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>数据文件夹：{folder}</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A backup is made every day you use the app and before every update. Copy the backups folder to a USB stick now and then.</source>
        <translation>您每天使用应用程序时以及每次更新前，都会自动备份一次。请不时将备份文件夹复制到 USB 随身碟。</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>备份（最新的在前）</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>选择要恢复的备份</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <source>Restore selected backup…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>AISafe Desktop {version}. Works offline; never sends data anywhere. Built with these libraries and fonts, under their licences:</source>
        <translation>AISafe Desktop {version}。离线运作；绝不会将数据发送到任何地方。使用以下程序库和字体构建，并遵守其许可条款：</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>所有画面</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>回答问题时</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>主页</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>此键盘快捷键列表</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>开始新的评估</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>返回评估列表</translation>
    </message>
    <message>
        <source>Settings: language, text size, backups</source>
        <translation>设置：语言、文字大小、备份</translation>
    </message>
    <message>
        <source>Quit (asks first if answers are not saved)</source>
        <translation>退出（如有答案未保存，会先询问）</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>下一个／上一个控件</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + 带下划线的字母</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>带有该字母的按钮或字段</translation>
    </message>
    <message>
        <source>Search the assessments</source>
        <translation>搜索评估</translation>
    </message>
    <message>
        <source>Import an answers file</source>
        <translation>导入答案文件</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>打开所选的评估</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move the selected assessment to the trash (you can undo)</source>
        <translation>将所选的评估移至回收站（可以撤销）</translation>
    </message>
    <message>
        <source>Next section (Finish on the last)</source>
        <translation>下一部分（在最后一部分时为“完成”）</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>上一部分</translation>
    </message>
    <message>
        <source>Enter (on a choice)</source>
        <translation>Enter（在选项上）</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>下一部分</translation>
    </message>
    <message>
        <source>Go to the list of sections</source>
        <translation>前往部分列表</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <source>Move between the options of a question</source>
        <translation>在问题的各选项之间移动</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格键</translation>
    </message>
    <message>
        <source>Choose an option; show or hide &quot;Why we ask&quot;</source>
        <translation>选择选项；显示或隐藏“为何提问”</translation>
    </message>
    <message>
        <source>The provisional result so far</source>
        <translation>目前的暂定结果</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Everything in AISafe Desktop can be done with the keyboard. Buttons also show their shortcut in their tooltip.</source>
        <translation>AISafe Desktop 的所有操作都可以用键盘完成。按钮的工具提示中也会显示其快捷键。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Already open</source>
        <translation>已经打开</translation>
    </message>
    <message>
        <source>AISafe Desktop is already open in another window with the same data. Switch to that window, or close it and start the app again.</source>
        <translation>AISafe Desktop 已在另一个窗口中使用相同的数据打开。请切换到该窗口，或将其关闭后重新启动应用程序。</translation>
    </message>
    <message>
        <source>Newer data</source>
        <translation>较新的数据</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of AISafe Desktop. It has not been changed. Install that version (or a later one) to open it.</source>
        <translation>您的数据是由较新版本的 AISafe Desktop 保存的。它未被更改。请安装该版本（或更新的版本）来打开它。</translation>
    </message>
    <message>
        <source>Data damaged</source>
        <translation>数据已损坏</translation>
    </message>
    <message>
        <source>The data file is damaged and cannot be opened. It has not been changed. Restore the latest backup ({backup})? The damaged file is kept as a copy.</source>
        <translation>数据文件已损坏，无法打开。它未被更改。要恢复最新的备份（{backup}）吗？已损坏的文件会保留一份副本。</translation>
    </message>
    <message>
        <source>The data file is damaged and no backup was found. It has not been changed. Please contact your IT support; they can look at the file in the data folder.</source>
        <translation>数据文件已损坏，且找不到备份。它未被更改。请联络您的 IT 支援人员；他们可以查看数据文件夹中的文件。</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>无法打开您的数据</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Trusted: signed by someone you trust, and unchanged</source>
        <translation>受信任：由您信任的人签署，且未被更改</translation>
    </message>
    <message>
        <source>{file} was signed by a signer in your trusted list and has not been changed since. The answers inside give the result it states.</source>
        <translation>{file} 由您受信任名单中的签署人签署，此后未被更改。其中的答案得出其所述的结果。</translation>
    </message>
    <message>
        <source>UNTRUSTED: unchanged, but the signer is not in your trusted list</source>
        <translation>不受信任：未被更改，但签署人不在您的受信任名单中</translation>
    </message>
    <message>
        <source>{file} has not been changed since it was signed. But anyone can make a key with any name on it: before you rely on it, compare the fingerprint below with the signer by phone.</source>
        <translation>{file} 自签署后未被更改。但任何人都可以制作带有任何名称的密钥：在依赖它之前，请通过电话与签署人核对下方的指纹。</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>请勿依赖此报告</translation>
    </message>
    <message>
        <source>{file} is unchanged, but its signer&apos;s certificate is not acceptable: {reason}.</source>
        <translation>{file} 未被更改，但其签署人的证书不可接受：{reason}。</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>证书已被吊销</translation>
    </message>
    <message>
        <source>it was not valid at the claimed signing time</source>
        <translation>证书在声称的签署时间并不有效</translation>
    </message>
    <message>
        <source>it may not be used to sign documents</source>
        <translation>证书不得用于签署文件</translation>
    </message>
    <message>
        <source>its certificate chain was rejected</source>
        <translation>证书链被拒绝</translation>
    </message>
    <message>
        <source>In your trusted list</source>
        <translation>在您的受信任名单中</translation>
    </message>
    <message>
        <source>Not in your trusted list</source>
        <translation>不在您的受信任名单中</translation>
    </message>
    <message>
        <source>Signer: {signer}
Organisation: {organisation} ({country})
Fingerprint (SHA-256): {fingerprint}
Claimed signing time: {when} (the signer&apos;s own clock)
{status}</source>
        <translation>签署人：{signer}
机构：{organisation}（{country}）
指纹（SHA-256）：{fingerprint}
声称的签署时间：{when}（签署人自己的时钟）
{status}</translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation>要信任此签署人吗？</translation>
    </message>
    <message>
        <source>Call {signer} ({organisation}) on a phone number you already know — not one from this report — and ask them to read out their fingerprint. Trust them only if it is exactly:

{fingerprint}</source>
        <translation>请拨打您原本已知的电话号码（而不是此报告上的号码）联络 {signer}（{organisation}），请对方读出其指纹。只有在指纹完全相同时才信任对方：

{fingerprint}</translation>
    </message>
    <message>
        <source>Every report this key signs will then be shown as trusted. You can remove it in Settings → Trusted signers and agencies.</source>
        <translation>此后，由此密钥签署的每份报告都会显示为受信任。您可以在“设置 → 受信任的签署人和主管机构”中将其删除。</translation>
    </message>
    <message>
        <source>They match: trust this signer</source>
        <translation>指纹相符：信任此签署人</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <source>Agency CA (trusts every certificate it issues)</source>
        <translation>主管机构证书颁发机构（信任其颁发的所有证书）</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>(known by fingerprint only)</source>
        <translation>（仅凭指纹识别）</translation>
    </message>
    <message>
        <source>Added {when} by {who}</source>
        <translation>由 {who} 于 {when} 添加</translation>
    </message>
    <message>
        <source>Revocation list of {when}</source>
        <translation>{when} 的吊销列表</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>信任证书</translation>
    </message>
    <message>
        <source>Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)</source>
        <translation>证书和吊销列表 (*.pem *.crt *.cer *.der *.crl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>取消信任</translation>
    </message>
    <message>
        <source>Stop trusting {name}? Its reports will then verify as UNTRUSTED.</source>
        <translation>要取消信任 {name} 吗？此后其报告的验证结果将为“不受信任”。</translation>
    </message>
    <message>
        <source>Trusted signers and agencies</source>
        <translation>受信任的签署人和主管机构</translation>
    </message>
    <message>
        <source>Reports from these signers, or with a certificate from these agency CAs, verify as trusted. Anyone else&apos;s reports are shown as UNTRUSTED, however their name reads.</source>
        <translation>来自这些签署人的报告，或带有这些主管机构证书颁发机构所发证书的报告，验证结果为受信任。任何其他人的报告都会显示为“不受信任”，无论其名称如何。</translation>
    </message>
    <message>
        <source>Add a certificate or revocation list…</source>
        <translation>添加证书或吊销列表…</translation>
    </message>
    <message>
        <source>Stop trusting…</source>
        <translation>取消信任…</translation>
    </message>
</context>
<context>
    <name>UpgradeBanner</name>
    <message>
        <source>A newer version of this questionnaire ({new}) is installed; this assessment uses version {old}.</source>
        <translation>已安装此问卷的较新版本（{new}）；此评估使用的是版本 {old}。</translation>
    </message>
    <message>
        <source>Upgrade to version {version}…</source>
        <translation>升级至版本 {version}…</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>New question</source>
        <translation>新问题</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Different kind of answer</source>
        <translation>答案类型不同</translation>
    </message>
    <message>
        <source>Different answer choices</source>
        <translation>答案选项不同</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>措辞已修改</translation>
    </message>
    <message>
        <source>{question} — your answer: {answer}</source>
        <translation>{question} — 您的答案：{answer}</translation>
    </message>
    <message>
        <source>the question changed: check that your answer still holds</source>
        <translation>问题已更改：请确认您的答案是否仍然成立</translation>
    </message>
    <message>
        <source>{question} — a new question</source>
        <translation>{question} — 新问题</translation>
    </message>
    <message>
        <source>it now takes a different kind of answer</source>
        <translation>现在需要不同类型的答案</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) no longer fits: {why}</source>
        <translation>{question} — 您的答案（{answer}）已不再适用：{why}</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) stays in the history</source>
        <translation>{question} — 您的答案（{answer}）保留在历史记录中</translation>
    </message>
    <message>
        <source>Upgrade to version {version}</source>
        <translation>升级至版本 {version}</translation>
    </message>
    <message>
        <source>{questionnaire}: version {old} → {new}. Every answer and its history is kept; nothing changes until you choose Upgrade.</source>
        <translation>{questionnaire}：版本 {old} → {new}。每个答案及其历史记录都会保留；在您选择“升级”之前，不会有任何改变。</translation>
    </message>
    <message>
        <source>What changed in the questionnaire ({count})</source>
        <translation>问卷中的更改（{count}）</translation>
    </message>
    <message>
        <source>No question changed.</source>
        <translation>没有问题被更改。</translation>
    </message>
    <message>
        <source>Answers that carry over ({count})</source>
        <translation>沿用的答案（{count}）</translation>
    </message>
    <message>
        <source>No answer carries over.</source>
        <translation>没有可沿用的答案。</translation>
    </message>
    <message>
        <source>Questions that need a new answer ({count})</source>
        <translation>需要重新回答的问题（{count}）</translation>
    </message>
    <message>
        <source>None: every answer still fits.</source>
        <translation>无：所有答案仍然适用。</translation>
    </message>
    <message>
        <source>Answers to removed questions ({count})</source>
        <translation>已删除问题的答案（{count}）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed report</source>
        <translation>验证已签署的报告</translation>
    </message>
    <message>
        <source>Trust this signer…</source>
        <translation>信任此签署人…</translation>
    </message>
    <message>
        <source>Show the answers…</source>
        <translation>显示答案…</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>请勿依赖此报告</translation>
    </message>
    <message>
        <source>{file} failed at least one check below. It may have been changed after signing, or it is not an AISafe report.</source>
        <translation>{file} 未通过以下至少一项检查。它可能在签署后被更改，或者不是 AISafe 报告。</translation>
    </message>
    <message numerus="yes">
        <source>Checks: %n failed</source>
        <translation>
            <numerusform>检查：%n 项未通过</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks: none failed</source>
        <translation>检查：没有未通过的项目</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
</context>
<context>
    <name>VerifyReason</name>
    <message>
        <source>The file cannot be opened: it does not exist or may not be read.</source>
        <translation>无法打开文件：文件不存在或无权读取。</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>该文件不是 PDF 文档。</translation>
    </message>
    <message>
        <source>The file is damaged or is not a PDF that AISafe Desktop can read.</source>
        <translation>文件已损坏，或不是 AISafe Desktop 可以读取的 PDF。</translation>
    </message>
    <message>
        <source>The file is {size} bytes; reports larger than {limit} bytes are refused.</source>
        <translation>文件大小为 {size} 字节；超过 {limit} 字节的报告会被拒绝。</translation>
    </message>
    <message>
        <source>Part of the file unpacks to more than {limit} bytes; the file is refused.</source>
        <translation>文件的部分内容解压后超过 {limit} 字节；文件被拒绝。</translation>
    </message>
    <message>
        <source>The file has more than {limit} pages; the file is refused.</source>
        <translation>文件超过 {limit} 页；文件被拒绝。</translation>
    </message>
    <message>
        <source>The file has more than {limit} internal objects; the file is refused.</source>
        <translation>文件有超过 {limit} 个内部对象；文件被拒绝。</translation>
    </message>
    <message>
        <source>The file was saved {count} times over (the limit is {limit}); it is refused.</source>
        <translation>文件被重复保存了 {count} 次（上限为 {limit}）；文件被拒绝。</translation>
    </message>
    <message>
        <source>The file&apos;s internal structure is nested more than {limit} levels deep; it is refused.</source>
        <translation>文件的内部结构嵌套超过 {limit} 层；文件被拒绝。</translation>
    </message>
    <message>
        <source>The file points outside itself ({what}); such files are refused.</source>
        <translation>文件指向其自身以外的内容（{what}）；此类文件会被拒绝。</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>文件未签署。</translation>
    </message>
    <message>
        <source>The file should carry exactly one AISafe signature; it has {count}.</source>
        <translation>文件应恰好带有一个 AISafe 签名；它带有 {count} 个。</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signature does not match its content.</source>
        <translation>文件在签署后被更改：签名与其内容不符。</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added around it.</source>
        <translation>签名没有覆盖整个文件：签名周围被添加了内容。</translation>
    </message>
    <message>
        <source>Something was added after signing: {what}.</source>
        <translation>签署后被添加了内容：{what}。</translation>
    </message>
    <message>
        <source>The file does not contain the signed answers (answers.json).</source>
        <translation>文件不含已签署的答案（answers.json）。</translation>
    </message>
    <message>
        <source>The file contains answers.json more than once.</source>
        <translation>文件含有多于一个 answers.json。</translation>
    </message>
    <message>
        <source>The embedded answers (answers.json) are damaged or stored in an unknown way.</source>
        <translation>内嵌答案（answers.json）已损坏，或以未知方式保存。</translation>
    </message>
    <message>
        <source>The embedded answers unpack to more than {limit} bytes; they are refused.</source>
        <translation>内嵌答案解压后超过 {limit} 字节；已被拒绝。</translation>
    </message>
    <message>
        <source>The embedded answers are not readable JSON text.</source>
        <translation>内嵌答案不是可读取的 JSON 文本。</translation>
    </message>
    <message>
        <source>The embedded answers are wrong at {path}: {problem}.</source>
        <translation>内嵌答案在 {path} 处有误：{problem}。</translation>
    </message>
    <message>
        <source>The questionnaire {questionnaire} is not installed here; add its file to re-check the answers.</source>
        <translation>此电脑未安装问卷 {questionnaire}；请添加其文件以重新检查答案。</translation>
    </message>
    <message>
        <source>The embedded answers do not say exactly which questionnaire file was used (no SHA-256).</source>
        <translation>内嵌答案没有确切注明所使用的问卷文件（没有 SHA-256）。</translation>
    </message>
    <message>
        <source>The questionnaire installed here differs from the one the report was made with.</source>
        <translation>此电脑安装的问卷与生成报告时所用的问卷不同。</translation>
    </message>
    <message>
        <source>The signed answers break the questionnaire&apos;s rules: {problems}.</source>
        <translation>已签署的答案违反了问卷的规则：{problems}。</translation>
    </message>
    <message>
        <source>Required questions are unanswered ({questions}) but the report is not marked incomplete.</source>
        <translation>有必答题未回答（{questions}），但报告未被标记为未完成。</translation>
    </message>
    <message>
        <source>The result stated in the answers ({stated}) differs from re-scoring them ({rescored}).</source>
        <translation>答案中所述的结果（{stated}）与重新评分的结果（{rescored}）不同。</translation>
    </message>
    <message>
        <source>The pages state {stated}, the signed answers give {rescored}.</source>
        <translation>页面所述为 {stated}，已签署的答案得出 {rescored}。</translation>
    </message>
    <message>
        <source>The text of the report&apos;s pages could not be read to compare it with the answers.</source>
        <translation>无法读取报告页面的文字，因此无法与答案进行比对。</translation>
    </message>
    <message>
        <source>the PDF structure could be read</source>
        <translation>PDF 结构可以读取</translation>
    </message>
    <message>
        <source>one signature</source>
        <translation>一个签名</translation>
    </message>
    <message>
        <source>the signed bytes match the signature</source>
        <translation>已签署的字节与签名相符</translation>
    </message>
    <message>
        <source>the signature covers the entire file</source>
        <translation>签名覆盖整个文件</translation>
    </message>
    <message>
        <source>nothing was added after signing</source>
        <translation>签署后未添加任何内容</translation>
    </message>
    <message>
        <source>{attachment} read from the signed revision</source>
        <translation>{attachment} 读取自已签署的修订版本</translation>
    </message>
    <message>
        <source>answers.json has the expected fields, types and sizes</source>
        <translation>answers.json 具有预期的字段、类型和大小</translation>
    </message>
    <message>
        <source>{questionnaire} is installed here</source>
        <translation>此电脑已安装 {questionnaire}</translation>
    </message>
    <message>
        <source>same SHA-256 as the one used for the report</source>
        <translation>SHA-256 与生成报告时所用的相同</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire</source>
        <translation>每个答案都符合问卷的要求</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire; the report is marked INCOMPLETE: required questions unanswered: {count}</source>
        <translation>每个答案都符合问卷的要求；报告标注为“未完成”：尚有 {count} 道必答题未回答</translation>
    </message>
    <message>
        <source>re-scoring gives “{band}” ({score}), as stated</source>
        <translation>重新评分得出“{band}”（{score}），与所声明的相同</translation>
    </message>
    <message>
        <source>the cover and summary state the re-scored result</source>
        <translation>封面和摘要所述为重新评分的结果</translation>
    </message>
    <message>
        <source>the certificate chains to {anchor}, which you trust</source>
        <translation>证书链可追溯至您信任的 {anchor}</translation>
    </message>
    <message>
        <source>your trusted list is empty: the signer is not known to you</source>
        <translation>您的受信任名单为空：您不认识此签署人</translation>
    </message>
    <message>
        <source>the signer {fingerprint} is not in your trusted list and no CA you trust issued its certificate</source>
        <translation>签署人 {fingerprint} 不在您的受信任名单中，其证书也不是由您信任的证书颁发机构签发</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate (or its issuer) has been revoked</source>
        <translation>签署人的证书（或其签发者的证书）已被吊销</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was not valid at the claimed signing time (valid {start} to {end})</source>
        <translation>签署人的证书在所声称的签署时间无效（有效期为 {start} 至 {end}）</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not allowed to sign documents (key usage)</source>
        <translation>签署人的证书不得用于签署文件（密钥用途）</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate chain was rejected</source>
        <translation>签署人的证书链被拒绝</translation>
    </message>
    <message>
        <source>the signer could not be read</source>
        <translation>无法读取签署人信息</translation>
    </message>
    <message>
        <source>a change to the document&apos;s information (such as its title) or validation data</source>
        <translation>文件信息（例如标题）或验证数据的更改</translation>
    </message>
    <message>
        <source>filled-in form fields</source>
        <translation>已填写的表单字段</translation>
    </message>
    <message>
        <source>comments or markings on the pages</source>
        <translation>页面上的意见或标记</translation>
    </message>
    <message>
        <source>changes to the document&apos;s content</source>
        <translation>对文件内容的更改</translation>
    </message>
    <message>
        <source>an action of type {target}</source>
        <translation>类型为 {target} 的操作</translation>
    </message>
    <message>
        <source>a link to {target}</source>
        <translation>指向 {target} 的链接</translation>
    </message>
    <message>
        <source>the file {target}</source>
        <translation>文件 {target}</translation>
    </message>
    <message>
        <source>a file specification by URL</source>
        <translation>通过 URL 指定的文件</translation>
    </message>
    <message>
        <source>stream data kept in another file</source>
        <translation>保存在另一个文件中的数据流</translation>
    </message>
    <message>
        <source>a page imported from another file</source>
        <translation>从另一个文件导入的页面</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message numerus="yes">
        <source>%n of {total} section(s) done</source>
        <translation>
            <numerusform>已完成 {total} 个部分中的 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered of the {total} that apply so far</source>
        <translation>
            <numerusform>目前 {total} 道适用问题中已回答 %n 道</numerusform>
        </translation>
    </message>
    <message>
        <source>Some answers make further questions apply, so the number of questions can grow as you go.</source>
        <translation>某些答案会使更多问题变为适用，因此问题数量可能会随着您作答而增加。</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>See the result (Alt+Right)</source>
        <translation>查看结果（Alt+Right）</translation>
    </message>
    <message>
        <source>Next section (Alt+Right)</source>
        <translation>下一部分（Alt+Right）</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Previous section (Alt+Left)</source>
        <translation>上一部分（Alt+Left）</translation>
    </message>
    <message>
        <source>How is this counted?</source>
        <translation>这是如何计算的？</translation>
    </message>
    <message>
        <source>Result &amp;so far</source>
        <translation>目前的结果(&amp;S)</translation>
    </message>
    <message>
        <source>See the provisional result of the answers given so far (Alt+S)</source>
        <translation>查看目前已答问题的暂定结果（Alt+S）</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Inbox database password</source>
        <translation>收件箱数据库密码</translation>
    </message>
    <message>
        <source>Password for {where} (kept for this session only):</source>
        <translation>{where} 的密码（仅在本次会话中保存）：</translation>
    </message>
</context>
</TS>
