<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>ActionItemEditor</name>
    <message>
        <source>Not saved yet. What you typed is kept here and the app keeps trying to save it.</source>
        <translation>ยังไม่ได้บันทึก สิ่งที่ท่านพิมพ์ยังอยู่ที่นี่ และโปรแกรมจะพยายามบันทึกต่อไป</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Done: {recommendation}</source>
        <translation>เสร็จแล้ว: {recommendation}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Owner of: {recommendation}</source>
        <translation>ผู้รับผิดชอบ: {recommendation}</translation>
    </message>
    <message>
        <source>Who will see that this step is done</source>
        <translation>ผู้ที่จะดูแลให้ขั้นตอนนี้ดำเนินการเสร็จ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>วันครบกำหนด</translation>
    </message>
    <message>
        <source>Due date of: {recommendation}</source>
        <translation>วันครบกำหนดของ: {recommendation}</translation>
    </message>
    <message>
        <source>A date written YYYY-MM-DD, e.g. 2027-03-31</source>
        <translation>วันที่ในรูปแบบ YYYY-MM-DD (ปี ค.ศ.) เช่น 2027-03-31</translation>
    </message>
    <message>
        <source>Action plan item</source>
        <translation>รายการในแผนปฏิบัติการ</translation>
    </message>
</context>
<context>
    <name>AssessmentTable</name>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>แบบสอบถาม</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>ระบบ AI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลการประเมิน</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>แก้ไขล่าสุด</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>ครบถ้วน</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>ส่งออกรายงานแล้ว</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <source>Working…</source>
        <translation>กำลังดำเนินการ…</translation>
    </message>
    <message>
        <source>Saved the request {file}. Send it to the agency.</source>
        <translation>บันทึกคำขอ {file} แล้ว โปรดส่งไปยังหน่วยงาน</translation>
    </message>
    <message>
        <source>Installed the certificate from {issuer}. Your reports now carry it.</source>
        <translation>ติดตั้งใบรับรองจาก {issuer} แล้ว รายงานของท่านจะมีใบรับรองนี้นับจากนี้</translation>
    </message>
    <message>
        <source>Created the CA {file}. Give {certificate} to every verifier; its fingerprint is {fingerprint}.</source>
        <translation>สร้าง CA {file} แล้ว โปรดมอบ {certificate} ให้ผู้ตรวจสอบทุกราย ลายนิ้วมือของใบรับรองคือ {fingerprint}</translation>
    </message>
    <message>
        <source>Issued {file} to {subject}, serial {serial}.</source>
        <translation>ออก {file} ให้แก่ {subject} แล้ว หมายเลขลำดับ {serial}</translation>
    </message>
    <message>
        <source>Revoked {serial} ({subject}). Write a new revocation list and give it to verifiers.</source>
        <translation>เพิกถอน {serial} ({subject}) แล้ว โปรดจัดทำรายการเพิกถอนใหม่และมอบให้ผู้ตรวจสอบ</translation>
    </message>
    <message>
        <source>Saved the revocation list {file} ({count} revoked).</source>
        <translation>บันทึกรายการเพิกถอน {file} แล้ว (เพิกถอน {count} รายการ)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>วลีรหัสผ่านของ {file}:</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx)</source>
        <translation>ตัวตนสำหรับลงนาม (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Which identity?</source>
        <translation>ใช้ตัวตนใด?</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>บันทึกคำขอ</translation>
    </message>
    <message>
        <source>Requests (*.csr)</source>
        <translation>คำขอ (*.csr)</translation>
    </message>
    <message>
        <source>The certificate from the agency</source>
        <translation>ใบรับรองจากหน่วยงาน</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation>ใบรับรอง (*.crt *.pem *.cer)</translation>
    </message>
    <message>
        <source>Save the CA file</source>
        <translation>บันทึกไฟล์ CA</translation>
    </message>
    <message>
        <source>The request to sign</source>
        <translation>คำขอที่จะลงนาม</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>ไฟล์ CA</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>อายุการใช้งาน</translation>
    </message>
    <message>
        <source>Valid for (days):</source>
        <translation>ใช้ได้ (วัน):</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>บันทึกใบรับรอง</translation>
    </message>
    <message>
        <source>Certificates (*.crt)</source>
        <translation>ใบรับรอง (*.crt)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>เพิกถอน</translation>
    </message>
    <message>
        <source>Serial number of the certificate to revoke:</source>
        <translation>หมายเลขลำดับของใบรับรองที่จะเพิกถอน:</translation>
    </message>
    <message>
        <source>Save the revocation list</source>
        <translation>บันทึกรายการเพิกถอน</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl)</source>
        <translation>รายการเพิกถอน (*.crl)</translation>
    </message>
    <message>
        <source>Certificates from an agency</source>
        <translation>ใบรับรองจากหน่วยงาน</translation>
    </message>
    <message>
        <source>An agency can vouch for your identity once, for all your reports: send it a request, then install the certificate it returns.</source>
        <translation>หน่วยงานสามารถรับรองตัวตนของท่านได้ครั้งเดียวสำหรับรายงานทุกฉบับ: ส่งคำขอไปยังหน่วยงาน แล้วติดตั้งใบรับรองที่หน่วยงานส่งกลับมา</translation>
    </message>
    <message>
        <source>Request a certificate…</source>
        <translation>ขอใบรับรอง…</translation>
    </message>
    <message>
        <source>Install a certificate…</source>
        <translation>ติดตั้งใบรับรอง…</translation>
    </message>
    <message>
        <source>Agency certificate authority</source>
        <translation>ผู้ออกใบรับรอง (CA) ของหน่วยงาน</translation>
    </message>
    <message>
        <source>For agency staff: issue certificates to the businesses you register, and revoke them. Keep the CA file and its ledger offline and backed up.</source>
        <translation>สำหรับเจ้าหน้าที่หน่วยงาน: ออกใบรับรองให้แก่ธุรกิจที่ท่านขึ้นทะเบียน และเพิกถอนใบรับรอง โปรดเก็บไฟล์ CA และสมุดบันทึกไว้แบบออฟไลน์และสำรองข้อมูลไว้</translation>
    </message>
    <message>
        <source>Create a CA…</source>
        <translation>สร้าง CA…</translation>
    </message>
    <message>
        <source>Issue a certificate…</source>
        <translation>ออกใบรับรอง…</translation>
    </message>
    <message>
        <source>Revoke a certificate…</source>
        <translation>เพิกถอนใบรับรอง…</translation>
    </message>
    <message>
        <source>Write the revocation list…</source>
        <translation>จัดทำรายการเพิกถอน…</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Created</source>
        <translation>สร้างแล้ว</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>ตอบแล้ว</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>แก้ไขความเห็นแล้ว</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>นำเข้าแล้ว</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>อัปเกรดแล้ว</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ทำเสร็จสิ้นแล้ว</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>ส่งออกรายงานแล้ว</translation>
    </message>
    <message>
        <source>to version {version}</source>
        <translation>เป็นรุ่น {version}</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>บันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>ยังไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>ส่งออกเป็น CSV…</translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>ส่งออกบันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The file can be read</source>
        <translation>อ่านไฟล์ได้</translation>
    </message>
    <message>
        <source>It carries exactly one signature</source>
        <translation>มีลายมือชื่อเพียงหนึ่งรายการ</translation>
    </message>
    <message>
        <source>The signature is intact</source>
        <translation>ลายมือชื่อไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <source>The signature covers the whole file</source>
        <translation>ลายมือชื่อครอบคลุมทั้งไฟล์</translation>
    </message>
    <message>
        <source>Nothing was changed after signing</source>
        <translation>ไม่มีการแก้ไขหลังการลงนาม</translation>
    </message>
    <message>
        <source>The answers are attached</source>
        <translation>มีคำตอบแนบอยู่</translation>
    </message>
    <message>
        <source>The signer is on your trusted list</source>
        <translation>ผู้ลงนามอยู่ในรายชื่อที่ท่านเชื่อถือ</translation>
    </message>
    <message>
        <source>The attached answers are readable</source>
        <translation>อ่านคำตอบที่แนบได้</translation>
    </message>
    <message>
        <source>The questionnaire is installed here</source>
        <translation>มีแบบสอบถามนี้ติดตั้งอยู่ในเครื่องนี้</translation>
    </message>
    <message>
        <source>It is the same questionnaire text</source>
        <translation>เป็นข้อความแบบสอบถามฉบับเดียวกัน</translation>
    </message>
    <message>
        <source>Re-scoring gives the stated result</source>
        <translation>การคำนวณคะแนนใหม่ได้ผลตามที่ระบุ</translation>
    </message>
    <message>
        <source>The answers follow the questionnaire&apos;s rules</source>
        <translation>คำตอบเป็นไปตามกฎของแบบสอบถาม</translation>
    </message>
    <message>
        <source>The pages state the same result as the signed answers</source>
        <translation>หน้ารายงานระบุผลเดียวกับคำตอบที่ลงนาม</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Answers not saved</source>
        <translation>ยังไม่ได้บันทึกคำตอบ</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved yet. Save them now, or close and discard them?</source>
        <translation>
            <numerusform>ยังบันทึกคำตอบ %n ข้อไม่ได้ ต้องการบันทึกตอนนี้ หรือปิดและทิ้งคำตอบเหล่านั้น?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n answer(s) and close</source>
        <translation>
            <numerusform>ทิ้งคำตอบ %n ข้อและปิด</numerusform>
        </translation>
    </message>
    <message>
        <source>Try to save again</source>
        <translation>ลองบันทึกอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Brunei Darussalam</source>
        <translation>บรูไนดารุสซาลาม</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>กัมพูชา</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>อินโดนีเซีย</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>สปป.ลาว</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>มาเลเซีย</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>เมียนมา</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>ฟิลิปปินส์</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>สิงคโปร์</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>ติมอร์-เลสเต</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>เวียดนาม</translation>
    </message>
</context>
<context>
    <name>CreateCaDialog</name>
    <message>
        <source>Create an agency certificate authority</source>
        <translation>สร้างผู้ออกใบรับรอง (CA) ของหน่วยงาน</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>ชื่อ CA</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>ประเทศ (อักษรสองตัว)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>วลีรหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>โปรดตั้งวลีรหัสผ่านอย่างน้อย {n} ตัวอักษร</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>วลีรหัสผ่านทั้งสองไม่ตรงกัน โปรดพิมพ์อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Enter your name and the organisation&apos;s name.</source>
        <translation>โปรดกรอกชื่อของท่านและชื่อหน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>โปรดตั้งวลีรหัสผ่านอย่างน้อย {n} ตัวอักษร</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>วลีรหัสผ่านทั้งสองไม่ตรงกัน โปรดพิมพ์อีกครั้ง</translation>
    </message>
    <message>
        <source>New signing identity</source>
        <translation>ตัวตนสำหรับลงนามใหม่</translation>
    </message>
    <message>
        <source>A signing identity lets you sign your reports, so that the agency can check who sent them and that nothing was changed. It is kept in your data folder, locked with your passphrase. The passphrase cannot be recovered: write it down somewhere safe.</source>
        <translation>ตัวตนสำหรับลงนามช่วยให้ท่านลงนามในรายงานได้ เพื่อให้หน่วยงานตรวจสอบได้ว่าใครเป็นผู้ส่งและไม่มีการแก้ไขใด ๆ ตัวตนนี้เก็บไว้ในโฟลเดอร์ข้อมูลของท่านและล็อกด้วยวลีรหัสผ่าน วลีรหัสผ่านไม่สามารถกู้คืนได้ โปรดจดไว้ในที่ปลอดภัย</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ชื่อของท่าน</translation>
    </message>
    <message>
        <source>The person who signs</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <source>Shown in the signature</source>
        <translation>แสดงในลายมือชื่อ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Where the organisation is based</source>
        <translation>ที่ตั้งของหน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>อีเมล (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Shown in the certificate</source>
        <translation>แสดงในใบรับรอง</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>At least 8 characters; needed every time you sign</source>
        <translation>อย่างน้อย 8 ตัวอักษร ต้องใช้ทุกครั้งที่ลงนาม</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>วลีรหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <source>The same passphrase once more</source>
        <translation>วลีรหัสผ่านเดิมอีกครั้ง</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>สร้าง</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Inbox dashboard</source>
        <translation>แดชบอร์ดกล่องรับรายงาน</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>กำลังนับ…</translation>
    </message>
    <message>
        <source>Export PDF summary…</source>
        <translation>ส่งออกสรุปเป็น PDF…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>ผลการตรวจสอบ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลการประเมิน</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>สถานะการพิจารณา</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคธุรกิจ</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>แบบสอบถาม</translation>
    </message>
    <message>
        <source>Most frequent red flags</source>
        <translation>สัญญาณเตือนร้ายแรงที่พบบ่อยที่สุด</translation>
    </message>
    <message>
        <source>Most frequent recommendations</source>
        <translation>ข้อเสนอแนะที่พบบ่อยที่สุด</translation>
    </message>
    <message>
        <source>Received per month</source>
        <translation>จำนวนที่ได้รับต่อเดือน</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) match the table&apos;s filters.</source>
        <translation>
            <numerusform>มีรายงาน %n ฉบับที่ตรงกับตัวกรองของตาราง</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>ส่งออกสรุปเป็น PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Inbox summary</source>
        <translation>สรุปกล่องรับรายงาน</translation>
    </message>
    <message>
        <source>Saved the summary to {file}</source>
        <translation>บันทึกสรุปไว้ที่ {file} แล้ว</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Not set</source>
        <translation>ยังไม่ได้กำหนด</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Fill in today&apos;s date</source>
        <translation>กรอกวันที่ของวันนี้</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Please check</source>
        <translation>โปรดตรวจสอบ</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}. Check that the folder exists, that you may write to it and that the disk is not full, then try again.</source>
        <translation>อ่านหรือเขียนไฟล์ไม่ได้: {reason} โปรดตรวจสอบว่ามีโฟลเดอร์นั้นอยู่ ท่านมีสิทธิ์เขียนลงในโฟลเดอร์ และดิสก์ยังไม่เต็ม แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>ปัญหาเกี่ยวกับไฟล์</translation>
    </message>
    <message>
        <source>Something went wrong inside AISafe Desktop. Your answers so far are saved. You can carry on, or restart the app if something looks wrong.</source>
        <translation>เกิดข้อผิดพลาดภายใน AISafe Desktop คำตอบที่ท่านตอบไว้แล้วได้รับการบันทึกแล้ว ท่านสามารถทำต่อได้ หรือเริ่มโปรแกรมใหม่หากพบสิ่งผิดปกติ</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <source>A report for the developers was saved in:
{folder}</source>
        <translation>บันทึกรายงานสำหรับนักพัฒนาไว้ที่:
{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>เปิดโฟลเดอร์</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>&apos;answers&apos; must be an object mapping question ids to answers</source>
        <translation>&apos;answers&apos; ต้องเป็นออบเจ็กต์ที่จับคู่รหัสคำถามกับคำตอบ</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;{expected}&quot; (found {found}); is this an AISafe answers file?</source>
        <translation>&apos;format&apos; ต้องเป็น &quot;{expected}&quot; (พบ {found}) ไฟล์นี้เป็นไฟล์คำตอบของ AISafe หรือไม่?</translation>
    </message>
    <message>
        <source>&apos;language&apos; must be a language code such as &quot;en&quot;</source>
        <translation>&apos;language&apos; ต้องเป็นรหัสภาษา เช่น &quot;en&quot;</translation>
    </message>
    <message>
        <source>&apos;questionnaire&apos; must be {shape}</source>
        <translation>&apos;questionnaire&apos; (แบบสอบถาม) ต้องเป็น {shape}</translation>
    </message>
    <message>
        <source>an answers document is a JSON object ({shape})</source>
        <translation>เอกสารคำตอบต้องเป็นออบเจ็กต์ JSON ({shape})</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; &apos;value&apos; is missing</source>
        <translation>คำตอบ &apos;{question_id}&apos; ต้องเป็น {shape} แต่ไม่มี &apos;value&apos;</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; keys it does not know: {keys}</source>
        <translation>คำตอบ &apos;{question_id}&apos; ต้องเป็น {shape} พบคีย์ที่ไม่รู้จัก {keys}</translation>
    </message>
    <message>
        <source>expects a date written YYYY-MM-DD</source>
        <translation>ต้องเป็นวันที่ในรูปแบบ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expects a list of option values, e.g. {example}</source>
        <translation>ต้องเป็นรายการค่าตัวเลือก เช่น {example}</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>ต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <source>expects a text</source>
        <translation>ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>lists an option twice</source>
        <translation>มีตัวเลือกซ้ำกัน</translation>
    </message>
    <message>
        <source>no such question in {questionnaire} {version}</source>
        <translation>ไม่มีคำถามนี้ในแบบสอบถาม {questionnaire} {version}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>ไม่ใช่ JSON ที่ถูกต้อง: {reason} ที่บรรทัด {line} คอลัมน์ {column}</translation>
    </message>
    <message>
        <source>required, but not answered</source>
        <translation>ต้องตอบ แต่ยังไม่ได้ตอบ</translation>
    </message>
    <message>
        <source>the comment of answer &apos;{question_id}&apos; must be a text</source>
        <translation>ความเห็นของคำตอบ &apos;{question_id}&apos; ต้องเป็นข้อความ</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>ไฟล์นี้ไม่ใช่ข้อความ UTF-8 โปรดบันทึกเป็น UTF-8</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes; answers documents are limited to {limit:,} bytes</source>
        <translation>ไฟล์มีขนาด {size:,} ไบต์ เอกสารคำตอบจำกัดไว้ที่ {limit:,} ไบต์</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON ซ้อนกันลึกเกินไป</translation>
    </message>
    <message>
        <source>keys this format does not know: {keys}</source>
        <translation>คีย์ที่ไม่รู้จัก: {keys}</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>{question_id}: {reason}</source>
        <translation>{question_id}: {reason}</translation>
    </message>
    <message>
        <source>{values} not among the options ({options})</source>
        <translation>{values} ไม่อยู่ในตัวเลือก ({options})</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} สูงกว่าค่าสูงสุด {maximum}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} ต่ำกว่าค่าต่ำสุด {minimum}</translation>
    </message>
    <message>
        <source>{value} is not among the options ({options})</source>
        <translation>{value} ไม่อยู่ในตัวเลือก ({options})</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running (process {owner}) with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop กำลังทำงานอยู่แล้ว (โปรเซส {owner}) โดยใช้โฟลเดอร์ข้อมูล {folder} โปรดปิดหน้าต่างอื่นก่อน หรือใช้โฟลเดอร์ข้อมูลอื่น</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop กำลังทำงานอยู่แล้วโดยใช้โฟลเดอร์ข้อมูล {folder} โปรดปิดหน้าต่างอื่นก่อน หรือใช้โฟลเดอร์ข้อมูลอื่น</translation>
    </message>
    <message>
        <source>cannot create the lock file {file}: {reason}. Check the folder&apos;s permissions.</source>
        <translation>สร้างไฟล์ล็อก {file} ไม่ได้: {reason} โปรดตรวจสอบสิทธิ์ของโฟลเดอร์</translation>
    </message>
    <message>
        <source>could not read {database}: {reason}. Nothing was changed; try again.</source>
        <translation>อ่าน {database} ไม่ได้: {reason} ไม่มีการเปลี่ยนแปลงใด ๆ โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. Free some disk space or check that the folder is writable, then try again.</source>
        <translation>บันทึกลงใน {database} ไม่ได้: {reason} การเปลี่ยนแปลงล่าสุดนี้ไม่ได้บันทึก แต่ทุกอย่างที่บันทึกไว้ก่อนหน้ายังปลอดภัย โปรดเพิ่มพื้นที่ดิสก์หรือตรวจสอบว่าเขียนลงในโฟลเดอร์ได้ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. The database stayed busy for too long; try again.</source>
        <translation>บันทึกลงใน {database} ไม่ได้: {reason} การเปลี่ยนแปลงล่าสุดนี้ไม่ได้บันทึก แต่ทุกอย่างที่บันทึกไว้ก่อนหน้ายังปลอดภัย ฐานข้อมูลไม่ว่างนานเกินไป โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. No good backup was found.</source>
        <translation>{database} เสียหาย ({detail}) ไฟล์ยังไม่ถูกเปลี่ยนแปลง และไม่พบข้อมูลสำรองที่ใช้ได้</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. The latest good backup is {backup}; restore it.</source>
        <translation>{database} เสียหาย ({detail}) ไฟล์ยังไม่ถูกเปลี่ยนแปลง ข้อมูลสำรองล่าสุดที่ใช้ได้คือ {backup} โปรดกู้คืนจากข้อมูลสำรองนี้</translation>
    </message>
    <message>
        <source>{database} was written by a newer version of AISafe Desktop (schema {revision}). It has not been changed. Install the newer version again, or use another data folder.</source>
        <translation>{database} ถูกเขียนโดย AISafe Desktop รุ่นที่ใหม่กว่า (schema {revision}) ไฟล์ยังไม่ถูกเปลี่ยนแปลง โปรดติดตั้งรุ่นที่ใหม่กว่าอีกครั้ง หรือใช้โฟลเดอร์ข้อมูลอื่น</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not an ASEAN member state; use one of {countries}</source>
        <translation>&apos;{country}&apos; ไม่ใช่ประเทศสมาชิกอาเซียน โปรดใช้ค่าใดค่าหนึ่งใน {countries}</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; does not look like an e-mail address (name@example.org)</source>
        <translation>&apos;{email}&apos; ดูไม่เหมือนที่อยู่อีเมล (name@example.org)</translation>
    </message>
    <message>
        <source>assessment {assessment_id} is in the trash; restore it to change it</source>
        <translation>การประเมิน {assessment_id} อยู่ในถังขยะ โปรดกู้คืนก่อนแก้ไข</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>สร้างโฟลเดอร์ข้อมูล {folder} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>cannot open the database {database}: {reason}. It has not been changed.</source>
        <translation>เปิดฐานข้อมูล {database} ไม่ได้: {reason} ฐานข้อมูลยังไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>อ่าน {file} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>give the AI system a name</source>
        <translation>โปรดตั้งชื่อระบบ AI</translation>
    </message>
    <message>
        <source>give the assessment a title</source>
        <translation>โปรดตั้งชื่อการประเมิน</translation>
    </message>
    <message>
        <source>give the organisation&apos;s name</source>
        <translation>โปรดระบุชื่อหน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <source>keep the title under 200 characters</source>
        <translation>ชื่อต้องไม่เกิน 200 ตัวอักษร</translation>
    </message>
    <message>
        <source>keep the owner under {limit} characters</source>
        <translation>โปรดใส่ชื่อผู้รับผิดชอบให้สั้นกว่า {limit} อักขระ</translation>
    </message>
    <message>
        <source>write the due date as YYYY-MM-DD, e.g. 2027-03-31 (found {value})</source>
        <translation>โปรดเขียนวันครบกำหนดในรูปแบบ YYYY-MM-DD เช่น 2027-03-31 (พบ {value})</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>ไม่มีแบบสอบถาม &apos;{questionnaire}&apos; ติดตั้งอยู่ (ที่มี: {known}) โปรดระบุพาธของไฟล์ YAML ของแบบสอบถามแทน</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; version {version} is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>ไม่มีแบบสอบถาม &apos;{questionnaire}&apos; รุ่น {version} ติดตั้งอยู่ (ที่มี: {known}) โปรดระบุพาธของไฟล์ YAML ของแบบสอบถามแทน</translation>
    </message>
    <message>
        <source>say where to save the identity (an output file or the data folder)</source>
        <translation>โปรดระบุที่บันทึกตัวตน (ไฟล์ผลลัพธ์หรือโฟลเดอร์ข้อมูล)</translation>
    </message>
    <message>
        <source>the answers are for {questionnaire} {version}, not {expected} {expected_version}; choose the matching questionnaire</source>
        <translation>คำตอบเป็นของ {questionnaire} {version} ไม่ใช่ {expected} {expected_version} โปรดเลือกแบบสอบถามที่ตรงกัน</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems}</source>
        <translation>ยังส่งออกคำตอบไม่ได้: {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems} (and {more} more)</source>
        <translation>ยังส่งออกคำตอบไม่ได้: {problems} (และอีก {more} รายการ)</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems}</source>
        <translation>นำเข้าคำตอบไม่ได้: {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems} (and {more} more)</source>
        <translation>นำเข้าคำตอบไม่ได้: {problems} (และอีก {more} รายการ)</translation>
    </message>
    <message>
        <source>the answers were given to a different text of {questionnaire} (SHA-256 {sha256}); put that questionnaire file in the questionnaires folder of the data folder and retry</source>
        <translation>คำตอบเหล่านี้ตอบไว้กับข้อความของ {questionnaire} ฉบับอื่น (SHA-256 {sha256}) โปรดนำไฟล์แบบสอบถามนั้นไปไว้ในโฟลเดอร์ questionnaires ของโฟลเดอร์ข้อมูล แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>the questionnaire {questionnaire} is not installed; put its YAML file in the questionnaires folder of the data folder and retry</source>
        <translation>ไม่ได้ติดตั้งแบบสอบถาม {questionnaire} โปรดนำไฟล์ YAML ของแบบสอบถามไปไว้ในโฟลเดอร์ questionnaires ของโฟลเดอร์ข้อมูล แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>the stored copy of {questionnaire} {version} no longer loads: {problem}</source>
        <translation>สำเนาของแบบสอบถาม {questionnaire} {version} ที่เก็บไว้โหลดไม่ได้แล้ว: {problem}</translation>
    </message>
    <message>
        <source>the stored questionnaire {sha256}… is missing from the database; restore a backup</source>
        <translation>แบบสอบถาม {sha256}… ที่เก็บไว้หายไปจากฐานข้อมูล โปรดกู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>the text contains characters that are not valid text (unpaired UTF-16 surrogates)</source>
        <translation>ข้อความมีอักขระที่ไม่ใช่ข้อความที่ถูกต้อง (UTF-16 surrogate ที่ไม่มีคู่)</translation>
    </message>
    <message>
        <source>the trust entry {entry} is neither a SHA-256 fingerprint (64 hex digits) nor a certificate file</source>
        <translation>รายการที่เชื่อถือ {entry} ไม่ใช่ทั้งลายนิ้วมือ SHA-256 (เลขฐานสิบหก 64 หลัก) และไม่ใช่ไฟล์ใบรับรอง</translation>
    </message>
    <message>
        <source>there is no AI system {ai_system_id}</source>
        <translation>ไม่มีระบบ AI {ai_system_id}</translation>
    </message>
    <message>
        <source>there is no assessment {assessment_id}</source>
        <translation>ไม่มีการประเมิน {assessment_id}</translation>
    </message>
    <message>
        <source>today&apos;s automatic backup could not be made in {folder}: {reason}</source>
        <translation>สำรองข้อมูลอัตโนมัติของวันนี้ใน {folder} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos; (known: {known})</source>
        <translation>ไม่รู้จักภาษา &apos;{language}&apos; (ที่รู้จัก: {known})</translation>
    </message>
    <message>
        <source>{backup} is damaged or not a database ({problem})</source>
        <translation>{backup} เสียหายหรือไม่ใช่ฐานข้อมูล ({problem})</translation>
    </message>
    <message>
        <source>{backup} is not an AISafe Desktop backup</source>
        <translation>{backup} ไม่ใช่ข้อมูลสำรองของ AISafe Desktop</translation>
    </message>
    <message>
        <source>{backup} was made by a newer version of AISafe Desktop</source>
        <translation>{backup} สร้างโดย AISafe Desktop รุ่นที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>{backup}: no such file</source>
        <translation>{backup}: ไม่พบไฟล์</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions}</source>
        <translation>ยังไม่ได้ตอบคำถามบังคับ {count} ข้อ: {questions}</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions} and {more} more</source>
        <translation>ยังไม่ได้ตอบคำถามบังคับ {count} ข้อ: {questions} และอีก {more} ข้อ</translation>
    </message>
    <message>
        <source>{database} is not an AISafe Desktop database; it has not been changed. Move it away or use another data folder.</source>
        <translation>{database} ไม่ใช่ฐานข้อมูลของ AISafe Desktop ไฟล์ยังไม่ถูกเปลี่ยนแปลง โปรดย้ายไฟล์ออกไปหรือใช้โฟลเดอร์ข้อมูลอื่น</translation>
    </message>
    <message>
        <source>{file} has no certificate file next to it; give the passphrase</source>
        <translation>{file} ไม่มีไฟล์ใบรับรองอยู่ข้างกัน โปรดระบุวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems}</source>
        <translation>{file} ไม่ใช่แบบสอบถามที่ถูกต้อง: {problems}</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems} (and {more} more)</source>
        <translation>{file} ไม่ใช่แบบสอบถามที่ถูกต้อง: {problems} (และอีก {more} รายการ)</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: ไม่พบไฟล์</translation>
    </message>
    <message>
        <source>{new} is not a version of {old}</source>
        <translation>{new} ไม่ใช่รุ่นหนึ่งของ {old}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>bundled font file missing: {file}; reinstall AISafe Desktop</source>
        <translation>ไม่พบไฟล์ฟอนต์ที่มาพร้อมโปรแกรม: {file} โปรดติดตั้ง AISafe Desktop ใหม่</translation>
    </message>
    <message>
        <source>cannot create the identity: {problems}</source>
        <translation>สร้างตัวตนไม่ได้: {problems}</translation>
    </message>
    <message>
        <source>cannot extract the answers: {reason}</source>
        <translation>ดึงคำตอบออกมาไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>cannot read identity file {file}: {reason}</source>
        <translation>อ่านไฟล์ตัวตน {file} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>cannot read {source}: {reason}</source>
        <translation>อ่าน {source} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>เขียน {file} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>choose a passphrase: the private key is never stored unencrypted</source>
        <translation>โปรดตั้งวลีรหัสผ่าน: กุญแจส่วนตัวจะไม่ถูกเก็บโดยไม่เข้ารหัส</translation>
    </message>
    <message>
        <source>country {country} is not a two-letter ISO code such as MY, TH or VN</source>
        <translation>ประเทศ {country} ไม่ใช่รหัส ISO สองตัวอักษร เช่น MY, TH หรือ VN</translation>
    </message>
    <message>
        <source>e-mail {email} does not look like name@example.org</source>
        <translation>อีเมล {email} ดูไม่เหมือนรูปแบบ name@example.org</translation>
    </message>
    <message>
        <source>signing failed: {reason}</source>
        <translation>ลงนามไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
        <source>the bundled fonts are missing from {folder}; reinstall AISafe Desktop</source>
        <translation>ไม่พบฟอนต์ที่มาพร้อมโปรแกรมใน {folder} โปรดติดตั้ง AISafe Desktop ใหม่</translation>
    </message>
    <message>
        <source>the organisation is empty</source>
        <translation>ไม่ได้ระบุหน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <source>the passphrase does not open {source}; check it and try again (passphrases are case-sensitive)</source>
        <translation>วลีรหัสผ่านเปิด {source} ไม่ได้ โปรดตรวจสอบแล้วลองอีกครั้ง (วลีรหัสผ่านแยกตัวพิมพ์ใหญ่และเล็ก)</translation>
    </message>
    <message>
        <source>the rendered report is not a readable PDF: {reason}</source>
        <translation>รายงานที่สร้างขึ้นไม่ใช่ PDF ที่อ่านได้: {reason}</translation>
    </message>
    <message>
        <source>the report could not be laid out: {reason}</source>
        <translation>จัดหน้ารายงานไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>the report does not conform to PDF/A-3b: {problems}</source>
        <translation>รายงานไม่เป็นไปตามมาตรฐาน PDF/A-3b: {problems}</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range goes past the end of the file</source>
        <translation>ช่วงไบต์ของลายมือชื่อเกินท้ายไฟล์</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range is malformed</source>
        <translation>ช่วงไบต์ของลายมือชื่อมีรูปแบบไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>the signer name is empty</source>
        <translation>ไม่ได้ระบุชื่อผู้ลงนาม</translation>
    </message>
    <message>
        <source>{file} already exists; choose another file name</source>
        <translation>มี {file} อยู่แล้ว โปรดเลือกชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <source>{source} has no private key or no certificate; export it again including the key</source>
        <translation>{source} ไม่มีกุญแจส่วนตัวหรือไม่มีใบรับรอง โปรดส่งออกอีกครั้งโดยรวมกุญแจด้วย</translation>
    </message>
    <message>
        <source>{source} holds a {kind}; only RSA and EC keys can sign reports</source>
        <translation>{source} มี {kind} เฉพาะกุญแจ RSA และ EC เท่านั้นที่ลงนามรายงานได้</translation>
    </message>
    <message>
        <source>{source} is not a PEM or DER X.509 certificate</source>
        <translation>{source} ไม่ใช่ใบรับรอง X.509 แบบ PEM หรือ DER</translation>
    </message>
    <message>
        <source>{source} is not a PKCS#12 (.p12/.pfx) file</source>
        <translation>{source} ไม่ใช่ไฟล์ PKCS#12 (.p12/.pfx)</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ออบเจ็กต์</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>อย่างอื่น</translation>
    </message>
    <message>
        <source>a text or a number</source>
        <translation>ข้อความหรือตัวเลข</translation>
    </message>
    <message>
        <source>a text, a number or a list</source>
        <translation>ข้อความ ตัวเลข หรือรายการ</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <source>a text, a number or a list of texts</source>
        <translation>ข้อความ ตัวเลข หรือรายการข้อความ</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} ไม่ใช่ตัวเลขที่ JSON อนุญาต</translation>
    </message>
    <message>
        <source>expected true or false, found {kind}</source>
        <translation>ต้องเป็น true หรือ false แต่พบ {kind}</translation>
    </message>
    <message>
        <source>expected {what}, found {kind}</source>
        <translation>ต้องเป็น {what} แต่พบ {kind}</translation>
    </message>
    <message>
        <source>expected null, found {kind}</source>
        <translation>ต้องเป็น null แต่พบ {kind}</translation>
    </message>
    <message>
        <source>the same field appears twice</source>
        <translation>มีช่องข้อมูลเดียวกันซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>{size:,} bytes, more than {limit:,}</source>
        <translation>{size:,} ไบต์ เกิน {limit:,}</translation>
    </message>
    <message>
        <source>expected &quot;{expected}&quot;</source>
        <translation>ต้องเป็น &quot;{expected}&quot;</translation>
    </message>
    <message>
        <source>expected a text, found {kind}</source>
        <translation>ต้องเป็นข้อความ แต่พบ {kind}</translation>
    </message>
    <message>
        <source>the text is {length:,} characters, more than {limit:,}</source>
        <translation>ข้อความยาว {length:,} ตัวอักษร เกิน {limit:,}</translation>
    </message>
    <message>
        <source>the text is not in the expected form</source>
        <translation>ข้อความไม่อยู่ในรูปแบบที่กำหนด</translation>
    </message>
    <message>
        <source>expected a number, found {kind}</source>
        <translation>ต้องเป็นตัวเลข แต่พบ {kind}</translation>
    </message>
    <message>
        <source>the number is not a finite, plausible value</source>
        <translation>ตัวเลขไม่ใช่ค่าจำกัดที่สมเหตุสมผล</translation>
    </message>
    <message>
        <source>the number {value} is outside {low}–{high}</source>
        <translation>ตัวเลข {value} อยู่นอกช่วง {low}–{high}</translation>
    </message>
    <message>
        <source>expected a list, found {kind}</source>
        <translation>ต้องเป็นรายการ แต่พบ {kind}</translation>
    </message>
    <message>
        <source>the list has {count:,} items, more than {limit:,}</source>
        <translation>รายการมี {count:,} รายการ เกิน {limit:,}</translation>
    </message>
    <message>
        <source>expected an object, found {kind}</source>
        <translation>ต้องเป็นออบเจ็กต์ แต่พบ {kind}</translation>
    </message>
    <message>
        <source>{count:,} entries, more than {limit:,}</source>
        <translation>{count:,} รายการ เกิน {limit:,}</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>a text or an object</source>
        <translation>ข้อความหรือออบเจ็กต์</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>ไม่ใช่ข้อความ UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON (line {line})</source>
        <translation>ไม่ใช่ JSON ที่ถูกต้อง (บรรทัด {line})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>ซ้อนกันลึกเกินไป</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>ช่องข้อมูลที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ขาดหายไป</translation>
    </message>
    <message>
        <source>The disk is full: free {megabytes} MB on the drive of {folder}, then try again. Nothing was lost: everything saved before is safe.</source>
        <translation>ดิสก์เต็ม: โปรดเพิ่มพื้นที่ว่าง {megabytes} MB ในไดรฟ์ของ {folder} แล้วลองอีกครั้ง ไม่มีข้อมูลสูญหาย ทุกอย่างที่บันทึกไว้ก่อนหน้ายังปลอดภัย</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted before it changed anything; your data is as it was before.</source>
        <translation>การกู้คืน {backup} ถูกขัดจังหวะก่อนที่จะเปลี่ยนแปลงสิ่งใด ข้อมูลของท่านยังคงเหมือนเดิม</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted; it has now been finished. The data you had before is kept in {kept}.</source>
        <translation>การกู้คืน {backup} ถูกขัดจังหวะ และตอนนี้ดำเนินการจนเสร็จแล้ว ข้อมูลเดิมของท่านเก็บไว้ที่ {kept}</translation>
    </message>
    <message>
        <source>a backup restore was interrupted and its journal {journal} cannot be read ({error}). Nothing was changed; your data is in {folder}.</source>
        <translation>การกู้คืนข้อมูลสำรองถูกขัดจังหวะ และอ่านบันทึกการทำงาน {journal} ไม่ได้ ({error}) ไม่มีการเปลี่ยนแปลงใด ๆ ข้อมูลของท่านอยู่ที่ {folder}</translation>
    </message>
    <message>
        <source>an interrupted restore left a damaged copy {staging} ({problem}). Your previous data is in {kept}.</source>
        <translation>การกู้คืนที่ถูกขัดจังหวะทิ้งสำเนาที่เสียหายไว้ที่ {staging} ({problem}) ข้อมูลเดิมของท่านอยู่ที่ {kept}</translation>
    </message>
    <message>
        <source>an interrupted restore left no database. Your previous data is in {kept}; the backup is {backup}.</source>
        <translation>การกู้คืนที่ถูกขัดจังหวะไม่ได้ทิ้งฐานข้อมูลไว้ ข้อมูลเดิมของท่านอยู่ที่ {kept} และข้อมูลสำรองคือ {backup}</translation>
    </message>
    <message>
        <source>could not read {database} ({problem}). It has not been changed. Check that the folder is readable and the disk is not full, then try again.</source>
        <translation>อ่าน {database} ไม่ได้ ({problem}) ฐานข้อมูลยังไม่ถูกเปลี่ยนแปลง โปรดตรวจสอบว่าอ่านโฟลเดอร์ได้และดิสก์ยังไม่เต็ม แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>the backup could not be written to {folder}: {error}. Your data is unchanged.</source>
        <translation>เขียนข้อมูลสำรองลงใน {folder} ไม่ได้: {error} ข้อมูลของท่านไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>the review receipt could not be laid out: {detail}</source>
        <translation>จัดหน้าใบแจ้งผลการพิจารณาไม่ได้: {detail}</translation>
    </message>
    <message>
        <source>the review receipt has no place for the signature</source>
        <translation>ใบแจ้งผลการพิจารณาไม่มีที่สำหรับลายมือชื่อ</translation>
    </message>
    <message>
        <source>the summary could not be laid out: {detail}</source>
        <translation>จัดหน้าสรุปไม่ได้: {detail}</translation>
    </message>
    <message>
        <source>a submission that is {old} cannot become {new}</source>
        <translation>รายงานที่ยื่นซึ่งมีสถานะ {old} ไม่สามารถเปลี่ยนเป็น {new} ได้</translation>
    </message>
    <message>
        <source>submission {id} was changed by {who} while you were looking at it; nothing was overwritten. Open it again to see the change.</source>
        <translation>รายงานที่ยื่น {id} ถูกแก้ไขโดย {who} ระหว่างที่ท่านกำลังดูอยู่ ไม่มีสิ่งใดถูกเขียนทับ โปรดเปิดอีกครั้งเพื่อดูการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>there is no submission {id} in the inbox</source>
        <translation>ไม่มีรายงานที่ยื่น {id} ในกล่องรับรายงาน</translation>
    </message>
    <message>
        <source>{url} is not a database URL this app can use</source>
        <translation>{url} ไม่ใช่ URL ฐานข้อมูลที่โปรแกรมนี้ใช้ได้</translation>
    </message>
    <message>
        <source>the inbox {url} was written by a newer version of AISafe Desktop (schema {revision}); it has not been changed. Install the newer version.</source>
        <translation>กล่องรับรายงาน {url} ถูกเขียนโดย AISafe Desktop รุ่นที่ใหม่กว่า (schema {revision}) จึงยังไม่ถูกเปลี่ยนแปลง โปรดติดตั้งรุ่นที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>could not write the inbox {url}: {detail}. Nothing of this action was saved; free some disk space or try again.</source>
        <translation>เขียนกล่องรับรายงาน {url} ไม่ได้: {detail} การดำเนินการนี้ไม่ได้บันทึกเลย โปรดเพิ่มพื้นที่ดิสก์หรือลองอีกครั้ง</translation>
    </message>
    <message>
        <source>the inbox {url} does not allow user {user} to do this; nothing was changed. Ask the inbox&apos;s administrator for an officer&apos;s rights (docs/inbox.md).</source>
        <translation>กล่องรับรายงาน {url} ไม่อนุญาตให้ผู้ใช้ {user} ดำเนินการนี้ จึงไม่มีการเปลี่ยนแปลงใด ๆ โปรดขอสิทธิ์เจ้าหน้าที่จากผู้ดูแลกล่องรับรายงาน (docs/inbox.md)</translation>
    </message>
    <message>
        <source>the inbox needs a database file, not {url}</source>
        <translation>กล่องรับรายงานต้องใช้ไฟล์ฐานข้อมูล ไม่ใช่ {url}</translation>
    </message>
    <message>
        <source>the inbox works with SQLite or PostgreSQL, not {url}</source>
        <translation>กล่องรับรายงานใช้ได้กับ SQLite หรือ PostgreSQL ไม่ใช่ {url}</translation>
    </message>
    <message>
        <source>the inbox database {url} cannot be reached ({detail}). Check the server name and port, that the server is running and accepts connections from this computer, and the user name and password.</source>
        <translation>เชื่อมต่อฐานข้อมูลกล่องรับรายงาน {url} ไม่ได้ ({detail}) โปรดตรวจสอบชื่อเซิร์ฟเวอร์และพอร์ต ว่าเซิร์ฟเวอร์ทำงานอยู่และยอมรับการเชื่อมต่อจากเครื่องนี้ รวมทั้งชื่อผู้ใช้และรหัสผ่าน</translation>
    </message>
    <message>
        <source>the receipt&apos;s field {path} must be a text of at most {limit} characters</source>
        <translation>ช่องข้อมูล {path} ของใบแจ้งผลต้องเป็นข้อความไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>the receipt&apos;s data is not JSON text</source>
        <translation>ข้อมูลของใบแจ้งผลไม่ใช่ข้อความ JSON</translation>
    </message>
    <message>
        <source>the file is not a review receipt ({expected})</source>
        <translation>ไฟล์นี้ไม่ใช่ใบแจ้งผลการพิจารณา ({expected})</translation>
    </message>
    <message>
        <source>the receipt&apos;s report, questionnaire or comments are missing or malformed</source>
        <translation>รายงาน แบบสอบถาม หรือความเห็นในใบแจ้งผลขาดหายไปหรือมีรูปแบบไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>the receipt does not name the reviewed file&apos;s SHA-256</source>
        <translation>ใบแจ้งผลไม่ได้ระบุ SHA-256 ของไฟล์ที่พิจารณา</translation>
    </message>
    <message>
        <source>the receipt&apos;s dates are not written YYYY-MM-DD</source>
        <translation>วันที่ในใบแจ้งผลไม่ได้อยู่ในรูปแบบ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the receipt&apos;s comment {index} is malformed</source>
        <translation>ความเห็นที่ {index} ของใบแจ้งผลมีรูปแบบไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>this receipt is about a report this computer did not export (SHA-256 {sha256}); import it on the computer that made the report</source>
        <translation>ใบแจ้งผลนี้เกี่ยวกับรายงานที่ไม่ได้ส่งออกจากเครื่องนี้ (SHA-256 {sha256}) โปรดนำเข้าในเครื่องที่จัดทำรายงาน</translation>
    </message>
    <message>
        <source>the file is too large to be a review receipt</source>
        <translation>ไฟล์ใหญ่เกินกว่าจะเป็นใบแจ้งผลการพิจารณา</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>ไฟล์นี้ไม่ใช่ PDF</translation>
    </message>
    <message>
        <source>the receipt cannot be relied on: {reason}</source>
        <translation>เชื่อถือใบแจ้งผลนี้ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source> — did you mean &apos;{guess}&apos;?</source>
        <translation> — ท่านหมายถึง &apos;{guess}&apos; หรือไม่</translation>
    </message>
    <message>
        <source>. Allowed keys in a {what}: {keys}.</source>
        <translation>. คีย์ที่ใช้ได้ใน {what}: {keys}</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos; ({language})?</source>
        <translation> ท่านหมายถึง &apos;{guess}&apos; ({language}) หรือไม่</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos;?</source>
        <translation> ท่านหมายถึง &apos;{guess}&apos; หรือไม่</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>และอีก {count} รายการ</translation>
    </message>
    <message>
        <source>band {band}, score {score}, no red flags</source>
        <translation>ระดับผล {band} คะแนน {score} ไม่มีสัญญาณเตือนร้ายแรง</translation>
    </message>
    <message>
        <source>band {band}, score {score}, red flags: {flags}</source>
        <translation>ระดับผล {band} คะแนน {score} สัญญาณเตือนร้ายแรง: {flags}</translation>
    </message>
    <message>
        <source>no result band</source>
        <translation>ไม่มีระดับผล</translation>
    </message>
    <message>
        <source>several bands ({bands})</source>
        <translation>หลายระดับผล ({bands})</translation>
    </message>
    <message>
        <source>no red flags</source>
        <translation>ไม่มีสัญญาณเตือนร้ายแรง</translation>
    </message>
    <message>
        <source>red flags: {flags}</source>
        <translation>สัญญาณเตือนร้ายแรง: {flags}</translation>
    </message>
    <message>
        <source>no overall score</source>
        <translation>ไม่มีคะแนนรวม</translation>
    </message>
    <message>
        <source>an overall score of {scores}</source>
        <translation>คะแนนรวม {scores}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, red flags: {flags}</source>
        <translation>{band}, {score} / 100, สัญญาณเตือนร้ายแรง: {flags}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, no red flags</source>
        <translation>{band}, {score} / 100, ไม่มีสัญญาณเตือนร้ายแรง</translation>
    </message>
    <message>
        <source>the answer to &apos;{question}&apos; has characters no bundled font can draw ({characters}); the report shows {replacement} in their place</source>
        <translation>คำตอบของ &apos;{question}&apos; มีอักขระที่ฟอนต์ที่มาพร้อมโปรแกรมแสดงไม่ได้ ({characters}) รายงานจะแสดง {replacement} แทน</translation>
    </message>
    <message>
        <source>the identity has an {key_type} key: the signature is valid, but such signatures make the file PDF 2.0, so it is no longer PDF/A-3b (the archiving format); use an RSA identity to keep PDF/A</source>
        <translation>ตัวตนนี้มีกุญแจแบบ {key_type}: ลายมือชื่อถูกต้อง แต่ลายมือชื่อแบบนี้ทำให้ไฟล์เป็น PDF 2.0 จึงไม่เป็น PDF/A-3b (รูปแบบสำหรับการเก็บรักษาระยะยาว) อีกต่อไป โปรดใช้ตัวตนแบบ RSA หากต้องการคงรูปแบบ PDF/A</translation>
    </message>
    <message>
        <source>--days must be between 1 and {most}, not {days}</source>
        <translation>--days ต้องอยู่ระหว่าง 1 ถึง {most} ไม่ใช่ {days}</translation>
    </message>
    <message>
        <source>cannot create the certificate authority: {problems}</source>
        <translation>สร้างผู้ออกใบรับรองไม่ได้: {problems}</translation>
    </message>
    <message>
        <source>cannot read the CA ledger {path}: {detail}</source>
        <translation>อ่านสมุดบันทึก CA {path} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <source>cannot read your trusted list in {path}: {reason}</source>
        <translation>อ่านรายชื่อที่ท่านเชื่อถือใน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>อ่าน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>cannot write the CA ledger {path}: {detail}</source>
        <translation>เขียนสมุดบันทึก CA {path} ไม่ได้: {detail}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>เขียน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>the CA ledger {path} is damaged ({detail}); restore it from your backup</source>
        <translation>สมุดบันทึก CA {path} เสียหาย ({detail}) โปรดกู้คืนจากข้อมูลสำรองของท่าน</translation>
    </message>
    <message>
        <source>the CA ledger {path} is too large</source>
        <translation>สมุดบันทึก CA {path} มีขนาดใหญ่เกินไป</translation>
    </message>
    <message>
        <source>the certificate in {source} is not valid today (valid {start} to {end})</source>
        <translation>ใบรับรองใน {source} ใช้ไม่ได้ในวันนี้ (ใช้ได้ตั้งแต่ {start} ถึง {end})</translation>
    </message>
    <message>
        <source>the certificate in {source} may not sign documents (key usage)</source>
        <translation>ใบรับรองใน {source} ไม่ได้รับอนุญาตให้ลงนามเอกสาร (key usage)</translation>
    </message>
    <message>
        <source>the ledger {path} belongs to another CA ({other})</source>
        <translation>สมุดบันทึก {path} เป็นของ CA อื่น ({other})</translation>
    </message>
    <message>
        <source>the note is longer than {most} characters</source>
        <translation>หมายเหตุยาวเกิน {most} ตัวอักษร</translation>
    </message>
    <message>
        <source>this CA&apos;s ledger has no certificate with serial {serial}</source>
        <translation>สมุดบันทึกของ CA นี้ไม่มีใบรับรองหมายเลขลำดับ {serial}</translation>
    </message>
    <message>
        <source>this identity is not a certificate authority file</source>
        <translation>ตัวตนนี้ไม่ใช่ไฟล์ผู้ออกใบรับรอง</translation>
    </message>
    <message>
        <source>{file} is INVALID: {reason}</source>
        <translation>{file} ไม่ถูกต้อง (INVALID): {reason}</translation>
    </message>
    <message>
        <source>{file} is UNTRUSTED: {reason}. Trust the signer first, or allow untrusted signers</source>
        <translation>{file} ไม่อยู่ในรายชื่อที่เชื่อถือ (UNTRUSTED): {reason} โปรดเชื่อถือผู้ลงนามก่อน หรืออนุญาตผู้ลงนามที่ไม่อยู่ในรายชื่อที่เชื่อถือ</translation>
    </message>
    <message>
        <source>{fingerprint} is already trusted as a CA</source>
        <translation>ลายนิ้วมือ {fingerprint} ได้รับความเชื่อถือเป็น CA อยู่แล้ว</translation>
    </message>
    <message>
        <source>{fingerprint} is not in your trusted list</source>
        <translation>ลายนิ้วมือ {fingerprint} ไม่อยู่ในรายชื่อที่ท่านเชื่อถือ</translation>
    </message>
    <message>
        <source>{path} is a signing identity, not a certificate authority file</source>
        <translation>{path} เป็นตัวตนสำหรับลงนาม ไม่ใช่ไฟล์ผู้ออกใบรับรอง</translation>
    </message>
    <message>
        <source>{path} is too large to be a certificate or CRL</source>
        <translation>{path} ใหญ่เกินกว่าจะเป็นใบรับรองหรือ CRL</translation>
    </message>
    <message>
        <source>{path} is too large to be a request or a certificate</source>
        <translation>{path} ใหญ่เกินกว่าจะเป็นคำขอหรือใบรับรอง</translation>
    </message>
    <message>
        <source>{serial} is not a serial number (hexadecimal, as the identity&apos;s details show it)</source>
        <translation>{serial} ไม่ใช่หมายเลขลำดับ (เลขฐานสิบหก ตามที่แสดงในรายละเอียดของตัวตน)</translation>
    </message>
    <message>
        <source>{source} gives no name in its subject</source>
        <translation>{source} ไม่ได้ระบุชื่อในส่วน subject</translation>
    </message>
    <message>
        <source>{source} gives no organisation in its subject</source>
        <translation>{source} ไม่ได้ระบุหน่วยงาน/องค์กรในส่วน subject</translation>
    </message>
    <message>
        <source>{source} holds no readable X.509 certificate (PEM or DER)</source>
        <translation>{source} ไม่มีใบรับรอง X.509 ที่อ่านได้ (PEM หรือ DER)</translation>
    </message>
    <message>
        <source>{source} is damaged: its signature does not match its key</source>
        <translation>{source} เสียหาย: ลายมือชื่อไม่ตรงกับกุญแจ</translation>
    </message>
    <message>
        <source>{source} is not a certificate for the key in {identity}</source>
        <translation>{source} ไม่ใช่ใบรับรองสำหรับกุญแจใน {identity}</translation>
    </message>
    <message>
        <source>{source} is not a certificate request (PKCS#10, PEM or DER)</source>
        <translation>{source} ไม่ใช่คำขอใบรับรอง (PKCS#10, PEM หรือ DER)</translation>
    </message>
    <message>
        <source>{source} is not a certificate revocation list (CRL, PEM or DER)</source>
        <translation>{source} ไม่ใช่รายการเพิกถอนใบรับรอง (CRL, PEM หรือ DER)</translation>
    </message>
    <message>
        <source>{source} is not for an RSA or EC key</source>
        <translation>{source} ไม่ได้ใช้กับกุญแจ RSA หรือ EC</translation>
    </message>
    <message>
        <source>{source} is older than the CRL already kept for {ca}</source>
        <translation>{source} เก่ากว่า CRL ที่เก็บไว้แล้วสำหรับ {ca}</translation>
    </message>
    <message>
        <source>{source} was not signed by a CA in your trusted list; add the CA&apos;s certificate first</source>
        <translation>{source} ไม่ได้ลงนามโดย CA ในรายชื่อที่ท่านเชื่อถือ โปรดเพิ่มใบรับรองของ CA ก่อน</translation>
    </message>
    <message>
        <source>{text} is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>{text} ไม่ใช่ลายนิ้วมือ SHA-256 (เลขฐานสิบหก 64 หลัก)</translation>
    </message>
    <message>
        <source>{value} is neither a SHA-256 fingerprint nor a certificate or CRL file</source>
        <translation>{value} ไม่ใช่ทั้งลายนิ้วมือ SHA-256 ไฟล์ใบรับรอง หรือไฟล์ CRL</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>You have no signing identity yet: choose New… to create one.</source>
        <translation>ท่านยังไม่มีตัวตนสำหรับลงนาม โปรดเลือก “ใหม่…” เพื่อสร้าง</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>บันทึกรายงานเป็น</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an identity and type its passphrase.</source>
        <translation>โปรดเลือกตัวตนและพิมพ์วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>กำลังจัดทำรายงาน…</translation>
    </message>
    <message>
        <source>The signed report was saved as {file}.
Signer&apos;s fingerprint (SHA-256), for the agency: {fingerprint}</source>
        <translation>บันทึกรายงานที่ลงนามแล้วเป็น {file}
ลายนิ้วมือของผู้ลงนาม (SHA-256) สำหรับหน่วยงาน: {fingerprint}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>โปรดทราบ:</translation>
    </message>
    <message>
        <source>That passphrase does not open this identity. Type it again.</source>
        <translation>วลีรหัสผ่านนี้เปิดตัวตนนี้ไม่ได้ โปรดพิมพ์อีกครั้ง</translation>
    </message>
    <message>
        <source>Export a signed PDF</source>
        <translation>ส่งออก PDF ที่ลงนามแล้ว</translation>
    </message>
    <message>
        <source>The report is signed with your identity, so the agency can check who sent it and that it was not changed. Your answers travel inside the PDF.</source>
        <translation>รายงานจะลงนามด้วยตัวตนของท่าน เพื่อให้หน่วยงานตรวจสอบได้ว่าใครเป็นผู้ส่งและไม่มีการแก้ไข คำตอบของท่านจะแนบไปภายใน PDF</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>ตัวตนสำหรับลงนาม</translation>
    </message>
    <message>
        <source>Whose signature the report carries</source>
        <translation>ลายมือชื่อของผู้ใดที่อยู่ในรายงาน</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>The passphrase of the chosen identity</source>
        <translation>วลีรหัสผ่านของตัวตนที่เลือก</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>ภาษาของรายงาน</translation>
    </message>
    <message>
        <source>The language the report is written in</source>
        <translation>ภาษาที่ใช้เขียนรายงาน</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <source>Where the PDF file is saved</source>
        <translation>ตำแหน่งที่บันทึกไฟล์ PDF</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>ใหม่…</translation>
    </message>
    <message>
        <source>Create a new signing identity</source>
        <translation>สร้างตัวตนสำหรับลงนามใหม่</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>นำเข้า…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>นำเข้าไฟล์ .p12 หรือ .pfx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ส่งออก(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>เปิดโฟลเดอร์</translation>
    </message>
</context>
<context>
    <name>ExportGuard</name>
    <message>
        <source>Change an exported assessment?</source>
        <translation>แก้ไขการประเมินที่ส่งออกแล้วหรือไม่?</translation>
    </message>
    <message>
        <source>This assessment was exported as a signed PDF. If you change an answer, the PDF will no longer match the answers kept here, and the result becomes provisional until you finish again. The record of the exported PDF is kept.

To leave the exported answers as they are, work on a copy.</source>
        <translation>การประเมินนี้ส่งออกเป็น PDF ที่ลงนามแล้ว หากท่านแก้ไขคำตอบ PDF จะไม่ตรงกับคำตอบที่เก็บไว้ที่นี่ และผลการประเมินจะเป็นผลชั่วคราวจนกว่าท่านจะทำให้เสร็จอีกครั้ง ประวัติของ PDF ที่ส่งออกจะยังเก็บไว้

หากต้องการคงคำตอบที่ส่งออกไว้ตามเดิม โปรดทำงานบนสำเนา</translation>
    </message>
    <message>
        <source>Change the answers</source>
        <translation>แก้ไขคำตอบ</translation>
    </message>
    <message>
        <source>Work on a copy</source>
        <translation>ทำงานบนสำเนา</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>คงไว้ตามเดิม</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Please enter the organisation name, or choose &apos;Skip for now&apos;.</source>
        <translation>โปรดกรอกชื่อหน่วยงาน/องค์กร หรือเลือก “ข้ามไปก่อน”</translation>
    </message>
    <message>
        <source>Welcome to AISafe Desktop</source>
        <translation>ยินดีต้อนรับสู่ AISafe Desktop</translation>
    </message>
    <message>
        <source>This app guides you through a self-assessment of an AI system your organisation uses or builds: what could go wrong, what you already do about it, and what to do next. You answer plain questions; you can stop at any time and carry on later.</source>
        <translation>โปรแกรมนี้จะพาท่านทำการประเมินตนเองสำหรับระบบ AI ที่หน่วยงาน/องค์กรของท่านใช้หรือพัฒนา ได้แก่ สิ่งที่อาจผิดพลาด สิ่งที่ท่านทำอยู่แล้วเพื่อรับมือ และสิ่งที่ควรทำต่อไป ท่านเพียงตอบคำถามที่เข้าใจง่าย และหยุดได้ทุกเมื่อแล้วกลับมาทำต่อภายหลัง</translation>
    </message>
    <message>
        <source>Everything you enter stays on this computer. The app never connects to the internet, and your answers are saved the moment you give them.</source>
        <translation>ข้อมูลทุกอย่างที่ท่านกรอกจะอยู่ในเครื่องนี้เท่านั้น โปรแกรมไม่เชื่อมต่ออินเทอร์เน็ตเลย และคำตอบของท่านจะถูกบันทึกทันทีที่ท่านตอบ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ดำเนินการต่อ</translation>
    </message>
    <message>
        <source>About your organisation</source>
        <translation>เกี่ยวกับหน่วยงาน/องค์กรของท่าน</translation>
    </message>
    <message>
        <source>This appears on your reports. You can skip it now and fill it in later from the home screen.</source>
        <translation>ข้อมูลนี้จะแสดงในรายงานของท่าน ท่านสามารถข้ามไปก่อนแล้วกรอกภายหลังได้จากหน้าหลัก</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>ข้ามไปก่อน</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>บันทึกและดำเนินการต่อ</translation>
    </message>
    <message>
        <source>Use this language for the app</source>
        <translation>ใช้ภาษานี้ในโปรแกรม</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this answer</source>
        <translation>ประวัติของคำตอบนี้</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>ยังไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>ส่งออกเป็น CSV…</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>ส่งออกประวัติ</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your organisation</source>
        <translation>หน่วยงาน/องค์กรของท่าน</translation>
    </message>
    <message>
        <source>Add your organisation&apos;s details so that they appear on your reports.</source>
        <translation>เพิ่มรายละเอียดของหน่วยงาน/องค์กรของท่าน เพื่อให้แสดงในรายงาน</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>เพิ่มรายละเอียด</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Edit organisation details</source>
        <translation>แก้ไขรายละเอียดหน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (สำเนา)</translation>
    </message>
    <message>
        <source>“{title}” was moved to the trash.</source>
        <translation>ย้าย “{title}” ไปที่ถังขยะแล้ว</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>นำเข้าคำตอบ</translation>
    </message>
    <message>
        <source>AISafe answers (*.json);;All files (*)</source>
        <translation>คำตอบ AISafe (*.json);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>การประเมิน</translation>
    </message>
    <message>
        <source>Search by title, questionnaire or AI system</source>
        <translation>ค้นหาตามชื่อเรื่อง แบบสอบถาม หรือระบบ AI</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>ค้นหาการประเมิน</translation>
    </message>
    <message>
        <source>Shows only the assessments that contain this text. Shortcut: Ctrl+F</source>
        <translation>แสดงเฉพาะการประเมินที่มีข้อความนี้ ปุ่มลัด: Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>การประเมินใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>เริ่มการประเมินใหม่ (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>นำเข้า(&amp;I)…</translation>
    </message>
    <message>
        <source>Create an assessment from an answers file (.json)</source>
        <translation>สร้างการประเมินจากไฟล์คำตอบ (.json)</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>ตรวจสอบ PDF(&amp;V)…</translation>
    </message>
    <message>
        <source>Check that a signed report has not been changed. You can also drop a PDF on this screen.</source>
        <translation>ตรวจสอบว่ารายงานที่ลงนามแล้วไม่ถูกแก้ไข ท่านยังสามารถลากไฟล์ PDF มาวางบนหน้าจอนี้ได้</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>ทำสำเนา(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <source>Move to the trash; you can undo this</source>
        <translation>ย้ายไปที่ถังขยะ ท่านสามารถเลิกทำได้</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>ยังไม่มีการประเมิน</translation>
    </message>
    <message>
        <source>Start your first assessment: choose a questionnaire, answer the questions in your own time, and see your result with clear next steps. You can stop at any time; every answer is saved as you go.</source>
        <translation>เริ่มการประเมินครั้งแรกของท่าน: เลือกแบบสอบถาม ตอบคำถามตามเวลาที่สะดวก แล้วดูผลพร้อมขั้นตอนถัดไปที่ชัดเจน ท่านหยุดได้ทุกเมื่อ และทุกคำตอบจะถูกบันทึกไปเรื่อย ๆ</translation>
    </message>
    <message>
        <source>Start your first assessment</source>
        <translation>เริ่มการประเมินครั้งแรก</translation>
    </message>
    <message>
        <source>Press Enter to open the selected assessment</source>
        <translation>กด Enter เพื่อเปิดการประเมินที่เลือก</translation>
    </message>
</context>
<context>
    <name>Identities</name>
    <message>
        <source>Import a signing identity</source>
        <translation>นำเข้าตัวตนสำหรับลงนาม</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx);;All files (*)</source>
        <translation>ตัวตนสำหรับลงนาม (*.p12 *.pfx);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>วลีรหัสผ่านของ {file}:</translation>
    </message>
</context>
<context>
    <name>IdentitiesPanel</name>
    <message>
        <source>Save the certificate</source>
        <translation>บันทึกใบรับรอง</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>ใบรับรอง (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signing identities</source>
        <translation>ตัวตนสำหรับลงนาม</translation>
    </message>
    <message>
        <source>Used to sign your PDF reports. Send the certificate (not the identity file) to the agency, so it can check your reports.</source>
        <translation>ใช้ลงนามในรายงาน PDF ของท่าน โปรดส่งใบรับรอง (ไม่ใช่ไฟล์ตัวตน) ให้หน่วยงาน เพื่อให้หน่วยงานตรวจสอบรายงานของท่านได้</translation>
    </message>
    <message>
        <source>Each with the fingerprint the agency can check</source>
        <translation>แต่ละรายการพร้อมลายนิ้วมือที่หน่วยงานตรวจสอบได้</translation>
    </message>
    <message>
        <source>New identity…</source>
        <translation>ตัวตนใหม่…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>นำเข้า…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>นำเข้าไฟล์ .p12 หรือ .pfx</translation>
    </message>
    <message>
        <source>Export certificate…</source>
        <translation>ส่งออกใบรับรอง…</translation>
    </message>
    <message>
        <source>Save the public certificate to send to the agency</source>
        <translation>บันทึกใบรับรองสาธารณะเพื่อส่งให้หน่วยงาน</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Verdict</source>
        <translation>ผลการตรวจสอบ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคธุรกิจ</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>แบบสอบถาม</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ผลการประเมิน</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>วันที่ได้รับ</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>เชื่อถือได้</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>ไม่อยู่ในรายชื่อที่เชื่อถือ</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>อยู่ระหว่างพิจารณา</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>ยอมรับแล้ว</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>ส่งกลับแล้ว</translation>
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <source>Inbox database</source>
        <translation>ฐานข้อมูลกล่องรับรายงาน</translation>
    </message>
    <message>
        <source>Leave the address empty to keep the inbox on this computer. For several officers sharing one inbox, enter the PostgreSQL address your IT staff gave you, for example postgresql+psycopg://officer@db.agency.example:5432/inbox. The password is never saved: you type it when the inbox opens, or your IT staff put it in your .pgpass file.</source>
        <translation>เว้นที่อยู่ว่างไว้เพื่อเก็บกล่องรับรายงานไว้ในเครื่องนี้ หากเจ้าหน้าที่หลายคนใช้กล่องรับรายงานร่วมกัน โปรดกรอกที่อยู่ PostgreSQL ที่ฝ่ายไอทีให้ไว้ เช่น postgresql+psycopg://officer@db.agency.example:5432/inbox รหัสผ่านจะไม่ถูกบันทึก ท่านพิมพ์เมื่อเปิดกล่องรับรายงาน หรือฝ่ายไอทีใส่ไว้ในไฟล์ .pgpass ของท่าน</translation>
    </message>
    <message>
        <source>Your name, as shown in the review history</source>
        <translation>ชื่อของท่านตามที่แสดงในประวัติการพิจารณา</translation>
    </message>
    <message>
        <source>Database &amp;address</source>
        <translation>ที่อยู่ฐานข้อมูล(&amp;A)</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>ชื่อของท่าน(&amp;N)</translation>
    </message>
    <message>
        <source>Use the inbox on this computer</source>
        <translation>ใช้กล่องรับรายงานในเครื่องนี้</translation>
    </message>
    <message>
        <source>This is not a database address.</source>
        <translation>นี่ไม่ใช่ที่อยู่ฐานข้อมูล</translation>
    </message>
    <message>
        <source>The inbox works with PostgreSQL (or a local file).</source>
        <translation>กล่องรับรายงานใช้ได้กับ PostgreSQL (หรือไฟล์ในเครื่อง)</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <source>Inbox — AISafe Desktop</source>
        <translation>กล่องรับรายงาน — AISafe Desktop</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>เพิ่มไฟล์…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>เพิ่มโฟลเดอร์…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>แดชบอร์ด</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>ส่งออกตาราง…</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>ฐานข้อมูล…</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>ตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>Check every kept file again, for example after you trusted a signer</source>
        <translation>ตรวจสอบไฟล์ที่เก็บไว้ทุกไฟล์อีกครั้ง เช่น หลังจากท่านเชื่อถือผู้ลงนามรายใหม่</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Organisation, signer, AI system or file</source>
        <translation>หน่วยงาน/องค์กร ผู้ลงนาม ระบบ AI หรือไฟล์</translation>
    </message>
    <message>
        <source>Received reports</source>
        <translation>รายงานที่ได้รับ</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>ค้นหา(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>ผลการตรวจสอบ(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>สถานะ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>ผลการประเมิน(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>ประเทศ(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation>ภาคธุรกิจ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>แบบสอบถาม(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>ตั้งแต่(&amp;F)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>ถึง(&amp;O)</translation>
    </message>
    <message>
        <source>Opening the inbox…</source>
        <translation>กำลังเปิดกล่องรับรายงาน…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>The inbox could not be opened.</source>
        <translation>เปิดกล่องรับรายงานไม่ได้</translation>
    </message>
    <message>
        <source>Inbox: {where}</source>
        <translation>กล่องรับรายงาน: {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>รายงาน %n ฉบับ</numerusform>
        </translation>
    </message>
    <message>
        <source>Add received reports</source>
        <translation>เพิ่มรายงานที่ได้รับ</translation>
    </message>
    <message>
        <source>PDF reports (*.pdf);;All files (*)</source>
        <translation>รายงาน PDF (*.pdf);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Add a folder of reports</source>
        <translation>เพิ่มโฟลเดอร์รายงาน</translation>
    </message>
    <message>
        <source>%v of %m verified</source>
        <translation>ตรวจสอบแล้ว %v จาก %m</translation>
    </message>
    <message numerus="yes">
        <source>Added %n report(s)</source>
        <translation>
            <numerusform>เพิ่มรายงาน %n ฉบับแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox</source>
        <translation>
            <numerusform>มีอยู่ในกล่องรับรายงานแล้ว %n ฉบับ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped</source>
        <translation>
            <numerusform>ข้ามไฟล์อื่น %n ไฟล์</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>ส่งออกตาราง</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to {file}</source>
        <translation>
            <numerusform>เขียนรายงาน %n ฉบับลงใน {file} แล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>draft translation</source>
        <translation>คำแปลฉบับร่าง</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Please note</source>
        <translation>โปรดทราบ</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (สำเนา)</translation>
    </message>
    <message>
        <source>AISafe Desktop</source>
        <translation>AISafe Desktop</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>กำลังเปิดข้อมูลของท่าน…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>หน้าหลัก</translation>
    </message>
    <message>
        <source>Back to the list of assessments (Alt+Home)</source>
        <translation>กลับไปที่รายการการประเมิน (Alt+Home)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>การประเมินใหม่</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>เริ่มการประเมินใหม่ (Ctrl+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Language, text size, backups (Ctrl+,)</source>
        <translation>ภาษา ขนาดตัวอักษร การสำรองข้อมูล (Ctrl+,)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ปุ่มลัดแป้นพิมพ์</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app (F1)</source>
        <translation>ปุ่มลัดแป้นพิมพ์ทั้งหมดของโปรแกรม (F1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>กล่องรับรายงาน</translation>
    </message>
    <message>
        <source>For agencies: receive, review and count the reports businesses send you (Ctrl+Shift+I)</source>
        <translation>สำหรับหน่วยงาน: รับ พิจารณา และนับรายงานที่ธุรกิจส่งมา (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>การนำทาง</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Still to answer before you can finish</source>
        <translation>สิ่งที่ต้องตอบก่อนจึงจะเสร็จสิ้นได้</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) have no answer yet. Choose one to go to it.</source>
        <translation>
            <numerusform>ยังมีคำถามบังคับ %n ข้อที่ยังไม่ได้ตอบ เลือกข้อใดข้อหนึ่งเพื่อไปยังข้อนั้น</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything required is answered</source>
        <translation>ตอบคำถามบังคับครบทุกข้อแล้ว</translation>
    </message>
    <message>
        <source>Choose Finish to see your result.</source>
        <translation>เลือก “เสร็จสิ้น” เพื่อดูผลการประเมิน</translation>
    </message>
    <message>
        <source>Questions still to answer</source>
        <translation>คำถามที่ยังต้องตอบ</translation>
    </message>
    <message>
        <source>Press Enter to go to the chosen question</source>
        <translation>กด Enter เพื่อไปยังคำถามที่เลือก</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>These questionnaire files in your folder cannot be used until they are fixed:</source>
        <translation>ไฟล์แบบสอบถามต่อไปนี้ในโฟลเดอร์ของท่านยังใช้ไม่ได้จนกว่าจะได้รับการแก้ไข:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… และอีก {count} รายการ</translation>
    </message>
    <message>
        <source>About {minutes} minutes · Languages: {languages} · Publisher: {publisher} · Version {version}</source>
        <translation>ประมาณ {minutes} นาที · ภาษา: {languages} · ผู้เผยแพร่: {publisher} · รุ่น {version}</translation>
    </message>
    <message>
        <source>(not about one particular system)</source>
        <translation>(ไม่ได้เกี่ยวกับระบบใดระบบหนึ่งโดยเฉพาะ)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>การประเมินใหม่</translation>
    </message>
    <message>
        <source>Choose the questionnaire that fits what you want to check. You can stop at any time; every answer is saved.</source>
        <translation>เลือกแบบสอบถามที่ตรงกับสิ่งที่ท่านต้องการตรวจสอบ ท่านหยุดได้ทุกเมื่อ และทุกคำตอบจะถูกบันทึกไว้</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>A name you will recognise in the list, e.g. the project</source>
        <translation>ชื่อที่ท่านจำได้ในรายการ เช่น ชื่อโครงการ</translation>
    </message>
    <message>
        <source>AI system (optional)</source>
        <translation>ระบบ AI (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Pick one, or type the name of the AI system this is about</source>
        <translation>เลือกหนึ่งรายการ หรือพิมพ์ชื่อระบบ AI ที่ประเมิน</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>ภาษาของคำถาม</translation>
    </message>
    <message>
        <source>The questionnaire is shown in this language</source>
        <translation>แบบสอบถามจะแสดงเป็นภาษานี้</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>แบบสอบถาม</translation>
    </message>
    <message>
        <source>The questionnaires you can use</source>
        <translation>แบบสอบถามที่ท่านใช้ได้</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>เริ่ม(&amp;S)</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>A number from {low} to {high}.</source>
        <translation>ตัวเลขตั้งแต่ {low} ถึง {high}</translation>
    </message>
    <message>
        <source>A number of at least {low}.</source>
        <translation>ตัวเลขอย่างน้อย {low}</translation>
    </message>
    <message>
        <source>A number up to {high}.</source>
        <translation>ตัวเลขไม่เกิน {high}</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>“{text}” is not a number. Type digits only, for example {whole} or {example}.</source>
        <translation>“{text}” ไม่ใช่ตัวเลข โปรดพิมพ์เฉพาะตัวเลข เช่น {whole} หรือ {example}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>the file is {size:,} bytes; questionnaires are limited to {limit:,} bytes. Split it into several questionnaires or remove embedded data.</source>
        <translation>ไฟล์มีขนาด {size:,} ไบต์ แต่แบบสอบถามต้องมีขนาดไม่เกิน {limit:,} ไบต์ โปรดแบ่งเป็นแบบสอบถามหลายชุด หรือนำข้อมูลที่ฝังไว้ออก</translation>
    </message>
    <message>
        <source>byte 0x{byte:02x} is not valid UTF-8. Save the file as UTF-8 (in most editors: &apos;Save with encoding&apos; → UTF-8).</source>
        <translation>ไบต์ 0x{byte:02x} ไม่ใช่ UTF-8 ที่ถูกต้อง โปรดบันทึกไฟล์เป็น UTF-8 (ในโปรแกรมแก้ไขข้อความส่วนใหญ่: &apos;Save with encoding&apos; → UTF-8)</translation>
    </message>
    <message>
        <source>the text is not valid YAML here ({parser}). Check the indentation (spaces only) and put texts that contain &apos;: &apos; or &apos; #&apos;, or start with a symbol, in quotes.</source>
        <translation>ข้อความตรงนี้ไม่ใช่ YAML ที่ถูกต้อง ({parser}) โปรดตรวจสอบการย่อหน้า (ใช้เว้นวรรคเท่านั้น) และใส่เครื่องหมายคำพูดครอบข้อความที่มี &apos;: &apos; หรือ &apos; #&apos; หรือที่ขึ้นต้นด้วยสัญลักษณ์</translation>
    </message>
    <message>
        <source>a &apos;: &apos; inside a text makes YAML read the rest as a new key. Put the whole text in quotes (text: &quot;Note: …&quot;), or, if this is meant to be a new key, indent it like the keys above it. (YAML parser: {parser})</source>
        <translation>&apos;: &apos; ที่อยู่ในข้อความทำให้ YAML อ่านส่วนที่เหลือเป็นคีย์ใหม่ โปรดใส่เครื่องหมายคำพูดครอบข้อความทั้งหมด (text: &quot;Note: …&quot;) หรือหากตั้งใจให้เป็นคีย์ใหม่ ให้ย่อหน้าให้ตรงกับคีย์ด้านบน (ตัวแยกวิเคราะห์ YAML: {parser})</translation>
    </message>
    <message>
        <source>a &apos;{{…}}&apos; mapping is not closed, or a text inside it contains &apos;: &apos; or &apos; #&apos;. Put such a text in quotes ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) and end the mapping with &apos;}}&apos;. (YAML parser: {parser})</source>
        <translation>การแมป &apos;{{…}}&apos; ไม่ได้ปิด หรือมีข้อความข้างในที่มี &apos;: &apos; หรือ &apos; #&apos; โปรดใส่เครื่องหมายคำพูดครอบข้อความดังกล่าว ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) และปิดการแมปด้วย &apos;}}&apos; (ตัวแยกวิเคราะห์ YAML: {parser})</translation>
    </message>
    <message>
        <source>a &apos;[…]&apos; list is not closed, or an item contains &apos;: &apos; or &apos; #&apos;. Put such an item in quotes and end the list with &apos;]&apos;. (YAML parser: {parser})</source>
        <translation>รายการ &apos;[…]&apos; ไม่ได้ปิด หรือมีรายการย่อยที่มี &apos;: &apos; หรือ &apos; #&apos; โปรดใส่เครื่องหมายคำพูดครอบรายการย่อยดังกล่าว และปิดรายการด้วย &apos;]&apos; (ตัวแยกวิเคราะห์ YAML: {parser})</translation>
    </message>
    <message>
        <source>a quoted text is never closed: add the closing quote (inside &quot;…&quot; write a quote as \&quot;, inside &apos;…&apos; as &apos;&apos;). (YAML parser: {parser})</source>
        <translation>ข้อความในเครื่องหมายคำพูดไม่มีการปิด โปรดเพิ่มเครื่องหมายคำพูดปิด (ภายใน &quot;…&quot; ให้เขียนเครื่องหมายคำพูดเป็น \&quot; ภายใน &apos;…&apos; ให้เขียนเป็น &apos;&apos;) (ตัวแยกวิเคราะห์ YAML: {parser})</translation>
    </message>
    <message>
        <source>a line starts with a character YAML cannot read here (a tab, or &apos;@&apos; or &apos;`&apos; at the start of a text). Indent with spaces only, and put such a text in quotes. (YAML parser: {parser})</source>
        <translation>มีบรรทัดที่ขึ้นต้นด้วยอักขระที่ YAML อ่านไม่ได้ในตำแหน่งนี้ (แท็บ หรือ &apos;@&apos; หรือ &apos;`&apos; ที่ต้นข้อความ) โปรดย่อหน้าด้วยเว้นวรรคเท่านั้น และใส่เครื่องหมายคำพูดครอบข้อความดังกล่าว (ตัวแยกวิเคราะห์ YAML: {parser})</translation>
    </message>
    <message>
        <source>this line is not &apos;key: value&apos;: a &apos;:&apos; is missing after the key, or a long text continues on a line indented less than it should be (use a &apos;&gt;-&apos; block for long texts). (YAML parser: {parser})</source>
        <translation>บรรทัดนี้ไม่อยู่ในรูป &apos;key: value&apos;: ขาด &apos;:&apos; หลังคีย์ หรือข้อความยาวต่อไปยังบรรทัดที่ย่อหน้าน้อยกว่าที่ควร (สำหรับข้อความยาว ให้ใช้บล็อก &apos;&gt;-&apos;) (ตัวแยกวิเคราะห์ YAML: {parser})</translation>
    </message>
    <message>
        <source>the indentation does not match the lines above: the keys of one mapping, and the &apos;- &apos; items of one list, must start in the same column. (YAML parser: {parser})</source>
        <translation>การย่อหน้าไม่ตรงกับบรรทัดด้านบน: คีย์ของการแมปเดียวกัน และรายการ &apos;- &apos; ของรายการเดียวกัน ต้องเริ่มที่คอลัมน์เดียวกัน (ตัวแยกวิเคราะห์ YAML: {parser})</translation>
    </message>
    <message>
        <source>alias *{anchor} has no anchor &amp;{anchor} before it: define the anchor first.</source>
        <translation>alias *{anchor} ไม่มี anchor &amp;{anchor} อยู่ก่อนหน้า โปรดกำหนด anchor ก่อน</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document (&apos;---&apos;); keep one questionnaire per file.</source>
        <translation>ไฟล์นี้มีเอกสาร YAML มากกว่าหนึ่งชุด (&apos;---&apos;) โปรดเก็บแบบสอบถามไฟล์ละหนึ่งชุด</translation>
    </message>
    <message>
        <source>the document expands to more than {limit:,} values (usually aliases that refer to aliases). Write the values out or use fewer aliases.</source>
        <translation>เอกสารขยายออกเป็นค่ามากกว่า {limit:,} ค่า (มักเกิดจาก alias ที่อ้างถึง alias อื่น) โปรดเขียนค่าออกมาเต็ม หรือใช้ alias ให้น้อยลง</translation>
    </message>
    <message>
        <source>values are nested more than {limit} levels deep; a questionnaire never needs this. Check the indentation.</source>
        <translation>ค่าซ้อนกันลึกเกิน {limit} ระดับ ซึ่งแบบสอบถามไม่จำเป็นต้องใช้ โปรดตรวจสอบการย่อหน้า</translation>
    </message>
    <message>
        <source>duplicate key {key!r}: it was already given on line {first_line}. YAML keeps only one of them, so remove or rename one.</source>
        <translation>คีย์ซ้ำ {key!r}: มีการระบุไว้แล้วที่บรรทัด {first_line} YAML จะเก็บไว้เพียงค่าเดียว โปรดลบหรือเปลี่ยนชื่อคีย์ใดคีย์หนึ่ง</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}. Check the path and permissions.</source>
        <translation>อ่านไฟล์ไม่ได้: {reason} โปรดตรวจสอบเส้นทางและสิทธิ์การเข้าถึง</translation>
    </message>
    <message>
        <source>merge keys (&apos;&lt;&lt;: *anchor&apos;) are not supported in questionnaires: write the keys out in full (an alias &apos;*anchor&apos; on its own, as a whole value, does work).</source>
        <translation>แบบสอบถามไม่รองรับคีย์ผสาน (&apos;&lt;&lt;: *anchor&apos;) โปรดเขียนคีย์ออกมาให้ครบ (ใช้ alias &apos;*anchor&apos; แยกเดี่ยวเป็นค่าทั้งค่าได้)</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in {where}{hint}</source>
        <translation>ไม่รู้จักคีย์ &apos;{key}&apos; ใน {where}{hint}</translation>
    </message>
    <message>
        <source>{where} must be {expected}, not {found}.</source>
        <translation>{where} ต้องเป็น {expected} ไม่ใช่ {found}</translation>
    </message>
    <message>
        <source>{where} is empty; write the text.</source>
        <translation>{where} ว่างอยู่ โปรดเขียนข้อความ</translation>
    </message>
    <message>
        <source>the tag {tag!r} is not allowed here; write a plain value without a &apos;!tag&apos;.</source>
        <translation>ไม่อนุญาตให้ใช้แท็ก {tag!r} ที่นี่ โปรดเขียนค่าธรรมดาโดยไม่มี &apos;!tag&apos;</translation>
    </message>
    <message>
        <source>a key must be a plain word, not a list or mapping.</source>
        <translation>คีย์ต้องเป็นคำธรรมดา ไม่ใช่รายการหรือการแมป</translation>
    </message>
    <message>
        <source>{where}: &apos;{combiner}&apos; must stand alone in its condition; put the other comparisons inside it.</source>
        <translation>{where}: &apos;{combiner}&apos; ต้องอยู่เดี่ยว ๆ ในเงื่อนไขของตน โปรดย้ายการเปรียบเทียบอื่นเข้าไปไว้ข้างใน</translation>
    </message>
    <message>
        <source>{where} ({what}) is missing the required key &apos;{key}&apos;. Add &apos;{key}: …&apos;{doc}</source>
        <translation>{where} ({what}) ขาดคีย์บังคับ &apos;{key}&apos; โปรดเพิ่ม &apos;{key}: …&apos;{doc}</translation>
    </message>
    <message>
        <source>{where} must have at least this many items: {count}.</source>
        <translation>{where} ต้องมีอย่างน้อย {count} รายการ</translation>
    </message>
    <message>
        <source>{where} needs &apos;question: &lt;question id&gt;&apos; to say which answer it looks at.</source>
        <translation>{where} ต้องมี &apos;question: &lt;รหัสคำถาม&gt;&apos; เพื่อระบุว่าพิจารณาคำตอบของคำถามใด</translation>
    </message>
    <message>
        <source>{where} needs exactly one comparison ({operators}); found {count}. Combine several with &apos;all:&apos; or &apos;any:&apos;.</source>
        <translation>{where} ต้องมีการเปรียบเทียบเพียงหนึ่งรายการ ({operators}) แต่พบ {count} รายการ โปรดรวมหลายรายการด้วย &apos;all:&apos; หรือ &apos;any:&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed for {where}.{hint} Use one of: {choices}.</source>
        <translation>ไม่อนุญาตให้ใช้ &apos;{value}&apos; สำหรับ {where}{hint} โปรดใช้ค่าใดค่าหนึ่งต่อไปนี้: {choices}</translation>
    </message>
    <message>
        <source>{where} is {value}; it must be {bound}.</source>
        <translation>{where} มีค่า {value} แต่ต้อง {bound}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; only applies to number questions; question &apos;{question}&apos; is {qtype}.</source>
        <translation>&apos;{key}&apos; ใช้ได้กับคำถามแบบตัวเลขเท่านั้น แต่คำถาม &apos;{question}&apos; เป็นแบบ {qtype}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a version: write three numbers, major.minor.patch, such as 1.0.0.</source>
        <translation>&apos;{value}&apos; ไม่ใช่หมายเลขรุ่น โปรดเขียนตัวเลขสามชุดแบบ major.minor.patch เช่น 1.0.0</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in {where} is not a valid identifier; use lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>&apos;{value}&apos; ใน {where} ไม่ใช่ตัวระบุที่ถูกต้อง โปรดใช้อักษรตัวพิมพ์เล็ก ตัวเลข &apos;-&apos;, &apos;_&apos; หรือ &apos;.&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code AISafe knows ({where}).{hint} Use one of: {choices}.</source>
        <translation>&apos;{value}&apos; ไม่ใช่รหัสภาษาที่ AISafe รู้จัก ({where}){hint} โปรดใช้รหัสใดรหัสหนึ่งต่อไปนี้: {choices}</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is {qtype} and cannot have options; remove them or change the type.</source>
        <translation>คำถาม &apos;{question}&apos; เป็นแบบ {qtype} จึงมีตัวเลือกไม่ได้ โปรดลบตัวเลือกออกหรือเปลี่ยนประเภทคำถาม</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; alone (without value: and label:) is the short form of a yes_no answer; question &apos;{question}&apos; is {qtype}, so write {{value: …, label: …}}.</source>
        <translation>&apos;{value}&apos; ที่เขียนเดี่ยว ๆ (ไม่มี value: และ label:) เป็นรูปแบบย่อของคำตอบ yes_no แต่คำถาม &apos;{question}&apos; เป็นแบบ {qtype} จึงต้องเขียนเป็น {{value: …, label: …}}</translation>
    </message>
    <message>
        <source>a yes_no question only has the answers yes, no and na; &apos;{value}&apos; is not one of them. Use single_choice for other answers.</source>
        <translation>คำถาม yes_no มีคำตอบได้เพียง yes, no และ na แต่ &apos;{value}&apos; ไม่ใช่หนึ่งในนั้น หากต้องการคำตอบอื่น โปรดใช้ single_choice</translation>
    </message>
    <message>
        <source>{qtype} question &apos;{question}&apos; needs at least two options under &apos;options&apos;.</source>
        <translation>คำถามแบบ {qtype} &apos;{question}&apos; ต้องมีตัวเลือกอย่างน้อยสองตัวเลือกภายใต้ &apos;options&apos;</translation>
    </message>
    <message>
        <source>scale question &apos;{question}&apos; needs at least two points under &apos;options&apos; (value 0, 1, …, each with a label).</source>
        <translation>คำถามแบบมาตราส่วน &apos;{question}&apos; ต้องมีอย่างน้อยสองระดับภายใต้ &apos;options&apos; (ค่า 0, 1, … แต่ละค่ามีป้ายกำกับ)</translation>
    </message>
    <message>
        <source>scale points are whole numbers (0, 1, 2 …); &apos;{value}&apos; is not.</source>
        <translation>ระดับของมาตราส่วนต้องเป็นจำนวนเต็ม (0, 1, 2 …) แต่ &apos;{value}&apos; ไม่ใช่จำนวนเต็ม</translation>
    </message>
    <message>
        <source>{what} has min {minimum} above (or equal to) max {maximum}; swap them.</source>
        <translation>{what} มีค่า min {minimum} มากกว่า (หรือเท่ากับ) ค่า max {maximum} โปรดสลับค่าทั้งสอง</translation>
    </message>
    <message>
        <source>the points of scale question &apos;{question}&apos; are {points}; number them 0, 1, 2 … (or 1, 2, 3 …) with no gap (missing: {missing}).</source>
        <translation>ระดับของคำถามแบบมาตราส่วน &apos;{question}&apos; คือ {points} โปรดกำหนดเลขเป็น 0, 1, 2 … (หรือ 1, 2, 3 …) โดยไม่เว้นช่วง (ขาด: {missing})</translation>
    </message>
    <message>
        <source>{where}: &apos;{fragment}&apos; looks like the rest of a text cut off at an unquoted &apos;,&apos; or &apos;?&apos;. Quote this text: {key}: &quot;…, …&quot;.</source>
        <translation>{where}: &apos;{fragment}&apos; ดูเหมือนเป็นส่วนที่เหลือของข้อความที่ถูกตัดที่ &apos;,&apos; หรือ &apos;?&apos; ที่ไม่ได้อยู่ในเครื่องหมายคำพูด โปรดใส่เครื่องหมายคำพูดครอบข้อความนี้: {key}: &quot;…, …&quot;</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is used twice (first on line {first_line}); every {what} must be unique. Rename one.</source>
        <translation>{what} &apos;{value}&apos; ถูกใช้สองครั้ง (ครั้งแรกที่บรรทัด {first_line}) {what} แต่ละรายการต้องไม่ซ้ำกัน โปรดเปลี่ยนชื่อรายการใดรายการหนึ่ง</translation>
    </message>
    <message>
        <source>{where} has no text in {missing}; add {add}.</source>
        <translation>{where} ไม่มีข้อความใน {missing} โปรดเพิ่ม {add}</translation>
    </message>
    <message>
        <source>{where} is a plain text, but the file declares {languages}; write it as a mapping with one text per language ({add}).</source>
        <translation>{where} เป็นข้อความธรรมดา แต่ไฟล์ประกาศภาษา {languages} ไว้ โปรดเขียนเป็นการแมปที่มีข้อความหนึ่งข้อความต่อหนึ่งภาษา ({add})</translation>
    </message>
    <message>
        <source>{where} has text in {extra}, which is not in languages; add each code to languages or remove the text.</source>
        <translation>{where} มีข้อความใน {extra} ซึ่งไม่อยู่ใน languages โปรดเพิ่มรหัสดังกล่าวใน languages หรือลบข้อความนั้นออก</translation>
    </message>
    <message>
        <source>texts without a &apos;{code}&apos; text: {count}{found} — this follows from languages (line {line}); fix that first.</source>
        <translation>ข้อความ {count} รายการไม่มีข้อความ &apos;{code}&apos;{found} — สาเหตุมาจาก languages (บรรทัด {line}) โปรดแก้ไขจุดนั้นก่อน</translation>
    </message>
    <message>
        <source>default_language &apos;{value}&apos; is not in languages ({languages}); add it there.</source>
        <translation>default_language &apos;{value}&apos; ไม่อยู่ใน languages ({languages}) โปรดเพิ่มไว้ในนั้น</translation>
    </message>
    <message>
        <source>condition refers to question &apos;{question}&apos;, which does not exist{hint}</source>
        <translation>เงื่อนไขอ้างถึงคำถาม &apos;{question}&apos; ซึ่งไม่มีอยู่{hint}</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; has no option &apos;{value}&apos;; its options are {options}.</source>
        <translation>คำถาม &apos;{question}&apos; ไม่มีตัวเลือก &apos;{value}&apos; ตัวเลือกของคำถามนี้คือ {options}</translation>
    </message>
    <message>
        <source>this {owner}&apos;s condition looks at question &apos;{question}&apos;, which is shown only when the condition holds. Base it on another question (it may come before or after; conditions can refer forward).</source>
        <translation>เงื่อนไขของ {owner} นี้พิจารณาคำถาม &apos;{question}&apos; ซึ่งจะแสดงเฉพาะเมื่อเงื่อนไขนั้นเป็นจริง โปรดอิงเงื่อนไขกับคำถามอื่น (อยู่ก่อนหรือหลังก็ได้ เงื่อนไขอ้างถึงคำถามที่อยู่ถัดไปได้)</translation>
    </message>
    <message>
        <source>conditions form a cycle: {chain}; no question can be shown first. Break the cycle by removing one of these conditions.</source>
        <translation>เงื่อนไขวนเป็นวงจร: {chain} จึงไม่มีคำถามใดแสดงเป็นข้อแรกได้ โปรดตัดวงจรโดยลบเงื่อนไขใดเงื่อนไขหนึ่งเหล่านี้</translation>
    </message>
    <message>
        <source>&apos;{operator}&apos; compares numbers or dates, but question &apos;{question}&apos; is {qtype}; use equals or in.</source>
        <translation>&apos;{operator}&apos; ใช้เปรียบเทียบตัวเลขหรือวันที่ แต่คำถาม &apos;{question}&apos; เป็นแบบ {qtype} โปรดใช้ equals หรือ in</translation>
    </message>
    <message>
        <source>&apos;includes&apos; is for multiple_choice questions; &apos;{question}&apos; is {qtype}: use equals.</source>
        <translation>&apos;includes&apos; ใช้กับคำถามแบบ multiple_choice แต่ &apos;{question}&apos; เป็นแบบ {qtype} โปรดใช้ equals</translation>
    </message>
    <message>
        <source>&apos;{question}&apos; allows several answers; use &apos;includes: VALUE&apos; or &apos;in: [VALUES]&apos; instead of {operator}.</source>
        <translation>&apos;{question}&apos; ตอบได้หลายคำตอบ โปรดใช้ &apos;includes: VALUE&apos; หรือ &apos;in: [VALUES]&apos; แทน {operator}</translation>
    </message>
    <message>
        <source>&apos;{operator}: {value}&apos; on scale question &apos;{question}&apos; must be one of its points ({points}), written as a number without quotes.</source>
        <translation>&apos;{operator}: {value}&apos; ในคำถามแบบมาตราส่วน &apos;{question}&apos; ต้องเป็นระดับหนึ่งของมาตราส่วน ({points}) และเขียนเป็นตัวเลขโดยไม่มีเครื่องหมายคำพูด</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a number question, so &apos;{operator}&apos; needs a number, not &apos;{value}&apos;.</source>
        <translation>คำถาม &apos;{question}&apos; เป็นคำถามแบบตัวเลข &apos;{operator}&apos; จึงต้องใช้ตัวเลข ไม่ใช่ &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a date question, so &apos;{operator}&apos; needs a real date written &quot;YYYY-MM-DD&quot; (e.g. &quot;2026-12-02&quot;), not &apos;{value}&apos;.</source>
        <translation>คำถาม &apos;{question}&apos; เป็นคำถามแบบวันที่ &apos;{operator}&apos; จึงต้องใช้วันที่จริงในรูปแบบ &quot;YYYY-MM-DD&quot; (เช่น &quot;2026-12-02&quot;) ไม่ใช่ &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a text question, so &apos;{operator}&apos; needs a text, not &apos;{value}&apos;; put it in quotes.</source>
        <translation>คำถาม &apos;{question}&apos; เป็นคำถามแบบข้อความ &apos;{operator}&apos; จึงต้องใช้ข้อความ ไม่ใช่ &apos;{value}&apos; โปรดใส่เครื่องหมายคำพูดครอบไว้</translation>
    </message>
    <message>
        <source>dimension &apos;{value}&apos; is not declared under &apos;dimensions&apos;.{hint}</source>
        <translation>มิติ &apos;{value}&apos; ไม่ได้ประกาศไว้ภายใต้ &apos;dimensions&apos;{hint}</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is not declared under &apos;recommendations&apos;.{hint}</source>
        <translation>ข้อแนะนำ &apos;{value}&apos; ไม่ได้ประกาศไว้ภายใต้ &apos;recommendations&apos;{hint}</translation>
    </message>
    <message>
        <source>band &apos;{value}&apos; is not declared under scoring.bands.{hint}</source>
        <translation>ระดับผล &apos;{value}&apos; ไม่ได้ประกาศไว้ภายใต้ scoring.bands{hint}</translation>
    </message>
    <message>
        <source>bands &apos;{lower}&apos; and &apos;{upper}&apos; overlap between {start} and {end}; set min of &apos;{upper}&apos; to {end}.</source>
        <translation>ระดับผล &apos;{lower}&apos; และ &apos;{upper}&apos; ซ้อนทับกันระหว่าง {start} ถึง {end} โปรดกำหนด min ของ &apos;{upper}&apos; เป็น {end}</translation>
    </message>
    <message>
        <source>no band covers scores from {start} to {end}; {fix}.</source>
        <translation>ไม่มีระดับผลใดครอบคลุมคะแนนตั้งแต่ {start} ถึง {end} {fix}</translation>
    </message>
    <message>
        <source>the mitigation dimension cannot also count in the overall score; remove it from scoring.overall.</source>
        <translation>มิติการลดความเสี่ยงจะนับรวมในคะแนนรวมด้วยไม่ได้ โปรดนำออกจาก scoring.overall</translation>
    </message>
    <message>
        <source>no option gives points to dimension &apos;{value}&apos;, so it will always score 0; give points or remove it.</source>
        <translation>ไม่มีตัวเลือกใดให้คะแนนแก่มิติ &apos;{value}&apos; มิตินี้จึงได้ 0 คะแนนเสมอ โปรดกำหนดคะแนนหรือลบมิตินี้ออก</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is never triggered by an option, red flag, floor or outcome; reference it or remove it.</source>
        <translation>ข้อแนะนำ &apos;{value}&apos; ไม่เคยถูกเรียกใช้โดยตัวเลือก สัญญาณเตือนร้ายแรง ระดับขั้นต่ำ หรือผลลัพธ์ใดเลย โปรดอ้างถึงข้อแนะนำนี้หรือลบออก</translation>
    </message>
    <message>
        <source>the file has no &apos;format: 2&apos;, so it is read as format 1, where every yes_no question also offers &apos;not applicable&apos; (which drops the question from the score). Add &apos;format: 2&apos; at the top and list na under options only where it is a real answer.</source>
        <translation>ไฟล์นี้ไม่มี &apos;format: 2&apos; จึงถูกอ่านเป็นรูปแบบ 1 ซึ่งคำถาม yes_no ทุกข้อจะมีตัวเลือก &apos;ไม่เกี่ยวข้อง&apos; ด้วย (ซึ่งทำให้คำถามนั้นไม่ถูกนับคะแนน) โปรดเพิ่ม &apos;format: 2&apos; ไว้ด้านบนสุด และระบุ na ใน options เฉพาะเมื่อเป็นคำตอบที่ใช้ได้จริง</translation>
    </message>
    <message>
        <source>{where} contains &apos;{tag}&apos;: texts are shown as plain text everywhere (screen and PDF), so the tag would appear literally. Remove it.</source>
        <translation>{where} มี &apos;{tag}&apos;: ข้อความทุกแห่งแสดงเป็นข้อความธรรมดา (ทั้งบนหน้าจอและใน PDF) แท็กจึงจะปรากฏตามตัวอักษร โปรดลบออก</translation>
    </message>
    <message>
        <source>{where} contains the control character {char}: it would drive a terminal or turn the text around on screen. Remove it.</source>
        <translation>{where} มีอักขระควบคุม {char} ซึ่งจะสั่งการเทอร์มินัลหรือทำให้ข้อความบนหน้าจอกลับด้าน โปรดลบออก</translation>
    </message>
    <message>
        <source>texts without a {language} translation: {count} (first: {first}); until they are translated, the {language} screens and PDFs show them in {fallback}. Translate them in {translation}.</source>
        <translation>ข้อความที่ยังไม่มีคำแปลเป็น {language}: {count} รายการ (รายการแรก: {first}) จนกว่าจะแปลเสร็จ หน้าจอและ PDF ที่เป็น {language} จะแสดงข้อความเหล่านั้นเป็น {fallback} โปรดแปลข้อความเหล่านั้นใน {translation}</translation>
    </message>
    <message>
        <source>{translation} translates &apos;{address}&apos;, which this questionnaire does not have (moved or removed); move it to the text&apos;s new address or delete it.</source>
        <translation>{translation} แปล &apos;{address}&apos; ซึ่งไม่มีอยู่ในแบบสอบถามนี้ (ถูกย้ายหรือลบออกแล้ว) โปรดย้ายคำแปลไปยังที่อยู่ใหม่ของข้อความนั้น หรือลบออก</translation>
    </message>
    <message>
        <source>the {language} text of &apos;{address}&apos; has the placeholders {found}, the {fallback} text has {expected}; keep every {{placeholder}} exactly as written in {fallback}.</source>
        <translation>ข้อความ {language} ของ &apos;{address}&apos; มีตัวยึดตำแหน่ง {found} แต่ข้อความ {fallback} มี {expected} โปรดคงทุก {{placeholder}} ไว้ให้ตรงตามที่เขียนใน {fallback}</translation>
    </message>
    <message>
        <source>{translation} translates {questionnaire} version {found}, not {version}, so it is not used; update its texts and set version: {version}.</source>
        <translation>{translation} แปล {questionnaire} รุ่น {found} ไม่ใช่รุ่น {version} จึงไม่ถูกนำมาใช้ โปรดปรับปรุงข้อความและกำหนด version: {version}</translation>
    </message>
    <message>
        <source>{translation} is not a translation file (it needs the fields &apos;questionnaire&apos;, &apos;version&apos;, &apos;language&apos; (a known code), &apos;status&apos; (draft or reviewed) and &apos;texts&apos;); fix its header.</source>
        <translation>{translation} ไม่ใช่ไฟล์คำแปล (ไฟล์คำแปลต้องมี questionnaire, version, language (รหัสภาษาที่รู้จัก), status (draft หรือ reviewed) และ texts) โปรดแก้ไขส่วนหัวของไฟล์</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your organisation</source>
        <translation>หน่วยงาน/องค์กรของท่าน</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>1 to 9 people</source>
        <translation>1 ถึง 9 คน</translation>
    </message>
    <message>
        <source>10 to 49 people</source>
        <translation>10 ถึง 49 คน</translation>
    </message>
    <message>
        <source>50 to 249 people</source>
        <translation>50 ถึง 249 คน</translation>
    </message>
    <message>
        <source>250 people or more</source>
        <translation>250 คนขึ้นไป</translation>
    </message>
    <message>
        <source>Government agency or public body</source>
        <translation>ส่วนราชการหรือหน่วยงานของรัฐ</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>ชื่อหน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>เลขทะเบียน</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคธุรกิจ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>อีเมลผู้ติดต่อ</translation>
    </message>
    <message>
        <source>As it should appear on your reports.</source>
        <translation>ตามที่ต้องการให้แสดงในรายงาน</translation>
    </message>
    <message>
        <source>For example your SSM, ACRA or DBD number. Optional.</source>
        <translation>เช่น เลขทะเบียนนิติบุคคลจากกรมพัฒนาธุรกิจการค้า (DBD) หรือเลข SSM, ACRA ไม่บังคับ</translation>
    </message>
    <message>
        <source>Where the organisation is based.</source>
        <translation>ที่ตั้งของหน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <source>For example retail, health, finance or education.</source>
        <translation>เช่น ค้าปลีก สุขภาพ การเงิน หรือการศึกษา</translation>
    </message>
    <message>
        <source>How many people work for the organisation.</source>
        <translation>จำนวนคนที่ทำงานในหน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <source>Who answers questions about the assessments. Optional.</source>
        <translation>ผู้ตอบคำถามเกี่ยวกับการประเมิน ไม่บังคับ</translation>
    </message>
    <message>
        <source>An email address for that person. Optional.</source>
        <translation>อีเมลของบุคคลดังกล่าว ไม่บังคับ</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>เลือกประเทศ</translation>
    </message>
    <message>
        <source>Choose a size</source>
        <translation>เลือกขนาด</translation>
    </message>
    <message>
        <source>e.g. retail</source>
        <translation>เช่น ค้าปลีก</translation>
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
        <translation>คำตอบนี้ทำให้ผลการประเมินเป็น {band} ไม่ว่าท่านจะตอบข้ออื่นอย่างไร: {message} โปรดหยุดและขอคำปรึกษาก่อนใช้ระบบ AI นี้</translation>
    </message>
    <message>
        <source>Provisional result: {band} ({percent} %).</source>
        <translation>ผลเบื้องต้น: {band} ({percent} %)</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n answered question(s) of the {total} that apply so far. The result can still change as you answer the rest.</source>
        <translation>
            <numerusform>คำนวณจากคำถามที่ตอบแล้ว %n ข้อ จากทั้งหมด {total} ข้อที่เกี่ยวข้องในขณะนี้ ผลยังอาจเปลี่ยนได้เมื่อท่านตอบข้อที่เหลือ</numerusform>
        </translation>
    </message>
    <message>
        <source>Red flags so far:</source>
        <translation>สัญญาณเตือนร้ายแรงที่พบจนถึงขณะนี้:</translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation>ผลจนถึงขณะนี้</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Expanded. {guidance}</source>
        <translation>ขยายแล้ว {guidance}</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to show the guidance for this question.</source>
        <translation>ยุบแล้ว กด Space เพื่อแสดงคำแนะนำสำหรับคำถามนี้</translation>
    </message>
    <message>
        <source>The agency commented on this answer:</source>
        <translation>หน่วยงานแสดงความเห็นต่อคำตอบนี้:</translation>
    </message>
    <message>
        <source>Not saved yet. Your answer is kept here and the app keeps trying to save it.</source>
        <translation>ยังไม่ได้บันทึก คำตอบของท่านยังอยู่ที่นี่ และโปรแกรมจะพยายามบันทึกต่อไป</translation>
    </message>
    <message>
        <source>This question is in {language}.</source>
        <translation>คำถามนี้เป็น {language}</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>ต้องตอบ</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>ไม่บังคับ</translation>
    </message>
    <message>
        <source>Prefilled from your organisation profile. Change it if it is not right for this assessment.</source>
        <translation>กรอกไว้ล่วงหน้าจากข้อมูลองค์กรของท่าน โปรดแก้ไขหากไม่ตรงกับการประเมินครั้งนี้</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>ต้องตอบ</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>ล้างคำตอบ</translation>
    </message>
    <message>
        <source>Clear answer: {question}</source>
        <translation>ล้างคำตอบ: {question}</translation>
    </message>
    <message>
        <source>Remove the answer to this question</source>
        <translation>ลบคำตอบของคำถามนี้</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>History: {question}</source>
        <translation>ประวัติ: {question}</translation>
    </message>
    <message>
        <source>When and how this answer and its comment changed</source>
        <translation>คำตอบนี้และความเห็นเปลี่ยนไปเมื่อใดและอย่างไร</translation>
    </message>
    <message>
        <source>Why we ask</source>
        <translation>เหตุที่ถาม</translation>
    </message>
    <message>
        <source>Why we ask: {question}</source>
        <translation>เหตุที่ถาม: {question}</translation>
    </message>
    <message>
        <source>Evidence or comment: {question}</source>
        <translation>หลักฐานหรือความเห็น: {question}</translation>
    </message>
    <message>
        <source>Optional: a note, a document name or a link to evidence</source>
        <translation>ไม่บังคับ: หมายเหตุ ชื่อเอกสาร หรือลิงก์ไปยังหลักฐาน</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Signed review receipt</source>
        <translation>ใบแจ้งผลการพิจารณาที่ลงนามแล้ว</translation>
    </message>
    <message>
        <source>The receipt tells the business your decision and every comment, and is signed with your agency&apos;s identity so that their app can check it came from you.</source>
        <translation>ใบแจ้งผลจะแจ้งผลการพิจารณาและความเห็นทุกข้อแก่ธุรกิจ และลงนามด้วยตัวตนของหน่วยงานของท่าน เพื่อให้โปรแกรมของธุรกิจตรวจสอบได้ว่ามาจากท่านจริง</translation>
    </message>
    <message>
        <source>&amp;Signing identity</source>
        <translation>ตัวตนสำหรับลงนาม(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>วลีรหัสผ่าน(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language of the receipt</source>
        <translation>ภาษาของใบแจ้งผล(&amp;L)</translation>
    </message>
    <message>
        <source>There is no signing identity yet: create one in Settings → Signing identities first.</source>
        <translation>ยังไม่มีตัวตนสำหรับลงนาม โปรดสร้างก่อนที่ การตั้งค่า → ตัวตนสำหรับลงนาม</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>บันทึกใบแจ้งผล</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the signed receipt to {file}</source>
        <translation>บันทึกใบแจ้งผลที่ลงนามแล้วไว้ที่ {file}</translation>
    </message>
    <message>
        <source>Review from {agency}</source>
        <translation>ผลการพิจารณาจาก {agency}</translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation>หน่วยงานยอมรับแล้ว</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>ส่งกลับให้แก้ไข</translation>
    </message>
    <message>
        <source>Under review at the agency</source>
        <translation>อยู่ระหว่างการพิจารณาของหน่วยงาน</translation>
    </message>
    <message>
        <source>Received by the agency</source>
        <translation>หน่วยงานได้รับแล้ว</translation>
    </message>
    <message>
        <source>{agency} ({decision}, {date}): {comment}</source>
        <translation>{agency} ({decision}, {date}): {comment}</translation>
    </message>
    <message>
        <source>Please resubmit by {date}</source>
        <translation>โปรดยื่นใหม่ภายใน {date}</translation>
    </message>
    <message>
        <source>The receipt is signed and unchanged, but its signer is not in your trusted list: check the fingerprint with the agency.</source>
        <translation>ใบแจ้งผลนี้ลงนามแล้วและไม่ถูกแก้ไข แต่ผู้ลงนามไม่อยู่ในรายชื่อที่ท่านเชื่อถือ โปรดตรวจสอบลายนิ้วมือกับหน่วยงาน</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>ผลการพิจารณา</translation>
    </message>
    <message>
        <source>Signed by {signer} ({fingerprint}); decided on {date}.</source>
        <translation>ลงนามโดย {signer} (ลายนิ้วมือ {fingerprint}) พิจารณาเมื่อ {date}</translation>
    </message>
    <message>
        <source>The agency made no comments.</source>
        <translation>หน่วยงานไม่มีความเห็น</translation>
    </message>
    <message>
        <source>About the whole report</source>
        <translation>เกี่ยวกับรายงานทั้งฉบับ</translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <translation>คำตอบของท่าน: {answer}</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(ยังไม่ได้ตอบ)</translation>
    </message>
    <message>
        <source>Agency: {comment}</source>
        <translation>หน่วยงาน: {comment}</translation>
    </message>
</context>
<context>
    <name>ReportAnswersDialog</name>
    <message>
        <source>Answers in the report</source>
        <translation>คำตอบในรายงาน</translation>
    </message>
    <message>
        <source>This report failed a check: do not rely on these answers.</source>
        <translation>รายงานนี้ไม่ผ่านการตรวจสอบบางข้อ อย่าเชื่อถือคำตอบเหล่านี้</translation>
    </message>
    <message>
        <source>This questionnaire is not installed here: the answers are shown by question id.</source>
        <translation>ไม่มีแบบสอบถามนี้ติดตั้งอยู่ในเครื่องนี้ จึงแสดงคำตอบตามรหัสคำถาม</translation>
    </message>
    <message>
        <source>The report holds no answers.</source>
        <translation>รายงานนี้ไม่มีคำตอบ</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(ยังไม่ได้ตอบ)</translation>
    </message>
    <message>
        <source>Comment or evidence: {text}</source>
        <translation>ความเห็นหรือหลักฐาน: {text}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Received report</source>
        <translation>รายงานที่ได้รับ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>ผลการตรวจสอบ</translation>
    </message>
    <message>
        <source>✔ Trusted: signed, unchanged, and the signer is in your trusted list.</source>
        <translation>✔ เชื่อถือได้: ลงนามแล้ว ไม่ถูกแก้ไข และผู้ลงนามอยู่ในรายชื่อที่ท่านเชื่อถือ</translation>
    </message>
    <message>
        <source>⚠ Not trusted: signed and unchanged, but nobody you trust vouches for the signer. Compare the fingerprint with the business before relying on it.</source>
        <translation>⚠ ไม่อยู่ในรายชื่อที่เชื่อถือ: ลงนามแล้วและไม่ถูกแก้ไข แต่ไม่มีผู้ที่ท่านเชื่อถือรับรองผู้ลงนาม โปรดเปรียบเทียบลายนิ้วมือกับธุรกิจก่อนนำไปใช้</translation>
    </message>
    <message>
        <source>✖ Invalid: do not rely on this file.</source>
        <translation>✖ ไม่ถูกต้อง: อย่าเชื่อถือไฟล์นี้</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>การพิจารณา</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>ลายนิ้วมือ (SHA-256)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคธุรกิจ</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>ระบบ AI</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>แบบสอบถาม</translation>
    </message>
    <message>
        <source>Result (re-scored)</source>
        <translation>ผลการประเมิน (คำนวณใหม่)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>เลขอ้างอิง</translation>
    </message>
    <message>
        <source>Claimed signing time</source>
        <translation>เวลาลงนามที่ระบุ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>วันที่ได้รับ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>สัญญาณเตือนร้ายแรง</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>เหตุผลของผลนี้</translation>
    </message>
    <message>
        <source>This questionnaire version is not installed here: the answers cannot be shown with their questions.</source>
        <translation>ไม่มีแบบสอบถามรุ่นนี้ติดตั้งอยู่ในเครื่องนี้ จึงแสดงคำตอบพร้อมคำถามไม่ได้</translation>
    </message>
    <message>
        <source>There are no verified answers to show.</source>
        <translation>ไม่มีคำตอบที่ตรวจสอบแล้วให้แสดง</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>ส่วน</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(ยังไม่ได้ตอบ)</translation>
    </message>
    <message>
        <source>Respondent&apos;s comment or evidence: {text}</source>
        <translation>ความเห็นหรือหลักฐานของผู้ตอบ: {text}</translation>
    </message>
    <message>
        <source>Comment on this answer…</source>
        <translation>แสดงความเห็นต่อคำตอบนี้…</translation>
    </message>
    <message>
        <source>Comment on: {question}</source>
        <translation>ความเห็นต่อ: {question}</translation>
    </message>
    <message>
        <source>Resubmission of report {id}, received {when}.</source>
        <translation>การยื่นใหม่ของรายงาน {id} ได้รับเมื่อ {when}</translation>
    </message>
    <message>
        <source>Result: {before} → {after}</source>
        <translation>ผลการประเมิน: {before} → {after}</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>ไม่มีคำตอบที่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Before: {before}
Now: {after}</source>
        <translation>ก่อนหน้า: {before}
ปัจจุบัน: {after}</translation>
    </message>
    <message>
        <source>{officer}, {when}: {text}</source>
        <translation>{officer}, {when}: {text}</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>A comment on the whole report (optional)</source>
        <translation>ความเห็นต่อรายงานทั้งฉบับ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>สถานะ(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>ความเห็น(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Due date (returned reports)</source>
        <translation>วันครบกำหนด (รายงานที่ส่งกลับ)(&amp;D)</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>สถานะปัจจุบัน</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>บันทึกการพิจารณา</translation>
    </message>
    <message>
        <source>Signed receipt…</source>
        <translation>ใบแจ้งผลที่ลงนาม…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>(due {date})</source>
        <translation>(ครบกำหนด {date})</translation>
    </message>
    <message>
        <source>Comment on an answer</source>
        <translation>แสดงความเห็นต่อคำตอบ</translation>
    </message>
</context>
<context>
    <name>ReportsFlow</name>
    <message>
        <source>Verify a signed report</source>
        <translation>ตรวจสอบรายงานที่ลงนามแล้ว</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>trusted from the verify view after comparing the fingerprint</source>
        <translation>เชื่อถือจากหน้าตรวจสอบหลังเปรียบเทียบลายนิ้วมือแล้ว</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Why this result</source>
        <translation>เหตุผลของผลนี้</translation>
    </message>
    <message>
        <source>What this level asks of you</source>
        <translation>สิ่งที่ระดับนี้ขอให้ท่านทำ</translation>
    </message>
    <message>
        <source>Result: {band}</source>
        <translation>ผลการประเมิน: {band}</translation>
    </message>
    <message>
        <source>Result on the questionnaire&apos;s scale</source>
        <translation>ผลตามมาตรวัดของแบบสอบถาม</translation>
    </message>
    <message>
        <source>{band}: band {number} of {count} ({bands}); overall score {score} %</source>
        <translation>{band}: ช่วงผลที่ {number} จาก {count} ({bands}) คะแนนรวม {score} %</translation>
    </message>
    <message>
        <source>Band {number} of {count} · overall score {score} %</source>
        <translation>ช่วงผลที่ {number} จาก {count} · คะแนนรวม {score} %</translation>
    </message>
    <message>
        <source>Overall score: {score} %</source>
        <translation>คะแนนรวม: {score} %</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>สัญญาณเตือนร้ายแรง</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>สัญญาณเตือนร้ายแรง</translation>
    </message>
    <message>
        <source>Risk areas (a higher score is more serious)</source>
        <translation>ด้านความเสี่ยง (คะแนนยิ่งสูงยิ่งร้ายแรง)</translation>
    </message>
    <message>
        <source>Scores by area (higher is better)</source>
        <translation>คะแนนรายด้าน (ยิ่งสูงยิ่งดี)</translation>
    </message>
    <message>
        <source>Safeguards (higher is better)</source>
        <translation>มาตรการป้องกัน (ยิ่งสูงยิ่งดี)</translation>
    </message>
    <message>
        <source>Do first</source>
        <translation>ทำก่อน</translation>
    </message>
    <message>
        <source>Do next</source>
        <translation>ทำถัดไป</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>เมื่อทำได้</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>สิ่งที่ควรทำต่อไป</translation>
    </message>
    <message>
        <source>Your action plan: tick each step when it is done, and give it an owner and a due date. The plan is saved with the assessment and printed in the signed report.</source>
        <translation>แผนปฏิบัติการของท่าน: โปรดทำเครื่องหมายที่แต่ละขั้นตอนเมื่อดำเนินการเสร็จ และระบุผู้รับผิดชอบและวันครบกำหนด แผนนี้จะบันทึกไว้พร้อมกับการประเมินและพิมพ์ไว้ในรายงานที่ลงนาม</translation>
    </message>
    <message>
        <source>&amp;Back to the answers</source>
        <translation>กลับไปที่คำตอบ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Export signed PDF…</source>
        <translation>ส่งออก PDF ที่ลงนามแล้ว(&amp;E)…</translation>
    </message>
    <message>
        <source>Change &amp;log…</source>
        <translation>บันทึกการเปลี่ยนแปลง(&amp;L)…</translation>
    </message>
    <message>
        <source>When this assessment was created, answered, completed, exported and upgraded (Alt+L)</source>
        <translation>เวลาที่การประเมินนี้ถูกสร้าง ตอบ ทำเสร็จสิ้น ส่งออก และอัปเกรด (Alt+L)</translation>
    </message>
    <message>
        <source>Make a signed PDF report that others can verify</source>
        <translation>จัดทำรายงาน PDF ที่ลงนามแล้วซึ่งผู้อื่นตรวจสอบได้</translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <source>Not saved: see the note at the question</source>
        <translation>ยังไม่ได้บันทึก: ดูหมายเหตุที่คำถาม</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) not saved yet: trying again</source>
        <translation>
            <numerusform>ยังไม่ได้บันทึกคำตอบ %n ข้อ: กำลังลองอีกครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>บันทึกเมื่อ {time}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>สถานะการบันทึก</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>complete</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>started</source>
        <translation>เริ่มแล้ว</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ยังไม่เริ่ม</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>ส่วนต่าง ๆ</translation>
    </message>
    <message>
        <source>Choose a section to go to it. Shortcut: F6</source>
        <translation>เลือกส่วนเพื่อไปยังส่วนนั้น ปุ่มลัด: F6</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Restore a backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Go back to the data as it was in this backup? Changes made since then will not be in the restored data, but the current data is kept as a copy first.</source>
        <translation>ต้องการกลับไปใช้ข้อมูลตามที่อยู่ในข้อมูลสำรองนี้หรือไม่ การเปลี่ยนแปลงหลังจากนั้นจะไม่อยู่ในข้อมูลที่กู้คืน แต่ข้อมูลปัจจุบันจะถูกเก็บเป็นสำเนาไว้ก่อน</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <source>General</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>สว่าง</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>มืด</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ความเปรียบต่างสูง</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>The language of the app. Changes at once.</source>
        <translation>ภาษาของโปรแกรม เปลี่ยนทันที</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>ขนาดตัวอักษร</translation>
    </message>
    <message>
        <source>Makes all text larger</source>
        <translation>ทำให้ข้อความทั้งหมดใหญ่ขึ้น</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>สี</translation>
    </message>
    <message>
        <source>Light, dark or high contrast; changes at once</source>
        <translation>สว่าง มืด หรือความเปรียบต่างสูง เปลี่ยนทันที</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>ข้อมูลของท่าน</translation>
    </message>
    <message>
        <source>Everything you enter is kept in this folder on this computer, and nowhere else:</source>
        <translation>ทุกอย่างที่ท่านกรอกจะเก็บไว้ในโฟลเดอร์นี้ในเครื่องนี้เท่านั้น ไม่มีที่อื่น:</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>โฟลเดอร์ข้อมูล: {folder}</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>เปิดโฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>A backup is made every day you use the app and before every update. Copy the backups folder to a USB stick now and then.</source>
        <translation>โปรแกรมจะสำรองข้อมูลทุกวันที่ท่านใช้งานและก่อนการอัปเดตทุกครั้ง โปรดคัดลอกโฟลเดอร์ข้อมูลสำรองไปไว้ในแฟลชไดรฟ์ USB เป็นครั้งคราว</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>ข้อมูลสำรอง ใหม่สุดอยู่ก่อน</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>เลือกข้อมูลสำรองที่จะกู้คืน</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>สำรองข้อมูลตอนนี้</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>เปิดโฟลเดอร์ข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Restore selected backup…</source>
        <translation>กู้คืนข้อมูลสำรองที่เลือก…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>เกี่ยวกับ</translation>
    </message>
    <message>
        <source>AISafe Desktop {version}. Works offline; never sends data anywhere. Built with these libraries and fonts, under their licences:</source>
        <translation>AISafe Desktop {version} ทำงานแบบออฟไลน์ ไม่ส่งข้อมูลไปที่ใดเลย พัฒนาโดยใช้ไลบรารีและฟอนต์ต่อไปนี้ภายใต้สัญญาอนุญาตของแต่ละรายการ:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>ทุกหน้าจอ</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>ขณะตอบคำถาม</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>หน้าหลัก</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>รายการปุ่มลัดแป้นพิมพ์นี้</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>เริ่มการประเมินใหม่</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>กลับไปที่รายการการประเมิน</translation>
    </message>
    <message>
        <source>Settings: language, text size, backups</source>
        <translation>การตั้งค่า: ภาษา ขนาดตัวอักษร การสำรองข้อมูล</translation>
    </message>
    <message>
        <source>Quit (asks first if answers are not saved)</source>
        <translation>ออกจากโปรแกรม (ถามก่อนหากยังไม่ได้บันทึกคำตอบ)</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>ตัวควบคุมถัดไป / ก่อนหน้า</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + ตัวอักษรที่ขีดเส้นใต้</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>ปุ่มหรือช่องที่มีตัวอักษรนั้น</translation>
    </message>
    <message>
        <source>Search the assessments</source>
        <translation>ค้นหาการประเมิน</translation>
    </message>
    <message>
        <source>Import an answers file</source>
        <translation>นำเข้าไฟล์คำตอบ</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>เปิดการประเมินที่เลือก</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move the selected assessment to the trash (you can undo)</source>
        <translation>ย้ายการประเมินที่เลือกไปที่ถังขยะ (เลิกทำได้)</translation>
    </message>
    <message>
        <source>Next section (Finish on the last)</source>
        <translation>ส่วนถัดไป (เสร็จสิ้นเมื่ออยู่ที่ส่วนสุดท้าย)</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>ส่วนก่อนหน้า</translation>
    </message>
    <message>
        <source>Enter (on a choice)</source>
        <translation>Enter (บนตัวเลือก)</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>ส่วนถัดไป</translation>
    </message>
    <message>
        <source>Go to the list of sections</source>
        <translation>ไปที่รายการส่วนต่าง ๆ</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>ปุ่มลูกศร</translation>
    </message>
    <message>
        <source>Move between the options of a question</source>
        <translation>เลื่อนระหว่างตัวเลือกของคำถาม</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Choose an option; show or hide &quot;Why we ask&quot;</source>
        <translation>เลือกตัวเลือก แสดงหรือซ่อน “เหตุที่ถาม”</translation>
    </message>
    <message>
        <source>The provisional result so far</source>
        <translation>ผลเบื้องต้นจนถึงขณะนี้</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ปุ่มลัดแป้นพิมพ์</translation>
    </message>
    <message>
        <source>Everything in AISafe Desktop can be done with the keyboard. Buttons also show their shortcut in their tooltip.</source>
        <translation>ทุกอย่างใน AISafe Desktop ทำได้ด้วยแป้นพิมพ์ ปุ่มต่าง ๆ จะแสดงปุ่มลัดในคำอธิบายเครื่องมือด้วย</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ที่ใด</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ปุ่ม</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>ทำอะไร</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Already open</source>
        <translation>เปิดอยู่แล้ว</translation>
    </message>
    <message>
        <source>AISafe Desktop is already open in another window with the same data. Switch to that window, or close it and start the app again.</source>
        <translation>AISafe Desktop เปิดอยู่แล้วในหน้าต่างอื่นที่ใช้ข้อมูลเดียวกัน โปรดสลับไปที่หน้าต่างนั้น หรือปิดแล้วเริ่มโปรแกรมใหม่</translation>
    </message>
    <message>
        <source>Newer data</source>
        <translation>ข้อมูลรุ่นใหม่กว่า</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of AISafe Desktop. It has not been changed. Install that version (or a later one) to open it.</source>
        <translation>ข้อมูลของท่านถูกบันทึกโดย AISafe Desktop รุ่นที่ใหม่กว่า ข้อมูลยังไม่ถูกเปลี่ยนแปลง โปรดติดตั้งรุ่นนั้น (หรือรุ่นที่ใหม่กว่า) เพื่อเปิดข้อมูล</translation>
    </message>
    <message>
        <source>Data damaged</source>
        <translation>ข้อมูลเสียหาย</translation>
    </message>
    <message>
        <source>The data file is damaged and cannot be opened. It has not been changed. Restore the latest backup ({backup})? The damaged file is kept as a copy.</source>
        <translation>ไฟล์ข้อมูลเสียหายและเปิดไม่ได้ ไฟล์ยังไม่ถูกเปลี่ยนแปลง ต้องการกู้คืนข้อมูลสำรองล่าสุด ({backup}) หรือไม่ ไฟล์ที่เสียหายจะถูกเก็บเป็นสำเนาไว้</translation>
    </message>
    <message>
        <source>The data file is damaged and no backup was found. It has not been changed. Please contact your IT support; they can look at the file in the data folder.</source>
        <translation>ไฟล์ข้อมูลเสียหายและไม่พบข้อมูลสำรอง ไฟล์ยังไม่ถูกเปลี่ยนแปลง โปรดติดต่อฝ่ายสนับสนุนไอทีของท่าน ซึ่งสามารถตรวจดูไฟล์ในโฟลเดอร์ข้อมูลได้</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>เปิดข้อมูลของท่านไม่ได้</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Trusted: signed by someone you trust, and unchanged</source>
        <translation>เชื่อถือได้: ลงนามโดยผู้ที่ท่านเชื่อถือ และไม่ถูกแก้ไข</translation>
    </message>
    <message>
        <source>{file} was signed by a signer in your trusted list and has not been changed since. The answers inside give the result it states.</source>
        <translation>{file} ลงนามโดยผู้ลงนามที่อยู่ในรายชื่อที่ท่านเชื่อถือ และไม่ถูกแก้ไขนับแต่นั้น คำตอบภายในให้ผลตามที่ระบุไว้</translation>
    </message>
    <message>
        <source>UNTRUSTED: unchanged, but the signer is not in your trusted list</source>
        <translation>UNTRUSTED (ไม่อยู่ในรายชื่อที่เชื่อถือ): ไม่ถูกแก้ไข แต่ผู้ลงนามไม่อยู่ในรายชื่อที่ท่านเชื่อถือ</translation>
    </message>
    <message>
        <source>{file} has not been changed since it was signed. But anyone can make a key with any name on it: before you rely on it, compare the fingerprint below with the signer by phone.</source>
        <translation>{file} ไม่ถูกแก้ไขนับแต่ลงนาม แต่ใครก็สร้างกุญแจที่มีชื่อใดก็ได้ ก่อนนำไปใช้ โปรดโทรศัพท์เปรียบเทียบลายนิ้วมือด้านล่างกับผู้ลงนาม</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>อย่าเชื่อถือรายงานนี้</translation>
    </message>
    <message>
        <source>{file} is unchanged, but its signer&apos;s certificate is not acceptable: {reason}.</source>
        <translation>{file} ไม่ถูกแก้ไข แต่ใบรับรองของผู้ลงนามใช้ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>ใบรับรองถูกเพิกถอนแล้ว</translation>
    </message>
    <message>
        <source>it was not valid at the claimed signing time</source>
        <translation>ใบรับรองใช้ไม่ได้ ณ เวลาลงนามที่ระบุ</translation>
    </message>
    <message>
        <source>it may not be used to sign documents</source>
        <translation>ใบรับรองไม่ได้รับอนุญาตให้ใช้ลงนามเอกสาร</translation>
    </message>
    <message>
        <source>its certificate chain was rejected</source>
        <translation>สายใบรับรองถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>In your trusted list</source>
        <translation>อยู่ในรายชื่อที่ท่านเชื่อถือ</translation>
    </message>
    <message>
        <source>Not in your trusted list</source>
        <translation>ไม่อยู่ในรายชื่อที่ท่านเชื่อถือ</translation>
    </message>
    <message>
        <source>Signer: {signer}
Organisation: {organisation} ({country})
Fingerprint (SHA-256): {fingerprint}
Claimed signing time: {when} (the signer&apos;s own clock)
{status}</source>
        <translation>ผู้ลงนาม: {signer}
หน่วยงาน/องค์กร: {organisation} ({country})
ลายนิ้วมือ (SHA-256): {fingerprint}
เวลาลงนามที่ระบุ: {when} (ตามนาฬิกาของผู้ลงนามเอง)
{status}</translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation>เชื่อถือผู้ลงนามรายนี้หรือไม่?</translation>
    </message>
    <message>
        <source>Call {signer} ({organisation}) on a phone number you already know — not one from this report — and ask them to read out their fingerprint. Trust them only if it is exactly:

{fingerprint}</source>
        <translation>โปรดโทรหา {signer} ({organisation}) ที่หมายเลขโทรศัพท์ที่ท่านทราบอยู่แล้ว ไม่ใช่หมายเลขจากรายงานนี้ และขอให้อ่านลายนิ้วมือให้ฟัง เชื่อถือเฉพาะเมื่อตรงกันทุกตัวดังนี้:

{fingerprint}</translation>
    </message>
    <message>
        <source>Every report this key signs will then be shown as trusted. You can remove it in Settings → Trusted signers and agencies.</source>
        <translation>จากนั้นรายงานทุกฉบับที่ลงนามด้วยกุญแจนี้จะแสดงว่าเชื่อถือได้ ท่านสามารถนำออกได้ที่ การตั้งค่า → ผู้ลงนามและหน่วยงานที่เชื่อถือ</translation>
    </message>
    <message>
        <source>They match: trust this signer</source>
        <translation>ตรงกัน: เชื่อถือผู้ลงนามรายนี้</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <source>Agency CA (trusts every certificate it issues)</source>
        <translation>CA ของหน่วยงาน (เชื่อถือใบรับรองทุกใบที่ออกโดย CA นี้)</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <source>(known by fingerprint only)</source>
        <translation>(ทราบเฉพาะลายนิ้วมือ)</translation>
    </message>
    <message>
        <source>Added {when} by {who}</source>
        <translation>เพิ่มเมื่อ {when} โดย {who}</translation>
    </message>
    <message>
        <source>Revocation list of {when}</source>
        <translation>รายการเพิกถอน ณ {when}</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>เชื่อถือใบรับรอง</translation>
    </message>
    <message>
        <source>Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)</source>
        <translation>ใบรับรองและรายการเพิกถอน (*.pem *.crt *.cer *.der *.crl);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>เลิกเชื่อถือ</translation>
    </message>
    <message>
        <source>Stop trusting {name}? Its reports will then verify as UNTRUSTED.</source>
        <translation>เลิกเชื่อถือ {name} หรือไม่ รายงานจากผู้นี้จะตรวจสอบได้ผลเป็น UNTRUSTED (ไม่อยู่ในรายชื่อที่เชื่อถือ)</translation>
    </message>
    <message>
        <source>Trusted signers and agencies</source>
        <translation>ผู้ลงนามและหน่วยงานที่เชื่อถือ</translation>
    </message>
    <message>
        <source>Reports from these signers, or with a certificate from these agency CAs, verify as trusted. Anyone else&apos;s reports are shown as UNTRUSTED, however their name reads.</source>
        <translation>รายงานจากผู้ลงนามเหล่านี้ หรือที่มีใบรับรองจาก CA ของหน่วยงานเหล่านี้ จะตรวจสอบได้ผลว่าเชื่อถือได้ รายงานของผู้อื่นจะแสดงเป็น UNTRUSTED (ไม่อยู่ในรายชื่อที่เชื่อถือ) ไม่ว่าจะระบุชื่อว่าอะไร</translation>
    </message>
    <message>
        <source>Add a certificate or revocation list…</source>
        <translation>เพิ่มใบรับรองหรือรายการเพิกถอน…</translation>
    </message>
    <message>
        <source>Stop trusting…</source>
        <translation>เลิกเชื่อถือ…</translation>
    </message>
</context>
<context>
    <name>UpgradeBanner</name>
    <message>
        <source>A newer version of this questionnaire ({new}) is installed; this assessment uses version {old}.</source>
        <translation>มีแบบสอบถามนี้รุ่นที่ใหม่กว่า ({new}) ติดตั้งอยู่ การประเมินนี้ใช้รุ่น {old}</translation>
    </message>
    <message>
        <source>Upgrade to version {version}…</source>
        <translation>อัปเกรดเป็นรุ่น {version}…</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>New question</source>
        <translation>คำถามใหม่</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>ถูกนำออก</translation>
    </message>
    <message>
        <source>Different kind of answer</source>
        <translation>รูปแบบคำตอบต่างไป</translation>
    </message>
    <message>
        <source>Different answer choices</source>
        <translation>ตัวเลือกคำตอบต่างไป</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>ปรับถ้อยคำ</translation>
    </message>
    <message>
        <source>{question} — your answer: {answer}</source>
        <translation>{question} — คำตอบของท่าน: {answer}</translation>
    </message>
    <message>
        <source>the question changed: check that your answer still holds</source>
        <translation>คำถามเปลี่ยนไป โปรดตรวจสอบว่าคำตอบของท่านยังใช้ได้</translation>
    </message>
    <message>
        <source>{question} — a new question</source>
        <translation>{question} — คำถามใหม่</translation>
    </message>
    <message>
        <source>it now takes a different kind of answer</source>
        <translation>ตอนนี้ต้องใช้รูปแบบคำตอบที่ต่างไป</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) no longer fits: {why}</source>
        <translation>{question} — คำตอบของท่าน ({answer}) ใช้ไม่ได้แล้ว: {why}</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) stays in the history</source>
        <translation>{question} — คำตอบของท่าน ({answer}) ยังคงอยู่ในประวัติ</translation>
    </message>
    <message>
        <source>Upgrade to version {version}</source>
        <translation>อัปเกรดเป็นรุ่น {version}</translation>
    </message>
    <message>
        <source>{questionnaire}: version {old} → {new}. Every answer and its history is kept; nothing changes until you choose Upgrade.</source>
        <translation>แบบสอบถาม {questionnaire}: รุ่น {old} → {new} คำตอบทุกข้อและประวัติจะถูกเก็บไว้ ไม่มีสิ่งใดเปลี่ยนแปลงจนกว่าท่านจะเลือก “อัปเกรด”</translation>
    </message>
    <message>
        <source>What changed in the questionnaire ({count})</source>
        <translation>สิ่งที่เปลี่ยนไปในแบบสอบถาม ({count})</translation>
    </message>
    <message>
        <source>No question changed.</source>
        <translation>ไม่มีคำถามที่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Answers that carry over ({count})</source>
        <translation>คำตอบที่ใช้ต่อได้ ({count})</translation>
    </message>
    <message>
        <source>No answer carries over.</source>
        <translation>ไม่มีคำตอบที่ใช้ต่อได้</translation>
    </message>
    <message>
        <source>Questions that need a new answer ({count})</source>
        <translation>คำถามที่ต้องตอบใหม่ ({count})</translation>
    </message>
    <message>
        <source>None: every answer still fits.</source>
        <translation>ไม่มี: คำตอบทุกข้อยังใช้ได้</translation>
    </message>
    <message>
        <source>Answers to removed questions ({count})</source>
        <translation>คำตอบของคำถามที่ถูกนำออก ({count})</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>อัปเกรด</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed report</source>
        <translation>ตรวจสอบรายงานที่ลงนามแล้ว</translation>
    </message>
    <message>
        <source>Trust this signer…</source>
        <translation>เชื่อถือผู้ลงนามรายนี้…</translation>
    </message>
    <message>
        <source>Show the answers…</source>
        <translation>แสดงคำตอบ…</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>อย่าเชื่อถือรายงานนี้</translation>
    </message>
    <message>
        <source>{file} failed at least one check below. It may have been changed after signing, or it is not an AISafe report.</source>
        <translation>{file} ไม่ผ่านการตรวจสอบอย่างน้อยหนึ่งข้อด้านล่าง ไฟล์อาจถูกแก้ไขหลังการลงนาม หรือไม่ใช่รายงานของ AISafe</translation>
    </message>
    <message numerus="yes">
        <source>Checks: %n failed</source>
        <translation>
            <numerusform>การตรวจสอบ: ไม่ผ่าน %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks: none failed</source>
        <translation>การตรวจสอบ: ไม่มีรายการที่ไม่ผ่าน</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>ไม่ได้ตรวจสอบ</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ผ่าน</translation>
    </message>
</context>
<context>
    <name>VerifyReason</name>
    <message>
        <source>The file cannot be opened: it does not exist or may not be read.</source>
        <translation>เปิดไฟล์ไม่ได้: ไม่มีไฟล์นี้ หรือไม่ได้รับอนุญาตให้อ่าน</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>ไฟล์นี้ไม่ใช่เอกสาร PDF</translation>
    </message>
    <message>
        <source>The file is damaged or is not a PDF that AISafe Desktop can read.</source>
        <translation>ไฟล์เสียหาย หรือไม่ใช่ PDF ที่ AISafe Desktop อ่านได้</translation>
    </message>
    <message>
        <source>The file is {size} bytes; reports larger than {limit} bytes are refused.</source>
        <translation>ไฟล์มีขนาด {size} ไบต์ ไม่รับรายงานที่มีขนาดเกิน {limit} ไบต์</translation>
    </message>
    <message>
        <source>Part of the file unpacks to more than {limit} bytes; the file is refused.</source>
        <translation>บางส่วนของไฟล์เมื่อคลายออกมีขนาดเกิน {limit} ไบต์ จึงไม่รับไฟล์นี้</translation>
    </message>
    <message>
        <source>The file has more than {limit} pages; the file is refused.</source>
        <translation>ไฟล์มีมากกว่า {limit} หน้า จึงไม่รับไฟล์นี้</translation>
    </message>
    <message>
        <source>The file has more than {limit} internal objects; the file is refused.</source>
        <translation>ไฟล์มีออบเจ็กต์ภายในมากกว่า {limit} รายการ จึงไม่รับไฟล์นี้</translation>
    </message>
    <message>
        <source>The file was saved {count} times over (the limit is {limit}); it is refused.</source>
        <translation>ไฟล์ถูกบันทึกซ้ำ {count} ครั้ง (จำกัดไว้ที่ {limit}) จึงไม่รับไฟล์นี้</translation>
    </message>
    <message>
        <source>The file&apos;s internal structure is nested more than {limit} levels deep; it is refused.</source>
        <translation>โครงสร้างภายในของไฟล์ซ้อนกันลึกเกิน {limit} ชั้น จึงไม่รับไฟล์นี้</translation>
    </message>
    <message>
        <source>The file points outside itself ({what}); such files are refused.</source>
        <translation>ไฟล์อ้างอิงไปยังสิ่งที่อยู่ภายนอกไฟล์ ({what}) จึงไม่รับไฟล์ลักษณะนี้</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>ไฟล์นี้ไม่ได้ลงนาม</translation>
    </message>
    <message>
        <source>The file should carry exactly one AISafe signature; it has {count}.</source>
        <translation>ไฟล์ควรมีลายมือชื่อ AISafe เพียงหนึ่งรายการ แต่มี {count} รายการ</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signature does not match its content.</source>
        <translation>ไฟล์ถูกแก้ไขหลังการลงนาม: ลายมือชื่อไม่ตรงกับเนื้อหา</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added around it.</source>
        <translation>ลายมือชื่อไม่ครอบคลุมทั้งไฟล์: มีสิ่งที่ถูกเพิ่มไว้รอบลายมือชื่อ</translation>
    </message>
    <message>
        <source>Something was added after signing: {what}.</source>
        <translation>มีสิ่งที่ถูกเพิ่มหลังการลงนาม: {what}</translation>
    </message>
    <message>
        <source>The file does not contain the signed answers (answers.json).</source>
        <translation>ไฟล์ไม่มีคำตอบที่ลงนามแล้ว (answers.json)</translation>
    </message>
    <message>
        <source>The file contains answers.json more than once.</source>
        <translation>ไฟล์มี answers.json มากกว่าหนึ่งรายการ</translation>
    </message>
    <message>
        <source>The embedded answers (answers.json) are damaged or stored in an unknown way.</source>
        <translation>คำตอบที่ฝังอยู่ (answers.json) เสียหายหรือจัดเก็บในรูปแบบที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>The embedded answers unpack to more than {limit} bytes; they are refused.</source>
        <translation>คำตอบที่ฝังอยู่เมื่อคลายออกมีขนาดเกิน {limit} ไบต์ จึงไม่รับ</translation>
    </message>
    <message>
        <source>The embedded answers are not readable JSON text.</source>
        <translation>คำตอบที่ฝังอยู่ไม่ใช่ข้อความ JSON ที่อ่านได้</translation>
    </message>
    <message>
        <source>The embedded answers are wrong at {path}: {problem}.</source>
        <translation>คำตอบที่ฝังอยู่ไม่ถูกต้องที่ {path}: {problem}</translation>
    </message>
    <message>
        <source>The questionnaire {questionnaire} is not installed here; add its file to re-check the answers.</source>
        <translation>ไม่ได้ติดตั้งแบบสอบถาม {questionnaire} ในเครื่องนี้ โปรดเพิ่มไฟล์แบบสอบถามเพื่อตรวจคำตอบอีกครั้ง</translation>
    </message>
    <message>
        <source>The embedded answers do not say exactly which questionnaire file was used (no SHA-256).</source>
        <translation>คำตอบที่ฝังอยู่ไม่ได้ระบุให้ชัดว่าใช้ไฟล์แบบสอบถามใด (ไม่มี SHA-256)</translation>
    </message>
    <message>
        <source>The questionnaire installed here differs from the one the report was made with.</source>
        <translation>แบบสอบถามที่ติดตั้งในเครื่องนี้ต่างจากแบบสอบถามที่ใช้จัดทำรายงาน</translation>
    </message>
    <message>
        <source>The signed answers break the questionnaire&apos;s rules: {problems}.</source>
        <translation>คำตอบที่ลงนามแล้วขัดกับกฎของแบบสอบถาม: {problems}</translation>
    </message>
    <message>
        <source>Required questions are unanswered ({questions}) but the report is not marked incomplete.</source>
        <translation>มีคำถามบังคับที่ยังไม่ได้ตอบ ({questions}) แต่รายงานไม่ได้ระบุว่าไม่ครบถ้วน</translation>
    </message>
    <message>
        <source>The result stated in the answers ({stated}) differs from re-scoring them ({rescored}).</source>
        <translation>ผลที่ระบุในคำตอบ ({stated}) ต่างจากผลที่คำนวณใหม่ ({rescored})</translation>
    </message>
    <message>
        <source>The pages state {stated}, the signed answers give {rescored}.</source>
        <translation>หน้ารายงานระบุ {stated} แต่คำตอบที่ลงนามแล้วให้ผล {rescored}</translation>
    </message>
    <message>
        <source>The text of the report&apos;s pages could not be read to compare it with the answers.</source>
        <translation>อ่านข้อความในหน้ารายงานเพื่อเปรียบเทียบกับคำตอบไม่ได้</translation>
    </message>
    <message>
        <source>the PDF structure could be read</source>
        <translation>อ่านโครงสร้าง PDF ได้</translation>
    </message>
    <message>
        <source>one signature</source>
        <translation>ลายมือชื่อหนึ่งรายการ</translation>
    </message>
    <message>
        <source>the signed bytes match the signature</source>
        <translation>ไบต์ที่ลงนามตรงกับลายมือชื่อ</translation>
    </message>
    <message>
        <source>the signature covers the entire file</source>
        <translation>ลายมือชื่อครอบคลุมทั้งไฟล์</translation>
    </message>
    <message>
        <source>nothing was added after signing</source>
        <translation>ไม่มีการเพิ่มสิ่งใดหลังการลงนาม</translation>
    </message>
    <message>
        <source>{attachment} read from the signed revision</source>
        <translation>อ่าน {attachment} จากฉบับที่ลงนาม</translation>
    </message>
    <message>
        <source>answers.json has the expected fields, types and sizes</source>
        <translation>answers.json มีช่องข้อมูล ชนิด และขนาดตามที่กำหนด</translation>
    </message>
    <message>
        <source>{questionnaire} is installed here</source>
        <translation>มีการติดตั้งแบบสอบถาม {questionnaire} ในเครื่องนี้</translation>
    </message>
    <message>
        <source>same SHA-256 as the one used for the report</source>
        <translation>SHA-256 ตรงกับไฟล์ที่ใช้จัดทำรายงาน</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire</source>
        <translation>คำตอบทุกข้อถูกต้องตามแบบสอบถาม</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire; the report is marked INCOMPLETE: required questions unanswered: {count}</source>
        <translation>คำตอบทุกข้อถูกต้องตามแบบสอบถาม รายงานระบุว่า ไม่ครบถ้วน: ยังไม่ได้ตอบคำถามบังคับ {count} ข้อ</translation>
    </message>
    <message>
        <source>re-scoring gives “{band}” ({score}), as stated</source>
        <translation>การคำนวณคะแนนใหม่ได้ “{band}” ({score}) ตรงตามที่ระบุไว้</translation>
    </message>
    <message>
        <source>the cover and summary state the re-scored result</source>
        <translation>หน้าปกและบทสรุประบุผลที่คำนวณใหม่</translation>
    </message>
    <message>
        <source>the certificate chains to {anchor}, which you trust</source>
        <translation>ใบรับรองเชื่อมโยงถึง {anchor} ซึ่งท่านเชื่อถือ</translation>
    </message>
    <message>
        <source>your trusted list is empty: the signer is not known to you</source>
        <translation>รายชื่อที่ท่านเชื่อถือว่างอยู่: ท่านจึงไม่รู้จักผู้ลงนาม</translation>
    </message>
    <message>
        <source>the signer {fingerprint} is not in your trusted list and no CA you trust issued its certificate</source>
        <translation>ผู้ลงนาม (ลายนิ้วมือ {fingerprint}) ไม่อยู่ในรายชื่อที่ท่านเชื่อถือ และไม่มี CA ที่ท่านเชื่อถือเป็นผู้ออกใบรับรองของผู้ลงนาม</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate (or its issuer) has been revoked</source>
        <translation>ใบรับรองของผู้ลงนาม (หรือของผู้ออกใบรับรอง) ถูกเพิกถอนแล้ว</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was not valid at the claimed signing time (valid {start} to {end})</source>
        <translation>ใบรับรองของผู้ลงนามใช้ไม่ได้ ณ เวลาลงนามที่ระบุ (ใช้ได้ตั้งแต่ {start} ถึง {end})</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not allowed to sign documents (key usage)</source>
        <translation>ใบรับรองของผู้ลงนามไม่ได้รับอนุญาตให้ลงนามเอกสาร (key usage)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate chain was rejected</source>
        <translation>สายใบรับรองของผู้ลงนามถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>the signer could not be read</source>
        <translation>อ่านข้อมูลผู้ลงนามไม่ได้</translation>
    </message>
    <message>
        <source>a change to the document&apos;s information (such as its title) or validation data</source>
        <translation>การเปลี่ยนแปลงข้อมูลของเอกสาร (เช่น ชื่อเรื่อง) หรือข้อมูลสำหรับการตรวจสอบความถูกต้อง</translation>
    </message>
    <message>
        <source>filled-in form fields</source>
        <translation>ช่องแบบฟอร์มที่กรอกข้อมูลแล้ว</translation>
    </message>
    <message>
        <source>comments or markings on the pages</source>
        <translation>ความเห็นหรือเครื่องหมายบนหน้าเอกสาร</translation>
    </message>
    <message>
        <source>changes to the document&apos;s content</source>
        <translation>การเปลี่ยนแปลงเนื้อหาของเอกสาร</translation>
    </message>
    <message>
        <source>an action of type {target}</source>
        <translation>การดำเนินการประเภท {target}</translation>
    </message>
    <message>
        <source>a link to {target}</source>
        <translation>ลิงก์ไปยัง {target}</translation>
    </message>
    <message>
        <source>the file {target}</source>
        <translation>ไฟล์ {target}</translation>
    </message>
    <message>
        <source>a file specification by URL</source>
        <translation>การระบุไฟล์ด้วย URL</translation>
    </message>
    <message>
        <source>stream data kept in another file</source>
        <translation>ข้อมูลสตรีมที่เก็บไว้ในไฟล์อื่น</translation>
    </message>
    <message>
        <source>a page imported from another file</source>
        <translation>หน้าที่นำเข้าจากไฟล์อื่น</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message numerus="yes">
        <source>%n of {total} section(s) done</source>
        <translation>
            <numerusform>เสร็จแล้ว %n จาก {total} ส่วน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered of the {total} that apply so far</source>
        <translation>
            <numerusform>ตอบแล้ว %n ข้อ จาก {total} ข้อที่เกี่ยวข้องในขณะนี้</numerusform>
        </translation>
    </message>
    <message>
        <source>Some answers make further questions apply, so the number of questions can grow as you go.</source>
        <translation>คำตอบบางข้อทำให้มีคำถามเพิ่มเติม จำนวนคำถามจึงอาจเพิ่มขึ้นระหว่างที่ท่านตอบ</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>เสร็จสิ้น(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>See the result (Alt+Right)</source>
        <translation>ดูผลการประเมิน (Alt+Right)</translation>
    </message>
    <message>
        <source>Next section (Alt+Right)</source>
        <translation>ส่วนถัดไป (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ย้อนกลับ(&amp;B)</translation>
    </message>
    <message>
        <source>Previous section (Alt+Left)</source>
        <translation>ส่วนก่อนหน้า (Alt+Left)</translation>
    </message>
    <message>
        <source>How is this counted?</source>
        <translation>นับอย่างไร?</translation>
    </message>
    <message>
        <source>Result &amp;so far</source>
        <translation>ผลจนถึงขณะนี้(&amp;S)</translation>
    </message>
    <message>
        <source>See the provisional result of the answers given so far (Alt+S)</source>
        <translation>ดูผลเบื้องต้นของคำตอบที่ตอบแล้ว (Alt+S)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Inbox database password</source>
        <translation>รหัสผ่านฐานข้อมูลกล่องรับรายงาน</translation>
    </message>
    <message>
        <source>Password for {where} (kept for this session only):</source>
        <translation>รหัสผ่านสำหรับ {where} (เก็บไว้เฉพาะการใช้งานครั้งนี้):</translation>
    </message>
</context>
</TS>
