<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo">
<context>
    <name>ActionItemEditor</name>
    <message>
        <source>Not saved yet. What you typed is kept here and the app keeps trying to save it.</source>
        <translation>ຍັງບໍ່ໄດ້ບັນທຶກ. ສິ່ງທີ່ທ່ານພິມຖືກເກັບໄວ້ຢູ່ນີ້ ແລະ ແອັບກຳລັງພະຍາຍາມບັນທຶກຢູ່.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <source>Done: {recommendation}</source>
        <translation>ສຳເລັດແລ້ວ: {recommendation}</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>ຜູ້ຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <source>Owner of: {recommendation}</source>
        <translation>ຜູ້ຮັບຜິດຊອບ: {recommendation}</translation>
    </message>
    <message>
        <source>Who will see that this step is done</source>
        <translation>ຜູ້ທີ່ຈະເບິ່ງແຍງໃຫ້ຂັ້ນຕອນນີ້ສຳເລັດ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>ວັນຄົບກຳນົດ</translation>
    </message>
    <message>
        <source>Due date of: {recommendation}</source>
        <translation>ວັນຄົບກຳນົດຂອງ: {recommendation}</translation>
    </message>
    <message>
        <source>A date written YYYY-MM-DD, e.g. 2027-03-31</source>
        <translation>ວັນທີຂຽນເປັນ YYYY-MM-DD, ເຊັ່ນ 2027-03-31</translation>
    </message>
    <message>
        <source>Action plan item</source>
        <translation>ລາຍການໃນແຜນປະຕິບັດງານ</translation>
    </message>
</context>
<context>
    <name>AssessmentTable</name>
    <message>
        <source>Title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>ແບບສອບຖາມ</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>ລະບົບປັນຍາປະດິດ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ຄວາມຄືບໜ້າ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ຜົນການປະເມີນ</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>ປ່ຽນແປງຫຼ້າສຸດ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>ກຳລັງດຳເນີນການ</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>ຄົບຖ້ວນ</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>ສົ່ງອອກລາຍງານແລ້ວ</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>None</source>
        <translation>ບໍ່ມີ</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ຕົກລົງ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ບໍ່ແມ່ນ</translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <source>Working…</source>
        <translation>ກຳລັງດຳເນີນການ…</translation>
    </message>
    <message>
        <source>Saved the request {file}. Send it to the agency.</source>
        <translation>ໄດ້ບັນທຶກຄຳຮ້ອງ {file} ແລ້ວ. ກະລຸນາສົ່ງໄປໃຫ້ໜ່ວຍງານ.</translation>
    </message>
    <message>
        <source>Installed the certificate from {issuer}. Your reports now carry it.</source>
        <translation>ໄດ້ຕິດຕັ້ງໃບຢັ້ງຢືນຈາກ {issuer} ແລ້ວ. ລາຍງານຂອງທ່ານຈະມີໃບຢັ້ງຢືນນີ້ນັບແຕ່ນີ້ໄປ.</translation>
    </message>
    <message>
        <source>Created the CA {file}. Give {certificate} to every verifier; its fingerprint is {fingerprint}.</source>
        <translation>ໄດ້ສ້າງ CA {file} ແລ້ວ. ກະລຸນາມອບ {certificate} ໃຫ້ຜູ້ກວດສອບທຸກຄົນ; ລາຍນິ້ວມືຂອງມັນແມ່ນ {fingerprint}.</translation>
    </message>
    <message>
        <source>Issued {file} to {subject}, serial {serial}.</source>
        <translation>ໄດ້ອອກ {file} ໃຫ້ {subject} ແລ້ວ, ເລກລຳດັບ {serial}.</translation>
    </message>
    <message>
        <source>Revoked {serial} ({subject}). Write a new revocation list and give it to verifiers.</source>
        <translation>ໄດ້ຖອນ {serial} ({subject}) ແລ້ວ. ກະລຸນາຂຽນລາຍການຖອນໃບຢັ້ງຢືນໃໝ່ ແລະ ມອບໃຫ້ຜູ້ກວດສອບ.</translation>
    </message>
    <message>
        <source>Saved the revocation list {file} ({count} revoked).</source>
        <translation>ໄດ້ບັນທຶກລາຍການຖອນໃບຢັ້ງຢືນ {file} ແລ້ວ (ຖອນ {count} ລາຍການ).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ວະລີລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>ວະລີລະຫັດຜ່ານຂອງ {file}:</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx)</source>
        <translation>ຕົວຕົນສຳລັບລົງລາຍເຊັນ (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Which identity?</source>
        <translation>ຕົວຕົນໃດ?</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>ບັນທຶກຄຳຮ້ອງ</translation>
    </message>
    <message>
        <source>Requests (*.csr)</source>
        <translation>ຄຳຮ້ອງ (*.csr)</translation>
    </message>
    <message>
        <source>The certificate from the agency</source>
        <translation>ໃບຢັ້ງຢືນຈາກໜ່ວຍງານ</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer)</source>
        <translation>ໃບຢັ້ງຢືນ (*.crt *.pem *.cer)</translation>
    </message>
    <message>
        <source>Save the CA file</source>
        <translation>ບັນທຶກໄຟລ໌ CA</translation>
    </message>
    <message>
        <source>The request to sign</source>
        <translation>ຄຳຮ້ອງທີ່ຈະລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>The CA file</source>
        <translation>ໄຟລ໌ CA</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>ອາຍຸການນຳໃຊ້</translation>
    </message>
    <message>
        <source>Valid for (days):</source>
        <translation>ໃຊ້ໄດ້ (ວັນ):</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>ບັນທຶກໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Certificates (*.crt)</source>
        <translation>ໃບຢັ້ງຢືນ (*.crt)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>ຖອນ</translation>
    </message>
    <message>
        <source>Serial number of the certificate to revoke:</source>
        <translation>ເລກລຳດັບຂອງໃບຢັ້ງຢືນທີ່ຈະຖອນ:</translation>
    </message>
    <message>
        <source>Save the revocation list</source>
        <translation>ບັນທຶກລາຍການຖອນໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Revocation lists (*.crl)</source>
        <translation>ລາຍການຖອນໃບຢັ້ງຢືນ (*.crl)</translation>
    </message>
    <message>
        <source>Certificates from an agency</source>
        <translation>ໃບຢັ້ງຢືນຈາກໜ່ວຍງານ</translation>
    </message>
    <message>
        <source>An agency can vouch for your identity once, for all your reports: send it a request, then install the certificate it returns.</source>
        <translation>ໜ່ວຍງານສາມາດຢັ້ງຢືນຕົວຕົນຂອງທ່ານພຽງຄັ້ງດຽວ ສຳລັບທຸກລາຍງານຂອງທ່ານ: ສົ່ງຄຳຮ້ອງໄປໃຫ້ໜ່ວຍງານ, ຈາກນັ້ນຕິດຕັ້ງໃບຢັ້ງຢືນທີ່ໜ່ວຍງານສົ່ງກັບຄືນມາ.</translation>
    </message>
    <message>
        <source>Request a certificate…</source>
        <translation>ຮ້ອງຂໍໃບຢັ້ງຢືນ…</translation>
    </message>
    <message>
        <source>Install a certificate…</source>
        <translation>ຕິດຕັ້ງໃບຢັ້ງຢືນ…</translation>
    </message>
    <message>
        <source>Agency certificate authority</source>
        <translation>ອົງການອອກໃບຢັ້ງຢືນຂອງໜ່ວຍງານ</translation>
    </message>
    <message>
        <source>For agency staff: issue certificates to the businesses you register, and revoke them. Keep the CA file and its ledger offline and backed up.</source>
        <translation>ສຳລັບພະນັກງານຂອງໜ່ວຍງານ: ອອກໃບຢັ້ງຢືນໃຫ້ທຸລະກິດທີ່ທ່ານຂຶ້ນທະບຽນ ແລະ ຖອນໃບຢັ້ງຢືນເຫຼົ່ານັ້ນ. ເກັບໄຟລ໌ CA ແລະ ປຶ້ມບັນທຶກຂອງມັນໄວ້ແບບອອບລາຍ ແລະ ສຳຮອງຂໍ້ມູນໄວ້.</translation>
    </message>
    <message>
        <source>Create a CA…</source>
        <translation>ສ້າງ CA…</translation>
    </message>
    <message>
        <source>Issue a certificate…</source>
        <translation>ອອກໃບຢັ້ງຢືນ…</translation>
    </message>
    <message>
        <source>Revoke a certificate…</source>
        <translation>ຖອນໃບຢັ້ງຢືນ…</translation>
    </message>
    <message>
        <source>Write the revocation list…</source>
        <translation>ຂຽນລາຍການຖອນໃບຢັ້ງຢືນ…</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <source>Created</source>
        <translation>ສ້າງແລ້ວ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>ຕອບແລ້ວ</translation>
    </message>
    <message>
        <source>Comment changed</source>
        <translation>ປ່ຽນຄຳເຫັນແລ້ວ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>ນຳເຂົ້າແລ້ວ</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>ຍົກລະດັບແລ້ວ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>ສຳເລັດການປະເມີນແລ້ວ</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>ສົ່ງອອກລາຍງານແລ້ວ</translation>
    </message>
    <message>
        <source>to version {version}</source>
        <translation>ເປັນສະບັບ {version}</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>ບັນທຶກການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ເມື່ອໃດ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>ຄຳຖາມ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ໂດຍ</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>ຍັງບໍ່ມີການປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>ສົ່ງອອກເປັນ CSV…</translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>ສົ່ງອອກບັນທຶກການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ໄຟລ໌ CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>The file can be read</source>
        <translation>ໄຟລ໌ສາມາດອ່ານໄດ້</translation>
    </message>
    <message>
        <source>It carries exactly one signature</source>
        <translation>ມີລາຍເຊັນພຽງອັນດຽວ</translation>
    </message>
    <message>
        <source>The signature is intact</source>
        <translation>ລາຍເຊັນຍັງສົມບູນ</translation>
    </message>
    <message>
        <source>The signature covers the whole file</source>
        <translation>ລາຍເຊັນຄຸມທັງໄຟລ໌</translation>
    </message>
    <message>
        <source>Nothing was changed after signing</source>
        <translation>ບໍ່ມີຫຍັງຖືກປ່ຽນແປງຫຼັງລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>The answers are attached</source>
        <translation>ມີຄຳຕອບແນບມາ</translation>
    </message>
    <message>
        <source>The signer is on your trusted list</source>
        <translation>ຜູ້ລົງລາຍເຊັນຢູ່ໃນລາຍຊື່ທີ່ທ່ານເຊື່ອຖື</translation>
    </message>
    <message>
        <source>The attached answers are readable</source>
        <translation>ຄຳຕອບທີ່ແນບມາສາມາດອ່ານໄດ້</translation>
    </message>
    <message>
        <source>The questionnaire is installed here</source>
        <translation>ແບບສອບຖາມໄດ້ຕິດຕັ້ງຢູ່ເຄື່ອງນີ້</translation>
    </message>
    <message>
        <source>It is the same questionnaire text</source>
        <translation>ເປັນຂໍ້ຄວາມແບບສອບຖາມດຽວກັນ</translation>
    </message>
    <message>
        <source>Re-scoring gives the stated result</source>
        <translation>ການຄິດໄລ່ຄະແນນຄືນໃໝ່ໃຫ້ຜົນຕາມທີ່ລະບຸໄວ້</translation>
    </message>
    <message>
        <source>The answers follow the questionnaire&apos;s rules</source>
        <translation>ຄຳຕອບປະຕິບັດຕາມກົດຂອງແບບສອບຖາມ</translation>
    </message>
    <message>
        <source>The pages state the same result as the signed answers</source>
        <translation>ໜ້າເອກະສານລະບຸຜົນດຽວກັນກັບຄຳຕອບທີ່ລົງລາຍເຊັນ</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Answers not saved</source>
        <translation>ຄຳຕອບຍັງບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved yet. Save them now, or close and discard them?</source>
        <translation>
            <numerusform>ມີ %n ຄຳຕອບທີ່ຍັງບັນທຶກບໍ່ໄດ້. ຈະບັນທຶກດຽວນີ້ ຫຼື ປິດ ແລະ ຖິ້ມຄຳຕອບເຫຼົ່ານັ້ນ?</numerusform>
            <numerusform>ມີ %n ຄຳຕອບທີ່ຍັງບັນທຶກບໍ່ໄດ້. ຈະບັນທຶກດຽວນີ້ ຫຼື ປິດ ແລະ ຖິ້ມຄຳຕອບເຫຼົ່ານັ້ນ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n answer(s) and close</source>
        <translation>
            <numerusform>ຖິ້ມ %n ຄຳຕອບ ແລະ ປິດ</numerusform>
            <numerusform>ຖິ້ມ %n ຄຳຕອບ ແລະ ປິດ</numerusform>
        </translation>
    </message>
    <message>
        <source>Try to save again</source>
        <translation>ລອງບັນທຶກອີກຄັ້ງ</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Brunei Darussalam</source>
        <translation>ບຣູໄນດາຣຸສຊາລາມ</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>ກຳປູເຈຍ</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>ອິນໂດເນເຊຍ</translation>
    </message>
    <message>
        <source>Lao PDR</source>
        <translation>ສປປ ລາວ</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>ມາເລເຊຍ</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>ມຽນມາ</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>ຟີລິບປິນ</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>ສິງກະໂປ</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ໄທ</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>ຕີມໍ-ເລສເຕ</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>ຫວຽດນາມ</translation>
    </message>
</context>
<context>
    <name>CreateCaDialog</name>
    <message>
        <source>Create an agency certificate authority</source>
        <translation>ສ້າງອົງການອອກໃບຢັ້ງຢືນຂອງໜ່ວຍງານ</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>ຊື່ CA</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ອົງການ</translation>
    </message>
    <message>
        <source>Country (two letters)</source>
        <translation>ປະເທດ (ສອງຕົວອັກສອນ)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ວະລີລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>ວະລີລະຫັດຜ່ານອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>ກະລຸນາເລືອກວະລີລະຫັດຜ່ານທີ່ມີຢ່າງໜ້ອຍ {n} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>ວະລີລະຫັດຜ່ານທັງສອງບໍ່ຄືກັນ. ກະລຸນາພິມໃໝ່.</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Enter your name and the organisation&apos;s name.</source>
        <translation>ກະລຸນາປ້ອນຊື່ຂອງທ່ານ ແລະ ຊື່ອົງການ.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>ກະລຸນາເລືອກວະລີລະຫັດຜ່ານທີ່ມີຢ່າງໜ້ອຍ {n} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>ວະລີລະຫັດຜ່ານທັງສອງບໍ່ຄືກັນ. ກະລຸນາພິມໃໝ່.</translation>
    </message>
    <message>
        <source>New signing identity</source>
        <translation>ຕົວຕົນສຳລັບລົງລາຍເຊັນໃໝ່</translation>
    </message>
    <message>
        <source>A signing identity lets you sign your reports, so that the agency can check who sent them and that nothing was changed. It is kept in your data folder, locked with your passphrase. The passphrase cannot be recovered: write it down somewhere safe.</source>
        <translation>ຕົວຕົນສຳລັບລົງລາຍເຊັນຊ່ວຍໃຫ້ທ່ານລົງລາຍເຊັນໃນລາຍງານຂອງທ່ານ ເພື່ອໃຫ້ໜ່ວຍງານກວດສອບໄດ້ວ່າໃຜເປັນຜູ້ສົ່ງ ແລະ ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ. ມັນຖືກເກັບໄວ້ໃນໂຟນເດີຂໍ້ມູນຂອງທ່ານ ແລະ ລັອກດ້ວຍວະລີລະຫັດຜ່ານຂອງທ່ານ. ວະລີລະຫັດຜ່ານບໍ່ສາມາດກູ້ຄືນໄດ້: ກະລຸນາຈົດໄວ້ໃນບ່ອນທີ່ປອດໄພ.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>ຊື່ຂອງທ່ານ</translation>
    </message>
    <message>
        <source>The person who signs</source>
        <translation>ຜູ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ອົງການ</translation>
    </message>
    <message>
        <source>Shown in the signature</source>
        <translation>ສະແດງໃນລາຍເຊັນ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Where the organisation is based</source>
        <translation>ບ່ອນທີ່ອົງການຕັ້ງຢູ່</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>ອີເມວ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <source>Shown in the certificate</source>
        <translation>ສະແດງໃນໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ວະລີລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>At least 8 characters; needed every time you sign</source>
        <translation>ຢ່າງໜ້ອຍ 8 ຕົວອັກສອນ; ຕ້ອງໃຊ້ທຸກຄັ້ງທີ່ທ່ານລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>ວະລີລະຫັດຜ່ານອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>The same passphrase once more</source>
        <translation>ວະລີລະຫັດຜ່ານດຽວກັນອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ສ້າງ</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <source>Inbox dashboard</source>
        <translation>ໜ້າສະຫຼຸບກ່ອງຮັບ</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>ກຳລັງນັບ…</translation>
    </message>
    <message>
        <source>Export PDF summary…</source>
        <translation>ສົ່ງອອກສະຫຼຸບເປັນ PDF…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>ຜົນການກວດສອບ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ຜົນການປະເມີນ</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>ສະຖານະການພິຈາລະນາ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ຂະແໜງການ</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>ແບບສອບຖາມ</translation>
    </message>
    <message>
        <source>Most frequent red flags</source>
        <translation>ສັນຍານເຕືອນທີ່ພົບເລື້ອຍທີ່ສຸດ</translation>
    </message>
    <message>
        <source>Most frequent recommendations</source>
        <translation>ຂໍ້ສະເໜີແນະທີ່ພົບເລື້ອຍທີ່ສຸດ</translation>
    </message>
    <message>
        <source>Received per month</source>
        <translation>ທີ່ໄດ້ຮັບຕໍ່ເດືອນ</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) match the table&apos;s filters.</source>
        <translation>
            <numerusform>ມີ %n ລາຍງານທີ່ກົງກັບຕົວກັ່ນຕອງຂອງຕາຕະລາງ.</numerusform>
            <numerusform>ມີ %n ລາຍງານທີ່ກົງກັບຕົວກັ່ນຕອງຂອງຕາຕະລາງ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF summary</source>
        <translation>ສົ່ງອອກສະຫຼຸບເປັນ PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Inbox summary</source>
        <translation>ສະຫຼຸບກ່ອງຮັບ</translation>
    </message>
    <message>
        <source>Saved the summary to {file}</source>
        <translation>ໄດ້ບັນທຶກສະຫຼຸບໄວ້ທີ່ {file} ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Not set</source>
        <translation>ບໍ່ໄດ້ກຳນົດ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>ມື້ນີ້</translation>
    </message>
    <message>
        <source>Fill in today&apos;s date</source>
        <translation>ປ້ອນວັນທີຂອງມື້ນີ້</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Please check</source>
        <translation>ກະລຸນາກວດສອບ</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}. Check that the folder exists, that you may write to it and that the disk is not full, then try again.</source>
        <translation>ບໍ່ສາມາດອ່ານ ຫຼື ຂຽນໄຟລ໌ໄດ້: {reason}. ກະລຸນາກວດເບິ່ງວ່າໂຟນເດີມີຢູ່, ທ່ານມີສິດຂຽນໃສ່ ແລະ ດິສບໍ່ເຕັມ, ຈາກນັ້ນລອງໃໝ່.</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>ບັນຫາກ່ຽວກັບໄຟລ໌</translation>
    </message>
    <message>
        <source>Something went wrong inside AISafe Desktop. Your answers so far are saved. You can carry on, or restart the app if something looks wrong.</source>
        <translation>ເກີດຂໍ້ຜິດພາດພາຍໃນ AISafe Desktop. ຄຳຕອບທີ່ທ່ານໄດ້ຕອບມາຮອດດຽວນີ້ໄດ້ຖືກບັນທຶກແລ້ວ. ທ່ານສາມາດເຮັດຕໍ່ໄດ້ ຫຼື ເປີດແອັບຄືນໃໝ່ ຖ້າມີບາງຢ່າງເບິ່ງຄືບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>ເກີດຂໍ້ຜິດພາດ</translation>
    </message>
    <message>
        <source>A report for the developers was saved in:
{folder}</source>
        <translation>ລາຍງານສຳລັບນັກພັດທະນາໄດ້ຖືກບັນທຶກໄວ້ທີ່:
{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>ເປີດໂຟນເດີ</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>&apos;answers&apos; must be an object mapping question ids to answers</source>
        <translation>&apos;answers&apos; ຕ້ອງເປັນອອບເຈັກທີ່ຈັບຄູ່ລະຫັດຄຳຖາມກັບຄຳຕອບ</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;{expected}&quot; (found {found}); is this an AISafe answers file?</source>
        <translation>&apos;format&apos; ຕ້ອງເປັນ &quot;{expected}&quot; (ພົບ {found}); ນີ້ແມ່ນໄຟລ໌ຄຳຕອບຂອງ AISafe ບໍ່?</translation>
    </message>
    <message>
        <source>&apos;language&apos; must be a language code such as &quot;en&quot;</source>
        <translation>&apos;language&apos; ຕ້ອງເປັນລະຫັດພາສາ ເຊັ່ນ &quot;en&quot;</translation>
    </message>
    <message>
        <source>&apos;questionnaire&apos; must be {shape}</source>
        <translation>&apos;questionnaire&apos; ຕ້ອງເປັນ {shape}</translation>
    </message>
    <message>
        <source>an answers document is a JSON object ({shape})</source>
        <translation>ເອກະສານຄຳຕອບແມ່ນອອບເຈັກ JSON ({shape})</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; &apos;value&apos; is missing</source>
        <translation>ຄຳຕອບ &apos;{question_id}&apos; ຕ້ອງເປັນ {shape}; ບໍ່ມີ &apos;value&apos;</translation>
    </message>
    <message>
        <source>answer &apos;{question_id}&apos; must be {shape}; keys it does not know: {keys}</source>
        <translation>ຄຳຕອບ &apos;{question_id}&apos; ຕ້ອງເປັນ {shape}; ມີຄີທີ່ບໍ່ຮູ້ຈັກ {keys}</translation>
    </message>
    <message>
        <source>expects a date written YYYY-MM-DD</source>
        <translation>ຕ້ອງການວັນທີທີ່ຂຽນແບບ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expects a list of option values, e.g. {example}</source>
        <translation>ຕ້ອງການລາຍການຄ່າຕົວເລືອກ, ເຊັ່ນ: {example}</translation>
    </message>
    <message>
        <source>expects a number</source>
        <translation>ຕ້ອງການຕົວເລກ</translation>
    </message>
    <message>
        <source>expects a text</source>
        <translation>ຕ້ອງການຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>lists an option twice</source>
        <translation>ມີຕົວເລືອກຊ້ຳກັນສອງເທື່ອ</translation>
    </message>
    <message>
        <source>no such question in {questionnaire} {version}</source>
        <translation>ບໍ່ມີຄຳຖາມນີ້ໃນ {questionnaire} {version}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} at line {line}, column {column}</source>
        <translation>ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ: {reason} ຢູ່ແຖວ {line}, ຖັນ {column}</translation>
    </message>
    <message>
        <source>required, but not answered</source>
        <translation>ບັງຄັບ, ແຕ່ຍັງບໍ່ໄດ້ຕອບ</translation>
    </message>
    <message>
        <source>the comment of answer &apos;{question_id}&apos; must be a text</source>
        <translation>ຄຳເຫັນຂອງຄຳຕອບ &apos;{question_id}&apos; ຕ້ອງເປັນຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>ໄຟລ໌ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8; ກະລຸນາບັນທຶກເປັນ UTF-8</translation>
    </message>
    <message>
        <source>the file is {size:,} bytes; answers documents are limited to {limit:,} bytes</source>
        <translation>ໄຟລ໌ມີຂະໜາດ {size:,} ໄບຕ໌; ເອກະສານຄຳຕອບຈຳກັດໄວ້ທີ່ {limit:,} ໄບຕ໌</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON ຊ້ອນກັນເລິກເກີນໄປ</translation>
    </message>
    <message>
        <source>keys this format does not know: {keys}</source>
        <translation>ຄີທີ່ບໍ່ຮູ້ຈັກ: {keys}</translation>
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
        <translation>{values} ບໍ່ຢູ່ໃນຕົວເລືອກ ({options})</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} ສູງກວ່າຄ່າສູງສຸດ {maximum}</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} ຕ່ຳກວ່າຄ່າຕ່ຳສຸດ {minimum}</translation>
    </message>
    <message>
        <source>{value} is not among the options ({options})</source>
        <translation>{value} ບໍ່ຢູ່ໃນຕົວເລືອກ ({options})</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running (process {owner}) with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop ກຳລັງເຮັດວຽກຢູ່ແລ້ວ (ໂປຣເຊສ {owner}) ກັບໂຟນເດີຂໍ້ມູນ {folder}. ກະລຸນາປິດໜ້າຕ່າງອື່ນກ່ອນ ຫຼື ໃຊ້ໂຟນເດີຂໍ້ມູນອື່ນ.</translation>
    </message>
    <message>
        <source>AISafe Desktop is already running with the data folder {folder}. Close the other window first, or use another data folder.</source>
        <translation>AISafe Desktop ກຳລັງເຮັດວຽກຢູ່ແລ້ວກັບໂຟນເດີຂໍ້ມູນ {folder}. ກະລຸນາປິດໜ້າຕ່າງອື່ນກ່ອນ ຫຼື ໃຊ້ໂຟນເດີຂໍ້ມູນອື່ນ.</translation>
    </message>
    <message>
        <source>cannot create the lock file {file}: {reason}. Check the folder&apos;s permissions.</source>
        <translation>ບໍ່ສາມາດສ້າງໄຟລ໌ລັອກ {file}: {reason}. ກະລຸນາກວດສອບສິດຂອງໂຟນເດີ.</translation>
    </message>
    <message>
        <source>could not read {database}: {reason}. Nothing was changed; try again.</source>
        <translation>ບໍ່ສາມາດອ່ານ {database}: {reason}. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ; ກະລຸນາລອງໃໝ່.</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. Free some disk space or check that the folder is writable, then try again.</source>
        <translation>ບໍ່ສາມາດບັນທຶກໃສ່ {database}: {reason}. ການປ່ຽນແປງຄັ້ງລ່າສຸດນີ້ບໍ່ໄດ້ຖືກບັນທຶກ; ທຸກຢ່າງທີ່ບັນທຶກໄວ້ກ່ອນໜ້ານັ້ນຍັງປອດໄພ. ກະລຸນາເພີ່ມພື້ນທີ່ດິສ ຫຼື ກວດເບິ່ງວ່າໂຟນເດີສາມາດຂຽນໄດ້, ຈາກນັ້ນລອງໃໝ່.</translation>
    </message>
    <message>
        <source>could not save to {database}: {reason}. This last change was not saved; everything saved before it is safe. The database stayed busy for too long; try again.</source>
        <translation>ບໍ່ສາມາດບັນທຶກໃສ່ {database}: {reason}. ການປ່ຽນແປງຄັ້ງລ່າສຸດນີ້ບໍ່ໄດ້ຖືກບັນທຶກ; ທຸກຢ່າງທີ່ບັນທຶກໄວ້ກ່ອນໜ້ານັ້ນຍັງປອດໄພ. ຖານຂໍ້ມູນບໍ່ຫວ່າງດົນເກີນໄປ; ກະລຸນາລອງໃໝ່.</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. No good backup was found.</source>
        <translation>{database} ເສຍຫາຍ ({detail}). ມັນບໍ່ໄດ້ຖືກປ່ຽນແປງ. ບໍ່ພົບຂໍ້ມູນສຳຮອງທີ່ໃຊ້ໄດ້.</translation>
    </message>
    <message>
        <source>{database} is damaged ({detail}). It has not been changed. The latest good backup is {backup}; restore it.</source>
        <translation>{database} ເສຍຫາຍ ({detail}). ມັນບໍ່ໄດ້ຖືກປ່ຽນແປງ. ຂໍ້ມູນສຳຮອງທີ່ໃຊ້ໄດ້ລ່າສຸດແມ່ນ {backup}; ກະລຸນາກູ້ຄືນຈາກມັນ.</translation>
    </message>
    <message>
        <source>{database} was written by a newer version of AISafe Desktop (schema {revision}). It has not been changed. Install the newer version again, or use another data folder.</source>
        <translation>{database} ຖືກຂຽນໂດຍ AISafe Desktop ສະບັບທີ່ໃໝ່ກວ່າ (schema {revision}). ມັນບໍ່ໄດ້ຖືກປ່ຽນແປງ. ກະລຸນາຕິດຕັ້ງສະບັບໃໝ່ກວ່ານັ້ນອີກຄັ້ງ ຫຼື ໃຊ້ໂຟນເດີຂໍ້ມູນອື່ນ.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is not an ASEAN member state; use one of {countries}</source>
        <translation>&apos;{country}&apos; ບໍ່ແມ່ນປະເທດສະມາຊິກອາຊຽນ; ກະລຸນາໃຊ້ໜຶ່ງໃນ {countries}</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; does not look like an e-mail address (name@example.org)</source>
        <translation>&apos;{email}&apos; ເບິ່ງຄືບໍ່ແມ່ນທີ່ຢູ່ອີເມວ (name@example.org)</translation>
    </message>
    <message>
        <source>assessment {assessment_id} is in the trash; restore it to change it</source>
        <translation>ການປະເມີນ {assessment_id} ຢູ່ໃນຖັງຂີ້ເຫຍື້ອ; ກະລຸນາກູ້ຄືນກ່ອນຈຶ່ງຈະປ່ຽນແປງໄດ້</translation>
    </message>
    <message>
        <source>cannot create the data folder {folder}: {reason}</source>
        <translation>ບໍ່ສາມາດສ້າງໂຟນເດີຂໍ້ມູນ {folder}: {reason}</translation>
    </message>
    <message>
        <source>cannot open the database {database}: {reason}. It has not been changed.</source>
        <translation>ບໍ່ສາມາດເປີດຖານຂໍ້ມູນ {database}: {reason}. ມັນບໍ່ໄດ້ຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>ບໍ່ສາມາດອ່ານ {file}: {reason}</translation>
    </message>
    <message>
        <source>give the AI system a name</source>
        <translation>ກະລຸນາຕັ້ງຊື່ໃຫ້ລະບົບປັນຍາປະດິດ</translation>
    </message>
    <message>
        <source>give the assessment a title</source>
        <translation>ກະລຸນາຕັ້ງຫົວຂໍ້ໃຫ້ການປະເມີນ</translation>
    </message>
    <message>
        <source>give the organisation&apos;s name</source>
        <translation>ກະລຸນາລະບຸຊື່ອົງການ</translation>
    </message>
    <message>
        <source>keep the title under 200 characters</source>
        <translation>ຫົວຂໍ້ຕ້ອງມີບໍ່ເກີນ 200 ຕົວອັກສອນ</translation>
    </message>
    <message>
        <source>keep the owner under {limit} characters</source>
        <translation>ກະລຸນາຂຽນຊື່ຜູ້ຮັບຜິດຊອບໃຫ້ສັ້ນກວ່າ {limit} ຕົວອັກສອນ</translation>
    </message>
    <message>
        <source>write the due date as YYYY-MM-DD, e.g. 2027-03-31 (found {value})</source>
        <translation>ກະລຸນາຂຽນວັນຄົບກຳນົດເປັນ YYYY-MM-DD, ເຊັ່ນ 2027-03-31 (ພົບ {value})</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>ບໍ່ມີແບບສອບຖາມ &apos;{questionnaire}&apos; ຕິດຕັ້ງໄວ້ (ທີ່ມີ: {known}); ກະລຸນາລະບຸເສັ້ນທາງຂອງໄຟລ໌ YAML ຂອງມັນແທນ</translation>
    </message>
    <message>
        <source>no questionnaire &apos;{questionnaire}&apos; version {version} is installed (available: {known}); give the path of its YAML file instead</source>
        <translation>ບໍ່ມີແບບສອບຖາມ &apos;{questionnaire}&apos; ສະບັບ {version} ຕິດຕັ້ງໄວ້ (ທີ່ມີ: {known}); ກະລຸນາລະບຸເສັ້ນທາງຂອງໄຟລ໌ YAML ຂອງມັນແທນ</translation>
    </message>
    <message>
        <source>say where to save the identity (an output file or the data folder)</source>
        <translation>ກະລຸນາລະບຸບ່ອນບັນທຶກຕົວຕົນ (ໄຟລ໌ຜົນອອກ ຫຼື ໂຟນເດີຂໍ້ມູນ)</translation>
    </message>
    <message>
        <source>the answers are for {questionnaire} {version}, not {expected} {expected_version}; choose the matching questionnaire</source>
        <translation>ຄຳຕອບເປັນຂອງ {questionnaire} {version}, ບໍ່ແມ່ນ {expected} {expected_version}; ກະລຸນາເລືອກແບບສອບຖາມທີ່ກົງກັນ</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems}</source>
        <translation>ຍັງບໍ່ສາມາດສົ່ງອອກຄຳຕອບໄດ້: {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be exported yet: {problems} (and {more} more)</source>
        <translation>ຍັງບໍ່ສາມາດສົ່ງອອກຄຳຕອບໄດ້: {problems} (ແລະ ອີກ {more} ລາຍການ)</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems}</source>
        <translation>ບໍ່ສາມາດນຳເຂົ້າຄຳຕອບໄດ້: {problems}</translation>
    </message>
    <message>
        <source>the answers cannot be imported: {problems} (and {more} more)</source>
        <translation>ບໍ່ສາມາດນຳເຂົ້າຄຳຕອບໄດ້: {problems} (ແລະ ອີກ {more} ລາຍການ)</translation>
    </message>
    <message>
        <source>the answers were given to a different text of {questionnaire} (SHA-256 {sha256}); put that questionnaire file in the questionnaires folder of the data folder and retry</source>
        <translation>ຄຳຕອບຖືກໃຫ້ກັບຂໍ້ຄວາມອື່ນຂອງ {questionnaire} (SHA-256 {sha256}); ກະລຸນາວາງໄຟລ໌ແບບສອບຖາມນັ້ນໄວ້ໃນໂຟນເດີ questionnaires ຂອງໂຟນເດີຂໍ້ມູນ ແລ້ວລອງໃໝ່</translation>
    </message>
    <message>
        <source>the questionnaire {questionnaire} is not installed; put its YAML file in the questionnaires folder of the data folder and retry</source>
        <translation>ແບບສອບຖາມ {questionnaire} ບໍ່ໄດ້ຕິດຕັ້ງໄວ້; ກະລຸນາວາງໄຟລ໌ YAML ຂອງມັນໄວ້ໃນໂຟນເດີ questionnaires ຂອງໂຟນເດີຂໍ້ມູນ ແລ້ວລອງໃໝ່</translation>
    </message>
    <message>
        <source>the stored copy of {questionnaire} {version} no longer loads: {problem}</source>
        <translation>ສຳເນົາທີ່ເກັບໄວ້ຂອງ {questionnaire} {version} ໂຫຼດບໍ່ໄດ້ອີກແລ້ວ: {problem}</translation>
    </message>
    <message>
        <source>the stored questionnaire {sha256}… is missing from the database; restore a backup</source>
        <translation>ແບບສອບຖາມທີ່ເກັບໄວ້ {sha256}… ບໍ່ມີຢູ່ໃນຖານຂໍ້ມູນ; ກະລຸນາກູ້ຄືນຈາກຂໍ້ມູນສຳຮອງ</translation>
    </message>
    <message>
        <source>the text contains characters that are not valid text (unpaired UTF-16 surrogates)</source>
        <translation>ຂໍ້ຄວາມມີຕົວອັກສອນທີ່ບໍ່ແມ່ນຂໍ້ຄວາມທີ່ຖືກຕ້ອງ (unpaired UTF-16 surrogates)</translation>
    </message>
    <message>
        <source>the trust entry {entry} is neither a SHA-256 fingerprint (64 hex digits) nor a certificate file</source>
        <translation>ລາຍການເຊື່ອຖື {entry} ບໍ່ແມ່ນລາຍນິ້ວມື SHA-256 (ເລກຖານສິບຫົກ 64 ຕົວ) ແລະ ບໍ່ແມ່ນໄຟລ໌ໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>there is no AI system {ai_system_id}</source>
        <translation>ບໍ່ມີລະບົບປັນຍາປະດິດ {ai_system_id}</translation>
    </message>
    <message>
        <source>there is no assessment {assessment_id}</source>
        <translation>ບໍ່ມີການປະເມີນ {assessment_id}</translation>
    </message>
    <message>
        <source>today&apos;s automatic backup could not be made in {folder}: {reason}</source>
        <translation>ບໍ່ສາມາດສຳຮອງຂໍ້ມູນອັດຕະໂນມັດຂອງມື້ນີ້ໃນ {folder}: {reason}</translation>
    </message>
    <message>
        <source>unknown language &apos;{language}&apos; (known: {known})</source>
        <translation>ພາສາທີ່ບໍ່ຮູ້ຈັກ &apos;{language}&apos; (ທີ່ຮູ້ຈັກ: {known})</translation>
    </message>
    <message>
        <source>{backup} is damaged or not a database ({problem})</source>
        <translation>{backup} ເສຍຫາຍ ຫຼື ບໍ່ແມ່ນຖານຂໍ້ມູນ ({problem})</translation>
    </message>
    <message>
        <source>{backup} is not an AISafe Desktop backup</source>
        <translation>{backup} ບໍ່ແມ່ນຂໍ້ມູນສຳຮອງຂອງ AISafe Desktop</translation>
    </message>
    <message>
        <source>{backup} was made by a newer version of AISafe Desktop</source>
        <translation>{backup} ຖືກສ້າງໂດຍ AISafe Desktop ສະບັບທີ່ໃໝ່ກວ່າ</translation>
    </message>
    <message>
        <source>{backup}: no such file</source>
        <translation>{backup}: ບໍ່ມີໄຟລ໌ນີ້</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions}</source>
        <translation>ມີ {count} ຄຳຖາມບັງຄັບທີ່ຍັງບໍ່ໄດ້ຕອບ: {questions}</translation>
    </message>
    <message>
        <source>required questions not answered yet ({count}): {questions} and {more} more</source>
        <translation>ມີ {count} ຄຳຖາມບັງຄັບທີ່ຍັງບໍ່ໄດ້ຕອບ: {questions} ແລະ ອີກ {more} ຄຳຖາມ</translation>
    </message>
    <message>
        <source>{database} is not an AISafe Desktop database; it has not been changed. Move it away or use another data folder.</source>
        <translation>{database} ບໍ່ແມ່ນຖານຂໍ້ມູນຂອງ AISafe Desktop; ມັນບໍ່ໄດ້ຖືກປ່ຽນແປງ. ກະລຸນາຍ້າຍມັນອອກ ຫຼື ໃຊ້ໂຟນເດີຂໍ້ມູນອື່ນ.</translation>
    </message>
    <message>
        <source>{file} has no certificate file next to it; give the passphrase</source>
        <translation>{file} ບໍ່ມີໄຟລ໌ໃບຢັ້ງຢືນຢູ່ຄຽງຂ້າງ; ກະລຸນາໃສ່ວະລີລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems}</source>
        <translation>{file} ບໍ່ແມ່ນແບບສອບຖາມທີ່ຖືກຕ້ອງ: {problems}</translation>
    </message>
    <message>
        <source>{file} is not a valid questionnaire: {problems} (and {more} more)</source>
        <translation>{file} ບໍ່ແມ່ນແບບສອບຖາມທີ່ຖືກຕ້ອງ: {problems} (ແລະ ອີກ {more} ລາຍການ)</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: ບໍ່ມີໄຟລ໌ນີ້</translation>
    </message>
    <message>
        <source>{new} is not a version of {old}</source>
        <translation>{new} ບໍ່ແມ່ນສະບັບໜຶ່ງຂອງ {old}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>bundled font file missing: {file}; reinstall AISafe Desktop</source>
        <translation>ບໍ່ພົບໄຟລ໌ຟອນທີ່ມາພ້ອມກັບໂປຣແກຣມ: {file}; ກະລຸນາຕິດຕັ້ງ AISafe Desktop ຄືນໃໝ່</translation>
    </message>
    <message>
        <source>cannot create the identity: {problems}</source>
        <translation>ບໍ່ສາມາດສ້າງຕົວຕົນ: {problems}</translation>
    </message>
    <message>
        <source>cannot extract the answers: {reason}</source>
        <translation>ບໍ່ສາມາດແຍກຄຳຕອບອອກມາ: {reason}</translation>
    </message>
    <message>
        <source>cannot read identity file {file}: {reason}</source>
        <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ຕົວຕົນ {file}: {reason}</translation>
    </message>
    <message>
        <source>cannot read {source}: {reason}</source>
        <translation>ບໍ່ສາມາດອ່ານ {source}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>ບໍ່ສາມາດຂຽນ {file}: {reason}</translation>
    </message>
    <message>
        <source>choose a passphrase: the private key is never stored unencrypted</source>
        <translation>ກະລຸນາເລືອກວະລີລະຫັດຜ່ານ: ກະແຈສ່ວນຕົວບໍ່ເຄີຍຖືກເກັບໄວ້ໂດຍບໍ່ເຂົ້າລະຫັດ</translation>
    </message>
    <message>
        <source>country {country} is not a two-letter ISO code such as MY, TH or VN</source>
        <translation>ປະເທດ {country} ບໍ່ແມ່ນລະຫັດ ISO ສອງຕົວອັກສອນ ເຊັ່ນ MY, TH ຫຼື VN</translation>
    </message>
    <message>
        <source>e-mail {email} does not look like name@example.org</source>
        <translation>ອີເມວ {email} ເບິ່ງຄືບໍ່ແມ່ນຮູບແບບ name@example.org</translation>
    </message>
    <message>
        <source>signing failed: {reason}</source>
        <translation>ການລົງລາຍເຊັນລົ້ມເຫຼວ: {reason}</translation>
    </message>
    <message>
        <source>the bundled fonts are missing from {folder}; reinstall AISafe Desktop</source>
        <translation>ບໍ່ພົບຟອນທີ່ມາພ້ອມກັບໂປຣແກຣມໃນ {folder}; ກະລຸນາຕິດຕັ້ງ AISafe Desktop ຄືນໃໝ່</translation>
    </message>
    <message>
        <source>the organisation is empty</source>
        <translation>ຍັງບໍ່ໄດ້ລະບຸຊື່ອົງການ</translation>
    </message>
    <message>
        <source>the passphrase does not open {source}; check it and try again (passphrases are case-sensitive)</source>
        <translation>ວະລີລະຫັດຜ່ານເປີດ {source} ບໍ່ໄດ້; ກະລຸນາກວດສອບ ແລ້ວລອງໃໝ່ (ວະລີລະຫັດຜ່ານແຍກຕົວພິມໃຫຍ່ ແລະ ຕົວພິມນ້ອຍ)</translation>
    </message>
    <message>
        <source>the rendered report is not a readable PDF: {reason}</source>
        <translation>ລາຍງານທີ່ສ້າງອອກມາບໍ່ແມ່ນ PDF ທີ່ອ່ານໄດ້: {reason}</translation>
    </message>
    <message>
        <source>the report could not be laid out: {reason}</source>
        <translation>ບໍ່ສາມາດຈັດໜ້າລາຍງານໄດ້: {reason}</translation>
    </message>
    <message>
        <source>the report does not conform to PDF/A-3b: {problems}</source>
        <translation>ລາຍງານບໍ່ສອດຄ່ອງກັບ PDF/A-3b: {problems}</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range goes past the end of the file</source>
        <translation>ຊ່ວງໄບຕ໌ຂອງລາຍເຊັນເກີນທ້າຍໄຟລ໌</translation>
    </message>
    <message>
        <source>the signature&apos;s byte range is malformed</source>
        <translation>ຊ່ວງໄບຕ໌ຂອງລາຍເຊັນມີຮູບແບບຜິດ</translation>
    </message>
    <message>
        <source>the signer name is empty</source>
        <translation>ຍັງບໍ່ໄດ້ລະບຸຊື່ຜູ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>{file} already exists; choose another file name</source>
        <translation>{file} ມີຢູ່ແລ້ວ; ກະລຸນາເລືອກຊື່ໄຟລ໌ອື່ນ</translation>
    </message>
    <message>
        <source>{source} has no private key or no certificate; export it again including the key</source>
        <translation>{source} ບໍ່ມີກະແຈສ່ວນຕົວ ຫຼື ບໍ່ມີໃບຢັ້ງຢືນ; ກະລຸນາສົ່ງອອກອີກຄັ້ງໂດຍລວມທັງກະແຈ</translation>
    </message>
    <message>
        <source>{source} holds a {kind}; only RSA and EC keys can sign reports</source>
        <translation>{source} ມີ {kind}; ມີແຕ່ກະແຈ RSA ແລະ EC ເທົ່ານັ້ນທີ່ລົງລາຍເຊັນລາຍງານໄດ້</translation>
    </message>
    <message>
        <source>{source} is not a PEM or DER X.509 certificate</source>
        <translation>{source} ບໍ່ແມ່ນໃບຢັ້ງຢືນ X.509 ແບບ PEM ຫຼື DER</translation>
    </message>
    <message>
        <source>{source} is not a PKCS#12 (.p12/.pfx) file</source>
        <translation>{source} ບໍ່ແມ່ນໄຟລ໌ PKCS#12 (.p12/.pfx)</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>ຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ຕົວເລກ</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ອອບເຈັກ</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>ອັນອື່ນ</translation>
    </message>
    <message>
        <source>a text or a number</source>
        <translation>ຂໍ້ຄວາມ ຫຼື ຕົວເລກ</translation>
    </message>
    <message>
        <source>a text, a number or a list</source>
        <translation>ຂໍ້ຄວາມ, ຕົວເລກ ຫຼື ລາຍການ</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>ຄຳຕອບ</translation>
    </message>
    <message>
        <source>a text, a number or a list of texts</source>
        <translation>ຂໍ້ຄວາມ, ຕົວເລກ ຫຼື ລາຍການຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} ບໍ່ແມ່ນຕົວເລກທີ່ JSON ອະນຸຍາດ</translation>
    </message>
    <message>
        <source>expected true or false, found {kind}</source>
        <translation>ຕ້ອງການ true ຫຼື false, ແຕ່ພົບ {kind}</translation>
    </message>
    <message>
        <source>expected {what}, found {kind}</source>
        <translation>ຕ້ອງການ {what}, ແຕ່ພົບ {kind}</translation>
    </message>
    <message>
        <source>expected null, found {kind}</source>
        <translation>ຕ້ອງການ null, ແຕ່ພົບ {kind}</translation>
    </message>
    <message>
        <source>the same field appears twice</source>
        <translation>ຊ່ອງຂໍ້ມູນດຽວກັນປາກົດສອງເທື່ອ</translation>
    </message>
    <message>
        <source>{size:,} bytes, more than {limit:,}</source>
        <translation>{size:,} ໄບຕ໌, ຫຼາຍກວ່າ {limit:,}</translation>
    </message>
    <message>
        <source>expected &quot;{expected}&quot;</source>
        <translation>ຕ້ອງການ &quot;{expected}&quot;</translation>
    </message>
    <message>
        <source>expected a text, found {kind}</source>
        <translation>ຕ້ອງການຂໍ້ຄວາມ, ແຕ່ພົບ {kind}</translation>
    </message>
    <message>
        <source>the text is {length:,} characters, more than {limit:,}</source>
        <translation>ຂໍ້ຄວາມມີ {length:,} ຕົວອັກສອນ, ຫຼາຍກວ່າ {limit:,}</translation>
    </message>
    <message>
        <source>the text is not in the expected form</source>
        <translation>ຂໍ້ຄວາມບໍ່ຢູ່ໃນຮູບແບບທີ່ຄາດໄວ້</translation>
    </message>
    <message>
        <source>expected a number, found {kind}</source>
        <translation>ຕ້ອງການຕົວເລກ, ແຕ່ພົບ {kind}</translation>
    </message>
    <message>
        <source>the number is not a finite, plausible value</source>
        <translation>ຕົວເລກບໍ່ແມ່ນຄ່າທີ່ຈຳກັດ ແລະ ສົມເຫດສົມຜົນ</translation>
    </message>
    <message>
        <source>the number {value} is outside {low}–{high}</source>
        <translation>ຕົວເລກ {value} ຢູ່ນອກຊ່ວງ {low}–{high}</translation>
    </message>
    <message>
        <source>expected a list, found {kind}</source>
        <translation>ຕ້ອງການລາຍການ, ແຕ່ພົບ {kind}</translation>
    </message>
    <message>
        <source>the list has {count:,} items, more than {limit:,}</source>
        <translation>ລາຍການມີ {count:,} ລາຍການຍ່ອຍ, ຫຼາຍກວ່າ {limit:,}</translation>
    </message>
    <message>
        <source>expected an object, found {kind}</source>
        <translation>ຕ້ອງການອອບເຈັກ, ແຕ່ພົບ {kind}</translation>
    </message>
    <message>
        <source>{count:,} entries, more than {limit:,}</source>
        <translation>{count:,} ລາຍການ, ຫຼາຍກວ່າ {limit:,}</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>ລະຫັດ</translation>
    </message>
    <message>
        <source>a text or an object</source>
        <translation>ຂໍ້ຄວາມ ຫຼື ອອບເຈັກ</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON (line {line})</source>
        <translation>ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ (ແຖວ {line})</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>ຊ້ອນກັນເລິກເກີນໄປ</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>ຊ່ອງຂໍ້ມູນທີ່ບໍ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <source>The disk is full: free {megabytes} MB on the drive of {folder}, then try again. Nothing was lost: everything saved before is safe.</source>
        <translation>ດິສເຕັມແລ້ວ: ກະລຸນາເພີ່ມພື້ນທີ່ຫວ່າງ {megabytes} MB ໃນໄດຣຟ໌ຂອງ {folder}, ຈາກນັ້ນລອງໃໝ່. ບໍ່ມີຫຍັງເສຍຫາຍ: ທຸກຢ່າງທີ່ບັນທຶກໄວ້ກ່ອນໜ້ານີ້ຍັງປອດໄພ.</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted before it changed anything; your data is as it was before.</source>
        <translation>ການກູ້ຄືນ {backup} ຖືກຂັດຈັງຫວະກ່ອນທີ່ຈະປ່ຽນແປງຫຍັງ; ຂໍ້ມູນຂອງທ່ານຍັງຄືເກົ່າ.</translation>
    </message>
    <message>
        <source>The restore of {backup} was interrupted; it has now been finished. The data you had before is kept in {kept}.</source>
        <translation>ການກູ້ຄືນ {backup} ຖືກຂັດຈັງຫວະ; ບັດນີ້ໄດ້ດຳເນີນການຈົນສຳເລັດແລ້ວ. ຂໍ້ມູນທີ່ທ່ານມີກ່ອນໜ້ານີ້ຖືກເກັບໄວ້ໃນ {kept}.</translation>
    </message>
    <message>
        <source>a backup restore was interrupted and its journal {journal} cannot be read ({error}). Nothing was changed; your data is in {folder}.</source>
        <translation>ການກູ້ຄືນຂໍ້ມູນສຳຮອງຖືກຂັດຈັງຫວະ ແລະ ບໍ່ສາມາດອ່ານບັນທຶກ {journal} ຂອງມັນໄດ້ ({error}). ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ; ຂໍ້ມູນຂອງທ່ານຢູ່ໃນ {folder}.</translation>
    </message>
    <message>
        <source>an interrupted restore left a damaged copy {staging} ({problem}). Your previous data is in {kept}.</source>
        <translation>ການກູ້ຄືນທີ່ຖືກຂັດຈັງຫວະໄດ້ປະສຳເນົາທີ່ເສຍຫາຍ {staging} ໄວ້ ({problem}). ຂໍ້ມູນກ່ອນໜ້ານີ້ຂອງທ່ານຢູ່ໃນ {kept}.</translation>
    </message>
    <message>
        <source>an interrupted restore left no database. Your previous data is in {kept}; the backup is {backup}.</source>
        <translation>ການກູ້ຄືນທີ່ຖືກຂັດຈັງຫວະບໍ່ໄດ້ປະຖານຂໍ້ມູນໄວ້. ຂໍ້ມູນກ່ອນໜ້ານີ້ຂອງທ່ານຢູ່ໃນ {kept}; ຂໍ້ມູນສຳຮອງແມ່ນ {backup}.</translation>
    </message>
    <message>
        <source>could not read {database} ({problem}). It has not been changed. Check that the folder is readable and the disk is not full, then try again.</source>
        <translation>ບໍ່ສາມາດອ່ານ {database} ({problem}). ມັນບໍ່ໄດ້ຖືກປ່ຽນແປງ. ກະລຸນາກວດເບິ່ງວ່າໂຟນເດີສາມາດອ່ານໄດ້ ແລະ ດິສບໍ່ເຕັມ, ຈາກນັ້ນລອງໃໝ່.</translation>
    </message>
    <message>
        <source>the backup could not be written to {folder}: {error}. Your data is unchanged.</source>
        <translation>ບໍ່ສາມາດຂຽນຂໍ້ມູນສຳຮອງໃສ່ {folder}: {error}. ຂໍ້ມູນຂອງທ່ານບໍ່ໄດ້ປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>the review receipt could not be laid out: {detail}</source>
        <translation>ບໍ່ສາມາດຈັດໜ້າໃບຮັບຜົນການພິຈາລະນາໄດ້: {detail}</translation>
    </message>
    <message>
        <source>the review receipt has no place for the signature</source>
        <translation>ໃບຮັບຜົນການພິຈາລະນາບໍ່ມີບ່ອນສຳລັບລາຍເຊັນ</translation>
    </message>
    <message>
        <source>the summary could not be laid out: {detail}</source>
        <translation>ບໍ່ສາມາດຈັດໜ້າສະຫຼຸບໄດ້: {detail}</translation>
    </message>
    <message>
        <source>a submission that is {old} cannot become {new}</source>
        <translation>ລາຍງານທີ່ຍື່ນທີ່ຢູ່ໃນສະຖານະ {old} ບໍ່ສາມາດປ່ຽນເປັນ {new} ໄດ້</translation>
    </message>
    <message>
        <source>submission {id} was changed by {who} while you were looking at it; nothing was overwritten. Open it again to see the change.</source>
        <translation>ລາຍງານທີ່ຍື່ນ {id} ຖືກປ່ຽນແປງໂດຍ {who} ໃນຂະນະທີ່ທ່ານກຳລັງເບິ່ງຢູ່; ບໍ່ມີຫຍັງຖືກຂຽນທັບ. ກະລຸນາເປີດມັນອີກຄັ້ງເພື່ອເບິ່ງການປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>there is no submission {id} in the inbox</source>
        <translation>ບໍ່ມີລາຍງານທີ່ຍື່ນ {id} ໃນກ່ອງຮັບ</translation>
    </message>
    <message>
        <source>{url} is not a database URL this app can use</source>
        <translation>{url} ບໍ່ແມ່ນ URL ຖານຂໍ້ມູນທີ່ແອັບນີ້ໃຊ້ໄດ້</translation>
    </message>
    <message>
        <source>the inbox {url} was written by a newer version of AISafe Desktop (schema {revision}); it has not been changed. Install the newer version.</source>
        <translation>ກ່ອງຮັບ {url} ຖືກຂຽນໂດຍ AISafe Desktop ສະບັບທີ່ໃໝ່ກວ່າ (schema {revision}); ມັນບໍ່ໄດ້ຖືກປ່ຽນແປງ. ກະລຸນາຕິດຕັ້ງສະບັບທີ່ໃໝ່ກວ່າ.</translation>
    </message>
    <message>
        <source>could not write the inbox {url}: {detail}. Nothing of this action was saved; free some disk space or try again.</source>
        <translation>ບໍ່ສາມາດຂຽນກ່ອງຮັບ {url}: {detail}. ບໍ່ມີສ່ວນໃດຂອງການດຳເນີນການນີ້ຖືກບັນທຶກ; ກະລຸນາເພີ່ມພື້ນທີ່ດິສ ຫຼື ລອງໃໝ່.</translation>
    </message>
    <message>
        <source>the inbox {url} does not allow user {user} to do this; nothing was changed. Ask the inbox&apos;s administrator for an officer&apos;s rights (docs/inbox.md).</source>
        <translation>ກ່ອງຮັບ {url} ບໍ່ອະນຸຍາດໃຫ້ຜູ້ໃຊ້ {user} ດຳເນີນການນີ້; ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ. ກະລຸນາຂໍສິດເຈົ້າໜ້າທີ່ຈາກຜູ້ເບິ່ງແຍງກ່ອງຮັບ (docs/inbox.md).</translation>
    </message>
    <message>
        <source>the inbox needs a database file, not {url}</source>
        <translation>ກ່ອງຮັບຕ້ອງການໄຟລ໌ຖານຂໍ້ມູນ, ບໍ່ແມ່ນ {url}</translation>
    </message>
    <message>
        <source>the inbox works with SQLite or PostgreSQL, not {url}</source>
        <translation>ກ່ອງຮັບເຮັດວຽກກັບ SQLite ຫຼື PostgreSQL, ບໍ່ແມ່ນ {url}</translation>
    </message>
    <message>
        <source>the inbox database {url} cannot be reached ({detail}). Check the server name and port, that the server is running and accepts connections from this computer, and the user name and password.</source>
        <translation>ບໍ່ສາມາດເຊື່ອມຕໍ່ຖານຂໍ້ມູນກ່ອງຮັບ {url} ໄດ້ ({detail}). ກະລຸນາກວດສອບຊື່ເຊີບເວີ ແລະ ພອດ, ວ່າເຊີບເວີກຳລັງເຮັດວຽກ ແລະ ຮັບການເຊື່ອມຕໍ່ຈາກຄອມພິວເຕີນີ້, ແລະ ຊື່ຜູ້ໃຊ້ ແລະ ລະຫັດຜ່ານ.</translation>
    </message>
    <message>
        <source>the receipt&apos;s field {path} must be a text of at most {limit} characters</source>
        <translation>ຊ່ອງຂໍ້ມູນ {path} ຂອງໃບຮັບຕ້ອງເປັນຂໍ້ຄວາມທີ່ມີບໍ່ເກີນ {limit} ຕົວອັກສອນ</translation>
    </message>
    <message>
        <source>the receipt&apos;s data is not JSON text</source>
        <translation>ຂໍ້ມູນຂອງໃບຮັບບໍ່ແມ່ນຂໍ້ຄວາມ JSON</translation>
    </message>
    <message>
        <source>the file is not a review receipt ({expected})</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນໃບຮັບຜົນການພິຈາລະນາ ({expected})</translation>
    </message>
    <message>
        <source>the receipt&apos;s report, questionnaire or comments are missing or malformed</source>
        <translation>ລາຍງານ, ແບບສອບຖາມ ຫຼື ຄຳເຫັນຂອງໃບຮັບຂາດຫາຍ ຫຼື ມີຮູບແບບຜິດ</translation>
    </message>
    <message>
        <source>the receipt does not name the reviewed file&apos;s SHA-256</source>
        <translation>ໃບຮັບບໍ່ໄດ້ລະບຸ SHA-256 ຂອງໄຟລ໌ທີ່ໄດ້ພິຈາລະນາ</translation>
    </message>
    <message>
        <source>the receipt&apos;s dates are not written YYYY-MM-DD</source>
        <translation>ວັນທີຂອງໃບຮັບບໍ່ໄດ້ຂຽນແບບ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the receipt&apos;s comment {index} is malformed</source>
        <translation>ຄຳເຫັນທີ {index} ຂອງໃບຮັບມີຮູບແບບຜິດ</translation>
    </message>
    <message>
        <source>this receipt is about a report this computer did not export (SHA-256 {sha256}); import it on the computer that made the report</source>
        <translation>ໃບຮັບນີ້ກ່ຽວກັບລາຍງານທີ່ຄອມພິວເຕີນີ້ບໍ່ໄດ້ສົ່ງອອກ (SHA-256 {sha256}); ກະລຸນານຳເຂົ້າໃນຄອມພິວເຕີທີ່ສ້າງລາຍງານນັ້ນ</translation>
    </message>
    <message>
        <source>the file is too large to be a review receipt</source>
        <translation>ໄຟລ໌ໃຫຍ່ເກີນໄປທີ່ຈະເປັນໃບຮັບຜົນການພິຈາລະນາ</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນ PDF</translation>
    </message>
    <message>
        <source>the receipt cannot be relied on: {reason}</source>
        <translation>ບໍ່ສາມາດເຊື່ອຖືໃບຮັບນີ້ໄດ້: {reason}</translation>
    </message>
    <message>
        <source> — did you mean &apos;{guess}&apos;?</source>
        <translation> — ທ່ານໝາຍເຖິງ &apos;{guess}&apos; ບໍ?</translation>
    </message>
    <message>
        <source>. Allowed keys in a {what}: {keys}.</source>
        <translation>. ຄີທີ່ອະນຸຍາດໃນ {what}: {keys}.</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos; ({language})?</source>
        <translation> ທ່ານໝາຍເຖິງ &apos;{guess}&apos; ({language}) ບໍ?</translation>
    </message>
    <message>
        <source> Did you mean &apos;{guess}&apos;?</source>
        <translation> ທ່ານໝາຍເຖິງ &apos;{guess}&apos; ບໍ?</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>ແລະ ອີກ {count} ລາຍການ</translation>
    </message>
    <message>
        <source>band {band}, score {score}, no red flags</source>
        <translation>ລະດັບຜົນ {band}, ຄະແນນ {score}, ບໍ່ມີສັນຍານເຕືອນ</translation>
    </message>
    <message>
        <source>band {band}, score {score}, red flags: {flags}</source>
        <translation>ລະດັບຜົນ {band}, ຄະແນນ {score}, ສັນຍານເຕືອນ: {flags}</translation>
    </message>
    <message>
        <source>no result band</source>
        <translation>ບໍ່ມີລະດັບຜົນ</translation>
    </message>
    <message>
        <source>several bands ({bands})</source>
        <translation>ຫຼາຍລະດັບຜົນ ({bands})</translation>
    </message>
    <message>
        <source>no red flags</source>
        <translation>ບໍ່ມີສັນຍານເຕືອນ</translation>
    </message>
    <message>
        <source>red flags: {flags}</source>
        <translation>ສັນຍານເຕືອນ: {flags}</translation>
    </message>
    <message>
        <source>no overall score</source>
        <translation>ບໍ່ມີຄະແນນລວມ</translation>
    </message>
    <message>
        <source>an overall score of {scores}</source>
        <translation>ຄະແນນລວມ {scores}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, red flags: {flags}</source>
        <translation>{band}, {score} / 100, ສັນຍານເຕືອນ: {flags}</translation>
    </message>
    <message>
        <source>{band}, {score} / 100, no red flags</source>
        <translation>{band}, {score} / 100, ບໍ່ມີສັນຍານເຕືອນ</translation>
    </message>
    <message>
        <source>the answer to &apos;{question}&apos; has characters no bundled font can draw ({characters}); the report shows {replacement} in their place</source>
        <translation>ຄຳຕອບຂອງ &apos;{question}&apos; ມີຕົວອັກສອນທີ່ຟອນທີ່ມາພ້ອມກັບໂປຣແກຣມສະແດງບໍ່ໄດ້ ({characters}); ລາຍງານຈະສະແດງ {replacement} ແທນ</translation>
    </message>
    <message>
        <source>the identity has an {key_type} key: the signature is valid, but such signatures make the file PDF 2.0, so it is no longer PDF/A-3b (the archiving format); use an RSA identity to keep PDF/A</source>
        <translation>ຕົວຕົນນີ້ມີກະແຈປະເພດ {key_type}: ລາຍເຊັນຖືກຕ້ອງ, ແຕ່ລາຍເຊັນແບບນີ້ເຮັດໃຫ້ໄຟລ໌ເປັນ PDF 2.0, ສະນັ້ນມັນບໍ່ເປັນ PDF/A-3b (ຮູບແບບສຳລັບເກັບຮັກສາ) ອີກຕໍ່ໄປ; ກະລຸນາໃຊ້ຕົວຕົນແບບ RSA ເພື່ອຮັກສາຮູບແບບ PDF/A</translation>
    </message>
    <message>
        <source>--days must be between 1 and {most}, not {days}</source>
        <translation>--days ຕ້ອງຢູ່ລະຫວ່າງ 1 ຫາ {most}, ບໍ່ແມ່ນ {days}</translation>
    </message>
    <message>
        <source>cannot create the certificate authority: {problems}</source>
        <translation>ບໍ່ສາມາດສ້າງອົງການອອກໃບຢັ້ງຢືນ: {problems}</translation>
    </message>
    <message>
        <source>cannot read the CA ledger {path}: {detail}</source>
        <translation>ບໍ່ສາມາດອ່ານປຶ້ມບັນທຶກ CA {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot read your trusted list in {path}: {reason}</source>
        <translation>ບໍ່ສາມາດອ່ານລາຍຊື່ທີ່ທ່ານເຊື່ອຖືໃນ {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>ບໍ່ສາມາດອ່ານ {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write the CA ledger {path}: {detail}</source>
        <translation>ບໍ່ສາມາດຂຽນປຶ້ມບັນທຶກ CA {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>ບໍ່ສາມາດຂຽນ {path}: {reason}</translation>
    </message>
    <message>
        <source>the CA ledger {path} is damaged ({detail}); restore it from your backup</source>
        <translation>ປຶ້ມບັນທຶກ CA {path} ເສຍຫາຍ ({detail}); ກະລຸນາກູ້ຄືນຈາກຂໍ້ມູນສຳຮອງຂອງທ່ານ</translation>
    </message>
    <message>
        <source>the CA ledger {path} is too large</source>
        <translation>ປຶ້ມບັນທຶກ CA {path} ໃຫຍ່ເກີນໄປ</translation>
    </message>
    <message>
        <source>the certificate in {source} is not valid today (valid {start} to {end})</source>
        <translation>ໃບຢັ້ງຢືນໃນ {source} ໃຊ້ບໍ່ໄດ້ໃນມື້ນີ້ (ໃຊ້ໄດ້ແຕ່ {start} ຫາ {end})</translation>
    </message>
    <message>
        <source>the certificate in {source} may not sign documents (key usage)</source>
        <translation>ໃບຢັ້ງຢືນໃນ {source} ບໍ່ອະນຸຍາດໃຫ້ລົງລາຍເຊັນເອກະສານ (key usage)</translation>
    </message>
    <message>
        <source>the ledger {path} belongs to another CA ({other})</source>
        <translation>ປຶ້ມບັນທຶກ {path} ເປັນຂອງ CA ອື່ນ ({other})</translation>
    </message>
    <message>
        <source>the note is longer than {most} characters</source>
        <translation>ໝາຍເຫດຍາວເກີນ {most} ຕົວອັກສອນ</translation>
    </message>
    <message>
        <source>this CA&apos;s ledger has no certificate with serial {serial}</source>
        <translation>ປຶ້ມບັນທຶກຂອງ CA ນີ້ບໍ່ມີໃບຢັ້ງຢືນທີ່ມີເລກລຳດັບ {serial}</translation>
    </message>
    <message>
        <source>this identity is not a certificate authority file</source>
        <translation>ຕົວຕົນນີ້ບໍ່ແມ່ນໄຟລ໌ອົງການອອກໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>{file} is INVALID: {reason}</source>
        <translation>{file} ບໍ່ຖືກຕ້ອງ (INVALID): {reason}</translation>
    </message>
    <message>
        <source>{file} is UNTRUSTED: {reason}. Trust the signer first, or allow untrusted signers</source>
        <translation>{file} ບໍ່ໜ້າເຊື່ອຖື (UNTRUSTED): {reason}. ກະລຸນາເຊື່ອຖືຜູ້ລົງລາຍເຊັນກ່ອນ ຫຼື ອະນຸຍາດຜູ້ລົງລາຍເຊັນທີ່ບໍ່ໜ້າເຊື່ອຖື</translation>
    </message>
    <message>
        <source>{fingerprint} is already trusted as a CA</source>
        <translation>{fingerprint} ໄດ້ຖືກເຊື່ອຖືເປັນ CA ແລ້ວ</translation>
    </message>
    <message>
        <source>{fingerprint} is not in your trusted list</source>
        <translation>{fingerprint} ບໍ່ຢູ່ໃນລາຍຊື່ທີ່ທ່ານເຊື່ອຖື</translation>
    </message>
    <message>
        <source>{path} is a signing identity, not a certificate authority file</source>
        <translation>{path} ເປັນຕົວຕົນສຳລັບລົງລາຍເຊັນ, ບໍ່ແມ່ນໄຟລ໌ອົງການອອກໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>{path} is too large to be a certificate or CRL</source>
        <translation>{path} ໃຫຍ່ເກີນໄປທີ່ຈະເປັນໃບຢັ້ງຢືນ ຫຼື CRL</translation>
    </message>
    <message>
        <source>{path} is too large to be a request or a certificate</source>
        <translation>{path} ໃຫຍ່ເກີນໄປທີ່ຈະເປັນຄຳຮ້ອງ ຫຼື ໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>{serial} is not a serial number (hexadecimal, as the identity&apos;s details show it)</source>
        <translation>{serial} ບໍ່ແມ່ນເລກລຳດັບ (ເລກຖານສິບຫົກ ຕາມທີ່ສະແດງໃນລາຍລະອຽດຂອງຕົວຕົນ)</translation>
    </message>
    <message>
        <source>{source} gives no name in its subject</source>
        <translation>{source} ບໍ່ໄດ້ລະບຸຊື່ໃນ subject</translation>
    </message>
    <message>
        <source>{source} gives no organisation in its subject</source>
        <translation>{source} ບໍ່ໄດ້ລະບຸອົງການໃນ subject</translation>
    </message>
    <message>
        <source>{source} holds no readable X.509 certificate (PEM or DER)</source>
        <translation>{source} ບໍ່ມີໃບຢັ້ງຢືນ X.509 ທີ່ອ່ານໄດ້ (PEM ຫຼື DER)</translation>
    </message>
    <message>
        <source>{source} is damaged: its signature does not match its key</source>
        <translation>{source} ເສຍຫາຍ: ລາຍເຊັນຂອງມັນບໍ່ກົງກັບກະແຈຂອງມັນ</translation>
    </message>
    <message>
        <source>{source} is not a certificate for the key in {identity}</source>
        <translation>{source} ບໍ່ແມ່ນໃບຢັ້ງຢືນສຳລັບກະແຈໃນ {identity}</translation>
    </message>
    <message>
        <source>{source} is not a certificate request (PKCS#10, PEM or DER)</source>
        <translation>{source} ບໍ່ແມ່ນຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ (PKCS#10, PEM ຫຼື DER)</translation>
    </message>
    <message>
        <source>{source} is not a certificate revocation list (CRL, PEM or DER)</source>
        <translation>{source} ບໍ່ແມ່ນລາຍການຖອນໃບຢັ້ງຢືນ (CRL, PEM ຫຼື DER)</translation>
    </message>
    <message>
        <source>{source} is not for an RSA or EC key</source>
        <translation>{source} ບໍ່ແມ່ນສຳລັບກະແຈ RSA ຫຼື EC</translation>
    </message>
    <message>
        <source>{source} is older than the CRL already kept for {ca}</source>
        <translation>{source} ເກົ່າກວ່າ CRL ທີ່ເກັບໄວ້ແລ້ວສຳລັບ {ca}</translation>
    </message>
    <message>
        <source>{source} was not signed by a CA in your trusted list; add the CA&apos;s certificate first</source>
        <translation>{source} ບໍ່ໄດ້ຖືກລົງລາຍເຊັນໂດຍ CA ໃນລາຍຊື່ທີ່ທ່ານເຊື່ອຖື; ກະລຸນາເພີ່ມໃບຢັ້ງຢືນຂອງ CA ກ່ອນ</translation>
    </message>
    <message>
        <source>{text} is not a SHA-256 fingerprint (64 hexadecimal digits)</source>
        <translation>{text} ບໍ່ແມ່ນລາຍນິ້ວມື SHA-256 (ເລກຖານສິບຫົກ 64 ຕົວ)</translation>
    </message>
    <message>
        <source>{value} is neither a SHA-256 fingerprint nor a certificate or CRL file</source>
        <translation>{value} ບໍ່ແມ່ນລາຍນິ້ວມື SHA-256 ແລະ ບໍ່ແມ່ນໄຟລ໌ໃບຢັ້ງຢືນ ຫຼື CRL</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>You have no signing identity yet: choose New… to create one.</source>
        <translation>ທ່ານຍັງບໍ່ມີຕົວຕົນສຳລັບລົງລາຍເຊັນ: ເລືອກ ໃໝ່… ເພື່ອສ້າງ.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>ບັນທຶກລາຍງານເປັນ</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ໄຟລ໌ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an identity and type its passphrase.</source>
        <translation>ກະລຸນາເລືອກຕົວຕົນ ແລະ ພິມວະລີລະຫັດຜ່ານຂອງມັນ.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>ກຳລັງສ້າງລາຍງານ…</translation>
    </message>
    <message>
        <source>The signed report was saved as {file}.
Signer&apos;s fingerprint (SHA-256), for the agency: {fingerprint}</source>
        <translation>ລາຍງານທີ່ລົງລາຍເຊັນແລ້ວໄດ້ຖືກບັນທຶກເປັນ {file}.
ລາຍນິ້ວມືຂອງຜູ້ລົງລາຍເຊັນ (SHA-256), ສຳລັບໜ່ວຍງານ: {fingerprint}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>ກະລຸນາສັງເກດ:</translation>
    </message>
    <message>
        <source>That passphrase does not open this identity. Type it again.</source>
        <translation>ວະລີລະຫັດຜ່ານນັ້ນເປີດຕົວຕົນນີ້ບໍ່ໄດ້. ກະລຸນາພິມໃໝ່.</translation>
    </message>
    <message>
        <source>Export a signed PDF</source>
        <translation>ສົ່ງອອກ PDF ທີ່ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>The report is signed with your identity, so the agency can check who sent it and that it was not changed. Your answers travel inside the PDF.</source>
        <translation>ລາຍງານຈະຖືກລົງລາຍເຊັນດ້ວຍຕົວຕົນຂອງທ່ານ ເພື່ອໃຫ້ໜ່ວຍງານກວດສອບໄດ້ວ່າໃຜເປັນຜູ້ສົ່ງ ແລະ ມັນບໍ່ໄດ້ຖືກປ່ຽນແປງ. ຄຳຕອບຂອງທ່ານຈະຢູ່ພາຍໃນ PDF.</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>ຕົວຕົນສຳລັບລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>Whose signature the report carries</source>
        <translation>ລາຍງານມີລາຍເຊັນຂອງໃຜ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ວະລີລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>The passphrase of the chosen identity</source>
        <translation>ວະລີລະຫັດຜ່ານຂອງຕົວຕົນທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>ພາສາຂອງລາຍງານ</translation>
    </message>
    <message>
        <source>The language the report is written in</source>
        <translation>ພາສາທີ່ໃຊ້ຂຽນລາຍງານ</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>ບັນທຶກເປັນ</translation>
    </message>
    <message>
        <source>Where the PDF file is saved</source>
        <translation>ບ່ອນບັນທຶກໄຟລ໌ PDF</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>ໃໝ່…</translation>
    </message>
    <message>
        <source>Create a new signing identity</source>
        <translation>ສ້າງຕົວຕົນສຳລັບລົງລາຍເຊັນໃໝ່</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>ນຳເຂົ້າ…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>ນຳເຂົ້າໄຟລ໌ .p12 ຫຼື .pfx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>ເລືອກ…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ສົ່ງອອກ(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>ເປີດໂຟນເດີ</translation>
    </message>
</context>
<context>
    <name>ExportGuard</name>
    <message>
        <source>Change an exported assessment?</source>
        <translation>ປ່ຽນແປງການປະເມີນທີ່ສົ່ງອອກແລ້ວບໍ?</translation>
    </message>
    <message>
        <source>This assessment was exported as a signed PDF. If you change an answer, the PDF will no longer match the answers kept here, and the result becomes provisional until you finish again. The record of the exported PDF is kept.

To leave the exported answers as they are, work on a copy.</source>
        <translation>ການປະເມີນນີ້ໄດ້ຖືກສົ່ງອອກເປັນ PDF ທີ່ລົງລາຍເຊັນແລ້ວ. ຖ້າທ່ານປ່ຽນຄຳຕອບ, PDF ຈະບໍ່ກົງກັບຄຳຕອບທີ່ເກັບໄວ້ຢູ່ນີ້ອີກຕໍ່ໄປ ແລະ ຜົນການປະເມີນຈະເປັນຜົນຊົ່ວຄາວຈົນກວ່າທ່ານຈະເຮັດສຳເລັດອີກຄັ້ງ. ບັນທຶກຂອງ PDF ທີ່ສົ່ງອອກແລ້ວຈະຖືກເກັບໄວ້.

ຖ້າຕ້ອງການຮັກສາຄຳຕອບທີ່ສົ່ງອອກແລ້ວໄວ້ຕາມເດີມ, ກະລຸນາເຮັດວຽກໃນສຳເນົາ.</translation>
    </message>
    <message>
        <source>Change the answers</source>
        <translation>ປ່ຽນຄຳຕອບ</translation>
    </message>
    <message>
        <source>Work on a copy</source>
        <translation>ເຮັດວຽກໃນສຳເນົາ</translation>
    </message>
    <message>
        <source>Leave it as it is</source>
        <translation>ປະໄວ້ຕາມເດີມ</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Please enter the organisation name, or choose &apos;Skip for now&apos;.</source>
        <translation>ກະລຸນາປ້ອນຊື່ອົງການ ຫຼື ເລືອກ &apos;ຂ້າມໄປກ່ອນ&apos;.</translation>
    </message>
    <message>
        <source>Welcome to AISafe Desktop</source>
        <translation>ຍິນດີຕ້ອນຮັບສູ່ AISafe Desktop</translation>
    </message>
    <message>
        <source>This app guides you through a self-assessment of an AI system your organisation uses or builds: what could go wrong, what you already do about it, and what to do next. You answer plain questions; you can stop at any time and carry on later.</source>
        <translation>ແອັບນີ້ຈະນຳພາທ່ານໃນການປະເມີນຕົນເອງກ່ຽວກັບລະບົບປັນຍາປະດິດທີ່ອົງການຂອງທ່ານນຳໃຊ້ ຫຼື ພັດທະນາ: ມີຫຍັງອາດຜິດພາດ, ທ່ານໄດ້ເຮັດຫຍັງແລ້ວເພື່ອຮັບມື, ແລະ ຄວນເຮັດຫຍັງຕໍ່ໄປ. ທ່ານຕອບຄຳຖາມທີ່ເຂົ້າໃຈງ່າຍ; ທ່ານສາມາດຢຸດໄດ້ທຸກເວລາ ແລະ ເຮັດຕໍ່ພາຍຫຼັງ.</translation>
    </message>
    <message>
        <source>Everything you enter stays on this computer. The app never connects to the internet, and your answers are saved the moment you give them.</source>
        <translation>ທຸກຢ່າງທີ່ທ່ານປ້ອນຈະຢູ່ໃນຄອມພິວເຕີນີ້. ແອັບບໍ່ເຊື່ອມຕໍ່ອິນເຕີເນັດເລີຍ ແລະ ຄຳຕອບຂອງທ່ານຈະຖືກບັນທຶກທັນທີທີ່ທ່ານຕອບ.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ສືບຕໍ່</translation>
    </message>
    <message>
        <source>About your organisation</source>
        <translation>ກ່ຽວກັບອົງການຂອງທ່ານ</translation>
    </message>
    <message>
        <source>This appears on your reports. You can skip it now and fill it in later from the home screen.</source>
        <translation>ຂໍ້ມູນນີ້ຈະປາກົດໃນລາຍງານຂອງທ່ານ. ທ່ານສາມາດຂ້າມໄປກ່ອນ ແລະ ປ້ອນພາຍຫຼັງຈາກໜ້າຫຼັກໄດ້.</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>ຂ້າມໄປກ່ອນ</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>ບັນທຶກ ແລະ ສືບຕໍ່</translation>
    </message>
    <message>
        <source>Use this language for the app</source>
        <translation>ໃຊ້ພາສານີ້ສຳລັບແອັບ</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this answer</source>
        <translation>ປະຫວັດຂອງຄຳຕອບນີ້</translation>
    </message>
    <message>
        <source>When</source>
        <translation>ເມື່ອໃດ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>ຄຳຕອບ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>ຄຳເຫັນ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ໂດຍ</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>ຍັງບໍ່ມີການປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>ສົ່ງອອກເປັນ CSV…</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>ສົ່ງອອກປະຫວັດ</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ໄຟລ໌ CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your organisation</source>
        <translation>ອົງການຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Add your organisation&apos;s details so that they appear on your reports.</source>
        <translation>ເພີ່ມລາຍລະອຽດຂອງອົງການຂອງທ່ານ ເພື່ອໃຫ້ປາກົດໃນລາຍງານຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>ເພີ່ມລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Edit organisation details</source>
        <translation>ແກ້ໄຂລາຍລະອຽດອົງການ</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (ສຳເນົາ)</translation>
    </message>
    <message>
        <source>“{title}” was moved to the trash.</source>
        <translation>“{title}” ໄດ້ຖືກຍ້າຍໄປຖັງຂີ້ເຫຍື້ອແລ້ວ.</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>ນຳເຂົ້າຄຳຕອບ</translation>
    </message>
    <message>
        <source>AISafe answers (*.json);;All files (*)</source>
        <translation>ຄຳຕອບ AISafe (*.json);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>ການປະເມີນ</translation>
    </message>
    <message>
        <source>Search by title, questionnaire or AI system</source>
        <translation>ຊອກຫາຕາມຫົວຂໍ້, ແບບສອບຖາມ ຫຼື ລະບົບປັນຍາປະດິດ</translation>
    </message>
    <message>
        <source>Search assessments</source>
        <translation>ຊອກຫາການປະເມີນ</translation>
    </message>
    <message>
        <source>Shows only the assessments that contain this text. Shortcut: Ctrl+F</source>
        <translation>ສະແດງສະເພາະການປະເມີນທີ່ມີຂໍ້ຄວາມນີ້. ປຸ່ມລັດ: Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;New assessment</source>
        <translation>ການປະເມີນໃໝ່(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>ເລີ່ມການປະເມີນໃໝ່ (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ນຳເຂົ້າ(&amp;I)…</translation>
    </message>
    <message>
        <source>Create an assessment from an answers file (.json)</source>
        <translation>ສ້າງການປະເມີນຈາກໄຟລ໌ຄຳຕອບ (.json)</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>ກວດສອບ PDF(&amp;V)…</translation>
    </message>
    <message>
        <source>Check that a signed report has not been changed. You can also drop a PDF on this screen.</source>
        <translation>ກວດສອບວ່າລາຍງານທີ່ລົງລາຍເຊັນແລ້ວບໍ່ໄດ້ຖືກປ່ຽນແປງ. ທ່ານຍັງສາມາດລາກ PDF ມາວາງໃສ່ໜ້າຈໍນີ້ໄດ້.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ເປີດ(&amp;O)</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>ສຳເນົາ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ລຶບ(&amp;D)</translation>
    </message>
    <message>
        <source>Move to the trash; you can undo this</source>
        <translation>ຍ້າຍໄປຖັງຂີ້ເຫຍື້ອ; ທ່ານສາມາດຍົກເລີກການກະທຳນີ້ໄດ້</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ຍົກເລີກການກະທຳ(&amp;U)</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>ຍັງບໍ່ມີການປະເມີນ</translation>
    </message>
    <message>
        <source>Start your first assessment: choose a questionnaire, answer the questions in your own time, and see your result with clear next steps. You can stop at any time; every answer is saved as you go.</source>
        <translation>ເລີ່ມການປະເມີນຄັ້ງທຳອິດຂອງທ່ານ: ເລືອກແບບສອບຖາມ, ຕອບຄຳຖາມຕາມເວລາທີ່ທ່ານສະດວກ, ແລະ ເບິ່ງຜົນການປະເມີນພ້ອມຂັ້ນຕອນຕໍ່ໄປທີ່ຊັດເຈນ. ທ່ານສາມາດຢຸດໄດ້ທຸກເວລາ; ທຸກຄຳຕອບຈະຖືກບັນທຶກໄປເລື້ອຍໆ.</translation>
    </message>
    <message>
        <source>Start your first assessment</source>
        <translation>ເລີ່ມການປະເມີນຄັ້ງທຳອິດຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Press Enter to open the selected assessment</source>
        <translation>ກົດ Enter ເພື່ອເປີດການປະເມີນທີ່ເລືອກ</translation>
    </message>
</context>
<context>
    <name>Identities</name>
    <message>
        <source>Import a signing identity</source>
        <translation>ນຳເຂົ້າຕົວຕົນສຳລັບລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>Signing identities (*.p12 *.pfx);;All files (*)</source>
        <translation>ຕົວຕົນສຳລັບລົງລາຍເຊັນ (*.p12 *.pfx);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>ວະລີລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <source>The passphrase of {file}:</source>
        <translation>ວະລີລະຫັດຜ່ານຂອງ {file}:</translation>
    </message>
</context>
<context>
    <name>IdentitiesPanel</name>
    <message>
        <source>Save the certificate</source>
        <translation>ບັນທຶກໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>ໃບຢັ້ງຢືນ (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signing identities</source>
        <translation>ຕົວຕົນສຳລັບລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>Used to sign your PDF reports. Send the certificate (not the identity file) to the agency, so it can check your reports.</source>
        <translation>ໃຊ້ເພື່ອລົງລາຍເຊັນລາຍງານ PDF ຂອງທ່ານ. ກະລຸນາສົ່ງໃບຢັ້ງຢືນ (ບໍ່ແມ່ນໄຟລ໌ຕົວຕົນ) ໃຫ້ໜ່ວຍງານ ເພື່ອໃຫ້ໜ່ວຍງານກວດສອບລາຍງານຂອງທ່ານໄດ້.</translation>
    </message>
    <message>
        <source>Each with the fingerprint the agency can check</source>
        <translation>ແຕ່ລະອັນມີລາຍນິ້ວມືທີ່ໜ່ວຍງານສາມາດກວດສອບໄດ້</translation>
    </message>
    <message>
        <source>New identity…</source>
        <translation>ຕົວຕົນໃໝ່…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>ນຳເຂົ້າ…</translation>
    </message>
    <message>
        <source>Import a .p12 or .pfx file</source>
        <translation>ນຳເຂົ້າໄຟລ໌ .p12 ຫຼື .pfx</translation>
    </message>
    <message>
        <source>Export certificate…</source>
        <translation>ສົ່ງອອກໃບຢັ້ງຢືນ…</translation>
    </message>
    <message>
        <source>Save the public certificate to send to the agency</source>
        <translation>ບັນທຶກໃບຢັ້ງຢືນສາທາລະນະເພື່ອສົ່ງໃຫ້ໜ່ວຍງານ</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Verdict</source>
        <translation>ຜົນການກວດສອບ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ອົງການ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ຂະແໜງການ</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>ແບບສອບຖາມ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ຜົນການປະເມີນ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ຄະແນນ</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>ຜູ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ໄດ້ຮັບເມື່ອ</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>ໜ້າເຊື່ອຖື</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>ບໍ່ໜ້າເຊື່ອຖື</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>ບໍ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>ໃໝ່</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>ກຳລັງພິຈາລະນາ</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>ຮັບຮອງແລ້ວ</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>ສົ່ງຄືນແລ້ວ</translation>
    </message>
</context>
<context>
    <name>InboxSettingsDialog</name>
    <message>
        <source>Inbox database</source>
        <translation>ຖານຂໍ້ມູນກ່ອງຮັບ</translation>
    </message>
    <message>
        <source>Leave the address empty to keep the inbox on this computer. For several officers sharing one inbox, enter the PostgreSQL address your IT staff gave you, for example postgresql+psycopg://officer@db.agency.example:5432/inbox. The password is never saved: you type it when the inbox opens, or your IT staff put it in your .pgpass file.</source>
        <translation>ປະທີ່ຢູ່ໃຫ້ຫວ່າງໄວ້ ເພື່ອເກັບກ່ອງຮັບໄວ້ໃນຄອມພິວເຕີນີ້. ສຳລັບພະນັກງານຫຼາຍຄົນທີ່ໃຊ້ກ່ອງຮັບດຽວກັນ, ກະລຸນາປ້ອນທີ່ຢູ່ PostgreSQL ທີ່ພະນັກງານໄອທີຂອງທ່ານໃຫ້ມາ, ຕົວຢ່າງ postgresql+psycopg://officer@db.agency.example:5432/inbox. ລະຫັດຜ່ານບໍ່ເຄີຍຖືກບັນທຶກ: ທ່ານພິມມັນເມື່ອເປີດກ່ອງຮັບ, ຫຼື ພະນັກງານໄອທີຂອງທ່ານໃສ່ມັນໄວ້ໃນໄຟລ໌ .pgpass ຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>Your name, as shown in the review history</source>
        <translation>ຊື່ຂອງທ່ານ ຕາມທີ່ສະແດງໃນປະຫວັດການພິຈາລະນາ</translation>
    </message>
    <message>
        <source>Database &amp;address</source>
        <translation>ທີ່ຢູ່ຖານຂໍ້ມູນ(&amp;A)</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>ຊື່ຂອງທ່ານ(&amp;N)</translation>
    </message>
    <message>
        <source>Use the inbox on this computer</source>
        <translation>ໃຊ້ກ່ອງຮັບໃນຄອມພິວເຕີນີ້</translation>
    </message>
    <message>
        <source>This is not a database address.</source>
        <translation>ນີ້ບໍ່ແມ່ນທີ່ຢູ່ຖານຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>The inbox works with PostgreSQL (or a local file).</source>
        <translation>ກ່ອງຮັບເຮັດວຽກກັບ PostgreSQL (ຫຼື ໄຟລ໌ໃນເຄື່ອງ).</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <source>Inbox — AISafe Desktop</source>
        <translation>ກ່ອງຮັບ — AISafe Desktop</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ເພີ່ມໄຟລ໌…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>ເພີ່ມໂຟນເດີ…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ໜ້າສະຫຼຸບ</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>ສົ່ງອອກຕາຕະລາງ…</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>ຖານຂໍ້ມູນ…</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>ກວດສອບອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>Check every kept file again, for example after you trusted a signer</source>
        <translation>ກວດສອບທຸກໄຟລ໌ທີ່ເກັບໄວ້ອີກຄັ້ງ, ຕົວຢ່າງ ຫຼັງຈາກທີ່ທ່ານເຊື່ອຖືຜູ້ລົງລາຍເຊັນໃດໜຶ່ງ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Organisation, signer, AI system or file</source>
        <translation>ອົງການ, ຜູ້ລົງລາຍເຊັນ, ລະບົບປັນຍາປະດິດ ຫຼື ໄຟລ໌</translation>
    </message>
    <message>
        <source>Received reports</source>
        <translation>ລາຍງານທີ່ໄດ້ຮັບ</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>ຊອກຫາ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>ຜົນການກວດສອບ(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>ສະຖານະ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>ຜົນການປະເມີນ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>ປະເທດ(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation>ຂະແໜງການ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>ແບບສອບຖາມ(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>ຈາກ(&amp;F)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>ເຖິງ(&amp;O)</translation>
    </message>
    <message>
        <source>Opening the inbox…</source>
        <translation>ກຳລັງເປີດກ່ອງຮັບ…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ທັງໝົດ</translation>
    </message>
    <message>
        <source>The inbox could not be opened.</source>
        <translation>ບໍ່ສາມາດເປີດກ່ອງຮັບໄດ້.</translation>
    </message>
    <message>
        <source>Inbox: {where}</source>
        <translation>ກ່ອງຮັບ: {where}</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n ລາຍງານ</numerusform>
            <numerusform>%n ລາຍງານ</numerusform>
        </translation>
    </message>
    <message>
        <source>Add received reports</source>
        <translation>ເພີ່ມລາຍງານທີ່ໄດ້ຮັບ</translation>
    </message>
    <message>
        <source>PDF reports (*.pdf);;All files (*)</source>
        <translation>ລາຍງານ PDF (*.pdf);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>Add a folder of reports</source>
        <translation>ເພີ່ມໂຟນເດີລາຍງານ</translation>
    </message>
    <message>
        <source>%v of %m verified</source>
        <translation>ກວດສອບແລ້ວ %v ຈາກ %m</translation>
    </message>
    <message numerus="yes">
        <source>Added %n report(s)</source>
        <translation>
            <numerusform>ເພີ່ມແລ້ວ %n ລາຍງານ</numerusform>
            <numerusform>ເພີ່ມແລ້ວ %n ລາຍງານ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox</source>
        <translation>
            <numerusform>%n ລາຍງານມີຢູ່ໃນກ່ອງຮັບແລ້ວ</numerusform>
            <numerusform>%n ລາຍງານມີຢູ່ໃນກ່ອງຮັບແລ້ວ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped</source>
        <translation>
            <numerusform>ຂ້າມໄຟລ໌ອື່ນ %n ໄຟລ໌</numerusform>
            <numerusform>ຂ້າມໄຟລ໌ອື່ນ %n ໄຟລ໌</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ຍົກເລີກແລ້ວ</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>ສົ່ງອອກຕາຕະລາງ</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>ປຶ້ມວຽກ Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to {file}</source>
        <translation>
            <numerusform>ໄດ້ຂຽນ %n ລາຍງານໃສ່ {file} ແລ້ວ</numerusform>
            <numerusform>ໄດ້ຂຽນ %n ລາຍງານໃສ່ {file} ແລ້ວ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>draft translation</source>
        <translation>ຄຳແປສະບັບຮ່າງ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Please note</source>
        <translation>ກະລຸນາສັງເກດ</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (ສຳເນົາ)</translation>
    </message>
    <message>
        <source>AISafe Desktop</source>
        <translation>AISafe Desktop</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>ກຳລັງເປີດຂໍ້ມູນຂອງທ່ານ…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ໜ້າຫຼັກ</translation>
    </message>
    <message>
        <source>Back to the list of assessments (Alt+Home)</source>
        <translation>ກັບໄປລາຍການການປະເມີນ (Alt+Home)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>ການປະເມີນໃໝ່</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>ເລີ່ມການປະເມີນໃໝ່ (Ctrl+N)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <source>Language, text size, backups (Ctrl+,)</source>
        <translation>ພາສາ, ຂະໜາດຕົວອັກສອນ, ການສຳຮອງຂໍ້ມູນ (Ctrl+,)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ປຸ່ມລັດ</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app (F1)</source>
        <translation>ປຸ່ມລັດທັງໝົດຂອງແອັບ (F1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>ກ່ອງຮັບ</translation>
    </message>
    <message>
        <source>For agencies: receive, review and count the reports businesses send you (Ctrl+Shift+I)</source>
        <translation>ສຳລັບໜ່ວຍງານ: ຮັບ, ພິຈາລະນາ ແລະ ນັບລາຍງານທີ່ທຸລະກິດສົ່ງມາໃຫ້ທ່ານ (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ການນຳທາງ</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Still to answer before you can finish</source>
        <translation>ຍັງຕ້ອງຕອບກ່ອນຈະສຳເລັດໄດ້</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) have no answer yet. Choose one to go to it.</source>
        <translation>
            <numerusform>ມີ %n ຄຳຖາມບັງຄັບທີ່ຍັງບໍ່ມີຄຳຕອບ. ເລືອກຄຳຖາມໜຶ່ງເພື່ອໄປຫາ.</numerusform>
            <numerusform>ມີ %n ຄຳຖາມບັງຄັບທີ່ຍັງບໍ່ມີຄຳຕອບ. ເລືອກຄຳຖາມໜຶ່ງເພື່ອໄປຫາ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything required is answered</source>
        <translation>ໄດ້ຕອບທຸກຄຳຖາມບັງຄັບແລ້ວ</translation>
    </message>
    <message>
        <source>Choose Finish to see your result.</source>
        <translation>ເລືອກ ສຳເລັດ ເພື່ອເບິ່ງຜົນການປະເມີນຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>Questions still to answer</source>
        <translation>ຄຳຖາມທີ່ຍັງຕ້ອງຕອບ</translation>
    </message>
    <message>
        <source>Press Enter to go to the chosen question</source>
        <translation>ກົດ Enter ເພື່ອໄປຫາຄຳຖາມທີ່ເລືອກ</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>These questionnaire files in your folder cannot be used until they are fixed:</source>
        <translation>ໄຟລ໌ແບບສອບຖາມເຫຼົ່ານີ້ໃນໂຟນເດີຂອງທ່ານຍັງໃຊ້ບໍ່ໄດ້ຈົນກວ່າຈະໄດ້ຮັບການແກ້ໄຂ:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… ແລະ ອີກ {count} ລາຍການ</translation>
    </message>
    <message>
        <source>About {minutes} minutes · Languages: {languages} · Publisher: {publisher} · Version {version}</source>
        <translation>ປະມານ {minutes} ນາທີ · ພາສາ: {languages} · ຜູ້ເຜີຍແຜ່: {publisher} · ສະບັບ {version}</translation>
    </message>
    <message>
        <source>(not about one particular system)</source>
        <translation>(ບໍ່ແມ່ນກ່ຽວກັບລະບົບໃດລະບົບໜຶ່ງໂດຍສະເພາະ)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>ການປະເມີນໃໝ່</translation>
    </message>
    <message>
        <source>Choose the questionnaire that fits what you want to check. You can stop at any time; every answer is saved.</source>
        <translation>ກະລຸນາເລືອກແບບສອບຖາມທີ່ເໝາະກັບສິ່ງທີ່ທ່ານຕ້ອງການກວດສອບ. ທ່ານສາມາດຢຸດໄດ້ທຸກເວລາ; ທຸກຄຳຕອບຈະຖືກບັນທຶກ.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <source>A name you will recognise in the list, e.g. the project</source>
        <translation>ຊື່ທີ່ທ່ານຈະຈື່ໄດ້ໃນລາຍການ, ເຊັ່ນ: ຊື່ໂຄງການ</translation>
    </message>
    <message>
        <source>AI system (optional)</source>
        <translation>ລະບົບປັນຍາປະດິດ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <source>Pick one, or type the name of the AI system this is about</source>
        <translation>ເລືອກລະບົບໜຶ່ງ ຫຼື ພິມຊື່ລະບົບປັນຍາປະດິດທີ່ການປະເມີນນີ້ກ່ຽວຂ້ອງ</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>ພາສາຂອງຄຳຖາມ</translation>
    </message>
    <message>
        <source>The questionnaire is shown in this language</source>
        <translation>ແບບສອບຖາມຈະສະແດງເປັນພາສານີ້</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>ແບບສອບຖາມ</translation>
    </message>
    <message>
        <source>The questionnaires you can use</source>
        <translation>ແບບສອບຖາມທີ່ທ່ານສາມາດໃຊ້ໄດ້</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>ເລີ່ມ(&amp;S)</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>A number from {low} to {high}.</source>
        <translation>ຕົວເລກແຕ່ {low} ຫາ {high}.</translation>
    </message>
    <message>
        <source>A number of at least {low}.</source>
        <translation>ຕົວເລກຢ່າງໜ້ອຍ {low}.</translation>
    </message>
    <message>
        <source>A number up to {high}.</source>
        <translation>ຕົວເລກບໍ່ເກີນ {high}.</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>ຕົວເລກ.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ຕົວເລກ</translation>
    </message>
    <message>
        <source>“{text}” is not a number. Type digits only, for example {whole} or {example}.</source>
        <translation>“{text}” ບໍ່ແມ່ນຕົວເລກ. ກະລຸນາພິມສະເພາະຕົວເລກ, ຕົວຢ່າງ {whole} ຫຼື {example}.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>the file is {size:,} bytes; questionnaires are limited to {limit:,} bytes. Split it into several questionnaires or remove embedded data.</source>
        <translation>ໄຟລ໌ມີຂະໜາດ {size:,} ໄບຕ໌; ແບບສອບຖາມຈຳກັດໄວ້ທີ່ {limit:,} ໄບຕ໌. ກະລຸນາແບ່ງເປັນຫຼາຍແບບສອບຖາມ ຫຼື ເອົາຂໍ້ມູນທີ່ຝັງໄວ້ອອກ.</translation>
    </message>
    <message>
        <source>byte 0x{byte:02x} is not valid UTF-8. Save the file as UTF-8 (in most editors: &apos;Save with encoding&apos; → UTF-8).</source>
        <translation>ໄບຕ໌ 0x{byte:02x} ບໍ່ແມ່ນ UTF-8 ທີ່ຖືກຕ້ອງ. ກະລຸນາບັນທຶກໄຟລ໌ເປັນ UTF-8 (ໃນໂປຣແກຣມແກ້ໄຂສ່ວນຫຼາຍ: &apos;Save with encoding&apos; → UTF-8).</translation>
    </message>
    <message>
        <source>the text is not valid YAML here ({parser}). Check the indentation (spaces only) and put texts that contain &apos;: &apos; or &apos; #&apos;, or start with a symbol, in quotes.</source>
        <translation>ຂໍ້ຄວາມຢູ່ບ່ອນນີ້ບໍ່ແມ່ນ YAML ທີ່ຖືກຕ້ອງ ({parser}). ກະລຸນາກວດການຍໍ່ໜ້າ (ໃຊ້ຍະຫວ່າງເທົ່ານັ້ນ) ແລະ ໃສ່ເຄື່ອງໝາຍວົງຢືມໃຫ້ຂໍ້ຄວາມທີ່ມີ &apos;: &apos; ຫຼື &apos; #&apos;, ຫຼື ທີ່ເລີ່ມດ້ວຍສັນຍາລັກ.</translation>
    </message>
    <message>
        <source>a &apos;: &apos; inside a text makes YAML read the rest as a new key. Put the whole text in quotes (text: &quot;Note: …&quot;), or, if this is meant to be a new key, indent it like the keys above it. (YAML parser: {parser})</source>
        <translation>&apos;: &apos; ຢູ່ໃນຂໍ້ຄວາມເຮັດໃຫ້ YAML ອ່ານສ່ວນທີ່ເຫຼືອເປັນຄີໃໝ່. ກະລຸນາໃສ່ເຄື່ອງໝາຍວົງຢືມໃຫ້ຂໍ້ຄວາມທັງໝົດ (text: &quot;Note: …&quot;), ຫຼື ຖ້າຕັ້ງໃຈໃຫ້ເປັນຄີໃໝ່, ໃຫ້ຍໍ່ໜ້າຄືກັບຄີຂ້າງເທິງ. (ຕົວວິເຄາະ YAML: {parser})</translation>
    </message>
    <message>
        <source>a &apos;{{…}}&apos; mapping is not closed, or a text inside it contains &apos;: &apos; or &apos; #&apos;. Put such a text in quotes ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) and end the mapping with &apos;}}&apos;. (YAML parser: {parser})</source>
        <translation>ການແມັບ &apos;{{…}}&apos; ບໍ່ໄດ້ປິດ, ຫຼື ຂໍ້ຄວາມພາຍໃນມີ &apos;: &apos; ຫຼື &apos; #&apos;. ກະລຸນາໃສ່ເຄື່ອງໝາຍວົງຢືມໃຫ້ຂໍ້ຄວາມດັ່ງກ່າວ ({{en: &quot;Note: …&quot;, ms: &quot;…&quot;}}) ແລະ ປິດການແມັບດ້ວຍ &apos;}}&apos;. (ຕົວວິເຄາະ YAML: {parser})</translation>
    </message>
    <message>
        <source>a &apos;[…]&apos; list is not closed, or an item contains &apos;: &apos; or &apos; #&apos;. Put such an item in quotes and end the list with &apos;]&apos;. (YAML parser: {parser})</source>
        <translation>ລາຍການ &apos;[…]&apos; ບໍ່ໄດ້ປິດ, ຫຼື ລາຍການຍ່ອຍໜຶ່ງມີ &apos;: &apos; ຫຼື &apos; #&apos;. ກະລຸນາໃສ່ເຄື່ອງໝາຍວົງຢືມໃຫ້ລາຍການຍ່ອຍດັ່ງກ່າວ ແລະ ປິດລາຍການດ້ວຍ &apos;]&apos;. (ຕົວວິເຄາະ YAML: {parser})</translation>
    </message>
    <message>
        <source>a quoted text is never closed: add the closing quote (inside &quot;…&quot; write a quote as \&quot;, inside &apos;…&apos; as &apos;&apos;). (YAML parser: {parser})</source>
        <translation>ຂໍ້ຄວາມໃນເຄື່ອງໝາຍວົງຢືມບໍ່ໄດ້ປິດ: ກະລຸນາເພີ່ມເຄື່ອງໝາຍວົງຢືມປິດ (ພາຍໃນ &quot;…&quot; ໃຫ້ຂຽນເຄື່ອງໝາຍວົງຢືມເປັນ \&quot;, ພາຍໃນ &apos;…&apos; ເປັນ &apos;&apos;). (ຕົວວິເຄາະ YAML: {parser})</translation>
    </message>
    <message>
        <source>a line starts with a character YAML cannot read here (a tab, or &apos;@&apos; or &apos;`&apos; at the start of a text). Indent with spaces only, and put such a text in quotes. (YAML parser: {parser})</source>
        <translation>ມີແຖວໜຶ່ງເລີ່ມດ້ວຍຕົວອັກສອນທີ່ YAML ອ່ານບໍ່ໄດ້ຢູ່ບ່ອນນີ້ (ແທັບ, ຫຼື &apos;@&apos; ຫຼື &apos;`&apos; ຢູ່ຕົ້ນຂໍ້ຄວາມ). ກະລຸນາຍໍ່ໜ້າດ້ວຍຍະຫວ່າງເທົ່ານັ້ນ, ແລະ ໃສ່ເຄື່ອງໝາຍວົງຢືມໃຫ້ຂໍ້ຄວາມດັ່ງກ່າວ. (ຕົວວິເຄາະ YAML: {parser})</translation>
    </message>
    <message>
        <source>this line is not &apos;key: value&apos;: a &apos;:&apos; is missing after the key, or a long text continues on a line indented less than it should be (use a &apos;&gt;-&apos; block for long texts). (YAML parser: {parser})</source>
        <translation>ແຖວນີ້ບໍ່ແມ່ນ &apos;key: value&apos;: ຂາດ &apos;:&apos; ຫຼັງຄີ, ຫຼື ຂໍ້ຄວາມຍາວຕໍ່ໄປໃນແຖວທີ່ຍໍ່ໜ້າໜ້ອຍກວ່າທີ່ຄວນ (ກະລຸນາໃຊ້ບລັອກ &apos;&gt;-&apos; ສຳລັບຂໍ້ຄວາມຍາວ). (ຕົວວິເຄາະ YAML: {parser})</translation>
    </message>
    <message>
        <source>the indentation does not match the lines above: the keys of one mapping, and the &apos;- &apos; items of one list, must start in the same column. (YAML parser: {parser})</source>
        <translation>ການຍໍ່ໜ້າບໍ່ກົງກັບແຖວຂ້າງເທິງ: ຄີຂອງການແມັບດຽວກັນ, ແລະ ລາຍການ &apos;- &apos; ຂອງລາຍການດຽວກັນ, ຕ້ອງເລີ່ມຢູ່ຖັນດຽວກັນ. (ຕົວວິເຄາະ YAML: {parser})</translation>
    </message>
    <message>
        <source>alias *{anchor} has no anchor &amp;{anchor} before it: define the anchor first.</source>
        <translation>alias *{anchor} ບໍ່ມີ anchor &amp;{anchor} ຢູ່ກ່ອນໜ້າ: ກະລຸນາກຳນົດ anchor ກ່ອນ.</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document (&apos;---&apos;); keep one questionnaire per file.</source>
        <translation>ໄຟລ໌ນີ້ມີເອກະສານ YAML ຫຼາຍກວ່າໜຶ່ງ (&apos;---&apos;); ກະລຸນາເກັບແບບສອບຖາມໜຶ່ງອັນຕໍ່ໜຶ່ງໄຟລ໌.</translation>
    </message>
    <message>
        <source>the document expands to more than {limit:,} values (usually aliases that refer to aliases). Write the values out or use fewer aliases.</source>
        <translation>ເອກະສານຂະຫຍາຍອອກເປັນຫຼາຍກວ່າ {limit:,} ຄ່າ (ສ່ວນຫຼາຍແມ່ນ alias ທີ່ອ້າງເຖິງ alias ອື່ນ). ກະລຸນາຂຽນຄ່າອອກໃຫ້ຄົບ ຫຼື ໃຊ້ alias ໜ້ອຍລົງ.</translation>
    </message>
    <message>
        <source>values are nested more than {limit} levels deep; a questionnaire never needs this. Check the indentation.</source>
        <translation>ຄ່າຊ້ອນກັນເລິກກວ່າ {limit} ຊັ້ນ; ແບບສອບຖາມບໍ່ເຄີຍຕ້ອງການແບບນີ້. ກະລຸນາກວດການຍໍ່ໜ້າ.</translation>
    </message>
    <message>
        <source>duplicate key {key!r}: it was already given on line {first_line}. YAML keeps only one of them, so remove or rename one.</source>
        <translation>ຄີຊ້ຳກັນ {key!r}: ມັນຖືກລະບຸໄວ້ແລ້ວຢູ່ແຖວ {first_line}. YAML ເກັບໄວ້ພຽງອັນດຽວ, ສະນັ້ນກະລຸນາລຶບ ຫຼື ປ່ຽນຊື່ອັນໜຶ່ງ.</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}. Check the path and permissions.</source>
        <translation>ອ່ານໄຟລ໌ບໍ່ໄດ້: {reason}. ກະລຸນາກວດເສັ້ນທາງ ແລະ ສິດການເຂົ້າເຖິງ.</translation>
    </message>
    <message>
        <source>merge keys (&apos;&lt;&lt;: *anchor&apos;) are not supported in questionnaires: write the keys out in full (an alias &apos;*anchor&apos; on its own, as a whole value, does work).</source>
        <translation>ແບບສອບຖາມບໍ່ຮອງຮັບຄີລວມ (&apos;&lt;&lt;: *anchor&apos;): ກະລຸນາຂຽນຄີອອກໃຫ້ຄົບ (alias &apos;*anchor&apos; ທີ່ຢູ່ດ່ຽວໆ ເປັນຄ່າທັງໝົດ ແມ່ນໃຊ້ໄດ້).</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in {where}{hint}</source>
        <translation>ບໍ່ຮູ້ຈັກຄີ &apos;{key}&apos; ໃນ {where}{hint}</translation>
    </message>
    <message>
        <source>{where} must be {expected}, not {found}.</source>
        <translation>{where} ຕ້ອງເປັນ {expected}, ບໍ່ແມ່ນ {found}.</translation>
    </message>
    <message>
        <source>{where} is empty; write the text.</source>
        <translation>{where} ຫວ່າງເປົ່າ; ກະລຸນາຂຽນຂໍ້ຄວາມ.</translation>
    </message>
    <message>
        <source>the tag {tag!r} is not allowed here; write a plain value without a &apos;!tag&apos;.</source>
        <translation>ບໍ່ອະນຸຍາດແທັກ {tag!r} ຢູ່ບ່ອນນີ້; ກະລຸນາຂຽນຄ່າທຳມະດາໂດຍບໍ່ມີ &apos;!tag&apos;.</translation>
    </message>
    <message>
        <source>a key must be a plain word, not a list or mapping.</source>
        <translation>ຄີຕ້ອງເປັນຄຳທຳມະດາ, ບໍ່ແມ່ນລາຍການ ຫຼື ການແມັບ.</translation>
    </message>
    <message>
        <source>{where}: &apos;{combiner}&apos; must stand alone in its condition; put the other comparisons inside it.</source>
        <translation>{where}: &apos;{combiner}&apos; ຕ້ອງຢູ່ດ່ຽວໆໃນເງື່ອນໄຂຂອງມັນ; ກະລຸນາເອົາການປຽບທຽບອື່ນໄວ້ພາຍໃນມັນ.</translation>
    </message>
    <message>
        <source>{where} ({what}) is missing the required key &apos;{key}&apos;. Add &apos;{key}: …&apos;{doc}</source>
        <translation>{where} ({what}) ຂາດຄີບັງຄັບ &apos;{key}&apos;. ກະລຸນາເພີ່ມ &apos;{key}: …&apos;{doc}</translation>
    </message>
    <message>
        <source>{where} must have at least this many items: {count}.</source>
        <translation>{where} ຕ້ອງມີຢ່າງໜ້ອຍ {count} ລາຍການ.</translation>
    </message>
    <message>
        <source>{where} needs &apos;question: &lt;question id&gt;&apos; to say which answer it looks at.</source>
        <translation>{where} ຕ້ອງມີ &apos;question: &lt;ລະຫັດຄຳຖາມ&gt;&apos; ເພື່ອລະບຸວ່າມັນເບິ່ງຄຳຕອບໃດ.</translation>
    </message>
    <message>
        <source>{where} needs exactly one comparison ({operators}); found {count}. Combine several with &apos;all:&apos; or &apos;any:&apos;.</source>
        <translation>{where} ຕ້ອງມີການປຽບທຽບພຽງອັນດຽວ ({operators}); ພົບ {count}. ກະລຸນາລວມຫຼາຍອັນດ້ວຍ &apos;all:&apos; ຫຼື &apos;any:&apos;.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not allowed for {where}.{hint} Use one of: {choices}.</source>
        <translation>ບໍ່ອະນຸຍາດ &apos;{value}&apos; ສຳລັບ {where}.{hint} ກະລຸນາໃຊ້ອັນໃດອັນໜຶ່ງຕໍ່ໄປນີ້: {choices}.</translation>
    </message>
    <message>
        <source>{where} is {value}; it must be {bound}.</source>
        <translation>{where} ແມ່ນ {value}; ມັນຕ້ອງ {bound}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; only applies to number questions; question &apos;{question}&apos; is {qtype}.</source>
        <translation>&apos;{key}&apos; ໃຊ້ໄດ້ກັບຄຳຖາມແບບຕົວເລກເທົ່ານັ້ນ; ຄຳຖາມ &apos;{question}&apos; ເປັນແບບ {qtype}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a version: write three numbers, major.minor.patch, such as 1.0.0.</source>
        <translation>&apos;{value}&apos; ບໍ່ແມ່ນເລກສະບັບ: ກະລຸນາຂຽນຕົວເລກສາມຊຸດ, major.minor.patch, ເຊັ່ນ 1.0.0.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; in {where} is not a valid identifier; use lower-case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>&apos;{value}&apos; ໃນ {where} ບໍ່ແມ່ນຕົວລະບຸທີ່ຖືກຕ້ອງ; ກະລຸນາໃຊ້ຕົວອັກສອນພິມນ້ອຍ, ຕົວເລກ, &apos;-&apos;, &apos;_&apos; ຫຼື &apos;.&apos;.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code AISafe knows ({where}).{hint} Use one of: {choices}.</source>
        <translation>&apos;{value}&apos; ບໍ່ແມ່ນລະຫັດພາສາທີ່ AISafe ຮູ້ຈັກ ({where}).{hint} ກະລຸນາໃຊ້ອັນໃດອັນໜຶ່ງຕໍ່ໄປນີ້: {choices}.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is {qtype} and cannot have options; remove them or change the type.</source>
        <translation>ຄຳຖາມ &apos;{question}&apos; ເປັນແບບ {qtype} ແລະ ບໍ່ສາມາດມີຕົວເລືອກໄດ້; ກະລຸນາລຶບຕົວເລືອກອອກ ຫຼື ປ່ຽນປະເພດ.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; alone (without value: and label:) is the short form of a yes_no answer; question &apos;{question}&apos; is {qtype}, so write {{value: …, label: …}}.</source>
        <translation>&apos;{value}&apos; ຢ່າງດຽວ (ບໍ່ມີ value: ແລະ label:) ແມ່ນຮູບແບບຫຍໍ້ຂອງຄຳຕອບ yes_no; ຄຳຖາມ &apos;{question}&apos; ເປັນແບບ {qtype}, ສະນັ້ນກະລຸນາຂຽນ {{value: …, label: …}}.</translation>
    </message>
    <message>
        <source>a yes_no question only has the answers yes, no and na; &apos;{value}&apos; is not one of them. Use single_choice for other answers.</source>
        <translation>ຄຳຖາມ yes_no ມີພຽງຄຳຕອບ yes, no ແລະ na; &apos;{value}&apos; ບໍ່ແມ່ນໜຶ່ງໃນນັ້ນ. ກະລຸນາໃຊ້ single_choice ສຳລັບຄຳຕອບອື່ນ.</translation>
    </message>
    <message>
        <source>{qtype} question &apos;{question}&apos; needs at least two options under &apos;options&apos;.</source>
        <translation>ຄຳຖາມແບບ {qtype} &apos;{question}&apos; ຕ້ອງມີຢ່າງໜ້ອຍສອງຕົວເລືອກພາຍໃຕ້ &apos;options&apos;.</translation>
    </message>
    <message>
        <source>scale question &apos;{question}&apos; needs at least two points under &apos;options&apos; (value 0, 1, …, each with a label).</source>
        <translation>ຄຳຖາມແບບມາດຕາສ່ວນ &apos;{question}&apos; ຕ້ອງມີຢ່າງໜ້ອຍສອງລະດັບພາຍໃຕ້ &apos;options&apos; (ຄ່າ 0, 1, …, ແຕ່ລະອັນມີປ້າຍກຳກັບ).</translation>
    </message>
    <message>
        <source>scale points are whole numbers (0, 1, 2 …); &apos;{value}&apos; is not.</source>
        <translation>ລະດັບຂອງມາດຕາສ່ວນເປັນຈຳນວນເຕັມ (0, 1, 2 …); &apos;{value}&apos; ບໍ່ແມ່ນຈຳນວນເຕັມ.</translation>
    </message>
    <message>
        <source>{what} has min {minimum} above (or equal to) max {maximum}; swap them.</source>
        <translation>{what} ມີ min {minimum} ສູງກວ່າ (ຫຼື ເທົ່າກັບ) max {maximum}; ກະລຸນາສະຫຼັບກັນ.</translation>
    </message>
    <message>
        <source>the points of scale question &apos;{question}&apos; are {points}; number them 0, 1, 2 … (or 1, 2, 3 …) with no gap (missing: {missing}).</source>
        <translation>ລະດັບຂອງຄຳຖາມແບບມາດຕາສ່ວນ &apos;{question}&apos; ແມ່ນ {points}; ກະລຸນາໃສ່ເລກ 0, 1, 2 … (ຫຼື 1, 2, 3 …) ໂດຍບໍ່ມີຊ່ອງຫວ່າງ (ຂາດ: {missing}).</translation>
    </message>
    <message>
        <source>{where}: &apos;{fragment}&apos; looks like the rest of a text cut off at an unquoted &apos;,&apos; or &apos;?&apos;. Quote this text: {key}: &quot;…, …&quot;.</source>
        <translation>{where}: &apos;{fragment}&apos; ເບິ່ງຄືສ່ວນທີ່ເຫຼືອຂອງຂໍ້ຄວາມທີ່ຖືກຕັດຢູ່ &apos;,&apos; ຫຼື &apos;?&apos; ທີ່ບໍ່ມີເຄື່ອງໝາຍວົງຢືມ. ກະລຸນາໃສ່ເຄື່ອງໝາຍວົງຢືມໃຫ້ຂໍ້ຄວາມນີ້: {key}: &quot;…, …&quot;.</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is used twice (first on line {first_line}); every {what} must be unique. Rename one.</source>
        <translation>{what} &apos;{value}&apos; ຖືກໃຊ້ສອງເທື່ອ (ເທື່ອທຳອິດຢູ່ແຖວ {first_line}); {what} ແຕ່ລະອັນຕ້ອງບໍ່ຊ້ຳກັນ. ກະລຸນາປ່ຽນຊື່ອັນໜຶ່ງ.</translation>
    </message>
    <message>
        <source>{where} has no text in {missing}; add {add}.</source>
        <translation>{where} ບໍ່ມີຂໍ້ຄວາມເປັນ {missing}; ກະລຸນາເພີ່ມ {add}.</translation>
    </message>
    <message>
        <source>{where} is a plain text, but the file declares {languages}; write it as a mapping with one text per language ({add}).</source>
        <translation>{where} ເປັນຂໍ້ຄວາມທຳມະດາ, ແຕ່ໄຟລ໌ປະກາດ {languages}; ກະລຸນາຂຽນເປັນການແມັບທີ່ມີໜຶ່ງຂໍ້ຄວາມຕໍ່ໜຶ່ງພາສາ ({add}).</translation>
    </message>
    <message>
        <source>{where} has text in {extra}, which is not in languages; add each code to languages or remove the text.</source>
        <translation>{where} ມີຂໍ້ຄວາມເປັນ {extra}, ເຊິ່ງບໍ່ຢູ່ໃນ languages; ກະລຸນາເພີ່ມລະຫັດດັ່ງກ່າວໃສ່ languages ຫຼື ລຶບຂໍ້ຄວາມນັ້ນອອກ.</translation>
    </message>
    <message>
        <source>texts without a &apos;{code}&apos; text: {count}{found} — this follows from languages (line {line}); fix that first.</source>
        <translation>ຂໍ້ຄວາມ {count} ລາຍການບໍ່ມີຂໍ້ຄວາມ &apos;{code}&apos;{found} — ອັນນີ້ເກີດຈາກ languages (ແຖວ {line}); ກະລຸນາແກ້ໄຂບ່ອນນັ້ນກ່ອນ.</translation>
    </message>
    <message>
        <source>default_language &apos;{value}&apos; is not in languages ({languages}); add it there.</source>
        <translation>default_language &apos;{value}&apos; ບໍ່ຢູ່ໃນ languages ({languages}); ກະລຸນາເພີ່ມມັນໃສ່ບ່ອນນັ້ນ.</translation>
    </message>
    <message>
        <source>condition refers to question &apos;{question}&apos;, which does not exist{hint}</source>
        <translation>ເງື່ອນໄຂອ້າງເຖິງຄຳຖາມ &apos;{question}&apos;, ເຊິ່ງບໍ່ມີຢູ່{hint}</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; has no option &apos;{value}&apos;; its options are {options}.</source>
        <translation>ຄຳຖາມ &apos;{question}&apos; ບໍ່ມີຕົວເລືອກ &apos;{value}&apos;; ຕົວເລືອກຂອງມັນແມ່ນ {options}.</translation>
    </message>
    <message>
        <source>this {owner}&apos;s condition looks at question &apos;{question}&apos;, which is shown only when the condition holds. Base it on another question (it may come before or after; conditions can refer forward).</source>
        <translation>ເງື່ອນໄຂຂອງ {owner} ນີ້ເບິ່ງຄຳຖາມ &apos;{question}&apos;, ເຊິ່ງສະແດງສະເພາະເມື່ອເງື່ອນໄຂນັ້ນເປັນຈິງ. ກະລຸນາອີງໃສ່ຄຳຖາມອື່ນ (ຈະຢູ່ກ່ອນ ຫຼື ຫຼັງກໍໄດ້; ເງື່ອນໄຂອ້າງເຖິງຄຳຖາມທີ່ຢູ່ຕໍ່ໄປໄດ້).</translation>
    </message>
    <message>
        <source>conditions form a cycle: {chain}; no question can be shown first. Break the cycle by removing one of these conditions.</source>
        <translation>ເງື່ອນໄຂເປັນວົງວຽນ: {chain}; ບໍ່ມີຄຳຖາມໃດສະແດງກ່ອນໄດ້. ກະລຸນາຕັດວົງວຽນໂດຍລຶບເງື່ອນໄຂໃດໜຶ່ງໃນນີ້.</translation>
    </message>
    <message>
        <source>&apos;{operator}&apos; compares numbers or dates, but question &apos;{question}&apos; is {qtype}; use equals or in.</source>
        <translation>&apos;{operator}&apos; ປຽບທຽບຕົວເລກ ຫຼື ວັນທີ, ແຕ່ຄຳຖາມ &apos;{question}&apos; ເປັນແບບ {qtype}; ກະລຸນາໃຊ້ equals ຫຼື in.</translation>
    </message>
    <message>
        <source>&apos;includes&apos; is for multiple_choice questions; &apos;{question}&apos; is {qtype}: use equals.</source>
        <translation>&apos;includes&apos; ໃຊ້ສຳລັບຄຳຖາມ multiple_choice; &apos;{question}&apos; ເປັນແບບ {qtype}: ກະລຸນາໃຊ້ equals.</translation>
    </message>
    <message>
        <source>&apos;{question}&apos; allows several answers; use &apos;includes: VALUE&apos; or &apos;in: [VALUES]&apos; instead of {operator}.</source>
        <translation>&apos;{question}&apos; ອະນຸຍາດຫຼາຍຄຳຕອບ; ກະລຸນາໃຊ້ &apos;includes: VALUE&apos; ຫຼື &apos;in: [VALUES]&apos; ແທນ {operator}.</translation>
    </message>
    <message>
        <source>&apos;{operator}: {value}&apos; on scale question &apos;{question}&apos; must be one of its points ({points}), written as a number without quotes.</source>
        <translation>&apos;{operator}: {value}&apos; ໃນຄຳຖາມແບບມາດຕາສ່ວນ &apos;{question}&apos; ຕ້ອງເປັນລະດັບໜຶ່ງຂອງມັນ ({points}), ຂຽນເປັນຕົວເລກໂດຍບໍ່ມີເຄື່ອງໝາຍວົງຢືມ.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a number question, so &apos;{operator}&apos; needs a number, not &apos;{value}&apos;.</source>
        <translation>ຄຳຖາມ &apos;{question}&apos; ເປັນຄຳຖາມແບບຕົວເລກ, ສະນັ້ນ &apos;{operator}&apos; ຕ້ອງໃຊ້ຕົວເລກ, ບໍ່ແມ່ນ &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a date question, so &apos;{operator}&apos; needs a real date written &quot;YYYY-MM-DD&quot; (e.g. &quot;2026-12-02&quot;), not &apos;{value}&apos;.</source>
        <translation>ຄຳຖາມ &apos;{question}&apos; ເປັນຄຳຖາມແບບວັນທີ, ສະນັ້ນ &apos;{operator}&apos; ຕ້ອງໃຊ້ວັນທີແທ້ທີ່ຂຽນເປັນ &quot;YYYY-MM-DD&quot; (ເຊັ່ນ &quot;2026-12-02&quot;), ບໍ່ແມ່ນ &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>question &apos;{question}&apos; is a text question, so &apos;{operator}&apos; needs a text, not &apos;{value}&apos;; put it in quotes.</source>
        <translation>ຄຳຖາມ &apos;{question}&apos; ເປັນຄຳຖາມແບບຂໍ້ຄວາມ, ສະນັ້ນ &apos;{operator}&apos; ຕ້ອງໃຊ້ຂໍ້ຄວາມ, ບໍ່ແມ່ນ &apos;{value}&apos;; ກະລຸນາໃສ່ເຄື່ອງໝາຍວົງຢືມ.</translation>
    </message>
    <message>
        <source>dimension &apos;{value}&apos; is not declared under &apos;dimensions&apos;.{hint}</source>
        <translation>ມິຕິ &apos;{value}&apos; ບໍ່ໄດ້ປະກາດໄວ້ພາຍໃຕ້ &apos;dimensions&apos;.{hint}</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is not declared under &apos;recommendations&apos;.{hint}</source>
        <translation>ຂໍ້ແນະນຳ &apos;{value}&apos; ບໍ່ໄດ້ປະກາດໄວ້ພາຍໃຕ້ &apos;recommendations&apos;.{hint}</translation>
    </message>
    <message>
        <source>band &apos;{value}&apos; is not declared under scoring.bands.{hint}</source>
        <translation>ລະດັບຜົນ &apos;{value}&apos; ບໍ່ໄດ້ປະກາດໄວ້ພາຍໃຕ້ scoring.bands.{hint}</translation>
    </message>
    <message>
        <source>bands &apos;{lower}&apos; and &apos;{upper}&apos; overlap between {start} and {end}; set min of &apos;{upper}&apos; to {end}.</source>
        <translation>ລະດັບຜົນ &apos;{lower}&apos; ແລະ &apos;{upper}&apos; ຊ້ອນກັນລະຫວ່າງ {start} ແລະ {end}; ກະລຸນາກຳນົດ min ຂອງ &apos;{upper}&apos; ເປັນ {end}.</translation>
    </message>
    <message>
        <source>no band covers scores from {start} to {end}; {fix}.</source>
        <translation>ບໍ່ມີລະດັບຜົນໃດຄຸມຄະແນນແຕ່ {start} ຫາ {end}; {fix}.</translation>
    </message>
    <message>
        <source>the mitigation dimension cannot also count in the overall score; remove it from scoring.overall.</source>
        <translation>ມິຕິການຫຼຸດຜ່ອນຄວາມສ່ຽງບໍ່ສາມາດນັບລວມໃນຄະແນນລວມນຳໄດ້; ກະລຸນາເອົາມັນອອກຈາກ scoring.overall.</translation>
    </message>
    <message>
        <source>no option gives points to dimension &apos;{value}&apos;, so it will always score 0; give points or remove it.</source>
        <translation>ບໍ່ມີຕົວເລືອກໃດໃຫ້ຄະແນນແກ່ມິຕິ &apos;{value}&apos;, ສະນັ້ນມັນຈະໄດ້ 0 ຄະແນນສະເໝີ; ກະລຸນາໃຫ້ຄະແນນ ຫຼື ລຶບມັນອອກ.</translation>
    </message>
    <message>
        <source>recommendation &apos;{value}&apos; is never triggered by an option, red flag, floor or outcome; reference it or remove it.</source>
        <translation>ຂໍ້ແນະນຳ &apos;{value}&apos; ບໍ່ເຄີຍຖືກເອີ້ນໃຊ້ໂດຍຕົວເລືອກ, ສັນຍານເຕືອນ, ລະດັບຂັ້ນຕ່ຳ ຫຼື ຜົນລັບໃດເລີຍ; ກະລຸນາອ້າງເຖິງມັນ ຫຼື ລຶບມັນອອກ.</translation>
    </message>
    <message>
        <source>the file has no &apos;format: 2&apos;, so it is read as format 1, where every yes_no question also offers &apos;not applicable&apos; (which drops the question from the score). Add &apos;format: 2&apos; at the top and list na under options only where it is a real answer.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ມີ &apos;format: 2&apos;, ສະນັ້ນມັນຖືກອ່ານເປັນຮູບແບບ 1, ເຊິ່ງທຸກຄຳຖາມ yes_no ຍັງມີຕົວເລືອກ &apos;ບໍ່ກ່ຽວຂ້ອງ&apos; (ເຊິ່ງເຮັດໃຫ້ຄຳຖາມນັ້ນບໍ່ຖືກນັບຄະແນນ). ກະລຸນາເພີ່ມ &apos;format: 2&apos; ໄວ້ເທິງສຸດ ແລະ ລະບຸ na ພາຍໃຕ້ options ສະເພາະບ່ອນທີ່ມັນເປັນຄຳຕອບແທ້.</translation>
    </message>
    <message>
        <source>{where} contains &apos;{tag}&apos;: texts are shown as plain text everywhere (screen and PDF), so the tag would appear literally. Remove it.</source>
        <translation>{where} ມີ &apos;{tag}&apos;: ຂໍ້ຄວາມຖືກສະແດງເປັນຂໍ້ຄວາມທຳມະດາທຸກບ່ອນ (ໜ້າຈໍ ແລະ PDF), ສະນັ້ນແທັກຈະປາກົດຕາມຕົວອັກສອນ. ກະລຸນາລຶບມັນອອກ.</translation>
    </message>
    <message>
        <source>{where} contains the control character {char}: it would drive a terminal or turn the text around on screen. Remove it.</source>
        <translation>{where} ມີຕົວອັກສອນຄວບຄຸມ {char}: ມັນຈະສັ່ງການເທີມິນອນ ຫຼື ປີ້ນຂໍ້ຄວາມເທິງໜ້າຈໍ. ກະລຸນາລຶບອອກ.</translation>
    </message>
    <message>
        <source>texts without a {language} translation: {count} (first: {first}); until they are translated, the {language} screens and PDFs show them in {fallback}. Translate them in {translation}.</source>
        <translation>ຂໍ້ຄວາມທີ່ບໍ່ມີຄຳແປເປັນ {language}: {count} (ອັນທຳອິດ: {first}); ຈົນກວ່າຈະແປແລ້ວ, ໜ້າຈໍ ແລະ PDF ທີ່ເປັນ {language} ຈະສະແດງຂໍ້ຄວາມເຫຼົ່ານັ້ນເປັນ {fallback}. ກະລຸນາແປໃນ {translation}.</translation>
    </message>
    <message>
        <source>{translation} translates &apos;{address}&apos;, which this questionnaire does not have (moved or removed); move it to the text&apos;s new address or delete it.</source>
        <translation>{translation} ແປ &apos;{address}&apos;, ເຊິ່ງແບບສອບຖາມນີ້ບໍ່ມີ (ຖືກຍ້າຍ ຫຼື ລຶບອອກແລ້ວ); ກະລຸນາຍ້າຍມັນໄປທີ່ຢູ່ໃໝ່ຂອງຂໍ້ຄວາມນັ້ນ ຫຼື ລຶບມັນອອກ.</translation>
    </message>
    <message>
        <source>the {language} text of &apos;{address}&apos; has the placeholders {found}, the {fallback} text has {expected}; keep every {{placeholder}} exactly as written in {fallback}.</source>
        <translation>ຂໍ້ຄວາມ {language} ຂອງ &apos;{address}&apos; ມີຕົວແທນຄ່າ {found}, ແຕ່ຂໍ້ຄວາມ {fallback} ມີ {expected}; ກະລຸນາຮັກສາທຸກ {{placeholder}} ໃຫ້ຄືກັບທີ່ຂຽນໄວ້ໃນ {fallback}.</translation>
    </message>
    <message>
        <source>{translation} translates {questionnaire} version {found}, not {version}, so it is not used; update its texts and set version: {version}.</source>
        <translation>{translation} ແປ {questionnaire} ສະບັບ {found}, ບໍ່ແມ່ນ {version}, ສະນັ້ນຈຶ່ງບໍ່ຖືກນຳໃຊ້; ກະລຸນາປັບປຸງຂໍ້ຄວາມຂອງມັນ ແລະ ກຳນົດ version: {version}.</translation>
    </message>
    <message>
        <source>{translation} is not a translation file (it needs the fields &apos;questionnaire&apos;, &apos;version&apos;, &apos;language&apos; (a known code), &apos;status&apos; (draft or reviewed) and &apos;texts&apos;); fix its header.</source>
        <translation>{translation} ບໍ່ແມ່ນໄຟລ໌ຄຳແປ (ມັນຕ້ອງມີ questionnaire, version, language (ລະຫັດທີ່ຮູ້ຈັກ), status (draft ຫຼື reviewed) ແລະ texts); ກະລຸນາແກ້ໄຂສ່ວນຫົວຂອງມັນ.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your organisation</source>
        <translation>ອົງການຂອງທ່ານ</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>1 to 9 people</source>
        <translation>1 ຫາ 9 ຄົນ</translation>
    </message>
    <message>
        <source>10 to 49 people</source>
        <translation>10 ຫາ 49 ຄົນ</translation>
    </message>
    <message>
        <source>50 to 249 people</source>
        <translation>50 ຫາ 249 ຄົນ</translation>
    </message>
    <message>
        <source>250 people or more</source>
        <translation>250 ຄົນ ຫຼື ຫຼາຍກວ່າ</translation>
    </message>
    <message>
        <source>Government agency or public body</source>
        <translation>ໜ່ວຍງານລັດ ຫຼື ອົງການຈັດຕັ້ງພາກລັດ</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>ຊື່ອົງການ</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>ເລກທະບຽນ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ຂະແໜງການ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ຂະໜາດ</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>ຜູ້ປະສານງານ</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>ອີເມວຕິດຕໍ່</translation>
    </message>
    <message>
        <source>As it should appear on your reports.</source>
        <translation>ຕາມທີ່ຄວນປາກົດໃນລາຍງານຂອງທ່ານ.</translation>
    </message>
    <message>
        <source>For example your SSM, ACRA or DBD number. Optional.</source>
        <translation>ຕົວຢ່າງ ເລກທະບຽນວິສາຫະກິດ, ເລກ SSM, ACRA ຫຼື DBD. ບໍ່ບັງຄັບ.</translation>
    </message>
    <message>
        <source>Where the organisation is based.</source>
        <translation>ບ່ອນທີ່ອົງການຕັ້ງຢູ່.</translation>
    </message>
    <message>
        <source>For example retail, health, finance or education.</source>
        <translation>ຕົວຢ່າງ ການຄ້າຍ່ອຍ, ສາທາລະນະສຸກ, ການເງິນ ຫຼື ການສຶກສາ.</translation>
    </message>
    <message>
        <source>How many people work for the organisation.</source>
        <translation>ຈຳນວນຄົນທີ່ເຮັດວຽກໃຫ້ອົງການ.</translation>
    </message>
    <message>
        <source>Who answers questions about the assessments. Optional.</source>
        <translation>ຜູ້ທີ່ຕອບຄຳຖາມກ່ຽວກັບການປະເມີນ. ບໍ່ບັງຄັບ.</translation>
    </message>
    <message>
        <source>An email address for that person. Optional.</source>
        <translation>ທີ່ຢູ່ອີເມວຂອງຜູ້ນັ້ນ. ບໍ່ບັງຄັບ.</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>ເລືອກປະເທດ</translation>
    </message>
    <message>
        <source>Choose a size</source>
        <translation>ເລືອກຂະໜາດ</translation>
    </message>
    <message>
        <source>e.g. retail</source>
        <translation>ເຊັ່ນ: ການຄ້າຍ່ອຍ</translation>
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
        <translation>ຄຳຕອບນີ້ກຳນົດຜົນການປະເມີນເປັນ {band} ບໍ່ວ່າທ່ານຈະຕອບຂໍ້ອື່ນແນວໃດ: {message} ກະລຸນາຢຸດ ແລະ ຂໍຄຳປຶກສາກ່ອນນຳໃຊ້ລະບົບປັນຍາປະດິດນີ້.</translation>
    </message>
    <message>
        <source>Provisional result: {band} ({percent} %).</source>
        <translation>ຜົນການປະເມີນຊົ່ວຄາວ: {band} ({percent} %).</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n answered question(s) of the {total} that apply so far. The result can still change as you answer the rest.</source>
        <translation>
            <numerusform>ອີງໃສ່ %n ຄຳຖາມທີ່ໄດ້ຕອບແລ້ວ ຈາກ {total} ຄຳຖາມທີ່ກ່ຽວຂ້ອງມາຮອດດຽວນີ້. ຜົນການປະເມີນຍັງອາດປ່ຽນແປງໄດ້ເມື່ອທ່ານຕອບຄຳຖາມທີ່ເຫຼືອ.</numerusform>
            <numerusform>ອີງໃສ່ %n ຄຳຖາມທີ່ໄດ້ຕອບແລ້ວ ຈາກ {total} ຄຳຖາມທີ່ກ່ຽວຂ້ອງມາຮອດດຽວນີ້. ຜົນການປະເມີນຍັງອາດປ່ຽນແປງໄດ້ເມື່ອທ່ານຕອບຄຳຖາມທີ່ເຫຼືອ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Red flags so far:</source>
        <translation>ສັນຍານເຕືອນມາຮອດດຽວນີ້:</translation>
    </message>
    <message>
        <source>Result so far</source>
        <translation>ຜົນການປະເມີນມາຮອດດຽວນີ້</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <source>Expanded. {guidance}</source>
        <translation>ຂະຫຍາຍແລ້ວ. {guidance}</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to show the guidance for this question.</source>
        <translation>ຫຍໍ້ແລ້ວ. ກົດ Space ເພື່ອສະແດງຄຳແນະນຳຂອງຄຳຖາມນີ້.</translation>
    </message>
    <message>
        <source>The agency commented on this answer:</source>
        <translation>ໜ່ວຍງານໄດ້ໃຫ້ຄຳເຫັນຕໍ່ຄຳຕອບນີ້:</translation>
    </message>
    <message>
        <source>Not saved yet. Your answer is kept here and the app keeps trying to save it.</source>
        <translation>ຍັງບໍ່ໄດ້ບັນທຶກ. ຄຳຕອບຂອງທ່ານຖືກເກັບໄວ້ຢູ່ນີ້ ແລະ ແອັບກຳລັງພະຍາຍາມບັນທຶກຢູ່.</translation>
    </message>
    <message>
        <source>This question is in {language}.</source>
        <translation>ຄຳຖາມນີ້ເປັນ {language}.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>ບັງຄັບ.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>ບໍ່ບັງຄັບ.</translation>
    </message>
    <message>
        <source>Prefilled from your organisation profile. Change it if it is not right for this assessment.</source>
        <translation>ຕື່ມໄວ້ລ່ວງໜ້າຈາກຂໍ້ມູນອົງການຂອງທ່ານ. ກະລຸນາປ່ຽນແປງຖ້າບໍ່ເໝາະສົມກັບການປະເມີນຄັ້ງນີ້.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>ບັງຄັບ</translation>
    </message>
    <message>
        <source>Clear answer</source>
        <translation>ລຶບຄຳຕອບ</translation>
    </message>
    <message>
        <source>Clear answer: {question}</source>
        <translation>ລຶບຄຳຕອບ: {question}</translation>
    </message>
    <message>
        <source>Remove the answer to this question</source>
        <translation>ລຶບຄຳຕອບຂອງຄຳຖາມນີ້</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ປະຫວັດ</translation>
    </message>
    <message>
        <source>History: {question}</source>
        <translation>ປະຫວັດ: {question}</translation>
    </message>
    <message>
        <source>When and how this answer and its comment changed</source>
        <translation>ຄຳຕອບນີ້ ແລະ ຄຳເຫັນຂອງມັນປ່ຽນແປງເມື່ອໃດ ແລະ ແນວໃດ</translation>
    </message>
    <message>
        <source>Why we ask</source>
        <translation>ເປັນຫຍັງເຮົາຈຶ່ງຖາມ</translation>
    </message>
    <message>
        <source>Why we ask: {question}</source>
        <translation>ເປັນຫຍັງເຮົາຈຶ່ງຖາມ: {question}</translation>
    </message>
    <message>
        <source>Evidence or comment: {question}</source>
        <translation>ຫຼັກຖານ ຫຼື ຄຳເຫັນ: {question}</translation>
    </message>
    <message>
        <source>Optional: a note, a document name or a link to evidence</source>
        <translation>ບໍ່ບັງຄັບ: ໝາຍເຫດ, ຊື່ເອກະສານ ຫຼື ລິ້ງໄປຫາຫຼັກຖານ</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Signed review receipt</source>
        <translation>ໃບຮັບຜົນການພິຈາລະນາທີ່ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>The receipt tells the business your decision and every comment, and is signed with your agency&apos;s identity so that their app can check it came from you.</source>
        <translation>ໃບຮັບຈະແຈ້ງໃຫ້ທຸລະກິດຮູ້ການຕັດສິນ ແລະ ທຸກຄຳເຫັນຂອງທ່ານ, ແລະ ຖືກລົງລາຍເຊັນດ້ວຍຕົວຕົນຂອງໜ່ວຍງານຂອງທ່ານ ເພື່ອໃຫ້ແອັບຂອງເຂົາເຈົ້າກວດສອບໄດ້ວ່າມັນມາຈາກທ່ານ.</translation>
    </message>
    <message>
        <source>&amp;Signing identity</source>
        <translation>ຕົວຕົນສຳລັບລົງລາຍເຊັນ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>ວະລີລະຫັດຜ່ານ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language of the receipt</source>
        <translation>ພາສາຂອງໃບຮັບ(&amp;L)</translation>
    </message>
    <message>
        <source>There is no signing identity yet: create one in Settings → Signing identities first.</source>
        <translation>ຍັງບໍ່ມີຕົວຕົນສຳລັບລົງລາຍເຊັນ: ກະລຸນາສ້າງໃນ ການຕັ້ງຄ່າ → ຕົວຕົນສຳລັບລົງລາຍເຊັນ ກ່ອນ.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>ບັນທຶກໃບຮັບ</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the signed receipt to {file}</source>
        <translation>ໄດ້ບັນທຶກໃບຮັບທີ່ລົງລາຍເຊັນໄວ້ທີ່ {file} ແລ້ວ</translation>
    </message>
    <message>
        <source>Review from {agency}</source>
        <translation>ຜົນການພິຈາລະນາຈາກ {agency}</translation>
    </message>
    <message>
        <source>Accepted by the agency</source>
        <translation>ໜ່ວຍງານຮັບຮອງແລ້ວ</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>ສົ່ງຄືນເພື່ອແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Under review at the agency</source>
        <translation>ກຳລັງພິຈາລະນາຢູ່ໜ່ວຍງານ</translation>
    </message>
    <message>
        <source>Received by the agency</source>
        <translation>ໜ່ວຍງານໄດ້ຮັບແລ້ວ</translation>
    </message>
    <message>
        <source>{agency} ({decision}, {date}): {comment}</source>
        <translation>{agency} ({decision}, {date}): {comment}</translation>
    </message>
    <message>
        <source>Please resubmit by {date}</source>
        <translation>ກະລຸນາຍື່ນຄືນພາຍໃນ {date}</translation>
    </message>
    <message>
        <source>The receipt is signed and unchanged, but its signer is not in your trusted list: check the fingerprint with the agency.</source>
        <translation>ໃບຮັບໄດ້ລົງລາຍເຊັນ ແລະ ບໍ່ມີການປ່ຽນແປງ, ແຕ່ຜູ້ລົງລາຍເຊັນບໍ່ຢູ່ໃນລາຍຊື່ທີ່ທ່ານເຊື່ອຖື: ກະລຸນາກວດສອບລາຍນິ້ວມືກັບໜ່ວຍງານ.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>ການຕັດສິນ</translation>
    </message>
    <message>
        <source>Signed by {signer} ({fingerprint}); decided on {date}.</source>
        <translation>ລົງລາຍເຊັນໂດຍ {signer} ({fingerprint}); ຕັດສິນເມື່ອ {date}.</translation>
    </message>
    <message>
        <source>The agency made no comments.</source>
        <translation>ໜ່ວຍງານບໍ່ມີຄຳເຫັນ.</translation>
    </message>
    <message>
        <source>About the whole report</source>
        <translation>ກ່ຽວກັບລາຍງານທັງໝົດ</translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <translation>ຄຳຕອບຂອງທ່ານ: {answer}</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(ຍັງບໍ່ໄດ້ຕອບ)</translation>
    </message>
    <message>
        <source>Agency: {comment}</source>
        <translation>ໜ່ວຍງານ: {comment}</translation>
    </message>
</context>
<context>
    <name>ReportAnswersDialog</name>
    <message>
        <source>Answers in the report</source>
        <translation>ຄຳຕອບໃນລາຍງານ</translation>
    </message>
    <message>
        <source>This report failed a check: do not rely on these answers.</source>
        <translation>ລາຍງານນີ້ບໍ່ຜ່ານການກວດສອບໜຶ່ງຂໍ້: ຢ່າເຊື່ອຖືຄຳຕອບເຫຼົ່ານີ້.</translation>
    </message>
    <message>
        <source>This questionnaire is not installed here: the answers are shown by question id.</source>
        <translation>ແບບສອບຖາມນີ້ບໍ່ໄດ້ຕິດຕັ້ງຢູ່ເຄື່ອງນີ້: ຄຳຕອບຖືກສະແດງຕາມລະຫັດຄຳຖາມ.</translation>
    </message>
    <message>
        <source>The report holds no answers.</source>
        <translation>ລາຍງານນີ້ບໍ່ມີຄຳຕອບ.</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(ຍັງບໍ່ໄດ້ຕອບ)</translation>
    </message>
    <message>
        <source>Comment or evidence: {text}</source>
        <translation>ຄຳເຫັນ ຫຼື ຫຼັກຖານ: {text}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Received report</source>
        <translation>ລາຍງານທີ່ໄດ້ຮັບ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>ກຳລັງໂຫຼດ…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>ຜົນການກວດສອບ</translation>
    </message>
    <message>
        <source>✔ Trusted: signed, unchanged, and the signer is in your trusted list.</source>
        <translation>✔ ໜ້າເຊື່ອຖື: ລົງລາຍເຊັນແລ້ວ, ບໍ່ມີການປ່ຽນແປງ, ແລະ ຜູ້ລົງລາຍເຊັນຢູ່ໃນລາຍຊື່ທີ່ທ່ານເຊື່ອຖື.</translation>
    </message>
    <message>
        <source>⚠ Not trusted: signed and unchanged, but nobody you trust vouches for the signer. Compare the fingerprint with the business before relying on it.</source>
        <translation>⚠ ບໍ່ໜ້າເຊື່ອຖື: ລົງລາຍເຊັນແລ້ວ ແລະ ບໍ່ມີການປ່ຽນແປງ, ແຕ່ບໍ່ມີຜູ້ໃດທີ່ທ່ານເຊື່ອຖືຮັບຮອງຜູ້ລົງລາຍເຊັນ. ກະລຸນາທຽບລາຍນິ້ວມືກັບທຸລະກິດກ່ອນທີ່ຈະເຊື່ອຖືມັນ.</translation>
    </message>
    <message>
        <source>✖ Invalid: do not rely on this file.</source>
        <translation>✖ ບໍ່ຖືກຕ້ອງ: ຢ່າເຊື່ອຖືໄຟລ໌ນີ້.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>ສະຫຼຸບ</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>ຄຳຕອບ</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>ການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>ການພິຈາລະນາ</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>ຜູ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>ລາຍນິ້ວມື (SHA-256)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ອົງການ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ຂະແໜງການ</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>ລະບົບປັນຍາປະດິດ</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>ແບບສອບຖາມ</translation>
    </message>
    <message>
        <source>Result (re-scored)</source>
        <translation>ຜົນການປະເມີນ (ຄິດໄລ່ຄືນໃໝ່)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ຄະແນນ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>ເລກອ້າງອີງ</translation>
    </message>
    <message>
        <source>Claimed signing time</source>
        <translation>ເວລາລົງລາຍເຊັນທີ່ອ້າງ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>ໄດ້ຮັບເມື່ອ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>ສັນຍານເຕືອນ</translation>
    </message>
    <message>
        <source>Why this result</source>
        <translation>ເປັນຫຍັງຈຶ່ງໄດ້ຜົນນີ້</translation>
    </message>
    <message>
        <source>This questionnaire version is not installed here: the answers cannot be shown with their questions.</source>
        <translation>ສະບັບແບບສອບຖາມນີ້ບໍ່ໄດ້ຕິດຕັ້ງຢູ່ເຄື່ອງນີ້: ບໍ່ສາມາດສະແດງຄຳຕອບພ້ອມກັບຄຳຖາມຂອງມັນໄດ້.</translation>
    </message>
    <message>
        <source>There are no verified answers to show.</source>
        <translation>ບໍ່ມີຄຳຕອບທີ່ກວດສອບແລ້ວທີ່ຈະສະແດງ.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>ພາກ</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(ຍັງບໍ່ໄດ້ຕອບ)</translation>
    </message>
    <message>
        <source>Respondent&apos;s comment or evidence: {text}</source>
        <translation>ຄຳເຫັນ ຫຼື ຫຼັກຖານຂອງຜູ້ຕອບ: {text}</translation>
    </message>
    <message>
        <source>Comment on this answer…</source>
        <translation>ໃຫ້ຄຳເຫັນຕໍ່ຄຳຕອບນີ້…</translation>
    </message>
    <message>
        <source>Comment on: {question}</source>
        <translation>ຄຳເຫັນຕໍ່: {question}</translation>
    </message>
    <message>
        <source>Resubmission of report {id}, received {when}.</source>
        <translation>ການຍື່ນຄືນຂອງລາຍງານ {id}, ໄດ້ຮັບເມື່ອ {when}.</translation>
    </message>
    <message>
        <source>Result: {before} → {after}</source>
        <translation>ຜົນການປະເມີນ: {before} → {after}</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>ບໍ່ມີຄຳຕອບໃດປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>Before: {before}
Now: {after}</source>
        <translation>ກ່ອນ: {before}
ດຽວນີ້: {after}</translation>
    </message>
    <message>
        <source>{officer}, {when}: {text}</source>
        <translation>{officer}, {when}: {text}</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>ພະນັກງານ</translation>
    </message>
    <message>
        <source>A comment on the whole report (optional)</source>
        <translation>ຄຳເຫັນຕໍ່ລາຍງານທັງໝົດ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ສະຖານະ(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;omment</source>
        <translation>ຄຳເຫັນ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Due date (returned reports)</source>
        <translation>ວັນຄົບກຳນົດ (ລາຍງານທີ່ສົ່ງຄືນ)(&amp;D)</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>ສະຖານະປັດຈຸບັນ</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>ບັນທຶກການພິຈາລະນາ</translation>
    </message>
    <message>
        <source>Signed receipt…</source>
        <translation>ໃບຮັບທີ່ລົງລາຍເຊັນ…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ປະຫວັດ</translation>
    </message>
    <message>
        <source>(due {date})</source>
        <translation>(ຄົບກຳນົດ {date})</translation>
    </message>
    <message>
        <source>Comment on an answer</source>
        <translation>ຄຳເຫັນຕໍ່ຄຳຕອບ</translation>
    </message>
</context>
<context>
    <name>ReportsFlow</name>
    <message>
        <source>Verify a signed report</source>
        <translation>ກວດສອບລາຍງານທີ່ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ໄຟລ໌ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>trusted from the verify view after comparing the fingerprint</source>
        <translation>ເຊື່ອຖືຈາກໜ້າກວດສອບ ຫຼັງຈາກທຽບລາຍນິ້ວມືແລ້ວ</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Why this result</source>
        <translation>ເປັນຫຍັງຈຶ່ງໄດ້ຜົນນີ້</translation>
    </message>
    <message>
        <source>What this level asks of you</source>
        <translation>ລະດັບນີ້ຮຽກຮ້ອງຫຍັງຈາກທ່ານ</translation>
    </message>
    <message>
        <source>Result: {band}</source>
        <translation>ຜົນການປະເມີນ: {band}</translation>
    </message>
    <message>
        <source>Result on the questionnaire&apos;s scale</source>
        <translation>ຜົນຕາມມາດຕາສ່ວນຂອງແບບສອບຖາມ</translation>
    </message>
    <message>
        <source>{band}: band {number} of {count} ({bands}); overall score {score} %</source>
        <translation>{band}: ລະດັບຜົນທີ {number} ຈາກ {count} ({bands}); ຄະແນນລວມ {score} %</translation>
    </message>
    <message>
        <source>Band {number} of {count} · overall score {score} %</source>
        <translation>ລະດັບຜົນທີ {number} ຈາກ {count} · ຄະແນນລວມ {score} %</translation>
    </message>
    <message>
        <source>Overall score: {score} %</source>
        <translation>ຄະແນນລວມ: {score} %</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>ສັນຍານເຕືອນ</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>ສັນຍານເຕືອນ</translation>
    </message>
    <message>
        <source>Risk areas (a higher score is more serious)</source>
        <translation>ດ້ານຄວາມສ່ຽງ (ຄະແນນຍິ່ງສູງ ຍິ່ງຮ້າຍແຮງ)</translation>
    </message>
    <message>
        <source>Scores by area (higher is better)</source>
        <translation>ຄະແນນຕາມດ້ານ (ຍິ່ງສູງ ຍິ່ງດີ)</translation>
    </message>
    <message>
        <source>Safeguards (higher is better)</source>
        <translation>ມາດຕະການປ້ອງກັນ (ຍິ່ງສູງ ຍິ່ງດີ)</translation>
    </message>
    <message>
        <source>Do first</source>
        <translation>ເຮັດກ່ອນ</translation>
    </message>
    <message>
        <source>Do next</source>
        <translation>ເຮັດຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>ເມື່ອທ່ານສາມາດເຮັດໄດ້</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>ຄວນເຮັດຫຍັງຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>Your action plan: tick each step when it is done, and give it an owner and a due date. The plan is saved with the assessment and printed in the signed report.</source>
        <translation>ແຜນປະຕິບັດງານຂອງທ່ານ: ກະລຸນາໝາຍແຕ່ລະຂັ້ນຕອນເມື່ອສຳເລັດ, ແລະ ລະບຸຜູ້ຮັບຜິດຊອບ ແລະ ວັນຄົບກຳນົດ. ແຜນນີ້ຖືກບັນທຶກໄວ້ພ້ອມກັບການປະເມີນ ແລະ ພິມໃນລາຍງານທີ່ລົງລາຍເຊັນ.</translation>
    </message>
    <message>
        <source>&amp;Back to the answers</source>
        <translation>ກັບໄປທີ່ຄຳຕອບ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Export signed PDF…</source>
        <translation>ສົ່ງອອກ PDF ທີ່ລົງລາຍເຊັນ(&amp;E)…</translation>
    </message>
    <message>
        <source>Change &amp;log…</source>
        <translation>ບັນທຶກການປ່ຽນແປງ(&amp;L)…</translation>
    </message>
    <message>
        <source>When this assessment was created, answered, completed, exported and upgraded (Alt+L)</source>
        <translation>ເວລາທີ່ການປະເມີນນີ້ຖືກສ້າງ, ຕອບ, ສຳເລັດ, ສົ່ງອອກ ແລະ ຍົກລະດັບ (Alt+L)</translation>
    </message>
    <message>
        <source>Make a signed PDF report that others can verify</source>
        <translation>ສ້າງລາຍງານ PDF ທີ່ລົງລາຍເຊັນ ເຊິ່ງຜູ້ອື່ນສາມາດກວດສອບໄດ້</translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message>
        <source>Saving…</source>
        <translation>ກຳລັງບັນທຶກ…</translation>
    </message>
    <message>
        <source>Not saved: see the note at the question</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ: ເບິ່ງໝາຍເຫດຢູ່ຄຳຖາມ</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) not saved yet: trying again</source>
        <translation>
            <numerusform>ມີ %n ຄຳຕອບທີ່ຍັງບໍ່ໄດ້ບັນທຶກ: ກຳລັງລອງໃໝ່</numerusform>
            <numerusform>ມີ %n ຄຳຕອບທີ່ຍັງບໍ່ໄດ້ບັນທຶກ: ກຳລັງລອງໃໝ່</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>ບັນທຶກເມື່ອ {time}</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>ສະຖານະການບັນທຶກ</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <source>complete</source>
        <translation>ຄົບຖ້ວນ</translation>
    </message>
    <message>
        <source>started</source>
        <translation>ເລີ່ມແລ້ວ</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ຍັງບໍ່ເລີ່ມ</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>ພາກ</translation>
    </message>
    <message>
        <source>Choose a section to go to it. Shortcut: F6</source>
        <translation>ເລືອກພາກເພື່ອໄປຫາ. ປຸ່ມລັດ: F6</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Restore a backup</source>
        <translation>ກູ້ຄືນຂໍ້ມູນສຳຮອງ</translation>
    </message>
    <message>
        <source>Go back to the data as it was in this backup? Changes made since then will not be in the restored data, but the current data is kept as a copy first.</source>
        <translation>ກັບຄືນໄປຫາຂໍ້ມູນຕາມທີ່ມີໃນຂໍ້ມູນສຳຮອງນີ້ບໍ? ການປ່ຽນແປງທີ່ເຮັດຫຼັງຈາກນັ້ນຈະບໍ່ມີໃນຂໍ້ມູນທີ່ກູ້ຄືນ, ແຕ່ຂໍ້ມູນປັດຈຸບັນຈະຖືກເກັບໄວ້ເປັນສຳເນົາກ່ອນ.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ກູ້ຄືນ</translation>
    </message>
    <message>
        <source>General</source>
        <translation>ທົ່ວໄປ</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>ຕາມລະບົບ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ແຈ້ງ</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ມືດ</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ຄວາມຄົມຊັດສູງ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <source>The language of the app. Changes at once.</source>
        <translation>ພາສາຂອງແອັບ. ປ່ຽນທັນທີ.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>ຂະໜາດຕົວອັກສອນ</translation>
    </message>
    <message>
        <source>Makes all text larger</source>
        <translation>ເຮັດໃຫ້ຕົວອັກສອນທັງໝົດໃຫຍ່ຂຶ້ນ</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>ສີ</translation>
    </message>
    <message>
        <source>Light, dark or high contrast; changes at once</source>
        <translation>ແຈ້ງ, ມືດ ຫຼື ຄວາມຄົມຊັດສູງ; ປ່ຽນທັນທີ</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>ຂໍ້ມູນຂອງທ່ານ</translation>
    </message>
    <message>
        <source>Everything you enter is kept in this folder on this computer, and nowhere else:</source>
        <translation>ທຸກຢ່າງທີ່ທ່ານປ້ອນຖືກເກັບໄວ້ໃນໂຟນເດີນີ້ໃນຄອມພິວເຕີນີ້ ແລະ ບໍ່ມີຢູ່ບ່ອນອື່ນ:</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>ໂຟນເດີຂໍ້ມູນ: {folder}</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>ເປີດໂຟນເດີຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ຂໍ້ມູນສຳຮອງ</translation>
    </message>
    <message>
        <source>A backup is made every day you use the app and before every update. Copy the backups folder to a USB stick now and then.</source>
        <translation>ຂໍ້ມູນສຳຮອງຈະຖືກສ້າງທຸກມື້ທີ່ທ່ານໃຊ້ແອັບ ແລະ ກ່ອນການອັບເດດທຸກຄັ້ງ. ກະລຸນາສຳເນົາໂຟນເດີຂໍ້ມູນສຳຮອງໃສ່ USB ເປັນບາງຄັ້ງຄາວ.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>ຂໍ້ມູນສຳຮອງ, ໃໝ່ສຸດກ່ອນ</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>ເລືອກຂໍ້ມູນສຳຮອງທີ່ຈະກູ້ຄືນ</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>ສຳຮອງຂໍ້ມູນດຽວນີ້</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>ເປີດໂຟນເດີຂໍ້ມູນສຳຮອງ</translation>
    </message>
    <message>
        <source>Restore selected backup…</source>
        <translation>ກູ້ຄືນຂໍ້ມູນສຳຮອງທີ່ເລືອກ…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>ກ່ຽວກັບ</translation>
    </message>
    <message>
        <source>AISafe Desktop {version}. Works offline; never sends data anywhere. Built with these libraries and fonts, under their licences:</source>
        <translation>AISafe Desktop {version}. ເຮັດວຽກແບບອອບລາຍ; ບໍ່ເຄີຍສົ່ງຂໍ້ມູນໄປບ່ອນໃດ. ສ້າງດ້ວຍຫ້ອງສະໝຸດ ແລະ ຟອນເຫຼົ່ານີ້ ພາຍໃຕ້ໃບອະນຸຍາດຂອງມັນ:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>ທຸກບ່ອນ</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>ເມື່ອຕອບຄຳຖາມ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ໜ້າຫຼັກ</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>ລາຍການປຸ່ມລັດນີ້</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>ເລີ່ມການປະເມີນໃໝ່</translation>
    </message>
    <message>
        <source>Back to the list of assessments</source>
        <translation>ກັບໄປລາຍການການປະເມີນ</translation>
    </message>
    <message>
        <source>Settings: language, text size, backups</source>
        <translation>ການຕັ້ງຄ່າ: ພາສາ, ຂະໜາດຕົວອັກສອນ, ການສຳຮອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Quit (asks first if answers are not saved)</source>
        <translation>ອອກ (ຖາມກ່ອນຖ້າຄຳຕອບຍັງບໍ່ໄດ້ບັນທຶກ)</translation>
    </message>
    <message>
        <source>Next / previous control</source>
        <translation>ຕົວຄວບຄຸມຖັດໄປ / ກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + ຕົວອັກສອນທີ່ຂີດກ້ອງ</translation>
    </message>
    <message>
        <source>The button or field with that letter</source>
        <translation>ປຸ່ມ ຫຼື ຊ່ອງທີ່ມີຕົວອັກສອນນັ້ນ</translation>
    </message>
    <message>
        <source>Search the assessments</source>
        <translation>ຊອກຫາການປະເມີນ</translation>
    </message>
    <message>
        <source>Import an answers file</source>
        <translation>ນຳເຂົ້າໄຟລ໌ຄຳຕອບ</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>ເປີດການປະເມີນທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move the selected assessment to the trash (you can undo)</source>
        <translation>ຍ້າຍການປະເມີນທີ່ເລືອກໄປຖັງຂີ້ເຫຍື້ອ (ທ່ານສາມາດຍົກເລີກໄດ້)</translation>
    </message>
    <message>
        <source>Next section (Finish on the last)</source>
        <translation>ພາກຖັດໄປ (ສຳເລັດ ເມື່ອຢູ່ພາກສຸດທ້າຍ)</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>ພາກກ່ອນໜ້າ</translation>
    </message>
    <message>
        <source>Enter (on a choice)</source>
        <translation>Enter (ຢູ່ທີ່ຕົວເລືອກ)</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>ພາກຖັດໄປ</translation>
    </message>
    <message>
        <source>Go to the list of sections</source>
        <translation>ໄປທີ່ລາຍການພາກ</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>ປຸ່ມລູກສອນ</translation>
    </message>
    <message>
        <source>Move between the options of a question</source>
        <translation>ເລື່ອນລະຫວ່າງຕົວເລືອກຂອງຄຳຖາມ</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Choose an option; show or hide &quot;Why we ask&quot;</source>
        <translation>ເລືອກຕົວເລືອກ; ສະແດງ ຫຼື ເຊື່ອງ &quot;ເປັນຫຍັງເຮົາຈຶ່ງຖາມ&quot;</translation>
    </message>
    <message>
        <source>The provisional result so far</source>
        <translation>ຜົນການປະເມີນຊົ່ວຄາວມາຮອດດຽວນີ້</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ປຸ່ມລັດ</translation>
    </message>
    <message>
        <source>Everything in AISafe Desktop can be done with the keyboard. Buttons also show their shortcut in their tooltip.</source>
        <translation>ທຸກຢ່າງໃນ AISafe Desktop ສາມາດເຮັດໄດ້ດ້ວຍແປ້ນພິມ. ປຸ່ມຕ່າງໆຍັງສະແດງປຸ່ມລັດຂອງມັນໃນຄຳອະທິບາຍເຄື່ອງມື.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ບ່ອນໃດ</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ປຸ່ມ</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>ເຮັດຫຍັງ</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Already open</source>
        <translation>ເປີດຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <source>AISafe Desktop is already open in another window with the same data. Switch to that window, or close it and start the app again.</source>
        <translation>AISafe Desktop ເປີດຢູ່ແລ້ວໃນໜ້າຕ່າງອື່ນທີ່ມີຂໍ້ມູນດຽວກັນ. ກະລຸນາສະຫຼັບໄປທີ່ໜ້າຕ່າງນັ້ນ ຫຼື ປິດມັນ ແລ້ວເປີດແອັບໃໝ່.</translation>
    </message>
    <message>
        <source>Newer data</source>
        <translation>ຂໍ້ມູນໃໝ່ກວ່າ</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of AISafe Desktop. It has not been changed. Install that version (or a later one) to open it.</source>
        <translation>ຂໍ້ມູນຂອງທ່ານຖືກບັນທຶກໂດຍ AISafe Desktop ສະບັບທີ່ໃໝ່ກວ່າ. ມັນບໍ່ໄດ້ຖືກປ່ຽນແປງ. ກະລຸນາຕິດຕັ້ງສະບັບນັ້ນ (ຫຼື ສະບັບໃໝ່ກວ່າ) ເພື່ອເປີດມັນ.</translation>
    </message>
    <message>
        <source>Data damaged</source>
        <translation>ຂໍ້ມູນເສຍຫາຍ</translation>
    </message>
    <message>
        <source>The data file is damaged and cannot be opened. It has not been changed. Restore the latest backup ({backup})? The damaged file is kept as a copy.</source>
        <translation>ໄຟລ໌ຂໍ້ມູນເສຍຫາຍ ແລະ ບໍ່ສາມາດເປີດໄດ້. ມັນບໍ່ໄດ້ຖືກປ່ຽນແປງ. ກູ້ຄືນຂໍ້ມູນສຳຮອງລ່າສຸດ ({backup}) ບໍ? ໄຟລ໌ທີ່ເສຍຫາຍຈະຖືກເກັບໄວ້ເປັນສຳເນົາ.</translation>
    </message>
    <message>
        <source>The data file is damaged and no backup was found. It has not been changed. Please contact your IT support; they can look at the file in the data folder.</source>
        <translation>ໄຟລ໌ຂໍ້ມູນເສຍຫາຍ ແລະ ບໍ່ພົບຂໍ້ມູນສຳຮອງ. ມັນບໍ່ໄດ້ຖືກປ່ຽນແປງ. ກະລຸນາຕິດຕໍ່ຝ່າຍສະໜັບສະໜູນໄອທີຂອງທ່ານ; ເຂົາເຈົ້າສາມາດກວດເບິ່ງໄຟລ໌ໃນໂຟນເດີຂໍ້ມູນໄດ້.</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>ບໍ່ສາມາດເປີດຂໍ້ມູນຂອງທ່ານໄດ້</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>ກູ້ຄືນຂໍ້ມູນສຳຮອງ</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>Trusted: signed by someone you trust, and unchanged</source>
        <translation>ໜ້າເຊື່ອຖື: ລົງລາຍເຊັນໂດຍຜູ້ທີ່ທ່ານເຊື່ອຖື ແລະ ບໍ່ມີການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>{file} was signed by a signer in your trusted list and has not been changed since. The answers inside give the result it states.</source>
        <translation>{file} ໄດ້ຖືກລົງລາຍເຊັນໂດຍຜູ້ລົງລາຍເຊັນທີ່ຢູ່ໃນລາຍຊື່ທີ່ທ່ານເຊື່ອຖື ແລະ ບໍ່ໄດ້ຖືກປ່ຽນແປງນັບແຕ່ນັ້ນ. ຄຳຕອບພາຍໃນໃຫ້ຜົນຕາມທີ່ລະບຸໄວ້.</translation>
    </message>
    <message>
        <source>UNTRUSTED: unchanged, but the signer is not in your trusted list</source>
        <translation>ບໍ່ໜ້າເຊື່ອຖື (UNTRUSTED): ບໍ່ມີການປ່ຽນແປງ, ແຕ່ຜູ້ລົງລາຍເຊັນບໍ່ຢູ່ໃນລາຍຊື່ທີ່ທ່ານເຊື່ອຖື</translation>
    </message>
    <message>
        <source>{file} has not been changed since it was signed. But anyone can make a key with any name on it: before you rely on it, compare the fingerprint below with the signer by phone.</source>
        <translation>{file} ບໍ່ໄດ້ຖືກປ່ຽນແປງນັບແຕ່ລົງລາຍເຊັນ. ແຕ່ໃຜກໍສາມາດສ້າງກະແຈທີ່ມີຊື່ໃດກໍໄດ້: ກ່ອນທີ່ທ່ານຈະເຊື່ອຖືມັນ, ກະລຸນາທຽບລາຍນິ້ວມືຂ້າງລຸ່ມນີ້ກັບຜູ້ລົງລາຍເຊັນທາງໂທລະສັບ.</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>ຢ່າເຊື່ອຖືລາຍງານນີ້</translation>
    </message>
    <message>
        <source>{file} is unchanged, but its signer&apos;s certificate is not acceptable: {reason}.</source>
        <translation>{file} ບໍ່ມີການປ່ຽນແປງ, ແຕ່ໃບຢັ້ງຢືນຂອງຜູ້ລົງລາຍເຊັນບໍ່ສາມາດຮັບໄດ້: {reason}.</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>ມັນຖືກຖອນແລ້ວ</translation>
    </message>
    <message>
        <source>it was not valid at the claimed signing time</source>
        <translation>ມັນບໍ່ຖືກຕ້ອງໃນເວລາລົງລາຍເຊັນທີ່ອ້າງ</translation>
    </message>
    <message>
        <source>it may not be used to sign documents</source>
        <translation>ມັນບໍ່ອະນຸຍາດໃຫ້ໃຊ້ລົງລາຍເຊັນເອກະສານ</translation>
    </message>
    <message>
        <source>its certificate chain was rejected</source>
        <translation>ຕ່ອງໂສ້ໃບຢັ້ງຢືນຂອງມັນຖືກປະຕິເສດ</translation>
    </message>
    <message>
        <source>In your trusted list</source>
        <translation>ຢູ່ໃນລາຍຊື່ທີ່ທ່ານເຊື່ອຖື</translation>
    </message>
    <message>
        <source>Not in your trusted list</source>
        <translation>ບໍ່ຢູ່ໃນລາຍຊື່ທີ່ທ່ານເຊື່ອຖື</translation>
    </message>
    <message>
        <source>Signer: {signer}
Organisation: {organisation} ({country})
Fingerprint (SHA-256): {fingerprint}
Claimed signing time: {when} (the signer&apos;s own clock)
{status}</source>
        <translation>ຜູ້ລົງລາຍເຊັນ: {signer}
ອົງການ: {organisation} ({country})
ລາຍນິ້ວມື (SHA-256): {fingerprint}
ເວລາລົງລາຍເຊັນທີ່ອ້າງ: {when} (ໂມງຂອງຜູ້ລົງລາຍເຊັນເອງ)
{status}</translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation>ເຊື່ອຖືຜູ້ລົງລາຍເຊັນນີ້ບໍ?</translation>
    </message>
    <message>
        <source>Call {signer} ({organisation}) on a phone number you already know — not one from this report — and ask them to read out their fingerprint. Trust them only if it is exactly:

{fingerprint}</source>
        <translation>ກະລຸນາໂທຫາ {signer} ({organisation}) ທາງເບີໂທລະສັບທີ່ທ່ານຮູ້ຢູ່ແລ້ວ — ບໍ່ແມ່ນເບີຈາກລາຍງານນີ້ — ແລະ ຂໍໃຫ້ເຂົາເຈົ້າອ່ານລາຍນິ້ວມືຂອງເຂົາເຈົ້າ. ເຊື່ອຖືເຂົາເຈົ້າສະເພາະເມື່ອມັນກົງກັນທຸກຕົວກັບ:

{fingerprint}</translation>
    </message>
    <message>
        <source>Every report this key signs will then be shown as trusted. You can remove it in Settings → Trusted signers and agencies.</source>
        <translation>ຈາກນັ້ນ ທຸກລາຍງານທີ່ກະແຈນີ້ລົງລາຍເຊັນຈະສະແດງວ່າໜ້າເຊື່ອຖື. ທ່ານສາມາດລຶບມັນອອກໄດ້ໃນ ການຕັ້ງຄ່າ → ຜູ້ລົງລາຍເຊັນ ແລະ ໜ່ວຍງານທີ່ເຊື່ອຖື.</translation>
    </message>
    <message>
        <source>They match: trust this signer</source>
        <translation>ກົງກັນ: ເຊື່ອຖືຜູ້ລົງລາຍເຊັນນີ້</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <source>Agency CA (trusts every certificate it issues)</source>
        <translation>CA ຂອງໜ່ວຍງານ (ເຊື່ອຖືທຸກໃບຢັ້ງຢືນທີ່ມັນອອກ)</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>ຜູ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>(known by fingerprint only)</source>
        <translation>(ຮູ້ຈັກໂດຍລາຍນິ້ວມືເທົ່ານັ້ນ)</translation>
    </message>
    <message>
        <source>Added {when} by {who}</source>
        <translation>ເພີ່ມເມື່ອ {when} ໂດຍ {who}</translation>
    </message>
    <message>
        <source>Revocation list of {when}</source>
        <translation>ລາຍການຖອນໃບຢັ້ງຢືນ ວັນທີ {when}</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>ເຊື່ອຖືໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <source>Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)</source>
        <translation>ໃບຢັ້ງຢືນ ແລະ ລາຍການຖອນໃບຢັ້ງຢືນ (*.pem *.crt *.cer *.der *.crl);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>ເຊົາເຊື່ອຖື</translation>
    </message>
    <message>
        <source>Stop trusting {name}? Its reports will then verify as UNTRUSTED.</source>
        <translation>ເຊົາເຊື່ອຖື {name} ບໍ? ຈາກນັ້ນລາຍງານຈາກຜູ້ນີ້ຈະຖືກກວດສອບວ່າ UNTRUSTED (ບໍ່ໜ້າເຊື່ອຖື).</translation>
    </message>
    <message>
        <source>Trusted signers and agencies</source>
        <translation>ຜູ້ລົງລາຍເຊັນ ແລະ ໜ່ວຍງານທີ່ເຊື່ອຖື</translation>
    </message>
    <message>
        <source>Reports from these signers, or with a certificate from these agency CAs, verify as trusted. Anyone else&apos;s reports are shown as UNTRUSTED, however their name reads.</source>
        <translation>ລາຍງານຈາກຜູ້ລົງລາຍເຊັນເຫຼົ່ານີ້ ຫຼື ທີ່ມີໃບຢັ້ງຢືນຈາກ CA ຂອງໜ່ວຍງານເຫຼົ່ານີ້ ຈະຖືກກວດສອບວ່າໜ້າເຊື່ອຖື. ລາຍງານຂອງຜູ້ອື່ນຈະສະແດງວ່າ UNTRUSTED (ບໍ່ໜ້າເຊື່ອຖື) ບໍ່ວ່າຊື່ຂອງເຂົາເຈົ້າຈະເປັນແນວໃດ.</translation>
    </message>
    <message>
        <source>Add a certificate or revocation list…</source>
        <translation>ເພີ່ມໃບຢັ້ງຢືນ ຫຼື ລາຍການຖອນໃບຢັ້ງຢືນ…</translation>
    </message>
    <message>
        <source>Stop trusting…</source>
        <translation>ເຊົາເຊື່ອຖື…</translation>
    </message>
</context>
<context>
    <name>UpgradeBanner</name>
    <message>
        <source>A newer version of this questionnaire ({new}) is installed; this assessment uses version {old}.</source>
        <translation>ມີແບບສອບຖາມນີ້ສະບັບໃໝ່ກວ່າ ({new}) ຕິດຕັ້ງໄວ້ແລ້ວ; ການປະເມີນນີ້ໃຊ້ສະບັບ {old}.</translation>
    </message>
    <message>
        <source>Upgrade to version {version}…</source>
        <translation>ຍົກລະດັບເປັນສະບັບ {version}…</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>New question</source>
        <translation>ຄຳຖາມໃໝ່</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>ຖືກລຶບອອກ</translation>
    </message>
    <message>
        <source>Different kind of answer</source>
        <translation>ປະເພດຄຳຕອບຕ່າງກັນ</translation>
    </message>
    <message>
        <source>Different answer choices</source>
        <translation>ຕົວເລືອກຄຳຕອບຕ່າງກັນ</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>ປັບຖ້ອຍຄຳ</translation>
    </message>
    <message>
        <source>{question} — your answer: {answer}</source>
        <translation>{question} — ຄຳຕອບຂອງທ່ານ: {answer}</translation>
    </message>
    <message>
        <source>the question changed: check that your answer still holds</source>
        <translation>ຄຳຖາມໄດ້ປ່ຽນແປງ: ກະລຸນາກວດເບິ່ງວ່າຄຳຕອບຂອງທ່ານຍັງໃຊ້ໄດ້</translation>
    </message>
    <message>
        <source>{question} — a new question</source>
        <translation>{question} — ຄຳຖາມໃໝ່</translation>
    </message>
    <message>
        <source>it now takes a different kind of answer</source>
        <translation>ດຽວນີ້ມັນຕ້ອງການຄຳຕອບປະເພດອື່ນ</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) no longer fits: {why}</source>
        <translation>{question} — ຄຳຕອບຂອງທ່ານ ({answer}) ບໍ່ເໝາະສົມອີກຕໍ່ໄປ: {why}</translation>
    </message>
    <message>
        <source>{question} — your answer ({answer}) stays in the history</source>
        <translation>{question} — ຄຳຕອບຂອງທ່ານ ({answer}) ຍັງຢູ່ໃນປະຫວັດ</translation>
    </message>
    <message>
        <source>Upgrade to version {version}</source>
        <translation>ຍົກລະດັບເປັນສະບັບ {version}</translation>
    </message>
    <message>
        <source>{questionnaire}: version {old} → {new}. Every answer and its history is kept; nothing changes until you choose Upgrade.</source>
        <translation>{questionnaire}: ສະບັບ {old} → {new}. ທຸກຄຳຕອບ ແລະ ປະຫວັດຂອງມັນຈະຖືກເກັບໄວ້; ບໍ່ມີຫຍັງປ່ຽນແປງຈົນກວ່າທ່ານຈະເລືອກ ຍົກລະດັບ.</translation>
    </message>
    <message>
        <source>What changed in the questionnaire ({count})</source>
        <translation>ສິ່ງທີ່ປ່ຽນແປງໃນແບບສອບຖາມ ({count})</translation>
    </message>
    <message>
        <source>No question changed.</source>
        <translation>ບໍ່ມີຄຳຖາມໃດປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>Answers that carry over ({count})</source>
        <translation>ຄຳຕອບທີ່ຍົກໄປໃຊ້ຕໍ່ ({count})</translation>
    </message>
    <message>
        <source>No answer carries over.</source>
        <translation>ບໍ່ມີຄຳຕອບໃດຍົກໄປໃຊ້ຕໍ່.</translation>
    </message>
    <message>
        <source>Questions that need a new answer ({count})</source>
        <translation>ຄຳຖາມທີ່ຕ້ອງການຄຳຕອບໃໝ່ ({count})</translation>
    </message>
    <message>
        <source>None: every answer still fits.</source>
        <translation>ບໍ່ມີ: ທຸກຄຳຕອບຍັງເໝາະສົມ.</translation>
    </message>
    <message>
        <source>Answers to removed questions ({count})</source>
        <translation>ຄຳຕອບຂອງຄຳຖາມທີ່ຖືກລຶບອອກ ({count})</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>ບໍ່ມີ.</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>ຍົກລະດັບ</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed report</source>
        <translation>ກວດສອບລາຍງານທີ່ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>Trust this signer…</source>
        <translation>ເຊື່ອຖືຜູ້ລົງລາຍເຊັນນີ້…</translation>
    </message>
    <message>
        <source>Show the answers…</source>
        <translation>ສະແດງຄຳຕອບ…</translation>
    </message>
    <message>
        <source>Do not rely on this report</source>
        <translation>ຢ່າເຊື່ອຖືລາຍງານນີ້</translation>
    </message>
    <message>
        <source>{file} failed at least one check below. It may have been changed after signing, or it is not an AISafe report.</source>
        <translation>{file} ບໍ່ຜ່ານການກວດສອບຢ່າງໜ້ອຍໜຶ່ງຂໍ້ຂ້າງລຸ່ມນີ້. ມັນອາດຖືກປ່ຽນແປງຫຼັງຈາກລົງລາຍເຊັນ ຫຼື ມັນບໍ່ແມ່ນລາຍງານຂອງ AISafe.</translation>
    </message>
    <message numerus="yes">
        <source>Checks: %n failed</source>
        <translation>
            <numerusform>ການກວດສອບ: ບໍ່ຜ່ານ %n ລາຍການ</numerusform>
            <numerusform>ການກວດສອບ: ບໍ່ຜ່ານ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks: none failed</source>
        <translation>ການກວດສອບ: ບໍ່ມີລາຍການໃດບໍ່ຜ່ານ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ບໍ່ຜ່ານ</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>ບໍ່ໄດ້ກວດສອບ</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ຜ່ານ</translation>
    </message>
</context>
<context>
    <name>VerifyReason</name>
    <message>
        <source>The file cannot be opened: it does not exist or may not be read.</source>
        <translation>ບໍ່ສາມາດເປີດໄຟລ໌ໄດ້: ມັນບໍ່ມີຢູ່ ຫຼື ບໍ່ອະນຸຍາດໃຫ້ອ່ານ.</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນເອກະສານ PDF.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a PDF that AISafe Desktop can read.</source>
        <translation>ໄຟລ໌ເສຍຫາຍ ຫຼື ບໍ່ແມ່ນ PDF ທີ່ AISafe Desktop ອ່ານໄດ້.</translation>
    </message>
    <message>
        <source>The file is {size} bytes; reports larger than {limit} bytes are refused.</source>
        <translation>ໄຟລ໌ມີຂະໜາດ {size} ໄບຕ໌; ລາຍງານທີ່ໃຫຍ່ກວ່າ {limit} ໄບຕ໌ຈະຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <source>Part of the file unpacks to more than {limit} bytes; the file is refused.</source>
        <translation>ບາງສ່ວນຂອງໄຟລ໌ແຕກອອກມາເກີນ {limit} ໄບຕ໌; ໄຟລ໌ຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <source>The file has more than {limit} pages; the file is refused.</source>
        <translation>ໄຟລ໌ມີຫຼາຍກວ່າ {limit} ໜ້າ; ໄຟລ໌ຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <source>The file has more than {limit} internal objects; the file is refused.</source>
        <translation>ໄຟລ໌ມີອອບເຈັກພາຍໃນຫຼາຍກວ່າ {limit} ອັນ; ໄຟລ໌ຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <source>The file was saved {count} times over (the limit is {limit}); it is refused.</source>
        <translation>ໄຟລ໌ຖືກບັນທຶກທັບ {count} ຄັ້ງ (ຂີດຈຳກັດແມ່ນ {limit}); ມັນຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <source>The file&apos;s internal structure is nested more than {limit} levels deep; it is refused.</source>
        <translation>ໂຄງສ້າງພາຍໃນຂອງໄຟລ໌ຊ້ອນກັນເລິກກວ່າ {limit} ຊັ້ນ; ມັນຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <source>The file points outside itself ({what}); such files are refused.</source>
        <translation>ໄຟລ໌ຊີ້ໄປພາຍນອກຕົວມັນເອງ ({what}); ໄຟລ໌ແບບນີ້ຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <source>The file is not signed.</source>
        <translation>ໄຟລ໌ບໍ່ໄດ້ລົງລາຍເຊັນ.</translation>
    </message>
    <message>
        <source>The file should carry exactly one AISafe signature; it has {count}.</source>
        <translation>ໄຟລ໌ຄວນມີລາຍເຊັນ AISafe ພຽງອັນດຽວ; ແຕ່ມັນມີ {count}.</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signature does not match its content.</source>
        <translation>ໄຟລ໌ຖືກປ່ຽນແປງຫຼັງຈາກລົງລາຍເຊັນ: ລາຍເຊັນບໍ່ກົງກັບເນື້ອໃນຂອງມັນ.</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added around it.</source>
        <translation>ລາຍເຊັນບໍ່ຄຸມທັງໄຟລ໌: ມີບາງຢ່າງຖືກເພີ່ມອ້ອມມັນ.</translation>
    </message>
    <message>
        <source>Something was added after signing: {what}.</source>
        <translation>ມີບາງຢ່າງຖືກເພີ່ມຫຼັງຈາກລົງລາຍເຊັນ: {what}.</translation>
    </message>
    <message>
        <source>The file does not contain the signed answers (answers.json).</source>
        <translation>ໄຟລ໌ບໍ່ມີຄຳຕອບທີ່ລົງລາຍເຊັນ (answers.json).</translation>
    </message>
    <message>
        <source>The file contains answers.json more than once.</source>
        <translation>ໄຟລ໌ມີ answers.json ຫຼາຍກວ່າໜຶ່ງຄັ້ງ.</translation>
    </message>
    <message>
        <source>The embedded answers (answers.json) are damaged or stored in an unknown way.</source>
        <translation>ຄຳຕອບທີ່ຝັງໄວ້ (answers.json) ເສຍຫາຍ ຫຼື ຖືກເກັບໄວ້ໃນຮູບແບບທີ່ບໍ່ຮູ້ຈັກ.</translation>
    </message>
    <message>
        <source>The embedded answers unpack to more than {limit} bytes; they are refused.</source>
        <translation>ຄຳຕອບທີ່ຝັງໄວ້ແຕກອອກມາເກີນ {limit} ໄບຕ໌; ມັນຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <source>The embedded answers are not readable JSON text.</source>
        <translation>ຄຳຕອບທີ່ຝັງໄວ້ບໍ່ແມ່ນຂໍ້ຄວາມ JSON ທີ່ອ່ານໄດ້.</translation>
    </message>
    <message>
        <source>The embedded answers are wrong at {path}: {problem}.</source>
        <translation>ຄຳຕອບທີ່ຝັງໄວ້ຜິດຢູ່ທີ່ {path}: {problem}.</translation>
    </message>
    <message>
        <source>The questionnaire {questionnaire} is not installed here; add its file to re-check the answers.</source>
        <translation>ແບບສອບຖາມ {questionnaire} ບໍ່ໄດ້ຕິດຕັ້ງຢູ່ເຄື່ອງນີ້; ກະລຸນາເພີ່ມໄຟລ໌ຂອງມັນເພື່ອກວດຄຳຕອບຄືນ.</translation>
    </message>
    <message>
        <source>The embedded answers do not say exactly which questionnaire file was used (no SHA-256).</source>
        <translation>ຄຳຕອບທີ່ຝັງໄວ້ບໍ່ໄດ້ລະບຸຢ່າງຊັດເຈນວ່າໃຊ້ໄຟລ໌ແບບສອບຖາມໃດ (ບໍ່ມີ SHA-256).</translation>
    </message>
    <message>
        <source>The questionnaire installed here differs from the one the report was made with.</source>
        <translation>ແບບສອບຖາມທີ່ຕິດຕັ້ງຢູ່ເຄື່ອງນີ້ແຕກຕ່າງຈາກອັນທີ່ໃຊ້ສ້າງລາຍງານ.</translation>
    </message>
    <message>
        <source>The signed answers break the questionnaire&apos;s rules: {problems}.</source>
        <translation>ຄຳຕອບທີ່ລົງລາຍເຊັນລະເມີດກົດຂອງແບບສອບຖາມ: {problems}.</translation>
    </message>
    <message>
        <source>Required questions are unanswered ({questions}) but the report is not marked incomplete.</source>
        <translation>ມີຄຳຖາມບັງຄັບທີ່ຍັງບໍ່ໄດ້ຕອບ ({questions}) ແຕ່ລາຍງານບໍ່ໄດ້ໝາຍວ່າບໍ່ຄົບຖ້ວນ.</translation>
    </message>
    <message>
        <source>The result stated in the answers ({stated}) differs from re-scoring them ({rescored}).</source>
        <translation>ຜົນທີ່ລະບຸໄວ້ໃນຄຳຕອບ ({stated}) ແຕກຕ່າງຈາກການຄິດໄລ່ຄະແນນຄືນໃໝ່ ({rescored}).</translation>
    </message>
    <message>
        <source>The pages state {stated}, the signed answers give {rescored}.</source>
        <translation>ໜ້າເອກະສານລະບຸ {stated}, ແຕ່ຄຳຕອບທີ່ລົງລາຍເຊັນໃຫ້ຜົນ {rescored}.</translation>
    </message>
    <message>
        <source>The text of the report&apos;s pages could not be read to compare it with the answers.</source>
        <translation>ບໍ່ສາມາດອ່ານຂໍ້ຄວາມໃນໜ້າຂອງລາຍງານເພື່ອທຽບກັບຄຳຕອບໄດ້.</translation>
    </message>
    <message>
        <source>the PDF structure could be read</source>
        <translation>ສາມາດອ່ານໂຄງສ້າງ PDF ໄດ້</translation>
    </message>
    <message>
        <source>one signature</source>
        <translation>ລາຍເຊັນໜຶ່ງອັນ</translation>
    </message>
    <message>
        <source>the signed bytes match the signature</source>
        <translation>ໄບຕ໌ທີ່ລົງລາຍເຊັນກົງກັບລາຍເຊັນ</translation>
    </message>
    <message>
        <source>the signature covers the entire file</source>
        <translation>ລາຍເຊັນຄຸມທັງໄຟລ໌</translation>
    </message>
    <message>
        <source>nothing was added after signing</source>
        <translation>ບໍ່ມີຫຍັງຖືກເພີ່ມຫຼັງການລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>{attachment} read from the signed revision</source>
        <translation>ອ່ານ {attachment} ຈາກສະບັບທີ່ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>answers.json has the expected fields, types and sizes</source>
        <translation>answers.json ມີຊ່ອງຂໍ້ມູນ, ປະເພດ ແລະ ຂະໜາດຕາມທີ່ຄາດໄວ້</translation>
    </message>
    <message>
        <source>{questionnaire} is installed here</source>
        <translation>{questionnaire} ໄດ້ຕິດຕັ້ງຢູ່ບ່ອນນີ້</translation>
    </message>
    <message>
        <source>same SHA-256 as the one used for the report</source>
        <translation>SHA-256 ດຽວກັນກັບໄຟລ໌ທີ່ໃຊ້ສຳລັບລາຍງານ</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire</source>
        <translation>ທຸກຄຳຕອບຖືກຕ້ອງຕາມແບບສອບຖາມ</translation>
    </message>
    <message>
        <source>every answer is valid for the questionnaire; the report is marked INCOMPLETE: required questions unanswered: {count}</source>
        <translation>ທຸກຄຳຕອບຖືກຕ້ອງຕາມແບບສອບຖາມ; ລາຍງານຖືກໝາຍວ່າ ບໍ່ຄົບຖ້ວນ: ມີ {count} ຄຳຖາມບັງຄັບທີ່ຍັງບໍ່ໄດ້ຕອບ</translation>
    </message>
    <message>
        <source>re-scoring gives “{band}” ({score}), as stated</source>
        <translation>ການຄິດໄລ່ຄະແນນຄືນໃໝ່ໃຫ້ “{band}” ({score}), ຕາມທີ່ລະບຸໄວ້</translation>
    </message>
    <message>
        <source>the cover and summary state the re-scored result</source>
        <translation>ໜ້າປົກ ແລະ ບົດສະຫຼຸບລະບຸຜົນທີ່ຄິດໄລ່ຄືນໃໝ່</translation>
    </message>
    <message>
        <source>the certificate chains to {anchor}, which you trust</source>
        <translation>ໃບຢັ້ງຢືນເຊື່ອມໂຍງເຖິງ {anchor}, ເຊິ່ງທ່ານເຊື່ອຖື</translation>
    </message>
    <message>
        <source>your trusted list is empty: the signer is not known to you</source>
        <translation>ລາຍຊື່ທີ່ທ່ານເຊື່ອຖືຫວ່າງເປົ່າ: ທ່ານບໍ່ຮູ້ຈັກຜູ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>the signer {fingerprint} is not in your trusted list and no CA you trust issued its certificate</source>
        <translation>ຜູ້ລົງລາຍເຊັນ {fingerprint} ບໍ່ຢູ່ໃນລາຍຊື່ທີ່ທ່ານເຊື່ອຖື ແລະ ບໍ່ມີ CA ທີ່ທ່ານເຊື່ອຖືເປັນຜູ້ອອກໃບຢັ້ງຢືນຂອງຜູ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate (or its issuer) has been revoked</source>
        <translation>ໃບຢັ້ງຢືນຂອງຜູ້ລົງລາຍເຊັນ (ຫຼື ຂອງຜູ້ອອກໃບຢັ້ງຢືນ) ຖືກຖອນແລ້ວ</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was not valid at the claimed signing time (valid {start} to {end})</source>
        <translation>ໃບຢັ້ງຢືນຂອງຜູ້ລົງລາຍເຊັນບໍ່ມີຜົນໃຊ້ໃນເວລາລົງລາຍເຊັນທີ່ລະບຸ (ມີຜົນໃຊ້ແຕ່ {start} ຫາ {end})</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not allowed to sign documents (key usage)</source>
        <translation>ໃບຢັ້ງຢືນຂອງຜູ້ລົງລາຍເຊັນບໍ່ໄດ້ຮັບອະນຸຍາດໃຫ້ລົງລາຍເຊັນເອກະສານ (key usage)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate chain was rejected</source>
        <translation>ສາຍໃບຢັ້ງຢືນຂອງຜູ້ລົງລາຍເຊັນຖືກປະຕິເສດ</translation>
    </message>
    <message>
        <source>the signer could not be read</source>
        <translation>ອ່ານຂໍ້ມູນຜູ້ລົງລາຍເຊັນບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>a change to the document&apos;s information (such as its title) or validation data</source>
        <translation>ການປ່ຽນແປງຂໍ້ມູນຂອງເອກະສານ (ເຊັ່ນ ຫົວຂໍ້) ຫຼື ຂໍ້ມູນການກວດສອບຄວາມຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>filled-in form fields</source>
        <translation>ຊ່ອງແບບຟອມທີ່ຕື່ມຂໍ້ມູນແລ້ວ</translation>
    </message>
    <message>
        <source>comments or markings on the pages</source>
        <translation>ຄຳເຫັນ ຫຼື ເຄື່ອງໝາຍຢູ່ໃນໜ້າເອກະສານ</translation>
    </message>
    <message>
        <source>changes to the document&apos;s content</source>
        <translation>ການປ່ຽນແປງເນື້ອໃນຂອງເອກະສານ</translation>
    </message>
    <message>
        <source>an action of type {target}</source>
        <translation>ການດຳເນີນການປະເພດ {target}</translation>
    </message>
    <message>
        <source>a link to {target}</source>
        <translation>ລິ້ງໄປຫາ {target}</translation>
    </message>
    <message>
        <source>the file {target}</source>
        <translation>ໄຟລ໌ {target}</translation>
    </message>
    <message>
        <source>a file specification by URL</source>
        <translation>ການລະບຸໄຟລ໌ດ້ວຍ URL</translation>
    </message>
    <message>
        <source>stream data kept in another file</source>
        <translation>ຂໍ້ມູນສະຕຣີມທີ່ເກັບໄວ້ໃນໄຟລ໌ອື່ນ</translation>
    </message>
    <message>
        <source>a page imported from another file</source>
        <translation>ໜ້າທີ່ນຳເຂົ້າຈາກໄຟລ໌ອື່ນ</translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message numerus="yes">
        <source>%n of {total} section(s) done</source>
        <translation>
            <numerusform>ສຳເລັດ %n ຈາກ {total} ພາກ</numerusform>
            <numerusform>ສຳເລັດ %n ຈາກ {total} ພາກ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered of the {total} that apply so far</source>
        <translation>
            <numerusform>ຕອບແລ້ວ %n ຄຳຖາມ ຈາກ {total} ຄຳຖາມທີ່ກ່ຽວຂ້ອງມາຮອດດຽວນີ້</numerusform>
            <numerusform>ຕອບແລ້ວ %n ຄຳຖາມ ຈາກ {total} ຄຳຖາມທີ່ກ່ຽວຂ້ອງມາຮອດດຽວນີ້</numerusform>
        </translation>
    </message>
    <message>
        <source>Some answers make further questions apply, so the number of questions can grow as you go.</source>
        <translation>ບາງຄຳຕອບເຮັດໃຫ້ມີຄຳຖາມເພີ່ມເຕີມ, ສະນັ້ນຈຳນວນຄຳຖາມອາດເພີ່ມຂຶ້ນໃນຂະນະທີ່ທ່ານຕອບ.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>ສຳເລັດ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ຖັດໄປ(&amp;N)</translation>
    </message>
    <message>
        <source>See the result (Alt+Right)</source>
        <translation>ເບິ່ງຜົນການປະເມີນ (Alt+Right)</translation>
    </message>
    <message>
        <source>Next section (Alt+Right)</source>
        <translation>ພາກຖັດໄປ (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ກັບຄືນ(&amp;B)</translation>
    </message>
    <message>
        <source>Previous section (Alt+Left)</source>
        <translation>ພາກກ່ອນໜ້າ (Alt+Left)</translation>
    </message>
    <message>
        <source>How is this counted?</source>
        <translation>ນັບແນວໃດ?</translation>
    </message>
    <message>
        <source>Result &amp;so far</source>
        <translation>ຜົນການປະເມີນມາຮອດດຽວນີ້(&amp;S)</translation>
    </message>
    <message>
        <source>See the provisional result of the answers given so far (Alt+S)</source>
        <translation>ເບິ່ງຜົນການປະເມີນຊົ່ວຄາວຂອງຄຳຕອບທີ່ໄດ້ໃຫ້ມາຮອດດຽວນີ້ (Alt+S)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Inbox database password</source>
        <translation>ລະຫັດຜ່ານຖານຂໍ້ມູນກ່ອງຮັບ</translation>
    </message>
    <message>
        <source>Password for {where} (kept for this session only):</source>
        <translation>ລະຫັດຜ່ານສຳລັບ {where} (ເກັບໄວ້ສະເພາະໃນເຊດຊັນນີ້):</translation>
    </message>
</context>
</TS>
